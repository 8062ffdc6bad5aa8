import IngestCore

/// Counts list items through a document and renders each item's marker, the way Word
/// does: instances of one abstract list continue each other unless an instance starts
/// over (`w:startOverride`); a level restarts after any higher level (`w:lvlRestart`).
final class ListCounter {
    private let numbering: LazyNumbering
    private let styles: StyleSheet
    /// Whose counters an item advances: the abstract list's, or an instance's own when it
    /// restarts numbering.
    private enum CounterKey: Hashable {
        case abstract(Int)
        case instance(Int)
    }

    /// An instance with its nine levels resolved (overrides applied, style links followed).
    /// A class: looked up per list item, and a reference is cheaper to pass than the fields.
    private final class ResolvedInstance {
        let instance: NumberingInstance
        let key: CounterKey
        let levels: [ListLevel?]
        /// The marker of each bullet level once an item used it (nil before).
        private var bulletMarkers: [String?] = Array(repeating: nil, count: 9)
        /// The counters this instance advances (shared by the instances of one key).
        let counters: LevelCounters

        init(instance: NumberingInstance, key: CounterKey, levels: [ListLevel?], counters: LevelCounters) {
            self.instance = instance
            self.key = key
            self.levels = levels
            self.counters = counters
        }

        /// The marker of bullet level `level`, rendered when first asked for: most lists
        /// use one or two of their nine levels.
        func bulletMarker(level: Int) -> String {
            if let marker = bulletMarkers[level] { return marker }
            let marker = SymbolFonts.visible(text: levels[level]?.text ?? "•", font: levels[level]?.font)
            bulletMarkers[level] = marker
            return marker
        }
    }

    /// The nine level counters of one counter key (nil: the level has not been used).
    private final class LevelCounters {
        var values: [Int?] = Array(repeating: nil, count: 9)
    }

    private var counters: [CounterKey: LevelCounters] = [:]
    /// Instances resolved so far, by numId (nil: not defined).
    private var resolved: [Int: ResolvedInstance?] = [:]
    /// The instance of the latest item, asked for again by most items (a list's items
    /// follow each other).
    private var latest: (numId: Int, list: ResolvedInstance)?
    private(set) var missingNumIds: Set<Int> = []

    init(numbering: LazyNumbering, styles: StyleSheet) {
        self.numbering = numbering
        self.styles = styles
    }

    /// Advances the counter of `numId`/`level` and returns the item's list info; nil
    /// when the instance or level is not defined (the caller reports it).
    /// - Throws: the errors of reading the list definitions (``LazyNumbering/definitions()``).
    func next(numId: Int, level rawLevel: Int) throws(IngestError) -> ListInfo? {
        let level = min(max(rawLevel, 0), 8)
        // The level's fields are read where needed rather than copied out as one
        // `ListLevel`, whose copy retains and releases each of its strings.
        guard let list = try resolve(numId), let format = list.levels[level]?.format else {
            missingNumIds.insert(numId)
            return nil
        }
        // Taken out while it changes, so that changing it does not copy it.
        var values = list.counters.values
        list.counters.values = []

        values[level] = values[level].map { $0 + 1 } ?? start(list, level: level)
        // A skipped higher level counts as used at its start value ("2" then "2.a.I" makes
        // the next level-1 item "2.b").
        for higher in 0..<level where values[higher] == nil {
            values[higher] = start(list, level: higher)
        }
        for deeper in (level + 1)..<9 {
            let restart = list.levels[deeper]?.restart
            if restart == nil || (restart != 0 && level < restart ?? 0) { values[deeper] = nil }
        }
        list.counters.values = values

        let isBullet = format == "bullet"
        let marker: String
        if isBullet {
            marker = list.bulletMarker(level: level)
        } else {
            let text = list.levels[level]?.text
            if format == "none" && !(text ?? "").contains("%") {
                marker = text ?? ""
            } else {
                marker = render(text ?? "%\(level + 1).", list: list, values: values, legal: list.levels[level]?.isLegal == true)
            }
        }
        return ListInfo(numId: numId, level: level, marker: marker, isBullet: isBullet, format: format)
    }

    /// The instance `numId` resolved once; nil when it is not defined. The definitions are
    /// asked for only here, so a document whose paragraphs name no list never parses them.
    private func resolve(_ numId: Int) throws(IngestError) -> ResolvedInstance? {
        if let latest, latest.numId == numId { return latest.list }
        if let known = resolved[numId] {
            if let known { latest = (numId, known) }
            return known
        }
        let definitions = try numbering.definitions()
        if resolved.isEmpty {
            // One allocation for the few instances a document uses, rather than growing by
            // doubling; capped, as a hostile numbering part may define millions.
            let expected = min(definitions.instances.count, 32)
            resolved.reserveCapacity(expected)
            counters.reserveCapacity(expected)
        }
        var list: ResolvedInstance?
        if let instance = definitions.instances[numId] {
            // Only a restart (w:startOverride) makes an instance a list of its own; a level
            // override alone changes how numbers look, not where counting continues.
            let abstractId = definitions.abstract(of: instance, styles: styles)?.id ?? -1
            let levels = definitions.levels(of: instance, styles: styles)
            let key: CounterKey = instance.startOverrides.isEmpty ? .abstract(abstractId) : .instance(numId)
            let shared = counters[key] ?? LevelCounters()
            counters[key] = shared
            list = ResolvedInstance(
                instance: instance,
                key: key,
                levels: levels,
                counters: shared)
        }
        resolved[numId] = .some(list)
        if let list { latest = (numId, list) }
        return list
    }

    private func start(_ list: ResolvedInstance, level: Int) -> Int {
        list.instance.startOverrides[level] ?? list.levels[level]?.start ?? 1
    }

    /// Replaces `%1`…`%9` in `template` with the counters of those levels.
    private func render(_ template: String, list: ResolvedInstance, values: [Int?], legal: Bool) -> String {
        var result = ""
        var scalars = template.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else { result.unicodeScalars.append(scalar); continue }
            guard let digit = scalars.next() else { result += "%"; break }
            guard let index = Int(String(digit)), (1...9).contains(index) else {
                result += "%" + String(digit)
                continue
            }
            let level = index - 1
            let definition = list.levels[level]
            let value = values[level] ?? start(list, level: level)
            let format = legal ? "decimal" : (definition?.format ?? "decimal")
            // A bullet level named in a number template shows nothing.
            guard format != "bullet" else { continue }
            result += NumberFormat.render(value, format: format, customFormat: definition?.customFormat)
        }
        return result
    }
}
