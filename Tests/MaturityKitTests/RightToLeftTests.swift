import Foundation
import XCTest

@testable import MaturityKit

/// Reports in a language written right to left: pages say so, charts are drawn mirrored, and names from the
/// report are isolated from the text around them (docs/languages.md, "Right to left").
final class RightToLeftTests: XCTestCase {
    private func theme(_ language: String) throws -> ChartTheme {
        let templates = try TemplateSet.load(theme: BuiltIns.templatesDirectory, overrides: nil, language: language)
        return ChartTheme(palette: templates.palette, words: templates.words)
    }

    /// The `x` and `width` of each `<rect>` of a drawing, in order.
    private func rects(_ svg: String) -> [(x: Double, width: Double)] {
        let pattern = try! NSRegularExpression(pattern: #"<rect x="([-0-9.]+)" y="[-0-9.]+" width="([0-9.]+)""#)
        return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { match in
            let text = { (index: Int) in Double(svg[Range(match.range(at: index), in: svg)!])! }
            return (text(1), text(2))
        }
    }

    func testBarsGrowFromTheRightInArabic() throws {
        let bars = [ThemeCharts.Bar(label: "Slow replies", count: 3, share: 0.6), ThemeCharts.Bar(label: "الموظفون", count: 1, share: 0.2)]
        func draw(_ theme: ChartTheme) -> String {
            ThemeCharts.bars(bars, valueLabel: { "\($0.count)" }, title: "Themes", description: "Bars", id: "themes", theme: theme)
        }
        let english = draw(try theme("en")), arabic = draw(try theme("ar"))
        XCTAssertTrue(english.contains(#"class="chart">"#), "a left-to-right chart names no direction")
        XCTAssertTrue(english.contains(##"text-anchor="end" font-size="12" fill="#1a1a1a">Slow replies</text>"##), "nor does its left-to-right text")
        XCTAssertTrue(arabic.contains(#"class="chart" direction="rtl">"#))
        let width = 720.0
        let left = rects(english), right = rects(arabic)
        XCTAssertEqual(left.count, right.count)
        for (ltr, rtl) in zip(left, right) {
            XCTAssertEqual(rtl.width, ltr.width)
            XCTAssertEqual(rtl.x, width - ltr.x - ltr.width, accuracy: 0.011, "each bar is the mirror image of its left-to-right one")
        }
        // The filled bar of the first row starts at the right edge of the plot, where its track starts.
        XCTAssertEqual(right[1].x + right[1].width, right[0].x + right[0].width, accuracy: 0.011)
        // A Latin label in an Arabic chart reads left to right and keeps to the side of the plot: its right edge
        // in English (end) becomes its left edge here, which for left-to-right text is its start.
        XCTAssertTrue(arabic.contains(##"text-anchor="start" direction="ltr" font-size="12" fill="#1a1a1a">Slow replies</text>"##), arabic)
        // An Arabic label in an English chart reads right to left.
        XCTAssertTrue(english.contains(#"direction="rtl""#))
    }

    func testFirstStrongLetterDecidesTheDirection() {
        XCTAssertEqual(BidiText.firstStrongIsRightToLeft("Sales (EMEA)"), false)
        XCTAssertEqual(BidiText.firstStrongIsRightToLeft("٣٫٥ المبيعات"), true)
        XCTAssertEqual(BidiText.firstStrongIsRightToLeft("12 ÉQUIPE"), false)
        XCTAssertNil(BidiText.firstStrongIsRightToLeft("٤٫٢٪"))
        XCTAssertNil(BidiText.firstStrongIsRightToLeft("3.5 – 4"))
    }

    func testArabicSiteIsRightToLeftWithIsolatedNames() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        _ = try Site.build(BuildOptions(content: TestSupport.site("voices"), output: output, language: "ar"))
        let pages = TestSupport.snapshot(output).mapValues { String(decoding: $0, as: UTF8.self) }
        let index = try XCTUnwrap(pages["index.html"])
        XCTAssertTrue(index.contains(#"<html lang="ar" dir="rtl">"#))
        XCTAssertTrue(index.contains(#"<p class="org"><bdi>Test Org</bdi></p>"#))
        let units = try XCTUnwrap(pages["units.html"])
        XCTAssertTrue(units.contains("<bdi>Alpha</bdi>"), "a unit's name is isolated")
        let charts = pages.values.flatMap { $0.components(separatedBy: "<svg ").dropFirst() }
        XCTAssertFalse(charts.isEmpty)
        for chart in charts { XCTAssertTrue(chart.contains(#"class="chart" direction="rtl">"#)) }
    }
}
