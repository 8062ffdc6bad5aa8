import Testing
import IngestCore

/// The byte-level shortcuts of the hot loops against the obvious definitions.
@Suite struct ByteScanningTests {
    /// Deterministic pseudo-random blocks (xorshift), plus every single-byte pattern.
    static func blocks() -> [UInt64] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var result: [UInt64] = []
        for _ in 0..<20_000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            result.append(state)
        }
        for byte in UInt64(0)...255 {
            for position in 0..<8 {
                result.append(0x6161_6161_6161_6161 & ~(0xFF << (position * 8)) | byte << (position * 8))
            }
        }
        return result
    }

    static func bytes(of block: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: block >> ($0 * 8)) }
    }

    @Test func blockTestsMatchBytewiseTests() {
        for block in Self.blocks() {
            let bytes = Self.bytes(of: block)
            for needle: UInt8 in [0x00, 0x22, 0x2C, 0x44, 0x5A, 0x5C, 0x80, 0xFF] {
                #expect(ByteBlocks.contains(block, needle) == bytes.contains(needle))
            }
            for limit: UInt8 in [0x01, 0x20, 0x21, 0x80] {
                #expect(ByteBlocks.containsLess(block, than: limit) == bytes.contains { $0 < limit })
            }
        }
    }

    @Test func bufferScanMatchesContains() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for length in 0..<40 {
            for _ in 0..<50 {
                let bytes: [UInt8] = (0..<length).map { _ in
                    state ^= state << 13; state ^= state >> 7; state ^= state << 17
                    return UInt8(truncatingIfNeeded: state)
                }
                for needle: UInt8 in [0xC2, 0x41, 0x00, 0xFF] {
                    #expect(bytes.withUnsafeBufferPointer { ByteBlocks.contains(needle, in: $0) } == bytes.contains(needle))
                }
            }
        }
    }

    @Test func loadReadsUnalignedBytes() {
        let bytes: [UInt8] = Array(0..<32)
        bytes.withUnsafeBufferPointer { buffer in
            for offset in 0...24 {
                let block = ByteBlocks.load(buffer.baseAddress!, at: offset)
                #expect(Set(Self.bytes(of: block)) == Set(bytes[offset..<(offset + 8)]))
            }
        }
    }

    @Test(arguments: ["", "a", ",", ",a,", "a,b", ";The:", "é,", ",é", "\r\n", "a\r\n", ", , ", "—x—"])
    func trimmingMatchesCharacterTrimming(_ text: String) {
        for set in [",;:", " ", ".,;:)(", "—"] {
            var characters = Array(text)
            while let first = characters.first, set.contains(first) { characters.removeFirst() }
            while let last = characters.last, set.contains(last) { characters.removeLast() }
            #expect(text.trimming(set) == String(characters))
        }
    }

    @Test func utf8ContainsFindsBytesInSmallAndLargeStrings() {
        #expect("a\nb".utf8Contains(0x0A))
        #expect(!"ab".utf8Contains(0x0A))
        let long = String(repeating: "abcdefgh", count: 100) + "\u{00A0}"
        #expect(long.utf8Contains(0xC2))
        #expect(!long.dropLast().description.utf8Contains(0xC2))
    }
}
