/// `data/results.csv`: one row per wave × dimension × group (and one for all respondents), for spreadsheets and
/// BI tools. Suppressed groups carry neither n nor score. Attribute and group names are users' text and go
/// through `CSVText`'s guard; figures are written as numbers.
enum ResultsCSV {
    static let header = ["wave", "wave_date", "dimension", "attribute", "group", "n", "score", "sd", "ci95_low", "ci95_high", "stage", "target", "suppressed"]

    static func render(_ scored: ScoredReport) -> String {
        let model = scored.report.model
        var lines = [header.joined(separator: ",")]
        let empty = CSVText.Cell.number("")
        for wave in scored.waves {
            for (dimension, result) in zip(model.dimensions, wave.dimensions) {
                let stage = result.stage.map { model.stages[$0].id } ?? ""
                let target = model.stages[result.target].id
                let start: [CSVText.Cell] = [.text(wave.id), .text(wave.date), .text(dimension.id)]
                lines.append(CSVText.row(start + [.text(""), .text("All respondents"), CSVText.number(result.n), CSVText.number(result.score),
                                                  CSVText.number(result.sd), CSVText.number(result.ci95?.low), CSVText.number(result.ci95?.high),
                                                  .text(stage), .text(target), .text("false")]))
                for breakdown in result.breakdowns {
                    for group in breakdown.groups {
                        let names: [CSVText.Cell] = [.text(breakdown.attribute), .text(group.name)]
                        guard let figures = group.figures else {
                            lines.append(CSVText.row(start + names + [empty, empty, empty, empty, empty, .text(""), .text(target), .text("true")]))
                            continue
                        }
                        let groupStage = model.stages[model.stageIndex(forScore: figures.score)].id
                        lines.append(CSVText.row(start + names + [CSVText.number(figures.n), CSVText.number(figures.score), empty, empty, empty,
                                                                  .text(groupStage), .text(target), .text("false")]))
                    }
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
