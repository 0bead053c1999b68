/// The statements of a model as a survey: a CSV for import into survey tools and a printable HTML form.
enum Questionnaire {
    /// Statements, names and labels are users' text (`CSVText` guards them); weight and scale bounds are numbers.
    /// The labels cell starts with the scale minimum, so on a scale like −2…2 it is guarded as the text it is.
    static func csv(_ model: MaturityModel) -> String {
        var lines = ["item_id,dimension_id,dimension,statement,reverse,weight,scale_min,scale_max,labels"]
        let labels = model.scale.labels.enumerated().map { "\(model.scale.min + $0.offset)=\($0.element)" }.joined(separator: "|")
        for dimension in model.dimensions {
            for item in dimension.items {
                lines.append(CSVText.row([.text(item.id), .text(dimension.id), .text(dimension.name), .text(item.text), .text(item.reverse ? "true" : "false"),
                                          .number(Fixed.format(item.weight, places: 1)), CSVText.number(model.scale.min), CSVText.number(model.scale.max), .text(labels)]))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func html(_ model: MaturityModel, settings: ReportSettings) -> String {
        let labels = model.scale.labels.isEmpty ? (model.scale.min...model.scale.max).map(String.init) : model.scale.labels
        var rows = ""
        var number = 0
        for dimension in model.dimensions {
            for item in dimension.items {
                number += 1
                rows += "<tr><th scope=\"row\">\(number). \(HTML.escape(item.text))</th>"
                for label in labels { rows += "<td><span class=\"box\" role=\"img\" aria-label=\"\(HTML.escape(label))\">☐</span></td>" }
                rows += "</tr>\n"
            }
        }
        let headers = labels.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined()
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Questionnaire · \(HTML.escape(settings.title))</title>
        <style>
        body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #8c8c8c; padding: .4rem; vertical-align: top; }
        thead th { font-size: .85rem; background: #f2f2f2; }
        tbody th { font-weight: normal; text-align: left; width: 55%; }
        td { text-align: center; font-size: 1.2rem; }
        @media print { body { margin: 0; } tr { break-inside: avoid; } }
        </style>
        </head>
        <body>
        <main>
        <h1>\(HTML.escape(settings.title))</h1>
        <p>\(HTML.escape(settings.organisation)). For each statement, tick the answer that best describes your organisation today. There are no right or wrong answers; leave a statement blank if you cannot judge it.</p>
        <table>
        <caption>\(number) statements, \(HTML.escape(model.name))</caption>
        <thead><tr><th scope="col">Statement</th>\(headers)</tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        </main>
        </body>
        </html>

        """
    }
}
