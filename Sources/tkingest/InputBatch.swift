import Foundation
import IngestCore
import Pipeline
import WordML

/// Reads inputs one after another (or on several workers, reporting in input order),
/// reporting each failure on stderr as `FILE: code: message` and going on with the rest.
struct InputBatch {
    let inputs: [String]
    let limits: Limits

    /// Calls `body` with the block model of each readable input; returns how many failed.
    func forEach(_ body: (String, WordDocument) throws -> Void) -> Int {
        forEachInput { input in try body(input, WordDocumentReader.read(path: input, limits: limits)) }
    }

    /// Calls `body` for each input path, reporting what it throws; returns how many failed.
    func forEachInput(_ body: (String) throws -> Void) -> Int {
        var failures = 0
        for input in inputs {
            do {
                try body(input)
            } catch {
                failures += 1
                Self.report(input, Self.message(for: error))
            }
        }
        return failures
    }

    /// Calls `body` for each input on `jobs` worker threads (0: one per core), one input per
    /// worker at a time, largest files first, and reports in input order exactly as ``forEachInput(_:)`` does: the
    /// bytes `body` returns go to stdout, what it throws to stderr as `FILE: code: message`.
    ///
    /// Inputs with the same `serialKey` (e.g. the same output file) run one after another on
    /// one worker, in input order, so the last still wins. Each worker owns the `State` that
    /// `makeState` creates (e.g. a clock); all states come back with the failure count.
    func forEachInput<State>(
        jobs: Int, serialKey: (String) -> String, makeState: @Sendable () -> State,
        _ body: @Sendable (String, inout State) throws -> Data?
    ) -> (failures: Int, states: [State]) {
        var grouped: [[Int]] = []
        var groupOfKey: [String: Int] = [:]
        for (index, input) in inputs.enumerated() {
            let key = serialKey(input)
            if let group = groupOfKey[key] {
                grouped[group].append(index)
            } else {
                groupOfKey[key] = grouped.count
                grouped.append([index])
            }
        }
        // Largest inputs first (by file size): the batch ends when the last worker does, and
        // a big document taken last would leave the other workers idle. Output order is
        // still input order (the reporter waits for earlier inputs).
        let sizes = grouped.map { group in group.reduce(0) { $0 + Self.fileSize(self.inputs[$1]) } }
        let groups = grouped.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }.map { grouped[$0] }
        let inputs = inputs
        let workers = max(1, min(jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount, groups.count))
        let reporter = OrderedReporter(inputs: inputs)
        let next = AtomicCounter()
        let states = WorkerStates<State>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var state = makeState()
            while let group = next.take(below: groups.count) {
                for index in groups[group] {
                    do {
                        reporter.finish(index, .success(try body(inputs[index], &state)))
                    } catch {
                        reporter.finish(index, .failure(Self.message(for: error)))
                    }
                }
            }
            states.set(worker, state)
        }
        return (reporter.failures, states.values)
    }

    /// The size of the file at `path` in bytes; 0 when it cannot be read (it fails later).
    static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// `code: message` of a failure: an ``IngestError`` as it describes itself, anything
    /// else as an internal error.
    static func message(for error: any Error) -> String {
        if let error = error as? IngestError { return error.description }
        return "\(ErrorCode.internalError.rawValue): \(error)"
    }

    static func report(_ input: String, _ message: String) {
        FileHandle.standardError.write(Data("\(input): \(message)\n".utf8))
    }
}

/// Prints the results of inputs finished in any order as soon as all earlier inputs are
/// printed: stdout bytes, or the failure on stderr. Holds only what waits for its turn.
private final class OrderedReporter: @unchecked Sendable {
    enum Result {
        case success(Data?)
        case failure(String)
    }

    private let lock = NSLock()
    private let inputs: [String]
    private var pending: [Result?]
    private var nextToPrint = 0
    private var failed = 0

    init(inputs: [String]) {
        self.inputs = inputs
        pending = Array(repeating: nil, count: inputs.count)
    }

    var failures: Int { lock.withLock { failed } }

    func finish(_ index: Int, _ result: Result) {
        lock.withLock {
            pending[index] = result
            while nextToPrint < pending.count, let ready = pending[nextToPrint] {
                pending[nextToPrint] = nil
                switch ready {
                case .success(let data?): FileHandle.standardOutput.write(data)
                case .success(nil): break
                case .failure(let message):
                    failed += 1
                    InputBatch.report(inputs[nextToPrint], message)
                }
                nextToPrint += 1
            }
        }
    }
}

/// Each worker's state, stored in its own slot when the worker ends.
private final class WorkerStates<State>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [State?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ state: State) { lock.withLock { storage[index] = state } }

    var values: [State] { lock.withLock { storage.compactMap { $0 } } }
}

/// Writes output files whole or not at all.
enum OutputFile {
    private static let directoryLock = NSLock()
    private static let processID = getpid()

    /// `DIR/<input base name without extension><suffix>`, with `DIR` resolved against the
    /// working folder as `URL` resolves it.
    static func path(for input: String, in directory: String, suffix: String) -> String {
        // A plain name needs no `URL` (each made from a path costs a `stat`), and the folder is
        // resolved once per run.
        guard let name = DocumentConverter.plainFileName(of: input), let base = withoutPlainExtension(name) else {
            let base = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
            return URL(fileURLWithPath: directory).appendingPathComponent(base + suffix).path
        }
        let folder = ResolvedFolders.shared.path(of: directory)
        return folder + (folder.hasSuffix("/") ? "" : "/") + String(base) + suffix
    }

    /// `name` without its extension when the extension is ASCII letters and digits (or there
    /// is none), as `URL.deletingPathExtension` gives it; nil otherwise.
    private static func withoutPlainExtension(_ name: Substring) -> Substring? {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return name }
        let fileExtension = name.utf8[name.utf8.index(after: dot)...]
        guard !fileExtension.isEmpty,
              fileExtension.allSatisfy({ DocumentConverter.isPlainNameByte($0) && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "_") })
        else { return nil }
        return name[..<dot]
    }

    /// Writes `bytes` to a temporary file next to `path`, then renames it into place: a reader
    /// sees the old file or the whole new one, never a part. Not fsynced — the rename gives
    /// atomicity, and a power cut costs at most a re-run of `convert` (`tkingest run` keeps
    /// its fsynced writes: its run state records documents as done; docs/decisions.md).
    /// The folder is created (with its parents) only when the temporary file cannot be.
    static func write(_ bytes: some ContiguousBytes, to path: String) throws {
        let (folder, name) = split(path)
        // Same-named outputs are written by one worker after another, so pid + name is unique.
        let temporary = (folder.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "") + ".\(name).\(processID).tmp"
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC
        var descriptor = open(temporary, flags, 0o644)
        if descriptor < 0, let folder {
            // One thread at a time: workers of `convert --jobs` may create the same folder at once.
            try directoryLock.withLock {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            descriptor = open(temporary, flags, 0o644)
        }
        guard descriptor >= 0 else { throw OutputWriteError(path: path, errno: errno) }
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw OutputWriteError(path: path, errno: failure)
        }
    }

    /// The folder of `path` (nil: the working folder) and its last component.
    private static func split(_ path: String) -> (folder: String?, name: String) {
        guard !path.hasSuffix("/") else {
            // Not a file's path; as `URL` reads it, so that the write fails as it always did.
            let url = URL(fileURLWithPath: path)
            return (url.deletingLastPathComponent().path, url.lastPathComponent)
        }
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (nil, path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.utf8.index(after: slash)...]))
    }
}

/// Output folders as `URL(fileURLWithPath:)` resolves them, each resolved once.
private final class ResolvedFolders: @unchecked Sendable {
    static let shared = ResolvedFolders()
    private let lock = NSLock()
    private var paths: [String: String] = [:]

    func path(of folder: String) -> String {
        lock.withLock {
            if let path = paths[folder] { return path }
            let path = URL(fileURLWithPath: folder).path
            paths[folder] = path
            return path
        }
    }
}

/// An output file that could not be written, with the system's reason.
struct OutputWriteError: Error, CustomStringConvertible {
    let path: String
    let errno: Int32

    var description: String { "cannot write \(path): \(String(cString: strerror(errno)))" }
}

/// The block model as deterministic JSON: sorted keys, unescaped slashes, pretty printed.
enum BlockJSON {
    static func encode(_ document: WordDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }
}
