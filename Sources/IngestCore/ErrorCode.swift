/// The stable, documented reason an input could not be converted.
///
/// The raw value is the kebab-case code printed on stderr, written to error logs and
/// relied on by scripts; never rename a case's raw value.
public enum ErrorCode: String, Sendable, Hashable, CaseIterable, Codable {
    /// The input file has zero bytes.
    case inputEmpty = "input-empty"
    /// The input file is larger than the input size limit.
    case inputTooLarge = "input-too-large"
    /// Not a zip package: PDF, RTF, legacy Word 97-2003, HTML, random bytes…
    case unsupportedFormat = "unsupported-format"
    /// A password-protected document: OOXML encrypted into a compound file with
    /// `EncryptionInfo`, or a zip whose entries are encrypted.
    case encryptedDocument = "encrypted-document"
    /// The zip container is truncated or damaged (bad CRC, bad deflate data, bad headers).
    case zipCorrupt = "zip-corrupt"
    /// The zip container is ambiguous: duplicate or case-colliding entry names.
    case zipUnsafe = "zip-unsafe"
    /// The zip uses a compression method we do not read (e.g. Deflate64).
    case zipUnsupported = "zip-unsupported"
    /// No WordprocessingML main document part could be found through the package relationships.
    case missingMainPart = "missing-main-part"
    /// A part contains a document type declaration, which OPC forbids.
    case xmlDTDForbidden = "xml-dtd-forbidden"
    /// A part is not well-formed XML.
    case xmlMalformed = "xml-malformed"
    /// A configured limit (size, ratio, count, depth) was exceeded.
    case limitExceeded = "limit-exceeded"
    /// The input could not be read from disk.
    case inputUnreadable = "input-unreadable"
    /// A bug in tkingest. Never a crash: reported like any other failure.
    case internalError = "internal-error"
}
