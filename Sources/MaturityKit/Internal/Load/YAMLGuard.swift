import CYaml

/// Walks a YAML text's events once, before any tree is built, and refuses what would make building or reading
/// the tree blow up: an alias used as a mapping key (Yams compares keys by expanding them, which takes
/// exponential time for nested aliases), and more nodes than `nodeLimit` once every alias is expanded (a
/// "billion laughs" document is a few lines long). Linear in the text; memory is one counter per anchor.
enum YAMLGuard {
    static let nodeLimit = 100_000

    struct Refusal {
        var line: Int
        var column: Int
        var message: String
    }

    /// Nil when the text is within bounds or has a syntax error (the parser proper reports those).
    static func check(_ text: String, nodeLimit: Int = YAMLGuard.nodeLimit) -> Refusal? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Refusal? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return walk(&parser, nodeLimit: nodeLimit)
        }
    }

    /// One open collection: its anchor, its expanded size so far, and (for a mapping) whether the next node is a key.
    private struct Frame {
        var anchor: String?
        var size: Int
        var isMapping: Bool
        var children: Int
    }

    private static func walk(_ parser: inout yaml_parser_t, nodeLimit: Int) -> Refusal? {
        var sizes: [String: Int] = [:]
        var stack: [Frame] = []
        var total = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            var size: Int?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                size = 1
                if let anchor = name(event.data.scalar.anchor) { sizes[anchor] = 1 }
            case YAML_ALIAS_EVENT:
                if let top = stack.last, top.isMapping, top.children % 2 == 0 {
                    return Refusal(line: line, column: column, message: "an alias (*) cannot be used as a mapping key; write the key out")
                }
                size = name(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                // A collection counts as one node when it opens; its contents are added as they come.
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = name(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                stack.append(Frame(anchor: anchor, size: 1, isMapping: isMapping, children: 0))
                total += 1
                if total > nodeLimit { return tooBig(line, column, nodeLimit) }
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return nil }
                if let anchor = frame.anchor { sizes[anchor] = frame.size }
                if !stack.isEmpty {
                    stack[stack.count - 1].children += 1
                    stack[stack.count - 1].size = min(Int.max / 2, stack[stack.count - 1].size + frame.size)
                }
                continue
            default:
                continue
            }
            guard let size else { continue }
            total += size
            if !stack.isEmpty {
                stack[stack.count - 1].children += 1
                stack[stack.count - 1].size = min(Int.max / 2, stack[stack.count - 1].size + size)
            }
            if total > nodeLimit { return tooBig(line, column, nodeLimit) }
        }
    }

    private static func tooBig(_ line: Int, _ column: Int, _ limit: Int) -> Refusal {
        Refusal(line: line, column: column, message: "the document expands to more than \(limit) values (through aliases or sheer size); simplify it")
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
