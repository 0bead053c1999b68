import Foundation
import XCTest

@testable import MaturityKit

/// The stylesheet and SVG checks accept what a theme needs and refuse every way of loading from elsewhere.
final class AssetPolicyTests: XCTestCase {
    private let assets: Set<String> = ["assets/font.woff2", "assets/img/bg.png", "assets/brand.css"]

    private func cssProblems(_ css: String) -> [String] {
        StylesheetPolicy.problems(css, base: "assets", assets: assets).map(\.message)
    }

    func testStylesheetsMayUseTheirOwnAssets() {
        XCTAssertEqual(cssProblems("@font-face{font-family:B;src:url(font.woff2) format('woff2'), local(Arial)}"), [])
        XCTAssertEqual(cssProblems("body{background:url( 'img/bg.png' ) no-repeat; fill:url(#g)}/* url(http://x) */"), [])
        XCTAssertEqual(cssProblems("a{background-image:image-set(\"img/bg.png\" 1x)}"), [])
    }

    func testStylesheetBypassesAreRefused() {
        let attacks = [
            "a{b:url( \"http://e.x/a\")}", "a{b:url(\thttp://e.x/a)}", "a{b:url(\\68ttp://e.x/a)}",
            "a{b:image-set(\"http://e.x/a\" 1x)}", "@font-face{src:url( 'http://e.x/f')}", "a{b:URL(//e.x/a)}",
            "a{b:u\\72l(http://e.x/a)}", "@IMPORT 'x.css';", "a{b:url(../../secret.png)}", "a{b:url(h\\\nttp://e.x)}",
            "a{b:src(var(--u))}", "a{b:image-set(] \"http://e.x/a\" 1x)}", "a{b:url(ht\ttp://e.x/a)}",
            "a{b:url(%2e%2e/%2e%2e/x.png)}", "a{b:url(img\\bg.png) url(https:x)}", "a{b:expression(alert(1))}",
        ]
        for css in attacks { XCTAssertFalse(cssProblems(css).isEmpty, css) }
    }

    func testTokenizerDecodesEscapesAndKeepsPositions() {
        let tokens = CSSTokenizer.tokens("a {\n  b: \\75rl( x.png );\n}").filter { $0.kind != .whitespace }
        let url = tokens.first { $0.kind == .url }
        XCTAssertEqual(url?.value, "x.png")
        XCTAssertEqual(url?.line, 2)
        XCTAssertEqual(url?.column, 6)
    }

    func testSVGDrawingsPassAndActiveContentIsRefused() {
        let drawing =
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" style=\"stroke:red\"/><use href=\"#g\"/></svg>"
        XCTAssertEqual(SVGPolicy.problems(drawing, base: "assets", assets: assets).map(\.message), [])
        let attacks = [
            "<svg><script>alert(1)</script></svg>", "<svg onload=\"x()\"/>", "<svg><a href=\"javascript:alert(1)\"/></svg>",
            "<svg><style>@import url(http://e.x/a.css);</style></svg>", "<svg><rect style=\"fill:url(http://e.x/#a)\"/></svg>",
            "<!DOCTYPE svg [<!ENTITY a \"b\">]><svg>&a;</svg>", "<html><body/></html>", "<svg><set attributeName=\"href\" to=\"javascript:x\"/></svg>",
            "<?xml-stylesheet href=\"http://e.x/a.css\"?><svg/>", "<svg><svg:foreignObject xmlns:svg=\"http://www.w3.org/2000/svg\"/></svg>", "<svg>",
        ]
        for svg in attacks { XCTAssertFalse(SVGPolicy.problems(svg, base: "assets", assets: assets).isEmpty, svg) }
    }

    func testQuotedInputIsShortAndOnOneLine() {
        XCTAssertEqual(Quote.input("a\"b\nc"), "\"a\\\"b\\nc\"")
        XCTAssertEqual(Quote.input(String(repeating: "x", count: 500)), "\"" + String(repeating: "x", count: 80) + "…\"")
    }
}
