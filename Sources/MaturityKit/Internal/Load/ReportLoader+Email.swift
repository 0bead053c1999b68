import Yams

/// The keys of report.yaml that only `maturity email` reads: `email:` (sender, recipients and subject of the
/// organisation's message) and `units_email:` (recipients of each unit's message, with `--units`). Every
/// address is checked here, at its own line and column, so that a bad one stops `check` and `build` too.
extension ReportLoader {
    static let emailKeys = ["from", "to", "subject"]

    /// `email: { from, to: [...], subject }`.
    static func readEmail(_ root: Node.Mapping, _ reader: YAMLReader) -> ReportSettings.EmailSettings {
        var email = ReportSettings.EmailSettings()
        guard let map = reader.mapping(root["email"], "'email'") else { return email }
        reader.checkKeys(map, allowed: emailKeys, in: "'email'")
        if let from = reader.string(map, "from", in: "'email'", required: false, .name) {
            if let problem = EmailAddress.problem(from) { reader.error(reader.location(map["from"]), "'email.from': \(problem)") }
            email.from = from
        }
        if let nodes = reader.sequence(map["to"], "'email.to'") {
            email.to = addresses(nodes, key: "'email.to'", reader)
        }
        if let subject = reader.string(map, "subject", in: "'email'", required: false, .title) {
            if let problem = EmailHeader.subjectProblem(subject) { reader.error(reader.location(map["subject"]), "'email.subject': \(problem)") }
            email.subject = subject
        }
        return email
    }

    /// `units_email: { <unit name>: [addresses] }`. A single address may stand without brackets, and an empty
    /// list is allowed (the unit's edition is written, not addressed). Whether each name is a unit is only
    /// known once the waves are read: `EmailSteps` checks that.
    static func readUnitsEmail(_ root: Node.Mapping, _ reader: YAMLReader) -> [ReportSettings.UnitRecipients] {
        guard let map = reader.mapping(root["units_email"], "'units_email'") else { return [] }
        var units: [ReportSettings.UnitRecipients] = []
        for (key, value) in map {
            guard let name = reader.scalarText(key, "a unit name in 'units_email'", .name) else { continue }
            let what = "'units_email' of \(Quote.input(name))"
            let nodes: [Node]
            switch value {
            case .scalar(let scalar) where scalar.string.isEmpty: nodes = []
            case .scalar: nodes = [value]
            default: nodes = reader.sequence(value, what) ?? []
            }
            units.append(.init(unit: name, to: addresses(nodes, key: what, reader), location: reader.location(key)))
        }
        return units
    }

    /// The entries of a list of addresses; each one that does not parse is an error at its own place.
    private static func addresses(_ nodes: [Node], key: String, _ reader: YAMLReader) -> [String] {
        nodes.compactMap { node in
            guard let text = reader.scalarText(node, "an entry of \(key)", .name) else { return nil }
            if let problem = EmailAddress.problem(text) { reader.error(reader.location(node), "\(key): \(problem)") }
            return text
        }
    }
}
