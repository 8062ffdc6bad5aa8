import Foundation
import IngestCore

/// The contract's text normalization: Unicode NFC, whitespace runs (tabs and line
/// breaks included) collapsed to one space, trimmed.
///
/// Works on UTF-8 bytes: whitespace is collapsed in one pass into a buffer no larger than
/// the input, and Foundation's NFC runs only when a scalar that NFC could change appears
/// (rare in real letters: dashes, curly quotes and bullets are known not to change).
public enum TextNormalizer {
    /// `text` normalized.
    public static func normalize(_ text: String) -> String {
        if text.withUTF8Bytes(isNormalized) { return text }
        var text = text
        var needsComposition = false
        let collapsed = text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                collapseWhitespace(bytes, into: output, needsComposition: &needsComposition)
            }
        }
        return needsComposition ? collapsed.precomposedStringWithCanonicalMapping : collapsed
    }

    /// Whether valid UTF-8 `bytes` are already normalized — no whitespace but single inner
    /// spaces, nothing NFC could change — the common case, returned without a copy.
    static func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20
        else { return bytes.isEmpty }
        var previous: UInt8 = 0
        var index = 0
        while index < bytes.count {
            // Sixteen bytes at a time: the lanes before the first irregular one are
            // normalized; the character there is read below.
            if index &+ ByteVectors.width &+ 1 <= bytes.count {
                if previous == 0x20, bytes[index] == 0x20 { return false }
                var lane = ByteVectors.firstLane(irregularLanes(base, at: index))
                // Regular blocks in a row are skipped without tracking `previous`: a block's
                // test reaches the next block's first byte, so a space pair across the two
                // would have made it irregular.
                while lane == nil, index &+ 2 &* ByteVectors.width &+ 1 <= bytes.count {
                    index &+= ByteVectors.width
                    lane = ByteVectors.firstLane(irregularLanes(base, at: index))
                }
                guard let lane else {
                    previous = bytes[index &+ ByteVectors.width &- 1]
                    index &+= ByteVectors.width
                    continue
                }
                if lane > 0 {
                    previous = bytes[index &+ lane &- 1]
                    index &+= lane
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                guard lead > 0x20 || (lead == 0x20 && previous != 0x20) else { return false }
                previous = lead
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            let scalar = decodeScalar(bytes, at: index, length: length)
            if UnicodeWhitespace.contains(scalar) || (scalar >= 0x300 && mayChangeUnderNFC(scalar)) { return false }
            previous = lead
            index += length
        }
        return true
    }

    /// The lanes of the sixteen bytes at `index` that can be no normalized text on their
    /// own: a control character or a byte of a non-ASCII character (as signed bytes: not
    /// above 0x1F), or a space followed by a space — the seventeenth byte, which must
    /// exist, included.
    @inline(__always)
    private static func irregularLanes(_ base: UnsafePointer<UInt8>, at index: Int) -> ByteVectors.Mask {
        let block = ByteVectors.load(base, at: index)
        let next = ByteVectors.load(base, at: index &+ 1)
        let space = ByteVectors.splat(0x20)
        let printable = ByteVectors.signed(block) .> ByteVectors.SignedVector(repeating: 0x1F)
        return .!printable .| ((block .== space) .& (next .== space))
    }

    /// Copies valid UTF-8 `bytes` into `output` with whitespace runs collapsed to one space
    /// and trimmed; returns the byte count written (never more than `bytes.count`) and sets
    /// `needsComposition` when NFC could change the text.
    private static func collapseWhitespace(
        _ bytes: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutableBufferPointer<UInt8>,
        needsComposition: inout Bool
    ) -> Int {
        var written = 0
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            // Sixteen bytes without an irregular lane that do not start with a space are
            // copied as they are (after a pending space), except a last space, which
            // becomes the pending one.
            if index &+ ByteVectors.width &+ 1 <= bytes.count, let base = bytes.baseAddress, let target = output.baseAddress,
               base[index] != 0x20, !ByteVectors.any(irregularLanes(base, at: index)) {
                if pendingSpace {
                    target[written] = 0x20
                    written += 1
                }
                let count = base[index &+ ByteVectors.width &- 1] == 0x20 ? ByteVectors.width - 1 : ByteVectors.width
                (target + written).update(from: base + index, count: count)
                written += count
                pendingSpace = count < ByteVectors.width
                index += ByteVectors.width
                continue
            }
            let lead = bytes[index]
            let length: Int
            let isWhitespace: Bool
            if lead < 0x80 {
                length = 1
                isWhitespace = UnicodeWhitespace.contains(UInt32(lead))
            } else {
                length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                let scalar = decodeScalar(bytes, at: index, length: length)
                isWhitespace = UnicodeWhitespace.contains(scalar)
                if !isWhitespace, !needsComposition, scalar >= 0x300, mayChangeUnderNFC(scalar) {
                    needsComposition = true
                }
            }
            if isWhitespace {
                pendingSpace = written > 0
            } else {
                if pendingSpace {
                    output[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                for offset in 0..<length { output[written + offset] = bytes[index + offset] }
                written += length
            }
            index += length
        }
        return written
    }

    /// The scalar value of the `length`-byte UTF-8 sequence at `index` (input is valid UTF-8).
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        var value = UInt32(bytes[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }

    /// Whether NFC could change text containing `scalar` (≥ U+0300). Only the blocks of
    /// punctuation, symbols and arrows (U+2000–U+2BFF: dashes, curly quotes, bullets…) are
    /// known not to change, except their combining marks (U+20D0–U+20FF) and the
    /// singletons and composition exclusions among them; any other scalar sends the text
    /// through Foundation's NFC.
    static func mayChangeUnderNFC(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2000, 0x2001, 0x20D0...0x20FF, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A, 0x2ADC: true
        case 0x2000...0x2BFF: false
        default: true
        }
    }
}
