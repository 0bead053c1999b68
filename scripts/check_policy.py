#!/usr/bin/env python3
"""Checks the page policy of SPEC §3 on generated pages, with the standard library's HTML parser.

    scripts/check_policy.py SITE_FOLDER_OR_PAGE...

Every page must be self-contained and script-free:
  - no <script> element and no event-handler attribute (a name starting with "on");
  - no javascript:, vbscript: or data: URL in href, src, action, formaction or xlink:href;
  - no external resource: no src/href/srcset/... starting with http:, https: or // (a plain <a href> may link
    out), no <link rel=stylesheet>, no <iframe>/<object>/<embed>/<frame>/<base>, and no @import or url(http...)
    in a <style> element or a style attribute;
  - every <svg> has role="img", its first child element is <title>, and it contains a <desc>;
  - every <svg> chart is followed by a <table> (the same data as a table) before the next chart.
Prints one line per violation (page:line:column: message) and a total; exits 1 on any violation.
"""
import html.parser
import pathlib
import re
import sys

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href"}
# Attributes that make the browser fetch something (checked for external URLs).
LOAD_ATTRIBUTES = URL_ATTRIBUTES | {"srcset", "poster", "data", "background", "longdesc", "cite", "manifest",
                                    "ping", "imagesrcset"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
EXTERNAL_PREFIXES = ("http:", "https:", "//")
FORBIDDEN_ELEMENTS = {"script", "iframe", "object", "embed", "frame", "frameset", "base", "applet"}
# CSS that loads something from elsewhere: @import of anything, or url() to another host.
CSS_EXTERNAL = re.compile(r"@import|url\(\s*['\"]?\s*(?:https?:|//)", re.I)
# Browsers ignore ASCII whitespace and control characters inside a URL's scheme ("java\tscript:").
URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                 "track", "wbr"}


def normalised_url(value):
    return URL_NOISE.sub("", value or "").lower()


class PolicyParser(html.parser.HTMLParser):
    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.violations = []
        self.open_elements = []          # names of open elements, to find a <svg>'s children and end
        self.svg = None                  # the outermost <svg> being read
        self.chart_without_table = None  # position of the last chart not yet followed by a <table>
        self.in_style = False
        self.svgs = 0

    def report(self, message, position=None):
        line, column = position or self.getpos()
        self.violations.append(f"{self.page}:{line}:{column + 1}: {message}")

    # Elements ---------------------------------------------------------------------------------------------

    def handle_starttag(self, tag, attrs):
        self.check_element(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.open_elements.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.check_element(tag, attrs)
        if tag == "svg" and self.svg is not None and self.svg["depth"] == len(self.open_elements):
            self.end_svg()  # <svg/>: it has no children

    def check_element(self, tag, attrs):
        if tag in FORBIDDEN_ELEMENTS:
            self.report(f"<{tag}> element is not allowed (no scripts, no embedded or external content)")
        if tag == "link":
            rel = " ".join(value or "" for name, value in attrs if name == "rel").lower().split()
            if "stylesheet" in rel:
                self.report("<link rel=stylesheet> is not allowed: CSS must be inline")
        for name, value in attrs:
            value = value or ""
            url = normalised_url(value)
            if name.startswith("on"):
                self.report(f"<{tag}> has event-handler attribute {name}=\"{value[:60]}\"")
            if name in URL_ATTRIBUTES and url.startswith(BAD_SCHEMES):
                self.report(f"<{tag} {name}> uses a {url.split(':')[0]}: URL: {value[:60]!r}")
            if name in LOAD_ATTRIBUTES and not (tag == "a" and name == "href"):
                candidates = [url] if name not in ("srcset", "imagesrcset") else \
                    [normalised_url(part.strip().split(" ")[0]) for part in value.split(",")]
                if any(candidate.startswith(EXTERNAL_PREFIXES) for candidate in candidates):
                    self.report(f"<{tag} {name}> loads an external resource: {value[:80]}")
            if name == "style" and CSS_EXTERNAL.search(value):
                self.report(f"<{tag}> style attribute loads an external resource (@import or url(http...))")

        if tag == "table":
            self.chart_without_table = None
        if tag == "style":
            self.in_style = True

        if self.svg is not None:
            # A child of the outermost <svg>: the first one must be <title>.
            if len(self.open_elements) == self.svg["depth"] + 1 and self.svg["first_child"] is None:
                self.svg["first_child"] = tag
            if tag == "desc":
                self.svg["desc"] = True
        elif tag == "svg":
            self.start_svg(attrs)

    def start_svg(self, attrs):
        self.svgs += 1
        # A chart's phone layout (its title id ends in "-narrow-title") is the same chart drawn again: the two
        # share the table that follows them.
        labelled = (dict(attrs).get("aria-labelledby") or "").split(" ")[0]
        twin = labelled.endswith("-narrow-title")
        if self.chart_without_table is not None and not twin:
            self.report("<svg> chart is not followed by a <table> with its data before the next chart",
                        self.chart_without_table)
        role = dict(attrs).get("role")
        self.svg = {"position": self.getpos(), "depth": len(self.open_elements), "first_child": None,
                    "desc": False, "role": role}

    def end_svg(self):
        svg, self.svg = self.svg, None
        if (svg["role"] or "").strip() != "img":
            self.report(f"<svg> needs role=\"img\" (has role={svg['role']!r})", svg["position"])
        if svg["first_child"] != "title":
            found = f"<{svg['first_child']}>" if svg["first_child"] else "no child element"
            self.report(f"<svg>'s first child element must be <title> (found {found})", svg["position"])
        if not svg["desc"]:
            self.report("<svg> has no <desc>", svg["position"])
        self.chart_without_table = svg["position"]

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False
        if tag not in self.open_elements:
            return  # a stray end tag: the Nu HTML Checker reports those
        while self.open_elements:
            name = self.open_elements.pop()
            if self.svg is not None and name == "svg" and len(self.open_elements) == self.svg["depth"]:
                self.end_svg()
            if name == tag:
                break

    def handle_data(self, data):
        if self.in_style and CSS_EXTERNAL.search(data):
            self.report("<style> loads an external resource (@import or url(http...))")

    def close(self):
        super().close()
        if self.svg is not None:
            self.end_svg()
        if self.chart_without_table is not None:
            self.report("<svg> chart is not followed by a <table> with its data", self.chart_without_table)


def pages_of(arguments):
    for argument in arguments:
        path = pathlib.Path(argument)
        yield from sorted(path.rglob("*.html")) if path.is_dir() else [path]


def main(arguments):
    if not arguments:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    pages = violations = svgs = 0
    for page in pages_of(arguments):
        parser = PolicyParser(page)
        parser.feed(page.read_text(encoding="utf-8"))
        parser.close()
        pages += 1
        svgs += parser.svgs
        violations += len(parser.violations)
        for violation in parser.violations:
            print(violation)
    print(f"check_policy: {pages} pages ({svgs} charts) checked, {violations} violations")
    return 1 if violations or not pages else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
