import Testing
@testable import WordML

/// ``ElementStack`` against the `Array` operations it stands in for.
@Suite struct ElementStackTests {
    @Test func pushesAndPopsLikeAnArrayAcrossGrowth() {
        let stack = ElementStack<UInt8>()
        var array: [UInt8] = []
        var random = SplitMix64(state: 7)
        // Deep enough to grow the storage several times, with pops on empty stacks.
        for step in 0..<5_000 {
            if random.next(3) == 0 || step > 4_000 {
                #expect(stack.popLast() == array.popLast())
            } else {
                let value = UInt8(random.next(256))
                stack.append(value)
                array.append(value)
            }
            #expect(stack.last == array.last)
            #expect(stack.count == array.count)
            #expect(stack.isEmpty == array.isEmpty)
        }
    }
}
