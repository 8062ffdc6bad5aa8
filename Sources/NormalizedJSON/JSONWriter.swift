import IngestCore

/// Writes a ``JSONValue`` as UTF-8 bytes: keys sorted by their UTF-8 bytes, two-space
/// indentation, `/` not escaped, control characters as `\uXXXX`. Deterministic: equal
/// values give byte-identical output.
public enum JSONWriter {
    /// The JSON text of `value`, ending with a newline.
    public static func write(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(64 * 1024)
        write(value, indent: 0, into: &output)
        output.append(0x0A)
        return output
    }

    /// Appends `value` as it appears nested `indent` levels deep (no trailing newline).
    static func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else { output.append(contentsOf: [0x5B, 0x5D]); return }
            output.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(0x2C) }
                newline(indent + 1, into: &output)
                write(element, indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else { output.append(contentsOf: [0x7B, 0x7D]); return }
            output.append(0x7B)
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { output.append(0x2C) }
                newline(indent + 1, into: &output)
                writeString(key, into: &output)
                output.append(contentsOf: [0x3A, 0x20])
                write(members[key] ?? .null, indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output.append(0x7D)
        }
    }

    private static func newline(_ indent: Int, into output: inout [UInt8]) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes `text` quoted.
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(0x22)
        writeEscaped(text, into: &output)
        output.append(0x22)
    }

    /// Writes `text` escaped but without quotes: runs of bytes that need no escape are
    /// copied in one go. Escaping works byte by byte, so the escapes of two strings
    /// written one after the other are the escape of the joined string.
    static func writeEscaped(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var copied = 0
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time while none needs an escape.
                if index + 8 <= bytes.count {
                    let block = ByteBlocks.load(base, at: index)
                    if !ByteBlocks.containsLess(block, than: 0x20), !ByteBlocks.contains(block, 0x22),
                       !ByteBlocks.contains(block, 0x5C) {
                        index += 8
                        continue
                    }
                }
                let byte = base[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    writeEscape(byte, into: &output)
                    copied = index + 1
                }
                index += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }

    /// The escape sequence of a quote, backslash or control character.
    private static func writeEscape(_ byte: UInt8, into output: inout [UInt8]) {
        output.append(0x5C)
        switch byte {
        case 0x22, 0x5C: output.append(byte)
        case 0x0A: output.append(0x6E)
        case 0x0D: output.append(0x72)
        case 0x09: output.append(0x74)
        case 0x08: output.append(0x62)
        case 0x0C: output.append(0x66)
        default:
            output.append(contentsOf: [0x75, 0x30, 0x30])
            output.append(hex[Int(byte >> 4)])
            output.append(hex[Int(byte & 0xF)])
        }
    }
}
