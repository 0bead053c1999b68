/// Every sentence and label `maturity diff` prints in its text and Markdown formats. The command's output is
/// not a themed page, so its words live here rather than in the theme's strings.yaml; the JSON format prints
/// none of them (it names sections, kinds and fields by their fixed keys).
enum DiffWords {
    static let organisation = "Organisation"
    static let units = "Units"
    static let shown = "shown"
    static let notShown = "not shown"
    static let added = "added"
    static let removed = "removed"
    static let changed = "changed"
    static let title = "maturity diff"
    static let before = "before"
    static let after = "after"
    static let what = "what"

    static func heading(_ section: DiffSection) -> String {
        switch section {
        case .overall: "Overall"
        case .dimensions: "Dimensions"
        case .targets: "Targets"
        case .groups: "Groups shown"
        case .benchmarks: "Benchmarks"
        case .roadmap: "Roadmap"
        case .commentary: "Commentary"
        }
    }

    static func label(_ field: DiffField) -> String {
        switch field {
        case .wave: "current wave"
        case .n, .benchmarkN: "n"
        case .targetStage: "target stage"
        case .shown: ""
        default: field.rawValue
        }
    }

    static func noDifferences(_ old: String, _ new: String) -> String { "\(old) → \(new): no differences" }

    static func comparing(_ old: String, _ new: String, count: Int) -> String {
        "\(old) → \(new): \(count) \(count == 1 ? "difference" : "differences")"
    }

    static func inSection(_ count: Int, _ section: DiffSection) -> String { "\(heading(section).lowercased()) \(count)" }
}
