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
        let characters = Array(name)
        guard characters.count >= 10 else { return nil }
        for start in 0...(characters.count - 10) {
            let slice = characters[start..<(start + 10)]
            let digitsBefore = slice.prefix(4).allSatisfy { $0.isASCII && $0.isNumber }
            let marker = slice[start + 4] == "D" || slice[start + 4] == "d"
            let digitsAfter = slice.suffix(5).allSatisfy { $0.isASCII && $0.isNumber }
            let boundaryBefore = start == 0 || !(characters[start - 1].isASCII && characters[start - 1].isNumber)
            let end = start + 10
            let boundaryAfter = end == characters.count || !(characters[end].isASCII && characters[end].isNumber)
            if digitsBefore, marker, digitsAfter, boundaryBefore, boundaryAfter {
                return String(slice).uppercased()
            }
        }
        return nil
    }
}
