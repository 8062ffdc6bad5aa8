import Testing
@testable import NormalizedJSON

/// `JSONBuffer` (numbers, short copies, outgrowing the first memory) and `JSONStream`'s
/// layout at any depth, each against the plain Swift or ``JSONWriter`` result.
@Suite struct JSONBufferTests {
    @Test(arguments: [0, 1, -1, 7, -7, 9, 10, 11, 99, 100, 185, -1000, 123_456_789, Int.max, Int.min, Int.min + 1])
    func decimalsAreWrittenAsStringDoes(_ number: Int) {
        #expect(JSONBuffer.bytes(capacity: 0) { $0.appendDecimal(number) } == Array(String(number).utf8))
    }

    @Test func shortCopiesOfEveryLength() {
        let source = Array((0..<48).map { UInt8($0 + 0x41) })
        for count in 0...40 {
            var target = Array(repeating: UInt8(0), count: 48)
            source.withUnsafeBufferPointer { from in
                target.withUnsafeMutableBufferPointer { to in
                    if let from = from.baseAddress, let to = to.baseAddress { JSONBuffer.copyShort(from, count: count, to: to) }
                }
            }
            #expect(Array(target[..<count]) == Array(source[..<count]), "count \(count)")
            #expect(target[count...].allSatisfy { $0 == 0 }, "count \(count): wrote past the end")
        }
    }

    /// Texts that fit the first memory exactly, need one more byte, or grow it many times.
    @Test(arguments: [0, 1, 63, 64, 65, 500])
    func textsOutgrowingTheirCapacity(_ capacity: Int) {
        let expected = (0..<700).map(String.init).joined(separator: ",")
        let written = JSONBuffer.bytes(capacity: capacity) { buffer in
            for number in 0..<700 {
                if number > 0 { buffer.append(0x2C) }
                buffer.appendDecimal(number)
            }
        }
        #expect(written == Array(expected.utf8))
        let fitting = Array(repeating: UInt8(ascii: "x"), count: max(capacity, 64))
        let exact = JSONBuffer.bytes(capacity: capacity) { buffer in fitting.withUnsafeBufferPointer { buffer.append($0) } }
        #expect(exact == fitting)
    }

    /// Nested arrays and objects deeper than the sixteen levels that once had a fast path,
    /// written by `JSONStream` and by ``JSONWriter`` from the equal value.
    @Test(arguments: [1, 2, 15, 16, 17, 30])
    func streamLayoutMatchesTheWriterAtAnyDepth(_ depth: Int) {
        var value: JSONValue = ["leaf": "x", "n": 1]
        for level in 0..<depth {
            value = level.isMultiple(of: 2) ? .array([value, [], [:], .null]) : ["inner": value, "z": [1, 2]]
        }
        let streamed = JSONStream.text(capacity: 0) { json in Self.stream(value, into: &json) }
        #expect(streamed == JSONWriter.write(value))
    }

    /// Writes `value` member by member through the stream's own calls (not `value(_:)`).
    static func stream(_ value: JSONValue, into json: inout JSONStream) {
        switch value {
        case .array(let elements):
            json.array(elements) { element, json in stream(element, into: &json) }
        case .object(let members) where members.keys.sorted() == ["leaf", "n"]:
            json.openObject()
            json.member("leaf", "x")
            json.member("n", 1)
            json.closeObject()
        case .object(let members) where members["inner"] != nil:
            json.openObject()
            json.key("inner")
            stream(members["inner"] ?? .null, into: &json)
            json.key("z")
            json.ints([1, 2])
            json.closeObject()
        default:
            json.value(value)
        }
    }
}
