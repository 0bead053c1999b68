import CCmark

#if canImport(Glibc)
    import Glibc
#endif

/// Markdown to HTML through libcmark. Every call into the C library is in this file: nodes are created,
/// read and freed here, and only Swift strings leave it.
enum CMarkConverter {
    static func html(_ markdown: String, options: MarkdownOptions = .commentary) -> String {
        var flags = CMARK_OPT_VALIDATE_UTF8
        if options.contains(.smartPunctuation) { flags |= CMARK_OPT_SMART }
        if options.contains(.unsafeHTML) { flags |= CMARK_OPT_UNSAFE }
        let length = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, length, flags) }) else { return "" }
        defer { cmark_node_free(document) }
        if options.contains(.headingIDs) { addHeadingIDs(document, flags: flags) }
        guard let rendered = cmark_render_html(document, flags) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Every link and image destination in the Markdown, with the line and column where its node starts, and
    /// whether it is an image.
    static func linkDestinations(_ markdown: String) -> [(url: String, line: Int, column: Int, isImage: Bool)] {
        let length = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, length, CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8) }) else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var found: [(url: String, line: Int, column: Int, isImage: Bool)] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            // Where a node has no position of its own, use the nearest enclosing one.
            var block: OpaquePointer? = node
            while let current = block, cmark_node_get_start_line(current) == 0 { block = cmark_node_parent(current) }
            found.append(
                (
                    String(cString: url), Int(block.map(cmark_node_get_start_line) ?? 0), Int(block.map(cmark_node_get_start_column) ?? 0),
                    type == CMARK_NODE_IMAGE
                ))
        }
        return found
    }

    /// cmark 0.30 has no attribute API, so each heading is replaced by a custom block whose literal HTML is the
    /// heading rendered by cmark itself (same escaping, same safe mode) with an `id` added to its opening tag.
    private static func addHeadingIDs(_ document: OpaquePointer, flags: Int32) {
        var headings: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_HEADING {
                headings.append(node)
            }
        }
        var ids = HeadingIDs()
        for heading in headings {
            let level = cmark_node_get_heading_level(heading)
            guard let rendered = cmark_render_html(heading, flags) else { continue }
            let html = String(cString: rendered)
            free(rendered)
            let id = ids.make(from: plainText(heading))
            let opening = "<h\(level)>"
            guard html.hasPrefix(opening) else { continue }
            let withID = "<h\(level) id=\"\(id)\">" + html.dropFirst(opening.count)
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(block, withID.hasSuffix("\n") ? String(withID.dropLast()) : withID)
            cmark_node_set_on_exit(block, "")
            if cmark_node_replace(heading, block) == 1 {
                cmark_node_free(heading)
            } else {
                cmark_node_free(block)
            }
        }
    }

    /// The text of a node's descendants (text and code spans, line breaks as spaces), as a reader sees it.
    private static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }
}
