/// Eight bytes compared at once, exactly: one flag (the high bit) for every byte that
/// matches and for no other. Scanners use it to step over ordinary text a word at a time.
enum ByteMasks {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The high bit of every byte of `block` that equals `byte`: a byte's low seven bits
    /// plus 0x7F carry into its high bit unless they are zero, and the carry never
    /// crosses into the next byte.
    static func equal(_ block: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = block ^ (ones &* UInt64(byte))
        return ~(((difference & lowSevenBits) &+ lowSevenBits) | difference) & highBits
    }

    /// The eight bytes at `offset` of `base`, the first in the lowest byte on any platform.
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Whether `bytes` contain `byte`, eight bytes at a time.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                if equal(load(base, at: index), byte) != 0 { return true }
                index += 8
            }
        }
        return bytes[index...].contains(byte)
    }
}
