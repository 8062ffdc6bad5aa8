/// Resolves libxml2's element names to ``XMLName`` values, once per distinct name.
///
/// libxml2 interns element and namespace names in its per-parser dictionary, so the same
/// pair of pointers comes back for every `w:p` of a part. The cache is a small open-addressed
/// table keyed by that pair and checks the name's bytes on every hit, so a pointer that is reused for a
/// different name can never return the wrong ``XMLName``.
struct XMLNameCache {
    private static let slotCount = 1024
    private static let slotShift: UInt64 = 54  // 64 - log2(slotCount)
    private static let probes = 4

    /// Per slot: the two pointers (0 = empty), the name's bytes and the name.
    private var localKeys = [UInt](repeating: 0, count: slotCount)
    private var uriKeys = [UInt](repeating: 0, count: slotCount)
    private var bytes = [[UInt8]](repeating: [], count: slotCount)
    private var names = [XMLName](repeating: XMLName(.none, ""), count: slotCount)

    /// The name for libxml2's `localName` and namespace `uri` pointers; `make` builds it on a miss.
    mutating func name(
        localName: UnsafePointer<UInt8>,
        uri: UnsafePointer<UInt8>?,
        make: (UnsafePointer<UInt8>, UnsafePointer<UInt8>?) -> XMLName
    ) -> XMLName {
        let localKey = UInt(bitPattern: localName)
        let uriKey = UInt(bitPattern: uri)
        // Fibonacci hashing of both pointers: the top bits of the product pick the slot.
        let mixed = (UInt64(localKey) &+ UInt64(uriKey) &* 31) &* 0x9E37_79B9_7F4A_7C15
        let home = Int(truncatingIfNeeded: mixed >> Self.slotShift)
        // Linear probing over a few slots; a full neighbourhood evicts the home slot.
        var free: Int?
        for probe in 0..<Self.probes {
            let slot = (home + probe) & (Self.slotCount - 1)
            if localKeys[slot] == 0 { free = free ?? slot; continue }
            if localKeys[slot] == localKey, uriKeys[slot] == uriKey, Self.matches(localName, bytes[slot]) {
                return names[slot]
            }
        }
        let name = make(localName, uri)
        let slot = free ?? home
        localKeys[slot] = localKey
        uriKeys[slot] = uriKey
        bytes[slot] = Array(name.localName.utf8)
        names[slot] = name
        return name
    }

    /// Whether the NUL-terminated `cString` holds exactly `bytes`.
    private static func matches(_ cString: UnsafePointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { expected in
            for index in expected.indices where cString[index] != expected[index] { return false }
            return cString[expected.count] == 0
        }
    }
}
