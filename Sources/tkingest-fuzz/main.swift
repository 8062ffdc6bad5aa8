// tkingest-fuzz: the whole convert path (unzip → parse → segment → JSON) on arbitrary bytes.
//
// Built with `-sanitize=fuzzer,address -DFUZZING` (scripts/fuzz/run.sh) it is a libFuzzer
// binary: every input goes through `DocumentConverter.convert(bytes:fileName:)`; a thrown
// `IngestError` is a correct refusal, anything else (a trap, a sanitizer report, a timeout,
// running out of memory) is a finding. Without FUZZING it replays the files and folders
// given as arguments (scripts/fuzz/replay.sh, CI), printing one line per input.
import Foundation
import IngestCore
import Pipeline

/// Runs one input; returns the refusal, or nil when it converted.
func runOne(_ bytes: [UInt8]) -> IngestError? {
    do {
        _ = try DocumentConverter().convert(bytes: bytes, fileName: "fuzz-input.docx")
        return nil
    } catch {
        return error
    }
}

#if FUZZING

/// The libFuzzer entry point. Defined under its C name as well: the Swift driver links
/// `libclang_rt.fuzzer`, whose own `main` (pulled in by the linker) refers to it; whichever
/// `main` wins, every input ends up here.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    _ = runOne(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// Mutates with libFuzzer's own mutator, then — for every other mutation — repairs the CRC-32
/// of stored (uncompressed) zip entries, so mutated XML in a stored package gets past the
/// CRC check into WordML, segmentation and the JSON writer instead of ending as zip-corrupt.
@_cdecl("LLVMFuzzerCustomMutator")
public func customMutator(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    guard let data else { return 0 }
    let newSize = LLVMFuzzerMutate(data, size, maxSize)
    if seed & 1 == 0 { StoredEntries.repairCRCs(UnsafeMutableBufferPointer(start: data, count: newSize)) }
    return newSize
}

@_silgen_name("LLVMFuzzerMutate")
func LLVMFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

enum StoredEntries {
    static let table: [UInt32] = (0..<256).map { n in
        (0..<8).reduce(UInt32(n)) { c, _ in c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    }

    /// For each central-directory entry of method 0 whose local header and data lie inside
    /// `zip`, writes the CRC-32 of the data into both headers. Anything inconsistent is skipped.
    static func repairCRCs(_ zip: UnsafeMutableBufferPointer<UInt8>) {
        func u16(_ at: Int) -> Int { Int(zip[at]) | Int(zip[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func put32(_ value: UInt32, _ at: Int) { for k in 0..<4 { zip[at + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) } }
        var central = 0
        while central + 46 <= zip.count {
            defer { central += 1 }
            guard zip[central] == 0x50, zip[central + 1] == 0x4B, zip[central + 2] == 1, zip[central + 3] == 2,
                  u16(central + 10) == 0 else { continue }
            let local = u32(central + 42), size = u32(central + 20)
            guard local + 30 <= zip.count, zip[local] == 0x50, zip[local + 1] == 0x4B, zip[local + 2] == 3, zip[local + 3] == 4 else { continue }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + size <= zip.count else { continue }
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in zip[start..<(start + size)] { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            put32(~crc, central + 16)
            put32(~crc, local + 14)
        }
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
exit(status)

#else

/// The regular files at `path`: itself, or everything below it (sorted, hidden files skipped).
func inputFiles(_ path: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [path] }
    guard isFolder.boolValue else { return [path] }
    let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
    return names.sorted().compactMap { name -> String? in
        let full = (path as NSString).appendingPathComponent(name)
        var folder: ObjCBool = false
        let hidden = name.split(separator: "/").contains { $0.hasPrefix(".") }
        guard !hidden, FileManager.default.fileExists(atPath: full, isDirectory: &folder), !folder.boolValue else { return nil }
        return full
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty || arguments.contains("-h") || arguments.contains("--help") {
    print("usage: tkingest-fuzz FILE_OR_FOLDER…   (replays inputs; build with -DFUZZING for libFuzzer)")
    exit(arguments.isEmpty ? 2 : 0)
}
var converted = 0, refused = 0, internalErrors = 0, unreadable = 0
for path in arguments.flatMap(inputFiles) {
    // FileHandle, not FileManager.contents(atPath:): the latter leaks a 4 KiB buffer for an
    // empty file (swift-foundation's zero-size read path), which LeakSanitizer reports.
    guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
        print("\(path): unreadable")
        unreadable += 1
        continue
    }
    try? handle.close()
    let started = Date()
    let error = runOne([UInt8](data))
    let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
    if let error {
        refused += 1
        if error.code == .internalError { internalErrors += 1 }
        print("\(path): \(error.code.rawValue) (\(milliseconds) ms)")
    } else {
        converted += 1
        print("\(path): ok (\(milliseconds) ms)")
    }
}
print("replayed \(converted + refused) inputs: \(converted) converted, \(refused) refused (\(internalErrors) internal-error), \(unreadable) unreadable")
exit(unreadable > 0 ? 1 : 0)

#endif
