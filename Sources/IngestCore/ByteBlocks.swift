/// Word-at-a-time byte tests ("SWAR"): eight bytes checked with a few integer operations,
/// for scanners that skip long runs of ordinary text.
public enum ByteBlocks {
    /// 0x01 in every byte.
    public static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0x80 in every byte: the flag bits of ``matches(_:_:)``.
    public static let highBits: UInt64 = 0x8080_8080_8080_8080
    @usableFromInline static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

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

    /// The high bit of every byte of `block` that equals `byte`, and of no other (exact,
    /// unlike ``contains(_:_:)``, so a match can be located): a byte's low seven bits plus
    /// 0x7F carry into its high bit unless they are zero, and the carry never crosses into
    /// the next byte.
    @inlinable
    public static func matches(_ block: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = block ^ (ones &* UInt64(byte))
        return ~(((difference & lowSevenBits) &+ lowSevenBits) | difference) & highBits
    }

    /// The eight bytes at `offset` of `base` with the first in the lowest byte on any
    /// platform, so that `trailingZeroBitCount / 8` of a ``matches(_:_:)`` mask is an offset.
    @inlinable
    public static func loadInOrder(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: load(base, at: offset))
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
