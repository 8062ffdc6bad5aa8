/// OPC part-name arithmetic: normalizing zip entry names and resolving relationship
/// targets against their source part. Part names here never start with `/`.
enum PartName {
    /// The lookup key of a part: percent-decoded, ASCII case-folded (OPC part names are
    /// case-insensitive).
    static func key(_ name: String) -> String {
        // Most names (all a writer like Word makes) are their own key: one byte scan, no copy.
        let isOwnKey = withBytes(of: name) { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "%") && !(0x41...0x5A).contains($0) }
        }
        if isOwnKey { return name }
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
        withBytes(of: entryName) { bytes in isSuspicious(entryName, bytes: bytes) }
    }

    /// ``isSuspicious(_:)`` given the UTF-8 bytes of `entryName`, in one pass (this runs for
    /// every zip entry): a backslash or a `..` segment is remembered, and only an ASCII name
    /// (all real ones) is answered from the bytes; others by `Character`, where a combining
    /// mark after `/` joins it.
    private static func isSuspicious(_ entryName: String, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        var segmentLength = 0
        var segmentDots = 0
        for byte in bytes {
            guard byte < 0x80 else { return isSuspiciousByCharacters(entryName) }
            switch byte {
            case UInt8(ascii: "\\"):
                found = true
            case UInt8(ascii: "/"):
                if segmentLength == 2 && segmentDots == 2 { found = true }
                segmentLength = 0
                segmentDots = 0
            default:
                segmentLength += 1
                if byte == UInt8(ascii: ".") { segmentDots += 1 }
            }
        }
        if segmentLength == 2 && segmentDots == 2 { return true }
        if bytes.first == UInt8(ascii: "/") { return true }
        // A drive letter: an ASCII letter (`| 0x20` lower-cases it), then ":".
        if let first = bytes.first, (0x61...0x7A).contains(first | 0x20), bytes.dropFirst().first == UInt8(ascii: ":") {
            return true
        }
        return found
    }

    /// Runs `body` over the UTF-8 bytes of `text` as one buffer: iterating `String.UTF8View`
    /// costs several times more per byte, and these scans run for every part name.
    private static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
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
        // ASCII names (all real ones) are searched on bytes; others by `Character`, where a
        // combining mark after `/` joins it.
        let isASCII = withBytes(of: part) { bytes in bytes.allSatisfy { $0 < 0x80 } }
        guard let slash = isASCII ? part.utf8.lastIndex(of: UInt8(ascii: "/")) : part.lastIndex(of: "/") else {
            return "_rels/\(part).rels"
        }
        let folder = part[..<slash]
        let file = part[(isASCII ? part.utf8.index(after: slash) : part.index(after: slash))...]
        return "\(folder)/_rels/\(file).rels"
    }

    /// ``relationshipsPart(of:)`` by `Character` (the definition; internal for the tests).
    static func relationshipsPartByCharacters(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        let folder = part[..<slash]
        let file = part[part.index(after: slash)...]
        return "\(folder)/_rels/\(file).rels"
    }

    /// Resolves an internal relationship target; `nil` when it climbs above the package root.
    static func resolve(target: String, from sourcePart: String) -> String? {
        // Most targets only descend from the source's folder (`styles.xml`,
        // `media/image1.png`): the folder and the target joined, without splitting.
        if isPlainDescendingPath(target), let folder = plainFolder(of: sourcePart) {
            return folder.isEmpty ? target : folder + "/" + target
        }
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

    /// Whether `target` resolves to itself below the source's folder: ASCII, not empty,
    /// no `%` or `#`, and no empty or all-dot segment such as `.` and `..` (so no leading or
    /// doubled `/`).
    private static func isPlainDescendingPath(_ target: String) -> Bool {
        withBytes(of: target) { isPlainDescendingPath(bytes: $0) }
    }

    /// ``isPlainDescendingPath(_:)`` given the target's UTF-8 bytes.
    private static func isPlainDescendingPath(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var segmentLength = 0
        var segmentIsDots = true
        for byte in bytes {
            switch byte {
            case 0x80..., UInt8(ascii: "%"), UInt8(ascii: "#"):
                return false
            case UInt8(ascii: "/"):
                if segmentLength == 0 || segmentIsDots { return false }
                segmentLength = 0
                segmentIsDots = true
            default:
                segmentLength += 1
                if byte != UInt8(ascii: ".") { segmentIsDots = false }
            }
        }
        return segmentLength > 0 && !segmentIsDots
    }

    /// The folder of `sourcePart` (`word` for `word/document.xml`, empty for the package)
    /// when its segments are all non-empty ASCII, so that joining it to a plain target is
    /// what splitting and re-joining would give; nil otherwise.
    private static func plainFolder(of sourcePart: String) -> String? {
        withBytes(of: sourcePart) { bytes in
            var previous = UInt8(ascii: "/")
            var folderLength = 0
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: "/") {
                    if previous == UInt8(ascii: "/") { return nil }
                    folderLength = offset
                }
                previous = byte
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<folderLength]), as: UTF8.self)
        }
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
