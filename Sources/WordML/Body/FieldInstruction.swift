/// A complex (`w:fldChar`) or simple (`w:fldSimple`) field being read. Only the field
/// *result* is text; the instruction is kept to recognise `HYPERLINK` fields.
struct FieldState {
    enum Phase { case instruction, result }

    var instruction: String
    var phase: Phase
    /// The target when the instruction is a `HYPERLINK` field.
    var hyperlink: String?

    init(instruction: String = "", phase: Phase) {
        self.instruction = instruction
        self.phase = phase
        if phase == .result { hyperlink = FieldInstruction.hyperlinkTarget(instruction) }
    }

    /// The instruction is complete: the result begins.
    mutating func separate() {
        phase = .result
        hyperlink = FieldInstruction.hyperlinkTarget(instruction)
    }
}

/// Parses field instructions (`HYPERLINK "https://…" \l "anchor" \o "tooltip"`).
enum FieldInstruction {
    /// The target of a `HYPERLINK` instruction: its URL, `URL#anchor`, or `#anchor`.
    static func hyperlinkTarget(_ instruction: String) -> String? {
        let tokens = tokenize(instruction)
        guard tokens.first?.uppercased() == "HYPERLINK" else { return nil }
        var url: String?
        var anchor: String?
        var index = 1
        while index < tokens.count {
            let token = tokens[index]
            if token.hasPrefix("\\") {
                let takesArgument = ["\\l", "\\o", "\\t", "\\m"].contains(token.lowercased())
                if token.lowercased() == "\\l", index + 1 < tokens.count { anchor = tokens[index + 1] }
                index += takesArgument ? 2 : 1
                continue
            }
            if url == nil { url = token }
            index += 1
        }
        switch (url, anchor) {
        case let (url?, anchor?): return "\(url)#\(anchor)"
        case let (url?, nil): return url
        case let (nil, anchor?): return "#\(anchor)"
        default: return nil
        }
    }

    /// Splits an instruction into words, keeping quoted strings together.
    static func tokenize(_ instruction: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        var hasToken = false
        for character in instruction {
            if character == "\"" {
                if quoted { tokens.append(current); current = ""; hasToken = false }
                quoted.toggle()
                continue
            }
            if !quoted, character.isWhitespace {
                if hasToken { tokens.append(current); current = ""; hasToken = false }
                continue
            }
            current.append(character)
            hasToken = true
        }
        if hasToken || quoted { tokens.append(current) }
        return tokens
    }
}
