import IngestCore

/// `hasPrefix` with the `Character` semantics of `String`, decided on the
/// UTF-8 bytes where they give the same answer. The `Character` comparison (grapheme
/// clusters, canonical equivalence) of a text with non-ASCII scalars costs thousands of
/// instructions per call (when both are ASCII, `String` compares the bytes itself).
///
/// The byte answer holds for a *plain* affix: every scalar printable ASCII other than "K",
/// ";" and "`", or "§". Such a scalar is a cluster of its own next to any printable ASCII
/// scalar (none of them is CR, LF, a prepended or an extending mark), and no other
/// `Character` equals it: a cluster of several scalars never normalizes to one scalar,
/// and of the single scalars only U+212A, U+037E and U+1FEF decompose to ASCII (to "K",
/// ";" and "`"; the tests check both). So
/// - where the text's bytes differ from the affix's, the `Character`s differ too: `false`;
/// - where they are equal, the `Character`s are equal when the scalar beyond the affix's
///   end is printable ASCII or absent, so it cannot join the affix's last scalar into
///   one cluster: `true`;
/// - otherwise the `Character` comparison decides.
enum CharacterAffix {
    /// `text.hasPrefix(prefix)`.
    static func hasPrefix(_ text: Substring, _ prefix: String) -> Bool {
        if isPlain(prefix) {
            let decided: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
                prefix.withUTF8Bytes { affix in
                    guard affix.count <= bytes.count, ByteComparison.equal(UnsafeBufferPointer(rebasing: bytes[..<affix.count]), affix)
                    else { return false }
                    return affix.count == bytes.count || isPrintableASCII(bytes[affix.count]) ? true : nil
                }
            } ?? nil
            if let decided { return decided }
        }
        return text.hasPrefix(prefix)
    }

    /// Whether every scalar of `affix` is printable ASCII other than "K", ";", "`", or "§"
    /// (read on the bytes: this runs on every call, and the scalar view costs ~20 times more).
    static func isPlain(_ affix: String) -> Bool {
        affix.withUTF8Bytes { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA7 {
                    index += 2 // "§"
                    continue
                }
                guard isPrintableASCII(byte), byte != UInt8(ascii: "K"), byte != UInt8(ascii: ";"), byte != UInt8(ascii: "`")
                else { return false }
                index += 1
            }
            return true
        }
    }

    private static func isPrintableASCII(_ value: some BinaryInteger) -> Bool { value >= 0x20 && value <= 0x7E }
}
