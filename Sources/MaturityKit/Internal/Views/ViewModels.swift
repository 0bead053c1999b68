// Serialize-only view models: what templates see. They are data: every number is already formatted, and
// the only HTML they carry is Markdown rendered by libcmark (fields named `...HTML`) and chart SVG
// (`ChartView.svgHTML`). Every other tag and every sentence is the theme's: templates, partials and
// strings.yaml. Besides a page's own fields, every template can reach `t` (the strings), `palette` and
// `shared` (fragments rendered once from their partials; see SharedFragments).

struct SiteView: TemplateData {
    var title: String
    var organisation: String
    var reportDate: String
    var modelName: String
    var primaryColor: String
    /// The report's own stylesheet, appended after the theme's styles.
    var extraCSS: String?
    /// "" at the site root, "../" one folder down: every link is relative.
    var root: String
    var logo: String?
    /// The report's sections, then one link per dimension; `current` marks this page.
    var nav: [NavLink]
    var dimensionNav: [NavLink]
    /// Set on a unit's sub-report pages.
    var unitName: String?
    var unitHome: String?
}

struct NavLink: TemplateData, Hashable {
    var label: String
    var href: String
    var current: Bool
}

/// A data table, rendered by the `table` partial. The first cell of each row is its header (`<th scope="row">`),
/// a link when `link` is set. `kind` names the kind of table for the stylesheet (e.g. "dimensions").
/// `rendered` is the table through the `table` partial, made fast for the many tables of one shape.
struct TableView: TemplateData {
    var caption: String
    var kind: String?
    var headers: [String]
    var rows: [TableRow]
    var isEmpty: Bool
    var rendered: RenderedTable

    init(caption: String, kind: String? = nil, headers: [String], rows: [TableRow], renderer: TableRenderer?) {
        self.caption = caption
        self.kind = kind
        self.headers = headers
        self.rows = rows
        isEmpty = rows.isEmpty
        rendered = .none
        rendered = RenderedTable(renderer: renderer, box: TableBox(self))
    }

    init(caption: String, kind: String? = nil, headers: [String], rows: [[String]], renderer: TableRenderer?) {
        self.init(
            caption: caption, kind: kind, headers: headers,
            rows: rows.map { TableRow(header: $0.first ?? "", link: nil, cells: Array($0.dropFirst())) }, renderer: renderer)
    }
}

struct TableRow: TemplateData {
    var header: String
    var link: NavLink?
    var cells: [String]
}

struct ChartView: TemplateData {
    var svgHTML: String
    /// The same chart laid out for phones, shown instead below the stylesheet's breakpoint; nil when the wide
    /// one reads at any width.
    var narrowSVGHTML: String? = nil
    /// A chart too dense to lay out again for phones (the breakdown heatmap): it keeps its size there and
    /// scrolls sideways inside its own labelled, keyboard-focusable box.
    var scrolls: Bool = false
    var caption: String
    var table: TableView
    /// Show the data table right under the chart instead of folded away (when readers need it anyway).
    var tableInline: Bool = false
}

/// A wave by its id and long date.
struct WaveLabel: TemplateData {
    var id: String
    var date: String
}
