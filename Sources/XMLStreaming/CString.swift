/// libxml2's NUL-terminated strings compared with UTF-8 bytes in place, without making a
/// `String` (names and URIs are compared on every element).
enum CString {
    /// Whether the NUL-terminated `cString` holds exactly `bytes`. Reads `cString` no further
    /// than its NUL, also when `bytes` holds a NUL byte (which then never matches).
    @inline(__always)
    static func spells(_ cString: UnsafePointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            let byte = cString[index]
            if byte != bytes[index] || byte == 0 { return false }
        }
        return cString[bytes.count] == 0
    }
}
