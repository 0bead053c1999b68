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
        return WaveChange(difference: m2 - m1, pValue: Statistics.welchPValue((m1, s1 * s1, n1), (m2, s2 * s2, n2)))
    }
}
