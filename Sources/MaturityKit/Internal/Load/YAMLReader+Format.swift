import Yams

extension YAMLReader {
    /// `format:` of a wave or a customer survey: the export layout, or nil for `auto` (recognised from the rows)
    /// and when absent. Anything else is an error naming the layouts, with the closest one.
    func surveyFormat(_ map: Node.Mapping, in what: String) -> SurveyFormat? {
        guard let name = string(map, "format", in: what, required: false, .name), name != "auto" else { return nil }
        if let format = SurveyFormat.named(name) { return format }
        let names = ReportLoader.formatNames
        error(
            location(map["format"]),
            "expected 'format' \(names.dropLast().joined(separator: ", ")) or \(names.last ?? "") for \(what), found \(Quote.input(name))"
                + (Suggestion.closest(to: name, among: names).map { " (did you mean '\($0)'?)" } ?? ""))
        return nil
    }
}
