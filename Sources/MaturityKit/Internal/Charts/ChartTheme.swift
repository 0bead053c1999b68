/// What a chart takes from the theme: its colours (`palette.yaml`) and its words (`strings.yaml`), so that a
/// chart's legend, labels, title and description read and look like the rest of the theme.
struct ChartTheme: Sendable {
    let words: Words
    let text, muted, grid, background, current, previous, target, targetText: String
    let benchmark, benchmarkBand, alert: String
    /// Seven colours from well below the organisation through level with it to well above (breakdown heatmap).
    let heatmapDiverging, stageBands: [String]
    /// The trend chart on a dimension page, and each small one on the trends page.
    let trendWidth, trendSmallWidth: Double
    private let diverging5, diverging7: [String]
    private let statusColours: [Initiative.Status: String]
    /// `textOn` for the palette's own fills, worked out once: charts ask for it on every segment.
    private let textOnPalette: [String: String]

    init(palette: ThemePalette, words: Words) {
        self.words = words
        text = palette[colour: "text"]; muted = palette[colour: "muted"]; grid = palette[colour: "grid"]
        background = palette[colour: "background"]; current = palette[colour: "current"]; previous = palette[colour: "previous"]
        target = palette[colour: "target"]; targetText = palette[colour: "target_text"]
        benchmark = palette[colour: "benchmark"]; benchmarkBand = palette[colour: "benchmark_band"]; alert = palette[colour: "alert"]
        trendWidth = palette.size("trend_width"); trendSmallWidth = palette.size("trend_small_width")
        heatmapDiverging = palette.scale("heatmap_diverging"); stageBands = palette.scale("stage_bands")
        diverging5 = palette.scale("diverging_5"); diverging7 = palette.scale("diverging_7")
        statusColours = Dictionary(
            uniqueKeysWithValues: Initiative.Status.allCases.map {
                ($0, palette[colour: "status_" + $0.rawValue.replacingOccurrences(of: "-", with: "_")])
            })
        let fills =
            diverging5 + diverging7 + Initiative.Status.allCases.map { palette[colour: "status_" + $0.rawValue.replacingOccurrences(of: "-", with: "_")] }
        textOnPalette = Dictionary(fills.map { ($0, Self.textOn($0, text: palette[colour: "text"])) }, uniquingKeysWith: { first, _ in first })
    }

    /// Answer colours from "strongly disagree" to "strongly agree"; the middle is neutral.
    func diverging(points: Int) -> [String] {
        if points == 5 { return diverging5 }
        if points == 7 { return diverging7 }
        return (0..<points).map { index in
            let middle = Double(points - 1) / 2
            if Double(index) == middle { return diverging5[2] }
            return Double(index) < middle
                ? (Double(index) < middle / 2 ? diverging5[0] : diverging5[1]) : (Double(index) > middle * 1.5 ? diverging5[4] : diverging5[3])
        }
    }

    func status(_ status: Initiative.Status) -> String { statusColours[status] ?? grid }

    /// White text where it is readable on that fill (WCAG AA), else the text colour.
    func textOn(_ fill: String) -> String {
        if let known = textOnPalette[fill] { return known }
        return Self.textOn(fill, text: text)
    }

    private static func textOn(_ fill: String, text: String) -> String {
        guard let colour = HexColour(fill) else { return text }
        return colour.contrastWithWhite >= 4.5 ? "#ffffff" : text
    }

    /// Of the text colour and white, the one with more contrast against that fill (WCAG relative luminance).
    func readableText(on fill: String) -> String {
        guard let colour = HexColour(fill), let dark = HexColour(text), let white = HexColour("#ffffff") else { return text }
        return colour.contrast(with: dark) >= colour.contrast(with: white) ? text : "#ffffff"
    }
}
