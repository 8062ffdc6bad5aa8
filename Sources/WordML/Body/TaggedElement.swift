import XMLStreaming

/// An enum of the WordprocessingML elements a handler tells apart, resolved once per
/// distinct element name of a part (``XMLEventHandler/tag(for:)``) so that events switch on
/// the enum, not on strings. Raw values are local names; ``other`` (tag 0) stands for every
/// other name.
protocol TaggedElement: RawRepresentable, Equatable where RawValue == String {
    /// Every case, the first being ``other``; a case's tag is its index (stored once, as
    /// `allCases` would build the array on every call).
    static var byTag: [Self] { get }
    static var other: Self { get }
}

extension TaggedElement {
    /// The element a tag from ``tag(for:)`` stands for.
    init(tag: Int) {
        self = Self.byTag.indices.contains(tag) ? Self.byTag[tag] : .other
    }

    /// The tag of `name`: its case's index, or 0 for a name outside WordprocessingML or the enum.
    static func tag(for name: XMLName) -> Int {
        guard name.namespace == .wordprocessingML, let element = Self(rawValue: name.localName) else { return 0 }
        return byTag.firstIndex(of: element) ?? 0
    }
}
