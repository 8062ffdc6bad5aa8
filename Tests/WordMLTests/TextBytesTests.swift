import Testing
@testable import WordML

/// ``TextBytes`` against the `Array` operations it stands in for.
@Suite struct TextBytesTests {
    @Test func appendsAndCutsBackLikeAnArrayAcrossGrowth() {
        let bytes = TextBytes()
        var array: [UInt8] = []
        var random = SplitMix64(state: 11)
        for _ in 0..<3_000 {
            switch random.next(5) {
            case 0:
                let start = random.next(array.count + 1)
                bytes.removeSubrange(from: start)
                array.removeSubrange(start...)
            case 1 where random.next(8) == 0:
                bytes.removeAll()
                array.removeAll(keepingCapacity: true)
            case 2:
                let text = String(repeating: "é", count: random.next(40))
                bytes.append(text)
                array.append(contentsOf: text.utf8)
            case 3:
                // A rewrite that keeps fewer bytes: every 0xC3 past `start` dropped.
                let start = random.next(array.count + 1)
                bytes.rewrite(from: start) { tail in
                    var kept = 0
                    for byte in tail where byte != 0xC3 { tail[kept] = byte; kept += 1 }
                    return kept
                }
                array = Array(array[..<start]) + array[start...].filter { $0 != 0xC3 }
            default:
                // Past the initial capacity now and then.
                let piece = (0..<random.next(random.next(10) == 0 ? 700 : 30)).map { _ in UInt8(random.next(256)) }
                piece.withUnsafeBufferPointer { bytes.append($0) }
                array.append(contentsOf: piece)
            }
            #expect(bytes.count == array.count)
            #expect(bytes.isEmpty == array.isEmpty)
            let start = random.next(array.count + 1)
            #expect(bytes.withBytes(from: start) { Array($0) } == Array(array[start...]))
            #expect(bytes.string(from: start) == String(decoding: array[start...], as: UTF8.self))
        }
    }
}
