import XMLStreaming

/// Chooses one branch of every `mc:AlternateContent`, as Markup Compatibility says: the
/// first `mc:Choice` whose `Requires` namespaces we understand, else the `mc:Fallback`.
/// Feed it every start and end event; it answers whether the event lies in a branch not
/// taken and must be ignored.
struct AlternateContentChooser {
    /// Per open `mc:AlternateContent`: whether a branch was taken.
    private var taken: [Bool] = []
    /// Depth inside a skipped branch (0 = not skipping).
    private var skipping = 0
    /// Namespace prefixes in scope, innermost last.
    private var prefixes: [(prefix: String, uri: String)] = []
    /// The element depth that declared each of ``prefixes``: kept apart so that the check
    /// on every end tag reads integers only.
    private var prefixDepths: [Int] = []
    private var depth = 0

    /// Namespaces whose content we read, so a `mc:Choice` requiring them is taken.
    static let understood: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/word/2010/wordml",
        "http://schemas.microsoft.com/office/word/2012/wordml",
        "http://schemas.microsoft.com/office/drawing/2010/main",
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
        "http://schemas.openxmlformats.org/drawingml/2006/main",
        "urn:schemas-microsoft-com:vml",
        "urn:schemas-microsoft-com:office:office",
        "urn:schemas-microsoft-com:office:word",
    ]

    /// Whether a start event must be ignored.
    ///
    /// Runs for every element of every part: the common event (nothing skipped, no
    /// namespace declared, not a markup-compatibility element) is answered here, inlined
    /// into the reader, and only the rest pays a call.
    @inline(__always)
    mutating func shouldSkip(start name: XMLName, attributes: XMLAttributes) -> Bool {
        if skipping == 0, attributes.declarationCount == 0, name.namespace != .markupCompatibility {
            depth += 1
            return false
        }
        return shouldSkipAny(start: name, attributes: attributes)
    }

    /// Whether an end event must be ignored.
    ///
    /// The common event (nothing skipped, no prefix declared at this depth, not a
    /// markup-compatibility element) is answered inline, as for start events.
    @inline(__always)
    mutating func shouldSkip(end name: XMLName) -> Bool {
        if skipping == 0, prefixDepths.last != depth, name.namespace != .markupCompatibility {
            depth -= 1
            return false
        }
        return shouldSkipAny(end: name)
    }

    /// ``shouldSkip(start:attributes:)`` for any start event (the definition).
    @inline(never)
    mutating func shouldSkipAny(start name: XMLName, attributes: XMLAttributes) -> Bool {
        if skipping > 0 { skipping += 1; return true }
        depth += 1
        if attributes.declarationCount > 0 {
            for declaration in attributes.namespaceDeclarations {
                prefixes.append((declaration.prefix, declaration.uri))
                prefixDepths.append(depth)
            }
        }
        guard name.namespace == .markupCompatibility else { return false }
        switch name.localName {
        case "AlternateContent":
            taken.append(false)
        case "Choice", "Fallback":
            let acceptable = name.localName == "Fallback" || understands(attributes.value("Requires") ?? "")
            if taken.last == true || !acceptable {
                depth -= 1
                dropPrefixes(deeperThan: depth)
                skipping = 1
                return true
            }
            if !taken.isEmpty { taken[taken.count - 1] = true }
        default: break
        }
        return false
    }

    /// ``shouldSkip(end:)`` for any end event (the definition).
    @inline(never)
    mutating func shouldSkipAny(end name: XMLName) -> Bool {
        if skipping > 0 { skipping -= 1; return true }
        if prefixDepths.last == depth { dropPrefixes(deeperThan: depth - 1) }
        depth -= 1
        if name.namespace == .markupCompatibility, name.localName == "AlternateContent", !taken.isEmpty {
            taken.removeLast()
        }
        return false
    }

    /// Drops the prefixes declared deeper than `depth`.
    private mutating func dropPrefixes(deeperThan depth: Int) {
        while let last = prefixDepths.last, last > depth {
            prefixDepths.removeLast()
            prefixes.removeLast()
        }
    }

    /// Whether every prefix in a `Requires` list maps to a namespace we understand.
    private func understands(_ requires: String) -> Bool {
        requires.split(separator: " ").allSatisfy { prefix in
            guard let uri = prefixes.last(where: { $0.prefix == prefix })?.uri else { return false }
            return Self.understood.contains(uri) || uri.hasPrefix("http://purl.oclc.org/ooxml/")
        }
    }
}
