import IngestCore
import DocxPackage

/// What every part of one document is read against: styles, numbering, limits, and
/// the counters and diagnostics shared between parts.
final class ReadContext {
    let styles: StyleSheet
    let limits: Limits
    private let listCounter: ListCounter
    private let package: DocxPackage
    private let part: String
    var paragraphCount = 0
    var textCharacters = 0
    private var reportedStyles: Set<String> = []
    private var reportedNumIds: Set<Int> = []
    /// What a paragraph takes from its style, per style id (nil: the style is not defined).
    private var paragraphStyles: [String: ParagraphStyleFacts?] = [:]
    /// The last few styles looked up, most recent last: paragraphs mostly alternate between
    /// a handful, and comparing a few short ids costs less than hashing one.
    private var recentParagraphStyles: [(id: String, facts: ParagraphStyleFacts?)] = []
    private static let recentParagraphStylesCapacity = 4

    /// A class: looked up per paragraph, and a reference is cheaper to pass than the fields.
    private final class ParagraphStyleFacts {
        let name: String?
        let resolved: ResolvedParagraphStyle
        let headingLevel: Int?
        let isCyclic: Bool

        init(name: String?, resolved: ResolvedParagraphStyle, headingLevel: Int?, isCyclic: Bool) {
            self.name = name
            self.resolved = resolved
            self.headingLevel = headingLevel
            self.isCyclic = isCyclic
        }
    }

    init(styles: StyleSheet, numbering: LazyNumbering, limits: Limits, package: DocxPackage, part: String) {
        self.styles = styles
        self.limits = limits
        self.listCounter = ListCounter(numbering: numbering, styles: styles)
        self.package = package
        self.part = part
    }

    /// The formatting of a character style; a missing style is reported once.
    func characterFormatting(_ styleId: String) -> RunFormatting {
        if styles.style(styleId) == nil { reportMissingStyle(styleId) }
        return styles.characterFormatting(styleId)
    }

    /// Resolves a paragraph's style, heading level and list numbering. The builder's runs
    /// and alignment are moved into the paragraph (left empty), not copied.
    /// - Throws: the errors of reading the list definitions, when the paragraph is the first
    ///   to name a list (``LazyNumbering/definitions()``).
    func finish(_ builder: inout ParagraphBuilder) throws(IngestError) -> Paragraph {
        var styleId = builder.styleId
        var facts = styleId.flatMap(paragraphStyle)
        if let id = styleId, facts == nil {
            reportMissingStyle(id)
            styleId = nil
        }
        if styleId == nil, let id = styles.defaultParagraphStyleId {
            styleId = id
            facts = paragraphStyle(id)
        }
        let resolved = facts?.resolved ?? ResolvedParagraphStyle()
        var headingLevel: Int?
        if let outline = builder.outlineLevel {
            headingLevel = outline < 9 ? outline + 1 : nil
        } else if styleId != nil {
            headingLevel = facts?.headingLevel
        }
        if let id = styleId, facts?.isCyclic == true, reportedStyles.insert("cycle:" + id).inserted {
            package.report(Diagnostic(code: DiagnosticCode.styleCycle, "style \(id) is based on itself through a basedOn cycle", part: "word/styles.xml"))
        }
        var list: ListInfo?
        let numId = builder.numId ?? resolved.numId
        if let numId, numId != 0 {
            let level = builder.numLevel ?? (builder.numId == nil ? resolved.numLevel : nil) ?? 0
            if let info = try listCounter.next(numId: numId, level: level) {
                list = info
            } else if reportedNumIds.insert(numId).inserted {
                package.report(Diagnostic(code: DiagnosticCode.numberingMissing,
                    "list numbering \(numId) (level \(level)) is not defined in numbering.xml; the item has no marker", part: part))
            }
        }
        var runs: [Run] = []
        var alignment: String?
        swap(&runs, &builder.runs)
        swap(&alignment, &builder.alignment)
        return Paragraph(styleId: styleId, styleName: facts?.name, headingLevel: headingLevel, list: list,
                         alignment: alignment, indentLeft: builder.indentLeft ?? resolved.indentLeft, runs: runs)
    }

    /// The facts of paragraph style `id`, looked up once per id; nil when it is not defined.
    private func paragraphStyle(_ id: String) -> ParagraphStyleFacts? {
        for index in recentParagraphStyles.indices where recentParagraphStyles[index].id == id {
            return recentParagraphStyles[index].facts
        }
        if let known = paragraphStyles[id] {
            rememberRecent(id, known)
            return known
        }
        var facts: ParagraphStyleFacts?
        if let style = styles.style(id) {
            let resolved = styles.resolvedParagraph(id)
            facts = ParagraphStyleFacts(name: style.name, resolved: resolved, headingLevel: styles.headingLevel(ofStyle: id),
                                        isCyclic: styles.cyclicStyleIds.contains(id))
        }
        paragraphStyles[id] = .some(facts)
        rememberRecent(id, facts)
        return facts
    }

    private func rememberRecent(_ id: String, _ facts: ParagraphStyleFacts?) {
        if recentParagraphStyles.count == Self.recentParagraphStylesCapacity { recentParagraphStyles.removeFirst() }
        recentParagraphStyles.append((id, facts))
    }

    private func reportMissingStyle(_ id: String) {
        guard reportedStyles.insert(id).inserted else { return }
        package.report(Diagnostic(code: DiagnosticCode.styleMissing, "style \(id) is used but not defined", part: part))
    }
}
