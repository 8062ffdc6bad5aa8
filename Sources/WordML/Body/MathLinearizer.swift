import XMLStreaming

/// Writes Office Math (`m:oMath`) as linear text, so no character is lost: delimiters
/// (`m:d`, default "(" "|" ")"), n-ary operators (`m:nary`, default ∫), accents and group
/// characters, and separators between the parts of fractions ("/"), radicals ("√"),
/// equation arrays and matrices ("; ", " "). Scripts follow their base directly ("πr2"),
/// as plain-text renderings write them. The text of `m:t` itself is
/// read by the body reader.
struct MathLinearizer {
    private struct Frame {
        let kind: String
        var begin = "("
        var separator = "|"
        var end = ")"
        var character: String?
        var parts = 0
    }

    private var frames: [Frame] = []

    /// Text to insert when a math element starts.
    mutating func start(_ local: String, attributes: XMLAttributes) -> String? {
        switch local {
        case "d", "nary", "rad", "eqArr", "m", "acc", "groupChr", "mr":
            var separator: String?
            if local == "mr", let index = frames.indices.last, frames[index].kind == "m" {
                frames[index].parts += 1
                separator = frames[index].parts > 1 ? "; " : nil
            }
            var frame = Frame(kind: local)
            if local == "nary" { frame.character = "∫" }
            if local == "acc" { frame.character = "\u{0302}" }
            frames.append(frame)
            return separator
        case "begChr", "sepChr", "endChr", "chr":
            guard let index = frames.indices.last else { return nil }
            let value = attributes.value("val") ?? ""
            switch local {
            case "begChr": frames[index].begin = value
            case "sepChr": frames[index].separator = value
            case "endChr": frames[index].end = value
            default: frames[index].character = value
            }
            return nil
        case "e":
            guard let index = frames.indices.last else { return nil }
            frames[index].parts += 1
            let first = frames[index].parts == 1
            switch frames[index].kind {
            case "d": return first ? frames[index].begin : frames[index].separator
            case "rad": return first ? "√" : nil
            case "eqArr", "m": return first ? nil : "; "
            case "mr": return first ? nil : " "
            default: return nil
            }
        case "den": return "/"
        default: return nil
        }
    }

    /// Text to insert when a math element ends.
    mutating func end(_ local: String) -> String? {
        switch local {
        case "naryPr":
            return frames.last?.character
        case "d", "nary", "rad", "eqArr", "m", "acc", "groupChr", "mr":
            guard let frame = frames.popLast(), frame.kind == local else { return nil }
            switch local {
            case "d": return frame.end
            case "acc", "groupChr": return frame.character ?? (local == "groupChr" ? "⏟" : nil)
            default: return nil
            }
        default:
            return nil
        }
    }
}
