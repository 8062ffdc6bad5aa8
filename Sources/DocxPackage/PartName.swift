/// OPC part-name arithmetic: normalizing zip entry names and resolving relationship
/// targets against their source part. Part names here never start with `/`.
enum PartName {
    /// The lookup key of a part: percent-decoded, ASCII case-folded (OPC part names are
    /// case-insensitive).
    static func key(_ name: String) -> String {
        let decoded = percentDecoded(name)
        // ASCII names (all real ones) are folded on bytes; `lowercased()` agrees on ASCII.
        guard decoded.utf8.allSatisfy({ $0 < 0x80 }) else { return decoded.lowercased() }
        guard decoded.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return decoded }
        return String(decoding: decoded.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether a zip entry name could escape a folder if extracted (`../`, absolute, drive
    /// letter, backslashes). Such entries are ignored: we never extract, but no such name
    /// is a valid part name either.
    static func isSuspicious(_ entryName: String) -> Bool {
        // ASCII names (all real ones) are checked on bytes; other names by `Character`,
        // where a combining mark after `/` joins it.
        guard entryName.utf8.allSatisfy({ $0 < 0x80 }) else { return isSuspiciousByCharacters(entryName) }
        let bytes = entryName.utf8
        if bytes.first == UInt8(ascii: "/") || bytes.contains(UInt8(ascii: "\\")) { return true }
        // A drive letter: an ASCII letter (`| 0x20` lower-cases it), then ":".
        if let first = bytes.first, (0x61...0x7A).contains(first | 0x20), bytes.dropFirst().first == UInt8(ascii: ":") {
            return true
        }
        return bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).contains { $0.elementsEqual("..".utf8) }
    }

    /// ``isSuspicious(_:)`` by `Character` (the definition; internal for the tests).
    static func isSuspiciousByCharacters(_ entryName: String) -> Bool {
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
        // ASCII paths (all real ones) are split on bytes; others by `Character`, where a
        // combining mark after `/` or `#` joins it.
        guard path.utf8.allSatisfy({ $0 < 0x80 }), sourcePart.utf8.allSatisfy({ $0 < 0x80 }) else {
            return resolveByCharacters(path: path, from: sourcePart)
        }
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) { path = String(path[..<hash]) }
        let slash = UInt8(ascii: "/")
        var segments: [Substring.UTF8View] = []
        if path.utf8.first != slash {
            segments = sourcePart.utf8[...].split(separator: slash, omittingEmptySubsequences: false)
            segments.removeLast()
        }
        for segment in path.utf8[...].split(separator: slash, omittingEmptySubsequences: true) {
            if segment.elementsEqual(".".utf8) { continue }
            if segment.elementsEqual("..".utf8) {
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            } else {
                segments.append(segment)
            }
        }
        var resolved: [UInt8] = []
        for segment in segments where !segment.isEmpty {
            if !resolved.isEmpty { resolved.append(slash) }
            resolved.append(contentsOf: segment)
        }
        return String(decoding: resolved, as: UTF8.self)
    }

    /// ``resolve(target:from:)`` by `Character` after percent-decoding (the definition; internal for the tests).
    static func resolveByCharacters(path: String, from sourcePart: String) -> String? {
        var path = path
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
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
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
