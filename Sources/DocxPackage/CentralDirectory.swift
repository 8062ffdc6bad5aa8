import IngestCore

/// A read of the zip central directory that libzip does not give us: raw entry names and
/// where each entry's data lies, to refuse ambiguous archives (`zip-unsafe`) whose
/// duplicate, case-colliding or overlapping entries make readers disagree on the content.
struct CentralDirectory {
    /// One central directory record.
    struct Record {
        let rawName: [UInt8]
        let localHeaderOffset: Int
        let compressedSize: Int
    }

    let records: [Record]

    /// Reads the central directory; `nil` when it cannot be found (libzip then reports why).
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard let end = Self.findEndRecord(bytes) else { return nil }
        var count = Int(Self.u16(bytes, end + 10))
        var offset = Int(Self.u32(bytes, end + 16))
        // Zip64: the locator sits 20 bytes before the end record.
        if (count == 0xFFFF || offset == 0xFFFF_FFFF), end >= 20, Self.u32(bytes, end - 20) == 0x0706_4B50 {
            let recordOffset = Int(truncatingIfNeeded: Self.u64(bytes, end - 12))
            if recordOffset >= 0, recordOffset + 56 <= bytes.count, Self.u32(bytes, recordOffset) == 0x0606_4B50 {
                count = Int(truncatingIfNeeded: Self.u64(bytes, recordOffset + 32))
                offset = Int(truncatingIfNeeded: Self.u64(bytes, recordOffset + 48))
            }
        }
        var records: [Record] = []
        var cursor = offset
        for _ in 0..<max(0, min(count, 1_000_000)) {
            guard cursor >= 0, cursor + 46 <= bytes.count, Self.u32(bytes, cursor) == 0x0201_4B50 else { break }
            let nameLength = Int(Self.u16(bytes, cursor + 28))
            let extraLength = Int(Self.u16(bytes, cursor + 30))
            let commentLength = Int(Self.u16(bytes, cursor + 32))
            var compressed = Int(Self.u32(bytes, cursor + 20))
            var local = Int(Self.u32(bytes, cursor + 42))
            guard cursor + 46 + nameLength + extraLength <= bytes.count else { break }
            let name = Array(bytes[(cursor + 46)..<(cursor + 46 + nameLength)])
            (compressed, local) = Self.zip64Values(bytes, extraAt: cursor + 46 + nameLength, length: extraLength,
                                                   uncompressed: Int(Self.u32(bytes, cursor + 24)),
                                                   compressed: compressed, local: local)
            records.append(Record(rawName: name, localHeaderOffset: local, compressedSize: compressed))
            cursor += 46 + nameLength + extraLength + commentLength
        }
        self.records = records
    }

    /// Throws `zip-unsafe` for duplicate names (also differing only in ASCII case) and for
    /// entries whose data overlap.
    func requireUnambiguous(_ bytes: UnsafeRawBufferPointer) throws(IngestError) {
        var seen = [String: String](minimumCapacity: records.count)
        for record in records {
            let name = String(decoding: record.rawName, as: UTF8.self)
            let key = name.lowercased()
            if let earlier = seen[key] {
                let how = earlier == name ? "twice" : "twice, differing only in case (\(earlier))"
                throw IngestError(.zipUnsafe, "the archive holds the entry \(name) \(how); readers disagree on which is the part")
            }
            seen[key] = name
        }
        let ordered = records.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
        for (current, next) in zip(ordered, ordered.dropFirst()) {
            let start = current.localHeaderOffset
            guard start + 30 <= bytes.count else { continue }
            let dataEnd = start + 30 + Int(Self.u16(bytes, start + 26)) + Int(Self.u16(bytes, start + 28)) + current.compressedSize
            if dataEnd > next.localHeaderOffset {
                let name = String(decoding: current.rawName, as: UTF8.self)
                throw IngestError(.zipUnsafe, "the data of entry \(name) overlaps the next entry (an overlapping-entry zip bomb)")
            }
        }
    }

    /// Throws `zip-unsafe` when an entry's Info-ZIP Unicode Path field renames it to the
    /// stored name of another entry: readers that honour the field and readers that do
    /// not would read different parts (Apache POI's CVE-2025-31672 family).
    /// - Parameter decodedNames: libzip's names, in central directory order.
    func requireConsistentNames(with decodedNames: [String]) throws(IngestError) {
        guard decodedNames.count == records.count else { return }
        let stored = records.map { String(decoding: $0.rawName, as: UTF8.self) }
        // Most archives rename no entry: only then are the stored names folded and collected.
        guard zip(stored, decodedNames).contains(where: { $0 != $1 }) else { return }
        let storedKeys = Set(stored.map { $0.lowercased() })
        for (raw, decoded) in zip(stored, decodedNames) where raw != decoded && storedKeys.contains(decoded.lowercased()) {
            throw IngestError(.zipUnsafe,
                "entry \(raw) is renamed \(decoded) by its Unicode Path field, the stored name of another entry; readers disagree on which is the part")
        }
    }

    private static func zip64Values(_ bytes: UnsafeRawBufferPointer, extraAt start: Int, length: Int,
                                    uncompressed: Int, compressed: Int, local: Int) -> (Int, Int) {
        guard compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF else { return (compressed, local) }
        var cursor = start
        while cursor + 4 <= start + length {
            let id = u16(bytes, cursor)
            let size = Int(u16(bytes, cursor + 2))
            if id == 0x0001 {
                var field = cursor + 4
                var newCompressed = compressed
                var newLocal = local
                if uncompressed == 0xFFFF_FFFF { field += 8 }
                if compressed == 0xFFFF_FFFF, field + 8 <= cursor + 4 + size {
                    newCompressed = Int(truncatingIfNeeded: u64(bytes, field)); field += 8
                }
                if local == 0xFFFF_FFFF, field + 8 <= cursor + 4 + size {
                    newLocal = Int(truncatingIfNeeded: u64(bytes, field))
                }
                return (newCompressed, newLocal)
            }
            cursor += 4 + size
        }
        return (compressed, local)
    }

    private static func findEndRecord(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var cursor = bytes.count - 22
        while cursor >= lowest {
            if u32(bytes, cursor) == 0x0605_4B50 { return cursor }
            cursor -= 1
        }
        return nil
    }

    private static func u16(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16
    }

    private static func u64(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt64 {
        UInt64(u32(bytes, at)) | UInt64(u32(bytes, at + 4)) << 32
    }
}
