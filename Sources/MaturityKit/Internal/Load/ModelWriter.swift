import Yams

/// Writes a model as a model file (SPEC §5) that `ModelLoader` reads back to the same model: for
/// `maturity models export --language`, one language's text in place. Parts come in the model's order,
/// texts double-quoted, so the same model always gives the same bytes.
enum ModelWriter {
    static func yaml(_ model: MaturityModel) -> String {
        func text(_ value: String) -> Node { .scalar(.init(value, .implicit, .doubleQuoted)) }
        // Thresholds and weights are at most 1000 in size: Swift writes them as plain decimals that read back exactly.
        func number(_ value: Double) -> Node { .scalar(.init("\(value)")) }
        func map(_ pairs: [(String, Node)], flow: Bool = false) -> Node {
            .mapping(.init(pairs.map { (Node.scalar(.init($0.0)), $0.1) }, .implicit, flow ? .flow : .block))
        }
        func list(_ values: [String]) -> Node { .sequence(.init(values.map(text), .implicit, .block)) }
        var scale: [(String, Node)] = [("min", .scalar(.init(String(model.scale.min)))), ("max", .scalar(.init(String(model.scale.max))))]
        if !model.scale.labels.isEmpty { scale.append(("labels", .sequence(.init(model.scale.labels.map(text), .implicit, .flow)))) }
        let stages = model.stages.map { stage in
            var pairs: [(String, Node)] = [("id", text(stage.id)), ("name", text(stage.name)), ("min_score", number(stage.minScore))]
            if !stage.summary.isEmpty { pairs.append(("summary", text(stage.summary))) }
            return map(pairs)
        }
        let dimensions = model.dimensions.map { dimension in
            var pairs: [(String, Node)] = [("id", text(dimension.id)), ("name", text(dimension.name))]
            if let group = dimension.group { pairs.append(("group", text(group))) }
            if !dimension.description.isEmpty { pairs.append(("description", text(dimension.description))) }
            let ordered = model.stages.map(\.id)
            pairs.append(("stages", map(ordered.compactMap { id in dimension.descriptors[id].map { (id, text($0)) } })))
            let actions = ordered.compactMap { id in dimension.actions[id].map { (id, list($0)) } }
            if !actions.isEmpty { pairs.append(("actions", map(actions))) }
            if !dimension.items.isEmpty {
                pairs.append(
                    (
                        "items",
                        .sequence(
                            .init(
                                dimension.items.map { item in
                                    var entry: [(String, Node)] = [("id", text(item.id)), ("text", text(item.text))]
                                    if item.reverse { entry.append(("reverse", .scalar(.init("true")))) }
                                    if item.weight != 1 { entry.append(("weight", number(item.weight))) }
                                    return map(entry, flow: true)
                                }, .implicit, .block))
                    ))
            }
            let criteria = ordered.compactMap { id in
                dimension.criteria[id].map { list in
                    (id, Node.sequence(.init(list.map { map([("id", text($0.id)), ("text", text($0.text))], flow: true) }, .implicit, .block)))
                }
            }
            if !criteria.isEmpty { pairs.append(("criteria", map(criteria))) }
            return map(pairs)
        }
        var root: [(String, Node)] = [("id", text(model.id)), ("name", text(model.name))]
        if !model.description.isEmpty { root.append(("description", text(model.description))) }
        root += [
            ("scale", map(scale, flow: true)), ("stages", .sequence(.init(stages, .implicit, .block))),
            ("dimensions", .sequence(.init(dimensions, .implicit, .block))),
        ]
        // Only text this tool built from values it read goes in, so the emitter has nothing to refuse.
        return (try? Yams.serialize(node: map(root), width: -1, allowUnicode: true)) ?? ""
    }
}
