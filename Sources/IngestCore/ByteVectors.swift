/// Sixteen bytes at a time, for the scans that read all of a document's text (the
/// normalization check, the digit count, the cross-reference stems): the vector
/// counterpart of the eight-byte ``ByteBlocks``.
///
/// Lanes compare as unsigned bytes; a mask lane is all ones where its test holds. Masks are
/// read as two words rather than with `any(_:)`, which compiles to a chain of shuffles.
public enum ByteVectors {
    public typealias Vector = SIMD16<UInt8>
    public typealias SignedVector = SIMD16<Int8>
    public typealias Mask = SIMDMask<SIMD16<Int8>>

    /// Bytes per vector.
    public static let width = 16

    /// The sixteen bytes at `offset` of `base` (any alignment); `offset + 16` must not pass
    /// the end of the buffer.
    @inlinable @inline(__always)
    public static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> Vector {
        UnsafeRawPointer(base + offset).loadUnaligned(as: Vector.self)
    }

    /// The mask as two words, lane 0 in the lowest byte of the first on any platform.
    @inlinable @inline(__always)
    public static func words(_ mask: Mask) -> (low: UInt64, high: UInt64) {
        // A mask lane is a byte of 0x00 or 0xFF; the sixteen of them are the two words' bytes.
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return (UInt64(littleEndian: words[0]), UInt64(littleEndian: words[1]))
    }

    /// Whether any lane of `mask` is set.
    @inlinable @inline(__always)
    public static func any(_ mask: Mask) -> Bool {
        let (low, high) = words(mask)
        return low | high != 0
    }

    /// The first set lane of `mask`, or nil when none is.
    @inlinable @inline(__always)
    public static func firstLane(_ mask: Mask) -> Int? {
        let (low, high) = words(mask)
        if low != 0 { return low.trailingZeroBitCount / 8 }
        if high != 0 { return 8 + high.trailingZeroBitCount / 8 }
        return nil
    }

    /// Calls `body` with every set lane of `mask`, in order, until it returns `true`;
    /// returns whether it did.
    @inlinable @inline(__always)
    public static func contains(lanesOf mask: Mask, where body: (Int) -> Bool) -> Bool {
        let (low, high) = words(mask)
        return contains(lanesOf: low, from: 0, where: body) || contains(lanesOf: high, from: 8, where: body)
    }

    @inlinable @inline(__always)
    static func contains(lanesOf word: UInt64, from first: Int, where body: (Int) -> Bool) -> Bool {
        // One bit per set lane: clearing the lowest set bit moves on to the next lane.
        var bits = word & 0x8080_8080_8080_8080
        while bits != 0 {
            if body(first + bits.trailingZeroBitCount / 8) { return true }
            bits &= bits &- 1
        }
        return false
    }

    /// 1 in every set lane of `mask`, 0 elsewhere: added to a vector of counters, it counts
    /// the lanes where a test held.
    @inlinable @inline(__always)
    public static func ones(_ mask: Mask) -> Vector {
        Vector.zero.replacing(with: 1, where: mask)
    }

    /// The sum of the sixteen lanes: each word's bytes added in pairs, then the four pairs
    /// (at most 4 × 510, so no pair overflows its sixteen bits).
    @inlinable @inline(__always)
    public static func sum(_ lanes: Vector) -> Int {
        let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        var total = 0
        for index in 0..<2 {
            let word = words[index]
            let pairs = (word & 0x00FF_00FF_00FF_00FF) &+ ((word >> 8) & 0x00FF_00FF_00FF_00FF)
            total += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        return total
    }

    /// Whether every byte is below 0x80.
    @inlinable
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = bytes.baseAddress {
            while index + width <= bytes.count {
                if any(signed(load(base, at: index)) .< SignedVector.zero) { return false }
                index += width
            }
        }
        return bytes[index...].allSatisfy { $0 < 0x80 }
    }

    /// The index of the first `byte` of `bytes` at or after `start`.
    @inlinable
    public static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        if let base = bytes.baseAddress {
            while index + width <= bytes.count {
                if let lane = firstLane(load(base, at: index) .== splat(byte)) { return index + lane }
                index += width
            }
        }
        return bytes[index...].firstIndex(of: byte)
    }

    /// The lanes read as signed bytes: 0x80–0xFF are the negative ones.
    @inlinable @inline(__always)
    public static func signed(_ vector: Vector) -> SignedVector {
        SignedVector(truncatingIfNeeded: vector)
    }

    /// A vector of `byte` in every lane.
    @inlinable @inline(__always)
    public static func splat(_ byte: UInt8) -> Vector { Vector(repeating: byte) }
}
