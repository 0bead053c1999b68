import Foundation

/// The read step's part for comments: every survey wave with `comments:` read again for its comment columns, in
/// parallel, once the waves themselves were read without error. Waves without comments give nothing.
enum ReadComments {
    static func run(_ loaded: LoadedReport, sink: DiagnosticSink) -> [WaveComments]? {
        let waves = loaded.settings.waves.filter { $0.kind == .survey && !$0.comments.isEmpty }
        guard !waves.isEmpty else { return [] }
        let scrubber = CommentScrubber(redact: loaded.settings.voices.redact)
        let slots = Slots<(WaveComments?, [Diagnostic])>(count: waves.count)
        DispatchQueue.concurrentPerform(iterations: waves.count) { index in
            let reader = CommentReader(
                wave: waves[index], file: loaded.folder + "/" + waves[index].responses, unitAttribute: loaded.settings.units, scrubber: scrubber)
            slots.set(index, reader.read())
        }
        var read: [WaveComments] = []
        for (comments, found) in slots.values {
            sink.report(found)
            if let comments { read.append(comments) }
        }
        return read.count == waves.count ? read : nil
    }
}
