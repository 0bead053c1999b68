import Mustache
import XCTest
@testable import MaturityKit

/// The generated `MustacheParent` lookups (scripts/generate-mustache-lookups.py) must answer every stored
/// property with its value, or a template would silently render nothing for it.
final class ViewModelLookupTests: XCTestCase {
    private func check(_ value: Any, path: String, seen: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .collection {
            for (index, child) in mirror.children.enumerated() { check(child.value, path: "\(path)[\(index)]", seen: &seen) }
            return
        }
        guard mirror.displayStyle == .struct else { return }
        guard let parent = value as? MustacheParent else {
            XCTFail("\(path): \(type(of: value)) has no MustacheParent lookup; run scripts/generate-mustache-lookups.py")
            return
        }
        seen.insert(String(describing: type(of: value)))
        for child in mirror.children {
            guard let label = child.label else { continue }
            let looked = parent.child(named: label)
            XCTAssertEqual(looked.map { String(describing: $0) } ?? "nil", Self.unwrap(child.value), "\(path).\(label)")
            check(child.value, path: "\(path).\(label)", seen: &seen)
        }
    }

    private static func unwrap(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return String(describing: value) }
        return mirror.children.first.map { String(describing: $0.value) } ?? "nil"
    }

    func testEveryViewModelFieldIsReachableFromTemplates() throws {
        var seen = Set<String>()
        for folder in [TestSupport.repositoryRoot.path + "/content", TestSupport.site("mixed")] {
            let views = try XCTUnwrap(Pipeline.views.run(BuildOptions(content: folder)).views)
            // SiteViews itself is only the bundle of pages; every page and what it holds is a template context.
            // The data exports (the results files, each unit's figures) are written as they are, not through templates.
            for page in Mirror(reflecting: views).children where !(page.value is String) && !(page.value is [UnitData]) {
                check(page.value, path: page.label ?? "page", seen: &seen)
            }
        }
        XCTAssertGreaterThanOrEqual(seen.count, 25, "types checked: \(seen.sorted())")
    }
}
