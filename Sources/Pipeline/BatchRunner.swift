import Foundation
import IngestCore
public import NormalizedJSON

/// The tool's version: part of every conversion's fingerprint, so a new version reconverts.
public enum ToolVersion {
    public static let current = "0.2.0"
}

/// How one run is invoked on top of its pipeline file.
public struct BatchOptions: Sendable {
    /// Reconvert everything, whatever the state says.
    public var force = false
    /// This machine's shard (`index` of `count`), or nil for all inputs.
    public var shard: (index: Int, count: Int)?
    /// Workers; overrides the pipeline's `jobs` when set. 0 = one per core.
    public var jobs: Int?
    public var quiet = false

    public init() {}
}

/// What a run did.
public struct RunSummary: Sendable {
    public var pipeline: String
    public var inputs = 0
    public var converted = 0
    public var skipped = 0
    public var failed = 0
    public var failuresByCode: [String: Int] = [:]
    public var removed = 0
    /// Inputs whose last conversion failed, including unchanged ones skipped this run.
    public var failing = 0
    public var seconds = 0.0

    /// The summary as JSON (`summary.json` next to the outputs).
    public var json: JSONValue {
        [
            "pipeline": .string(pipeline), "inputs": .int(inputs), "converted": .int(converted),
            "skipped": .int(skipped), "failed": .int(failed), "removed": .int(removed), "failing": .int(failing),
            "failuresByCode": .object(failuresByCode.mapValues(JSONValue.int)),
            "seconds": .string(String(format: "%.3f", seconds)), "toolVersion": .string(ToolVersion.current),
        ]
    }
}

/// Runs a pipeline: discovers inputs, converts the new and changed ones on all cores (one
/// document per worker), and rebuilds the derived outputs. Incremental — an input whose
/// content, sidecar, tool version and options are unchanged is skipped — and resumable:
/// every document's JSON is written whole (temporary file, then rename) and recorded in
/// the state database in its own transaction, and JSONL and SQLite are rebuilt whole at
/// the end, so a run killed at any point and started again ends as an uninterrupted one.
public enum BatchRunner {
    private enum Outcome: Sendable {
        case converted, skipped, failed(code: String, message: String)
    }

    public static func run(_ configuration: PipelineConfiguration, options: BatchOptions,
                           progress: ProgressReporter) throws -> RunSummary {
        let discovered = try InputDiscovery.discover(configuration.inputs)
        let inputs = options.shard.map { InputDiscovery.shard(discovered, index: $0.index, count: $0.count) } ?? discovered
        let layout = OutputLayout(root: configuration.outputRoot)
        try FileManager.default.createDirectory(atPath: layout.jsonFolder, withIntermediateDirectories: true)
        let state = try RunState(path: layout.statePath)
        let previous = try state.entries()

        var summary = RunSummary(pipeline: configuration.name)
        summary.inputs = inputs.count
        progress.begin(total: inputs.count)
        let converter = DocumentConverter(limits: configuration.limits, profile: configuration.profile)
        let optionsKey = ToolVersion.current + "|" + configuration.optionsFingerprint

        let outcomes = ConcurrentResults<Outcome>(count: inputs.count)
        let workers = resolveJobs(options.jobs ?? configuration.jobs)
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: inputs.count) {
                let outcome = process(inputs[index], converter: converter, optionsKey: optionsKey, force: options.force,
                                      previous: previous[inputs[index].key], layout: layout, state: state,
                                      sidecars: configuration.sidecars)
                outcomes.set(index, outcome)
                if case .failed = outcome { progress.advance(failed: true) } else { progress.advance(failed: false) }
            }
        }
        progress.finish()

        for outcome in outcomes.values {
            switch outcome {
            case .converted: summary.converted += 1
            case .skipped: summary.skipped += 1
            case .failed(let code, _):
                summary.failed += 1
                summary.failuresByCode[code, default: 0] += 1
            case nil: break
            }
        }

        let current = Set(inputs.map(\.key))
        if configuration.removeMissing {
            let gone = previous.keys.filter { key in
                !current.contains(key) && (options.shard.map { InputDiscovery.fnv1a(key) % UInt64($0.count) == UInt64($0.index) } ?? true)
            }
            for key in gone { try? FileManager.default.removeItem(atPath: layout.jsonPath(for: key)) }
            try state.remove(keys: gone)
            summary.removed = gone.count
        }

        summary.failing = try writeDerivedOutputs(configuration, layout: layout, state: state, keys: inputs.map(\.key))
        summary.seconds = progress.elapsed
        try OutputLayout.writeAtomically(Data(JSONWriter.write(summary.json)), to: layout.summaryPath)
        return summary
    }

    private static func resolveJobs(_ jobs: Int) -> Int {
        jobs > 0 ? jobs : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Reads, fingerprints and, unless unchanged, converts one input.
    private static func process(_ input: DiscoveredInput, converter: DocumentConverter, optionsKey: String, force: Bool,
                                previous: RunState.Entry?, layout: OutputLayout, state: RunState, sidecars: Bool) -> Outcome {
        let outputPath = layout.jsonPath(for: input.key)
        let outcome: Outcome
        var fingerprint: String?
        do {
            let bytes = try DocumentConverter.readInput(input.path, limits: converter.limits)
            let sidecar = sidecars ? Sidecar.read(for: input.path) : nil
            let key = DocumentConverter.sha256(bytes) + "|" + (sidecar?.sha256 ?? "-") + "|" + optionsKey
            fingerprint = key
            if !force, let previous, previous.fingerprint == key,
               previous.status == "failed" || FileManager.default.fileExists(atPath: outputPath) {
                return .skipped
            }
            if let problem = sidecar?.problem {
                throw IngestError(.inputUnreadable, "sidecar metadata \(problem)")
            }
            let json = try converter.convert(bytes: bytes, fileName: URL(fileURLWithPath: input.path).lastPathComponent,
                                             tk: sidecar?.value ?? .null)
            try OutputLayout.writeAtomically(Data(json), to: outputPath)
            outcome = .converted
        } catch let error as IngestError {
            try? FileManager.default.removeItem(atPath: outputPath)
            outcome = .failed(code: error.code.rawValue, message: error.description)
        } catch {
            try? FileManager.default.removeItem(atPath: outputPath)
            outcome = .failed(code: ErrorCode.internalError.rawValue, message: "\(error)")
        }
        var code: String?
        var message: String?
        if case .failed(let failedCode, let failedMessage) = outcome {
            code = failedCode
            message = failedMessage
            FileHandle.standardError.write(Data("\(input.path): \(failedMessage)\n".utf8))
        }
        let recorded = fingerprint ?? unreadFingerprint(input, optionsKey: optionsKey)
        try? state.record(key: input.key, fingerprint: recorded, errorCode: code, errorMessage: message)
        return outcome
    }

    /// The fingerprint of an input that could not be read as a whole (e.g. too large).
    private static func unreadFingerprint(_ input: DiscoveredInput, optionsKey: String) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: input.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "unread:\(size):\(modified)|" + optionsKey
    }

    /// JSONL, SQLite and the error log, rebuilt from the per-document JSON of the current
    /// inputs in key order, each written whole and renamed into place. Returns how many
    /// inputs are failing.
    private static func writeDerivedOutputs(_ configuration: PipelineConfiguration, layout: OutputLayout,
                                            state: RunState, keys: [String]) throws -> Int {
        let entries = try state.entries()
        var documents: [(key: String, json: Data)] = []
        var failures: [(key: String, code: String, message: String)] = []
        for key in keys.sorted() {
            guard let entry = entries[key] else { continue }
            if entry.status == "failed" {
                failures.append((key, entry.errorCode ?? ErrorCode.internalError.rawValue, entry.errorMessage ?? ""))
            } else if let json = FileManager.default.contents(atPath: layout.jsonPath(for: key)) {
                documents.append((key, json))
            }
        }
        if let jsonl = configuration.jsonl {
            var lines = Data()
            for document in documents {
                guard let object = try? JSONSerialization.jsonObject(with: document.json) else { continue }
                lines.append(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
                lines.append(0x0A)
            }
            try OutputLayout.writeAtomically(lines, to: layout.path(jsonl))
        }
        if let sqlite = configuration.sqlite {
            try AnalyticsDatabase.write(path: layout.path(sqlite), documents: documents, failures: failures)
        }
        var errorLog = Data()
        for failure in failures {
            errorLog.append(Data(JSONWriter.write(["input": .string(failure.key), "code": .string(failure.code),
                                                   "message": .string(failure.message)]).filter { $0 != 0x0A }))
            errorLog.append(0x0A)
        }
        try OutputLayout.writeAtomically(errorLog, to: layout.errorLogPath)
        return failures.count
    }
}

/// Where a pipeline's outputs live under its root.
struct OutputLayout: Sendable {
    let root: String

    var jsonFolder: String { path("json") }
    var statePath: String { path(".tkingest-state.sqlite") }
    var summaryPath: String { path("summary.json") }
    var errorLogPath: String { path("errors.jsonl") }

    func path(_ relative: String) -> String {
        URL(fileURLWithPath: root).appendingPathComponent(relative).path
    }

    /// `json/<key without extension>.json`: the JSON tree mirrors the input tree.
    func jsonPath(for key: String) -> String {
        URL(fileURLWithPath: jsonFolder).appendingPathComponent((key as NSString).deletingPathExtension + ".json").path
    }

    /// Writes `data` to a temporary file beside `path` and renames it into place.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }
}

/// Tweede Kamer metadata next to an input: `2026D06192.json` beside `2026D06192.docx`.
struct Sidecar {
    var value: JSONValue?
    var sha256: String
    var problem: String?

    static func read(for input: String) -> Sidecar? {
        let path = (input as NSString).deletingPathExtension + ".json"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let hash = DocumentConverter.sha256([UInt8](data))
        guard let object = try? JSONSerialization.jsonObject(with: data), object is [String: Any] else {
            return Sidecar(value: nil, sha256: hash, problem: "\(path) is not a JSON object")
        }
        return Sidecar(value: JSONValue(foundation: object), sha256: hash, problem: nil)
    }
}

/// Hands out indexes to workers: 0, 1, 2, … below a limit, each once, from any thread.
public final class AtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    public init() {}

    /// The next index, or nil once `limit` is reached.
    public func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// Results written by workers into their own slots.
final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { storage[index] = value } }

    var values: [Value?] { lock.withLock { storage } }
}
