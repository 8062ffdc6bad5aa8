import Foundation
import Testing
import IngestCore
import XMLStreaming

/// Element names reach handlers through a cache keyed by libxml2's interned pointers:
/// every event must still carry the right name and tag, also when a part has far more
/// distinct names than the cache holds.
@Suite struct ElementNameTests {
    /// Records every start and end name, tagging each name with its length.
    final class Recorder: XMLEventHandler {
        var starts: [XMLName] = []
        var ends: [XMLName] = []
        var tagRequests = 0
        let wantsCharacters = false
        let failure: IngestError? = nil
        func tag(for name: XMLName) -> Int { tagRequests += 1; return name.localName.utf8.count }
        func startElement(_ name: XMLName, attributes: XMLAttributes) { starts.append(name) }
        func endElement(_ name: XMLName) { ends.append(name) }
        func characters(_ utf8: UnsafeBufferPointer<UInt8>) {}
    }

    @Test func namesAndTagsSurviveCacheEviction() throws {
        // 150,000 distinct names of 16–17 bytes: more than the cache's slots and arena.
        let count = 150_000
        var xml = #"<root xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:o="urn:other">"#
        for index in 0..<count { xml += index % 3 == 0 ? "<o:element_\(index)/>" : "<element_\(index)/>" }
        xml += "</root>"
        let recorder = Recorder()
        try SAXParser(handler: recorder, partName: "test.xml").parse(Array(xml.utf8))

        #expect(recorder.starts.count == count + 1)
        #expect(recorder.ends.count == count + 1)
        for index in 0..<count {
            let start = recorder.starts[index + 1]
            let expected = "element_\(index)"
            #expect(start.localName == expected)
            #expect(start.namespace == (index % 3 == 0 ? .other : .wordprocessingML))
            #expect(start.tag == expected.utf8.count)
            #expect(recorder.ends[index] == start)
        }
        #expect(recorder.ends.last?.localName == "root")
    }

    @Test func repeatedNamesAreResolvedOnce() throws {
        var xml = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
        xml += String(repeating: "<w:p><w:r><w:t>x</w:t></w:r></w:p>", count: 2_000)
        xml += "</w:body></w:document>"
        let recorder = Recorder()
        try SAXParser(handler: recorder, partName: "word/document.xml").parse(Array(xml.utf8))
        #expect(recorder.starts.count == 2 + 3 * 2_000)
        #expect(recorder.tagRequests == 5)
        #expect(recorder.starts.filter { $0.localName == "t" }.allSatisfy { $0.tag == 1 && $0.namespace == .wordprocessingML })
    }

    @Test func namespacesMatchTheirURIsBeyondTheRecentOnes() throws {
        // More namespaces than are remembered, known and unknown, met again in turn.
        let uris = (0..<12).map { "urn:other:\($0)" } + [
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.org/dc/terms/",
            "http://schemas.openxmlformats.org/officeDocument/2006/math", "urn:schemas-microsoft-com:vml",
        ]
        var xml = "<root"
        for (index, uri) in uris.enumerated() { xml += #" xmlns:n\#(index)="\#(uri)""# }
        xml += ">"
        for round in 0..<3 {
            for index in uris.indices { xml += "<n\(index):e\(round)_\(index)/>" }
        }
        xml += "</root>"
        let recorder = Recorder()
        try SAXParser(handler: recorder, partName: "test.xml").parse(Array(xml.utf8))
        #expect(recorder.starts.count == 1 + 3 * uris.count)
        for round in 0..<3 {
            for index in uris.indices {
                let name = recorder.starts[1 + round * uris.count + index]
                #expect(name.localName == "e\(round)_\(index)")
                #expect(name.namespace == XMLNamespace(uri: uris[index]))
            }
        }
    }
}
