import Mustache
import XCTest

@testable import MaturityKit

/// The lookups the MustacheLookups plugin generates for `TemplateData` types must answer every stored property
/// with its value, and nothing else, or a template would render nothing (or the wrong thing) for a field.
/// Checked on the view models of real sites, so every type a page can hold is reached with real values.
final class ViewModelLookupTests: XCTestCase {
    private struct Walk {
        var checkedTypes = Set<String>()
        var checkedFields = 0
        var problems: [String] = []

        mutating func visit(_ value: Any, at path: String) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional?, .collection?:
                for (index, child) in mirror.children.enumerated() { visit(child.value, at: "\(path)[\(index)]") }
            case .struct?, .class?:
                inspect(value, mirror, at: path)
            default:
                return
            }
        }

        private mutating func inspect(_ value: Any, _ mirror: Mirror, at path: String) {
            let typeName = String(reflecting: type(of: value))
            guard typeName.hasPrefix("MaturityKit") else { return }  // our types, not String or Int
            guard let parent = value as? any TemplateData else {
                problems.append("\(path): \(typeName) is not marked TemplateData, so templates read it by reflection")
                return
            }
            checkedTypes.insert(typeName)
            if let stray = parent.child(named: "noSuchField") {
                problems.append("\(path): an unknown name gave \(stray)")
            }
            for child in mirror.children {
                guard let label = child.label else { continue }
                checkedFields += 1
                let expected = Self.describe(child.value)
                // A field holding nil comes back as nil, the same answer as an unknown name.
                let found = parent.child(named: label).map { $0 is Absent ? "nil" : Self.describe($0) } ?? "nil"
                if found != expected { problems.append("\(path).\(label): lookup gave \(found), the field holds \(expected)") }
                visit(child.value, at: "\(path).\(label)")
            }
        }

        /// An optional field comes back from the lookup as `Any` holding the optional; compare what it holds.
        static func describe(_ value: Any) -> String {
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional else { return String(describing: value) }
            return mirror.children.first.map { describe($0.value) } ?? "nil"
        }
    }

    func testEveryStoredFieldOfEveryViewModelIsAnsweredByItsLookup() throws {
        var walk = Walk()
        for folder in [TestSupport.repositoryRoot.path + "/content", TestSupport.site("mixed")] {
            let views = try XCTUnwrap(Pipeline.views.run(BuildOptions(content: folder)).views)
            // Every page's view model, as the render step gets it; the rest of SiteViews is data exports.
            for page in views.pages { walk.visit(page.view, at: page.path) }
        }
        XCTAssertTrue(walk.problems.isEmpty, "\(walk.problems.count) problems:\n" + walk.problems.prefix(20).joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(walk.checkedTypes.count, 25, "types checked: \(walk.checkedTypes.sorted())")
        XCTAssertGreaterThan(walk.checkedFields, 1000)
    }

    /// The walk above must notice a lookup that misses a field or answers a wrong value.
    func testTheCheckCatchesAWrongLookup() {
        var walk = Walk()
        walk.visit(Mislabelled(shown: "a", hidden: 2), at: "sample")
        XCTAssertEqual(walk.problems.count, 2, "\(walk.problems)")
        XCTAssertTrue(walk.problems.contains { $0.hasPrefix("sample.hidden: lookup gave nil, the field holds 2") }, "\(walk.problems)")
        XCTAssertTrue(walk.problems.contains { $0.hasPrefix("sample.shown: lookup gave b") }, "\(walk.problems)")
    }
}

/// A view model written by hand with a broken lookup, for the test of the test.
struct Mislabelled: TemplateData {
    var shown: String
    var hidden: Int

    func child(named name: String) -> Any? { name == "shown" ? "b" : nil }
}
