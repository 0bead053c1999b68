/// A view model that templates read: the build gives each such type a `MustacheParent` lookup of its stored
/// properties, so that a template finds a field by a switch rather than by reflection.
protocol TemplateData: Sendable {}
