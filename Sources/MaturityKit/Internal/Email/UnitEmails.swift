/// `maturity email --units`: one message per unit that has a sub-report, comparing the unit with the whole
/// organisation. Units hidden for their size have no sub-report, so they get no message, and nothing here
/// names them: an entry of `units_email` that matches no shown unit is reported by its place in report.yaml.
enum UnitEmails {
    static let folder = "email/units/"

    /// One unit's edition: `email/units/<slug>.html`, and the message when the unit has recipients.
    struct Edition {
        var unit: String
        var html: OutputFile
        var htmlSize: Int
        var message: OutputFile?
    }

    /// The recipients of each shown unit, by name. Entries naming no shown unit are warnings (with the shown
    /// unit they most resemble, if any); shown units without recipients are listed in one warning.
    static func recipients(_ envelope: EmailEnvelope, units: [UnitResult], file: String, log: inout DiagnosticLog) -> [String: [Mailbox]] {
        let names = units.map(\.name)
        var found: [String: [Mailbox]] = [:]
        for entry in envelope.units {
            guard names.contains(entry.unit) else {
                let hint = Suggestion.closest(to: entry.unit, among: names).map { "; did you mean \(Quote.input($0))?" } ?? ""
                log.warning(entry.location, "'units_email': no unit with a sub-report has this name, so no message is made for it\(hint)")
                continue
            }
            found[entry.unit, default: []] += entry.to
        }
        let bare = units.filter { found[$0.name, default: []].isEmpty }
        if !bare.isEmpty {
            let list = bare.map { Quote.input($0.name) + " (" + folder + $0.slug + ".html)" }.joined(separator: ", ")
            let location = envelope.units.first.map { SourceLocation(file: $0.location.file) } ?? SourceLocation(file: file)
            log.warning(location, "no addresses in 'units_email' for \(list): only the HTML edition is written, no .eml to send")
        }
        return found
    }

    /// Every shown unit's edition, in the order of the units (by name).
    static func render(
        _ scored: ScoredReport, views: SiteViews, theme: TemplateSet, envelope: EmailEnvelope, recipients: [String: [Mailbox]]
    ) -> Result<[Edition], Diagnostic> {
        let settings = scored.report.settings
        var editions: [Edition] = []
        for unit in scored.units {
            let path = "units/\(unit.slug)/index.html"
            guard let index = views.pages.first(where: { $0.path == path })?.view as? IndexPage else {
                return .failure(Diagnostic(.error, .email, SourceLocation(file: path), "internal error: the unit's overview was not built"))
            }
            let comparison = EmailComparison(unitName: unit.name, slug: unit.slug, organisation: scored, organisationIndex: views.index)
            let view = EmailView.build(scored.unit(unit), index: index, comparison: comparison, words: theme.words)
            let html: String, text: String
            switch (EmailRender.html(view, theme: theme), EmailRender.text(view, theme: theme)) {
            case (.success(let page), .success(let plain)): (html, text) = (page, plain)
            case (.failure(let problem), _), (_, .failure(let problem)): return .failure(problem)
            }
            var edition = Edition(
                unit: unit.name, html: OutputFile(path: folder + unit.slug + ".html", contents: Array(html.utf8)), htmlSize: html.utf8.count)
            if let to = recipients[unit.name], !to.isEmpty {
                let (title, organisation) = (settings.title, settings.organisation)
                let subject = theme.words("email_unit_subject", ["unit": unit.name, "title": title, "organisation": organisation])
                let unitEnvelope = EmailEnvelope(from: envelope.from, to: to, subject: subject)
                let message = EmailMessage.render(unitEnvelope, settings: settings, unit: unit.name, text: text, html: html)
                edition.message = OutputFile(path: folder + unit.slug + ".eml", contents: Array(message.utf8))
            }
            editions.append(edition)
        }
        return .success(editions)
    }
}
