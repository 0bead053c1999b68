import Foundation
import XCTest

@testable import MaturityKit

/// Personal data never leaves the input: not as an attribute, not in a diagnostic.
final class PersonalDataTests: XCTestCase {
    func testHeadersThatNamePeopleOrResponsesArePersonal() {
        for header in [
            "Name (optional)", "NAME", "Full name", "Manager name", "E-mail", "Email Address", "RecipientEmail", "Phone",
            "Mobile phone number", "IP", "IPAddress", "IP-Adresse", "Respondent", "respondent_id", "ResponseId", "Response ID",
            "Employee ID", "Employee number", "User ID", "username", "Login", "Date of birth", "Home address", "ID", "Antwort-ID",
            "LocationLatitude", "Timestamp", "Start time", "E-Mail des Empfängers", "Participant",
        ] {
            XCTAssertTrue(PersonalData.isPersonal(header), header)
        }
    }

    /// "name" inside a word, or a group's name, is not a person's name; "id" and "ip" only count as words.
    func testOrdinaryAttributesAreNotPersonal() {
        for header in [
            "department", "Department", "Department name", "Team name", "function", "Which department do you work in?",
            "region", "segment", "Tenure band", "Role", "Ideas", "Shipping site", "Tournament", "Renamed unit", "Paid plan",
            "Business unit", "Job level",
        ] {
            XCTAssertFalse(PersonalData.isPersonal(header), header)
        }
    }

    func testValuesThatIdentifyPeople() {
        XCTAssertNotNil(PersonalData.valuesReason(["Sales", "ana@example.com"], respondents: 40))
        XCTAssertNotNil(PersonalData.valuesReason(["+44 20 7946 0958", "(555) 010-0199", "Sales"], respondents: 6))
        XCTAssertNotNil(PersonalData.valuesReason((1...6).map { "B\($0)" }, respondents: 10))
        XCTAssertNil(PersonalData.valuesReason((1...5).map { "B\($0)" }, respondents: 10), "exactly half is still a grouping")
        XCTAssertNil(PersonalData.valuesReason(["X", "Y", "Z"], respondents: 5), "too few respondents to judge uniqueness")
        XCTAssertNil(PersonalData.valuesReason(["Sales", "Support", "R&D @ HQ"], respondents: 100))
        for address in ["ana@example.com", " Ana.Pérez+cx@mail.example.co.uk ", "o'neil@example.ie"] {
            XCTAssertTrue(PersonalData.looksLikeEmail(address), address)
        }
        for text in ["@team", "a@b", "x@y.z", "\"onclick=prompt(8)>\"@x.y", "<STYLE>@import'http://ha.ckers.org/xss.css';</STYLE>", "Sales@HQ"] {
            XCTAssertFalse(PersonalData.looksLikeEmail(text), text)
        }
    }

    /// Mapping an item to a personal column makes its cells invalid answers; the error gives the place, not the cell.
    func testAnItemMappedToAPersonalColumnNeverPrintsItsCells() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let csv = """
            respondent,function,Email,Phone,d1_1,d1_2,d1_3,d2_1,d2_2
            R1,X,ana@example.com,+44 20 7946 0958,4,2,5,3,3
            R2,X,ben@example.com,+44 20 7946 0959,3,4,,5,

            """
        try csv.write(toFile: content + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(
            of: "responses: waves/now/responses.csv }", with: "responses: waves/now/responses.csv, columns: { d1_1: Email, d2_2: \"Phone\" } }"
        )
        .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        let failure = try XCTUnwrap(TestSupport.build(content, into: content + "/../site"))
        XCTAssertTrue(failure.description.contains("responses.csv:2:6: error: expected an answer from 1 to 5"), failure.description)
        for secret in ["ana@", "ben@", "7946"] { XCTAssertFalse(failure.description.contains(secret), failure.description) }
    }

    /// The same cell text in an ordinary item column is quoted, so users can find and fix it.
    func testAnOrdinaryBadAnswerIsStillQuoted() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let csv = try String(contentsOfFile: content + "/waves/now/responses.csv", encoding: .utf8)
        try csv.replacingOccurrences(of: "R1,X,4,2,5", with: "R1,X,often,2,5").write(
            toFile: content + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
        let failure = try XCTUnwrap(TestSupport.build(content, into: content + "/../site"))
        XCTAssertTrue(failure.description.contains("found \"often\""), failure.description)
    }

    /// "Department name" holds group names: it is accepted as an attribute and its values are published.
    func testADepartmentNameColumnIsAnAttribute() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let csv = try String(contentsOfFile: content + "/waves/now/responses.csv", encoding: .utf8)
        try csv.replacingOccurrences(of: "respondent,function,", with: "respondent,Department name,")
            .write(toFile: content + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "attributes: [function]", with: "attributes: [Department name]")
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        XCTAssertNil(TestSupport.build(content, into: content + "/../site"))
    }
}
