"""Visible text of an HTML article, one block per line, with the page chrome marked.

:func:`html_to_text` drops what a browser does not show (``<script>``, ``<style>``...),
breaks lines at block elements and reads metadata (``og:url``, author, date, title).
Lines inside ``<nav>`` and ``<aside>``, and inside a ``<header>`` or ``<footer>`` that is
not part of an ``<article>`` or ``<main>`` (the site's banner and footer, not the
article's own heading), are page chrome: their character spans are returned in
``meta["chrome_spans"]`` and :func:`massmob_nlp.corpus.paragraphs_table` flags those
paragraphs as boilerplate of kind ``page_chrome`` (flagged, never removed).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
    "th", "table", "section", "article", "header", "footer", "blockquote", "pre",
    "figcaption", "figure", "dd", "dt", "hr", "title", "main", "nav", "aside"})
"""Elements that start a new line of text."""
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head",
                         "object"})
"""Elements whose text is not shown."""
CHROME_TAGS = frozenset({"nav", "aside"})
"""Elements that are page chrome wherever they are."""
PAGE_TAGS = frozenset({"header", "footer"})
"""Elements that are page chrome outside :data:`CONTENT_TAGS`."""
CONTENT_TAGS = frozenset({"article", "main"})
"""Elements holding the article itself (their ``<header>`` is the article's heading)."""
_CHROME, _BODY = "\ue000", "\ue001"  # private-use markers of each piece, removed again


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.meta: dict[str, str] = {}
        self._in_title = False
        self._open: list[str] = []  # open chrome / page / content elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key in ("og:url",) and a.get("content"):
                self.meta.setdefault("source_url", a["content"])
            elif key in ("author", "article:author") and a.get("content"):
                self.meta.setdefault("author", a["content"])
            elif key in ("article:published_time", "pubdate", "date") and a.get("content"):
                self.meta.setdefault("published", a["content"])
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("source_url", a["href"])
        if tag == "title":
            self._in_title = True
        if tag in CHROME_TAGS | PAGE_TAGS | CONTENT_TAGS:
            self._open.append(tag)
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag):]
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.meta.setdefault("title", data.strip())
        if not self.hidden:
            mark = _CHROME if self._in_chrome() else _BODY if data.strip() else ""
            self.parts.append(mark + data)

    def _in_chrome(self) -> bool:
        content = False
        for tag in self._open:
            if tag in CHROME_TAGS or (tag in PAGE_TAGS and not content):
                return True
            content = content or tag in CONTENT_TAGS
        return False


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Visible text of an HTML page, one block per line; and metadata found in it
    (``chrome_spans``: ``[start, end]`` of each page-chrome line, when there are any)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines, chrome, pos = [], [], 0
    for raw in text.split("\n"):
        line = re.sub(r"[ \t]+", " ", raw.replace(_CHROME, "").replace(_BODY, "")).strip()
        if not line:
            continue
        if _CHROME in raw and _BODY not in raw:
            chrome.append([pos, pos + len(line)])
        lines.append(line)
        pos += len(line) + 1
    meta: dict[str, Any] = dict(parser.meta)
    if chrome:
        meta["chrome_spans"] = chrome
    return "\n".join(lines), meta

