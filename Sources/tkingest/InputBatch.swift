import Foundation
import IngestCore
import WordML

/// Reads inputs one after another, reporting each failure on stderr as
/// `FILE: code: message` and going on with the rest.
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
            } catch let error as IngestError {
                failures += 1
                Self.report(input, error.description)
            } catch {
                failures += 1
                Self.report(input, "\(ErrorCode.internalError.rawValue): \(error)")
            }
        }
        return failures
    }

    static func report(_ input: String, _ message: String) {
        FileHandle.standardError.write(Data("\(input): \(message)\n".utf8))
    }
}

/// Writes output files whole or not at all.
enum OutputFile {
    /// `DIR/<input base name without extension><suffix>`.
    static func path(for input: String, in directory: String, suffix: String) -> String {
        let base = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        return URL(fileURLWithPath: directory).appendingPathComponent(base + suffix).path
    }

    /// Writes `data` to a temporary file next to `path`, then renames it into place.
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }
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
