/// What the contract's `source` block says about the input file.
public struct SourceInfo: Sendable, Hashable {
    /// The input's base name, e.g. `2026D06192.docx`.
    public var fileName: String
    /// SHA-256 of the input bytes, lower-case hex.
    public var sha256: String
    public var byteSize: Int
    /// The Tweede Kamer document number (`2026D06192`) from the metadata or the file name.
    public var documentNumber: String?

    public init(fileName: String, sha256: String, byteSize: Int, documentNumber: String?) {
        self.fileName = fileName
        self.sha256 = sha256
        self.byteSize = byteSize
        self.documentNumber = documentNumber
    }

    /// The first `NNNNDNNNNN` (year, `D`, five digits) in a file name.
    public static func documentNumber(inFileName name: String) -> String? {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a character is a byte, so the name need not be split into characters.
            let bytes = Array(name.utf8)
            return firstNumber(in: bytes, isDigit: { (0x30...0x39).contains($0) }, isMarker: { $0 == 0x44 || $0 == 0x64 })
                .map { String(decoding: bytes[$0], as: UTF8.self).uppercased() }
        }
        let characters = Array(name)
        return firstNumber(in: characters, isDigit: { $0.isASCII && $0.isNumber }, isMarker: { $0 == "D" || $0 == "d" })
            .map { String(characters[$0]).uppercased() }
    }

    /// The first ten elements that read four digits, the marker and five digits, with no
    /// digit right before or after.
    private static func firstNumber<Element>(in elements: [Element], isDigit: (Element) -> Bool,
                                             isMarker: (Element) -> Bool) -> Range<Int>? {
        guard elements.count >= 10 else { return nil }
        for start in 0...(elements.count - 10) {
            let end = start + 10
            if elements[start..<(start + 4)].allSatisfy(isDigit), isMarker(elements[start + 4]),
               elements[(start + 5)..<end].allSatisfy(isDigit),
               start == 0 || !isDigit(elements[start - 1]), end == elements.count || !isDigit(elements[end]) {
                return start..<end
            }
        }
        return nil
    }
}
