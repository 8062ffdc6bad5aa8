/// One level of a list definition (`w:lvl`).
struct ListLevel: Sendable, Hashable {
    var start = 0
    /// `w:numFmt`: decimal, bullet, lowerLetter, upperRoman, none, custom…
    var format = "decimal"
    /// The `w:format` of a `custom` number format (`001, 002, 003, ...`).
    var customFormat: String?
    /// `w:lvlText`, e.g. `%1.%2.` or a bullet glyph.
    var text: String?
    /// `w:lvlRestart`: nil restarts after any higher level, 0 never restarts.
    var restart: Int?
    /// `w:isLgl`: show all levels as decimal numbers.
    var isLegal = false
    /// The bullet font (`w:rFonts`), to map Symbol/Wingdings glyphs.
    var font: String?
}

/// An abstract list definition (`w:abstractNum`).
struct AbstractNumbering: Sendable, Hashable {
    let id: Int
    var levels: [Int: ListLevel] = [:]
    /// `w:numStyleLink`: the levels live in the list defined by that numbering style.
    var numStyleLink: String?
}

/// A numbering instance (`w:num`): an abstract definition plus per-level overrides.
struct NumberingInstance: Sendable, Hashable {
    let id: Int
    var abstractId: Int?
    var startOverrides: [Int: Int] = [:]
    var levelOverrides: [Int: ListLevel] = [:]
}

/// The lists of a document (`word/numbering.xml`).
struct NumberingDefinitions: Sendable {
    var abstracts: [Int: AbstractNumbering] = [:]
    var instances: [Int: NumberingInstance] = [:]

    /// The level definition for `numId`/`level`, following `numStyleLink` through the
    /// styles once, with a full `w:lvl` override applied. Nil when not defined.
    func level(numId: Int, level: Int, styles: StyleSheet) -> ListLevel? {
        guard let instance = instances[numId] else { return nil }
        if let override = instance.levelOverrides[level] { return override }
        return abstract(of: instance, styles: styles)?.levels[level]
    }

    /// The nine levels of `instance` as ``level(numId:level:styles:)`` gives them, its
    /// abstract definition looked up once rather than once per level.
    func levels(of instance: NumberingInstance, styles: StyleSheet) -> [ListLevel?] {
        let abstract = abstract(of: instance, styles: styles)
        return (0..<9).map { instance.levelOverrides[$0] ?? abstract?.levels[$0] }
    }

    /// The abstract definition behind an instance, following one `numStyleLink`.
    func abstract(of instance: NumberingInstance, styles: StyleSheet) -> AbstractNumbering? {
        guard let abstractId = instance.abstractId, let abstract = abstracts[abstractId] else { return nil }
        if abstract.levels.isEmpty, let link = abstract.numStyleLink,
           let linkedNumId = styles.style(link)?.numId,
           let linked = instances[linkedNumId], linked.id != instance.id,
           let linkedAbstractId = linked.abstractId, let target = abstracts[linkedAbstractId] {
            return target
        }
        return abstract
    }
}
