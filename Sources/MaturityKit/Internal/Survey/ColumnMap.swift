/// Which CSV column holds each attribute and each item. A column matches an item by the item's id, by its
/// statement text in any of the model's languages (as any header row writes it), or through the wave's `columns:` map; attributes match by
/// name or through the map. Personal data columns can never be attributes (`PersonalData`), and the cells of
/// an item column whose header looks personal are never quoted in a diagnostic.
struct ColumnMap {
    var width: Int
    /// The column of each item the file has, in model order; `itemSlots` gives each one's index among the model's
    /// items. A wave may leave items out (a partial wave): `present` says, per model item, whether it has a column.
    var itemColumns: [Int] = []
    var itemSlots: [Int] = []
    var present: [Bool] = []
    var attributeColumns: [Int] = []
    /// Per item column: whether its cells may be quoted in a diagnostic (false when the header looks like personal data).
    var itemQuotable: [Bool] = []
    /// Per attribute: the header users know its column by, for messages about its values.
    var attributeHeaders: [String] = []
    var hasErrors = false

    /// Where each attribute is named in report.yaml and how the responses file is called there, so that a refused
    /// attribute is reported where the user chose it.
    struct Places {
        var attributes: [SourceLocation] = []
        var source = ""
        /// Where each key of the wave's `columns:` map is written, so that a mapping that fails is reported there.
        var columns: [String: SourceLocation] = [:]
    }

    init(
        headers: [[String]], format: SurveyFormat, items: [MaturityModel.Item], attributes: [String], columns: [String: String],
        file: String, line: Int, places: Places = Places(), log: inout DiagnosticLog
    ) {
        width = headers.map(\.count).max() ?? 0
        let place = SourceLocation(file: file, line: line, column: 1)
        let names = HeaderText.columnNames(headers)
        let primary = headers.first ?? []
        var seen: [String: Int] = [:]
        for (index, name) in primary.enumerated() {
            let key = HeaderText.normalise(name)
            if key.isEmpty { continue }
            if seen[key] != nil && format == .plain {
                log.error(place, "column \(Quote.input(name)) appears twice in the header")
                hasErrors = true
            }
            seen[key] = index
        }
        /// The first column named like the first wanted name that any column has, then the second, and so on:
        /// an id always wins over a statement text. Columns taken by attributes are left out.
        var reserved = Set<Int>()
        func find(_ wanted: [String]) -> Int? {
            for name in wanted.map(HeaderText.normalise) {
                if let column = names.indices.first(where: { !reserved.contains($0) && names[$0].contains(name) }) { return column }
            }
            return nil
        }
        // Attributes first (by name or columns: map), so that no statement can claim their columns.
        var attributeMatches: [Int?] = []
        for attribute in attributes {
            let match = find(columns[attribute].map { [$0] } ?? [attribute.trimmingCharacters(in: .whitespaces)])
            if let match { reserved.insert(match) }
            attributeMatches.append(match)
        }
        func label(_ column: Int) -> String {
            headers.compactMap { $0.count > column ? $0[column] : nil }.last { !$0.isEmpty && !$0.hasPrefix("{\"ImportId\"") } ?? "column \(column + 1)"
        }
        /// Why any header row's text of the column looks personal (Qualtrics' import ids left out), or nil.
        func personal(_ column: Int) -> String? {
            headers.lazy.compactMap { $0.count > column && !$0[column].hasPrefix("{\"ImportId\"") ? PersonalData.headerReason($0[column]) : nil }.first
        }
        /// A `columns:` entry whose header the file does not have.
        func unmatched(_ what: String, _ header: String) -> String {
            "'columns' maps \(what) to the header \(Quote.input(header)), but \(places.source.isEmpty ? file : places.source) has no column with that header"
        }
        var used = Set<Int>()
        var missing: [Int] = [], unmapped: [Int] = []
        for (slot, item) in items.enumerated() {
            guard let column = find(columns[item.id].map { [$0] } ?? [item.id, item.text] + item.otherTexts) else {
                if columns[item.id] != nil { unmapped.append(slot) } else { missing.append(slot) }
                present.append(false)
                continue
            }
            if let other = zip(itemSlots, itemColumns).first(where: { $0.1 == column }).map({ items[$0.0] }) {
                log.error(place, "column \"\(label(column))\" matches both item '\(other.id)' and item '\(item.id)'; tell them apart with columns: on the wave")
                hasErrors = true
            }
            itemColumns.append(column)
            itemSlots.append(slot)
            itemQuotable.append(personal(column) == nil)
            present.append(true)
            used.insert(column)
        }
        for (index, (attribute, match)) in zip(attributes, attributeMatches).enumerated() {
            guard let column = match else {
                if let header = columns[attribute] {
                    log.error(places.columns[attribute] ?? place, unmatched("attribute '\(attribute)'", header))
                } else {
                    log.error(place, "expected a column for attribute '\(attribute)' (listed in report.yaml 'attributes') in the header, found none")
                }
                hasErrors = true
                continue
            }
            if let reason = personal(column) {
                let at = index < places.attributes.count ? places.attributes[index] : place
                log.error(
                    at,
                    "attribute '\(attribute)' is column \(Quote.input(label(column))) of \(places.source.isEmpty ? file : places.source), whose header looks like personal data or response metadata (\(reason)): its values would be published as group names; choose a column that groups respondents"
                )
                hasErrors = true
            }
            attributeColumns.append(column)
            attributeHeaders.append(label(column))
            used.insert(column)
        }
        let ignored = names.indices.filter { !used.contains($0) && !names[$0].isEmpty && personal($0) == nil }
        let messages = ColumnMessages(file: file, items: items, headers: ignored.map(label))
        if let first = unmapped.first {
            // One message for every mapping the file lacks, at the first of them in report.yaml.
            let text =
                unmapped.count == 1
                ? unmatched("item '\(items[first].id)'", columns[items[first].id] ?? "") : messages.unmapped(unmapped, columns: columns)
            log.error(places.columns[items[first].id] ?? place, text)
            hasErrors = true
        }
        if itemColumns.isEmpty && unmapped.isEmpty {
            log.error(place, messages.noItem())
            hasErrors = true
        } else if !missing.isEmpty && !hasErrors {
            log.warning(place, messages.partial(missing))
        }
        if format != .plain && !ignored.isEmpty && !itemColumns.isEmpty {
            log.warning(place, "\(ignored.count) column(s) of this \(format.rawValue) export match no item or attribute and are ignored: \(messages.list)")
        }
    }
}
