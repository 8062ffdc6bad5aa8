import Foundation
import Testing
import IngestCore
import WordML

/// Every .docx of `../shared/corpus` (≈1,900 files from other readers' test suites) and
/// `../shared/realdocx`: no crash, no hang, and every refusal carries a documented code —
/// the right one for the files the corpus README lists as broken or encrypted.
@Suite struct CorpusTests {
    /// Files the corpus README names as unreadable, with the code each must get.
    static let knownRefusals: [String: ErrorCode] = {
        var table: [String: ErrorCode] = [
            "poi/truncated62886.docx": .zipCorrupt,
            "tika/testWORD_truncated.docx": .zipCorrupt,
            "poi/crash-517626e815e0afa9decd0ebb6d1dee63fb9907dd.docx": .zipCorrupt,
            "poi/bug53475-password-is-pass.docx": .encryptedDocument,
            "poi/bug53475-password-is-solrcell.docx": .encryptedDocument,
            "poi/protected_agile.docx": .encryptedDocument,
            "tika/testWORD_protected_passtika.docx": .encryptedDocument,
            "tika/casing__protected_normal_case.docx": .encryptedDocument,
            "tika/casing__protected_upper_case.docx": .encryptedDocument,
            "open-xml-sdk/v2FxTestFiles__wordprocessing__protected__document with password.docx": .encryptedDocument,
            "open-xml-sdk/v2FxTestFiles__wordprocessing__unable to normalized__document with password.docx": .encryptedDocument,
            "poi/cpansearch.perl.org_src_tobyink_acme-rundoc-0.001_word-lib_hello_world.docm": .unsupportedFormat,
            "pydocx/missing_relationships.docx": .missingMainPart,
            "poi/stress025.docx": .missingMainPart,
            "poi/ExternalEntityInText.docx": .xmlDTDForbidden,
            "poi/unicode-path.docx": .zipUnsafe,
        ]
        for id in ["4791943399604224", "4959857092198400", "5166796835258368", "6120975439364096", "6442791109263360",
                   "5313273089884160", "5564805011079168", "5569740188549120", "6061520554164224"] {
            table["poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-\(id).docx"] = .zipCorrupt
        }
        table["poi/clusterfuzz-testcase-minimized-POIFuzzer-6709287337197568.docx"] = .zipCorrupt
        return table
    }()

    /// Files that must convert although their names or content look suspicious.
    static let mustConvert = [
        "pandoc/ns0-reference.docx", "docx4j/sample-docs__unmarshallFromTemplateExample.docx",
        "pandoc/alternate_document_path.docx", "docx2python/renamed_document_xml.docx", "docx-rs/bom.docx",
        "unstructured/test_document_from_office365.docx", "mammoth/utf8-bom.docx", "mammoth/strict-format.docx",
        "docling/Strict.docx", "poi/zero-length.docx", "poi/bug65649.docx", "docx-rs/read_hang.docx",
        "poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx",
    ]

    @Test(.timeLimit(.minutes(8)))
    func everyCorpusFileConvertsOrIsRefusedWithADocumentedCode() async throws {
        guard let shared = TestPaths.shared else {
            #expect(!TestPaths.isCI, "the shared corpus is missing in CI")
            return
        }
        let corpus = shared.appendingPathComponent("corpus")
        let files = TestPaths.wordFiles(under: corpus) + TestPaths.wordFiles(under: shared.appendingPathComponent("realdocx"))
        #expect(files.count > 1_800)

        let results = await withTaskGroup(of: (String, ErrorCode?).self) { group in
            let workers = max(2, ProcessInfo.processInfo.activeProcessorCount)
            var pending = files.makeIterator()
            var results: [String: ErrorCode?] = [:]
            func submit(_ url: URL) {
                group.addTask {
                    let name = url.path.replacingOccurrences(of: corpus.path + "/", with: "")
                    do {
                        _ = try WordDocumentReader.read(path: url.path)
                        return (name, nil)
                    } catch let error as IngestError {
                        return (name, error.code)
                    } catch {
                        return (name, .internalError)
                    }
                }
            }
            for _ in 0..<workers { if let next = pending.next() { submit(next) } }
            while let (name, code) = await group.next() {
                results[name] = code
                if let next = pending.next() { submit(next) }
            }
            return results
        }

        #expect(results.count == files.count)
        let refused = results.compactMapValues { $0 }
        #expect(!refused.values.contains(.internalError), "internal errors: \(refused.filter { $0.value == .internalError }.keys.sorted())")
        for (name, code) in Self.knownRefusals {
            #expect(results[name] == .some(code), "\(name): expected \(code.rawValue), got \(String(describing: results[name] ?? nil))")
        }
        for name in Self.mustConvert {
            #expect(results[name] == .some(nil), "\(name) must convert, got \(String(describing: results[name] ?? nil))")
        }
        let unexpected = refused.keys.filter { Self.knownRefusals[$0] == nil }.sorted()
        #expect(unexpected.isEmpty, "refused but not known to be broken: \(unexpected.map { "\($0): \(refused[$0]?.rawValue ?? "")" })")
    }
}
