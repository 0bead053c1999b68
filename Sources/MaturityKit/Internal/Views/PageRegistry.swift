import Mustache

/// Every kind of page of the site, in navigation order. Adding a page is one entry here (its path, template,
/// navigation label and view builder) plus its template in the theme: the render step, the navigation, the
/// list of required templates and each unit's sub-report all read this list.
enum PageRegistry {
    static let all: [PageKind] = [
        PageKind(template: "index", path: "index.html", navLabel: "nav_overview", inUnits: true) { [("index.html", IndexPageBuilder.build($0))] },
        PageKind(template: "dimension", inUnits: true) { context in
            context.model.dimensions.indices.map { index in
                ("dimensions/\(context.model.dimensions[index].id).html", DimensionPageBuilder.build(context, index: index))
            }
        },
        PageKind(template: "roadmap", path: "roadmap.html", navLabel: "nav_roadmap") { [("roadmap.html", RoadmapPageBuilder.build($0))] },
        PageKind(template: "benchmark", path: "benchmark.html", navLabel: "nav_benchmarks", exists: { !$0.scored.report.benchmarks.isEmpty }) {
            BenchmarkPageBuilder.build($0).map { [("benchmark.html", $0)] } ?? []
        },
        PageKind(template: "units", path: "units.html", navLabel: "nav_units", exists: { !$0.scored.units.isEmpty }) {
            UnitPagesBuilder.rollup($0).map { [("units.html", $0)] } ?? []
        },
        PageKind(template: "outcomes", path: "outcomes.html", navLabel: "nav_outcomes", exists: { $0.scored.outcomes != nil }) {
            OutcomesPageBuilder.build($0).map { [("outcomes.html", $0)] } ?? []
        },
        PageKind(template: "comments", path: "comments.html", navLabel: "nav_comments", exists: { $0.scored.voices != nil }) {
            CommentsPageBuilder.build($0).map { [("comments.html", $0)] } ?? []
        },
        PageKind(template: "trends", path: "trends.html", navLabel: "nav_trends", exists: { $0.scored.waves.count > 1 }) {
            TrendsPageBuilder.build($0).map { [("trends.html", $0)] } ?? []
        },
        PageKind(
            template: "breakdown", path: "breakdown.html", navLabel: "nav_breakdown",
            exists: { !$0.settings.attributes.isEmpty && $0.scored.current.kind == .survey }
        ) {
            [("breakdown.html", BreakdownPageBuilder.build($0))]
        },
        PageKind(template: "methodology", path: "methodology.html", navLabel: "nav_methodology") {
            [("methodology.html", MethodologyPageBuilder.build($0))]
        },
    ]

    static var templates: [String] { all.map(\.template) }

    /// The navigation's sections for a report: each page kind with a label that the report has.
    static func sections(_ context: ViewContext) -> [(label: String, path: String)] {
        all.compactMap { kind in
            guard let label = kind.navLabel, let path = kind.path, kind.exists(context) else { return nil }
            return (context.words(label), path)
        }
    }
}

/// One kind of page: when the report `exists` has it, `build` returns its pages.
struct PageKind: Sendable {
    var template: String
    /// The page's path when there is one page of the kind; nil for a page per dimension.
    var path: String?
    /// The string key of its label in the navigation; nil when it is not in the navigation.
    var navLabel: String?
    /// Built again for every unit, under units/<slug>/.
    var inUnits: Bool
    var exists: @Sendable (ViewContext) -> Bool
    var build: @Sendable (ViewContext) -> [(path: String, view: any MustacheParent & Sendable)]

    init(
        template: String, path: String? = nil, navLabel: String? = nil, inUnits: Bool = false,
        exists: @escaping @Sendable (ViewContext) -> Bool = { _ in true },
        build: @escaping @Sendable (ViewContext) -> [(path: String, view: any MustacheParent & Sendable)]
    ) {
        self.template = template
        self.path = path
        self.navLabel = navLabel
        self.inUnits = inUnits
        self.exists = exists
        self.build = build
    }
}

/// A page to render: where it goes, its template, its view model.
struct PageView: Sendable {
    var path: String
    var template: String
    var view: any MustacheParent & Sendable
}
