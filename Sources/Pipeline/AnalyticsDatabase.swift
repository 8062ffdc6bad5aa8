import Foundation
import GRDB

/// Writes the analysts' SQLite database from the per-document contract JSON: one table per
/// concept, keys and indexes, and full-text search over item and reply text. It is built
/// whole in a temporary file and renamed into place, so readers never see half a database.
enum AnalyticsDatabase {
    static let schema = """
        CREATE TABLE documents (
            document_id INTEGER PRIMARY KEY, input_key TEXT NOT NULL UNIQUE, file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL, byte_size INTEGER NOT NULL, document_number TEXT, profile TEXT NOT NULL,
            title TEXT, language TEXT, created TEXT, modified TEXT, tk_json TEXT,
            item_count INTEGER NOT NULL, front_matter TEXT NOT NULL);
        CREATE INDEX documents_number ON documents(document_number);
        CREATE TABLE sections (
            document_id INTEGER NOT NULL REFERENCES documents, section_id TEXT NOT NULL, level INTEGER NOT NULL,
            title TEXT NOT NULL, parent_id TEXT, PRIMARY KEY (document_id, section_id));
        CREATE TABLE items (
            document_id INTEGER NOT NULL REFERENCES documents, item_id TEXT NOT NULL, position INTEGER NOT NULL,
            kind TEXT NOT NULL, number TEXT, text TEXT NOT NULL, actor TEXT, stance TEXT, section_id TEXT,
            parent_id TEXT, paragraph_refs TEXT NOT NULL, PRIMARY KEY (document_id, item_id));
        CREATE INDEX items_kind ON items(kind, stance);
        CREATE TABLE responses (
            document_id INTEGER NOT NULL REFERENCES documents, item_id TEXT NOT NULL, text TEXT NOT NULL,
            paragraph_count INTEGER NOT NULL, answers_item_ids TEXT NOT NULL, footnote_ids TEXT NOT NULL,
            PRIMARY KEY (document_id, item_id));
        CREATE TABLE cross_references (
            document_id INTEGER NOT NULL REFERENCES documents, item_id TEXT NOT NULL, kind TEXT NOT NULL,
            paragraph INTEGER, number TEXT, target_item_id TEXT);
        CREATE INDEX cross_references_item ON cross_references(document_id, item_id);
        CREATE TABLE citations (
            document_id INTEGER NOT NULL REFERENCES documents, kind TEXT NOT NULL, value TEXT NOT NULL, text TEXT NOT NULL);
        CREATE INDEX citations_value ON citations(kind, value);
        CREATE TABLE footnotes (
            document_id INTEGER NOT NULL REFERENCES documents, footnote_id TEXT NOT NULL, kind TEXT NOT NULL,
            text TEXT NOT NULL, urls TEXT NOT NULL, PRIMARY KEY (document_id, footnote_id));
        CREATE TABLE diagnostics (
            document_id INTEGER NOT NULL REFERENCES documents, severity TEXT NOT NULL, code TEXT NOT NULL,
            message TEXT NOT NULL, item_id TEXT, part TEXT);
        CREATE INDEX diagnostics_code ON diagnostics(code);
        CREATE TABLE failures (input_key TEXT PRIMARY KEY, code TEXT NOT NULL, message TEXT NOT NULL);
        CREATE VIRTUAL TABLE item_search USING fts5(document_id UNINDEXED, item_id UNINDEXED, text, response);
        """

    /// Writes the database at `path` from the documents (input key, contract JSON) and the failures.
    static func write(path: String, documents: [(key: String, json: Data)], failures: [(key: String, code: String, message: String)]) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let database = try DatabaseQueue(path: temporary)
            try database.write { db in
                try db.execute(sql: schema)
                for (index, document) in documents.enumerated() {
                    guard let object = try JSONSerialization.jsonObject(with: document.json) as? [String: Any] else { continue }
                    try insert(object, id: index + 1, key: document.key, into: db)
                }
                for failure in failures {
                    try db.execute(sql: "INSERT INTO failures VALUES (?, ?, ?)", arguments: [failure.key, failure.code, failure.message])
                }
            }
            try database.close()
            // rename(2) replaces the old database in one step.
            guard rename(temporary, path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    private static func insert(_ document: [String: Any], id: Int, key: String, into db: Database) throws {
        let source = document["source"] as? [String: Any] ?? [:]
        let properties = document["properties"] as? [String: Any] ?? [:]
        let profile = (document["profile"] as? [String: Any])?["name"] as? String ?? ""
        let items = document["items"] as? [[String: Any]] ?? []
        let front = (document["frontMatter"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }.joined(separator: "\n")
        try db.execute(sql: "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments: [
            id, key, source["fileName"] as? String ?? "", source["sha256"] as? String ?? "", source["byteSize"] as? Int ?? 0,
            source["documentNumber"] as? String, profile, properties["title"] as? String, properties["language"] as? String,
            properties["created"] as? String, properties["modified"] as? String, jsonText(document["tk"]),
            items.count, front,
        ])
        for section in document["sections"] as? [[String: Any]] ?? [] {
            try db.execute(sql: "INSERT INTO sections VALUES (?, ?, ?, ?, ?)", arguments: [
                id, section["id"] as? String ?? "", section["level"] as? Int ?? 0, section["title"] as? String ?? "",
                section["parentId"] as? String,
            ])
        }
        for (position, item) in items.enumerated() {
            let itemId = item["id"] as? String ?? ""
            try db.execute(sql: "INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments: [
                id, itemId, position + 1, item["kind"] as? String ?? "", item["number"] as? String, item["text"] as? String ?? "",
                item["actor"] as? String, item["stance"] as? String, item["sectionId"] as? String, item["parentId"] as? String,
                jsonText(item["paragraphRefs"]),
            ])
            let response = item["response"] as? [String: Any]
            if let response {
                try db.execute(sql: "INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?)", arguments: [
                    id, itemId, response["text"] as? String ?? "", (response["paragraphs"] as? [Any])?.count ?? 0,
                    jsonText(response["answersItemIds"]), jsonText(response["footnoteIds"]),
                ])
                for reference in response["references"] as? [[String: Any]] ?? [] {
                    try db.execute(sql: "INSERT INTO cross_references VALUES (?, ?, ?, ?, ?, ?)", arguments: [
                        id, itemId, reference["kind"] as? String ?? "", reference["paragraph"] as? Int,
                        reference["number"] as? String, reference["itemId"] as? String,
                    ])
                }
            }
            try db.execute(sql: "INSERT INTO item_search VALUES (?, ?, ?, ?)", arguments: [
                id, itemId, item["text"] as? String ?? "", response?["text"] as? String ?? "",
            ])
        }
        for citation in document["references"] as? [[String: Any]] ?? [] {
            try db.execute(sql: "INSERT INTO citations VALUES (?, ?, ?, ?)", arguments: [
                id, citation["kind"] as? String ?? "", citation["value"] as? String ?? "", citation["text"] as? String ?? "",
            ])
        }
        for note in document["footnotes"] as? [[String: Any]] ?? [] {
            try db.execute(sql: "INSERT OR IGNORE INTO footnotes VALUES (?, ?, ?, ?, ?)", arguments: [
                id, note["id"] as? String ?? "", note["kind"] as? String ?? "", note["text"] as? String ?? "", jsonText(note["urls"]),
            ])
        }
        for diagnostic in document["diagnostics"] as? [[String: Any]] ?? [] {
            try db.execute(sql: "INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?, ?)", arguments: [
                id, diagnostic["severity"] as? String ?? "", diagnostic["code"] as? String ?? "",
                diagnostic["message"] as? String ?? "", diagnostic["itemId"] as? String, diagnostic["part"] as? String,
            ])
        }
    }

    /// A JSON value as compact text (`[44, 45]`), or nil for JSON null / absent.
    private static func jsonText(_ value: Any?) -> String? {
        guard let value, !(value is NSNull) else { return nil }
        guard JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }
}
