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
    /// Namespace prefixes in scope, with the element depth that declared them.
    private var prefixes: [(prefix: String, uri: String, depth: Int)] = []
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
    mutating func shouldSkip(start name: XMLName, attributes: XMLAttributes) -> Bool {
        if skipping > 0 { skipping += 1; return true }
        depth += 1
        if attributes.declarationCount > 0 {
            for declaration in attributes.namespaceDeclarations {
                prefixes.append((declaration.prefix, declaration.uri, depth))
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
                while !prefixes.isEmpty, prefixes[prefixes.count - 1].depth > depth { prefixes.removeLast() }
                skipping = 1
                return true
            }
            if !taken.isEmpty { taken[taken.count - 1] = true }
        default: break
        }
        return false
    }

    /// Whether an end event must be ignored.
    mutating func shouldSkip(end name: XMLName) -> Bool {
        if skipping > 0 { skipping -= 1; return true }
        // Indexing reads only the depth; `prefixes.last` would copy both strings per end tag.
        while !prefixes.isEmpty, prefixes[prefixes.count - 1].depth == depth { prefixes.removeLast() }
        depth -= 1
        if name.namespace == .markupCompatibility, name.localName == "AlternateContent", !taken.isEmpty {
            taken.removeLast()
        }
        return false
    }

    /// Whether every prefix in a `Requires` list maps to a namespace we understand.
    private func understands(_ requires: String) -> Bool {
        requires.split(separator: " ").allSatisfy { prefix in
            guard let uri = prefixes.last(where: { $0.prefix == prefix })?.uri else { return false }
            return Self.understood.contains(uri) || uri.hasPrefix("http://purl.oclc.org/ooxml/")
        }
    }
}
