internal import CLibXML2
public import IngestCore

/// Streams one XML part through libxml2's SAX2 push parser into an ``XMLEventHandler``.
///
/// Feed the part in chunks of any size (straight from the zip inflater), then call
/// ``finish()``. The parser is safe on hostile input: it never loads a DTD, expands an
/// external entity or touches the network, and it refuses any `<!DOCTYPE …>` (OPC
/// forbids them) with `xml-dtd-forbidden` before an entity could be declared.
///
/// This is the only file that sees libxml2.
public final class SAXParser {
    private let handler: any XMLEventHandler
    private let partName: String
    private let maxDepth: Int
    private var context: xmlParserCtxtPtr?
    /// Bytes held back until the encoding can be sniffed (libxml2 needs 4).
    private var pending: [UInt8] = []
    private var depth = 0
    private var stopReason: IngestError?
    private var firstError: (message: String, line: Int)?
    private var finished = false

    /// Creates a parser for the part named `partName` (used in error messages).
    /// - Parameters:
    ///   - handler: Receives the events.
    ///   - partName: The part being parsed, e.g. `word/document.xml`.
    ///   - maxDepth: Deepest element nesting accepted; deeper is `limit-exceeded`.
    public init(handler: any XMLEventHandler, partName: String, maxDepth: Int = 200) {
        self.handler = handler
        self.partName = partName
        self.maxDepth = maxDepth
    }

    deinit {
        if let context {
            if let doc = context.pointee.myDoc { xmlFreeDoc(doc) }
            xmlFreeParserCtxt(context)
        }
    }

    /// Parses the next chunk of the part.
    /// - Throws: `xml-malformed`, `xml-dtd-forbidden`, `limit-exceeded`, or the handler's failure.
    public func feed(_ bytes: UnsafeRawBufferPointer) throws(IngestError) {
        guard !bytes.isEmpty else { return }
        if context == nil {
            pending.append(contentsOf: bytes)
            if pending.count >= 4 { try start(terminate: false) }
            return
        }
        guard let context, let base = bytes.baseAddress else { return }
        let status = xmlParseChunk(context, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0)
        try check(status)
    }

    /// Parses a whole part held in memory (tests and small parts).
    public func parse(_ bytes: [UInt8]) throws(IngestError) {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(IngestError) in try feed(buffer) }
        }
        try result.get()
        try finish()
    }

    /// Ends the part: reports truncated XML as `xml-malformed`.
    public func finish() throws(IngestError) {
        guard !finished else { return }
        finished = true
        if context == nil {
            if pending.isEmpty {
                throw IngestError(.xmlMalformed, "the part is empty", part: partName)
            }
            try start(terminate: true)
            return
        }
        guard let context else { return }
        let status = xmlParseChunk(context, nil, 0, 1)
        try check(status)
    }

    // MARK: - libxml2

    /// Creates the push context with the bytes held back so far.
    private func start(terminate: Bool) throws(IngestError) {
        SAXParser.installEntityLoaderOnce
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = onStartElement
        sax.endElementNs = onEndElement
        sax.characters = onCharacters
        sax.ignorableWhitespace = onCharacters
        sax.cdataBlock = onCharacters
        sax.internalSubset = onDoctype
        sax.externalSubset = onDoctype
        sax.serror = onError
        let userData = Unmanaged.passUnretained(self).toOpaque()
        let created: xmlParserCtxtPtr? = pending.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCreatePushParserCtxt(&sax, userData, chars.baseAddress, Int32(chars.count), partName)
            }
        }
        pending = []
        guard let created else {
            throw IngestError(.internalError, "libxml2 could not create a parser", part: partName)
        }
        context = created
        // NONET only: no DTD loading, no entity substitution (see docs/decisions.md).
        xmlCtxtUseOptions(created, Int32(XML_PARSE_NONET.rawValue))
        try check(0)
        if terminate {
            try check(xmlParseChunk(created, nil, 0, 1))
        }
    }

    /// Turns the parser's state after a chunk into the right typed error, if any.
    private func check(_ status: Int32) throws(IngestError) {
        if let stopReason { throw stopReason }
        if let failure = handler.failure { throw failure.inPart(partName) }
        if status != 0 || firstError != nil {
            let detail = firstError ?? (message: "libxml2 error \(status)", line: 0)
            throw IngestError(.xmlMalformed, detail.message, part: partName, line: detail.line > 0 ? detail.line : nil)
        }
    }

    fileprivate func stop(_ reason: IngestError) {
        if stopReason == nil { stopReason = reason }
        if let context { xmlStopParser(context) }
    }

    fileprivate func didStart(_ name: XMLName, _ attributes: XMLAttributes) {
        depth += 1
        if depth > maxDepth {
            stop(IngestError(.limitExceeded, "XML nesting deeper than \(maxDepth) elements (limit maxXMLDepth)", part: partName))
            return
        }
        // The handler's failure is checked after each chunk (``check(_:)``), which bounds the
        // work done after a failure by the chunk size; checking per event costs ~2 %.
        handler.startElement(name, attributes: attributes)
    }

    fileprivate func didEnd(_ name: XMLName) {
        depth -= 1
        handler.endElement(name)
    }

    fileprivate func didReadCharacters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard handler.wantsCharacters else { return }
        handler.characters(bytes)
    }

    fileprivate func didSeeDoctype() {
        stop(IngestError(.xmlDTDForbidden, "the part declares a DOCTYPE, which OPC packages must not contain", part: partName))
    }

    fileprivate func didFail(message: String, line: Int) {
        if firstError == nil { firstError = (message, line) }
    }

    private let names = XMLNameCache()

    /// The namespaces of the last few URIs met (a part uses a handful), with the URI's
    /// pointer and bytes: each new element name of a part would otherwise make a `String`
    /// of its ~60-byte URI and hash it. The bytes are checked on every hit, as libxml2
    /// may reuse a pointer.
    private var recentNamespaces: [(pointer: UnsafePointer<UInt8>, uri: [UInt8], namespace: XMLNamespace)] = []
    private static let recentNamespacesCapacity = 8

    /// The namespace of libxml2's NUL-terminated `uri`.
    private func namespace(uri: UnsafePointer<UInt8>) -> XMLNamespace {
        for entry in recentNamespaces where entry.pointer == uri && entry.uri.withUnsafeBufferPointer({ CString.spells(uri, $0) }) {
            return entry.namespace
        }
        let string = String(cString: uri)
        let namespace = XMLNamespace(uri: string)
        if recentNamespaces.count == Self.recentNamespacesCapacity { recentNamespaces.removeFirst() }
        recentNamespaces.append((uri, Array(string.utf8), namespace))
        return namespace
    }

    /// The element name for libxml2's name pointers, tagged by the handler.
    fileprivate func name(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) -> XMLName {
        if let known = names.cached(localName: localName, uri: uri) { return known }
        let namespace = uri.map(namespace(uri:)) ?? .none
        let untagged = XMLName(namespace, String(cString: localName))
        let name = XMLName(namespace, untagged.localName, tag: handler.tag(for: untagged))
        names.insert(name, localName: localName, uri: uri)
        return name
    }

    /// Refuses every external entity or DTD libxml2 might try to load, process-wide.
    /// Also initialises libxml2 once, before any thread parses (required by libxml2 2.9).
    private static let installEntityLoaderOnce: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()
}

// MARK: - C callbacks

private func parser(_ context: UnsafeMutableRawPointer?) -> SAXParser? {
    guard let context else { return nil }
    return Unmanaged<SAXParser>.fromOpaque(context).takeUnretainedValue()
}

/// Runs `body` with the parser behind libxml2's user data without retaining it: the
/// parser outlives every callback (it owns the libxml2 context that makes them), so the
/// per-event retain/release pair — two atomic operations per tag — is skipped.
private func withParser(_ context: UnsafeMutableRawPointer?, _ body: (SAXParser) -> Void) {
    guard let context else { return }
    Unmanaged<SAXParser>.fromOpaque(context)._withUnsafeGuaranteedRef(body)
}

private func onStartElement(
    _ context: UnsafeMutableRawPointer?,
    _ localName: UnsafePointer<xmlChar>?,
    _ prefix: UnsafePointer<xmlChar>?,
    _ uri: UnsafePointer<xmlChar>?,
    _ namespaceCount: Int32,
    _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    _ attributeCount: Int32,
    _ defaultedCount: Int32,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    guard let localName else { return }
    withParser(context) { parser in
        let name = parser.name(localName: localName, uri: uri)
        let attrs = XMLAttributes(storage: UnsafePointer(attributes), count: Int(attributeCount),
                                  declarations: UnsafePointer(namespaces), declarationCount: Int(namespaceCount))
        parser.didStart(name, attrs)
    }
}

private func onEndElement(
    _ context: UnsafeMutableRawPointer?,
    _ localName: UnsafePointer<xmlChar>?,
    _ prefix: UnsafePointer<xmlChar>?,
    _ uri: UnsafePointer<xmlChar>?
) {
    guard let localName else { return }
    withParser(context) { parser in parser.didEnd(parser.name(localName: localName, uri: uri)) }
}

private func onCharacters(_ context: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<xmlChar>?, _ length: Int32) {
    guard let bytes, length > 0 else { return }
    withParser(context) { parser in parser.didReadCharacters(UnsafeBufferPointer(start: bytes, count: Int(length))) }
}

private func onDoctype(
    _ context: UnsafeMutableRawPointer?,
    _ name: UnsafePointer<xmlChar>?,
    _ externalID: UnsafePointer<xmlChar>?,
    _ systemID: UnsafePointer<xmlChar>?
) {
    parser(context)?.didSeeDoctype()
}

private func onError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let parser = parser(context), let error else { return }
    guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    var message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
    message = message.trimmingASCIISpaces
    parser.didFail(message: message, line: Int(error.pointee.line))
}
