import Crypto
import Foundation
public import IngestCore
public import NormalizedJSON
public import Segmentation
import WordML

/// Runs all four stages on one input: read the bytes once, hash them, unzip and parse,
/// segment, and build the contract JSON.
public struct DocumentConverter: Sendable {
    public var limits: Limits
    public var profile: Segmenter.ProfileChoice

    public init(limits: Limits = .default, profile: Segmenter.ProfileChoice = .auto) {
        self.limits = limits
        self.profile = profile
    }

    /// The contract JSON bytes of the document at `path`.
    /// - Parameter tk: Tweede Kamer metadata for the `tk` block (a sidecar), or `.null`.
    /// - Throws: ``IngestError`` with the stable code of the failure.
    public func convert(path: String, tk: JSONValue = .null) throws(IngestError) -> [UInt8] {
        var clock: StageClock?
        return try convert(path: path, tk: tk, clock: &clock)
    }

    /// The contract JSON bytes of the document at `path`, adding the time of each stage to
    /// `clock` unless it is nil (reading the file counts as `read`).
    public func convert(path: String, tk: JSONValue = .null, clock: inout StageClock?) throws(IngestError) -> [UInt8] {
        let bytes = try clock.time(.read) { () throws(IngestError) in try Self.readInput(path, limits: limits) }
        return try convert(bytes: bytes, fileName: Self.fileName(of: path), tk: tk, clock: &clock)
    }

    /// `URL(fileURLWithPath: path).lastPathComponent`, without the `stat` that making the
    /// URL costs when the name is plain (``plainFileName(of:)``).
    public static func fileName(of path: String) -> String {
        plainFileName(of: path).map(String.init) ?? URL(fileURLWithPath: path).lastPathComponent
    }

    /// The last component of `path` when it is plain — ASCII letters, digits, `-`, `_` and
    /// dots, not starting with a dot — so that `URL` gives it unchanged; nil for any other
    /// name, which only `URL` resolves faithfully.
    public static func plainFileName(of path: String) -> Substring? {
        let start = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.startIndex
        let name = path[start...]
        guard let first = name.utf8.first, first != UInt8(ascii: "."),
              name.utf8.allSatisfy({ isPlainNameByte($0) || $0 == UInt8(ascii: ".") }) else { return nil }
        return name
    }

    /// An ASCII letter or digit, `-` or `_`.
    public static func isPlainNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }

    /// The contract JSON bytes of a document held in memory.
    public func convert(bytes: [UInt8], fileName: String, tk: JSONValue = .null) throws(IngestError) -> [UInt8] {
        var clock: StageClock?
        return try convert(bytes: bytes, fileName: fileName, tk: tk, clock: &clock)
    }

    /// The contract JSON bytes of a document held in memory, adding the time of each stage
    /// to `clock` unless it is nil.
    public func convert(bytes: [UInt8], fileName: String, tk: JSONValue = .null,
                        clock: inout StageClock?) throws(IngestError) -> [UInt8] {
        var document = try clock.time(.read) { () throws(IngestError) in try WordDocumentReader.read(bytes: bytes, limits: limits) }
        // The body's blocks are needed by no stage after this one: taken, they are not copied.
        let segmented = clock.time(.segment) { Segmenter.segment(takingBlocksOf: &document, profile: profile) }
        let sha256 = clock.time(.hash) { Self.sha256(bytes) }
        return clock.time(.emit) {
            let number = tk.documentNumber ?? SourceInfo.documentNumber(inFileName: fileName)
            let source = SourceInfo(fileName: fileName, sha256: sha256, byteSize: bytes.count, documentNumber: number)
            return ContractWriter.write(source: source, document: document, segmented: segmented, tk: tk)
        }
    }

    /// Lower-case hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Reads an input file whole, refusing files over the input limit before reading.
    public static func readInput(_ path: String, limits: Limits) throws(IngestError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw IngestError(.inputUnreadable, "cannot read \(path)") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw IngestError(.inputUnreadable, "cannot read \(path)") }
        guard status.st_mode & S_IFMT != S_IFDIR else {
            throw IngestError(.inputUnreadable, "\(path) is a folder, not a file")
        }
        let size = Int(status.st_size)
        guard size <= limits.maxInputBytes else {
            throw IngestError(.inputTooLarge, "the file has \(size) bytes, more than the limit of \(limits.maxInputBytes) (maxInputBytes)")
        }
        // Up to the size stat reported; a read error gives no bytes, which the reader
        // refuses as an empty input.
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size, let base = buffer.baseAddress {
                let read = Foundation.read(descriptor, base + count, size - count)
                if read < 0, errno == EINTR { continue }
                guard read > 0 else {
                    if read < 0 { count = 0 }
                    return
                }
                count += read
            }
        }
    }
}

extension JSONValue {
    /// `documentNummer` of Tweede Kamer metadata, when present.
    var documentNumber: String? {
        guard case .object(let fields) = self, case .string(let number)? = fields["documentNummer"] else { return nil }
        return number
    }

    /// Converts a value read by `JSONSerialization`.
    public init(foundation value: Any) {
        switch value {
        case let dictionary as [String: Any]: self = .object(dictionary.mapValues(JSONValue.init(foundation:)))
        case let array as [Any]: self = .array(array.map(JSONValue.init(foundation:)))
        case let string as String: self = .string(string)
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { self = .bool(number.boolValue) }
            else if number.doubleValue == number.doubleValue.rounded(), abs(number.doubleValue) < 1e15 { self = .int(number.intValue) }
            else { self = .string(number.stringValue) }
        default: self = .null
        }
    }
}
