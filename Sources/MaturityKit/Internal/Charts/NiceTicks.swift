import Foundation

/// Round tick values for an axis: a step of 1, 2, 2.5 or 5 times a power of ten giving about `count`
/// intervals, and the range widened to whole steps.
enum NiceTicks {
    static func ticks(_ range: ClosedRange<Double>, count: Int = 4) -> (range: ClosedRange<Double>, ticks: [Double]) {
        let span = max(range.upperBound - range.lowerBound, 1e-9)
        let rough = span / Double(max(1, count))
        let power = pow10(floor(log10(rough)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        let low = (range.lowerBound / step).rounded(.down) * step, high = (range.upperBound / step).rounded(.up) * step
        let steps = Int(((high - low) / step).rounded())
        return (low...high, (0...steps).map { low + Double($0) * step })
    }

    private static func pow10(_ exponent: Double) -> Double {
        var value = 1.0
        if exponent >= 0 { for _ in 0..<Int(exponent) { value *= 10 } } else { for _ in 0..<Int(-exponent) { value /= 10 } }
        return value
    }
}
