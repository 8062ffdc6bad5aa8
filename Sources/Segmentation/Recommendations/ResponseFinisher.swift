import IngestCore

/// Finishes responses once all items are known: joins paragraphs split mid-sentence,
/// finds and resolves cross references, and reports items left unanswered.
enum ResponseFinisher {
    /// The last step of every profile: the outline, the finished replies, and a `no-items`
    /// diagnostic saying why when nothing was found.
    static func complete(_ document: inout SegmentedDocument, sections: [Section], noItemsReason: String) {
        document.sections = sections
        finish(&document)
        if document.items.isEmpty {
            document.diagnostics.append(SegmentDiagnostic(.info, code: "no-items", noItemsReason))
        }
    }

    static func finish(_ document: inout SegmentedDocument) {
        // Items by id, so that sharing a reply costs a look-up per answered id, not a pass
        // over all items (a large reply document has thousands).
        // Both sized once for every item: growing them rehashes every id at each doubling.
        var indicesById = [String: [Int]](minimumCapacity: document.items.count)
        for index in document.items.indices { indicesById[document.items[index].id, default: []].append(index) }
        var done = Set<String>(minimumCapacity: document.items.count)
        // Made at the first reply that refers to something: most documents have none.
        var resolver: ReferenceResolver?
        for index in document.items.indices {
            guard var response = document.items[index].response, let key = response.answersItemIds.first,
                  done.insert(key).inserted else { continue }
            let itemId = document.items[index].id
            response.paragraphs = joinSplitParagraphs(response.paragraphs, itemId: itemId, diagnostics: &document.diagnostics)
            let references = CrossReferenceFinder.references(inParagraphs: response.paragraphs)
            response.references = []
            if !references.isEmpty {
                let own = Set(response.answersItemIds)
                // Taken out while it is used, so that it changes in place.
                var active = resolver.take() ?? ReferenceResolver(items: document.items)
                for reference in references {
                    let resolved = active.resolve(reference, from: index, own: own, items: document.items)
                    if resolved.itemId == nil {
                        document.diagnostics.append(SegmentDiagnostic(code: "unresolved-reference",
                            "a \(reference.kind.rawValue) reference in the reply to \(itemId) matches no item", itemId: itemId))
                    }
                    response.references.append(resolved)
                }
                resolver = active
            }
            if response.footnoteIds.count > 1 {
                var seen: Set<String> = []
                response.footnoteIds = response.footnoteIds.filter { seen.insert($0).inserted }
            }
            // Every answered id once (in any order: each gets the same reply).
            let ids = response.answersItemIds
            for (position, id) in ids.enumerated() where !ids[..<position].contains(id) {
                for member in indicesById[id] ?? [] {
                    document.items[member].response = response
                    resolver?.replyChanged(at: member, to: response)
                }
            }
        }
        let parentIds = Set(document.items.compactMap(\.parentId))
        for index in document.items.indices where document.items[index].kind != .other && document.items[index].response == nil {
            let id = document.items[index].id
            if !parentIds.contains(id) {
                let kind = document.items[index].kind == .question ? "unanswered-question" : "unanswered-recommendation"
                document.diagnostics.append(SegmentDiagnostic(code: kind, "\(id) has no reply", itemId: id))
            }
        }
    }

    /// A paragraph that stops without closing punctuation, followed by one that starts in
    /// lower case, is one sentence split in two: join them.
    static func joinSplitParagraphs(_ paragraphs: [String], itemId: String, diagnostics: inout [SegmentDiagnostic]) -> [String] {
        // Until the first join the result is the paragraphs as they are: most replies have
        // none, and are returned without building a new array.
        guard let firstJoin = paragraphs.indices.dropFirst().first(where: {
            startsLowercase(paragraphs[$0]) && endsOpen(paragraphs[$0 - 1])
        }) else { return paragraphs }
        var result = Array(paragraphs[..<firstJoin])
        for paragraph in paragraphs[firstJoin...] {
            if let last = result.last, startsLowercase(paragraph), endsOpen(last) {
                result[result.count - 1] = last + " " + paragraph
                diagnostics.append(SegmentDiagnostic(.info, code: "response-paragraphs-joined",
                    "a response paragraph split mid-sentence was joined with the next one", itemId: itemId))
            } else {
                result.append(paragraph)
            }
        }
        return result
    }

    /// Whether `text` ends in a character that closes no sentence or quote: none of
    /// `.!?:;)”"'’`; false for empty text. Read on the last byte when it and the byte before
    /// are ASCII: then the last character is that byte alone (only "\r\n" joins two ASCII
    /// bytes, and "\n" is left to the definition).
    static func endsOpen(_ text: String) -> Bool {
        let decided: Bool? = text.withUTF8Bytes { bytes in
            guard let last = bytes.last, last < 0x80, last != 0x0A, bytes.count == 1 || bytes[bytes.count - 2] < 0x80
            else { return nil }
            return !".!?:;)\"'".utf8.contains(last)
        }
        if let decided { return decided }
        guard let end = text.last else { return false }
        return !".!?:;)”\"'’".contains(end)
    }

    /// Whether the first character of `text` is lower-case. Read on the first byte when it
    /// and the byte after are ASCII: then the first character is that byte alone (or
    /// "\r\n", which is not lower-case either).
    static func startsLowercase(_ text: String) -> Bool {
        let decided: Bool? = text.withUTF8Bytes { bytes in
            guard let first = bytes.first, first < 0x80, bytes.count == 1 || bytes[1] < 0x80 else { return nil }
            return first >= 0x61 && first <= 0x7A
        }
        return decided ?? (text.first?.isLowercase == true)
    }
}
