import IngestCore
import Testing
@testable import NormalizedJSON

/// The word-at-a-time escaper (`JSONBuffer.appendEscaped`) against a byte-by-byte
/// reference, on inputs that put each kind of special byte at every offset of the
/// sixteen- and eight-byte blocks and of the short tail.
@Suite struct JSONEscapingTests {
    /// The escape of `text` as the contract defines it, one byte at a time.
    static func reference(_ text: String) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x22: output += [0x5C, 0x22]
            case 0x5C: output += [0x5C, 0x5C]
            case 0x0A: output += [0x5C, 0x6E]
            case 0x0D: output += [0x5C, 0x72]
            case 0x09: output += [0x5C, 0x74]
            case 0x08: output += [0x5C, 0x62]
            case 0x0C: output += [0x5C, 0x66]
            case ..<0x20: output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: output.append(byte)
            }
        }
        return output
    }

    static func escaped(_ text: String) -> [UInt8] {
        JSONBuffer.bytes(capacity: 0) { $0.appendEscaped(text) }
    }

    /// Characters that must be escaped, and characters whose UTF-8 bytes look like them
    /// but for the high bit (`¢` C2 A2, `Ü` C3 9C, U+0722 DC A2, U+009C, U+2028 E2 80 A8).
    static let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{00}", "\u{1F}", "\u{01}"]
    static let lookalikes: [Character] = ["¢", "Ü", "\u{0722}", "\u{9C}", "\u{2028}", "\u{2029}", "\u{7F}", " ", "/", "#", "]", "é", "🏖"]

    /// The vector test flags exactly the bytes that `needsEscape` names, in every lane.
    @Test func vectorLanesMatchTheByteTest() {
        for byte in UInt8.min...UInt8.max {
            for lane in 0..<ByteVectors.width {
                var block = ByteVectors.splat(UInt8(ascii: "a"))
                block[lane] = byte
                #expect(ByteVectors.firstLane(JSONEscaping.specialLanes(block)) == (JSONEscaping.needsEscape(byte) ? lane : nil))
            }
        }
    }

    @Test func everyControlByteAloneAndTogether() {
        let controls = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        for control in controls {
            #expect(Self.escaped(control) == Self.reference(control))
        }
        let all = controls.joined()
        #expect(Self.escaped(all) == Self.reference(all))
        #expect(Self.escaped(all + all + all) == Self.reference(all + all + all))
    }

    @Test(arguments: specials + lookalikes)
    func oneCharacterAtEachOffset(_ character: Character) {
        for length in 0...40 {
            for offset in 0...length {
                var text = String(repeating: "a", count: length)
                text.insert(character, at: text.index(text.startIndex, offsetBy: offset))
                #expect(Self.escaped(text) == Self.reference(text), "length \(length), offset \(offset)")
            }
        }
    }

    @Test func twoSpecialsAtEachPairOfOffsets() {
        for first in 0..<24 {
            for second in first..<24 {
                var bytes = Array(repeating: UInt8(ascii: "x"), count: 24)
                bytes[first] = 0x22
                bytes[second] = 0x0A
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(Self.escaped(text) == Self.reference(text), "\(first), \(second)")
            }
        }
    }

    @Test func longAndMixedStrings() {
        let mixed = "Zie \"www.a.nl\\x\".\r\nÉén\ttwee\u{1F}\u{2028}€ 🏖/\u{7F}"
        for text in ["", "a", mixed, String(repeating: mixed, count: 200), String(repeating: "é", count: 5000),
                     String(repeating: "\"", count: 1000), String(repeating: "plain text ", count: 3000) + "\""] {
            #expect(Self.escaped(text) == Self.reference(text))
        }
    }

    /// Escaping works byte by byte: two strings escaped one after the other are the
    /// escape of the joined string (what `JSONStream.string(joining:separator:)` relies on).
    @Test func escapesOfPartsJoin() {
        let parts = ["Eerste\\", "", "\"Derde\"\r", String(repeating: "x", count: 17)]
        let joined = JSONBuffer.bytes(capacity: 0) { buffer in
            for part in parts { buffer.appendEscaped(part) }
        }
        #expect(joined == Self.reference(parts.joined()))
    }
}
