import Foundation
import Mustache

/// `shared` in templates: partials whose output is the same on many pages, rendered once per distinct input
/// from the theme's own partial and reused. In swift-mustache every tag costs microseconds, and a site of
/// thousands of pages repeats the same navigation and stylesheet on every one. A template that writes
/// `{{{shared.nav}}}` gets exactly what `{{#site}}{{> nav}}{{/site}}` would give it, only faster.
///
/// - `shared.style`: the `style` partial with `site` (its colours), once per build;
/// - `shared.nav`: the `nav` partial with the page's `site` (its links and which one is current);
/// - `shared.ladder`: the `stage-ladder` partial with the page's `ladder` steps (dimension pages).
final class SharedFragments: @unchecked Sendable {
    private let library: MustacheLibrary
    private let globals: Globals
    private let lock = NSLock()
    private var cache: [Key: String] = [:]

    private enum Key: Hashable {
        case style
        case nav([NavLink], [NavLink])
        case ladder([LadderStep])
    }

    init(library: MustacheLibrary, globals: Globals) {
        self.library = library
        self.globals = globals
    }

    func render(_ name: String, for view: any MustacheParent) -> String? {
        let key: Key
        let context: any MustacheParent
        switch name {
        case "style":
            guard let site = view.child(named: "site") as? SiteView else { return nil }
            key = .style
            context = ["site": site] as [String: Any]
        case "nav":
            guard let site = view.child(named: "site") as? SiteView else { return nil }
            key = .nav(site.nav, site.dimensionNav)
            context = site
        case "ladder":
            guard let ladder = view.child(named: "ladder") as? [LadderStep] else { return nil }
            key = .ladder(ladder)
            context = ["ladder": ladder] as [String: Any]
        default:
            return nil
        }
        lock.lock()
        if let done = cache[key] { lock.unlock(); return done }
        lock.unlock()
        let partial = name == "ladder" ? "stage-ladder" : name
        var html = library.render(PageContext(context, globals: globals, shared: nil), withTemplate: partial) ?? ""
        // A partial on a line of its own takes that line's end with it; the tag `{{{shared.x}}}` on its own line
        // keeps it, so the fragment gives up its last one and the page comes out the same either way.
        if html.hasSuffix("\n") { html.removeLast() }
        lock.lock()
        cache[key] = html
        lock.unlock()
        return html
    }
}

/// What every template reaches besides its page: the strings and the palette.
struct Globals: Sendable {
    let strings: StringsBox
    let palette: PaletteBox
    let locale: LocaleBox
}

/// `locale` in templates: `{{locale.lang}}` (the BCP 47 tag) and `{{locale.dir}}` (`ltr` or `rtl`) for
/// `<html lang dir>`, and `{{#locale.rtl}}` for what a theme lays out differently right to left.
final class LocaleBox: MustacheParent, Sendable {
    let lang: String
    let rtl: Bool
    /// The CSS counter style of the locale's digits where they are not Latin (`arabic-indic`), so that the
    /// numbers of an ordered list match the page's figures; nil for Latin digits.
    let listStyle: String?
    init(_ locale: ReportLocale) {
        (lang, rtl) = (locale.tag, locale.rightToLeft)
        let styles: [Character: String] = ["٠": "arabic-indic", "۰": "persian", "०": "devanagari", "০": "bengali", "༠": "tibetan", "၀": "myanmar"]
        listStyle = locale.numbers.numerals.first.flatMap { styles[$0] }
    }
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return lang
        case "dir": return rtl ? "rtl" : "ltr"
        case "rtl": return rtl
        case "listStyle": return listStyle
        default: return nil
        }
    }
}

/// The root of a template's context: the page's view model, plus `t`, `palette` and `shared`. A class, so that
/// swift-mustache's dynamic casts on every tag cast a reference rather than copy a large struct.
final class PageContext: MustacheParent, @unchecked Sendable {
    let view: any MustacheParent
    let globals: Globals
    let shared: SharedFragments?

    init(_ view: any MustacheParent, globals: Globals, shared: SharedFragments?) {
        self.view = view
        self.globals = globals
        self.shared = shared
    }

    func child(named name: String) -> Any? {
        switch name {
        case "t": return globals.strings
        case "palette": return globals.palette
        case "locale": return globals.locale
        case "shared": return shared.map { SharedBox(fragments: $0, view: view) }
        default: return view.child(named: name)
        }
    }
}

/// `shared.name` for one page.
private struct SharedBox: MustacheParent {
    let fragments: SharedFragments
    let view: any MustacheParent
    func child(named name: String) -> Any? { fragments.render(name, for: view) }
}
