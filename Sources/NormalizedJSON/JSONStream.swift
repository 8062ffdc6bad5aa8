/// Appends JSON to a ``JSONBuffer`` in ``JSONWriter``'s layout — two-space indentation,
/// one member or element per line, `[]` and `{}` when empty, strings escaped as
/// `JSONEscaping.swift` says — for a caller that writes each object's members in sorted
/// key order itself instead of building a ``JSONValue``.
struct JSONStream: ~Copyable {
    private var bytes: JSONBuffer
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has no member or element yet.
    private var isEmpty = false

    private init(bytes: consuming JSONBuffer) {
        self.bytes = bytes
    }

    /// The JSON text that `body` writes, ending with a newline.
    /// - Parameter capacity: A guess at the size; a larger text costs one more copy.
    static func text(capacity: Int, _ body: (inout JSONStream) -> Void) -> [UInt8] {
        JSONBuffer.bytes(capacity: capacity) { buffer in
            var json = JSONStream(bytes: buffer)
            body(&json)
            json.bytes.append(0x0A)
            buffer = json.bytes
        }
    }

    // MARK: - Containers

    mutating func openObject() { open(0x7B) }
    mutating func closeObject() { close(0x7D) }
    mutating func openArray() { open(0x5B) }
    mutating func closeArray() { close(0x5D) }

    /// Starts the next member of the open object; its value must follow. `key` is an
    /// ASCII name that needs no escape, and keys must come in ``JSONWriter``'s order.
    mutating func key(_ key: StaticString) {
        let (comma, depth) = (!isEmpty, depth)
        isEmpty = false
        key.withUTF8Buffer { name in
            bytes.write(upTo: Self.lineStartRoom(depth) + name.count + 3) { room in
                var written = Self.writeLineStart(comma: comma, depth: depth, into: room)
                room[written] = 0x22
                written &+= 1
                if let base = name.baseAddress { JSONBuffer.copyShort(base, count: name.count, to: room + written) }
                written &+= name.count
                room[written] = 0x22
                room[written &+ 1] = 0x3A
                room[written &+ 2] = 0x20
                return written &+ 3
            }
        }
    }

    /// Starts the next element of the open array; its value must follow.
    mutating func element() {
        startEntry()
    }

    /// A member whose value is a string or `null`.
    mutating func member(_ key: StaticString, _ text: String?) {
        self.key(key)
        string(text)
    }

    /// A member whose value is a number or `null`.
    mutating func member(_ key: StaticString, _ number: Int?) {
        self.key(key)
        int(number)
    }

    /// An array with one element per item of `items`, each written by `write`.
    mutating func array<Item>(_ items: [Item], _ write: (Item, inout JSONStream) -> Void) {
        openArray()
        // Elements read through the array's memory: a `for` loop here costs a retain and a
        // release per element (0.4 M of the 8 M instructions on 20 small documents).
        items.withUnsafeBufferPointer { items in
            for index in items.indices {
                element()
                write(items[index], &self)
            }
        }
        closeArray()
    }

    // MARK: - Values

    mutating func null() {
        bytes.append("null")
    }

    /// The string quoted and escaped, or `null`.
    mutating func string(_ text: String?) {
        guard let text else { return null() }
        bytes.appendString(text)
    }

    /// `parts` joined by `separator`, as one quoted string.
    mutating func string(joining parts: [String], separator: String) {
        bytes.append(0x22)
        for index in parts.indices {
            if index > 0 { bytes.appendEscaped(separator) }
            bytes.appendEscaped(parts[index])
        }
        bytes.append(0x22)
    }

    /// The number in decimal, or `null`.
    mutating func int(_ number: Int?) {
        guard let number else { return null() }
        bytes.appendDecimal(number)
    }

    /// An array of strings.
    mutating func strings(_ texts: [String]) {
        array(texts) { text, json in json.string(text) }
    }

    /// An array of numbers.
    mutating func ints(_ numbers: [Int]) {
        array(numbers) { number, json in json.int(number) }
    }

    /// Any value, written by ``JSONWriter`` at the current depth.
    mutating func value(_ value: JSONValue) {
        JSONWriter.write(value, indent: depth, into: &bytes)
    }

    // MARK: - Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !isEmpty { newline(comma: false) }
        bytes.append(bracket)
        // The enclosing container holds at least the member just closed.
        isEmpty = false
    }

    private mutating func startEntry() {
        newline(comma: !isEmpty)
        isEmpty = false
    }

    /// A newline (after a comma if `comma`) and the indentation of the current depth.
    private mutating func newline(comma: Bool) {
        let depth = depth
        bytes.write(upTo: Self.lineStartRoom(depth)) { room in Self.writeLineStart(comma: comma, depth: depth, into: room) }
    }

    /// The room that ``writeLineStart(comma:depth:into:)`` needs.
    private static func lineStartRoom(_ depth: Int) -> Int {
        2 &+ 2 &* depth &+ 8
    }

    /// Writes a comma if `comma`, a newline and the indentation of `depth` at `room`, which
    /// has ``lineStartRoom(_:)`` bytes; returns how many bytes belong to the text (spaces
    /// are stored eight at a time, and those past the indentation are overwritten later).
    @inline(__always)
    private static func writeLineStart(comma: Bool, depth: Int, into room: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        if comma {
            room[0] = 0x2C
            written = 1
        }
        room[written] = 0x0A
        written &+= 1
        let end = written &+ 2 &* depth
        while written < end {
            UnsafeMutableRawPointer(room + written).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
            written &+= 8
        }
        return end
    }
}
