/// `breakdown.html`: per attribute, a heatmap of dimensions × groups with the suppression rule applied per
/// dimension. A group hidden for every dimension is not named at all.
enum BreakdownPageBuilder {
    static func build(_ context: ViewContext) -> BreakdownPage {
        let model = context.model, current = context.scored.current
        // An assessor wave has no respondents, so nothing to break down.
        let attributeNames = current.kind == .survey ? context.settings.attributes : []
        let attributes = attributeNames.enumerated().map { attributeIndex, attribute -> BreakdownAttribute in
            // Columns: groups shown for at least one dimension, in the order suppression returns them (by name).
            var columns: [String] = []
            var hiddenEverywhere = Set<String>()
            for result in current.dimensions {
                for group in result.breakdowns[attributeIndex].groups {
                    if !group.suppressed && !columns.contains(group.name) { columns.append(group.name) }
                    if group.suppressed { hiddenEverywhere.insert(group.name) }
                }
            }
            hiddenEverywhere.subtract(columns)
            columns.sort { ($0 == GroupName.notStated) != ($1 == GroupName.notStated) ? $1 == GroupName.notStated : $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            var cells: [[Double?]] = [], hidden: [[Bool]] = [], rows: [[String]] = []
            for (dimension, result) in zip(model.dimensions, current.dimensions) {
                let groups = result.breakdowns[attributeIndex].groups
                let lookup = columns.map { name in groups.first { $0.name == name } }
                cells.append(lookup.map { $0?.figures?.score })
                hidden.append(lookup.map { $0?.suppressed ?? false })
                rows.append([dimension.name] + lookup.map { group in
                    guard let group else { return Format.none }
                    return group.figures.map { "\(Format.score($0.score)) (n \(Format.count($0.n)))" } ?? "hidden"
                })
            }
            let svg = HeatmapChart.svg(rows: model.dimensions.map(\.name), columns: columns, cells: cells, hidden: hidden, scale: model.scale,
                                       title: "Scores by \(attribute)", description: "Score of each dimension for each \(attribute) group with enough respondents, shaded from low (light) to high (dark). Cells marked hidden have too few respondents to show.",
                                       id: "heat-\(Slug.make(attribute))-\(attributeIndex)")
            return BreakdownAttribute(id: "\(Slug.make(attribute))-\(attributeIndex)", attribute: attribute,
                                      chart: ChartView(svgHTML: svg, caption: "Darker cells: higher scores. Hidden: fewer than \(context.settings.minGroupSize) respondents, or hidden so that a small group cannot be worked out.",
                                                       table: TableView(caption: "Score (and n) per dimension and \(attribute)", headers: ["Dimension"] + columns, rows: rows),
                                                       tableInline: false),
                                      hiddenGroups: hiddenEverywhere.count, anyHiddenEverywhere: !hiddenEverywhere.isEmpty)
        }
        return BreakdownPage(site: context.site(root: "", current: "breakdown.html"), pageTitle: "Breakdown",
                             minGroupSize: String(context.settings.minGroupSize), attributes: attributes, hasAttributes: !attributes.isEmpty)
    }
}
