import Foundation
import Testing
import IngestCore
import Pipeline

/// Every input the fuzzer ever crashed on (`Tests/Fixtures/fuzz-regressions`) now converts
/// or is refused with a documented code.
@Suite struct FuzzRegressionTests {
    static let files: [String] = {
        let folder = TestPaths.fixture("fuzz-regressions")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }()

    @Test func thereAreRegressionInputs() {
        #expect(!Self.files.isEmpty)
    }

    @Test(arguments: files)
    func regressionInputNoLongerCrashes(_ name: String) {
        do {
            _ = try DocumentConverter().convert(path: TestPaths.fixture("fuzz-regressions/\(name)"))
        } catch {
            #expect(error.code != .internalError, "\(name): \(error)")
        }
    }
}
