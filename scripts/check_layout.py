#!/usr/bin/env python3
"""Checks in headless Chromium what a reader on a phone and on a desktop sees of every page.

    scripts/check_layout.py SITE_FOLDER_OR_PAGE...

At 390 CSS px wide (a phone):
  - the page never scrolls sideways (wide tables scroll inside their own box);
  - no visible chart text renders below 11 CSS px (font size × the drawing's scale on screen).
At 390 and 1280 px:
  - every visible chart text has a contrast of at least 4.5:1 against what is behind it: its halo, else the
    topmost shape under its centre, else the page.
At 1280 × 800 px, on every overview (index.html, the organisation's and each unit's):
  - the section id="at-a-glance" is the first section of the page, lies within the first 800 px, and holds
    the overall stage, the score (in any digits) and, where there are any, its next steps, each a link.
Prints one line per problem and a total; exits 1 on any problem, 2 when the browser cannot be used.
"""
import pathlib
import sys
import time

from selenium.common.exceptions import WebDriverException

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from check_browser import pages_of, set_viewport, start_browser  # noqa: E402

MEASURE = """
function rgb(colour) {
  const probe = document.createElement('span');
  probe.style.color = colour; document.body.appendChild(probe);
  const value = getComputedStyle(probe).color; probe.remove();
  const parts = value.match(/[0-9.]+/g).map(Number);
  return parts.slice(0, 3);
}
function luminance(colour) {
  const [r, g, b] = rgb(colour).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a, b) { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
const problems = [];
for (const svg of document.querySelectorAll('svg.chart')) {
  const box = svg.getBoundingClientRect();
  if (box.width === 0 || svg.closest('details:not([open])')) continue;
  const scale = box.width / svg.viewBox.baseVal.width;
  const shapes = [...svg.querySelectorAll('rect')].filter(r => r.getAttribute('fill') && r.getAttribute('fill') !== 'none');
  for (const text of svg.querySelectorAll('text')) {
    const size = parseFloat(text.getAttribute('font-size') || '16') * scale;
    if (arguments[0] && size < 11 - 1e-6) problems.push(`chart text "${text.textContent}" renders at ${size.toFixed(1)} px (< 11) in #${svg.id || svg.getAttribute('aria-labelledby')}`);
    let behind = text.getAttribute('stroke');
    if (!behind) {
      const b = text.getBBox(), cx = b.x + b.width / 2, cy = b.y + b.height / 2;
      const under = shapes.filter(r => { const x = +r.getAttribute('x'), y = +r.getAttribute('y'), w = +r.getAttribute('width'), h = +r.getAttribute('height');
        return cx >= x && cx <= x + w && cy >= y && cy <= y + h && r.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING; });
      behind = under.length ? under[under.length - 1].getAttribute('fill') : getComputedStyle(document.body).backgroundColor;
    }
    const ratio = contrast(text.getAttribute('fill') || '#000', behind);
    if (ratio < 4.5 - 1e-6) problems.push(`chart text "${text.textContent}" has contrast ${ratio.toFixed(2)}:1 (< 4.5) on ${behind} in #${svg.getAttribute('aria-labelledby')}`);
  }
}
if (arguments[0] && document.documentElement.scrollWidth > window.innerWidth)
  problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);
return problems;
"""

GLANCE = """
const glance = document.getElementById('at-a-glance');
if (!glance) return ['no section id="at-a-glance"'];
const problems = [];
if (document.querySelector('main section') !== glance) problems.push('at-a-glance is not the first section of the page');
const box = glance.getBoundingClientRect();
if (box.bottom + window.scrollY > 800) problems.push(`at-a-glance ends at ${Math.round(box.bottom + window.scrollY)} px, below the first 800 px`);
if (!glance.querySelector('.big-stage') || !glance.querySelector('.big-stage').textContent.trim()) problems.push('at-a-glance shows no stage');
if (!/\\p{Nd}/u.test(glance.querySelector('.big-score')?.textContent || '')) problems.push('at-a-glance shows no score');
for (const item of glance.querySelectorAll('.next-steps li')) if (!item.querySelector('a[href]')) problems.push(`next step without a link: ${item.textContent.trim()}`);
return problems;
"""


def main(arguments):
    if not arguments:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    pages = list(pages_of(arguments))
    start = time.monotonic()
    try:
        driver = start_browser()
    except WebDriverException as error:
        print(f"check_layout: cannot start Chromium: {error.msg}", file=sys.stderr)
        return 2
    problems = 0
    try:
        for width, height, phone in [(390, 844, True), (1280, 800, False)]:
            driver.get("about:blank")
            set_viewport(driver, width, height)
            for page, _ in pages:
                driver.get(page.resolve().as_uri())
                found = driver.execute_script(MEASURE, phone)
                if not phone and page.name == "index.html" and (page.parent / "dimensions").is_dir():
                    found += driver.execute_script(GLANCE)
                for problem in found:
                    problems += 1
                    print(f"{page} [{width} px]: {problem}")
    finally:
        driver.quit()
    print(f"check_layout: {len(pages)} pages at 390 and 1280 px, {problems} problems in {time.monotonic() - start:.1f} s")
    return 1 if problems or not pages else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
