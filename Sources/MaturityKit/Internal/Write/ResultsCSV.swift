/// `data/results.csv`: one row per wave × dimension × group (and one for all respondents), for spreadsheets and
/// BI tools. Hidden groups are not listed; a row with an empty group gives how many groups of an attribute are hidden.
enum ResultsCSV {
    static let header = ["wave", "wave_date", "dimension", "attribute", "group", "n", "score", "sd", "ci95_low", "ci95_high", "stage", "target", "hidden_groups"]

    static func render(_ scored: ScoredReport) -> String {
        let model = scored.report.model
        var lines = [header.joined(separator: ",")]
        for wave in scored.waves {
            for (dimension, result) in zip(model.dimensions, wave.dimensions) {
                let stage = result.stage.map { model.stages[$0].id } ?? ""
                let target = model.stages[result.target].id
                lines.append(row([wave.id, wave.date, dimension.id, "", "All respondents", result.n.map(String.init) ?? "", number(result.score), number(result.sd),
                                  number(result.ci95?.low), number(result.ci95?.high), stage, target, ""]))
                for breakdown in result.breakdowns {
                    for group in breakdown.groups {
                        guard let figures = group.figures else { continue }
                        lines.append(row([wave.id, wave.date, dimension.id, breakdown.attribute, group.name, String(figures.n), number(figures.score),
                                          "", "", "", model.stages[model.stageIndex(forScore: figures.score)].id, target, ""]))
                    }
                    if breakdown.hiddenGroups > 0 {
                        lines.append(row([wave.id, wave.date, dimension.id, breakdown.attribute, "", "", "", "", "", "", "", target, String(breakdown.hiddenGroups)]))
                    }
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }

    private static func row(_ fields: [String]) -> String { fields.map(Questionnaire.field).joined(separator: ",") }
}
