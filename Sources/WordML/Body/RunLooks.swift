/// Small numbers for the style ids met in one part, so that run looks are told apart by
/// comparing integers, not strings.
struct StyleKeys {
    /// The key of no style.
    static let none = -1
    private var keys: [String: Int] = [:]

    /// The key of style `id` (``none`` for nil): equal ids get equal keys.
    mutating func key(_ id: String?) -> Int {
        guard let id else { return Self.none }
        if let known = keys[id] { return known }
        let key = keys.count
        keys[id] = key
        return key
    }
}

/// A run template (a run without text) and what it was made from. A class, so that
/// checking and passing it copies nothing.
final class RunLook {
    /// The ``StyleKeys`` of the paragraph and character styles it was made for.
    let paragraphStyleKey: Int
    let runStyleKey: Int
    /// The run's direct formatting (`w:rPr`).
    let direct: RunFormatting
    let run: Run
    /// The symbol font the run's text is in, if any.
    let symbolFont: RunFormatting.SymbolFont?

    init(paragraphStyleKey: Int, runStyleKey: Int, direct: RunFormatting, run: Run, symbolFont: RunFormatting.SymbolFont?) {
        self.paragraphStyleKey = paragraphStyleKey
        self.runStyleKey = runStyleKey
        self.direct = direct
        self.run = run
        self.symbolFont = symbolFont
    }
}

/// The last few run templates made, most recent first: a run's text often comes in
/// several pieces, and a paragraph mostly alternates between a handful of looks (a bold
/// label, then plain text).
struct RunLooks {
    private static let capacity = 4
    private var looks: [RunLook] = []

    /// The remembered template made from these inputs, if any.
    func look(paragraphStyleKey: Int, runStyleKey: Int, direct: RunFormatting, hyperlink: String?) -> RunLook? {
        for index in looks.indices {
            let look = looks[index]
            if look.paragraphStyleKey == paragraphStyleKey, look.runStyleKey == runStyleKey, look.direct == direct,
               look.run.hyperlink == hyperlink {
                return look
            }
        }
        return nil
    }

    /// Remembers `look` as the most recent, forgetting the oldest beyond the capacity.
    mutating func remember(_ look: RunLook) {
        if looks.count == Self.capacity { looks.removeLast() }
        looks.insert(look, at: 0)
    }
}
