import Foundation

/// One wave as read from its file, before any figure is computed: a survey's tally, or an assessor's scores
/// or criteria marks per dimension.
enum WaveInput: Sendable {
    case survey(ResponseTally)
    case scores([String: (score: Double, assessment: Assessment)])
    case criteria([String: (stage: Int, assessment: Assessment)])
}

/// The load step of the waves: reads every wave's file (responses CSV, scores.yaml or criteria.yaml), in
/// parallel, one wave per core. It runs once the validate step has checked where the files are. All waves
/// are read, so that the problems of every file come out in one run, in the order of report.yaml.
enum ReadWaves {
    static func run(_ loaded: LoadedReport, sink: DiagnosticSink) -> [WaveInput?] {
        let waves = loaded.settings.waves
        let slots = Slots<(WaveInput?, [Diagnostic])>(count: waves.count)
        DispatchQueue.concurrentPerform(iterations: waves.count) { index in
            slots.set(index, read(waves[index], loaded))
        }
        return slots.values.map { input, found in
            sink.report(found)
            return input
        }
    }

    private static func read(_ wave: ReportSettings.WaveSettings, _ loaded: LoadedReport) -> (WaveInput?, [Diagnostic]) {
        let path = loaded.folder + "/" + wave.responses
        guard wave.kind == .survey else { return readAssessment(wave, path: path, model: loaded.model) }
        let settings = loaded.settings
        var reader = WaveReader(model: loaded.model, attributes: settings.attributes, file: path)
        reader.unitAttribute = settings.units.flatMap { settings.attributes.firstIndex(of: $0) }
        reader.format = wave.format
        // A problem with a column chosen through the wave's columns: map is reported at that entry of the map.
        let mapped = Dictionary(wave.columns.map { ($0.key, $0.location) }, uniquingKeysWith: { _, last in last })
        let attributeLocations = settings.attributeLocations.enumerated().map { index, location in
            index < settings.attributes.count ? mapped[settings.attributes[index]] ?? location : location
        }
        reader.places = ColumnMap.Places(attributes: attributeLocations, source: wave.responses, columns: mapped)
        reader.columns = Dictionary(wave.columns.map { ($0.key, $0.header) }, uniquingKeysWith: { _, last in last })
        guard !wave.parts.isEmpty else {
            let (tally, found) = reader.read(path: path)
            return (tally.map(WaveInput.survey), found)
        }
        // A wave of several files (one export per survey language, say): each file's rows are added after the
        // previous file's, so the figures are those of one file holding them all.
        var (tally, sums, found) = reader.read(path: path, after: nil)
        for part in wave.parts {
            guard let previous = sums else { break }
            var partReader = reader
            partReader.file = loaded.folder + "/" + part
            partReader.places.source = part
            let partFound: [Diagnostic]
            (tally, sums, partFound) = partReader.read(path: partReader.file, after: previous)
            found += partFound
        }
        return (tally.map(WaveInput.survey), found)
    }

    private static func readAssessment(_ wave: ReportSettings.WaveSettings, path: String, model: MaturityModel) -> (WaveInput?, [Diagnostic]) {
        let text: String
        switch FileAccess.readText(path, display: path) {
        case .failure(let problem): return (nil, [problem])
        case .success(let read): text = read
        }
        let input: WaveInput?
        let found: [Diagnostic]
        switch wave.kind {
        case .scores:
            let (scores, problems) = AssessorWaveLoader.scores(text: text, file: path, model: model)
            (input, found) = (.scores(scores), problems)
        case .criteria:
            let (stages, problems) = AssessorWaveLoader.criteria(text: text, file: path, model: model)
            (input, found) = (.criteria(stages), problems)
        case .survey:
            (input, found) = (nil, [])
        }
        return (found.contains { $0.severity == .error } ? nil : input, found)
    }
}
