import Foundation

/// Change between two waves for one dimension, and whether it exceeds the noise.
struct WaveChange: Sendable {
    var difference: Double
    /// Welch's t-test, two-sided; nil when either wave has fewer than two respondents.
    var pValue: Double?

    var isSignificant: Bool { (pValue ?? 1) < 0.05 }

    /// Welch's unequal-variances t-test on the respondents' dimension scores of the two waves.
    static func between(_ before: DimensionResult, _ after: DimensionResult) -> WaveChange? {
        guard let m1 = before.score, let m2 = after.score else { return nil }
        guard let s1 = before.sd, let s2 = after.sd, let n1 = before.n, let n2 = after.n, n1 > 1, n2 > 1 else {
            return WaveChange(difference: m2 - m1, pValue: nil)
        }
        let v1 = s1 * s1 / Double(n1), v2 = s2 * s2 / Double(n2)
        let standardError = (v1 + v2).squareRoot()
        guard standardError > 0 else { return WaveChange(difference: m2 - m1, pValue: m1 == m2 ? 1 : 0) }
        let t = (m2 - m1) / standardError
        let numerator = (v1 + v2) * (v1 + v2)
        let denominator = v1 * v1 / Double(n1 - 1) + v2 * v2 / Double(n2 - 1)
        let df = denominator > 0 ? numerator / denominator : Double(n1 + n2 - 2)
        let p = 2 * (1 - Statistics.studentTCDF(abs(t), degreesOfFreedom: df))
        return WaveChange(difference: m2 - m1, pValue: min(1, max(0, p)))
    }
}
