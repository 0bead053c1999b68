import Yams

/// Reads `benchmarks/<set>.yaml` and checks it against the model: known dimensions, ordered quartiles on the scale.
enum BenchmarkLoader {
    /// The keys of a benchmark set and of one dimension's figures; schemas/benchmark.schema.json lists the same.
    static let keys = ["name", "source", "year", "illustrative", "model", "dimensions"]
    static let figureKeys = ["n", "mean", "p25", "median", "p75"]

    static func load(text: String, file: String, id: String, model: MaturityModel) -> (BenchmarkSet?, [Diagnostic]) {
        let reader = YAMLReader(file: file)
        guard let root = reader.mapping(reader.parse(text), "a benchmark set") else { return (nil, reader.diagnostics) }
        reader.checkKeys(root, allowed: keys, in: "a benchmark set")
        let name = reader.string(root, "name", in: "the benchmark set", .title) ?? ""
        let source = reader.string(root, "source", in: "the benchmark set") ?? ""
        let year = reader.int(root, "year", in: "the benchmark set", required: false, range: 1900...2200)
        let illustrative = reader.bool(root, "illustrative", in: "the benchmark set") ?? false
        let known = Set(model.dimensions.map(\.id))
        let low = Double(model.scale.min), high = Double(model.scale.max)
        var figures: [String: BenchmarkSet.Figures] = [:]
        if root["dimensions"] == nil { reader.error(reader.location(.mapping(root)), "missing required key 'dimensions' in the benchmark set") }
        for (key, value) in reader.mapping(root["dimensions"], "'dimensions'") ?? Node.Mapping([]) {
            let dimension = key.string ?? ""
            guard known.contains(dimension) else {
                let hint = Suggestion.hint(for: dimension, among: model.dimensions.map(\.id))
                reader.error(reader.location(key), "unknown dimension '\(dimension)' for the model '\(model.id)' (\(hint))")
                continue
            }
            guard let map = reader.mapping(value, "the figures of '\(dimension)'") else { continue }
            let what = "'\(dimension)'"
            reader.checkKeys(map, allowed: figureKeys, in: what)
            // Wide bounds here keep every figure finite; the scale check below is the one users meet.
            let wide = -1000.0...1000.0
            guard let n = reader.int(map, "n", in: what, range: 0...1_000_000_000), let mean = reader.double(map, "mean", in: what, range: wide),
                let p25 = reader.double(map, "p25", in: what, range: wide), let median = reader.double(map, "median", in: what, range: wide),
                let p75 = reader.double(map, "p75", in: what, range: wide)
            else { continue }
            let place = reader.location(value)
            if n < 1 { reader.error(place, "expected n of 1 or more for \(what), found \(n)") }
            if !(p25 <= median && median <= p75) {
                reader.error(place, "expected p25 ≤ median ≤ p75 for \(what), found \(p25), \(median), \(p75)")
            }
            for (label, number) in [("mean", mean), ("p25", p25), ("median", median), ("p75", p75)] where number < low || number > high {
                reader.error(place, "expected \(label) of \(what) on the scale \(model.scale.min)–\(model.scale.max), found \(number)")
            }
            figures[dimension] = .init(n: n, mean: mean, p25: p25, median: median, p75: p75)
        }
        if reader.hasErrors { return (nil, reader.diagnostics) }
        return (BenchmarkSet(file: file, id: id, name: name, source: source, year: year, illustrative: illustrative, dimensions: figures), reader.diagnostics)
    }

    /// Estimated share of organisations scoring below `score`: linear between the scale's ends and the quartiles.
    static func percentileRank(_ score: Double, _ figures: BenchmarkSet.Figures, scale: MaturityModel.Scale) -> Double {
        let points: [(Double, Double)] = [(Double(scale.min), 0), (figures.p25, 25), (figures.median, 50), (figures.p75, 75), (Double(scale.max), 100)]
        if score <= points[0].0 { return 0 }
        for index in 1..<points.count where score <= points[index].0 {
            let (x0, y0) = points[index - 1], (x1, y1) = points[index]
            if x1 == x0 { return y1 }
            return y0 + (score - x0) / (x1 - x0) * (y1 - y0)
        }
        return 100
    }
}
