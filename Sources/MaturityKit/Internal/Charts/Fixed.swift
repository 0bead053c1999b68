/// Locale-independent fixed-point formatting that gives what C's `%.Nf` gives: the exact binary value rounded
/// to N decimals, ties to even. `fma` recovers the rounding error of the scaling, so no digit is lost.
enum Fixed {
    static func format(_ value: Double, places: Int) -> String {
        precondition((0...6).contains(places))
        guard value.isFinite, abs(value) < 1e12 else { return value.isFinite ? String(value) : "0" }
        let scale = [1.0, 10, 100, 1000, 10000, 100000, 1000000][places]
        let magnitude = abs(value)
        let product = magnitude * scale
        let error = fusedError(magnitude, scale, product)
        var whole = product.rounded(.down)
        var fraction = product - whole // exact
        if fraction == 0 && error < 0 { whole -= 1; fraction = 1 } // the true value lies just below `product`
        // The true fractional part is fraction + error; its distance to one half decides, ties to even.
        let distance = (fraction - 0.5) + error
        if distance > 0 || (distance == 0 && whole.truncatingRemainder(dividingBy: 2) == 1) { whole += 1 }
        let units = Int(whole)
        let divisor = Int(scale)
        var text = String(units / divisor)
        if places > 0 {
            let digits = String(units % divisor)
            text += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return value < 0 && units != 0 ? "-" + text : text
    }

    /// The exact rounding error of `a * b` computed as `product`: a·b = product + error.
    private static func fusedError(_ a: Double, _ b: Double, _ product: Double) -> Double {
        (-product).addingProduct(a, b)
    }
}
