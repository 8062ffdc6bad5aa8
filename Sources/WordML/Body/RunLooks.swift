import IngestCore

/// Small numbers for the style ids met in one part, so that run looks are told apart by
/// comparing integers, not strings.
struct StyleKeys {
    /// The key of no style.
    static let none = -1
    private var keys: [String: Int] = [:]

    /// The key of style `id` (``none`` for nil): equal ids get equal keys.
    mutating func key(_ id: String?) -> Int {
        guard let id else { return Self.none }
        if let known = keys[id] { return known }
        let key = keys.count
        keys[id] = key
        return key
    }

    /// The ids last asked for by their bytes (``idAndKey(utf8:)``), most recent last.
    private var recent: [(bytes: [UInt8], id: String, key: Int)] = []
    private static let recentCapacity = 4

    /// The style id spelled by the UTF-8 bytes of an attribute value (nil: no value) and its
    /// ``key(_:)``. Paragraphs and runs mostly repeat a few styles, so an id among the last
    /// few asked for is found by comparing bytes, without making and hashing a `String`.
    mutating func idAndKey(utf8: UnsafeBufferPointer<UInt8>?) -> (id: String?, key: Int) {
        guard let utf8 else { return (nil, Self.none) }
        for index in recent.indices where recent[index].bytes.withUnsafeBufferPointer({ ByteComparison.equal($0, utf8) }) {
            return (recent[index].id, recent[index].key)
        }
        let id = String(decoding: utf8, as: UTF8.self)
        let key = key(id)
        if recent.count == Self.recentCapacity { recent.removeFirst() }
        recent.append((Array(utf8), id, key))
        return (id, key)
    }
}

/// A run template (a run without text) and what it was made from. A class, so that
/// checking and passing it copies nothing.
final class RunLook {
    /// The ``StyleKeys`` of the paragraph and character styles it was made for.
    let paragraphStyleKey: Int
    let runStyleKey: Int
    /// The run's direct formatting (`w:rPr`), as its ``RunFormatting/cacheKey``.
    let directKey: Int
    /// The run's hyperlink, compared without reading the run.
    let hyperlink: String?
    let run: Run
    /// The symbol font the run's text is in, if any.
    let symbolFont: RunFormatting.SymbolFont?

    init(paragraphStyleKey: Int, runStyleKey: Int, direct: RunFormatting, run: Run, symbolFont: RunFormatting.SymbolFont?) {
        self.paragraphStyleKey = paragraphStyleKey
        self.runStyleKey = runStyleKey
        self.directKey = direct.cacheKey
        self.hyperlink = run.hyperlink
        self.run = run
        self.symbolFont = symbolFont
    }
}

/// The last few run templates made, most recent first: a run's text often comes in
/// several pieces, and a paragraph mostly alternates between a handful of looks (a bold
/// label, then plain text).
struct RunLooks {
    /// Eight: with four, one piece of text in eleven missed (measured on the small
    /// benchmark documents) and had its look made again.
    private static let capacity = 8
    private var looks: [RunLook] = []

    /// The remembered template made from these inputs, if any. Inlined into
    /// ``BodyReader/currentLook()``, with ``RunFormatting/cacheKey``: once per piece of text.
    @inline(__always)
    func look(paragraphStyleKey: Int, runStyleKey: Int, direct: RunFormatting, hyperlink: String?) -> RunLook? {
        let directKey = direct.cacheKey
        for index in looks.indices {
            let look = looks[index]
            if look.paragraphStyleKey == paragraphStyleKey, look.runStyleKey == runStyleKey, look.directKey == directKey,
               look.hyperlink == hyperlink {
                return look
            }
        }
        return nil
    }

    /// Remembers `look` as the most recent, forgetting the oldest beyond the capacity.
    mutating func remember(_ look: RunLook) {
        if looks.count == Self.capacity { looks.removeLast() }
        looks.insert(look, at: 0)
    }
}

extension RunFormatting {
    /// The formatting as one integer, equal exactly when the formattings are equal: the
    /// run look cache compares it on every piece of text, and comparing integers is cheaper
    /// than the derived `==` (an outlined call around which each candidate was retained).
    /// Inlined: as a call it cost more than the packing itself.
    @inline(__always)
    var cacheKey: Int {
        func code(_ flag: Bool?) -> Int { flag.map { $0 ? 2 : 1 } ?? 0 }
        let vertical = switch verticalAlign {
        case .none: 0
        case .some(.none): 1
        case .some(.superscript): 2
        case .some(.subscript): 3
        }
        let font = switch symbolFont {
        case .none: 0
        case .some(.none): 1
        case .some(.symbol): 2
        case .some(.wingdings): 3
        }
        return code(bold) | code(italic) << 2 | code(underline) << 4 | code(strike) << 6 | vertical << 8 | font << 10
    }
}
