/// Locale-independent fixed-point formatting that gives what C's `%.Nf` gives: the exact binary value rounded
/// to N decimals, ties to even. `fma` recovers the rounding error of the scaling, so no digit is lost.
enum Fixed {
    private static let powers: [Double] = [1, 10, 100, 1000, 10000, 100000, 1000000]

    static func format(_ value: Double, places: Int) -> String {
        precondition((0...6).contains(places))
        guard value.isFinite, abs(value) < 1e12 else { return value.isFinite ? String(value) : "0" }
        return digits(rounded(value, places: places), places: places, negative: value < 0)
    }

    /// The same text written straight into a byte buffer (an SVG drawing), with no String in between.
    static func write(_ value: Double, places: Int, into bytes: inout [UInt8]) {
        guard value.isFinite, abs(value) < 1e12 else { return bytes.append(contentsOf: format(value, places: places).utf8) }
        let units = rounded(value, places: places)
        if value < 0 && units != 0 { bytes.append(0x2D) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var position = buffer.count
            var rest = units
            for _ in 0..<places {
                position -= 1
                buffer[position] = 0x30 + UInt8(rest % 10)
                rest /= 10
            }
            if places > 0 {
                position -= 1
                buffer[position] = 0x2E
            }
            repeat {
                position -= 1
                buffer[position] = 0x30 + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position...]))
        }
    }

    /// The magnitude times 10^places, rounded to the nearest whole number as `%.Nf` rounds.
    private static func rounded(_ value: Double, places: Int) -> Int {
        let scale = powers[places]
        let magnitude = abs(value)
        let product = magnitude * scale
        let error = fusedError(magnitude, scale, product)
        var whole = product.rounded(.down)
        var fraction = product - whole  // exact
        if fraction == 0 && error < 0 { whole -= 1; fraction = 1 }  // the true value lies just below `product`
        // The true fractional part is fraction + error; its distance to one half decides, ties to even.
        let distance = (fraction - 0.5) + error
        if distance > 0 || (distance == 0 && Int(whole) & 1 == 1) { whole += 1 }  // whole < 10^18: an exact Int, no fmod
        return Int(whole)
    }

    /// `units` (the value times 10^places) written with the decimal point, right to left into a small buffer:
    /// one String at the end, and no heap allocation for the short strings charts are made of.
    private static func digits(_ units: Int, places: Int, negative: Bool) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var position = buffer.count
            var rest = units
            func put(_ byte: UInt8) { position -= 1; buffer[position] = byte }
            for _ in 0..<places {
                put(0x30 + UInt8(rest % 10))
                rest /= 10
            }
            if places > 0 { put(0x2E) }
            repeat {
                put(0x30 + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            if negative && units != 0 { put(0x2D) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[position...]), as: UTF8.self)
        }
    }

    /// The exact rounding error of `a * b` computed as `product`: a·b = product + error.
    private static func fusedError(_ a: Double, _ b: Double, _ product: Double) -> Double {
        (-product).addingProduct(a, b)
    }
}
