import Foundation

/// One input found by a pipeline: where it is and where its outputs go.
public struct DiscoveredInput: Sendable, Hashable {
    /// The file's path as found.
    public let path: String
    /// Its key in outputs and state: the input folder's name plus the path inside it
    /// (`Samples/2026D06192.docx`), so the JSON tree mirrors the input tree.
    public let key: String
}

/// Expands a pipeline's inputs into files, deterministically ordered, and splits them
/// into shards.
enum InputDiscovery {
    static func discover(_ inputs: [PipelineConfiguration.Input]) throws(ConfigurationError) -> [DiscoveredInput] {
        var found: [String: DiscoveredInput] = [:]
        for input in inputs {
            for item in try expand(input) where found[item.key] == nil { found[item.key] = item }
        }
        return found.values.sorted { $0.key < $1.key }
    }

    private static func expand(_ input: PipelineConfiguration.Input) throws(ConfigurationError) -> [DiscoveredInput] {
        let manager = FileManager.default
        switch input {
        case .file(let path):
            guard manager.fileExists(atPath: path) else {
                throw ConfigurationError(file: path, line: nil, key: "inputs[].file", message: "no such file")
            }
            return [single(path)]
        case .list(let path):
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ConfigurationError(file: path, line: nil, key: "inputs[].list", message: "cannot read the file list")
            }
            let base = URL(fileURLWithPath: path).deletingLastPathComponent()
            return text.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                .map { $0.hasPrefix("/") ? $0 : base.appendingPathComponent($0).path }
                .map(single)
        case .folder(let path, let include, let exclude):
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw ConfigurationError(file: path, line: nil, key: "inputs[].folder", message: "no such folder")
            }
            let root = URL(fileURLWithPath: path).standardizedFileURL
            let name = root.lastPathComponent
            guard let walker = manager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
            var result: [DiscoveredInput] = []
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
                guard matches(relative, include), !matches(relative, exclude) else { continue }
                result.append(DiscoveredInput(path: url.path, key: name + "/" + relative))
            }
            return result
        }
    }

    private static func single(_ path: String) -> DiscoveredInput {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return DiscoveredInput(path: path, key: url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent)
    }

    /// Whether `path` or its file name matches one of the shell globs.
    static func matches(_ path: String, _ globs: [String]) -> Bool {
        let name = (path as NSString).lastPathComponent
        return globs.contains { glob in
            fnmatch(glob, path, FNM_PATHNAME) == 0 || fnmatch(glob, name, 0) == 0
        }
    }

    /// The inputs of shard `index` of `count`: a stable hash of each key decides, so every
    /// machine computes the same split without talking to the others.
    static func shard(_ inputs: [DiscoveredInput], index: Int, count: Int) -> [DiscoveredInput] {
        guard count > 1 else { return inputs }
        return inputs.filter { Int(fnv1a($0.key) % UInt64(count)) == index }
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
