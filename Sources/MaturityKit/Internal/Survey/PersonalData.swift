/// The one list of what counts as personal data or response metadata in a survey column, by its header and by
/// its values. Such a column can never be an attribute (its values would be published as group names), and
/// its cells are never quoted in a diagnostic.
///
/// Headers are compared case- and punctuation-insensitively, two ways:
/// - fragments that only ever mean personal data match anywhere, even inside a longer word
///   ("RecipientEmail", "E-mail address", "Date of birth", "Login");
/// - short words that also occur inside harmless words ("name", "id", "ip", "address", "user", …) match only
///   as whole words, where words are split at spaces, punctuation and camelCase ("ResponseId" → response id);
///   "respondent" and "participant" are such words too: alone they head a column of respondent ids.
///   "name" is personal unless an organisational word says whose name it is ("Department name", "Team name"
///   are groups; "Name (optional)", "Manager name" are people).
enum PersonalData {
    private static let fragments = [
        "email", "phone", "mobilenumber", "birth", "login", "password", "ipaddress", "ipaddr", "latitude", "longitude",
        "firstname", "lastname", "fullname", "surname", "givenname", "familyname", "username", "userid", "respondentid",
        "responseid", "employeeid", "employeenumber", "staffid", "staffnumber", "personnelnumber", "recipient",
        "externalreference", "externaldatareference", "socialsecurity", "passport", "postcode", "postalcode", "zipcode",
        "streetaddress", "homeaddress", "timestamp", "starttime", "completiontime", "startdate", "enddate", "recordeddate",
        "lastmodifiedtime", "responseset",
    ]
    /// Whole words that name a person or a single response on their own.
    private static let words: Set<String> = ["name", "id", "ip", "address", "respondent", "participant", "login", "dob", "ssn", "uuid", "guid"]
    /// Words that, before "name", make it the name of a group rather than of a person.
    private static let groupWords: Set<String> = [
        "department", "team", "unit", "function", "division", "region", "site", "office", "branch",
        "company", "organisation", "organization", "business", "country", "store", "product", "group",
        "segment", "area", "location", "project", "brand",
    ]

    /// Whether a column header looks like personal data or response metadata; the reason ("e-mail", "a name", …)
    /// comes back so that an error can say why, or nil.
    static func headerReason(_ header: String) -> String? {
        let words = split(header)
        let key = words.joined()
        if let fragment = fragments.first(where: { key.contains($0) }) { return describe(fragment) }
        for (index, word) in words.enumerated() where Self.words.contains(word) {
            if word == "name" && index > 0 && groupWords.contains(words[index - 1]) { continue }
            return describe(word)
        }
        return nil
    }

    static func isPersonal(_ header: String) -> Bool { headerReason(header) != nil }

    /// Lowercase ASCII-folded words: split at anything not a letter or digit, and at camelCase humps
    /// ("IPAddress" → ip address, "RecipientEmail" → recipient email).
    static func split(_ header: String) -> [String] {
        var words: [String] = [], current = ""
        let scalars = Array(header.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let isLetterOrDigit = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            guard isLetterOrDigit else {
                if !current.isEmpty { words.append(current); current = "" }
                continue
            }
            if scalar.properties.isUppercase, !current.isEmpty, index > 0 {
                let previous = scalars[index - 1]
                let nextIsLower = index + 1 < scalars.count && scalars[index + 1].properties.isLowercase
                if previous.properties.isLowercase || (previous.properties.isUppercase && nextIsLower) {
                    words.append(current)
                    current = ""
                }
            }
            current += String(scalar).lowercased()
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func describe(_ match: String) -> String {
        switch match {
        case "email": "e-mail"
        case "phone", "mobilenumber": "a phone number"
        case "birth", "dob": "a date of birth"
        case "ip", "ipaddress", "ipaddr": "an IP address"
        case "latitude", "longitude": "a location"
        case "address", "streetaddress", "homeaddress", "postcode", "postalcode", "zipcode": "an address"
        case "timestamp", "starttime", "completiontime", "startdate", "enddate", "recordeddate", "lastmodifiedtime": "a response time"
        case "name", "firstname", "lastname", "fullname", "surname", "givenname", "familyname": "a name"
        case "login", "username", "password": "a login"
        default: "an identifier"
        }
    }
}
