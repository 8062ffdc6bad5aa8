/// OPC part-name arithmetic: normalizing zip entry names and resolving relationship
/// targets against their source part. Part names here never start with `/`.
enum PartName {
    /// The lookup key of a part: percent-decoded, ASCII case-folded (OPC part names are
    /// case-insensitive).
    static func key(_ name: String) -> String {
        percentDecoded(name).lowercased()
    }

    /// Whether a zip entry name could escape a folder if extracted (`../`, absolute, drive
    /// letter, backslashes). Such entries are ignored: we never extract, but no such name
    /// is a valid part name either.
    static func isSuspicious(_ entryName: String) -> Bool {
        if entryName.hasPrefix("/") || entryName.contains("\\") { return true }
        let scalars = Array(entryName.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[1] == ":", scalars[0].properties.isAlphabetic { return true }
        return entryName.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The relationships part of `part`: `word/document.xml` → `word/_rels/document.xml.rels`;
    /// the package itself (`""`) → `_rels/.rels`.
    static func relationshipsPart(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        let folder = part[..<slash]
        let file = part[part.index(after: slash)...]
        return "\(folder)/_rels/\(file).rels"
    }

    /// Resolves an internal relationship target; `nil` when it climbs above the package root.
    static func resolve(target: String, from sourcePart: String) -> String? {
        var path = percentDecoded(target)
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        var segments: [Substring]
        if path.hasPrefix("/") {
            segments = []
        } else {
            segments = sourcePart.split(separator: "/", omittingEmptySubsequences: false)
            segments.removeLast()
        }
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        return segments.filter { !$0.isEmpty }.joined(separator: "/")
    }

    /// `%20` → space; invalid escapes are kept as written.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let high = hexValue(utf8[utf8.startIndex]), let low = hexValue(utf8[utf8.startIndex + 1]) {
                bytes.append(high << 4 | low)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
