import IngestCore
import WordML

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

/// Collects the references of a document's texts, fed one at a time.
struct DocumentReferenceFinder {
    /// The references found so far, in order of first appearance, without repeats.
    private(set) var found: [DocumentReference] = []
    private var seen: Set<String> = []

    /// The references in `texts`, in order of first appearance, without repeats.
    static func references(in texts: [String]) -> [DocumentReference] {
        var finder = DocumentReferenceFinder()
        for text in texts { finder.scan(text) }
        return finder.found
    }

    /// Adds the references in `text` not found before.
    mutating func scan(_ text: String) {
        // A zaak or document number has nine digits, a kamerstuk citation at least six
        // (five of the dossier, one or more of the number): a text with fewer has none.
        // Most texts have fewer: they return before any array is made.
        guard text.withUTF8Bytes({ Self.hasDigits($0, atLeast: 6) }) else { return }
        let references = text.withUTF8Bytes { bytes in Self.numbers(in: bytes) + Self.kamerstukken(in: bytes) }
        for reference in references where seen.insert(reference.kind.rawValue + ":" + reference.value).inserted {
            found.append(reference)
        }
    }

    /// ``scan(_:)`` of `paragraph.text`, joined only when its runs hold six digits in all:
    /// the digits of the joined text are the runs' digits, and most note paragraphs
    /// (several runs each) have fewer.
    mutating func scan(runsOf paragraph: Paragraph) {
        var digits = 0
        for index in paragraph.runs.indices {
            digits += paragraph.runs[index].text.withUTF8Bytes { bytes in bytes.count(where: Self.isDigit) }
            if digits >= 6 { return scan(paragraph.text) }
        }
    }

    /// `NNNNZNNNNN` and `NNNNDNNNNN` tokens: found at their letter, checked around it.
    private static func numbers(in bytes: UnsafeBufferPointer<UInt8>) -> [DocumentReference] {
        guard bytes.count >= 10 else { return [] }
        var result: [DocumentReference] = []
        guard let base = bytes.baseAddress else { return [] }
        var marker = 4
        while marker + 6 <= bytes.count {
            // Skip eight bytes at a time while none is a "Z" or a "D".
            if marker + 8 <= bytes.count {
                let block = ByteBlocks.load(base, at: marker)
                if !ByteBlocks.contains(block, UInt8(ascii: "Z")), !ByteBlocks.contains(block, UInt8(ascii: "D")) {
                    marker += 8
                    continue
                }
            }
            let letter = bytes[marker]
            guard letter == UInt8(ascii: "Z") || letter == UInt8(ascii: "D") else {
                marker += 1
                continue
            }
            let start = marker - 4
            let end = marker + 6
            guard bytes[start..<marker].allSatisfy(isDigit), bytes[(marker + 1)..<end].allSatisfy(isDigit),
                  start == 0 || !isWordByte(bytes[start - 1]),
                  end == bytes.count || !isWordByte(bytes[end]) else {
                marker += 1
                continue
            }
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            result.append(DocumentReference(kind: letter == UInt8(ascii: "Z") ? .zaak : .document, value: value, text: value))
            marker = end + 4
        }
        return result
    }

    private static let kamerstukNeedle = Array(", nr. ".utf8)

    /// `36 278, nr. 32` / `29628, nr. 1135`: a dossier number (5 digits, maybe split by a
    /// space) followed by `, nr.` and a number.
    private static func kamerstukken(in bytes: UnsafeBufferPointer<UInt8>) -> [DocumentReference] {
        let needle = kamerstukNeedle
        guard let base = bytes.baseAddress else { return [] }
        var result: [DocumentReference] = []
        var index = 0
        while index + needle.count <= bytes.count {
            // Skip eight bytes at a time while none is a comma.
            if index + 8 <= bytes.count, !ByteBlocks.contains(ByteBlocks.load(base, at: index), UInt8(ascii: ",")) {
                index += 8
                continue
            }
            guard bytes[index] == UInt8(ascii: ","), bytes[index..<(index + needle.count)].elementsEqual(needle) else {
                index += 1
                continue
            }
            defer { index += needle.count }
            let numberStart = index + needle.count
            let number = bytes[numberStart...].prefix(while: isDigit)
            guard !number.isEmpty else { continue }
            let dossierStart = max(0, index - 6)
            let dossier = bytes[dossierStart..<index]
            let digits = dossier.filter(isDigit)
            guard digits.count == 5, dossier.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: " ") }),
                  dossierStart == 0 || !isDigit(bytes[dossierStart - 1]) else { continue }
            let dossierText = String(decoding: dossier, as: UTF8.self).trimming(" ")
            let numberText = String(decoding: number, as: UTF8.self)
            result.append(DocumentReference(kind: .kamerstuk, value: "\(String(decoding: digits, as: UTF8.self))-\(numberText)",
                                            text: dossierText + ", nr. " + numberText))
        }
        return result
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether `bytes` hold at least `count` ASCII digits; sixteen bytes at a time, each
    /// lane counting its digits (summed every 255 vectors, before a lane can overflow).
    /// The last bytes are read as the last sixteen, counting only the lanes not counted
    /// before: one vector instead of up to fifteen bytes one by one.
    static func hasDigits(_ bytes: UnsafeBufferPointer<UInt8>, atLeast count: Int) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= ByteVectors.width else {
            return bytes.count(where: isDigit) >= count
        }
        var found = 0
        var index = 0
        var lanes = ByteVectors.Vector.zero
        var vectors = 0
        while index + ByteVectors.width <= bytes.count {
            lanes &+= ByteVectors.ones(digitLanes(base, at: index))
            index += ByteVectors.width
            vectors += 1
            if vectors == 255 {
                found += ByteVectors.sum(lanes)
                if found >= count { return true }
                lanes = .zero
                vectors = 0
            }
        }
        // At most 254 vectors counted since the last sum: one more cannot overflow a lane.
        if index < bytes.count {
            let start = bytes.count - ByteVectors.width
            let uncounted = laneNumbers .>= ByteVectors.splat(UInt8(truncatingIfNeeded: index - start))
            lanes &+= ByteVectors.ones(digitLanes(base, at: start) .& uncounted)
        }
        found += ByteVectors.sum(lanes)
        return found >= count
    }

    /// 0, 1, … 15: each lane's number.
    private static let laneNumbers = ByteVectors.Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)

    /// The lanes of the sixteen bytes at `index` that hold an ASCII digit.
    @inline(__always)
    private static func digitLanes(_ base: UnsafePointer<UInt8>, at index: Int) -> ByteVectors.Mask {
        ByteVectors.load(base, at: index) &- ByteVectors.splat(0x30) .< ByteVectors.splat(10)
    }

    /// ASCII letters and digits, and any byte of a non-ASCII character (a letter, most likely).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }
}
