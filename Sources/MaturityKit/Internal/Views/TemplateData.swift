import Mustache

/// A view model that templates read. Every struct or final class that lists `TemplateData` in its own
/// declaration (`struct SiteView: TemplateData {`) gets a `child(named:)` lookup of its stored properties,
/// generated at build time by the MustacheLookups plugin (Plugins/, Sources/MustacheLookupsTool/): templates
/// then find fields with a switch instead of reflection. Refining `MustacheParent` makes a marked type the
/// tool did not understand a compile error rather than a silently slower page.
protocol TemplateData: MustacheParent, Sendable {}

/// How a generated lookup hands a field to Mustache. A field that holds nil is handed over as `Absent`
/// rather than as nil: to swift-mustache nil means "no such name here", and it would go on looking for the
/// name in every enclosing object, which costs time on every row of a table and could find a field of the
/// same name further out. `Absent` renders as nothing and counts as false and empty, as a missing value should.
enum TemplateField {
    @inline(__always) static func wrap<Value>(_ value: Value) -> Any { value }
    @inline(__always) static func wrap<Value>(_ value: Value?) -> Any { value.map { $0 as Any } ?? Absent.value }
}

struct Absent: MustacheCustomRenderable, MustacheParent, Sendable {
    static let value = Absent()
    var renderText: String { "" }
    var isNull: Bool { true }
    func child(named: String) -> Any? { nil }
}
