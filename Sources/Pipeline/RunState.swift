import Foundation
import GRDB

/// The embedded state database of a pipeline's output root: for each input key, the
/// fingerprint (content hash + tool version + options) of its last conversion and how
/// it ended. Every update is its own transaction, so a run killed at any moment leaves a
/// consistent state to resume from.
final class RunState: Sendable {
    struct Entry: Sendable {
        let fingerprint: String
        let status: String
        let errorCode: String?
        let errorMessage: String?
    }

    private let database: DatabaseQueue

    init(path: String) throws {
        database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS inputs (
                    key TEXT PRIMARY KEY,
                    fingerprint TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('converted', 'failed')),
                    error_code TEXT,
                    error_message TEXT
                )
                """)
        }
    }

    /// Every entry, by key.
    func entries() throws -> [String: Entry] {
        try database.read { db in
            var result: [String: Entry] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, fingerprint, status, error_code, error_message FROM inputs") {
                let key: String = row["key"]
                result[key] = Entry(fingerprint: row["fingerprint"], status: row["status"],
                                    errorCode: row["error_code"], errorMessage: row["error_message"])
            }
            return result
        }
    }

    func record(key: String, fingerprint: String, errorCode: String?, errorMessage: String?) throws {
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO inputs (key, fingerprint, status, error_code, error_message) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
                    error_code = excluded.error_code, error_message = excluded.error_message
                """, arguments: [key, fingerprint, errorCode == nil ? "converted" : "failed", errorCode, errorMessage])
        }
    }

    func remove(keys: [String]) throws {
        try database.write { db in
            for key in keys { try db.execute(sql: "DELETE FROM inputs WHERE key = ?", arguments: [key]) }
        }
    }
}
