/// `breakdown.html`: per attribute, a heatmap of dimensions × groups with the suppression rule applied per
/// dimension. A group hidden for every dimension is not named at all.
enum BreakdownPageBuilder {
    static func build(_ context: ViewContext) -> BreakdownPage {
        let model = context.model, current = context.scored.current, words = context.words
        // An assessor wave has no respondents, so nothing to break down.
        let attributeNames = current.kind == .survey ? context.settings.attributes : []
        let attributes = attributeNames.enumerated().map { attributeIndex, attribute -> BreakdownAttribute in
            // Columns: groups shown for at least one dimension, in the order suppression returns them (by name).
            // Hidden groups are not named, only counted: those hidden for every dimension are the groups of the
            // fullest dimension that never appear as a column.
            var columns: [String] = []
            var present = 0
            for result in current.dimensions {
                let breakdown = result.breakdowns[attributeIndex]
                for group in breakdown.groups where !columns.contains(group.name) { columns.append(group.name) }
                present = max(present, breakdown.groups.count + breakdown.hiddenGroups)
            }
            let hiddenEverywhere = max(0, present - columns.count)
            columns.sort {
                ($0 == GroupName.notStated) != ($1 == GroupName.notStated)
                    ? $1 == GroupName.notStated : $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
            }
            var cells: [[Double?]] = [], hidden: [[Bool]] = [], rows: [[String]] = []
            for (dimension, result) in zip(model.dimensions, current.dimensions) {
                let groups = result.breakdowns[attributeIndex].groups
                let lookup = columns.map { name in groups.first { $0.name == name } }
                cells.append(lookup.map { $0?.figures?.score })
                hidden.append(lookup.map { $0 == nil })
                rows.append(
                    [dimension.name]
                        + lookup.map { group in
                            group?.figures.map { words("score_with_n", ["score": Format.score($0.score), "n": Format.count($0.n)]) } ?? words("hidden_cell")
                        })
            }
            let svg = HeatmapChart.svg(
                rows: model.dimensions.map(\.name), columns: columns.map(context.groupLabel), cells: cells, hidden: hidden, scale: model.scale,
                title: words("heatmap_title", ["attribute": attribute]), description: words("heatmap_description", ["attribute": attribute]),
                id: "heat-\(Slug.make(attribute))-\(attributeIndex)", theme: context.charts)
            return BreakdownAttribute(
                id: "\(Slug.make(attribute))-\(attributeIndex)", attribute: attribute,
                chart: ChartView(
                    svgHTML: svg, caption: words("heatmap_caption", ["min_group_size": String(context.settings.minGroupSize)]),
                    table: context.table(
                        caption: words("heatmap_table_caption", ["attribute": attribute]),
                        headers: [words("table_dimension")] + columns.map(context.groupLabel), rows: rows),
                    tableInline: false),
                hiddenGroups: hiddenEverywhere, anyHiddenEverywhere: hiddenEverywhere > 0)
        }
        return BreakdownPage(
            site: context.site(root: "", current: "breakdown.html"), pageTitle: words("breakdown_title"),
            minGroupSize: String(context.settings.minGroupSize), attributes: attributes, hasAttributes: !attributes.isEmpty)
    }
}
