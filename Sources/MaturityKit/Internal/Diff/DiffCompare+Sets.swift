/// Benchmarks, roadmap and commentary: things with an id that are added, removed, or changed field by field.
extension DiffCompare {
    static func benchmarks(_ old: DiffFacts, _ new: DiffFacts) -> [DiffChange] {
        let fields: [String: DiffField] = ["n": .benchmarkN, "mean": .mean, "p25": .p25, "median": .median, "p75": .p75]
        return matched(.benchmarks, old.benchmarks, new.benchmarks, name: { $1.name }) { id, before, after in
            Set(before.figures.keys).union(after.figures.keys).sorted().compactMap { key in
                guard before.figures[key] != after.figures[key] else { return nil }
                let parts = key.split(separator: " ").map(String.init)
                return .changed(
                    .benchmarks, id: id + "/" + parts[0], name: "\(after.name): \(parts[0])", fields[parts[1]] ?? .mean, before.figures[key],
                    after.figures[key], texts: (before.figures[key] ?? Format.none, after.figures[key] ?? Format.none))
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
