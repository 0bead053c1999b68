/// `data/results.csv`: one row per wave × dimension × group (and one for all respondents), for spreadsheets and
/// BI tools. Hidden groups are not listed; a row with an empty group gives how many groups of an attribute are
/// hidden. Attribute and group names are users' text and go through `CSVText`'s guard; figures are written as numbers.
enum ResultsCSV {
    static let header = [
        "wave", "wave_date", "dimension", "attribute", "group", "n", "score", "sd", "ci95_low", "ci95_high", "stage", "target", "hidden_groups",
    ]

    static func render(_ scored: ScoredReport) -> String { String(decoding: bytes(scored), as: UTF8.self) }

    static func bytes(_ scored: ScoredReport) -> [UInt8] {
        let model = scored.report.model
        let empty = CSVText.Cell.number("")
        var out = TextBytes()
        out.bytes.reserveCapacity(16 << 10)
        out.write(header.joined(separator: ",") + "\r\n")
        func row(_ cells: [CSVText.Cell]) {
            CSVText.append(cells, to: &out)
            out.write("\r\n")
        }
        for wave in scored.waves {
            // A dimension the wave did not measure (a partial wave asked none of its items) has no rows for it.
            for (dimension, result) in zip(model.dimensions, wave.dimensions) where result.measured {
                let stage = result.stage.map { model.stages[$0].id } ?? ""
                let target = model.stages[result.target].id
                let (w, date, id) = (CSVText.Cell.text(wave.id), CSVText.Cell.text(wave.date), CSVText.Cell.text(dimension.id))
                row([
                    w, date, id, .text(""), .text("All respondents"), result.n.map(CSVText.number) ?? empty, CSVText.number(result.score),
                    CSVText.number(result.sd), CSVText.number(result.ci95?.low), CSVText.number(result.ci95?.high), .text(stage), .text(target), empty,
                ])
                for breakdown in result.breakdowns {
                    for group in breakdown.groups {
                        guard let figures = group.figures else { continue }
                        let groupStage = model.stages[model.stageIndex(forScore: figures.score)].id
                        row([
                            w, date, id, .text(breakdown.attribute), .text(group.name), CSVText.number(figures.n), CSVText.number(figures.score),
                            empty, empty, empty, .text(groupStage), .text(target), empty,
                        ])
                    }
                    if breakdown.hiddenGroups > 0 {
                        row([
                            w, date, id, .text(breakdown.attribute), .text(""), empty, empty, empty, empty, empty, .text(""), .text(target),
                            CSVText.number(breakdown.hiddenGroups),
                        ])
                    }
                }
            }
        }
        return out.bytes
    }
}
