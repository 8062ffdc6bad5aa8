#if canImport(Glibc)
import Glibc
#endif

/// Byte-for-byte equality of two buffers: one home for the readers' look-ups on bytes
/// (style ids, relationship types, opener words, cached parts), where `String` equality
/// would compare `Character`s and `elementsEqual` goes through generic code.
public enum ByteComparison {
    /// Whether `first` and `second` hold the same bytes.
    public static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        guard let left = first.baseAddress, let right = second.baseAddress else { return true }
        return memcmp(left, right, first.count) == 0
    }
}
