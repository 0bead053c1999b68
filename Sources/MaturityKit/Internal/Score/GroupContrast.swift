/// A shown group of an attribute against everyone else in the organisation, for one dimension: does the
/// group differ from the rest by more than the noise? The rest is not tallied on its own: its sums are the
/// organisation's minus the group's, so the test costs nothing per respondent.
///
/// Only figures of the group itself and of the organisation enter: a hidden group has no contrast, and the
/// answer for a shown group says nothing about any single hidden one.
enum GroupContrast {
    /// n, mean and sum of squared deviations from the mean of a set of respondents' scores.
    struct Sums: Equatable {
        var n: Int
        var mean: Double
        var m2: Double
    }

    /// The organisation minus the group (Chan et al.'s merge, run backwards); nil when no one is left.
    static func rest(of group: Sums, in whole: Sums) -> Sums? {
        let n = whole.n - group.n
        guard n > 0, group.n > 0 else { return nil }
        let mean = (Double(whole.n) * whole.mean - Double(group.n) * group.mean) / Double(n)
        let delta = group.mean - mean
        let m2 = whole.m2 - group.m2 - delta * delta * Double(group.n) * Double(n) / Double(whole.n)
        return Sums(n: n, mean: mean, m2: max(0, m2))
    }

    /// Welch's two-sided p-value of the group against the rest; nil when either has fewer than two respondents.
    static func pValue(group: Sums, whole: Sums) -> Double? {
        guard let rest = rest(of: group, in: whole), group.n > 1, rest.n > 1 else { return nil }
        return Statistics.welchPValue(
            (group.mean, group.m2 / Double(group.n - 1), group.n), (rest.mean, rest.m2 / Double(rest.n - 1), rest.n))
    }

    /// The test for a shown group of a dimension whose total is shown; nil where there is nothing to test.
    static func pValue(_ group: GroupResult, of dimension: DimensionResult) -> Double? {
        guard let figures = group.figures, let n = dimension.n, let mean = dimension.score, let sd = dimension.sd else { return nil }
        let whole = Sums(n: n, mean: mean, m2: sd * sd * Double(n - 1))
        return pValue(group: Sums(n: figures.n, mean: figures.score, m2: group.m2), whole: whole)
    }

    /// Beyond the noise: p below 0.05.
    static func differs(_ group: GroupResult, of dimension: DimensionResult) -> Bool { (pValue(group, of: dimension) ?? 1) < 0.05 }
}

extension Statistics {
    /// Welch's unequal-variances t-test, two-sided, from each sample's mean, variance (divided by n − 1) and n
    /// (both n at least 2). With both variances zero, the p-value is 1 for equal means and 0 otherwise.
    static func welchPValue(_ first: (mean: Double, variance: Double, n: Int), _ second: (mean: Double, variance: Double, n: Int)) -> Double {
        let v1 = first.variance / Double(first.n), v2 = second.variance / Double(second.n)
        let standardError = (v1 + v2).squareRoot()
        guard standardError > 0 else { return first.mean == second.mean ? 1 : 0 }
        let t = (second.mean - first.mean) / standardError
        let denominator = v1 * v1 / Double(first.n - 1) + v2 * v2 / Double(second.n - 1)
        let df = denominator > 0 ? (v1 + v2) * (v1 + v2) / denominator : Double(first.n + second.n - 2)
        let p = 2 * (1 - studentTCDF(abs(t), degreesOfFreedom: df))
        return min(1, max(0, p))
    }
}
