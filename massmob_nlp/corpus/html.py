"""Visible text of an HTML article, one block per line, with the page chrome marked.

:func:`html_to_text` drops what a browser does not show (``<script>``, ``<style>``...),
breaks lines at block elements and reads metadata (``og:url``, author, date, title).
Lines inside ``<nav>``, ``<aside>``, ``<form>``, ``<button>`` and ``<dialog>``, inside a
``<header>`` or ``<footer>`` that is not part of an ``<article>`` or ``<main>`` (the
site's banner and footer, not the article's own heading), and inside any element whose
``role`` is a landmark of the page (``navigation``, ``banner``, ``contentinfo``,
``complementary``, ``search``, ``dialog``) or whose ``class``/``id`` names a widget of
the page (:data:`CHROME_CLASS_WORDS`: cookie banners, share bars, newsletter boxes,
comment threads, ad slots, "related stories", breadcrumbs, tickers) are page chrome:
their character spans are returned in ``meta["chrome_spans"]`` and
:func:`massmob_nlp.corpus.paragraphs_table` flags those paragraphs as boilerplate of
kind ``page_chrome`` (flagged, never removed). Should the class rule take most of a
page's text (a site whose article body carries such a class), it is not used on that
page (:data:`MAX_CLASS_CHROME_SHARE`).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import pairwise
from typing import Any

BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
    "th", "table", "section", "article", "header", "footer", "blockquote", "pre",
    "figcaption", "figure", "dd", "dt", "hr", "title", "main", "nav", "aside", "details",
    "summary"})
"""Elements that start a new line of text."""
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head",
                         "object"})
"""Elements whose text is not shown."""
CHROME_TAGS = frozenset({"nav", "aside", "form", "button", "dialog", "select"})
"""Elements that are page chrome wherever they are."""
PAGE_TAGS = frozenset({"header", "footer"})
"""Elements that are page chrome outside :data:`CONTENT_TAGS`."""
CONTENT_TAGS = frozenset({"article", "main"})
"""Elements holding the article itself (their ``<header>`` is the article's heading)."""
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                          "dialog", "alertdialog", "toolbar", "menu", "menubar"})
"""ARIA roles of page chrome."""
CHROME_CLASS_WORDS = frozenset({
    "cookie", "cookies", "consent", "gdpr", "share", "sharing", "sharebar", "social",
    "newsletter", "subscribe", "subscription", "signup", "comments", "comment", "ad", "ads",
    "advert", "adverts", "advertisement", "adslot", "sponsor", "sponsored", "promo",
    "related", "readmore", "recommended", "recommendations", "trending", "mostread",
    "popular", "breadcrumb", "breadcrumbs", "tags", "taglist", "ticker", "paywall",
    "popup", "modal", "toolbar", "skip", "outbrain", "taboola", "widget", "sidebar",
    "menu", "navbar", "masthead", "relatedposts", "epic", "onwards", "contributions",
    "mostviewed", "gallery", "pullquote"})
"""Words of a ``class`` or ``id`` (split at ``-``, ``_``, spaces and camel case) that
name a widget of the page rather than the article (``cookie-banner``, ``share bottom``,
``ad-slot``, ``related``, ``newsletter``, ``comments``); two-word names are also
joined (``read-more`` -> ``readmore``, ``most-read`` -> ``mostread``)."""
MAX_CLASS_CHROME_SHARE = 0.5
"""If elements marked chrome only by their class/id hold more than this share of a
page's visible text, the class rule is not used on that page (it would take the
article itself)."""
INLINE_CONTROLS = frozenset({"a", "button", "label", "option"})
"""Inline elements set apart by a space (``ShareShare on X`` -> ``Share Share on X``)."""
_CHROME, _BODY, _CLASS, _CAPTION = "\ue000", "\ue001", "\ue002", "\ue003"  # private-use markers
_CLASS_SPLIT_RE = re.compile(r"[-_\s:]+|(?<=[a-z])(?=[A-Z])")


def _class_chrome(attrs: dict[str, str]) -> bool:
    """Whether an element's ``class``/``id`` names a page widget (:data:`CHROME_CLASS_WORDS`)."""
    for name in (attrs.get("class", ""), attrs.get("id", "")):
        words = [w.lower() for w in _CLASS_SPLIT_RE.split(name) if w]
        if any(w in CHROME_CLASS_WORDS for w in words) or any(
                a + b in CHROME_CLASS_WORDS for a, b in pairwise(words)):
            return True
    return False


VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                       "meta", "param", "source", "track", "wbr"})
"""Elements without an end tag (never on the stack of open elements)."""
_SELF_CLOSING = frozenset({"p", "li", "dd", "dt", "option", "tr", "td", "th"})
_CONTAINERS = frozenset({"html", "body", "main", "article"})  # never chrome by class


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.meta: dict[str, str] = {}
        self._in_title = False
        # open elements with their mark: "chrome" (tag or role), "class" (class/id
        # words), "page" (<header>/<footer>), "content" (<article>/<main>) or ""
        self._stack: list[tuple[str, str]] = []
        self._inline_closed = False  # an inline element just ended (no text since)

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
        if tag not in VOID_TAGS:
            if tag in _SELF_CLOSING and self._stack and self._stack[-1][0] == tag:
                self._stack.pop()  # an unclosed <p>/<li> closed by its next sibling
            self._stack.append((tag, _mark(tag, a)))
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in INLINE_CONTROLS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in INLINE_CONTROLS:
            self.parts.append(" ")
        else:
            self._inline_closed = True

    def handle_data(self, data: str) -> None:
        if self._inline_closed and data[:1].isupper() and self.parts and \
                self.parts[-1][-1:].islower() and self.parts[-1][-1:].isascii():
            data = " " + data  # <span>Anna Lee</span><span>Bangkok</span>: two items
        self._inline_closed = False
        if self._in_title:
            self.meta.setdefault("title", data.strip())
        if not self.hidden:
            kind = self._chrome_kind()
            mark = (_CHROME if kind == "chrome" else _CLASS if kind == "class"
                    else _CAPTION if kind == "caption" and data.strip()
                    else _BODY if data.strip() else "")
            self.parts.append(mark + data)

    def _chrome_kind(self) -> str:
        """``chrome`` (by tag, role or site header/footer), ``class``, ``caption`` or ``""``."""
        content, by_class, caption = False, False, False
        for _tag, mark in self._stack:
            if mark == "chrome" or (mark == "page" and not content):
                return "chrome"
            by_class = by_class or mark == "class"
            caption = caption or mark == "caption"
            content = content or mark == "content"
        return "class" if by_class else "caption" if caption else ""


def _class_caption(attrs: dict[str, str]) -> bool:
    """Whether an element's ``class`` names a photo caption (``image-caption``,
    ``wp-caption-text``, ``caption``), the ``<figcaption>`` of pages without one."""
    words = [w.lower() for w in _CLASS_SPLIT_RE.split(attrs.get("class", "")) if w]
    return "caption" in words or "imagecaption" in words


def _mark(tag: str, attrs: dict[str, str]) -> str:
    role = attrs.get("role", "").lower()
    if tag in CHROME_TAGS or role in CHROME_ROLES:
        return "chrome"
    if tag in PAGE_TAGS:
        return "page"
    if tag in CONTENT_TAGS or role in ("main", "article"):
        return "content"
    if tag not in _CONTAINERS and _class_chrome(attrs):
        return "class"
    if tag == "figcaption" or _class_caption(attrs):
        return "caption"
    return ""


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Visible text of an HTML page, one block per line; and metadata found in it
    (``chrome_spans``: ``[start, end]`` of each page-chrome line, ``caption_spans``: of
    each ``<figcaption>`` line, when there are any)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    pieces = re.split(f"([{_CHROME}{_BODY}{_CLASS}{_CAPTION}])", text)
    by_class = sum(len(x.strip()) for m, x in zip(pieces[1::2], pieces[2::2]) if m == _CLASS)
    visible = sum(len(x.strip()) for x in pieces[2::2])
    if visible and by_class / visible > MAX_CLASS_CHROME_SHARE:
        text = text.replace(_CLASS, _BODY)  # the class rule would take the article
    lines, chrome, captions, pos = [], [], [], 0
    for raw in text.split("\n"):
        line = re.sub(r"[ \t]+", " ", re.sub(f"[{_CHROME}{_BODY}{_CLASS}{_CAPTION}]", "",
                                            raw)).strip()
        if not line:
            continue
        if (_CHROME in raw or _CLASS in raw) and _BODY not in raw and _CAPTION not in raw:
            chrome.append([pos, pos + len(line)])
        elif _CAPTION in raw and _BODY not in raw:
            captions.append([pos, pos + len(line)])
        lines.append(line)
        pos += len(line) + 1
    meta: dict[str, Any] = dict(parser.meta)
    if chrome:
        meta["chrome_spans"] = chrome
    if captions:
        meta["caption_spans"] = captions
    return "\n".join(lines), meta
