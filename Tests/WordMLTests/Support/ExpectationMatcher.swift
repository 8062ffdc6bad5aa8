import Foundation

/// Compares an expectation (parsed JSON) with an actual value projected to the same shape.
/// Dictionaries match when every expected key matches (extra actual keys are fine);
/// arrays must have the same length and match element by element.
enum ExpectationMatcher {
    /// Keys the block model deliberately does not expose (see docs/decisions.md).
    static let ignoredKeys: Set<String> = ["commentRefs", "notes"]

    /// The mismatches, as `path: expected … got …` lines; empty when it matches.
    static func mismatches(expected: Any, actual: Any?, path: String = "") -> [String] {
        switch expected {
        case let dictionary as [String: Any]:
            guard let actual = actual as? [String: Any] else { return ["\(path): expected an object, got \(describe(actual))"] }
            return dictionary.keys.sorted().filter { !ignoredKeys.contains($0) }.flatMap { key in
                mismatches(expected: dictionary[key] as Any, actual: actual[key], path: path + "." + key)
            }
        case let array as [Any]:
            guard let actual = actual as? [Any] else { return ["\(path): expected an array, got \(describe(actual))"] }
            guard array.count == actual.count else {
                return ["\(path): expected \(array.count) elements, got \(actual.count): \(describe(actual))"]
            }
            return zip(array, actual).enumerated().flatMap { index, pair in
                mismatches(expected: pair.0, actual: pair.1, path: "\(path)[\(index)]")
            }
        case is NSNull:
            return actual == nil || actual is NSNull ? [] : ["\(path): expected null, got \(describe(actual))"]
        case let number as NSNumber:
            guard let other = actual as? NSNumber, other == number else {
                return ["\(path): expected \(number), got \(describe(actual))"]
            }
            return []
        case let string as String:
            return actual as? String == string ? [] : ["\(path): expected \(string.debugDescription), got \(describe(actual))"]
        default:
            return ["\(path): unsupported expectation \(expected)"]
        }
    }

    private static func describe(_ value: Any?) -> String {
        guard let value else { return "nothing" }
        if let string = value as? String { return string.debugDescription }
        return String(describing: value).prefix(300).description
    }
}
