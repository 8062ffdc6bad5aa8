/// Why one input could not be converted: a stable ``ErrorCode`` plus the human detail.
///
/// Thrown by every stage; the CLI prints it as `FILE: code: message` and exits non-zero
/// for that file while the rest of a batch goes on.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The machine-readable reason.
    public let code: ErrorCode
    /// What went wrong, for people.
    public let message: String
    /// The package part involved (`word/document.xml`), when there is one.
    public let part: String?
    /// The 1-based line in ``part`` where the problem was found, when known.
    public let line: Int?

    /// Creates an error.
    public init(_ code: ErrorCode, _ message: String, part: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.part = part
        self.line = line
    }

    /// The same error, attributed to `part` unless it already names one.
    public func inPart(_ part: String) -> IngestError {
        self.part == nil ? IngestError(code, message, part: part, line: line) : self
    }

    public var description: String {
        var location = ""
        if let part {
            location = " (\(part)" + (line.map { ", line \($0)" } ?? "") + ")"
        }
        return "\(code.rawValue): \(message)\(location)"
    }
}
