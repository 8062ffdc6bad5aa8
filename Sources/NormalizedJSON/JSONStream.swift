/// Appends JSON to a byte buffer in ``JSONWriter``'s layout — two-space indentation, one
/// member or element per line, `[]` and `{}` when empty, strings escaped by
/// ``JSONWriter`` — for a caller that writes each object's members in sorted key order
/// itself instead of building a ``JSONValue``.
struct JSONStream {
    private var bytes: [UInt8] = []
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has no member or element yet.
    private var isEmpty = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON text, ending with a newline. (`mutating`, not `consuming`: the newline is
    /// then appended in place, where a consumed copy would copy the whole buffer.)
    mutating func finish() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    // MARK: - Containers

    mutating func openObject() { open(0x7B) }
    mutating func closeObject() { close(0x7D) }
    mutating func openArray() { open(0x5B) }
    mutating func closeArray() { close(0x5D) }

    /// Starts the next member of the open object; its value must follow. `key` is an
    /// ASCII name that needs no escape, and keys must come in ``JSONWriter``'s order.
    mutating func key(_ key: StaticString) {
        startEntry()
        bytes.append(0x22)
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        bytes.append(0x20)
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
    mutating func array<Item>(_ items: some Sequence<Item>, _ write: (Item, inout JSONStream) -> Void) {
        openArray()
        for item in items {
            element()
            write(item, &self)
        }
        closeArray()
    }

    // MARK: - Values

    mutating func null() {
        bytes.append(contentsOf: "null".utf8)
    }

    /// The string quoted and escaped, or `null`.
    mutating func string(_ text: String?) {
        guard let text else { return null() }
        JSONWriter.writeString(text, into: &bytes)
    }

    /// `parts` joined by `separator`, as one quoted string.
    mutating func string(joining parts: [String], separator: String) {
        bytes.append(0x22)
        for (index, part) in parts.enumerated() {
            if index > 0 { JSONWriter.writeEscaped(separator, into: &bytes) }
            JSONWriter.writeEscaped(part, into: &bytes)
        }
        bytes.append(0x22)
    }

    /// The number in decimal, or `null`.
    mutating func int(_ number: Int?) {
        guard let number else { return null() }
        bytes.append(contentsOf: String(number).utf8)
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
        if !isEmpty { newline() }
        bytes.append(bracket)
        // The enclosing container holds at least the member just closed.
        isEmpty = false
    }

    private mutating func startEntry() {
        if !isEmpty { bytes.append(0x2C) }
        isEmpty = false
        newline()
    }

    /// A newline and the indentation of up to 16 levels, copied in one go.
    private static let indentation: StaticString = "\n                                "

    private mutating func newline() {
        let count = 1 + 2 * depth
        guard count <= Self.indentation.utf8CodeUnitCount else {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
            return
        }
        Self.indentation.withUTF8Buffer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
    }
}
