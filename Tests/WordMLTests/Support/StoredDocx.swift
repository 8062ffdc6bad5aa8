/// Builds small `.docx` packages in memory for tests: a zip of stored (uncompressed)
/// entries with the content types and relationships a Word body needs.
enum StoredDocx {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let relationshipPrefix = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// A package whose `word/document.xml` has `body` inside `w:body`, and whose other
    /// `parts` (keyed by their name under `word/`, e.g. `numbering.xml`) are related to it
    /// by the relationship type of the same name (`numbering`, `styles`, `footnotes`).
    static func package(body: String, parts: [String: String] = [:]) -> [UInt8] {
        var relationships = ""
        for (index, name) in parts.keys.sorted().enumerated() {
            let type = name.replacingOccurrences(of: ".xml", with: "")
            relationships += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipPrefix)\(type)\" Target=\"\(name)\"/>"
        }
        var entries: [(String, String)] = [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(relationshipPrefix)officeDocument" Target="word/document.xml"/></Relationships>
                """),
            ("word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                \(relationships)</Relationships>
                """),
            ("word/document.xml", "<w:document xmlns:w=\"\(wordNamespace)\"><w:body>\(body)</w:body></w:document>"),
        ]
        for name in parts.keys.sorted() { entries.append(("word/" + name, parts[name] ?? "")) }
        return zip(entries.map { ($0.0, Array($0.1.utf8)) })
    }

    /// A zip archive of `entries`, stored without compression.
    static func zip(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        var archive: [UInt8] = []
        var directory: [UInt8] = []
        for (name, data) in entries {
            let offset = archive.count
            let crc = crc32(data)
            let nameBytes = Array(name.utf8)
            // Local header: signature, version, flags, method 0 (stored), time, date, CRC, sizes, name length, extra length.
            archive += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
                + le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count)) + le16(0)
            archive += nameBytes + data
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
                + le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count))
                + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset)) + nameBytes
        }
        let directoryOffset = archive.count
        archive += directory
        archive += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            + le32(UInt32(directory.count)) + le32(UInt32(directoryOffset)) + le16(0)
        return archive
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
