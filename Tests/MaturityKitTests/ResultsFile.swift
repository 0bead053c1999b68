import Foundation

/// `data/results.json` (and each unit's `units/<slug>/data/results.json`) as the tests read it, in the shape
/// Internal/Write/ResultsJSON.swift writes and SPEC §5 documents. Keys that are always written are not optional
/// here, so a key that goes missing fails decoding; a figure that may be `null` is `@Nullable` (the key must be
/// there, its value may be null). Only `unit`, `rationale`, `criteria`, `measured`, `missing_items`,
/// `initiatives` and an initiative's ratings may be left out of the file.
struct ResultsFile: Codable {
    var report: Report
    var waves: [Wave]
    /// The roadmap's initiatives; only when the report has a roadmap, never in a unit's file.
    var initiatives: [Initiative]?

    struct Initiative: Codable {
        var id: String
        var title: String
        var dimensions: [String]
        var start: String
        var end: String
        var status: String
        /// The ratings and what follows from them: only for an initiative that carries them.
        var impact: Int?
        var value: Int?
        var feasibility: Int?
        var priority: Double?
        var quadrant: String?
    }

    struct Report: Codable {
        var title: String
        var organisation: String
        /// A unit's file only.
        var unit: String?
        var date: String
        var model: String
        var minGroupSize: Int

        enum CodingKeys: String, CodingKey {
            case title, organisation, unit, date, model
            case minGroupSize = "min_group_size"
        }
    }

    struct Wave: Codable {
        var id: String
        var date: String
        /// "responses", "scores" or "criteria".
        var kind: String
        var respondents: Int
        var overall: Overall
        var dimensions: [Dimension]

        func dimension(_ id: String) throws -> Dimension {
            guard let found = dimensions.first(where: { $0.id == id }) else {
                throw ResultsFileError.missing("dimension \(id) in wave \(self.id)")
            }
            return found
        }
    }

    struct Overall: Codable {
        @Nullable var score: Double?
        @Nullable var stage: String?
    }

    struct Dimension: Codable {
        var id: String
        @Nullable var score: Double?
        @Nullable var n: Int?
        @Nullable var sd: Double?
        /// [low, high].
        @Nullable var ci95: [Double]?
        @Nullable var stage: String?
        var target: String
        var items: [Item]
        /// Shown groups per attribute; hidden ones are only counted, in `hiddenGroups`.
        var breakdowns: [String: [Group]]
        var hiddenGroups: [String: Int]
        /// Assessor and criteria waves only.
        var rationale: String?
        var criteria: [Criterion]?
        /// Partial waves only: false where the wave asked none of the dimension's items; the ids it did not ask.
        var measured: Bool?
        var missingItems: [String]?

        enum CodingKeys: String, CodingKey {
            case id, score, n, sd, ci95, stage, target, items, breakdowns, rationale, criteria, measured
            case hiddenGroups = "hidden_groups"
            case missingItems = "missing_items"
        }
    }

    struct Item: Codable {
        var id: String
        @Nullable var n: Int?
        @Nullable var mean: Double?
        /// Answers per scale point, lowest first; null where the item's answers are withheld.
        @Nullable var counts: [Int]?
    }

    struct Group: Codable {
        var group: String
        var n: Int
        var score: Double
    }

    struct Criterion: Codable {
        var id: String
        var stage: String
        /// "met", "partly" or "not-met".
        var status: String
        var evidence: String
    }

    static func read(_ path: String) throws -> ResultsFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw ResultsFileError.missing(path) }
        return try JSONDecoder().decode(ResultsFile.self, from: data)
    }

    /// The last wave: the one the site reports on.
    func current() throws -> Wave {
        guard let wave = waves.last else { throw ResultsFileError.missing("any wave") }
        return wave
    }
}

enum ResultsFileError: Error {
    case missing(String)
}

/// A key that is always written but whose value may be `null`. Synthesised decoding of a plain optional would
/// also accept the key being absent; decoding this wrapper needs the key.
@propertyWrapper
struct Nullable<Value: Codable>: Codable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}
