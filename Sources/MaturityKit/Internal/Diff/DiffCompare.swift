/// Compares what two versions of a report publish (`DiffFacts`), section by section, in a fixed order:
/// dimensions in the model's order, everything else sorted by id.
enum DiffCompare {
    static func run(_ old: DiffFacts, _ new: DiffFacts) -> [DiffChange] {
        var changes: [DiffChange] = []
        if old.wave != new.wave { changes.append(.changed(.overall, id: "", name: DiffWords.organisation, .wave, old.wave, new.wave)) }
        changes += figure(.overall, old.overall, new.overall)
        let oldDimensions = Dictionary(old.dimensions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.dimensions.map(\.id))
        for dimension in new.dimensions {
            guard let before = oldDimensions[dimension.id] else {
                changes.append(DiffChange(section: .dimensions, kind: .added, id: dimension.id, name: dimension.name))
                continue
            }
            changes += figure(.dimensions, before, dimension)
        }
        for dimension in old.dimensions where !newIDs.contains(dimension.id) {
            changes.append(DiffChange(section: .dimensions, kind: .removed, id: dimension.id, name: dimension.name))
        }
        for dimension in new.dimensions {
            guard let before = oldDimensions[dimension.id], before.target != dimension.target else { continue }
            changes.append(
                .changed(
                    .targets, id: dimension.id, name: dimension.name, .target, before.target, dimension.target, texts: (before.targetName, dimension.targetName)
                ))
        }
        changes += groups(old, new) + benchmarks(old, new) + roadmap(old, new) + commentary(old, new)
        return changes
    }

    /// Score, stage and n of the organisation or of one dimension.
    private static func figure(_ section: DiffSection, _ old: DiffFacts.Figure, _ new: DiffFacts.Figure) -> [DiffChange] {
        var changes: [DiffChange] = []
        let name = section == .overall ? DiffWords.organisation : new.name
        if old.score != new.score {
            let delta = old.exact.flatMap { before in new.exact.map { NumberStyle.english.change($0 - before) } }
            changes.append(.changed(section, id: new.id, name: name, .score, old.score, new.score, delta: delta))
        }
        if old.stage != new.stage {
            changes.append(.changed(section, id: new.id, name: name, .stage, old.stage, new.stage, texts: (old.stageName, new.stageName)))
        }
        if old.n != new.n { changes.append(.changed(section, id: new.id, name: name, .n, old.n, new.n)) }
        return changes
    }

    /// Groups shown in one version and not the other (hidden, or not in the data at all: the site does not say which).
    private static func groups(_ old: DiffFacts, _ new: DiffFacts) -> [DiffChange] {
        let names = Dictionary(new.dimensions.map { ($0.id, $0.name) } + old.dimensions.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return old.groups.symmetricDifference(new.groups).sorted { $0.lexicographicallyPrecedes($1) }.map { key in
            let (dimension, attribute, group) = (key[0], key[1], key[2])
            let place = dimension.isEmpty ? DiffWords.units : names[dimension] ?? dimension
            let shown = new.groups.contains(key)
            return .changed(
                .groups, id: ([dimension.isEmpty ? "units" : dimension, attribute, group]).joined(separator: "/"),
                name: "\(place): \(attribute) \(Quote.input(group))", .shown, shown ? "no" : "yes", shown ? "yes" : "no",
                texts: shown ? (DiffWords.notShown, DiffWords.shown) : (DiffWords.shown, DiffWords.notShown))
        }
    }
}

/// Benchmarks, roadmap and commentary: things with an id that are added, removed, or changed field by field.
extension DiffCompare {
    static func benchmarks(_ old: DiffFacts, _ new: DiffFacts) -> [DiffChange] {
        let names = Dictionary((old.dimensions + new.dimensions).map { ($0.id, $0.name) }, uniquingKeysWith: { _, last in last })
        return matched(.benchmarks, old.benchmarks, new.benchmarks, name: { $1.name }) { id, before, after in
            Set(before.figures.keys).union(after.figures.keys).sorted().flatMap { dimension in
                let (was, now) = (before.figures[dimension] ?? [:], after.figures[dimension] ?? [:])
                return [DiffField.benchmarkN, .mean, .p25, .median, .p75].compactMap { field -> DiffChange? in
                    guard was[field] != now[field] else { return nil }
                    return .changed(
                        .benchmarks, id: id + "/" + dimension, name: "\(after.name): \(names[dimension] ?? dimension)", field, was[field], now[field],
                        texts: (was[field] ?? NumberStyle.none, now[field] ?? NumberStyle.none))
                }
            }
        }
    }

    static func roadmap(_ old: DiffFacts, _ new: DiffFacts) -> [DiffChange] {
        matched(.roadmap, old.initiatives, new.initiatives, name: { $1.title }) { id, before, after in
            zip(before.fields, after.fields).compactMap { was, now in
                was.value == now.value ? nil : .changed(.roadmap, id: id, name: after.title, now.field, was.value, now.value)
            }
        }
    }

    /// A commentary file counts as changed when its title or text differs; the diff names it and never prints it.
    static func commentary(_ old: DiffFacts, _ new: DiffFacts) -> [DiffChange] {
        matched(.commentary, old.commentary, new.commentary, name: { path, _ in path }) { path, before, after in
            before == after ? [] : [.changed(.commentary, id: path, name: path, .content, nil, nil)]
        }
    }

    /// Things in only one version are added or removed; those in both are compared by `compare`. Sorted by id.
    private static func matched<Thing>(
        _ section: DiffSection, _ old: [String: Thing], _ new: [String: Thing], name: (String, Thing) -> String,
        compare: (String, Thing, Thing) -> [DiffChange]
    ) -> [DiffChange] {
        Set(old.keys).union(new.keys).sorted().flatMap { id -> [DiffChange] in
            switch (old[id], new[id]) {
            case (let before?, let after?): return compare(id, before, after)
            case (nil, let after?): return [DiffChange(section: section, kind: .added, id: id, name: name(id, after))]
            case (let before?, nil): return [DiffChange(section: section, kind: .removed, id: id, name: name(id, before))]
            case (nil, nil): return []
            }
        }
    }
}
