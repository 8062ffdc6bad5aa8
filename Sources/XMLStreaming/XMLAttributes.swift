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
    public func value(_ localName: String, in namespace: XMLNamespace? = nil) -> String? {
        guard let storage else { return nil }
        for index in 0..<count {
            let base = storage + index * 5
            guard let name = base[0], Self.equals(name, localName) else { continue }
            if let namespace {
                let uri = base[2].map { String(cString: $0) }
                let actual = uri.map(XMLNamespace.init(uri:)) ?? .none
                if actual != namespace { continue }
            }
            guard let start = base[3], let end = base[4] else { return "" }
            let buffer = UnsafeBufferPointer(start: start, count: end - start)
            return String(decoding: buffer, as: UTF8.self)
        }
        return nil
    }

    /// The value of `localName`, parsed as an integer.
    public func int(_ localName: String, in namespace: XMLNamespace? = nil) -> Int? {
        value(localName, in: namespace).flatMap { Int($0.trimmingASCIISpaces) }
    }

    /// Whether a WordprocessingML on/off property is on: absent `w:val` means on, and
    /// `0`, `false`, `off` mean off.
    public func isOn(_ localName: String = "val") -> Bool {
        guard let raw = value(localName) else { return true }
        switch raw.trimmingASCIISpaces.lowercased() {
        case "0", "false", "off", "none": return false
        default: return true
        }
    }

    private static func equals(_ cString: UnsafePointer<UInt8>, _ string: String) -> Bool {
        var pointer = cString
        for byte in string.utf8 {
            guard pointer.pointee == byte else { return false }
            pointer += 1
        }
        return pointer.pointee == 0
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
