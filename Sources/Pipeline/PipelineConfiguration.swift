import Foundation
public import IngestCore
public import Segmentation
import Yams

/// A pipeline file (`Pipelines/NAME.yml`): what to read, how, and what to write.
///
/// Every key is checked: an unknown key or a bad value is a ``ConfigurationError``
/// naming the file, line and key — never silently ignored.
public struct PipelineConfiguration: Sendable {
    /// One source of inputs.
    public enum Input: Sendable, Hashable {
        /// A folder read recursively, keeping files whose relative path matches one of the globs.
        case folder(path: String, include: [String], exclude: [String])
        /// One file.
        case file(path: String)
        /// A text file listing input paths, one per line (relative to the list's folder).
        case list(path: String)
    }

    public var name: String
    public var inputs: [Input]
    /// Read `<input base name>.json` next to each input as its Tweede Kamer metadata.
    public var sidecars: Bool
    public var profile: Segmenter.ProfileChoice
    public var limits: Limits
    /// The folder all outputs go to.
    public var outputRoot: String
    /// `documents.jsonl` under the root, or nil for none.
    public var jsonl: String?
    /// The SQLite database under the root, or nil for none.
    public var sqlite: String?
    /// Delete outputs of inputs that are gone.
    public var removeMissing: Bool
    /// Worker count; 0 means one per core.
    public var jobs: Int

    /// Reads and checks a pipeline file. Relative paths are resolved against the folder
    /// the command runs in.
    public static func load(path: String) throws(ConfigurationError) -> PipelineConfiguration {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ConfigurationError(file: path, line: nil, key: nil, message: "cannot read the pipeline file")
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ConfigurationError(file: path, line: nil, key: nil, message: "the pipeline file is empty")
            }
            root = node
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(file: path, line: nil, key: nil, message: "not valid YAML: \(error)")
        }
        var reader = NodeReader(file: path)
        return try reader.configuration(root, defaultName: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
    }

    /// A hash of everything that changes the output of one document, for incremental runs.
    public var optionsFingerprint: String {
        let limits = self.limits
        var parts = [profile.rawValue, "\(limits.maxInputBytes)", "\(limits.maxPartBytes)", "\(limits.maxTotalBytes)",
                     "\(limits.maxCompressionRatio)", "\(limits.maxEntries)", "\(limits.maxParagraphs)",
                     "\(limits.maxTextCharacters)", "\(limits.maxXMLDepth)", "\(limits.maxParagraphTextBytes)",
                     sidecars ? "sidecars" : "-"]
        // Settable later than the others: it joins only when changed, so state recorded
        // before still matches and an upgrade does not reconvert the whole corpus.
        if limits.ratioCheckFloorBytes != Limits.default.ratioCheckFloorBytes {
            parts.append("ratioCheckFloorBytes=\(limits.ratioCheckFloorBytes)")
        }
        return parts.joined(separator: "|")
    }
}

/// A bad pipeline file: which file, line and key, and why. Exit status 2.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let key: String?
    public let message: String

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        return "\(location): " + (key.map { "\($0): " } ?? "") + message
    }
}

/// Walks the YAML node tree, checking keys and types.
private struct NodeReader {
    let file: String

    func fail(_ node: Node?, _ key: String?, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node?.mark?.line, key: key, message: message)
    }

    /// The mapping's entries by key, refusing keys outside `allowed` and duplicates.
    func entries(_ node: Node, path: String, allowed: Set<String>) throws(ConfigurationError) -> [String: Node] {
        guard case .mapping(let mapping) = node else { throw fail(node, path.isEmpty ? nil : path, "expected a mapping of keys") }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw fail(keyNode, path, "a key must be a string") }
            let fullKey = path.isEmpty ? key : "\(path).\(key)"
            guard allowed.contains(key) else {
                throw fail(keyNode, fullKey, "unknown key (allowed: \(allowed.sorted().joined(separator: ", ")))")
            }
            guard result[key] == nil else { throw fail(keyNode, fullKey, "the key is given twice") }
            result[key] = value
        }
        return result
    }

    func string(_ node: Node?, _ key: String) throws(ConfigurationError) -> String? {
        guard let node else { return nil }
        guard case .scalar = node, let value = node.string, !value.isEmpty else { throw fail(node, key, "expected a text value") }
        return value
    }

    func bool(_ node: Node?, _ key: String) throws(ConfigurationError) -> Bool? {
        guard let node else { return nil }
        guard let value = node.bool else { throw fail(node, key, "expected true or false") }
        return value
    }

    func int(_ node: Node?, _ key: String, minimum: Int) throws(ConfigurationError) -> Int? {
        guard let node else { return nil }
        guard let value = node.int, value >= minimum else { throw fail(node, key, "expected a whole number ≥ \(minimum)") }
        return value
    }

    func strings(_ node: Node?, _ key: String) throws(ConfigurationError) -> [String]? {
        guard let node else { return nil }
        if case .scalar = node, let single = node.string { return [single] }
        guard case .sequence(let sequence) = node else { throw fail(node, key, "expected a list of text values") }
        var values: [String] = []
        for element in sequence {
            guard let value = try string(element, key) else { continue }
            values.append(value)
        }
        return values
    }

    /// A path that may be `false` (switched off) or text.
    func optionalPath(_ node: Node?, _ key: String, default fallback: String) throws(ConfigurationError) -> String? {
        guard let node else { return fallback }
        if let flag = node.bool { return flag ? fallback : nil }
        return try string(node, key)
    }

    mutating func configuration(_ root: Node, defaultName: String) throws(ConfigurationError) -> PipelineConfiguration {
        let top = try entries(root, path: "", allowed: ["name", "inputs", "sidecars", "profile", "limits", "outputs", "jobs"])
        guard let inputsNode = top["inputs"] else { throw fail(root, "inputs", "is required") }
        guard case .sequence(let inputList) = inputsNode, !inputList.isEmpty else {
            throw fail(inputsNode, "inputs", "expected a non-empty list of inputs")
        }
        var inputs: [PipelineConfiguration.Input] = []
        for element in inputList { inputs.append(try input(element)) }

        var profile = Segmenter.ProfileChoice.auto
        if let name = try string(top["profile"], "profile") {
            guard let choice = Segmenter.ProfileChoice(rawValue: name) else {
                throw fail(top["profile"], "profile", "expected one of auto, recommendations, questions")
            }
            profile = choice
        }

        var limits = Limits.default
        if let node = top["limits"] {
            let keyPaths = Dictionary(uniqueKeysWithValues: Limits.settings.map { ($0.key, $0.keyPath) })
            let fields = try entries(node, path: "limits", allowed: Set(keyPaths.keys))
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
                guard let keyPath = keyPaths[key], let number = try int(value, "limits.\(key)", minimum: 1) else { continue }
                limits[keyPath: keyPath] = number
            }
        }

        var outputRoot = "Output/\(defaultName)"
        var jsonl: String? = "documents.jsonl"
        var sqlite: String? = "tkingest.sqlite"
        var removeMissing = true
        if let node = top["outputs"] {
            let fields = try entries(node, path: "outputs", allowed: ["root", "jsonl", "sqlite", "removeMissing"])
            outputRoot = try string(fields["root"], "outputs.root") ?? outputRoot
            jsonl = try optionalPath(fields["jsonl"], "outputs.jsonl", default: "documents.jsonl")
            sqlite = try optionalPath(fields["sqlite"], "outputs.sqlite", default: "tkingest.sqlite")
            removeMissing = try bool(fields["removeMissing"], "outputs.removeMissing") ?? true
        }

        return PipelineConfiguration(
            name: try string(top["name"], "name") ?? defaultName,
            inputs: inputs,
            sidecars: try bool(top["sidecars"], "sidecars") ?? true,
            profile: profile,
            limits: limits,
            outputRoot: outputRoot,
            jsonl: jsonl,
            sqlite: sqlite,
            removeMissing: removeMissing,
            jobs: try int(top["jobs"], "jobs", minimum: 0) ?? 0
        )
    }

    func input(_ node: Node) throws(ConfigurationError) -> PipelineConfiguration.Input {
        let fields = try entries(node, path: "inputs[]", allowed: ["folder", "file", "list", "include", "exclude"])
        let sources = ["folder", "file", "list"].filter { fields[$0] != nil }
        guard sources.count == 1, let kind = sources.first else {
            throw fail(node, "inputs[]", "give exactly one of folder, file or list")
        }
        guard let path = try string(fields[kind], "inputs[].\(kind)") else { throw fail(node, "inputs[].\(kind)", "is empty") }
        switch kind {
        case "folder":
            let include = try strings(fields["include"], "inputs[].include") ?? ["*.docx", "*.docm", "*.dotx", "*.dotm"]
            return .folder(path: path, include: include, exclude: try strings(fields["exclude"], "inputs[].exclude") ?? [])
        default:
            if fields["include"] != nil || fields["exclude"] != nil {
                throw fail(node, "inputs[].include", "include and exclude apply to folder inputs only")
            }
            return kind == "file" ? .file(path: path) : .list(path: path)
        }
    }
}
