/// Resolves libxml2's element names to ``XMLName`` values, once per distinct name.
///
/// libxml2 interns element and namespace names in its per-parser dictionary, so the same
/// pair of pointers comes back for every `w:p` of a part. The cache is direct-mapped on
/// that pair and checks the name's bytes on every hit, so a pointer that is reused for a
/// different name can never return the wrong ``XMLName``.
struct XMLNameCache {
    private struct Entry {
        var uri: UnsafeRawPointer?
        var localName: UnsafeRawPointer
        var bytes: [UInt8]
        var name: XMLName
    }

    private static let slotCount = 256
    private var slots: [Entry?] = Array(repeating: nil, count: slotCount)

    /// The name for libxml2's `localName` and namespace `uri` pointers; `make` builds it on a miss.
    mutating func name(
        localName: UnsafePointer<UInt8>,
        uri: UnsafePointer<UInt8>?,
        make: (UnsafePointer<UInt8>, UnsafePointer<UInt8>?) -> XMLName
    ) -> XMLName {
        let localKey = UnsafeRawPointer(localName)
        let uriKey = uri.map(UnsafeRawPointer.init)
        let mixed = UInt(bitPattern: localKey) &>> 4 ^ (uriKey.map { UInt(bitPattern: $0) } ?? 0) &>> 6
        let slot = Int(mixed % UInt(Self.slotCount))
        if let entry = slots[slot], entry.localName == localKey, entry.uri == uriKey,
           Self.matches(localName, entry.bytes) {
            return entry.name
        }
        let name = make(localName, uri)
        slots[slot] = Entry(uri: uriKey, localName: localKey, bytes: Array(name.localName.utf8), name: name)
        return name
    }

    /// Whether the NUL-terminated `cString` holds exactly `bytes`.
    private static func matches(_ cString: UnsafePointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        for index in bytes.indices where cString[index] != bytes[index] { return false }
        return cString[bytes.count] == 0
    }
}
