import IngestCore

/// Recognises what an input is from its first bytes, before any zip code touches it,
/// so that a PDF, an RTF file, a legacy `.doc` or an encrypted OOXML document each get
/// their own clear error instead of a generic "not a zip".
enum FormatSniffer {
    /// The OLE2 / Compound File Binary magic (`D0 CF 11 E0 A1 B1 1A E1`).
    static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Throws the matching error unless `bytes` start like a zip archive.
    static func requireZip(_ bytes: UnsafeRawBufferPointer) throws(IngestError) {
        guard !bytes.isEmpty else { throw IngestError(.inputEmpty, "the file is empty (0 bytes)") }
        if startsWith(bytes, [0x50, 0x4B, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4B, 0x05, 0x06])
            || startsWith(bytes, [0x50, 0x4B, 0x07, 0x08]) {
            return
        }
        if startsWith(bytes, compoundFileMagic) {
            if containsUTF16Name(bytes, "encryptioninfo") {
                throw IngestError(.encryptedDocument,
                    "password-protected Word document (a compound file with EncryptionInfo); remove the password in Word and export again")
            }
            throw IngestError(.unsupportedFormat,
                "a legacy Word 97-2003 (.doc) or other compound file, not an OOXML package; convert it to .docx first")
        }
        throw IngestError(.unsupportedFormat, "not a .docx (zip) package: \(describe(bytes))")
    }

    /// A short human name for a non-zip input.
    static func describe(_ bytes: UnsafeRawBufferPointer) -> String {
        let start = Array(bytes.prefix(512))
        let text = String(decoding: start, as: UTF8.self).lowercased()
        let trimmed = text.drop(while: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" })
        if trimmed.hasPrefix("%pdf") { return "a PDF file" }
        if trimmed.hasPrefix("{\\rtf") { return "an RTF file" }
        if trimmed.hasPrefix("<?xml") {
            return trimmed.contains("pkg:package") ? "a Word 2003 XML / flat OPC file" : "an XML file"
        }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return "an HTML page" }
        if startsWith(bytes, [0x1F, 0x8B]) { return "a gzip file" }
        if startsWith(bytes, [0x50, 0x4B]) { return "a damaged zip header" }
        return "unrecognised bytes"
    }

    static func startsWith(_ bytes: UnsafeRawBufferPointer, _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }

    /// Whether the compound file names a stream `name` (UTF-16LE, ASCII case-insensitive).
    static func containsUTF16Name(_ bytes: UnsafeRawBufferPointer, _ name: String) -> Bool {
        let pattern = Array(name.utf8)
        let limit = bytes.count - pattern.count * 2
        guard limit >= 0 else { return false }
        var index = 0
        while index <= limit {
            var matched = true
            for (offset, expected) in pattern.enumerated() {
                let low = bytes[index + offset * 2] | 0x20
                if low != expected || bytes[index + offset * 2 + 1] != 0 {
                    matched = false
                    break
                }
            }
            if matched { return true }
            index += 1
        }
        return false
    }
}
