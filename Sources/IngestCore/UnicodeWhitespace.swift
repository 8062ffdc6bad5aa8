/// Unicode `White_Space` without a property look-up: the same answer as
/// `Unicode.Scalar.Properties.isWhitespace`, checked for every scalar by the tests.
public enum UnicodeWhitespace {
    /// Whether the scalar with this value is `White_Space`.
    @inlinable
    public static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether `text` has a scalar that is not `White_Space`.
    @inlinable
    public static func hasVisibleScalar(_ text: String) -> Bool {
        text.unicodeScalars.contains { !contains($0.value) }
    }
}
