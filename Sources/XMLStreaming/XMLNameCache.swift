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

    /// The cached name for libxml2's `localName` and namespace `uri` pointers, if any.
    func cached(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) -> XMLName? {
        let localKey = UInt(bitPattern: localName)
        let uriKey = UInt(bitPattern: uri)
        let home = Self.home(localKey, uriKey)
        for probe in 0..<Self.probes {
            let slot = (home + probe) & (Self.slotCount - 1)
            if localKeys[slot] == localKey, uriKeys[slot] == uriKey, Self.matches(localName, bytes[slot]) {
                return names[slot]
            }
        }
        return nil
    }

    /// Remembers `name` for the pointers: in a free slot near its home, else in the home slot.
    mutating func insert(_ name: XMLName, localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) {
        let localKey = UInt(bitPattern: localName)
        let uriKey = UInt(bitPattern: uri)
        let home = Self.home(localKey, uriKey)
        let slot = (0..<Self.probes).lazy.map { (home + $0) & (Self.slotCount - 1) }.first { localKeys[$0] == 0 } ?? home
        localKeys[slot] = localKey
        uriKeys[slot] = uriKey
        bytes[slot] = Array(name.localName.utf8)
        names[slot] = name
    }

    /// Fibonacci hashing of both pointers: the top bits of the product pick the slot.
    private static func home(_ localKey: UInt, _ uriKey: UInt) -> Int {
        let mixed = (UInt64(localKey) &+ UInt64(uriKey) &* 31) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> slotShift)
    }

    /// Whether the NUL-terminated `cString` holds exactly `bytes`.
    private static func matches(_ cString: UnsafePointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { expected in
            for index in expected.indices where cString[index] != expected[index] { return false }
            return cString[expected.count] == 0
        }
    }
}
