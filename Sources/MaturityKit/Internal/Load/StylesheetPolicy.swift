/// What an extra stylesheet may not do, since it is inlined into every page: close the `<style>` element,
/// or load anything from elsewhere (pages must work offline and leak no request).
enum StylesheetPolicy {
    struct Problem { var line: Int; var column: Int; var message: String }

    static func problems(_ css: String) -> [Problem] {
        var found: [Problem] = []
        for (index, line) in css.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lower = line.lowercased()
            let rules: [(String, String)] = [
                ("</style", "the stylesheet may not contain '</style': it would end the page's style element"),
                ("<", "the stylesheet may not contain '<'"),
                ("@import", "the stylesheet may not @import other files: everything must be inline"),
                ("url(http", "the stylesheet may not load from the web: pages must not make requests"),
                ("url(//", "the stylesheet may not load from the web: pages must not make requests"),
                ("url(\"http", "the stylesheet may not load from the web: pages must not make requests"),
                ("url('http", "the stylesheet may not load from the web: pages must not make requests"),
                ("expression(", "the stylesheet may not use expression()"),
            ]
            for (needle, message) in rules {
                if let range = lower.range(of: needle) {
                    found.append(Problem(line: index + 1, column: lower.distance(from: lower.startIndex, to: range.lowerBound) + 1, message: message))
                    break
                }
            }
        }
        return found
    }
}
