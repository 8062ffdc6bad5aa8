internal import CLibZip
import IngestCore

/// One entry of a zip archive, as libzip reports it.
struct ZipEntry: Sendable {
    let index: UInt64
    /// The entry name, decoded to UTF-8 (libzip lets an Info-ZIP Unicode Path field win).
    let name: String
    let compressedSize: Int
    let uncompressedSize: Int
    /// The CRC-32 the zip directory records for the inflated bytes.
    let crc32: UInt32
}

/// A zip archive held in memory and read with libzip. Owns the libzip handles and the
/// buffer they read from; frees them on every path. This is the only file that sees libzip.
final class ZipArchive {
    private let buffer: UnsafeMutableRawBufferPointer
    private let archive: OpaquePointer
    let entries: [ZipEntry]

    /// Opens an archive over a copy of `bytes`.
    /// - Throws: `zip-corrupt` when libzip cannot read the central directory.
    init(bytes: UnsafeRawBufferPointer) throws(IngestError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        if let base = bytes.baseAddress, !bytes.isEmpty {
            buffer.baseAddress?.copyMemory(from: base, byteCount: bytes.count)
        }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(bytes.count), 0, &error) else {
            buffer.deallocate()
            throw IngestError(.internalError, "libzip could not create a source: \(Self.message(&error))")
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            buffer.deallocate()
            throw Self.openError(&error)
        }
        self.buffer = buffer
        self.archive = archive
        var entries: [ZipEntry] = []
        let count = zip_get_num_entries(archive, 0)
        var stat = zip_stat_t()
        for index in 0..<zip_uint64_t(max(count, 0)) {
            guard let decoded = zip_get_name(archive, index, zip_flags_t(ZIP_FL_ENC_GUESS)) else { continue }
            let name = String(cString: decoded)
            zip_stat_init(&stat)
            guard zip_stat_index(archive, index, 0, &stat) == 0 else { continue }
            entries.append(ZipEntry(
                index: index,
                name: name,
                compressedSize: Int(clamping: stat.comp_size),
                uncompressedSize: Int(clamping: stat.size),
                crc32: stat.crc
            ))
        }
        self.entries = entries
    }

    deinit {
        zip_discard(archive)
        buffer.deallocate()
    }

    /// Streams the inflated bytes of `entry` to `body` in chunks of at most `chunkSize`.
    ///
    /// Reads until libzip reports the end, so CRC and size are verified; stops with
    /// `zip-corrupt` when the entry inflates past its declared size, and with
    /// `limit-exceeded` past `maxBytes` or the compression ratio limit.
    func read(
        _ entry: ZipEntry,
        chunkSize: Int,
        maxBytes: Int,
        limits: Limits,
        body: (UnsafeRawBufferPointer) throws(IngestError) -> Void
    ) throws(IngestError) -> Int {
        guard let file = zip_fopen_index(archive, entry.index, 0) else {
            throw Self.entryError(zip_get_error(archive), entry: entry)
        }
        defer { zip_fclose(file) }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: max(chunkSize, 1), alignment: 16)
        defer { chunk.deallocate() }
        var total = 0
        while true {
            let count = zip_fread(file, chunk.baseAddress, zip_uint64_t(chunk.count))
            if count < 0 { throw Self.entryError(zip_file_get_error(file), entry: entry) }
            if count == 0 { break }
            total += Int(count)
            if total > entry.uncompressedSize {
                throw IngestError(.zipCorrupt, "entry \(entry.name) inflates past its declared size of \(entry.uncompressedSize) bytes")
            }
            if total > maxBytes {
                // maxBytes is the smaller of the part limit and what the document total leaves.
                let limit = maxBytes == limits.maxPartBytes
                    ? "limit maxPartBytes"
                    : "limit maxTotalBytes: \(limits.maxTotalBytes) bytes for all parts of the document"
                throw IngestError(.limitExceeded, "entry \(entry.name) is larger than \(maxBytes) bytes uncompressed (\(limit))")
            }
            if total > limits.ratioCheckFloorBytes, total / max(entry.compressedSize, 1) > limits.maxCompressionRatio {
                throw IngestError(.limitExceeded, "entry \(entry.name) inflates more than \(limits.maxCompressionRatio):1 (limit maxCompressionRatio)")
            }
            try body(UnsafeRawBufferPointer(start: chunk.baseAddress, count: Int(count)))
        }
        return total
    }

    // MARK: - Errors

    private static func message(_ error: UnsafeMutablePointer<zip_error_t>) -> String {
        zip_error_strerror(error).map { String(cString: $0) } ?? "unknown libzip error"
    }

    private static func openError(_ error: UnsafeMutablePointer<zip_error_t>) -> IngestError {
        let code = zip_error_code_zip(error)
        let text = message(error)
        switch code {
        case ZIP_ER_NOZIP:
            return IngestError(.zipCorrupt, "no zip central directory found (truncated or damaged file): \(text)")
        case ZIP_ER_INCONS:
            return IngestError(.zipCorrupt, "inconsistent zip archive: \(text)")
        case ZIP_ER_MEMORY:
            return IngestError(.limitExceeded, "out of memory opening the archive: \(text)")
        default:
            return IngestError(.zipCorrupt, "cannot open the zip archive: \(text)")
        }
    }

    private static func entryError(_ error: UnsafeMutablePointer<zip_error_t>?, entry: ZipEntry) -> IngestError {
        guard let error else { return IngestError(.zipCorrupt, "cannot read entry \(entry.name)") }
        let text = message(error)
        switch zip_error_code_zip(error) {
        case ZIP_ER_COMPNOTSUPP:
            return IngestError(.zipUnsupported, "entry \(entry.name) uses an unsupported compression method: \(text)")
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD:
            return IngestError(.encryptedDocument, "entry \(entry.name) is encrypted (a password-protected zip): \(text)")
        case ZIP_ER_CRC:
            return IngestError(.zipCorrupt, "entry \(entry.name) fails its CRC check: \(text)")
        case ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA:
            return IngestError(.zipCorrupt, "entry \(entry.name) has corrupt compressed data: \(text)")
        default:
            return IngestError(.zipCorrupt, "cannot read entry \(entry.name): \(text)")
        }
    }
}
