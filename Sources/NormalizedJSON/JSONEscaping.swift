import IngestCore

/// JSON strings: quotes, backslashes and control characters (below U+0020) escaped,
/// everything else (`/`, U+007F, U+2028, all of non-ASCII) copied as it is.
extension JSONBuffer {
    /// `text` quoted and escaped.
    mutating func appendString(_ text: String) {
        append(0x22)
        appendEscaped(text)
        append(0x22)
    }

    /// `text` escaped, without quotes. Escaping works byte by byte, so the escapes of two
    /// strings written one after the other are the escape of the joined string.
    mutating func appendEscaped(_ text: String) {
        // Native strings lend their bytes without a copy of the string.
        let lent: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if lent == nil {
            var text = text
            text.withUTF8 { appendEscaped($0) }
        }
    }

    /// The UTF-8 `bytes` escaped, without quotes: each run of bytes that needs no escape,
    /// found sixteen bytes at a time, is copied in one go.
    mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var copied = 0
        while true {
            let special = JSONEscaping.firstSpecial(in: base, count: bytes.count, from: copied)
            append(UnsafeBufferPointer(start: base + copied, count: special - copied))
            guard special < bytes.count else { return }
            appendEscape(base[special])
            copied = special + 1
        }
    }

    /// The escape of a quote, backslash or control character.
    private mutating func appendEscape(_ byte: UInt8) {
        append(0x5C)
        switch byte {
        case 0x22, 0x5C: append(byte)
        case 0x0A: append(0x6E)
        case 0x0D: append(0x72)
        case 0x09: append(0x74)
        case 0x08: append(0x62)
        case 0x0C: append(0x66)
        default:
            append("u00")
            append(JSONEscaping.hexDigit(byte >> 4))
            append(JSONEscaping.hexDigit(byte & 0xF))
        }
    }
}

/// Finding the bytes that a JSON string must escape.
enum JSONEscaping {
    /// Whether `byte` must be escaped: a quote, a backslash or a control character.
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C
    }

    /// The offset of the first byte at or after `offset` that needs an escape, or `count`.
    static func firstSpecial(in base: UnsafePointer<UInt8>, count: Int, from offset: Int) -> Int {
        var offset = offset
        // Sixteen bytes per round, as one vector, while none needs an escape (a handful of
        // vector instructions, where two words cost two dozen), then eight.
        while offset &+ ByteVectors.width <= count {
            if let lane = ByteVectors.firstLane(specialLanes(ByteVectors.load(base, at: offset))) { return offset &+ lane }
            offset &+= ByteVectors.width
        }
        if offset &+ 8 <= count {
            let found = specialBytes(ByteBlocks.loadInOrder(base, at: offset))
            if found != 0 { return offset &+ found.trailingZeroBitCount / 8 }
            offset &+= 8
        }
        guard offset < count else { return count }
        guard count >= 8 else {
            while offset < count, !needsEscape(base[offset]) { offset += 1 }
            return offset
        }
        // The last eight bytes, shifted past those already checked.
        let last = count - 8
        let found = specialBytes(ByteBlocks.loadInOrder(base, at: last)) >> (8 * UInt64(offset - last))
        return found == 0 ? count : offset + found.trailingZeroBitCount / 8
    }

    /// The lanes of `block` that need an escape: a control character (no bit set above the
    /// low five), a quote or a backslash.
    @inline(__always)
    static func specialLanes(_ block: ByteVectors.Vector) -> ByteVectors.Mask {
        (block & ByteVectors.splat(0xE0) .== .zero) .| (block .== ByteVectors.splat(0x22)) .| (block .== ByteVectors.splat(0x5C))
    }

    /// The high bit of every byte of `block` that needs an escape, and of no other: a byte
    /// is kept (high bit set) when its own high bit is set, when its low seven bits plus
    /// 0x60 carry into it (the byte is 0x20 or more), or when it differs from `"` and from
    /// `\` (its low seven bits plus 0x7F carry, as in `ByteBlocks.matches`). No sum
    /// carries into the next byte.
    static func specialBytes(_ block: UInt64) -> UInt64 {
        let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let notControl = ((block & lowSevenBits) &+ 0x6060_6060_6060_6060) | block
        let notQuote = block ^ 0x2222_2222_2222_2222
        let notBackslash = block ^ 0x5C5C_5C5C_5C5C_5C5C
        let quoteKept = ((notQuote & lowSevenBits) &+ lowSevenBits) | notQuote
        let backslashKept = ((notBackslash & lowSevenBits) &+ lowSevenBits) | notBackslash
        return ~(notControl & quoteKept & backslashKept) & ByteBlocks.highBits
    }

    /// The lower-case hex digit of `value` (0–15).
    static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x57 + value
    }
}
