// The view models of the site's other pages: methodology, benchmarks, roadmap, trends, breakdown, units.

struct MethodologyPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var modelName: String
    var modelDescription: String
    var scaleMin: String
    var scaleMax: String
    /// The scale's answer labels, lowest first; empty when the model gives none.
    var scaleLabels: [ScaleLabel]
    var hasScaleLabels: Bool
    var stages: TableView
    var dimensions: [MethodDimension]
    var waves: TableView
    /// The statements each partial wave did not ask, with their dimension; nil when every wave asked them all.
    var missingItems: TableView?
    var minGroupSize: String
    /// The attributes results are broken down by, in the theme's list style; nil when there are none.
    var attributes: String?
    /// The worked example of the t quantile, for the current wave's first dimension (nil below n = 2).
    var tExample: TExample?
}

struct ScaleLabel: TemplateData {
    var value: String
    var label: String
}

struct TExample: TemplateData {
    var n: String
    var degreesOfFreedom: String
    var quantile: String
}

struct MethodDimension: TemplateData {
    var name: String
    var id: String
    var description: String
    var items: TableView
}

struct BenchmarkPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var sets: [BenchmarkSetView]
    var cross: TableView?
}

struct BenchmarkSetView: TemplateData {
    var id: String
    var name: String
    var source: String
    var year: String?
    var illustrative: Bool
    var chart: ChartView
}

struct RoadmapPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var reportDate: String
    var hasInitiatives: Bool
    var timeline: ChartView?
    var groups: [InitiativeGroup]
    var overdueCount: String
    var hasOverdue: Bool
    /// Exactly one initiative is overdue (for the singular wording).
    var overduePlural: PluralCase
    var gaps: TableView
    var uncovered: [UncoveredGap]
    /// The prioritisation matrix and list; nil when no initiative carries impact, value and feasibility.
    var prioritisation: PrioritisationView?
}

struct PrioritisationView: TemplateData {
    /// The matrix, with the list by priority as its table; nil when every rated initiative is done or cancelled.
    var matrix: ChartView?
    /// Initiatives left out: done, cancelled or without ratings.
    var leftOutCount: String
    var anyLeftOut: Bool
    /// Exactly one initiative is left out (for the singular wording).
    var leftOutPlural: PluralCase
}

struct InitiativeGroup: TemplateData {
    var dimension: String
    var href: String
    var initiatives: [InitiativeView]
}

struct UncoveredGap: TemplateData {
    var dimension: String
    var href: String
    var stage: String
    var target: String
    var next: String
    var actions: [String]
}

struct TrendsPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var firstWave: String?
    var previousWave: String
    var currentWave: String
    var table: TableView
    var charts: [SmallMultiple]
    var significantCount: String
}

struct SmallMultiple: TemplateData {
    var name: String
    var href: String
    var chart: ChartView
}

struct BreakdownPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var minGroupSize: String
    var attributes: [BreakdownAttribute]
    var hasAttributes: Bool
}

struct BreakdownAttribute: TemplateData {
    var id: String
    var attribute: String
    var chart: ChartView
    var hiddenGroups: String
    var anyHiddenEverywhere: Bool
    /// Exactly one group is hidden for every dimension (for the singular wording).
    var hiddenEverywherePlural: PluralCase
}

struct UnitsPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var attribute: String
    var unitCount: String
    /// Exactly one unit has a sub-report (for the singular wording).
    var unitsPlural: PluralCase
    /// How many smaller units have no sub-report (and are not named); 0 when none.
    var hiddenCount: String
    var anyHidden: Bool
    /// Exactly one unit is hidden (for the singular wording).
    var hiddenPlural: PluralCase
    var table: TableView
    var units: [NavLink]
}

/// The preview's page while the report does not build: every problem, as `file:line:column: message [step]`.
struct PreviewErrorView: TemplateData {
    var problems: [String]
}

/// Which plural category a count falls in, by the language's CLDR rules, for a template to pick the string
/// of that category: `{{#p.one}}{{t.key_one}}{{/p.one}}{{#p.few}}{{t.key_few}}{{/p.few}}…`. Exactly one is true.
struct PluralCase: TemplateData {
    var zero = false
    var one = false
    var two = false
    var few = false
    var many = false
    var other = false
}
