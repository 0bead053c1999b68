import Foundation

/// The few statistics the report needs, written out so that anyone can recompute them.
enum Statistics {
    /// Sample standard deviation from Welford moments; nil below two values.
    static func sampleSD(_ moments: ResponseTally.Moments) -> Double? {
        moments.n < 2 ? nil : (moments.m2 / Double(moments.n - 1)).squareRoot()
    }

    /// `mean ± t(0.975, n−1)·sd/√n`; nil below two values.
    static func confidenceInterval95(_ moments: ResponseTally.Moments) -> (Double, Double)? {
        guard let sd = sampleSD(moments) else { return nil }
        let half = quantile975.value(degreesOfFreedom: moments.n - 1) * sd / Double(moments.n).squareRoot()
        return (moments.mean - half, moments.mean + half)
    }

    /// t(0.975, df), remembered per df: a unit report needs thousands of intervals, mostly with the same few
    /// hundred sample sizes, and each quantile takes a bisection of incomplete beta functions.
    private static let quantile975 = QuantileMemo(p: 0.975)

    /// The p-quantile of Student's t distribution (p in (0.5, 1)), found by bisection on the distribution function.
    static func studentTQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        var low = 0.0, high = 1.0
        while studentTCDF(high, degreesOfFreedom: df) < p { high *= 2 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if studentTCDF(middle, degreesOfFreedom: df) < p { low = middle } else { high = middle }
            if high - low <= 1e-15 * high { break }
        }
        return (low + high) / 2
    }

    /// P(T ≤ t) for t ≥ 0, through the regularized incomplete beta function.
    static func studentTCDF(_ t: Double, degreesOfFreedom df: Double) -> Double {
        let x = df / (df + t * t)
        return 1 - 0.5 * regularizedIncompleteBeta(x, a: df / 2, b: 0.5)
    }

    /// I_x(a, b), by the continued fraction (modified Lentz), using the symmetry relation where it converges faster.
    static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logBeta: Double = lgamma(a) + lgamma(b) - lgamma(a + b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let logFront = logPowers - logBeta
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x, a: a, b: b) / a
        }
        return 1 - exp(logFront) * continuedFraction(1 - x, a: b, b: a) / b
    }

    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        for m in 1...500 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d; if abs(d) < tiny { d = tiny }
            c = 1 + even / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d; if abs(d) < tiny { d = tiny }
            c = 1 + odd / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            result *= step
            if abs(step - 1) < 1e-16 { break }
        }
        return result
    }
}

/// Remembered quantiles of one probability, safe to share between threads. The value does not depend on
/// whether it was remembered, so neither does the output.
private final class QuantileMemo: @unchecked Sendable {
    private let p: Double
    private var known: [Int: Double] = [:]
    private let lock = NSLock()

    init(p: Double) { self.p = p }

    func value(degreesOfFreedom df: Int) -> Double {
        if let value = lock.withLock({ known[df] }) { return value }
        let value = Statistics.studentTQuantile(p, degreesOfFreedom: Double(df))
        lock.withLock { known[df] = value }
        return value
    }
}
