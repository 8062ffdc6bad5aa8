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

    /// Per slot: the two pointers (0 = empty), where the name's bytes are in ``arena``,
    /// and the name.
    private var localKeys = [UInt](repeating: 0, count: slotCount)
    private var uriKeys = [UInt](repeating: 0, count: slotCount)
    private var spans = [Range<Int>](repeating: 0..<0, count: slotCount)
    private var names = [XMLName](repeating: XMLName(.none, ""), count: slotCount)
    /// The local names' bytes, appended on every insert. A real part has a few dozen
    /// distinct names; a hostile one with millions empties the cache when it is full.
    private var arena: [UInt8] = []
    private static let arenaCapacity = 1 << 20

    /// The cached name for libxml2's `localName` and namespace `uri` pointers, if any.
    func cached(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) -> XMLName? {
        let localKey = UInt(bitPattern: localName)
        let uriKey = UInt(bitPattern: uri)
        let home = Self.home(localKey, uriKey)
        for probe in 0..<Self.probes {
            let slot = (home + probe) & (Self.slotCount - 1)
            if localKeys[slot] == localKey, uriKeys[slot] == uriKey, matches(localName, spans[slot]) {
                return names[slot]
            }
        }
        return nil
    }

    /// Remembers `name` for the pointers: in a free slot near its home, else in the home slot.
    mutating func insert(_ name: XMLName, localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) {
        if arena.count + name.localName.utf8.count > Self.arenaCapacity {
            self = XMLNameCache()
        }
        let localKey = UInt(bitPattern: localName)
        let uriKey = UInt(bitPattern: uri)
        let home = Self.home(localKey, uriKey)
        let slot = (0..<Self.probes).lazy.map { (home + $0) & (Self.slotCount - 1) }.first { localKeys[$0] == 0 } ?? home
        localKeys[slot] = localKey
        uriKeys[slot] = uriKey
        let start = arena.count
        arena.append(contentsOf: name.localName.utf8)
        spans[slot] = start..<arena.count
        names[slot] = name
    }

    /// Fibonacci hashing of both pointers: the top bits of the product pick the slot.
    private static func home(_ localKey: UInt, _ uriKey: UInt) -> Int {
        let mixed = (UInt64(localKey) &+ UInt64(uriKey) &* 31) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> slotShift)
    }

    /// Whether the NUL-terminated `cString` holds exactly the arena's bytes in `span`.
    private func matches(_ cString: UnsafePointer<UInt8>, _ span: Range<Int>) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            var pointer = cString
            for index in span {
                guard pointer.pointee == arena[index] else { return false }
                pointer += 1
            }
            return pointer.pointee == 0
        }
    }
}
