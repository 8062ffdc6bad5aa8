import IngestCore
import DocxPackage

/// A document's list definitions, parsed from `numbering.xml` the first time a paragraph
/// names a list (``definitions()``), not up front: letters define dozens of lists in their
/// templates and number few or none of their paragraphs. Shared by the readers of the
/// body and the notes of one document.
///
/// The part's bytes are inflated where the reader always read the part, so zip errors,
/// byte limits and the bytes counted towards `maxTotalBytes` stay as they were, and no
/// second zip entry is opened while a part streams; only the XML parse waits. A part not
/// well-formed is reported as before, at the place in the diagnostics where it was
/// reported when the part was read first (``diagnostics``, ``diagnosticIndex``).
final class LazyNumbering {
    /// The largest part held inflated until it is needed; a larger one (far beyond any
    /// real list definitions) is parsed up front as it streams, so memory stays bounded.
    static let maxDeferredBytes = 4 << 20

    private let package: DocxPackage?
    private let part: String
    /// The inflated part, until it is parsed.
    private var contents: [UInt8]?
    private var definitionsRead: NumberingDefinitions?
    private var failure: IngestError?
    /// How many diagnostics the package had when the part was inflated: where
    /// ``diagnostics`` belong among them.
    let diagnosticIndex: Int
    /// The `part-unreadable` diagnostic of a part found not well-formed when parsed.
    private(set) var diagnostics: [Diagnostic] = []

    /// Definitions known already (parsed up front, or none: the document has no part).
    init(definitions: NumberingDefinitions) {
        self.package = nil
        self.part = ""
        self.definitionsRead = definitions
        self.diagnosticIndex = 0
    }

    /// The inflated `contents` of `part`, parsed when first needed.
    init(package: DocxPackage, part: String, contents: [UInt8]) {
        self.package = package
        self.part = part
        self.contents = contents
        self.diagnosticIndex = package.diagnostics.count
    }

    /// The definitions, parsing the part on the first call. A part not well-formed gives
    /// none, with a diagnostic.
    /// - Throws: the part's other XML errors (a DOCTYPE) and limit errors, on every call.
    func definitions() throws(IngestError) -> NumberingDefinitions {
        if let definitionsRead { return definitionsRead }
        if let failure { throw failure }
        var definitions = NumberingDefinitions()
        if let package, let contents {
            self.contents = nil
            let reader = NumberingReader()
            do {
                try package.parse(contents: contents, part: part, handler: reader)
                definitions = reader.definitions
            } catch where error.code == .xmlMalformed {
                diagnostics.append(WordDocumentReader.unreadablePart(part, error))
            } catch {
                failure = error
                throw error
            }
        }
        definitionsRead = definitions
        return definitions
    }
}
