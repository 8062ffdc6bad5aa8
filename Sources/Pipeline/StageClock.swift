import Foundation

/// Per-stage time of conversions, for the benchmark (`tkingest convert --timings`): the
/// CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`) and the wall time of each
/// stage, summed over every document timed.
///
/// A value, not shared state: each worker keeps its own clock and the batch adds them up at
/// the end with ``add(_:)``, so timing needs no lock and is exact under `--jobs`.
public struct StageClock: Sendable {
    /// A timed stage.
    public enum Stage: Int, CaseIterable, Sendable {
        /// Unzip + parse into the block model (interleaved: the parser streams from the
        /// inflater), including reading the input file.
        case read
        /// Blocks → sections, items and replies.
        case segment
        /// Contract build + JSON bytes.
        case emit
        /// SHA-256 of the input.
        case hash
        /// Writing the output file.
        case write
        /// Opening the package and inflating the main part, bytes discarded (`floor --inflate-only`).
        case unzip
        /// Inflate + SAX2 text pass over the main part (`floor`).
        case floor
        /// The floor's text pass over every XML part `convert` reads (`floor --paired-convert`).
        case floorAllParts
        /// The whole conversion of one document, output file written (`floor --paired-convert`).
        case convert

        /// The stage's name in the timings file.
        public var name: String {
            switch self {
            case .read: "read"
            case .segment: "segment"
            case .emit: "emit"
            case .hash: "hash"
            case .write: "write"
            case .unzip: "unzip"
            case .floor: "floor"
            case .floorAllParts: "floor-all"
            case .convert: "convert"
            }
        }
    }

    private var cpu = [Double](repeating: 0, count: Stage.allCases.count)
    private var wall = [Double](repeating: 0, count: Stage.allCases.count)

    public init() {}

    /// Runs `body`, adding its thread CPU and wall time to `stage` (also when it throws).
    public mutating func time<Result, Failure: Error>(
        _ stage: Stage, _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let cpuStart = Self.now(CLOCK_THREAD_CPUTIME_ID)
        let wallStart = Self.now(CLOCK_MONOTONIC)
        defer {
            cpu[stage.rawValue] += Self.now(CLOCK_THREAD_CPUTIME_ID) - cpuStart
            wall[stage.rawValue] += Self.now(CLOCK_MONOTONIC) - wallStart
        }
        return try body()
    }

    /// Adds another clock's totals (another worker's) to these.
    public mutating func add(_ other: StageClock) {
        for index in cpu.indices {
            cpu[index] += other.cpu[index]
            wall[index] += other.wall[index]
        }
    }

    /// The thread CPU seconds spent in `stage`.
    public func cpuSeconds(_ stage: Stage) -> Double { cpu[stage.rawValue] }

    /// The wall seconds spent in `stage`.
    public func wallSeconds(_ stage: Stage) -> Double { wall[stage.rawValue] }

    /// The timings file: `stages` (each with `cpuSeconds` and `wallSeconds`), plus `extra`
    /// fields such as the document count. Sorted keys, numbers in seconds.
    public func json(stages: [Stage], extra: [String: Any]) throws -> [UInt8] {
        var object = extra
        var timed: [String: Any] = [:]
        for stage in stages {
            timed[stage.name] = ["cpuSeconds": Self.rounded(cpuSeconds(stage)), "wallSeconds": Self.rounded(wallSeconds(stage))]
        }
        object["stages"] = timed
        object["clock"] = "thread CPU (CLOCK_THREAD_CPUTIME_ID) and wall seconds, summed over documents"
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
        return [UInt8](data) + [0x0A]
    }

    /// Seconds on the monotonic clock, for wall times.
    public static func wallNow() -> Double { now(CLOCK_MONOTONIC) }

    /// CPU seconds of the whole process so far, all threads.
    public static func processCPUSeconds() -> Double { now(CLOCK_PROCESS_CPUTIME_ID) }

    /// Seconds on `clock` (monotonic, thread or process CPU time).
    private static func now(_ clock: clockid_t) -> Double {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Microsecond precision is plenty and keeps the file readable.
    public static func rounded(_ seconds: Double) -> Double {
        (seconds * 1e6).rounded() / 1e6
    }
}

/// A clock that may be absent: callers that do not time pass nil and pay nothing.
extension Optional where Wrapped == StageClock {
    /// Runs `body`, timing it as `stage` when there is a clock.
    public mutating func time<Result, Failure: Error>(
        _ stage: StageClock.Stage, _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        guard case .some(var clock) = self else { return try body() }
        defer { self = clock }
        return try clock.time(stage, body)
    }
}
