/// Resolves libxml2's element names to ``XMLName`` values, once per distinct name.
///
/// libxml2 interns element and namespace names in its per-parser dictionary, so the same
/// pair of pointers comes back for every `w:p` of a part. The cache is a small open-addressed
/// table keyed by that pair and checks the name's bytes on every hit, so a pointer that is reused for a
/// different name can never return the wrong ``XMLName``.
struct XMLNameCache {
    private struct Entry {
        var uri: UnsafeRawPointer?
        var localName: UnsafeRawPointer
        var bytes: [UInt8]
        var name: XMLName
    }

    private static let slotCount = 1024
    private static let slotShift: UInt64 = 54  // 64 - log2(slotCount)
    private static let probes = 4
    private var slots: [Entry?] = Array(repeating: nil, count: slotCount)

    /// The name for libxml2's `localName` and namespace `uri` pointers; `make` builds it on a miss.
    mutating func name(
        localName: UnsafePointer<UInt8>,
        uri: UnsafePointer<UInt8>?,
        make: (UnsafePointer<UInt8>, UnsafePointer<UInt8>?) -> XMLName
    ) -> XMLName {
        let localKey = UnsafeRawPointer(localName)
        let uriKey = uri.map(UnsafeRawPointer.init)
        // Fibonacci hashing of both pointers: the top bits of the product pick the slot.
        let mixed = (UInt64(UInt(bitPattern: localKey)) &+ UInt64(UInt(bitPattern: uriKey)) &* 31) &* 0x9E37_79B9_7F4A_7C15
        let home = Int(truncatingIfNeeded: mixed >> Self.slotShift)
        // Linear probing over a few slots; a full neighbourhood evicts the home slot.
        var free: Int?
        for probe in 0..<Self.probes {
            let slot = (home + probe) & (Self.slotCount - 1)
            guard let entry = slots[slot] else { free = free ?? slot; continue }
            if entry.localName == localKey, entry.uri == uriKey, Self.matches(localName, entry.bytes) {
                return entry.name
            }
        }
        let name = make(localName, uri)
        slots[free ?? home] = Entry(uri: uriKey, localName: localKey, bytes: Array(name.localName.utf8), name: name)
        return name
    }

    /// Whether the NUL-terminated `cString` holds exactly `bytes`.
    private static func matches(_ cString: UnsafePointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        for index in bytes.indices where cString[index] != bytes[index] { return false }
        return cString[bytes.count] == 0
    }
}
