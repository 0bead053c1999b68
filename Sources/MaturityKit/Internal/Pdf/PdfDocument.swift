import Mustache

/// The PDF edition's view model: the report's sections in print order, each holding its page's content as the
/// theme rendered it, plus what the cover shows. The theme's `pdf` template turns it into one print document.
struct PdfView: TemplateData {
    /// The overview's `SiteView`: title, organisation, report date, logo (paths from the document's folder).
    var site: SiteView
    /// The overview page, for the cover's overall stage and score.
    var index: IndexPage
    /// The report date as `YYYY-MM-DD`, for the document's metadata.
    var date: String
    /// The paper, as a CSS page size ("A4", "letter").
    var paper: String
    /// The overview section, first after the contents.
    var overview: PdfSection?
    /// One section per dimension, in the model's order.
    var dimensions: [PdfSection]
    var hasDimensions: Bool
    /// The sections after the dimensions: roadmap, benchmarks, trends, breakdown, methodology (those the report has).
    var after: [PdfSection]
}

/// One section of the PDF: a page of the site.
struct PdfSection: TemplateData {
    /// The section's anchor, for the contents page and the bookmarks.
    var id: String
    /// Its name in the contents and the bookmarks: the navigation's label, or the dimension's name.
    var title: String
    /// 1 for a section of the report, 2 for a dimension (under the theme's "Dimensions").
    var level: Int
    /// The page's content block, rendered by its own template inside `pdf-page`.
    var bodyHTML: String
}

/// Builds the print document: each page of the organisation's report (unit sub-reports and the units page,
/// which only lead to other pages, stay out) rendered by its own template with the theme's `pdf-page` standing
/// in for `layout`, then all of them through the `pdf` template.
enum PdfDocument {
    /// The templates a theme needs for the PDF edition (their partials are checked when the theme is read).
    static let templates = ["pdf", "pdf-page"]

    static func render(
        _ views: SiteViews, theme: TemplateSet, date: String, paper: PdfPaper
    ) -> Result<String, Diagnostic> {
        guard let page = theme.library.getTemplate(named: "pdf-page") else { return .failure(missing("pdf-page", theme)) }
        var library = theme.library
        library.register(page, named: "layout")
        let shared = SharedFragments(library: library, globals: theme.globals)
        let site = views.index.site
        let labels = Dictionary((site.nav + site.dimensionNav).map { ($0.href, $0.label) }, uniquingKeysWith: { first, _ in first })
        let chosen = views.pages.filter { !$0.path.hasPrefix("units/") && $0.path != "units.html" && labels[$0.path] != nil }
        let anchors = Dictionary(uniqueKeysWithValues: chosen.map { ($0.path, anchor($0.path)) })
        var sections: [(path: String, section: PdfSection)] = []
        for page in chosen {
            guard let body = library.render(PageContext(page.view, globals: theme.globals, shared: shared), withTemplate: page.template) else {
                return .failure(
                    Diagnostic(
                        .error, .render, SourceLocation(file: source(page.template, theme)), "template '\(page.template)' could not be rendered for the PDF"))
            }
            let isDimension = page.path.hasPrefix("dimensions/")
            let section = PdfSection(
                id: anchors[page.path] ?? "", title: labels[page.path] ?? page.path, level: isDimension ? 2 : 1,
                bodyHTML: PdfLinks.rewrite(body, page: page.path, anchors: anchors))
            sections.append((page.path, section))
        }
        let dimensions = sections.filter { $0.path.hasPrefix("dimensions/") }.map(\.section)
        let view = PdfView(
            site: site, index: views.index, date: date, paper: paper.cssSize,
            overview: sections.first { $0.path == "index.html" }?.section, dimensions: dimensions, hasDimensions: !dimensions.isEmpty,
            after: sections.filter { $0.path != "index.html" && !$0.path.hasPrefix("dimensions/") }.map(\.section))
        guard let html = library.render(PageContext(view, globals: theme.globals, shared: shared), withTemplate: "pdf") else {
            return .failure(Diagnostic(.error, .render, SourceLocation(file: source("pdf", theme)), "template 'pdf' could not be rendered"))
        }
        return .success(html)
    }

    /// The error for a theme without a template the PDF needs; the site itself builds without them.
    static func missing(_ name: String, _ theme: TemplateSet, folder: String? = nil) -> Diagnostic {
        Diagnostic(
            .error, .render, SourceLocation(file: (folder ?? "the theme") + "/\(name).mustache"),
            "missing template '\(name).mustache': 'maturity pdf' renders the PDF edition with it; copy it from 'maturity theme export DIR'")
    }

    /// "dimensions/cx-strategy.html" → "pdf-dimensions-cx-strategy".
    static func anchor(_ path: String) -> String {
        "pdf-" + Slug.make(path.hasSuffix(".html") ? String(path.dropLast(5)) : path)
    }

    private static func source(_ name: String, _ theme: TemplateSet) -> String { theme.sources[name] ?? name }
}
