import Testing
@testable import Segmentation

/// ``ReferenceResolver`` against the look-up it replaces (a pass over all items per
/// reference), on generated documents, and the time bound on hostile ones.
@Suite struct ReferenceResolverTests {
    /// The definition: what a reference in the reply to item `index` means, found by
    /// looking through all items (the resolver before it was indexed).
    static func definition(_ reference: CrossReference, from index: Int, items: [Item]) -> String? {
        let own = Set(items[index].response?.answersItemIds ?? [items[index].id])
        let answered = items.indices.filter { items[$0].response != nil && !own.contains(items[$0].id) }
        func substantive(_ candidate: Int) -> Bool {
            guard let text = items[candidate].response?.text else { return false }
            return CrossReferenceFinder.references(in: text).isEmpty || text.split(separator: " ").count > 12
        }
        switch reference.kind {
        case .above: return answered.last { $0 < index && substantive($0) }.map { items[$0].id }
        case .below: return answered.first { $0 > index && substantive($0) }.map { items[$0].id }
        case .paragraph:
            let citing = items.indices.filter {
                items[$0].paragraphRefs.contains(reference.paragraph ?? -1) && !own.contains(items[$0].id)
            }
            return (citing.first { items[$0].response != nil && substantive($0) } ?? citing.first).map { items[$0].id }
        case .question:
            return items.first { $0.kind == .question && $0.number == reference.number }?.id
        }
    }

    /// A document of `count` items: questions with repeated numbers, recommendations citing
    /// a few paragraphs, replies substantive or not, some shared, some missing.
    static func items(count: Int, seed: UInt64) -> [Item] {
        var random = SplitMix64(state: seed)
        let replies = [
            "See answer above.", "Please see the reply below.", "See the answer to paragraph 3.",
            "Yes.", "The government will examine this recommendation in the coming year with all partners involved.",
            "See answer above, which explains in detail how the municipalities and the police work together on this.",
        ]
        var items: [Item] = []
        for index in 0..<count {
            let isQuestion = random.next(3) == 0
            var item = Item(id: "i-\(index)", kind: isQuestion ? .question : .recommendation,
                            number: isQuestion ? String(random.next(5)) : nil, text: "item \(index)")
            item.paragraphRefs = (0..<random.next(3)).map { _ in random.next(6) }
            if random.next(4) != 0 {
                var answers = [item.id]
                if index > 0, random.next(5) == 0 { answers.insert("i-\(index - 1)", at: 0) }
                item.response = Response(paragraphs: [replies[random.next(replies.count)]], answersItemIds: answers)
            }
            items.append(item)
        }
        return items
    }

    static let references: [CrossReference] = [
        CrossReference(kind: .above), CrossReference(kind: .below),
        CrossReference(kind: .paragraph, paragraph: 3), CrossReference(kind: .paragraph, paragraph: 5),
        CrossReference(kind: .paragraph, paragraph: nil), CrossReference(kind: .question, number: "2"),
        CrossReference(kind: .question, number: "9"), CrossReference(kind: .question, number: nil),
    ]

    @Test func resolvesAsTheDefinitionDoes() {
        var resolvedSome = false
        for seed in 1...40 as ClosedRange<UInt64> {
            var items = Self.items(count: 30, seed: seed)
            var resolver = ReferenceResolver(items: items)
            for index in items.indices {
                let own = Set(items[index].response?.answersItemIds ?? [items[index].id])
                for reference in Self.references {
                    let expected = Self.definition(reference, from: index, items: items)
                    let actual = resolver.resolve(reference, from: index, own: own, items: items).itemId
                    #expect(actual == expected, "seed \(seed), item \(index), \(reference.kind)")
                    resolvedSome = resolvedSome || actual != nil
                }
                // Replies change as the finisher goes: a longer reply can become substantive.
                if var response = items[index].response, seed % 2 == 0 {
                    response.paragraphs.append("and the measures are evaluated every year by the inspectorate as planned")
                    items[index].response = response
                    resolver.replyChanged(at: index, to: response)
                }
            }
        }
        #expect(resolvedSome)
    }

    @Test func aReferenceLooksAtABoundedNumberOfItems() {
        // Every reply points above and nothing is substantive: each reference gives up after
        // `searchLimit` candidates instead of walking back through all items.
        let count = ReferenceResolver.searchLimit + 50
        var items = (0..<count).map { index in
            var item = Item(id: "i-\(index)", kind: .recommendation, text: "item")
            item.response = Response(paragraphs: ["See answer above."], answersItemIds: [item.id])
            return item
        }
        items[0].response = Response(paragraphs: ["A reply that says something on its own."], answersItemIds: ["i-0"])
        var resolver = ReferenceResolver(items: items)
        let near = resolver.resolve(CrossReference(kind: .above), from: 10, own: ["i-10"], items: items)
        let far = resolver.resolve(CrossReference(kind: .above), from: count - 1, own: ["i-\(count - 1)"], items: items)
        #expect(near.itemId == "i-0")
        #expect(far.itemId == nil)
    }
}
