import IngestCore

/// Cuts the `w:latentStyles` element out of the bytes of a styles part before they are
/// parsed. Word writes some 370 `w:lsdException` entries there (20–27 KB, about a tenth of
/// a typical attachment's XML) that say how unused built-in styles show in its gallery;
/// ``StylesReader`` reads nothing from them, and skipping bytes is far cheaper than parsing.
///
/// Only a plain element is cut: written with the `w` prefix, its content elements, text
/// and entity references only — no comment, CDATA section, processing instruction or
/// nested `w:latentStyles`. Anything else is left to the parser unchanged. The cut keeps
/// the region's line breaks, so the parser's line numbers after it stay the same.
enum LatentStylesElision {
    private static let startTag = Array("<w:latentStyles".utf8)
    private static let endTag = Array("</w:latentStyles".utf8)

    /// `bytes` without their plain `w:latentStyles` element; nil when there is none to cut.
    static func elided(from bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            guard let region = plainRegion(in: buffer) else { return nil }
            let lineBreaks = count(UInt8(ascii: "\n"), in: UnsafeBufferPointer(rebasing: buffer[region]))
            var result: [UInt8] = []
            result.reserveCapacity(buffer.count - region.count + lineBreaks)
            result.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<region.lowerBound]))
            result.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: lineBreaks))
            result.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[region.upperBound...]))
            return result
        }
    }

    /// The byte range of the first `w:latentStyles` element when it is plain (see the type).
    static func plainRegion(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let start = find(startTag, in: bytes, from: 0) else { return nil }
        let nameEnd = start + startTag.count
        guard nameEnd < bytes.count, isNameTerminator(bytes[nameEnd]),
              let tagEnd = endOfTag(in: bytes, from: nameEnd) else { return nil }
        if bytes[tagEnd - 1] == UInt8(ascii: "/") { return start..<(tagEnd + 1) }
        guard let close = find(endTag, in: bytes, from: tagEnd + 1),
              isPlainContent(bytes, tagEnd + 1..<close) else { return nil }
        var index = close + endTag.count
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return nil }
        return start..<(index + 1)
    }

    /// The index of the `>` that ends the tag whose name ended at `index`, skipping quoted
    /// attribute values; nil when the bytes end first.
    private static func endOfTag(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var quote: UInt8?
        for position in index..<bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "<") {
                return nil
            } else if byte == UInt8(ascii: ">") {
                return position
            }
        }
        return nil
    }

    /// Whether `range` holds no comment, CDATA section, processing instruction or
    /// declaration (`<!`, `<?`) and no nested `<w:latentStyles`.
    private static func isPlainContent(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let content = UnsafeBufferPointer(rebasing: bytes[..<range.upperBound])
        var index = range.lowerBound
        // From one `<` to the next: the entries are some 70 bytes each.
        while let open = ByteVectors.firstIndex(of: UInt8(ascii: "<"), in: content, from: index) {
            guard open + 1 < content.count else { return false }
            let next = content[open + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || hasPrefix(startTag, in: bytes, at: open) {
                return false
            }
            index = open + 1
        }
        return true
    }

    /// The index of the first `needle` in `bytes` at or after `start`: each candidate first
    /// byte, then a comparison.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, start <= bytes.count else { return nil }
        var index = start
        while let candidate = ByteVectors.firstIndex(of: first, in: bytes, from: index) {
            if hasPrefix(needle, in: bytes, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// How many times `byte` occurs in `bytes`.
    private static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while let found = ByteVectors.firstIndex(of: byte, in: bytes, from: index) {
            count += 1
            index = found + 1
        }
        return count
    }

    private static func hasPrefix(_ prefix: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in prefix.indices where bytes[index + offset] != prefix[offset] { return false }
        return true
    }

    private static func isNameTerminator(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
