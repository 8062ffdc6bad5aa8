import IngestCore

/// Parliamentary identifiers cited anywhere in a document: zaak numbers (`2024Z11859`),
/// document numbers (`2026D06192`) and kamerstuk citations (`36 278, nr. 32`,
/// `Kamerstuk 28 286, nr. 1255`).
public struct DocumentReference: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case zaak, document, kamerstuk }

    public var kind: Kind
    /// The identifier as normalized: `2024Z11859`, `2026D06192`, `36278-32`.
    public var value: String
    /// The text as written.
    public var text: String
}

enum DocumentReferenceFinder {
    /// The references in `texts`, in order of first appearance, without repeats.
    static func references(in texts: [String]) -> [DocumentReference] {
        var found: [DocumentReference] = []
        for text in texts {
            for reference in numbers(in: text) + kamerstukken(in: text)
            where !found.contains(where: { $0.kind == reference.kind && $0.value == reference.value }) {
                found.append(reference)
            }
        }
        return found
    }

    /// `NNNNZNNNNN` and `NNNNDNNNNN` tokens.
    private static func numbers(in text: String) -> [DocumentReference] {
        var result: [DocumentReference] = []
        let characters = Array(text)
        guard characters.count >= 10 else { return [] }
        var index = 0
        while index + 10 <= characters.count {
            let window = characters[index..<(index + 10)]
            let before = index == 0 || !characters[index - 1].isLetterOrDigit
            let after = index + 10 == characters.count || !characters[index + 10].isLetterOrDigit
            if before, after, window.prefix(4).allSatisfy(\.isASCIIDigit), window.suffix(5).allSatisfy(\.isASCIIDigit),
               let kind: DocumentReference.Kind = ["Z": .zaak, "D": .document][window[index + 4]] {
                let value = String(window)
                result.append(DocumentReference(kind: kind, value: value, text: value))
                index += 10
                continue
            }
            index += 1
        }
        return result
    }

    /// `36 278, nr. 32` / `29628, nr. 1135`: a dossier number (5 digits, maybe split by a
    /// space, maybe with a Roman-numeral or letter suffix) followed by `, nr.` and a number.
    private static func kamerstukken(in text: String) -> [DocumentReference] {
        var result: [DocumentReference] = []
        var searchStart = text.startIndex
        while let marker = text.range(of: ", nr. ", range: searchStart..<text.endIndex) {
            searchStart = marker.upperBound
            let number = text[marker.upperBound...].prefix(while: \.isASCIIDigit)
            guard !number.isEmpty else { continue }
            let before = text[..<marker.lowerBound]
            let dossierText = before.suffix(6)
            let digits = dossierText.filter(\.isASCIIDigit)
            let shapeOK = dossierText.allSatisfy { $0.isASCIIDigit || $0 == " " } && digits.count == 5
                && (dossierText.first.map { $0.isASCIIDigit || $0 == " " } ?? false)
            guard shapeOK else { continue }
            let preceding = before.dropLast(dossierText.count).last
            if let preceding, preceding.isASCIIDigit { continue }
            let written = dossierText.trimming(" ") + ", nr. " + number
            result.append(DocumentReference(kind: .kamerstuk, value: "\(digits)-\(number)", text: written))
        }
        return result
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isLetterOrDigit: Bool { isLetter || isNumber }
}
