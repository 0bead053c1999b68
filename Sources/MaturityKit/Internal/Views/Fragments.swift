/// Lists and tables written out in Swift for the default theme. In swift-mustache every tag costs a few
/// microseconds (each lookup is a chain of dynamic casts), which on a site of thousands of pages was most of
/// the build; a loop of tags per row is the worst of it. Each fragment writes exactly what the template loop
/// it replaces wrote. The data the loops read stays in the view models, so a theme can still loop over it.
enum Fragments {
    private static func e(_ text: String) -> String { HTML.escape(text) }

    /// The items of a navigation list (`site.nav`, `site.dimensionNav`).
    static func nav(_ links: [NavLink]) -> String {
        links.map { "<li><a href=\"\(e($0.href))\"\($0.current ? " aria-current=\"page\"" : "")>\(e($0.label))</a></li>\n" }.joined()
    }

    /// The steps of the stage ladder, highest first.
    static func ladder(_ steps: [LadderStep]) -> String {
        steps.map { step in
            "<li class=\"step\(step.isCurrent ? " current" : "")\(step.isTarget ? " target" : "")\">\n"
                + "<p class=\"step-name\"><strong>\(e(step.name))</strong> <span class=\"threshold\">from \(e(step.threshold))</span> <span class=\"marker\">\(e(step.marker))</span></p>\n"
                + "<p>\(e(step.descriptor))</p>\n</li>\n"
        }.joined()
    }

    /// The recommended actions, one heading and list per stage.
    static func actions(_ groups: [ActionGroup]) -> String {
        groups.map { group in
            "<h3>To reach \(e(group.stage))</h3>\n<ul>\n" + group.actions.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }.joined()
    }

    /// A whole data table in its scrollable, labelled region.
    static func table(caption: String, headHTML: String, bodyHTML: String) -> String {
        "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(e(caption))\" tabindex=\"0\">\n<table>\n<caption>\(e(caption))</caption>\n"
            + "<thead>\(headHTML)</thead>\n<tbody>\n\(bodyHTML)</tbody>\n</table>\n</div>\n"
    }

    /// The rows of the overview's dimension table.
    static func dimensionRows(_ rows: [DimensionRow], isUnit: Bool, withPercentile: Bool) -> String {
        rows.map { row in
            "<tr><th scope=\"row\"><a href=\"\(e(row.href))\">\(e(row.name))</a></th><td class=\"num\">\(e(row.score))</td><td class=\"num\">\(e(row.ci))</td>"
                + "<td class=\"num\">\(e(row.n))</td><td>\(e(row.stage))</td><td>\(e(row.target))</td><td class=\"num\">\(e(row.change))</td><td>\(e(row.status))</td>"
                + (isUnit ? "<td class=\"num\">\(e(row.organisation))</td>" : "") + (withPercentile ? "<td class=\"num\">\(e(row.percentile))</td>" : "") + "</tr>\n"
        }.joined()
    }

    /// The items of the overview's strengths or gaps list.
    static func highlights(_ list: [Highlight]) -> String {
        list.map { "<li><a href=\"\(e($0.href))\">\(e($0.name))</a>: \(e($0.score)), \(e($0.stage)). <span class=\"note\">\(e($0.note))</span></li>\n" }.joined()
    }
}
