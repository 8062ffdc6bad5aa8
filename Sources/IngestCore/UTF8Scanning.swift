extension String {
    /// Whether the UTF-8 encoding contains `byte`. Scans the contiguous storage, which is
    /// several times faster than iterating `utf8`.
    @inlinable
    public func utf8Contains(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(byte) }
    }

    /// Calls `body` with the UTF-8 bytes (no copy for native strings). Read in place when
    /// they are contiguous: `withUTF8` needs a `var` copy, a retain and a release per call.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = self
        return try text.withUTF8(body)
    }
}
