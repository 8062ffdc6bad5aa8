/// The growing output of the JSON writers. An append checks the room once and copies,
/// without the uniqueness check and generic path of an `Array` append; the bytes go
/// straight into the memory of the array that ``bytes(capacity:_:)`` returns, unless they
/// outgrow it.
struct JSONBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0
    /// Whether `start` was allocated here (after outgrowing the array's memory).
    private var isOwned = false

    /// A buffer writing into `room`, which must outlive it.
    private init(room: UnsafeMutablePointer<UInt8>, capacity: Int) {
        start = room
        self.capacity = capacity
    }

    deinit {
        if isOwned { start.deallocate() }
    }

    /// The bytes that `body` appends to an empty buffer; no copy unless they outgrow `capacity`.
    static func bytes(capacity: Int, _ body: (inout JSONBuffer) -> Void) -> [UInt8] {
        var outgrown: [UInt8]?
        let written = [UInt8](unsafeUninitializedCapacity: max(capacity, 64)) { room, initialized in
            initialized = 0
            guard let base = room.baseAddress else { return }
            var buffer = JSONBuffer(room: base, capacity: room.count)
            body(&buffer)
            if buffer.isOwned {
                outgrown = buffer.copied()
            } else {
                initialized = buffer.count
            }
        }
        return outgrown ?? written
    }

    /// The bytes written, copied into a new array.
    private func copied() -> [UInt8] {
        [UInt8](UnsafeBufferPointer(start: start, count: count))
    }

    // MARK: - Appending

    /// One byte.
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    /// A copy of `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        reserve(bytes.count)
        (start + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// The UTF-8 bytes of `text` as they are (no escaping).
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// `number` in decimal, as `String(number)` writes it.
    mutating func appendDecimal(_ number: Int) {
        if number < 0 { append(0x2D) }
        var magnitude = number.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        write(upTo: digits) { room in
            var position = digits
            repeat {
                position -= 1
                room[position] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            return digits
        }
    }

    /// Calls `body` with room for `extra` more bytes; `body` writes from the start of the
    /// room and returns how many bytes it wrote (at most `extra`). For a caller that writes
    /// several small pieces with one check for room.
    mutating func write(upTo extra: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(extra)
        let written = body(start + count)
        precondition(written <= extra, "wrote past the room made")
        count += written
    }

    /// Copies `count` bytes, a short piece such as a key, with a few word moves instead of a
    /// call to `memcpy`: the last word may overlap the one before, so nothing is read or
    /// written outside the `count` bytes.
    static func copyShort(_ source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>) {
        let (from, to) = (UnsafeRawPointer(source), UnsafeMutableRawPointer(target))
        if count >= 8 {
            var offset = 0
            while offset &+ 8 < count {
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
                offset &+= 8
            }
            let last = count &- 8
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: last, as: UInt64.self), toByteOffset: last, as: UInt64.self)
        } else if count >= 4 {
            let last = count &- 4
            to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: last, as: UInt32.self), toByteOffset: last, as: UInt32.self)
        } else {
            for offset in 0..<count { target[offset] = source[offset] }
        }
    }

    // MARK: - Room

    /// Makes room for `extra` more bytes.
    mutating func reserve(_ extra: Int) {
        if capacity - count < extra { grow(toHold: extra) }
    }

    /// Moves the bytes to memory of its own, at least twice as large and with room for
    /// `extra` more.
    @inline(never)
    private mutating func grow(toHold extra: Int) {
        let larger = max(2 * capacity, count + extra)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: start, count: count)
        if isOwned { start.deallocate() }
        start = moved
        capacity = larger
        isOwned = true
    }
}
