import IngestCore
public import Segmentation
public import WordML

/// Writes the normalized document JSON of contract v1 straight from the stages' results:
/// the same bytes as `JSONWriter.write(ContractDocument.build(…))`, without building a
/// ``JSONValue`` tree first. Each object's keys are written in their sorted order.
public enum ContractWriter {
    /// The contract JSON text of one converted document, ending with a newline.
    /// - Parameters:
    ///   - source: The input file's identity.
    ///   - document: The block model (properties, notes, parse diagnostics).
    ///   - segmented: Items and replies.
    ///   - tk: Tweede Kamer metadata supplied by the caller, or `.null`.
    public static func write(source: SourceInfo, document: WordDocument, segmented: SegmentedDocument,
                             tk: JSONValue = .null) -> [UInt8] {
        var json = JSONStream(capacity: estimatedSize(document, segmented))
        json.openObject()
        json.key("backMatter")
        matter(segmented.backMatter, into: &json)
        json.key("diagnostics")
        diagnostics(document, segmented, into: &json)
        json.key("footnotes")
        footnotes(document, into: &json)
        json.key("frontMatter")
        matter(segmented.frontMatter, into: &json)
        json.key("items")
        json.openArray()
        for item in segmented.items {
            json.element()
            self.item(item, into: &json)
        }
        json.closeArray()
        json.key("profile")
        json.openObject()
        json.key("name")
        json.string(segmented.profile.rawValue)
        json.key("reason")
        json.string(segmented.profileReason)
        json.closeObject()
        json.key("properties")
        properties(document.properties, into: &json)
        json.key("references")
        references(segmented.references, into: &json)
        json.key("schemaVersion")
        json.string(ContractDocument.schemaVersion)
        json.key("sections")
        sections(segmented.sections, into: &json)
        json.key("source")
        self.source(source, into: &json)
        json.key("tk")
        json.value(tk)
        json.closeObject()
        return json.finish()
    }

    /// A generous guess at the output's size, so that the buffer seldom grows: the texts
    /// (reply paragraphs twice, as a list and joined) plus room for keys and indentation.
    private static func estimatedSize(_ document: WordDocument, _ segmented: SegmentedDocument) -> Int {
        var size = 8 * 1024 + 600 * (document.footnotes.count + document.endnotes.count)
            + 200 * (document.diagnostics.count + segmented.diagnostics.count + segmented.references.count)
        for item in segmented.items {
            size += 600 + item.text.utf8.count
            for paragraph in item.response?.paragraphs ?? [] { size += 16 + 2 * paragraph.utf8.count }
        }
        for entry in segmented.frontMatter { size += 80 + entry.text.utf8.count }
        for entry in segmented.backMatter { size += 80 + entry.text.utf8.count }
        for section in segmented.sections { size += 120 + section.title.utf8.count }
        return size
    }

    private static func source(_ source: SourceInfo, into json: inout JSONStream) {
        json.openObject()
        json.key("byteSize")
        json.int(source.byteSize)
        json.key("documentNumber")
        json.string(source.documentNumber)
        json.key("fileName")
        json.string(source.fileName)
        json.key("sha256")
        json.string(source.sha256)
        json.closeObject()
    }

    private static func properties(_ properties: DocumentProperties, into json: inout JSONStream) {
        json.openObject()
        json.key("created")
        json.string(properties.created)
        json.key("creator")
        json.string(properties.creator)
        json.key("language")
        json.string(properties.language)
        json.key("lastModifiedBy")
        json.string(properties.lastModifiedBy)
        json.key("modified")
        json.string(properties.modified)
        json.key("title")
        json.string(properties.title.map(TextNormalizer.normalize))
        json.closeObject()
    }

    private static func matter(_ entries: [MatterEntry], into json: inout JSONStream) {
        json.openArray()
        for entry in entries {
            json.element()
            json.openObject()
            json.key("role")
            json.string(entry.role)
            json.key("text")
            json.string(entry.text)
            json.closeObject()
        }
        json.closeArray()
    }

    private static func sections(_ sections: [Section], into json: inout JSONStream) {
        json.openArray()
        for section in sections {
            json.element()
            json.openObject()
            json.key("id")
            json.string(section.id)
            json.key("level")
            json.int(section.level)
            json.key("parentId")
            json.string(section.parentId)
            json.key("title")
            json.string(section.title)
            json.closeObject()
        }
        json.closeArray()
    }

    private static func item(_ item: Item, into json: inout JSONStream) {
        json.openObject()
        json.key("actor")
        json.string(item.actor)
        json.key("footnoteIds")
        json.strings(item.footnoteIds)
        json.key("id")
        json.string(item.id)
        json.key("kind")
        json.string(item.kind.rawValue)
        json.key("number")
        json.string(item.number)
        json.key("paragraphRefs")
        json.ints(item.paragraphRefs)
        json.key("parentId")
        json.string(item.parentId)
        json.key("response")
        if let response = item.response {
            self.response(response, into: &json)
        } else {
            json.null()
        }
        json.key("sectionId")
        json.string(item.sectionId)
        json.key("stance")
        json.string(item.stance)
        json.key("text")
        json.string(item.text)
        json.closeObject()
    }

    private static func response(_ response: Response, into json: inout JSONStream) {
        json.openObject()
        json.key("answersItemIds")
        json.strings(response.answersItemIds)
        json.key("footnoteIds")
        json.strings(response.footnoteIds)
        json.key("paragraphs")
        json.strings(response.paragraphs)
        json.key("references")
        json.openArray()
        for reference in response.references {
            json.element()
            self.reference(reference, into: &json)
        }
        json.closeArray()
        // `Response.text`, written without joining the paragraphs into a new string.
        json.key("text")
        json.string(joining: response.paragraphs, separator: "\n\n")
        json.closeObject()
    }

    /// A cross reference; `number` and `paragraph` only when present.
    private static func reference(_ reference: CrossReference, into json: inout JSONStream) {
        json.openObject()
        json.key("itemId")
        json.string(reference.itemId)
        json.key("kind")
        json.string(reference.kind.rawValue)
        if let number = reference.number {
            json.key("number")
            json.string(number)
        }
        if let paragraph = reference.paragraph {
            json.key("paragraph")
            json.int(paragraph)
        }
        json.closeObject()
    }

    private static func footnotes(_ document: WordDocument, into json: inout JSONStream) {
        json.openArray()
        for note in ContractNote.all(in: document) {
            json.element()
            json.openObject()
            json.key("id")
            json.string(note.id)
            json.key("kind")
            json.string(note.kind.rawValue)
            json.key("text")
            json.string(note.text)
            json.key("urls")
            json.strings(note.urls)
            json.closeObject()
        }
        json.closeArray()
    }

    /// The parse diagnostics (with their part), then the segmenter's (with their item).
    private static func diagnostics(_ document: WordDocument, _ segmented: SegmentedDocument,
                                    into json: inout JSONStream) {
        json.openArray()
        for diagnostic in document.diagnostics {
            diagnosticEntry(severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message,
                            itemId: nil, part: diagnostic.part, into: &json)
        }
        for diagnostic in segmented.diagnostics {
            diagnosticEntry(severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message,
                            itemId: diagnostic.itemId, part: nil, into: &json)
        }
        json.closeArray()
    }

    private static func diagnosticEntry(severity: Diagnostic.Severity, code: String, message: String,
                                        itemId: String?, part: String?, into json: inout JSONStream) {
        json.element()
        json.openObject()
        json.key("code")
        json.string(code)
        json.key("itemId")
        json.string(itemId)
        json.key("message")
        json.string(message)
        json.key("part")
        json.string(part)
        json.key("severity")
        json.string(severity.rawValue)
        json.closeObject()
    }

    private static func references(_ references: [DocumentReference], into json: inout JSONStream) {
        json.openArray()
        for reference in references {
            json.element()
            json.openObject()
            json.key("kind")
            json.string(reference.kind.rawValue)
            json.key("text")
            json.string(reference.text)
            json.key("value")
            json.string(reference.value)
            json.closeObject()
        }
        json.closeArray()
    }
}
