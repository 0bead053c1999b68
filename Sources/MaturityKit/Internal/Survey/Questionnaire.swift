/// The statements of a model as a survey: a CSV for import into survey tools and a printable HTML form.
enum Questionnaire {
    /// Statements, names and labels are users' text (`CSVText` guards them); weight and scale bounds are numbers.
    /// The labels cell starts with the scale minimum, so on a scale like −2…2 it is guarded as the text it is.
    static func csv(_ model: MaturityModel) -> String {
        var lines = ["item_id,dimension_id,dimension,statement,reverse,weight,scale_min,scale_max,labels"]
        let labels = model.scale.labels.enumerated().map { "\(model.scale.min + $0.offset)=\($0.element)" }.joined(separator: "|")
        for dimension in model.dimensions {
            for item in dimension.items {
                lines.append(
                    CSVText.row([
                        .text(item.id), .text(dimension.id), .text(dimension.name), .text(item.text), .text(item.reverse ? "true" : "false"),
                        .number(Fixed.format(item.weight, places: 1)), CSVText.number(model.scale.min), CSVText.number(model.scale.max), .text(labels),
                    ]))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// What the printable form (the theme's `questionnaire` template) shows.
    static func view(_ model: MaturityModel, settings: ReportSettings) -> QuestionnaireView {
        let labels = model.scale.labels.isEmpty ? (model.scale.min...model.scale.max).map(String.init) : model.scale.labels
        let statements = model.dimensions.flatMap(\.items).enumerated().map { QuestionnaireStatement(number: String($0.offset + 1), text: $0.element.text) }
        return QuestionnaireView(
            title: settings.title, organisation: settings.organisation, modelName: model.name,
            count: String(statements.count), labels: labels, statements: statements)
    }
}

struct QuestionnaireView: TemplateData {
    var title: String
    var organisation: String
    var modelName: String
    var count: String
    /// The answer labels, lowest first: one column each.
    var labels: [String]
    var statements: [QuestionnaireStatement]
}

struct QuestionnaireStatement: TemplateData {
    var number: String
    var text: String
}
