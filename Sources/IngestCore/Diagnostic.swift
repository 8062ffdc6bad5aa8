/// A problem in the content that did not stop the conversion: data, not an error.
///
/// Diagnostics are collected in reading order and emitted with the document, so a
/// consumer can see what was degraded and why.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        case info, warning
    }

    /// How serious the problem is.
    public let severity: Severity
    /// A stable kebab-case code, e.g. `style-missing`.
    public let code: String
    /// What was found, for people.
    public let message: String
    /// The package part it was found in, when known.
    public let part: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity = .warning, code: String, _ message: String, part: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.part = part
    }
}

/// The stable codes of the diagnostics the Unzip and Parse stages emit.
public enum DiagnosticCode {
    public static let zipSuspiciousEntryName = "zip-suspicious-entry-name"
    public static let relationshipTargetOutsidePackage = "relationship-target-outside-package"
    public static let relationshipTargetMissing = "relationship-target-missing"
    public static let styleMissing = "style-missing"
    public static let styleCycle = "style-cycle"
    public static let numberingMissing = "numbering-missing"
    public static let footnoteMissing = "footnote-missing"
    public static let endnoteMissing = "endnote-missing"
    public static let partMissing = "part-missing"
    public static let partUnreadable = "part-unreadable"
}
