import Foundation
import DocxPackage
import IngestCore
import Pipeline

/// `tkingest floor --paired-convert DIR`: the floor pass, the same pass over all parts, and
/// the full conversion of each input, one after the other, document by document, each timed
/// in thread CPU seconds.
///
/// This VM's speed drifts by up to 1.5× within seconds, so two separate processes (one
/// floor, one convert) can differ by that much for reasons of their own. Taking turns per
/// document (a few milliseconds each) exposes every pass to the same drift, and rotating
/// which pass goes first cancels the advantage of the later ones (caches warmed by the
/// first). The convert pass is exactly what `convert --jobs 1` does per input: read, hash,
/// parse, segment, emit, and write the file (temporary file + rename); process start-up is
/// in no pass.
struct PairedBenchmark {
    /// The ratio is also reported per block of this many documents, to show its spread.
    static let blockSize = 50

    let inputs: [String]
    let outputFolder: String

    /// What one run measured.
    struct Result {
        /// The passes' totals (stages `floor`, `floorAllParts` and `convert`) and convert's own
        /// stages (`read`, `segment`, `emit`, `hash`, `write`), failed inputs included.
        var clock = StageClock()
        /// Per input that went through every pass: the thread CPU seconds of each pass.
        var floorSeconds: [Double] = []
        var floorAllPartsSeconds: [Double] = []
        var convertSeconds: [Double] = []
        /// The main parts' text bytes the floor pass counted.
        var textBytes = 0
        var failures = 0

        var floorTotal: Double { floorSeconds.reduce(0, +) }
        var floorAllPartsTotal: Double { floorAllPartsSeconds.reduce(0, +) }
        var convertTotal: Double { convertSeconds.reduce(0, +) }
        /// convert / floor: the issue-6 ratio.
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

    private enum Pass: CaseIterable {
        case floor, floorAllParts, convert
    }

    /// Runs every pass over every input; an input that fails a pass counts as failed and is
    /// left out of the per-input times.
    func run() -> Result {
        let converter = DocumentConverter()
        let passes = Pass.allCases
        var result = Result()
        for (index, input) in inputs.enumerated() {
            let before = (result.clock.cpuSeconds(.floor), result.clock.cpuSeconds(.floorAllParts), result.clock.cpuSeconds(.convert))
            var textBytes = 0
            do {
                for turn in passes.indices {
                    switch passes[(index + turn) % passes.count] {
                    case .floor:
                        textBytes = try result.clock.time(.floor) { () throws(IngestError) in try FloorCommand.textPass(input) }
                    case .floorAllParts:
                        _ = try result.clock.time(.floorAllParts) { () throws(IngestError) in try FloorCommand.allPartsPass(input) }
                    case .convert:
                        try convert(input, with: converter, clock: &result.clock)
                    }
                }
            } catch {
                result.failures += 1
                continue
            }
            result.floorSeconds.append(result.clock.cpuSeconds(.floor) - before.0)
            result.floorAllPartsSeconds.append(result.clock.cpuSeconds(.floorAllParts) - before.1)
            result.convertSeconds.append(result.clock.cpuSeconds(.convert) - before.2)
            result.textBytes += textBytes
        }
        return result
    }

    /// What `convert` does for one input, timed as a whole (`convert`) and by stage.
    private func convert(_ input: String, with converter: DocumentConverter, clock: inout StageClock) throws {
        var stages: StageClock? = StageClock()
        defer { clock.add(stages ?? StageClock()) }
        try clock.time(.convert) {
            let json = try converter.convert(path: input, clock: &stages)
            try stages.time(.write) {
                try OutputFile.write(json, to: OutputFile.path(for: input, in: outputFolder, suffix: ".json"))
            }
        }
    }
}
