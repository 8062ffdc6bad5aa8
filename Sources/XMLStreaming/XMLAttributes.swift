/// The attributes of one start tag, read lazily: values are decoded only when asked for.
///
/// Valid only during the ``XMLEventHandler/startElement(_:attributes:)`` call that
/// received it — copy out what you need.
public struct XMLAttributes {
    /// libxml2's SAX2 attribute array: per attribute 5 pointers — local name, prefix,
    /// URI, value start, value end.
    let storage: UnsafePointer<UnsafePointer<UInt8>?>?
    /// Number of attributes in ``storage``.
    public let count: Int
    /// libxml2's namespace declarations on this element: per declaration 2 pointers —
    /// prefix (nil for the default namespace) and URI.
    let declarations: UnsafePointer<UnsafePointer<UInt8>?>?
    /// How many namespaces this element declares.
    public let declarationCount: Int

    init(storage: UnsafePointer<UnsafePointer<UInt8>?>?, count: Int,
         declarations: UnsafePointer<UnsafePointer<UInt8>?>? = nil, declarationCount: Int = 0) {
        self.storage = storage
        self.count = count
        self.declarations = declarations
        self.declarationCount = declarationCount
    }

    /// The namespace declarations (`xmlns:prefix="uri"`) made on this element, as
    /// (prefix, URI) pairs; the default namespace has the prefix "".
    public var namespaceDeclarations: [(prefix: String, uri: String)] {
        guard let declarations, declarationCount > 0 else { return [] }
        return (0..<declarationCount).map { index in
            let prefix = declarations[index * 2].map { String(cString: $0) } ?? ""
            let uri = declarations[index * 2 + 1].map { String(cString: $0) } ?? ""
            return (prefix, uri)
        }
    }

    /// The value of the first attribute whose local name is `localName` and, when given,
    /// whose namespace is `namespace`.
    public func value(_ localName: StaticString, in namespace: XMLNamespace? = nil) -> String? {
        utf8Value(localName, in: namespace).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 bytes of ``value(_:in:)``, without making a `String`. They point into
    /// libxml2's buffer: valid only while this ``XMLAttributes`` is.
    ///
    /// Names are literals (`StaticString`): their bytes are at hand without the `String`
    /// access that cost more than the comparison itself (readers ask ~20,000 times per 20
    /// small documents).
    public func utf8Value(_ localName: StaticString, in namespace: XMLNamespace? = nil) -> UnsafeBufferPointer<UInt8>? {
        localName.withUTF8Buffer { utf8Value(utf8Name: $0, in: namespace) }
    }

    /// ``utf8Value(_:in:)`` for the local name's UTF-8 bytes.
    private func utf8Value(utf8Name localName: UnsafeBufferPointer<UInt8>, in namespace: XMLNamespace?) -> UnsafeBufferPointer<UInt8>? {
        guard let storage else { return nil }
        for index in 0..<count {
            let base = storage + index * 5
            guard let name = base[0], CString.spells(name, localName) else { continue }
            if let namespace {
                let uri = base[2].map { String(cString: $0) }
                let actual = uri.map(XMLNamespace.init(uri:)) ?? .none
                if actual != namespace { continue }
            }
            guard let start = base[3], let end = base[4] else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// The value of `localName`, parsed as an integer (ASCII spaces around it allowed).
    public func int(_ localName: StaticString, in namespace: XMLNamespace? = nil) -> Int? {
        guard let bytes = utf8Value(localName, in: namespace) else { return nil }
        // Plain digits, as nearly every value is, are read in place; anything else (a sign,
        // spaces, overflow) goes through `Int(String)`, which defines the result.
        if (1...18).contains(bytes.count), bytes.allSatisfy({ $0 &- 0x30 < 10 }) {
            return bytes.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
        }
        return Int(String(decoding: bytes, as: UTF8.self).trimmingASCIISpaces)
    }

    /// Whether a WordprocessingML on/off property is on: absent `w:val` means on, and
    /// `0`, `false`, `off`, `none` (any case, spaces around allowed) mean off.
    public func isOn(_ localName: StaticString = "val") -> Bool {
        guard let bytes = utf8Value(localName) else { return true }
        // ASCII letters and digits only: compared in place. Anything else takes the
        // `String` path, which defines the result.
        if bytes.allSatisfy({ ($0 | 0x20) &- 0x61 < 26 || $0 &- 0x30 < 10 }) {
            return !Self.offValues.contains { Self.equalsIgnoringASCIICase(bytes, $0) }
        }
        switch String(decoding: bytes, as: UTF8.self).trimmingASCIISpaces.lowercased() {
        case "0", "false", "off", "none": return false
        default: return true
        }
    }

    private static let offValues: [StaticString] = ["0", "false", "off", "none"]

    /// Whether `bytes` spell lower-case ASCII `word` in any case.
    private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for index in bytes.indices {
            let byte = bytes[index]
            let folded = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if folded != expected[index] { return false }
        }
        return true
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line breaks.
    public var trimmingASCIISpaces: String {
        // No space Character can start with a byte other than a space byte, nor end with an
        // ASCII byte other than one: a value with neither is returned as it is.
        let isSpaceByte = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        if let first = utf8.first, let last = utf8.last, !isSpaceByte(first), !isSpaceByte(last), last < 0x80 {
            return self
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
