import Foundation
import Testing

@testable import MaturityKit

/// The editor schemas cannot drift from the loaders: every list of keys a loader accepts (the lists it warns
/// against) is the list of `properties` at the matching place of its schema, which forbids any other key; the
/// schemas' fixed lists (model ids, statuses, formats) are the loaders' own.
struct SchemaKeyTests {
    /// A place in a schema: a key name steps into `properties`, "[]" into `items`, "*" into `additionalProperties`.
    struct Place: CustomTestStringConvertible, Sendable {
        var schema: String
        var path: [String]
        var keys: [String]
        /// Keys the schema already has for features whose loader is written by another change (empty once merged).
        var pending: [String] = []
        var testDescription: String { "\(schema): \(path.joined(separator: "."))" }
    }

    static let places: [Place] = [
        Place(schema: "report", path: [], keys: ReportLoader.keys),
        Place(schema: "report", path: ["targets"], keys: ReportLoader.targetKeys),
        Place(schema: "report", path: ["waves", "[]"], keys: ReportLoader.waveKeys),
        Place(schema: "report", path: ["branding"], keys: ReportLoader.brandingKeys),
        Place(schema: "report", path: ["email"], keys: ReportLoader.emailKeys),
        Place(schema: "model", path: [], keys: ModelLoader.rootKeys),
        Place(schema: "model", path: ["scale"], keys: ModelLoader.scaleKeys),
        Place(schema: "model", path: ["stages", "[]"], keys: ModelLoader.stageKeys),
        Place(schema: "model", path: ["dimensions", "[]"], keys: ModelLoader.dimensionKeys),
        Place(schema: "model", path: ["dimensions", "[]", "items", "[]"], keys: ModelLoader.itemKeys),
        Place(schema: "model", path: ["dimensions", "[]", "criteria", "*", "[]"], keys: ModelLoader.criterionKeys),
        Place(schema: "roadmap", path: [], keys: RoadmapLoader.rootKeys),
        Place(schema: "roadmap", path: ["initiatives", "[]"], keys: RoadmapLoader.keys),
        Place(schema: "roadmap", path: ["initiatives", "[]", "goal"], keys: RoadmapLoader.goalKeys),
        Place(schema: "benchmark", path: [], keys: BenchmarkLoader.keys),
        Place(schema: "benchmark", path: ["dimensions", "*"], keys: BenchmarkLoader.figureKeys),
        Place(schema: "scores", path: [], keys: AssessorWaveLoader.rootKeys),
        Place(schema: "scores", path: ["dimensions", "*"], keys: AssessorWaveLoader.assessmentKeys),
        Place(schema: "criteria", path: [], keys: AssessorWaveLoader.rootKeys),
        Place(schema: "criteria", path: ["dimensions", "*", "[]"], keys: AssessorWaveLoader.markKeys),
        Place(schema: "outcomes", path: [], keys: OutcomesLoader.keys),
        Place(schema: "outcomes", path: ["surveys", "[]"], keys: OutcomesLoader.surveyKeys),
        Place(schema: "outcomes", path: ["metrics", "[]"], keys: OutcomesLoader.metricKeys),
        Place(schema: "outcomes", path: ["metrics", "[]", "target"], keys: OutcomesLoader.targetKeys),
        Place(schema: "themes", path: [], keys: ThemesLoader.keys),
        Place(schema: "themes", path: ["themes", "[]"], keys: ThemesLoader.themeKeys),
    ]

    static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: BuiltIns.schemasDirectory + "/\(name).schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func node(_ schema: [String: Any], _ path: [String]) -> [String: Any]? {
        path.reduce(schema as [String: Any]?) { node, step in
            switch step {
            case "[]": node?["items"] as? [String: Any]
            case "*": node?["additionalProperties"] as? [String: Any]
            default: (node?["properties"] as? [String: Any])?[step] as? [String: Any]
            }
        }
    }

    @Test(arguments: places)
    func schemaListsTheLoadersKeysAndNoOthers(_ place: Place) throws {
        let node = try #require(Self.node(try Self.schema(place.schema), place.path), "no such place in \(place.schema).schema.json")
        let properties = try #require(node["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(place.keys + place.pending))
        #expect(node["additionalProperties"] as? Bool == false, "the loader warns about other keys, so the schema forbids them")
    }

    /// Every place in a schema that lists keys is one of `places` (or outcomes.yaml's, awaiting its loader).
    @Test func everyPlaceWithKeysIsCompared() throws {
        var found: [String] = []
        func walk(_ node: [String: Any], _ schema: String, _ path: [String]) {
            if node["properties"] != nil { found.append("\(schema): \(path.joined(separator: "."))") }
            for (key, value) in (node["properties"] as? [String: Any]) ?? [:] { (value as? [String: Any]).map { walk($0, schema, path + [key]) } }
            (node["items"] as? [String: Any]).map { walk($0, schema, path + ["[]"]) }
            (node["additionalProperties"] as? [String: Any]).map { walk($0, schema, path + ["*"]) }
        }
        let names = BuiltIns.schemaNames.map { String($0.dropLast(".schema.json".count)) }
        for name in names { walk(try Self.schema(name), name, []) }
        #expect(found.sorted() == (Self.places.map(\.testDescription)).sorted())
        #expect(names == ["benchmark", "criteria", "model", "outcomes", "report", "roadmap", "scores", "themes"])
    }

    /// The date and period patterns accept exactly what the loaders accept (leap years and month lengths too).
    @Test func dateAndPeriodPatternsAreTheLoaders() throws {
        func regex(_ schema: String, _ path: [String]) throws -> NSRegularExpression {
            try NSRegularExpression(pattern: try #require(Self.node(try Self.schema(schema), path)?["pattern"] as? String))
        }
        func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        let date = try regex("report", ["date"]), period = try regex("roadmap", ["initiatives", "[]", "start"])
        let years = ["1899", "1900", "1904", "2000", "2023", "2024", "2100", "2200", "2201", "0999", "+2026", "202"]
        let twoDigits = (0...32).map { $0 < 10 ? "0\($0)" : "\($0)" } + ["1", "Q1", "q4", "Q5", "H1", "1 "]
        var checked = 0
        for year in years {
            for month in twoDigits {
                #expect(matches(period, "\(year)-\(month)") == (Period("\(year)-\(month)") != nil), "\(year)-\(month)")
                for day in twoDigits.prefix(34) {
                    let text = "\(year)-\(month)-\(day)"
                    #expect(matches(date, text) == ReportDate.isValid(text), "\(text)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test func fixedListsAreTheLoaders() throws {
        let report = try Self.schema("report")
        let model = try #require(Self.node(report, ["model"])?["anyOf"] as? [[String: Any]])
        #expect(model.first?["enum"] as? [String] == BuiltIns.modelIDs, "the built-in model ids")
        let formats = try #require(Self.node(report, ["waves", "[]", "format"])?["enum"] as? [String])
        #expect(formats == ["auto"] + SurveyFormat.allCases.map(\.rawValue).filter { SurveyFormat.named($0) != nil })
        #expect(Self.node(try Self.schema("outcomes"), ["surveys", "[]", "format"])?["enum"] as? [String] == formats)
        let statuses = Self.node(try Self.schema("roadmap"), ["initiatives", "[]", "status"])?["enum"] as? [String]
        #expect(statuses == Initiative.Status.allCases.map(\.rawValue))
        let marks = Self.node(try Self.schema("criteria"), ["dimensions", "*", "[]", "status"])?["enum"] as? [String]
        let known: [CriterionResult.Status?] = ["met", "partly", "not-met"].map(CriterionResult.Status.init(rawValue:))
        #expect(marks == ["met", "partly", "not-met", "not met"] && !known.contains(nil))
    }
}
