public import IngestCore

/// Receives the events of a streamed XML part, in document order.
///
/// A handler is driven by ``SAXParser``; it never sees libxml2 types. Text may arrive
/// split over several ``characters(_:)`` calls, at any byte boundary of the input
/// chunks: accumulate it.
public protocol XMLEventHandler: AnyObject {
    /// Whether ``characters(_:)`` should be called now. Checked before each text event,
    /// so a handler that only needs text inside a few elements avoids the copying.
    var wantsCharacters: Bool { get }

    /// Set to stop parsing with this error (e.g. a limit was exceeded). Checked after
    /// every chunk fed to the parser, so events of the rest of that chunk may still arrive.
    var failure: IngestError? { get }

    /// The handler's tag for an element name, passed back as ``XMLName/tag`` on every
    /// start and end event of that name. Asked once per distinct name of a part; the
    /// default is 0.
    func tag(for name: XMLName) -> Int

    /// An element starts. `attributes` is valid only during this call.
    func startElement(_ name: XMLName, attributes: XMLAttributes)

    /// An element ends.
    func endElement(_ name: XMLName)

    /// Character data (UTF-8), valid only during this call.
    func characters(_ utf8: UnsafeBufferPointer<UInt8>)
}

extension XMLEventHandler {
    /// No tags: every name gets 0.
    public func tag(for name: XMLName) -> Int { 0 }
}
