/// A growable buffer of UTF-8 bytes kept in raw memory: the reader's text buffers, which
/// every piece of text is appended to and cut back from. An `Array` append or truncation
/// goes through a generic path with a uniqueness check (about 100 instructions each, once
/// or twice per text element); a class that owns its memory needs neither.
final class TextBytes {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes.
    private(set) var count = 0

    init() {
        capacity = 256
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Appends a copy of `bytes`.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (storage + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 bytes of `text`.
    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Drops the bytes from offset `start` (at most ``count``) on.
    func removeSubrange(from start: Int) {
        precondition(start >= 0 && start <= count, "offset out of range")
        count = start
    }

    /// Drops every byte, keeping the memory.
    func removeAll() {
        count = 0
    }

    /// The bytes from offset `start` on, changed in place by `body`, which returns how many
    /// it keeps (at most as many as it was given); the rest are dropped.
    func rewrite(from start: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        precondition(start >= 0 && start <= count, "offset out of range")
        let kept = body(UnsafeMutableBufferPointer(start: storage + start, count: count - start))
        precondition(kept >= 0 && kept <= count - start, "kept more bytes than given")
        count = start + kept
    }

    /// Calls `body` with the bytes from offset `start` on; they must not be used after it
    /// returns (an append may move them).
    func withBytes<Result>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        precondition(start >= 0 && start <= count, "offset out of range")
        return body(UnsafeBufferPointer(start: storage + start, count: count - start))
    }

    /// The bytes from offset `start` on, decoded as UTF-8 (invalid bytes repaired).
    func string(from start: Int) -> String {
        withBytes(from: start) { String(decoding: $0, as: UTF8.self) }
    }

    /// Doubles the storage, or more when `extra` bytes need it.
    @inline(never)
    private func grow(toHold extra: Int) {
        let larger = max(2 * capacity, count + extra)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = larger
    }
}
