import Mustache

/// A view model that templates read. Every struct or final class that lists `TemplateData` in its own
/// declaration (`struct SiteView: TemplateData {`) gets a `child(named:)` lookup of its stored properties,
/// generated at build time by the MustacheLookups plugin (Plugins/, Sources/MustacheLookupsTool/): templates
/// then find fields with a switch instead of reflection. Refining `MustacheParent` makes a marked type the
/// tool did not understand a compile error rather than a silently slower page.
protocol TemplateData: MustacheParent, Sendable {}
