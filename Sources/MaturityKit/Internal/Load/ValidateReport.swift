/// The validate step: cross-checks what the load step read (settings against the model and the report
/// folder, commentary images against assets/). The branding stylesheet is read only here, once its place
/// has been checked, and only when nothing is wrong.
enum ValidateReport {
    static func run(_ folder: LoadReport.Folder, sink: DiagnosticSink) -> LoadedReport {
        var report = folder.report
        let settings = report.settings
        ReportValidator.validate(
            settings, model: report.model, paths: folder.paths, assets: folder.assets,
            file: report.folder + "/report.yaml", into: sink.log(.validate))
        sink.report(AssetCheck.markdownImages(overview: report.overview, dimensions: report.dimensionCommentary, assets: folder.assets))
        if !sink.hasErrors, let stylesheet = settings.branding.stylesheet,
            case .success(let css) = FileAccess.readText(report.folder + "/" + stylesheet, display: stylesheet)
        {
            report.extraStylesheet = css
        }
        return report
    }
}
