import XMLStreaming

/// Chooses one branch of every `mc:AlternateContent`: the first `mc:Choice`, or the
/// `mc:Fallback` when there is no choice. Feed it every start and end event; it answers
/// whether the event lies in a branch not taken and must be ignored.
struct AlternateContentChooser {
    /// Per open `mc:AlternateContent`: whether a branch was taken.
    private var taken: [Bool] = []
    /// Depth inside a skipped branch (0 = not skipping).
    private var skipping = 0

    /// Whether a start event must be ignored.
    mutating func shouldSkip(start name: XMLName) -> Bool {
        if skipping > 0 { skipping += 1; return true }
        guard name.namespace == .markupCompatibility else { return false }
        switch name.localName {
        case "AlternateContent":
            taken.append(false)
        case "Choice", "Fallback":
            if taken.last == true {
                skipping = 1
                return true
            }
            if !taken.isEmpty { taken[taken.count - 1] = true }
        default: break
        }
        return false
    }

    /// Whether an end event must be ignored.
    mutating func shouldSkip(end name: XMLName) -> Bool {
        if skipping > 0 { skipping -= 1; return true }
        if name.namespace == .markupCompatibility, name.localName == "AlternateContent", !taken.isEmpty {
            taken.removeLast()
        }
        return false
    }
}
