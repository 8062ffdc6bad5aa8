import Synchronization
import IngestCore
import DocxPackage

/// What `styles.xml` says, before a ``StyleSheet`` resolves it.
struct StylesContent: Sendable, Equatable {
    var styles: [String: Style]
    var defaultRunFormatting: RunFormatting
    var defaultLanguage: String?
}

/// The styles parts of recent documents, shared by all workers of the process. Documents
/// made from one template carry byte-identical `styles.xml`, and reading them again is
/// about a tenth of converting a typical attachment.
///
/// An entry is used only for a part whose bytes are equal to the cached part's and that
/// is read under equal limits, so a hit gives exactly what parsing would. Every document
/// gets a ``StyleSheet`` of its own: the lazily filled caches of one never leak into
/// another. Bounded: a few entries of small parts.
enum StylesCache {
    private struct Entry {
        let fingerprint: PartFingerprint
        let limits: Limits
        let bytes: [UInt8]
        let content: StylesContent
    }

    /// Entries kept, most recently used last.
    static let capacity = 8
    /// Larger styles parts are not kept.
    static let maxPartBytes = 256 * 1024

    private static let entries = Mutex<[Entry]>([])

    /// The content cached for exactly these bytes read under these limits.
    static func content(for bytes: [UInt8], fingerprint: PartFingerprint, limits: Limits) -> StylesContent? {
        entries.withLock { entries in
            guard let index = entries.firstIndex(where: {
                $0.fingerprint == fingerprint && $0.limits == limits && sameBytes($0.bytes, bytes)
            }) else { return nil }
            let entry = entries.remove(at: index)
            entries.append(entry)
            return entry.content
        }
    }

    /// Remembers what `bytes` parsed to, evicting the least recently used entry when full.
    static func store(_ content: StylesContent, for bytes: [UInt8], fingerprint: PartFingerprint, limits: Limits) {
        guard bytes.count <= maxPartBytes, bytes.count == fingerprint.size else { return }
        entries.withLock { entries in
            if entries.contains(where: { $0.fingerprint == fingerprint && $0.limits == limits && sameBytes($0.bytes, bytes) }) { return }
            if entries.count >= capacity { entries.removeFirst() }
            entries.append(Entry(fingerprint: fingerprint, limits: limits, bytes: bytes, content: content))
        }
    }

    /// Whether `first` and `second` hold the same bytes (`==` on arrays compares element by
    /// element: some 60,000 instructions for a typical styles part).
    static func sameBytes(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        first.withUnsafeBufferPointer { first in second.withUnsafeBufferPointer { ByteComparison.equal(first, $0) } }
    }
}
