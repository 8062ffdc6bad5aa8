public import Foundation

/// Reports a batch run's progress on stderr: a live line on a terminal, a plain log line
/// every few seconds otherwise, nothing with `quiet`. Thread-safe.
public final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let quiet: Bool
    private let isTerminal: Bool
    private let start = Date()
    private var total = 0
    private var done = 0
    private var failed = 0
    private var lastPrint = Date.distantPast

    public init(quiet: Bool) {
        self.quiet = quiet
        self.isTerminal = isatty(STDERR_FILENO) == 1
    }

    func begin(total: Int) {
        lock.withLock { self.total = total }
    }

    func advance(failed didFail: Bool) {
        lock.withLock {
            done += 1
            if didFail { failed += 1 }
            let now = Date()
            let interval: TimeInterval = isTerminal ? 0.2 : 5
            guard !quiet, now.timeIntervalSince(lastPrint) >= interval || done == total else { return }
            lastPrint = now
            let elapsed = max(now.timeIntervalSince(start), 0.001)
            let rate = Double(done) / elapsed
            let eta = rate > 0 ? Double(total - done) / rate : 0
            let line = String(format: "%d/%d documents, %.1f docs/s, ETA %.0f s, %d failed", done, total, rate, eta, failed)
            FileHandle.standardError.write(Data((isTerminal ? "\r\u{1B}[K" + line : line + "\n").utf8))
        }
    }

    func finish() {
        lock.withLock {
            if !quiet, isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }

    /// Prints a line unless quiet.
    public func log(_ message: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    public var elapsed: TimeInterval { Date().timeIntervalSince(start) }
}
