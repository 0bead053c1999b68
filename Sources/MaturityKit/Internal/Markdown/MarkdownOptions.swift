/// What the Markdown layer adds on top of plain CommonMark. Safe mode (no raw HTML, no `javascript:` or
/// other unsafe link targets) holds unless `unsafeHTML` is given.
struct MarkdownOptions: OptionSet, Sendable {
    let rawValue: Int

    /// Curly quotes, en and em dashes, ellipses.
    static let smartPunctuation = MarkdownOptions(rawValue: 1 << 0)
    /// An `id` on every heading, made from its text, so pages can link to sections.
    static let headingIDs = MarkdownOptions(rawValue: 1 << 1)
    /// Pass raw HTML and every URL through as written. Only for reports whose authors opt in.
    static let unsafeHTML = MarkdownOptions(rawValue: 1 << 2)

    /// What commentary gets by default.
    static let commentary: MarkdownOptions = [.smartPunctuation, .headingIDs]
}

/// Heading ids: lowercase letters and digits of the heading text joined by hyphens, made unique on the page.
struct HeadingIDs {
    /// Per slug, how many headings had it; and every id given out, so that "A 2" after two "A" gets no `a-2` twice.
    private var used: [String: Int] = [:]
    private var issued: Set<String> = []
    let prefix: String

    init(prefix: String = "") { self.prefix = prefix }

    mutating func make(from text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        if slug.isEmpty { slug = "section" }
        slug = prefix + slug
        var count = used[slug, default: 0]
        var id: String
        repeat {
            count += 1
            id = count == 1 ? slug : "\(slug)-\(count)"
        } while issued.contains(id)
        used[slug] = count
        issued.insert(id)
        return id
    }
}
