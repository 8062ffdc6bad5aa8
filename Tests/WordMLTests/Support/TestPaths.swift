import Foundation

/// Where the tests find their inputs: the fixtures next to the tests, the samples, and
/// the shared corpus beside the repository (`../shared`, or `$TKINGEST_SHARED`).
enum TestPaths {
    /// The repository root, found from this file's path.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

    /// `Tests/Fixtures/<relative>`, e.g. `docx/tables.docx`.
    static func fixture(_ relative: String) -> String {
        fixtures.appendingPathComponent(relative).path
    }

    static let samples = repository.appendingPathComponent("Samples")

    /// The shared data folder, or nil when it is not there (then corpus tests are skipped,
    /// except in CI, where its absence is a failure).
    static let shared: URL? = {
        let candidates = [ProcessInfo.processInfo.environment["TKINGEST_SHARED"].map(URL.init(fileURLWithPath:)),
                          repository.deletingLastPathComponent().appendingPathComponent("shared")]
        return candidates.compactMap { $0 }.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("corpus").path)
        }
    }()

    /// Whether the tests run in CI, where missing shared data must fail the run.
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Every `.docx`-type file below `folder`, sorted.
    static func wordFiles(under folder: URL) -> [URL] {
        let extensions: Set<String> = ["docx", "docm", "dotx", "dotm"]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { extensions.contains($0.pathExtension.lowercased()) }
            .sorted { $0.path < $1.path }
    }

    /// The built `tkingest` binary next to the test bundle.
    static var binary: URL {
        let bundle = Bundle.main.bundleURL
        for folder in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("tkingest")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repository.appendingPathComponent(".build/debug/tkingest")
    }
}
