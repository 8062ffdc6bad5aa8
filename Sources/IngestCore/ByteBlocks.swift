/// Word-at-a-time byte tests ("SWAR"): eight bytes checked with a few integer operations,
/// for scanners that skip long runs of ordinary text.
public enum ByteBlocks {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes of `block` equals `byte`.
    @inlinable
    public static func contains(_ block: UInt64, _ byte: UInt8) -> Bool {
        let difference = block ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits != 0
    }

    /// Whether any of the eight bytes of `block` is below `limit` (`limit` ≤ 0x80).
    @inlinable
    public static func containsLess(_ block: UInt64, than limit: UInt8) -> Bool {
        (block &- ones &* UInt64(limit)) & ~block & highBits != 0
    }

    /// The eight bytes at `offset` of `base` as one word (byte order does not matter to
    /// the tests above).
    @inlinable
    public static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Whether `bytes` contains `byte`, eight bytes at a time.
    @inlinable
    public static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset + 8 <= bytes.count {
            if contains(load(base, at: offset), byte) { return true }
            offset += 8
        }
        while offset < bytes.count {
            if base[offset] == byte { return true }
            offset += 1
        }
        return false
    }
}
