import XMLStreaming

/// An enum of the WordprocessingML elements a handler tells apart, resolved once per
/// distinct element name of a part (``XMLEventHandler/tag(for:)``) so that events switch on
/// the enum, not on strings. Raw values are local names; ``other`` (tag 0) stands for every
/// other name.
protocol TaggedElement: RawRepresentable, Equatable where RawValue == String {
    /// Every case, the first being ``other``; a case's tag is its index (stored once, as
    /// `allCases` would build the array on every call).
    static var byTag: [Self] { get }
    /// Every case's tag by raw value: `Self.makeTagsByName()`, stored once by each enum.
    static var tagsByName: [String: Int] { get }
    static var other: Self { get }
}

extension TaggedElement {
    /// The element a tag from ``tag(for:)`` stands for.
    init(tag: Int) {
        self = Self.byTag.indices.contains(tag) ? Self.byTag[tag] : .other
    }

    /// The tag of `name`: its case's index, or 0 for a name outside WordprocessingML or the enum.
    /// The definition of ``tag(for:)``.
    static func definedTag(for name: XMLName) -> Int {
        guard name.namespace == .wordprocessingML, let element = Self(rawValue: name.localName) else { return 0 }
        return byTag.firstIndex(of: element) ?? 0
    }

    /// ``definedTag(for:)`` by one dictionary look-up, asked once per distinct name of a part:
    /// the synthesized `init(rawValue:)` compares the name with every case in turn.
    static func tag(for name: XMLName) -> Int {
        guard name.namespace == .wordprocessingML else { return 0 }
        return tagsByName[name.localName] ?? 0
    }

    /// The table behind ``tagsByName``: each case's raw value and index.
    static func makeTagsByName() -> [String: Int] {
        Dictionary(uniqueKeysWithValues: byTag.indices.map { (byTag[$0].rawValue, $0) })
    }
}
