/// The bytes of a data file (JSON, CSV) as it is written. Appending to one byte array is several times cheaper
/// than growing a String, which checks every piece for ASCII; numbers write themselves in through `TextOutputStream`.
struct TextBytes: TextOutputStream {
    var bytes: [UInt8] = []

    mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

    mutating func pad(_ depth: Int) { bytes.append(contentsOf: repeatElement(0x20, count: depth * 2)) }
}
