/// A stack of plain values kept in raw memory: the reader's context per open element,
/// pushed and popped on every start and end tag. An `Array` checks that its storage is
/// uniquely referenced on each mutation, a runtime call that cost more than the push or
/// pop itself; a class that owns its memory needs no such check.
final class ElementStack<Element: BitwiseCopyable> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of elements.
    private(set) var count = 0

    init() {
        capacity = 64
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// The top element, or nil when the stack is empty.
    var last: Element? { count > 0 ? storage[count - 1] : nil }

    /// Pushes `element`, doubling the storage when it is full.
    ///
    /// Inlined into the reader's start-tag handler (once per element): the call cost more
    /// than the push; the rare growth stays out of line.
    @inline(__always)
    func append(_ element: Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// Doubles the storage.
    @inline(never)
    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.initialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    /// Pops the top element; nil when the stack is empty.
    func popLast() -> Element? {
        guard count > 0 else { return nil }
        count -= 1
        return storage[count]
    }
}
