import ArgumentParser
import Foundation
import NormalizedJSON
import Pipeline

/// `tkingest run Pipelines/NAME.yml`: a batch run for nightly jobs.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline file: convert new and changed inputs, write JSON, JSONL and SQLite.",
        discussion: """
        Incremental: inputs whose bytes, sidecar, tool version and options are unchanged are \
        skipped. Resumable: a run killed at any moment and started again ends as an \
        uninterrupted one. Limit options override the pipeline file's `limits:` (those not \
        given keep the file's value) and, like it, are part of every input's fingerprint. \
        Exit status: 0 all inputs converted, 1 some input failed (each recorded in \
        errors.jsonl and the database), 2 bad usage or a bad pipeline file.
        """
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Flag(help: "Reconvert every input.")
    var force = false

    @Option(help: "Run only shard I of N (e.g. 2/8; I counts from 0).")
    var shard: String?

    @Option(help: "Workers (default: the pipeline's jobs, else one per core).")
    var jobs: Int?

    @Flag(help: "No progress output.")
    var quiet = false

    @OptionGroup(title: "Limits (each overrides the pipeline file's value)") var limits: LimitOptions

    func validate() throws {
        _ = try parsedShard()
        if let jobs, jobs < 0 { throw ValidationError("--jobs must be 0 or more") }
    }

    func parsedShard() throws -> (index: Int, count: Int)? {
        guard let shard else { return nil }
        let parts = shard.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 2, parts[1] > 0, parts[0] >= 0, parts[0] < parts[1] else {
            throw ValidationError("--shard takes I/N with 0 ≤ I < N, e.g. 0/4")
        }
        return (parts[0], parts[1])
    }

    func run() throws {
        var configuration: PipelineConfiguration
        do {
            configuration = try PipelineConfiguration.load(path: pipeline)
        } catch {
            FileHandle.standardError.write(Data("tkingest: bad pipeline: \(error)\n".utf8))
            throw ExitCode(2)
        }
        configuration.limits = limits.applied(to: configuration.limits)
        var options = BatchOptions()
        options.force = force
        options.shard = try parsedShard()
        options.jobs = jobs
        options.quiet = quiet
        let progress = ProgressReporter(quiet: quiet)
        let summary: RunSummary
        do {
            summary = try BatchRunner.run(configuration, options: options, progress: progress)
        } catch let error as ConfigurationError {
            FileHandle.standardError.write(Data("tkingest: bad pipeline: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let codes = summary.failuresByCode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        progress.log(String(format: "%@: %d inputs, %d converted, %d skipped, %d failed%@, %d removed, %d failing in all, %.1f s",
                            summary.pipeline, summary.inputs, summary.converted, summary.skipped, summary.failed,
                            codes.isEmpty ? "" : " (\(codes))", summary.removed, summary.failing, summary.seconds))
        if summary.failing > 0 { throw ExitCode(1) }
    }
}
