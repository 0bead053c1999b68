/// The files of a new report folder: settings with comments, a seeded sample wave, commentary stubs, a roadmap,
/// and the editor schemas that report.yaml and roadmap.yaml name on their first line.
enum ScaffoldFiles {
    static func all(model: MaturityModel, date: String) -> [(String, String)] {
        var files: [(String, String)] = [
            ("report.yaml", report(model, date: date)),
            ("waves/sample/responses.csv", sampleResponses(model)),
            (
                "commentary/overview.md",
                "---\ntitle: Executive summary\n---\n## What we found\n\nWrite the headline findings here: where the organisation stands, what moved since the last wave, and what leaders should do next.\n"
            ),
            (
                "roadmap.yaml",
                "# Initiatives that close the gaps to target; see the README for every key.\n# - id: close-the-loop\n#   title: Close the loop on every complaint\n#   dimensions: [\(model.dimensions[0].id)]\n#   owner: Head of Customer Service\n#   start: 2026-Q1\n#   end: 2026-09\n#   status: planned            # planned, in-progress, done, at-risk, cancelled\n#   impact: 4                  # impact, value, feasibility: 1–5, all three or none; they rank open initiatives\n#   value: 3\n#   feasibility: 4\n#   target_stage: \(model.stages[min(3, model.stages.count - 1)].id)\n#   goal: { metric: \"Complaints answered within 48 hours\", baseline: \"35%\", target: \"80%\", by: 2026-12 }\n#   description: What will be done, in Markdown.\ninitiatives: []\n"
            ),
        ]
        for dimension in model.dimensions {
            files.append(
                (
                    "commentary/dimensions/\(dimension.id).md",
                    "---\ntitle: \(yamlQuoted(dimension.name))\n---\nWhat the assessors saw for \(dimension.name): examples, strengths, gaps.\n"
                ))
        }
        for name in BuiltIns.schemaNames {
            let text = (try? String(contentsOfFile: BuiltIns.schemasDirectory + "/" + name, encoding: .utf8)) ?? ""
            files.append(("schemas/" + name, text))
        }
        let schemaOf = ["report.yaml": "report", "roadmap.yaml": "roadmap"]
        return files.map { path, text in (path, (schemaOf[path].map(modeline) ?? "") + text) }
    }

    /// The first line of a YAML file: tells editors with the YAML language server (VS Code's YAML extension and
    /// others) which schema the file follows, so they complete and check its keys offline.
    static func modeline(_ kind: String) -> String {
        "# yaml-language-server: $schema=schemas/\(kind).schema.json\n"
    }

    static func report(_ model: MaturityModel, date: String) -> String {
        let target = model.stages[min(3, model.stages.count - 1)].id
        return """
            # Settings of this report. Every key is explained here; see the README for the full format.
            title: Customer Experience Maturity          # shown on every page
            organisation: Example Organisation          # your organisation's name
            date: \(date)                             # the report's date: the only date in the output; change it
            model: \(model.id)                        # a built-in model, or a path such as models/custom.yaml
            language: en                              # the reader's language: en, de, fr, es or ar, with a region if wanted (en-GB, ar-SA)

            # Target stage per dimension: one default, overrides by dimension id. Stages: \(model.stages.map(\.id).joined(separator: ", ")).
            targets: { default: \(target) }

            # Waves, oldest first; the last one is the current wave. A wave gives responses (CSV), scores or criteria (YAML).
            waves:
              - { id: sample, date: \(date), responses: waves/sample/responses.csv }

            attributes: [function, region]    # respondent columns to break results down by
            min_group_size: 5                 # smaller groups are never shown

            # benchmarks: [benchmarks/peers.yaml]          # reference sets to compare against
            # units: region                                # a sub-report per region
            # branding: { primary_color: "#1f4e79", logo: assets/logo.svg, stylesheet: assets/brand.css }
            # site_url: https://intranet.example.com/cx/   # for links in the email edition

            """
    }

    /// Thirty synthetic respondents from a fixed seed (splitmix64), so that two runs write the same file.
    static func sampleResponses(_ model: MaturityModel) -> String {
        let items = model.dimensions.flatMap(\.items)
        var state: UInt64 = 0x5EED_2026
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let functions = ["Operations", "Customer Service", "Sales"], regions = ["North", "South"]
        var lines = ["respondent,function,region," + items.map(\.id).joined(separator: ",")]
        for respondent in 1...30 {
            let level = Int(next() % 3)
            let answers = items.map { item -> String in
                let raw = min(model.scale.max, max(model.scale.min, model.scale.min + 1 + level + Int(next() % 3) - 1))
                return String(item.reverse ? model.scale.min + model.scale.max - raw : raw)
            }
            lines.append("S\(respondent),\(functions[respondent % 3]),\(regions[respondent % 2])," + answers.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
