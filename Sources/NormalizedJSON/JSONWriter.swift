/// Writes a ``JSONValue`` as UTF-8 bytes: keys sorted by their UTF-8 bytes, two-space
/// indentation, `/` not escaped, control characters as `\uXXXX`. Deterministic: equal
/// values give byte-identical output.
public enum JSONWriter {
    /// The JSON text of `value`, ending with a newline.
    public static func write(_ value: JSONValue) -> [UInt8] {
        JSONBuffer.bytes(capacity: 64 * 1024) { output in
            write(value, indent: 0, into: &output)
            output.append(0x0A)
        }
    }

    /// Appends `value` as it appears nested `indent` levels deep (no trailing newline).
    static func write(_ value: JSONValue, indent: Int, into output: inout JSONBuffer) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .int(let number): output.appendDecimal(number)
        case .string(let text): output.appendString(text)
        case .array(let elements):
            guard !elements.isEmpty else { output.append("[]"); return }
            output.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(0x2C) }
                newline(indent + 1, into: &output)
                write(element, indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else { output.append("{}"); return }
            output.append(0x7B)
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { output.append(0x2C) }
                newline(indent + 1, into: &output)
                output.appendString(key)
                output.append(": ")
                write(members[key] ?? .null, indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output.append(0x7D)
        }
    }

    private static func newline(_ indent: Int, into output: inout JSONBuffer) {
        output.append(0x0A)
        for _ in 0..<indent { output.append("  ") }
    }
}
