/// `breakdown.html`: per attribute, a heatmap of dimensions × groups with the suppression rule applied per
/// dimension, each group coloured by its difference from the whole organisation and marked where it differs
/// from the rest beyond the noise. A group hidden for every dimension is not named at all.
enum BreakdownPageBuilder {
    static func build(_ context: ViewContext) -> BreakdownPage {
        let model = context.model, current = context.scored.current, words = context.words
        // An assessor wave has no respondents, so nothing to break down.
        let attributeNames = current.kind == .survey ? context.settings.attributes : []
        let attributes = attributeNames.enumerated().map { attributeIndex, attribute -> BreakdownAttribute in
            let columns = BreakdownColumns(current, attributeIndex: attributeIndex)
            let figures = BreakdownFigures(context, attribute: attribute, attributeIndex: attributeIndex, columns: columns.names)
            let grid = HeatmapChart.Grid(
                rows: model.dimensions.map(\.name), organisation: current.dimensions.map(\.score), columns: columns.names.map(context.groupLabel),
                cells: figures.cells)
            let svg = HeatmapChart.svg(
                grid, scale: model.scale, title: words("heatmap_title", ["attribute": attribute]),
                description: words("heatmap_description", ["attribute": attribute]), id: "heat-\(Slug.make(attribute))-\(attributeIndex)",
                theme: context.charts)
            return BreakdownAttribute(
                id: "\(Slug.make(attribute))-\(attributeIndex)", attribute: attribute,
                chart: ChartView(
                    svgHTML: svg, scrolls: true, caption: words("heatmap_caption", ["min_group_size": words.numbers.integer(context.settings.minGroupSize)]),
                    table: context.table(
                        caption: words("heatmap_table_caption", ["attribute": attribute]), headers: figures.headers, rows: figures.rows),
                    tableInline: false),
                hiddenGroups: context.words.numbers.integer(columns.hiddenEverywhere), anyHiddenEverywhere: columns.hiddenEverywhere > 0,
                hiddenEverywherePlural: context.words.plural(columns.hiddenEverywhere))
        }
        return BreakdownPage(
            site: context.site(root: "", current: "breakdown.html"), pageTitle: words("breakdown_title"),
            minGroupSize: words.numbers.integer(context.settings.minGroupSize), attributes: attributes, hasAttributes: !attributes.isEmpty)
    }
}

/// The groups of an attribute that get a column: those shown for at least one dimension, by name with "Not
/// stated" last. Hidden groups are not named, only counted: those hidden for every dimension are the groups
/// of the fullest dimension that never appear as a column.
struct BreakdownColumns {
    var names: [String] = []
    var hiddenEverywhere = 0

    init(_ wave: WaveResult, attributeIndex: Int) {
        var present = 0
        for result in wave.dimensions {
            let breakdown = result.breakdowns[attributeIndex]
            for group in breakdown.groups where !names.contains(group.name) { names.append(group.name) }
            present = max(present, breakdown.groups.count + breakdown.hiddenGroups)
        }
        hiddenEverywhere = max(0, present - names.count)
        names.sort {
            ($0 == GroupName.notStated) != ($1 == GroupName.notStated)
                ? $1 == GroupName.notStated : $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
        }
    }
}
