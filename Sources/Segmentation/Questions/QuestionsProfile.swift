import IngestCore

/// Segments answers to written parliamentary questions (Kamervragen): a letterhead,
/// a cover sentence, a heading naming the asking members, then per question a marker
/// "Vraag N", the question, a marker "Antwoord op vraag N" (or "vragen 4, 5 en 6") and
/// the answer. A marker counts when it starts a short paragraph that is bold, a heading
/// or a list item — or when the paragraph is the marker alone; question text in a marker
/// line ("Vraag 1: Kent u …") is kept. Numbered list items that end with "?" in a
/// document without markers are questions too ("Lijst van vragen en antwoorden").
struct QuestionsProfile {
    private let units: [TextUnit]
    private var result = SegmentedDocument(profile: .questions)
    private var outline = OutlineBuilder()
    private var actor: String?
    /// The items of the question being read, and its text so far.
    private var openQuestions: [Int] = []
    /// The ids of all items so far, and the last question item of each number: looked up
    /// per question and answer, which a pass over all items would make quadratic.
    private var itemIds: Set<String> = []
    private var lastQuestion: [String: Int] = [:]
    private var questionText: [String] = []
    /// The items the answer being read belongs to, and its paragraphs so far.
    private var answerTargets: [Int]?
    private var answerParagraphs: [String] = []
    private var answerFootnotes: [String] = []
    private var sawItem = false
    private var inBackMatter = false

    init(units: [TextUnit]) {
        self.units = units
    }

    consuming func run() -> SegmentedDocument {
        let hasMarkers = units.contains { Self.marker($0) != nil }
        for unit in units {
            if inBackMatter {
                result.backMatter.append(MatterEntry(role: "closing", text: unit.text))
                continue
            }
            if let marker = Self.marker(unit) {
                switch marker.kind {
                case .question: openQuestion(marker, unit: unit)
                case .answer: openAnswer(marker, unit: unit)
                }
                continue
            }
            if !hasMarkers, let marker = Self.listQuestion(unit) {
                // In a list of questions without markers the answer simply follows.
                openQuestion(marker, unit: unit)
                answerTargets = openQuestions
                answerParagraphs = []
                answerFootnotes = []
                openQuestions = []
                continue
            }
            if !sawItem {
                frontMatter(unit)
                continue
            }
            if answerTargets != nil, Self.isClosingBlock(unit) {
                finishAnswer()
                inBackMatter = true
                result.backMatter.append(MatterEntry(role: "closing", text: unit.text))
                continue
            }
            if answerTargets != nil {
                answerParagraphs.append(Self.strippingAnswerLabel(unit.text))
                answerFootnotes.append(contentsOf: unit.footnoteIds)
            } else if !openQuestions.isEmpty {
                questionText.append(unit.text)
                for index in openQuestions { result.items[index].footnoteIds.append(contentsOf: unit.footnoteIds) }
                updateQuestionText()
            } else {
                frontMatter(unit)
            }
        }
        finishAnswer()
        ResponseFinisher.complete(&result, sections: outline.sections, noItemsReason:
            "no questions found: no paragraph starts with a marker such as \"Vraag 1\" or \"Antwoord op vraag 1\"")
        return result
    }

    // MARK: - Markers

    /// A marker paragraph: short and laid out as one (bold, heading or list item), or the
    /// marker alone.
    static func marker(_ unit: TextUnit) -> QuestionMarkers.Marker? {
        guard unit.hasAtMost(words: 60), let marker = QuestionMarkers.parse(unit.text) else { return nil }
        let laidOut = unit.isBold || unit.headingLevel != nil || unit.isListItem
        return laidOut || marker.rest.isEmpty ? marker : nil
    }

    /// A numbered list item ending with "?", in documents without markers.
    static func listQuestion(_ unit: TextUnit) -> QuestionMarkers.Marker? {
        guard let marker = unit.marker, unit.text.hasSuffix("?") else { return nil }
        let digits = marker.filter(\.isNumber)
        guard !digits.isEmpty else { return nil }
        return QuestionMarkers.Marker(kind: .question, numbers: [digits], rest: unit.text)
    }

    /// "Toelichting", "Mededeling" and signature blocks after the last answer are not answer text.
    static func isClosingBlock(_ unit: TextUnit) -> Bool {
        let lowered = unit.text.lowercased()
        return unit.hasAtMost(words: 3) && (lowered.hasPrefix("toelichting") || lowered.hasPrefix("mededeling"))
    }

    /// "Antwoord: Ja." → "Ja." (an answer label in front of the text, in list-style documents).
    static func strippingAnswerLabel(_ text: String) -> String {
        for label in ["Antwoord:", "Antwoord :", "Answer:"] where text.hasPrefix(label) {
            return String(text.dropFirst(label.count)).trimming(" ")
        }
        return text
    }

    // MARK: - Questions and answers

    private mutating func openQuestion(_ marker: QuestionMarkers.Marker, unit: TextUnit) {
        finishAnswer()
        sawItem = true
        openQuestions = []
        questionText = marker.rest.isEmpty ? [] : [marker.rest]
        for number in marker.numbers {
            var id = "q-\(number)"
            if itemIds.contains(id) {
                id += "-\(result.items.count + 1)"
                result.diagnostics.append(SegmentDiagnostic(code: "duplicate-question-number",
                    "question \(number) occurs more than once", itemId: id))
            }
            result.items.append(Item(id: id, kind: .question, number: number, text: "", actor: actor,
                                     sectionId: outline.currentId, footnoteIds: unit.footnoteIds))
            itemIds.insert(id)
            lastQuestion[number] = result.items.count - 1
            openQuestions.append(result.items.count - 1)
        }
        updateQuestionText()
    }

    private mutating func updateQuestionText() {
        let text = questionText.joined(separator: " ")
        for index in openQuestions { result.items[index].text = text }
    }

    private mutating func openAnswer(_ marker: QuestionMarkers.Marker, unit: TextUnit) {
        finishAnswer()
        sawItem = true
        var targets: [Int] = []
        for number in marker.numbers {
            if let index = lastQuestion[number] {
                targets.append(index)
            } else {
                result.diagnostics.append(SegmentDiagnostic(code: "answer-without-question",
                    "an answer names question \(number), which has no \"Vraag \(number)\" marker before it"))
            }
        }
        if targets.isEmpty {
            // Keep the text: an answer to nothing becomes an item of its own.
            let id = "other-\(result.items.count + 1)"
            result.items.append(Item(id: id, kind: .other, text: unit.text, sectionId: outline.currentId))
            itemIds.insert(id)
            targets = [result.items.count - 1]
        }
        answerTargets = targets
        answerParagraphs = marker.rest.isEmpty ? [] : [marker.rest]
        answerFootnotes = unit.footnoteIds
        openQuestions = []
    }

    private mutating func finishAnswer() {
        guard let targets = answerTargets else { return }
        answerTargets = nil
        guard !answerParagraphs.isEmpty else { return }
        let ids = targets.map { result.items[$0].id }
        let response = Response(paragraphs: answerParagraphs, footnoteIds: answerFootnotes, answersItemIds: ids)
        for index in targets {
            if result.items[index].response != nil {
                result.diagnostics.append(SegmentDiagnostic(code: "question-answered-twice",
                    "\(result.items[index].id) has more than one answer; the last one is kept", itemId: result.items[index].id))
            }
            result.items[index].response = response
        }
        answerParagraphs = []
        answerFootnotes = []
    }

    // MARK: - Front matter

    private mutating func frontMatter(_ unit: TextUnit) {
        let lowered = unit.text.lowercased()
        let role: String
        if lowered.hasPrefix("in antwoord op uw brief") || lowered.hasPrefix("in het antwoord op uw brief")
            || lowered.hasPrefix("hierbij") && lowered.contains("vragen") {
            role = "cover"
        } else if case .body = unit.place,
                  lowered.contains("kamervragen") || lowered.hasPrefix("antwoorden van") || lowered.hasPrefix("antwoord van") {
            role = "title"
        } else if case .body = unit.place, result.frontMatter.last?.role == "title", unit.startsLowercase {
            role = "title"  // the title continues on the next line ("van de leden …")
        } else if case .body = unit.place {
            role = "letter"
        } else {
            role = "letterhead"
        }
        result.frontMatter.append(MatterEntry(role: role, text: unit.text))
        if role == "title" {
            let title = result.frontMatter.reversed().prefix { $0.role == "title" }.reversed().map(\.text).joined(separator: " ")
            actor = Self.askingMembers(title) ?? actor
        }
    }

    /// "… op Kamervragen van de leden Lahlah en Chakor (GroenLinks-PvdA) over …" →
    /// "Lahlah en Chakor (GroenLinks-PvdA)".
    static func askingMembers(_ title: String) -> String? {
        for lead in ["van de leden ", "van het lid ", "van de Kamerleden ", "van het Kamerlid "] {
            guard let start = title.range(of: lead) else { continue }
            var tail = title[start.upperBound...]
            for end in [" over ", " aan ", " inzake ", " betreffende "] {
                if let range = tail.range(of: end) { tail = tail[..<range.lowerBound] }
            }
            let members = tail.trimming(" .,")
            return members.isEmpty ? nil : members
        }
        return nil
    }
}
