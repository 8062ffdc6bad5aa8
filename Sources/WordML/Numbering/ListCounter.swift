import IngestCore

/// Counts list items through a document and renders each item's marker, the way Word
/// does: instances of one abstract list continue each other unless an instance starts
/// over (`w:startOverride`); a level restarts after any higher level (`w:lvlRestart`).
final class ListCounter {
    private let definitions: NumberingDefinitions
    private let styles: StyleSheet
    /// Counters per list key (abstract id, or instance id for instances with overrides).
    private var counters: [String: [Int?]] = [:]
    private(set) var missingNumIds: Set<Int> = []

    init(definitions: NumberingDefinitions, styles: StyleSheet) {
        self.definitions = definitions
        self.styles = styles
    }

    /// Advances the counter of `numId`/`level` and returns the item's list info; nil
    /// when the instance or level is not defined (the caller reports it).
    func next(numId: Int, level rawLevel: Int) -> ListInfo? {
        let level = min(max(rawLevel, 0), 8)
        guard let instance = definitions.instances[numId],
              let definition = definitions.level(numId: numId, level: level, styles: styles) else {
            missingNumIds.insert(numId)
            return nil
        }
        // Only a restart (w:startOverride) makes an instance a list of its own; a level
        // override alone changes how numbers look, not where counting continues.
        let abstractId = definitions.abstract(of: instance, styles: styles)?.id ?? -1
        let key = instance.startOverrides.isEmpty ? "abs\(abstractId)" : "num\(numId)"
        var values = counters[key] ?? Array(repeating: nil, count: 9)

        values[level] = values[level].map { $0 + 1 } ?? start(numId: numId, level: level, instance: instance)
        // A skipped higher level counts as used at its start value ("2" then "2.a.I" makes
        // the next level-1 item "2.b").
        for higher in 0..<level where values[higher] == nil {
            values[higher] = start(numId: numId, level: higher, instance: instance)
        }
        for deeper in (level + 1)..<9 {
            let restart = definitions.level(numId: numId, level: deeper, styles: styles)?.restart
            if restart == nil || (restart != 0 && level < restart ?? 0) { values[deeper] = nil }
        }
        counters[key] = values

        let isBullet = definition.format == "bullet"
        let marker: String
        if isBullet {
            marker = SymbolFonts.visible(text: definition.text ?? "•", font: definition.font)
        } else if definition.format == "none" && !(definition.text ?? "").contains("%") {
            marker = definition.text ?? ""
        } else {
            marker = render(definition.text ?? "%\(level + 1).", numId: numId, instance: instance,
                            values: values, legal: definition.isLegal)
        }
        return ListInfo(numId: numId, level: level, marker: marker, isBullet: isBullet, format: definition.format)
    }

    private func start(numId: Int, level: Int, instance: NumberingInstance) -> Int {
        instance.startOverrides[level]
            ?? definitions.level(numId: numId, level: level, styles: styles)?.start ?? 1
    }

    /// Replaces `%1`…`%9` in `template` with the counters of those levels.
    private func render(_ template: String, numId: Int, instance: NumberingInstance, values: [Int?], legal: Bool) -> String {
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
            let definition = definitions.level(numId: numId, level: level, styles: styles)
            let value = values[level] ?? start(numId: numId, level: level, instance: instance)
            let format = legal ? "decimal" : (definition?.format ?? "decimal")
            // A bullet level named in a number template shows nothing.
            guard format != "bullet" else { continue }
            result += NumberFormat.render(value, format: format, customFormat: definition?.customFormat)
        }
        return result
    }
}
