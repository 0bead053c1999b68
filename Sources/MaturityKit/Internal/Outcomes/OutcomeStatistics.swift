import Foundation

/// The outcome figures, each exactly as `docs/outcomes.md` writes it, so that anyone can recompute them.
enum OutcomeStatistics {
    /// The 97.5% point of the standard normal distribution.
    static let z975 = 1.959963984540054

    struct Interval: Sendable, Equatable {
        var low: Double
        var high: Double
    }

    /// Net Promoter Score from the counts of promoters (9–10), passives (7–8) and detractors (0–6), with the
    /// adjusted-Wald interval of Rocks (2016): n' = n + 3, p = (P + 0.75)/n', d = (D + 0.75)/n'.
    struct NPS: Sendable, Equatable {
        var promoters: Int
        var passives: Int
        var detractors: Int
        var n: Int { promoters + passives + detractors }
        var score: Double { 100 * Double(promoters - detractors) / Double(n) }

        /// The adjusted-Wald standard error, on the scale of proportions (−1 to 1).
        var standardError: Double {
            let adjusted = Double(n) + 3
            let (p, d) = ((Double(promoters) + 0.75) / adjusted, (Double(detractors) + 0.75) / adjusted)
            return ((p + d - (p - d) * (p - d)) / adjusted).squareRoot()
        }

        var ci95: Interval {
            let adjusted = Double(n) + 3
            let centre = (Double(promoters) + 0.75) / adjusted - (Double(detractors) + 0.75) / adjusted
            let half = z975 * standardError
            return Interval(low: max(-100, 100 * (centre - half)), high: min(100, 100 * (centre + half)))
        }
    }

    /// Share of answers 4 or 5 out of n, in percent, with Wilson's score interval.
    static func csat(satisfied: Int, n: Int) -> (score: Double, ci95: Interval) {
        let p = Double(satisfied) / Double(n), count = Double(n), z2 = z975 * z975
        let denominator = 1 + z2 / count
        let centre = (p + z2 / (2 * count)) / denominator
        let half = z975 / denominator * (p * (1 - p) / count + z2 / (4 * count * count)).squareRoot()
        return (100 * p, Interval(low: 100 * max(0, centre - half), high: 100 * min(1, centre + half)))
    }

    /// Pearson's r of paired values, nil below three pairs or when either side does not vary.
    static func pearson(_ pairs: [(Double, Double)]) -> Double? {
        guard pairs.count >= 3 else { return nil }
        let n = Double(pairs.count)
        let (mx, my) = (pairs.reduce(0) { $0 + $1.0 } / n, pairs.reduce(0) { $0 + $1.1 } / n)
        var (sxy, sxx, syy) = (0.0, 0.0, 0.0)
        for (x, y) in pairs {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
            syy += (y - my) * (y - my)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// Fisher's interval for r: tanh(atanh r ± z/√(n − 3)); nil below four pairs.
    static func fisher(_ r: Double, n: Int) -> Interval? {
        guard n >= 4 else { return nil }
        if abs(r) >= 1 { return Interval(low: r, high: r) }
        let (centre, half) = (atanh(r), z975 / Double(n - 3).squareRoot())
        return Interval(low: tanh(centre - half), high: tanh(centre + half))
    }

    /// Whether a z statistic lies beyond the 5% two-sided noise band.
    static func beyondNoise(z: Double) -> Bool { abs(z) > z975 }

    /// Change of NPS between two surveys: difference of scores over √(se₁² + se₂²) of the adjusted-Wald errors.
    static func npsChange(_ earlier: NPS, _ later: NPS) -> Change {
        let se = (earlier.standardError * earlier.standardError + later.standardError * later.standardError).squareRoot()
        let difference = later.score - earlier.score
        let z = difference / 100 / se
        return Change(difference: difference, statistic: z, beyondNoise: beyondNoise(z: z))
    }

    /// Change of CSAT: unpooled two-proportion z. No change can be told from noise when both shares are 0 or 100%.
    static func csatChange(_ earlier: (satisfied: Int, n: Int), _ later: (satisfied: Int, n: Int)) -> Change {
        let (p1, p2) = (Double(earlier.satisfied) / Double(earlier.n), Double(later.satisfied) / Double(later.n))
        let se = (p1 * (1 - p1) / Double(earlier.n) + p2 * (1 - p2) / Double(later.n)).squareRoot()
        guard se > 0 else { return Change(difference: 100 * (p2 - p1), statistic: nil, beyondNoise: false) }
        let z = (p2 - p1) / se
        return Change(difference: 100 * (p2 - p1), statistic: z, beyondNoise: beyondNoise(z: z))
    }

    /// Change of CES: Welch's t-test, two-sided at 5%.
    static func cesChange(_ earlier: MeanFigures, _ later: MeanFigures) -> Change {
        let difference = later.mean - earlier.mean
        guard earlier.n >= 2, later.n >= 2, earlier.sd > 0 || later.sd > 0 else { return Change(difference: difference, statistic: nil, beyondNoise: false) }
        let p = Statistics.welchPValue((earlier.mean, earlier.sd * earlier.sd, earlier.n), (later.mean, later.sd * later.sd, later.n))
        let t = difference / (earlier.sd * earlier.sd / Double(earlier.n) + later.sd * later.sd / Double(later.n)).squareRoot()
        return Change(difference: difference, statistic: t, beyondNoise: p < 0.05)
    }

    /// A mean with its sample standard deviation and Student-t interval.
    struct MeanFigures: Sendable, Equatable {
        var n: Int
        var mean: Double
        var sd: Double
        var ci95: Interval?

        init(values: [Int]) {
            let count = values.count
            let average = Double(values.reduce(0, +)) / Double(max(1, count))
            let squares = values.reduce(0.0) { $0 + (Double($1) - average) * (Double($1) - average) }
            let deviation = count > 1 ? (squares / Double(count - 1)).squareRoot() : 0
            (n, mean, sd) = (count, average, deviation)
            if count > 1 {
                let half = Statistics.studentTQuantile(0.975, degreesOfFreedom: Double(count - 1)) * deviation / Double(count).squareRoot()
                ci95 = Interval(low: average - half, high: average + half)
            }
        }
    }

    struct Change: Sendable, Equatable {
        /// Later minus earlier, in the measure's own units (NPS and CSAT points, CES scale points).
        var difference: Double
        /// z (NPS, CSAT) or t (CES); nil when the test cannot be computed.
        var statistic: Double?
        var beyondNoise: Bool
    }
}
