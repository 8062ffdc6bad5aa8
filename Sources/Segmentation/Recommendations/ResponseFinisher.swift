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
        var indicesById: [String: [Int]] = [:]
        for index in document.items.indices { indicesById[document.items[index].id, default: []].append(index) }
        var done: Set<String> = []
        for index in document.items.indices {
            guard var response = document.items[index].response, let key = response.answersItemIds.first,
                  done.insert(key).inserted else { continue }
            response.paragraphs = joinSplitParagraphs(response.paragraphs, itemId: document.items[index].id,
                                                      diagnostics: &document.diagnostics)
            response.references = CrossReferenceFinder.references(in: response.text).map { reference in
                resolve(reference, from: index, in: document, diagnostics: &document.diagnostics)
            }
            var seen: Set<String> = []
            response.footnoteIds = response.footnoteIds.filter { seen.insert($0).inserted }
            for id in Set(response.answersItemIds) {
                for member in indicesById[id] ?? [] { document.items[member].response = response }
            }
        }
        let parentIds = Set(document.items.compactMap(\.parentId))
        for item in document.items where item.kind != .other && item.response == nil {
            let isUmbrella = parentIds.contains(item.id)
            if !isUmbrella {
                let kind = item.kind == .question ? "unanswered-question" : "unanswered-recommendation"
                document.diagnostics.append(SegmentDiagnostic(code: kind, "\(item.id) has no reply", itemId: item.id))
            }
        }
    }

    /// A paragraph that stops without closing punctuation, followed by one that starts in
    /// lower case, is one sentence split in two: join them.
    static func joinSplitParagraphs(_ paragraphs: [String], itemId: String, diagnostics: inout [SegmentDiagnostic]) -> [String] {
        var result: [String] = []
        for paragraph in paragraphs {
            if let last = result.last, let end = last.last, !".!?:;)”\"'’".contains(end),
               paragraph.first?.isLowercase == true {
                result[result.count - 1] = last + " " + paragraph
                diagnostics.append(SegmentDiagnostic(.info, code: "response-paragraphs-joined",
                    "a response paragraph split mid-sentence was joined with the next one", itemId: itemId))
            } else {
                result.append(paragraph)
            }
        }
        return result
    }

    private static func resolve(_ reference: CrossReference, from index: Int, in document: SegmentedDocument,
                                diagnostics: inout [SegmentDiagnostic]) -> CrossReference {
        var resolved = reference
        let items = document.items
        let own = Set(items[index].response?.answersItemIds ?? [items[index].id])
        let answered = items.indices.filter { items[$0].response != nil && !own.contains(items[$0].id) }
        func substantive(_ candidate: Int) -> Bool {
            guard let text = items[candidate].response?.text else { return false }
            return CrossReferenceFinder.references(in: text).isEmpty || text.split(separator: " ").count > 12
        }
        switch reference.kind {
        case .above:
            resolved.itemId = answered.last { $0 < index && substantive($0) }.map { items[$0].id }
        case .below:
            resolved.itemId = answered.first { $0 > index && substantive($0) }.map { items[$0].id }
        case .paragraph:
            let citing = items.indices.filter { candidate in
                items[candidate].paragraphRefs.contains(reference.paragraph ?? -1) && !own.contains(items[candidate].id)
            }
            let target = citing.first { items[$0].response != nil && substantive($0) } ?? citing.first
            resolved.itemId = target.map { items[$0].id }
        case .question:
            resolved.itemId = items.first { $0.kind == .question && $0.number == reference.number }?.id
        }
        if resolved.itemId == nil {
            diagnostics.append(SegmentDiagnostic(code: "unresolved-reference",
                "a \(reference.kind.rawValue) reference in the reply to \(items[index].id) matches no item", itemId: items[index].id))
        }
        return resolved
    }
}
