"""Visible text of an HTML article, one block per line, with the page chrome marked.

:func:`html_to_text` drops what a browser does not show (``<script>``, ``<style>``...),
breaks lines at block elements and reads metadata (``og:url``, author, date, title).
A table row of data is one line, its cells joined by `` | `` (``Japan | 4.05 | 11.0``):
a row label travels with its numbers. Lines inside ``<nav>``, ``<aside>`` (but not an
``<aside class="factbox">`` of key figures), ``<button>``, ``<dialog>`` and a ``<form>``
(unless forms hold most of the page: a portal's wrapper form), inside a
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
CHROME_TAGS = frozenset({"nav", "aside", "button", "dialog", "select"})
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
    "mostviewed", "gallery", "pullquote", "footer", "sitefooter", "copyright", "nav",
    "mainnav", "topnav", "mainmenu", "topmenu", "navigation", "topbar", "userbar", "login",
    "langs", "language", "languages", "langswitcher", "colright", "rightcol", "colside",
    "sidecol", "rightcolumn", "sidecolumn", "boxhot", "hotnews", "logo"})
"""Words of a ``class`` or ``id`` (split at ``-``, ``_``, spaces and camel case) that
name a widget of the page rather than the article (``cookie-banner``, ``share bottom``,
``ad-slot``, ``related``, ``newsletter``, ``comments``); two-word names are also
joined (``read-more`` -> ``readmore``, ``most-read`` -> ``mostread``)."""
MAX_FORM_SHARE = 0.5
"""A ``<form>`` is page chrome (search, login, newsletter, comment box) unless forms
hold more than this share of the page's visible text: then the form is the page's
wrapper (ASP.NET, DotNetNuke and SharePoint portals wrap the whole body in one
``<form>``) and its content is read like any other."""
FACT_BOX_CLASS_WORDS = frozenset({"factbox", "facts", "keyfacts", "fastfacts", "infobox",
                                  "keyfigures", "keynumbers", "atglance", "explainer"})
"""Words of a ``class``/``id`` that make an ``<aside>`` part of the article (a box of key
figures: ``<aside class="factbox">``), not page chrome."""
TABLE_CELL_CHARS = 150
"""A table row is read as one line (cells joined by `` | ``) when every cell is one
line of at most this many characters (a row of data, not a layout table)."""
MAX_CLASS_CHROME_SHARE = 0.5
"""If elements marked chrome only by their class/id hold more than this share of a
page's visible text, the class rule is not used on that page (it would take the
article itself)."""
INLINE_CONTROLS = frozenset({"a", "button", "label", "option"})
"""Inline elements set apart by a space (``ShareShare on X`` -> ``Share Share on X``)."""
_CHROME, _BODY, _CLASS, _CAPTION, _FORM, _LINK, _HOME = (
    "\ue000", "\ue001", "\ue002", "\ue003", "\ue004", "\ue005", "\ue006")  # private-use markers
_MARKS = f"{_CHROME}{_BODY}{_CLASS}{_CAPTION}{_FORM}{_LINK}{_HOME}"
_HOME_HREF_RE = re.compile(r"(?:https?://[^/?#]+)?/?(?:index\.\w+)?")
"""A link to the site's front page (``href="/"``): on a line of its own, the site's name."""
MENU_LINKS = 3
"""A line made of at least this many links and nothing else ..."""
MENU_ITEM_WORDS = 5
"""... each of at most this many words is a menu or a tag list (``BBC News Sport``)."""
MENU_LINK_WORDS = 3
"""One or two links of at most this many words in all, alone on a line, are a section
kicker or a tag."""
_CLASS_SPLIT_RE = re.compile(r"[-_\s:]+|(?<=[a-z])(?=[A-Z])")


def _class_words(attrs: dict[str, str]) -> set[str]:
    """The words of an element's ``class`` and ``id`` (split at ``-``, ``_``, spaces and
    camel case), with each two neighbours also joined (``key-facts`` -> ``keyfacts``)."""
    found: set[str] = set()
    for name in (attrs.get("class", ""), attrs.get("id", "")):
        words = [w.lower() for w in _CLASS_SPLIT_RE.split(name) if w]
        found.update(words)
        found.update(a + b for a, b in pairwise(words))
    return found


def _class_chrome(attrs: dict[str, str]) -> bool:
    """Whether an element's ``class``/``id`` names a page widget (:data:`CHROME_CLASS_WORDS`)."""
    return bool(_class_words(attrs) & CHROME_CLASS_WORDS)


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
        self._tables = 0  # depth of open <table>s
        self._rows: list[tuple[int, list[int], int]] = []  # (parts index, cell starts, depth)

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
        if tag == "table":
            self._tables += 1
        elif tag == "tr":
            self._end_row()  # an unclosed <tr> ends where the next one starts
            self._rows.append((len(self.parts), [], self._tables))
        elif tag in ("td", "th") and self._rows and self._rows[-1][2] == self._tables:
            self._rows[-1][1].append(len(self.parts))
        if tag not in VOID_TAGS:
            if tag in _SELF_CLOSING and self._stack and self._stack[-1][0] == tag:
                self._stack.pop()  # an unclosed <p>/<li> closed by its next sibling
            mark = _mark(tag, a)
            if tag == "a" and not mark:
                mark = "home" if _HOME_HREF_RE.fullmatch(a.get("href", "x").strip()) else "link"
            self._stack.append((tag, mark))
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in INLINE_CONTROLS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in ("tr", "table"):
            self._end_row()
            if tag == "table":
                self._tables = max(0, self._tables - 1)
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
                    else _FORM if kind == "form"
                    else _CAPTION if kind == "caption" and data.strip()
                    else _link_mark(self._stack) if data.strip() else "")
            self.parts.append(mark + data)

    def _end_row(self) -> None:
        """Join the cells of the open row of the current table into one line (``Reds |
        40 | 41.2``) when it is a row of data: two or more cells, each one short line.
        A row label then travels with its numbers, so a row the translator moved aligns
        by its label; a layout table (cells holding paragraphs) keeps one line per block."""
        if not self._rows or self._rows[-1][2] != self._tables:
            return
        start, cells, _depth = self._rows.pop()
        bounds = [*cells, len(self.parts)]
        texts = ["".join(self.parts[a:b]) for a, b in pairwise(bounds)]
        shown = [re.sub(f"[{_MARKS}]", "", t).strip() for t in texts]
        filled = [re.sub(r"\s+", " ", t).strip() for t, v in zip(texts, shown, strict=True)
                  if v]
        if (len(filled) < 2 or any("\n" in v for v in shown)
                or any(len(v) > TABLE_CELL_CHARS for v in shown)):
            return
        self.parts[start:] = ["\n" + " | ".join(filled) + "\n"]

    def _chrome_kind(self) -> str:
        """``chrome`` (by tag, role or site header/footer), ``class``, ``form``,
        ``caption`` or ``""``."""
        content, by_class, caption, form = False, False, False, False
        for _tag, mark in self._stack:
            if mark == "chrome" or (mark == "page" and not content):
                return "chrome"
            by_class = by_class or mark == "class"
            caption = caption or mark == "caption"
            content = content or mark == "content"
            form = form or mark == "form"
        return ("class" if by_class else "form" if form else "caption" if caption
                else "")


def _link_mark(stack: list[tuple[str, str]]) -> str:
    """The mark of body text: inside a link, :data:`_LINK` or (a link to the front page)
    :data:`_HOME`; else :data:`_BODY`."""
    for tag, mark in reversed(stack):
        if tag == "a":
            return _HOME if mark == "home" else _LINK
    return _BODY


def _links_only(raw: str) -> bool:
    """Whether a line is only links: one to the front page (the site's name and tagline
    in a masthead), a run of at least :data:`MENU_LINKS` short ones (a menu) or a short
    one alone (a section kicker, a tag)."""
    if _BODY in raw or _CAPTION in raw:
        return False
    pieces = [(m, x.strip()) for m, x in zip(re.split(f"([{_MARKS}])", raw)[1::2],
                                              re.split(f"[{_MARKS}]", raw)[1:], strict=True)
              if x.strip()]
    if not pieces or any(m not in (_LINK, _HOME) for m, _x in pieces):
        return False
    if all(m == _HOME for m, _x in pieces):
        return True
    words = [len(x.split()) for _m, x in pieces]
    if len(pieces) >= MENU_LINKS:
        return max(words) <= MENU_ITEM_WORDS
    return sum(words) <= MENU_LINK_WORDS


def _class_caption(attrs: dict[str, str]) -> bool:
    """Whether an element's ``class`` names a photo caption (``image-caption``,
    ``wp-caption-text``, ``caption``), the ``<figcaption>`` of pages without one."""
    words = [w.lower() for w in _CLASS_SPLIT_RE.split(attrs.get("class", "")) if w]
    return "caption" in words or "imagecaption" in words


_PAGE_ID_RE = re.compile(r"(?:(?:site|page|global|main|top)[-_]?)?(?:header|footer)"
                         r"(?:[-_]?(?:wrap|wrapper|container|area|outer))?")
"""The ``id`` of a ``<div>`` that stands for the site's ``<header>``/``<footer>`` on pages
written before HTML5 (``<div id="header">``, ``id="site-footer"``)."""


def _mark(tag: str, attrs: dict[str, str]) -> str:
    role = attrs.get("role", "").lower()
    if tag == "aside" and _class_words(attrs) & FACT_BOX_CLASS_WORDS:
        return ""  # a box of key figures belongs to the article
    if tag in CHROME_TAGS or role in CHROME_ROLES:
        return "chrome"
    if tag == "form":
        return "form"
    if tag in PAGE_TAGS or _PAGE_ID_RE.fullmatch(attrs.get("id", "").lower()):
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
    pieces = re.split(f"([{_MARKS}])", text)
    visible = sum(len(x.strip()) for x in pieces[2::2])

    def share(marker: str) -> float:
        held = sum(len(x.strip()) for m, x in zip(pieces[1::2], pieces[2::2]) if m == marker)
        return held / visible if visible else 0.0

    text = text.replace(_FORM, _BODY if share(_FORM) > MAX_FORM_SHARE else _CHROME)
    if share(_CLASS) > MAX_CLASS_CHROME_SHARE:
        text = text.replace(_CLASS, _BODY)  # the class rule would take the article
    lines, chrome, captions, pos = [], [], [], 0
    for raw in text.split("\n"):
        line = re.sub(r"[ \t]+", " ", re.sub(f"[{_MARKS}]", "", raw)).strip()
        if not line:
            continue
        if ((_CHROME in raw or _CLASS in raw) and _BODY not in raw and _CAPTION not in raw
                and _LINK not in raw and _HOME not in raw) or _links_only(raw):
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
