/// Resolves libxml2's element names to ``XMLName`` values, once per distinct name.
///
/// libxml2 interns element and namespace names in its per-parser dictionary, so the same
/// pair of pointers comes back for every `w:p` of a part. The cache is a small open-addressed
/// table keyed by that pair and checks the name's bytes on every hit, so a pointer that is
/// reused for a different name can never return the wrong ``XMLName``. A class with raw
/// key storage: a look-up on every start and end tag does no reference counting.
final class XMLNameCache {
    private static let slotCount = 256
    private static let slotShift: UInt64 = 56  // 64 - log2(slotCount)
    private static let probes = 4
    private static let arenaCapacity = 64 << 10

    /// Per slot: the two pointers (0 = empty) and where the name's bytes are in ``arena``.
    /// Only ``localKeys`` is initialized up front: a slot's other fields are written when
    /// the slot is filled and read only when its local key matches, which an empty slot's
    /// 0 never does. A document opens ~9 parts, many tiny, so setting up and tearing down
    /// full tables (256 names to release) cost more than most parts' look-ups.
    private let localKeys = UnsafeMutableBufferPointer<UInt>.allocate(capacity: slotCount)
    private let uriKeys = UnsafeMutableBufferPointer<UInt>.allocate(capacity: slotCount)
    private let spans = UnsafeMutableBufferPointer<Range<Int>>.allocate(capacity: slotCount)
    /// Per slot: the name, initialized exactly in the slots whose local key is not 0.
    private let names = UnsafeMutableBufferPointer<XMLName>.allocate(capacity: slotCount)
    /// The local names' bytes, appended on every insert. A real part has a few dozen
    /// distinct names; a hostile one with millions empties the cache when it is full.
    /// Only bytes inside a slot's span are ever read, so it is left uninitialized.
    private let arena = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: arenaCapacity)
    private var arenaCount = 0

    init() {
        localKeys.initialize(repeating: 0)
    }

    deinit {
        emptySlots()
        localKeys.deallocate()
        uriKeys.deallocate()
        spans.deallocate()
        names.deallocate()
        arena.deallocate()
    }

    /// Forgets every name: releases the filled slots' names and marks every slot empty.
    private func emptySlots() {
        for slot in localKeys.indices where localKeys[slot] != 0 {
            names.deinitializeElement(at: slot)
            localKeys[slot] = 0
        }
    }

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
    func insert(_ name: XMLName, localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) {
        let length = name.localName.utf8.count
        guard length <= Self.arenaCapacity else { return }
        if arenaCount + length > Self.arenaCapacity {
            emptySlots()
            arenaCount = 0
        }
        let localKey = UInt(bitPattern: localName)
        let uriKey = UInt(bitPattern: uri)
        let home = Self.home(localKey, uriKey)
        let slot = (0..<Self.probes).lazy.map { (home + $0) & (Self.slotCount - 1) }.first { self.localKeys[$0] == 0 } ?? home
        if localKeys[slot] == 0 {
            names.initializeElement(at: slot, to: name)
        } else {
            names[slot] = name
        }
        localKeys[slot] = localKey
        uriKeys[slot] = uriKey
        let start = arenaCount
        for byte in name.localName.utf8 {
            arena[arenaCount] = byte
            arenaCount += 1
        }
        spans[slot] = start..<arenaCount
    }

    /// Fibonacci hashing of both pointers: the top bits of the product pick the slot.
    private static func home(_ localKey: UInt, _ uriKey: UInt) -> Int {
        let mixed = (UInt64(localKey) &+ UInt64(uriKey) &* 31) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> slotShift)
    }

    /// Whether the NUL-terminated `cString` holds exactly the arena's bytes in `span`.
    private func matches(_ cString: UnsafePointer<UInt8>, _ span: Range<Int>) -> Bool {
        var pointer = cString
        for index in span {
            guard pointer.pointee == arena[index] else { return false }
            pointer += 1
        }
        return pointer.pointee == 0
    }
}
