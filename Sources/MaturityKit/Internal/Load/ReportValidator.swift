import Foundation

/// Checks report settings against the model and the report folder: target stages and dimensions exist,
/// waves are unique and in date order, response files and the logo exist.
enum ReportValidator {
    static func validate(
        _ settings: ReportSettings, model: MaturityModel, paths: ReportPaths, assets: [String], file: String,
        into log: DiagnosticLog
    ) {
        var log = log
        let folder = paths.folder
        let stageIDs = model.stages.map(\.id)
        let list = stageIDs.joined(separator: ", ")
        if settings.defaultTarget.isEmpty {
            log.error(settings.location(of: "targets", file: file), "missing 'targets.default' (a stage id: \(list))")
        } else if !stageIDs.contains(settings.defaultTarget) {
            let hint = Suggestion.hint(for: settings.defaultTarget, among: stageIDs)
            log.error(settings.location(of: "targets", file: file), "unknown target stage '\(settings.defaultTarget)' (\(hint))")
        }
        let dimensionIDs = model.dimensions.map(\.id)
        for override in settings.targetOverrides {
            if !dimensionIDs.contains(override.dimension) {
                let hint = Suggestion.hint(for: override.dimension, among: dimensionIDs)
                log.error(override.location, "unknown dimension '\(override.dimension)' in targets (\(hint))")
            }
            if !stageIDs.contains(override.stage) {
                let hint = Suggestion.hint(for: override.stage, among: stageIDs)
                log.error(override.location, "unknown target stage '\(override.stage)' for '\(override.dimension)' (\(hint))")
            }
        }
        var seen = Set<String>()
        for (index, wave) in settings.waves.enumerated() {
            if !Identifier.isSafe(wave.id) { log.error(wave.location, Identifier.problem("wave id", wave.id)) }
            if !seen.insert(wave.id).inserted { log.error(wave.location, "duplicate wave id '\(wave.id)'") }
            if index > 0, wave.date < settings.waves[index - 1].date {
                log.error(
                    wave.location,
                    "expected waves oldest first, but '\(wave.id)' (\(wave.date)) comes after '\(settings.waves[index - 1].id)' (\(settings.waves[index - 1].date))"
                )
            }
            if wave.date > settings.date {
                log.warning(wave.location, "wave '\(wave.id)' is dated \(wave.date), after the report date \(settings.date); check both dates")
            }
            let suffixes = wave.kind == .survey ? [".csv"] : [".yaml", ".yml"]
            for file in [wave.responses] + wave.parts {
                if !suffixes.contains(where: { file.lowercased().hasSuffix($0) }) || file.contains("..") {
                    log.error(
                        wave.location,
                        "expected '\(wave.kind.rawValue)' of wave '\(wave.id)' to be a \(suffixes[0]) file in the report folder, found \(Quote.input(file))"
                    )
                } else if let problem = paths.fileProblem(
                    file, what: "\(wave.kind == .survey ? "responses" : wave.kind.rawValue) file", owner: " of wave '\(wave.id)'", at: wave.location,
                    stage: .validate)
                {
                    log.append(contentsOf: [problem])
                }
            }
            if !wave.parts.isEmpty && !wave.comments.isEmpty {
                log.error(wave.location, "wave '\(wave.id)' has 'comments' and several responses files; comment columns are read from a wave of one file")
            }
        }
        let known = model.dimensions.flatMap(\.items).map(\.id) + settings.attributes
        for wave in settings.waves {
            for column in wave.columns where !known.contains(column.key) {
                let hint = Suggestion.hint(for: column.key, among: known, otherwise: "expected an item id or an attribute")
                log.error(column.location, "unknown '\(column.key)' in the columns of wave '\(wave.id)' (\(hint))")
            }
        }
        var attributes = Set<String>()
        for attribute in settings.attributes where !attributes.insert(attribute).inserted {
            log.error(settings.location(of: "attributes", file: file), "attribute '\(attribute)' is listed twice")
        }
        if let logo = settings.branding.logo {
            let lower = logo.lowercased()
            if !(lower.hasSuffix(".svg") || lower.hasSuffix(".png")) || !logo.hasPrefix("assets/") || logo.contains("..") {
                log.error(
                    settings.location(of: "branding", file: file),
                    "expected 'branding.logo' to be an .svg or .png file under assets/, found \(Quote.input(logo))")
            } else if let problem = paths.problem(logo, what: "logo", at: settings.location(of: "branding", file: file), stage: .validate) {
                log.append(contentsOf: [problem])
            } else if !FileAccess.exists(folder + "/" + logo) {
                log.error(settings.location(of: "branding", file: file), "logo '\(logo)' does not exist in \(folder)")
            }
        }
        if let stylesheet = settings.branding.stylesheet {
            let location = settings.location(of: "branding", file: file)
            if !stylesheet.lowercased().hasSuffix(".css") || stylesheet.hasPrefix("/") || stylesheet.contains("..") {
                log.error(location, "expected 'branding.stylesheet' to be a .css file inside the report folder, found \(Quote.input(stylesheet))")
            } else if let problem = paths.problem(stylesheet, what: "stylesheet", at: location, stage: .validate) {
                log.append(contentsOf: [problem])
            } else if case .success(let css) = FileAccess.readText(folder + "/" + stylesheet, display: stylesheet) {
                // A stylesheet in assets/ has had its URLs checked with the other assets; being inlined, it is
                // also checked for text that would end the page's style element.
                let base = (stylesheet as NSString).deletingLastPathComponent
                let found =
                    stylesheet.hasPrefix("assets/")
                    ? StylesheetPolicy.rawTextProblem(css).map { [$0] } ?? []
                    : StylesheetPolicy.problems(css, inline: true, base: base, assets: Set(assets.map { "assets/" + $0 }))
                for problem in found {
                    log.error(SourceLocation(file: folder + "/" + stylesheet, line: problem.line, column: problem.column), problem.message)
                }
            } else {
                log.error(location, "stylesheet '\(stylesheet)' does not exist or is not UTF-8 text in \(folder)")
            }
        }
        if let colour = HexColour(settings.branding.primaryColor), colour.contrastWithWhite < 4.5 {
            log.error(
                settings.location(of: "branding", file: file),
                "primary colour \(settings.branding.primaryColor) is too light for white text (contrast \(Fixed.format(colour.contrastWithWhite, places: 2)):1, WCAG AA needs 4.5:1)"
            )
        }
    }
}
