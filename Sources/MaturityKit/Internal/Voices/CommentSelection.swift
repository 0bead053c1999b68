/// Which comments a group shows and in what order: never the order of the responses. Comments are first put in
/// the order of a fixed hash of their text (FNV-1a over UTF-8, the same on every machine and every run); the most
/// frequent theme gives its first comment, then the next theme, round after round, until eight are chosen; then
/// comments with no theme. They are shown by theme (most frequent first) and by hash within a theme.
enum CommentSelection {
    static let limit = 8

    static func pick(_ comments: [ShownComment], counts: [Int], limit: Int = limit) -> [ShownComment] {
        var seen = Set<String>()
        let ordered = comments.sorted { (hash($0.text), $0.text) < (hash($1.text), $1.text) }.filter { seen.insert($0.text).inserted }
        let ranking = counts.indices.filter { counts[$0] > 0 }.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
        var chosen: [Int] = []
        var progress = true
        while chosen.count < limit && progress {
            progress = false
            for theme in ranking where chosen.count < limit {
                if let next = ordered.indices.first(where: { !chosen.contains($0) && ordered[$0].themes.contains(theme) }) {
                    chosen.append(next)
                    progress = true
                }
            }
        }
        for index in ordered.indices where chosen.count < limit && ordered[index].themes.isEmpty { chosen.append(index) }
        func rank(_ comment: ShownComment) -> Int { ranking.firstIndex { comment.themes.contains($0) } ?? ranking.count }
        return chosen.map { ordered[$0] }.sorted { (rank($0), hash($0.text), $0.text) < (rank($1), hash($1.text), $1.text) }
    }

    /// FNV-1a, 64 bits, over the text's UTF-8 bytes.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
