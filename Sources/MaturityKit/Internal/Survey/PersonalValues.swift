import Foundation

/// The second half of the personal-data rule, checked on a column's values once the file is read: an attribute
/// whose values are mostly unique identifies people whatever its header says, and so do e-mail addresses and
/// phone numbers. Only the distinct values are looked at (the interner keeps them), never every row.
extension PersonalData {
    /// Below this many respondents a wave is too small to tell an identifier from a handful of groups: three
    /// groups among five respondents are "mostly unique" by count, yet ordinary.
    static let uniquenessMinimumRespondents = 10

    /// Why the values of an attribute column look personal, or nil. `values` are its distinct values (blank
    /// excluded); `respondents` the wave's number of data rows.
    static func valuesReason(_ values: [String], respondents: Int) -> String? {
        if values.contains(where: looksLikeEmail) { return "some of its values look like e-mail addresses" }
        let phones = values.filter(looksLikePhone).count
        if phones > 0 && phones * 2 > values.count { return "most of its values look like phone numbers" }
        if respondents >= uniquenessMinimumRespondents && values.count * 2 > respondents {
            return "it has \(values.count) different values among \(respondents) respondents, so most values single out a person"
        }
        return nil
    }

    /// `local@domain.tld` as addresses are written: letters, digits and `._%+'-` before the `@`, a domain of
    /// letters, digits, dots and hyphens, ending in a top-level domain of two letters or more.
    static func looksLikeEmail(_ value: String) -> Bool {
        let text = value.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
            parts[0].unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "._%+'-".unicodeScalars.contains($0) }),
            parts[1].unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "-" })
        else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, !labels.contains(where: \.isEmpty), let top = labels.last else { return false }
        return top.count >= 2 && top.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }

    /// Seven or more digits with only the punctuation phone numbers use (`+44 20 7946 0958`, `(555) 010-0199`).
    static func looksLikePhone(_ value: String) -> Bool {
        var digits = 0
        for scalar in value.unicodeScalars {
            if ("0"..."9").contains(scalar) { digits += 1 } else if !" +-().\t/".unicodeScalars.contains(scalar) { return false }
        }
        return digits >= 7 && digits <= 15
    }
}

extension WaveReader {
    /// The value half of the personal-data rule, on the distinct values only (the per-row loop is untouched).
    /// The error names the column and why, never a value.
    func refusePersonalValues(_ tally: ResponseTally, map: ColumnMap, respondents: Int, log: inout DiagnosticLog) {
        for (index, attribute) in attributes.enumerated() where index < tally.groupNames.count {
            let values = tally.groupNames[index].filter { $0 != GroupName.notStated }
            guard let reason = PersonalData.valuesReason(values, respondents: respondents) else { continue }
            let at = index < places.attributes.count ? places.attributes[index] : SourceLocation(file: file, line: 1, column: 1)
            let header = index < map.attributeHeaders.count ? map.attributeHeaders[index] : attribute
            log.error(
                at,
                "attribute '\(attribute)' is column \"\(header)\" of \(places.source.isEmpty ? file : places.source), which looks like personal data: \(reason); its values would be published as group names"
            )
        }
    }
}
