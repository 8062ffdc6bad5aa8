import Foundation
import DocxPackage
import IngestCore
import Pipeline

/// `tkingest floor --paired-convert DIR`: the floor pass and the full conversion of each
/// input, one after the other, document by document, each timed in thread CPU seconds.
///
/// This VM's speed drifts by up to 1.5× within seconds, so two separate processes (one
/// floor, one convert) can differ by that much for reasons of their own. Taking turns per
/// document (a few milliseconds each) exposes both passes to the same drift, and switching
/// which pass goes first on every other document cancels the advantage of the second one
/// (caches warmed by the first). The convert side is exactly what `convert --jobs 1` does
/// per input: read, hash, parse, segment, emit, and write the file (temporary file +
/// rename); process start-up is in neither side.
struct PairedBenchmark {
    /// The ratio is also reported per block of this many documents, to show its spread.
    static let blockSize = 50

    let inputs: [String]
    let outputFolder: String

    /// What one run measured.
    struct Result {
        /// Both passes' totals (stages `floor` and `convert`) and convert's own stages
        /// (`read`, `segment`, `emit`, `hash`, `write`), failed inputs included.
        var clock = StageClock()
        /// Per input that converted: the thread CPU seconds of each pass.
        var floorSeconds: [Double] = []
        var convertSeconds: [Double] = []
        var textBytes = 0
        var failures = 0

        var floorTotal: Double { floorSeconds.reduce(0, +) }
        var convertTotal: Double { convertSeconds.reduce(0, +) }
        var ratio: Double { floorTotal > 0 ? convertTotal / floorTotal : 0 }

        /// convert / floor over consecutive blocks of ``PairedBenchmark/blockSize`` documents.
        var blockRatios: [Double] {
            stride(from: 0, to: floorSeconds.count, by: PairedBenchmark.blockSize).compactMap { start in
                let end = min(start + PairedBenchmark.blockSize, floorSeconds.count)
                let floor = floorSeconds[start..<end].reduce(0, +)
                return floor > 0 ? convertSeconds[start..<end].reduce(0, +) / floor : nil
            }
        }
    }

    /// Runs both passes over every input; an input that fails either pass counts as failed
    /// and is left out of the times.
    func run() -> Result {
        let converter = DocumentConverter()
        var result = Result()
        for (index, input) in inputs.enumerated() {
            let floorBefore = result.clock.cpuSeconds(.floor)
            let convertBefore = result.clock.cpuSeconds(.convert)
            var textBytes = 0
            do {
                let floorFirst = index.isMultiple(of: 2)
                if floorFirst { textBytes = try result.clock.time(.floor) { () throws(IngestError) in try FloorCommand.textPass(input) } }
                var stages: StageClock? = StageClock()
                defer { result.clock.add(stages ?? StageClock()) }
                try result.clock.time(.convert) {
                    let json = try converter.convert(path: input, clock: &stages)
                    try stages.time(.write) {
                        try OutputFile.write(json, to: OutputFile.path(for: input, in: outputFolder, suffix: ".json"))
                    }
                }
                if !floorFirst { textBytes = try result.clock.time(.floor) { () throws(IngestError) in try FloorCommand.textPass(input) } }
            } catch {
                result.failures += 1
                continue
            }
            result.floorSeconds.append(result.clock.cpuSeconds(.floor) - floorBefore)
            result.convertSeconds.append(result.clock.cpuSeconds(.convert) - convertBefore)
            result.textBytes += textBytes
        }
        return result
    }
}
