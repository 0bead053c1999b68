#!/usr/bin/env python3
"""Loads every page in headless Chromium and checks it with axe-core (WCAG 2.1 A and AA) and for console errors.

    scripts/check_browser.py SITE_FOLDER_OR_PAGE...

One Chromium session (Selenium, /usr/bin/chromedriver) is reused for all pages; each page is loaded from a
file:// URL, .tools/axe.min.js (fetched by scripts/bootstrap --checks) is injected, and
axe.run(document, {runOnly: wcag2a, wcag2aa, wcag21a, wcag21aa}) must report 0 violations. Every page is
checked with every <details> opened, in a desktop window (1280 CSS px), a phone (390) and a narrower one (320, as WCAG 1.4.10 Reflow asks), where
for instance a table that scrolls sideways must be reachable by keyboard. Any SEVERE browser console message
(a script error, a resource that failed to load) is a violation too, and so is any request the page makes
(Chromium's performance log, Network.requestWillBeSent) whose URL is not data: or a file:// inside the
site folder being checked: pages must load nothing from anywhere else.
Prints one block per violation and a total; exits 1 on any violation, 2 when the browser cannot be used.
"""
import json
import os
import pathlib
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parent.parent
AXE = ROOT / ".tools" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
VIEWPORTS = [("desktop", 1280, 1024), ("phone", 390, 844), ("narrow", 320, 720)]  # CSS pixels of the page's viewport

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(results => done({
    version: axe.version,
    violations: results.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary}))
    })),
    incomplete: results.incomplete.length
  }))
  .catch(error => done({error: String(error && error.stack || error)}));
"""


def pages_of(arguments):
    """Yields (page, site folder) for every page named or found under a named folder."""
    for argument in arguments:
        path = pathlib.Path(argument)
        if path.is_dir():
            yield from ((page, path.resolve()) for page in sorted(path.rglob("*.html")))
        else:
            yield path, path.resolve().parent


def outside_requests(driver, site):
    """URLs the page requested that are neither data: nor file:// inside the site folder."""
    inside = site.as_uri().rstrip("/") + "/"
    found = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry.get("message", "{}")).get("message", {})
        if message.get("method") != "Network.requestWillBeSent":
            continue
        url = message.get("params", {}).get("request", {}).get("url", "")
        if url.startswith("data:"):
            continue
        if url.startswith("file://"):
            resolved = pathlib.Path(url[len("file://"):].split("#")[0].split("?")[0]).resolve()
            if resolved.as_uri().startswith(inside) or resolved == site:
                continue
        found.append(url)
    return found


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1024",
                 "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_script_timeout(120)
    driver.set_page_load_timeout(60)
    return driver


def set_viewport(driver, width, height):
    """Sizes the window so that the page's viewport (without the window's frame) is width × height."""
    driver.set_window_size(width, height)
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    driver.set_window_size(2 * width - inner[0], 2 * height - inner[1])
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    if inner != [width, height]:
        raise RuntimeError(f"cannot size the viewport to {width}×{height}: got {inner[0]}×{inner[1]}")


def check_page(driver, axe_source, page, site, viewport):
    """Returns the violations of one page as printable lines, one list per violation."""
    driver.get_log("browser")  # drop anything left from the previous page
    driver.get_log("performance")
    driver.get(page.resolve().as_uri())
    where = f"{page} [{viewport}]"
    problems = []
    for url in outside_requests(driver, site):
        problems.append([f"{where}: console error [network]: request outside the site folder: {url}"])
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append([f"{where}: console error [{entry.get('source', '')}]: {entry.get('message', '')}"])
    # Open every <details> (the data behind each chart), as a reader would, so that axe checks it too.
    driver.execute_script("document.querySelectorAll('details').forEach(d => { d.open = true; });")
    driver.execute_script(axe_source)
    result = driver.execute_async_script(RUN_AXE, TAGS)
    if not result or "error" in result:
        raise RuntimeError(f"{where}: axe.run failed: {(result or {}).get('error')}")
    for violation in result["violations"]:
        lines = [f"{where}: axe {violation['id']} ({violation['impact']}): {violation['help']}"
                 f" [{len(violation['nodes'])} element(s)] {violation['helpUrl']}"]
        for node in violation["nodes"]:
            target = " >> ".join(" ".join(part) if isinstance(part, list) else part for part in node["target"])
            lines.append(f"    {target}")
            for summary_line in (node.get("summary") or "").splitlines():
                lines.append(f"        {summary_line.strip()}")
        problems.append(lines)
    # Requests made late (a background image after the load event) are in the log by now.
    for url in outside_requests(driver, site):
        problems.append([f"{where}: console error [network]: request outside the site folder: {url}"])
    # Console messages logged while axe ran (none expected from a static page).
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append([f"{where}: console error [{entry.get('source', '')}]: {entry.get('message', '')}"])
    return problems, result


def main(arguments):
    if not arguments:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    if not AXE.is_file():
        print(f"check_browser: {AXE} is missing: run scripts/bootstrap --checks", file=sys.stderr)
        return 2
    axe_source = AXE.read_text(encoding="utf-8")
    pages = list(pages_of(arguments))
    start = time.monotonic()
    try:
        driver = start_browser()
    except WebDriverException as error:
        print(f"check_browser: cannot start Chromium through {CHROMEDRIVER}: {error.msg}", file=sys.stderr)
        return 2
    violations = console = 0
    version = "?"
    try:
        for viewport, width, height in VIEWPORTS:
            driver.get("about:blank")
            set_viewport(driver, width, height)
            for page, site in pages:
                problems, result = check_page(driver, axe_source, page, site, viewport)
                version = result.get("version", version)
                for lines in problems:
                    if "console error" in lines[0]:
                        console += 1
                    else:
                        violations += 1
                    print("\n".join(lines))
    finally:
        driver.quit()
    sizes = " and ".join(f"{width} px" for _, width, _ in VIEWPORTS)
    print(f"check_browser: {len(pages)} pages checked at {sizes} with axe {version} ({', '.join(TAGS)}) in Chromium,"
          f" {violations + console} violations ({violations} from axe, {console} console errors)"
          f" in {time.monotonic() - start:.1f} s")
    return 1 if violations or console or not pages else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
