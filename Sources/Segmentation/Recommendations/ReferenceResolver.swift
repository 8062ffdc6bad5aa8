/// Resolves the cross references of replies to the items they mean, over all items of a
/// document at once: questions by number and citing items by paragraph are indexed once,
/// and whether a reply is substantive is worked out once per reply text, so a document with
/// thousands of references costs no pass over all items per reference.
///
/// Answers are the same as looking through the items for each reference: the finisher
/// reports every change of a reply (``replyChanged(at:to:)``), and the checks are the same
/// predicates, taken in a cheaper order. One bound: a reference looks at most
/// ``searchLimit`` items away (in reading order, or among the items citing its paragraph),
/// so that a hostile document of many references that match nothing costs a bounded time
/// per reference; a real reply document names an item a few items away.
struct ReferenceResolver {
    /// The most candidates one reference looks at.
    static let searchLimit = 1_000

    /// The first question item of each number.
    private let firstQuestion: [String?: Int]
    /// The items that cite each report paragraph, in document order.
    private let citing: [Int: [Int]]
    private let ids: [String]
    /// Whether each item has a reply now.
    private var answered: [Bool]
    /// Whether each item's reply is substantive (see ``isSubstantive(_:items:)``), once asked.
    private var substantive: [Bool?]

    init(items: [Item]) {
        var firstQuestion: [String?: Int] = [:]
        var citing: [Int: [Int]] = [:]
        for index in items.indices {
            if items[index].kind == .question, firstQuestion[items[index].number] == nil {
                firstQuestion[items[index].number] = index
            }
            for paragraph in items[index].paragraphRefs where citing[paragraph]?.last != index {
                citing[paragraph, default: []].append(index)
            }
        }
        self.firstQuestion = firstQuestion
        self.citing = citing
        ids = items.map(\.id)
        answered = items.map { $0.response != nil }
        substantive = Array(repeating: nil, count: items.count)
    }

    /// Item `index` now has `response` as its reply.
    mutating func replyChanged(at index: Int, to response: Response?) {
        answered[index] = response != nil
        substantive[index] = nil
    }

    /// `reference`, written in the reply to item `index`, with the item it means; `own` are
    /// the items that reply answers (never a reference's target).
    mutating func resolve(_ reference: CrossReference, from index: Int, own: Set<String>, items: [Item]) -> CrossReference {
        var resolved = reference
        let target: Int?
        switch reference.kind {
        case .above:
            let nearest = max(index - Self.searchLimit, 0)
            target = stride(from: index - 1, through: nearest, by: -1).first { isAnsweredElsewhere($0, own: own, items: items) }
        case .below:
            let farthest = min(index + Self.searchLimit, items.count - 1)
            target = index < farthest ? (index + 1...farthest).first { isAnsweredElsewhere($0, own: own, items: items) } : nil
        case .paragraph:
            target = citingItem(reference.paragraph ?? -1, own: own, items: items)
        case .question:
            target = firstQuestion[reference.number]
        }
        resolved.itemId = target.map { ids[$0] }
        return resolved
    }

    /// The first item citing `paragraph` that is not one of `own` and has a substantive
    /// reply, else the first that is not one of `own`.
    private mutating func citingItem(_ paragraph: Int, own: Set<String>, items: [Item]) -> Int? {
        var first: Int?
        for candidate in (citing[paragraph] ?? []).prefix(Self.searchLimit) {
            let substantive = answered[candidate] && isSubstantive(candidate, items: items)
            guard substantive || first == nil, !own.contains(ids[candidate]) else { continue }
            if substantive { return candidate }
            first = candidate
        }
        return first
    }

    /// Whether `candidate` has a substantive reply and is not one of `own`.
    private mutating func isAnsweredElsewhere(_ candidate: Int, own: Set<String>, items: [Item]) -> Bool {
        answered[candidate] && isSubstantive(candidate, items: items) && !own.contains(ids[candidate])
    }

    /// Whether the reply of `candidate` says something itself: it refers nowhere else, or
    /// has more than twelve words.
    private mutating func isSubstantive(_ candidate: Int, items: [Item]) -> Bool {
        if let known = substantive[candidate] { return known }
        let result: Bool
        if let text = items[candidate].response?.text {
            result = CrossReferenceFinder.references(in: text).isEmpty || text.split(separator: " ").count > 12
        } else {
            result = false
        }
        substantive[candidate] = result
        return result
    }
}
