"""Rules that flag scraped-page boilerplate (flag, never delete) and read metadata.

Kinds: ``comments``, ``source``, ``byline``, ``date``, ``navigation`` (also menu lines
such as ``หน้าแรก | ข่าว | กีฬา``), ``form``, ``site_name``, ``footer`` (copyright,
phone, address and publisher lines), ``caption``, ``link_list``, ``noise`` and
``page_chrome`` (an HTML page's ``<nav>``, ``<aside>``, site ``<header>``/``<footer>``,
marked by :mod:`massmob_nlp.corpus.html`), ``fact_box`` and ``note`` (news-article
chrome: datelines, marked captions, share buttons, story lists, fact boxes, exchange-rate
notes, in :mod:`massmob_nlp.corpus.article_clutter`); Vietnamese lines at the edges of an English
or Thai document are ``footer``/``navigation`` (:func:`flag_site_language_edges`). Rules
are written for news sites in English, Thai and Vietnamese; add patterns to
:data:`PATTERNS`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._text import URL_RE
from .article_clutter import classify_clutter, flag_article_clutter
from .stamps import STAMP_DATE_RE

_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
PATTERNS: dict[str, re.Pattern[str]] = {
    "comments": re.compile(
        r"^(?:comments?|bình luận|ý kiến|ความคิดเห็น|การแสดงความคิดเห็น|แสดงความคิดเห็น)"
        r"\s*[(\[]?\s*\d*\s*[)\]]?$", re.IGNORECASE),
    "source": re.compile(
        r"^(?:source|sources|nguồn|theo|ที่มา|แหล่งที่มา|อ้างอิง)\s*[:：]?\s*(\S+)?\s*$|"
        r"^(?:source|sources|nguồn|ที่มา|แหล่งที่มา|แหล่งข้อมูล)\s*[:：]\s*.{1,200}$",
        re.IGNORECASE),
    "byline": re.compile(
        r"^(?i:by|written by|posted by|reported by|โดย|เขียนโดย)\s+"
        r"(?:[A-ZÀ-Ỹ][\w'.’-]*\s*){1,5}"
        r"(?:(?:,\s*|\s+(?i:and|with|&)\s+)(?:[A-ZÀ-Ỹ][\w'.’-]*\s*){1,4}){0,3}"
        r"(?:\s*(?i:in)\s+(?:[A-ZÀ-Ỹ][\w'.’-]*\s*){1,3})?$"),
    "date": re.compile(rf"^[(\[]?\s*(?:{_TIME}\s*)?{_DATE}(?:\s*{_TIME})?\s*[)\]]?$"),
    "navigation": re.compile(
        r"^(?:latest news|other news|related news|more news|read more|see more|"
        r"view search|search|home|homepage|share|print|back|back to top|next|previous|top|"
        r"tin mới|tin khác|tin liên quan|xem thêm|ข่าวล่าสุด|ข่าวอื่นๆ|ข่าวที่เกี่ยวข้อง|"
        r"อ่านต่อ|หน้าแรก|ค้นหา|แชร์|tags?\s*:.*)$", re.IGNORECASE),
    "form": re.compile(
        r"^(?:write your comment|leave a comment|post a comment|submit|send|"
        r"(?:full name|your name|name|e-?mail|phone number|phone|captcha|capcha|"
        r"security code|comment|họ tên|điện thoại|mã bảo mật)\s*[:：]\s*(?:\(\*\))?.*|"
        r"lấy lại mã bảo mật|gửi bình luận)$", re.IGNORECASE),
    "site_name": re.compile(
        r"^(?:[A-ZĐ][\w.’'-]*\s+){0,3}(?:info|news|online|portal|newspaper|times|daily|"
        r"post|tv|vnexpress|\w+\.(?:vn|com|net|org))$|"
        r"^(?:[A-ZĐ][\w.’'-]*\s+){1,3}(?:ภาค)?(?:ภาษาไทย|tiếng\s+thái|thai\s+edition)$",
        re.IGNORECASE),
    "footer": re.compile(
        r"^(?:©|\(c\)\s|copyright\b|all rights reserved|bản quyền|giấy phép|"
        r"cơ quan chủ quản|tổng biên tập|phó tổng biên tập|chịu trách nhiệm|ghi rõ nguồn|"
        r"trụ sở|สงวนลิขสิทธิ์|ลิขสิทธิ์|(?:tel|telephone|phone|hotline|fax|điện thoại|"
        r"customer\s+(?:support|service|care)|"
        r"đt|đường dây nóng|โทร(?:ศัพท์)?|โทรสาร|สายด่วน)\.?\s*(?:[:：]|\+?\d)|"
        r"(?:address|địa chỉ|ที่อยู่|contact|liên hệ|ติดต่อ(?:เรา)?|อีเมล)\s*[:：]"
        r"|\+?\d[\d ().-]{7,}\d(?:\s*[,/|–-]\s*\+?\d[\d ().-]{7,}\d)*$)", re.IGNORECASE),
}
_FOOTER_ANYWHERE_RE = re.compile(r"©|all rights reserved|สงวนลิขสิทธิ์|bản quyền thuộc",
                                 re.IGNORECASE)
_MENU_WORD_RE = re.compile(r"^(?:home|homepage|trang chủ|หน้าแรก|หน้าหลัก)(?:\s|[|•·»›>/]|$)",
                           re.IGNORECASE)
_HOME_INSIDE_RE = re.compile(r"(?:^|\s)(?:หน้าแรก|หน้าหลัก|trang chủ)(?:\s|$)|"
                             r"(?:^|\s)Home(?:\s+\S+){3,}")
"""The site's home link inside a menu line (``MGR Online ผู้จัดการออนไลน์ หน้าแรก การเมือง ...``)."""
MENU_LINE_WORDS = 15
"""A menu line with the home link inside it has at most this many words."""
_MENU_SEP_RE = re.compile(r"\s*[|•·»›]\s*|\s+>\s+|\s+/\s+")
_SPACED_MENU_RE = re.compile(r"^[A-Za-z][A-Za-z&'’.-]*(?: [A-Za-z&'’.-]+)?(?:(?: {2,}|\t+)"
                             r"[A-Za-z][A-Za-z&'’.-]*(?: [A-Za-z&'’.-]+)?){3,}$")
"""A text menu copied from a page, its items set apart by runs of spaces or tabs
(``World   U.S.   Politics   Sports``): four or more Latin items of one or two words."""
_MENU_WORD_LINE_RE = re.compile(r"^(?:[A-Z][A-Za-z&'’-]{0,19}|[\u0E00-\u0E7F]{2,20})$")
"""One menu item on its own line: a capitalised Latin word or a Thai word run without
spaces or digits (``Markets``, ``ต่างประเทศ``)."""
WORD_MENU_LINES = 4
"""A run of at least this many one-word lines is a menu, wherever it stands."""
SITE_LANGS: tuple[str, ...] = ("vi",)
"""Languages of the news sites themselves (not of the article or its translation)."""
MENU_ITEM_CHARS = 30
"""A menu line's items (between ``|``, ``•``, ``»``...) are at most this long."""
MENU_NUMBER_ITEMS = 2
"""...and fewer than this many of them hold a number (``SEA Games 2027`` may be a menu
item; a recipe's info line ``สำหรับ 10-12 ที่ | เวลาเตรียม 30 นาที | เวลาอบ 55 นาที`` or a
row of key figures is text)."""
_DIGIT_RE = re.compile(r"[0-9๐-๙]")
_CAPTION_RE = re.compile(r"\s\|\s*$")
_NOISE_RE = re.compile(r"^[\W_]*$")
_META_DATE_RE = re.compile(rf"[(\[]\s*((?:{_TIME}\s+)?{_DATE}(?:\s+{_TIME})?)\s*[)\]]\s*$")
_SHORT_LINE_RE = re.compile(r"^[^\d.!?;:,()]{1,40}$")


def classify_paragraphs(texts: Sequence[str], *,
                        page_chrome: Sequence[bool] | None = None) -> list[str | None]:
    """Boilerplate kind of each paragraph, or None for body text; ``page_chrome`` marks
    paragraphs that came from an HTML page's navigation, aside, header or footer."""
    chrome = list(page_chrome) if page_chrome is not None else [False] * len(texts)
    kinds = [_classify(t) or ("page_chrome" if c else None)
             for t, c in zip(texts, chrome, strict=True)]
    _flag_link_lists(texts, kinds)
    _flag_word_menus(texts, kinds)
    flag_article_clutter(texts, kinds, page_chrome=chrome)
    unflag_table_rows(texts, kinds)
    return kinds


_CELL_SEP_RE = re.compile(r"\s\|\s")
TABLE_ROWS = 3
"""A run of at least this many lines of as many ``|`` cells (two or more) is a table."""
_TABLE_KINDS = ("navigation", "date")


def unflag_table_rows(texts: Sequence[str], kinds: list[str | None]) -> None:
    """Rows of a table read as ``a | b | c`` lines (a .md or .docx table, a page's
    ``<table>``) are body: a run of :data:`TABLE_ROWS` or more lines with the same number of
    cells, one of them holding a number, loses the menu and date kinds its rows got alone
    (the header ``Indicator | 9M 2026 | Change`` is no menu, a row ``Final | 9 December
    2025`` no dateline), and so does the header above it with one cell fewer (no corner
    cell above the rows' labels: ``3Q26 | 3Q25 | % y/y`` over ``Revenue | 12,486 | 11,519
    | 8.4%``). Lines from the page's chrome stay flagged."""
    cells = [len(_CELL_SEP_RE.split(t.strip())) if " | " in t else 0 for t in texts]
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and cells[j] >= 2 and cells[j] == cells[i]:
            j += 1
        if j - i >= TABLE_ROWS and any(_DIGIT_RE.search(texts[k]) for k in range(i, j)):
            header = i > 0 and cells[i] - 1 == cells[i - 1] >= 2  # no corner cell
            for k in range(i - header, j):
                if kinds[k] in _TABLE_KINDS:
                    kinds[k] = None
        i = max(j, i + 1)


def flag_site_language_edges(texts: Sequence[str], langs: Sequence[str],
                             kinds: list[str | None]) -> None:
    """In a document whose body is not in a :data:`SITE_LANGS` language, runs of such
    paragraphs (with boilerplate between them) at the end are ``footer`` and at the start
    ``navigation``: a Vietnamese site's footer under its English or Thai article."""
    if all(lang not in SITE_LANGS for lang in langs):  # nothing to flag
        return
    weight: dict[str, int] = {}
    for text, lang, kind in zip(texts, langs, kinds, strict=True):
        if kind is None:
            weight[lang] = weight.get(lang, 0) + len(text)
    if not weight or max(weight, key=weight.__getitem__) in SITE_LANGS:
        return
    for order, kind in ((range(len(kinds) - 1, -1, -1), "footer"),
                        (range(len(kinds)), "navigation")):
        for i in order:
            if kinds[i] is None and langs[i] not in SITE_LANGS:
                break
            if kinds[i] is None:
                kinds[i] = kind


def _classify(text: str) -> str | None:
    line = text.strip()
    if _NOISE_RE.match(line):
        return "noise"
    if URL_RE.fullmatch(line):
        return "source"
    if len(line) > 200:
        return "caption" if "|" in line and _CAPTION_RE.search(line) else None
    for kind, pattern in PATTERNS.items():
        if pattern.match(line):
            return kind
    clutter = classify_clutter(line)
    if clutter is not None:
        return clutter
    if _is_menu(line):
        return "navigation"
    if _FOOTER_ANYWHERE_RE.search(line):
        return "footer"
    if "|" in line and _CAPTION_RE.search(line):
        return "caption"
    return None


def _is_menu(line: str) -> bool:
    """A menu or breadcrumb line: 3+ short items between separators, or a line opened
    by ``Home``/``หน้าแรก`` whose other words are a short list (no sentence)."""
    items = [x for x in _MENU_SEP_RE.split(line) if x] if _may_separate(line) else [line]
    if _SPACED_MENU_RE.match(line):
        return True
    if len(items) >= 3 and all(len(x) <= MENU_ITEM_CHARS and not re.search(r"[.!?,;:]", x)
                               and any(c.isalpha() for c in x) for x in items) and \
            sum(bool(_DIGIT_RE.search(x)) for x in items) < MENU_NUMBER_ITEMS:
        return True
    if _HOME_INSIDE_RE.search(line) and len(line.split()) <= MENU_LINE_WORDS and \
            not re.search(r"[\d.!?,;:]", line):
        return True
    return bool(_MENU_WORD_RE.match(line)) and len(line) <= 80 and \
        not re.search(r"[.!?,;:]", line)


def _may_separate(line: str) -> bool:
    """Whether ``line`` holds a character every match of ``_MENU_SEP_RE`` needs (most
    lines hold none: splitting them would only give the line back)."""
    return ("|" in line or "/" in line or ">" in line or "•" in line or "·" in line
            or "»" in line or "›" in line)


def _flag_link_lists(texts: Sequence[str], kinds: list[str | None]) -> None:
    """Runs of 3+ short title-like lines (menus, lists of city names) at the edges of
    a document, or after other boilerplate, are ``link_list``; at the top of a page, 2
    are enough in a run of 4+ lines with flagged menu items (Home, News...)."""
    def short(i: int) -> bool:
        first = texts[i][:1]
        title = first.isupper() or (first.islower() and texts[i] != texts[i].lower())
        return (title and bool(_SHORT_LINE_RE.match(texts[i]))
                and len(texts[i].split()) <= 4)

    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and (short(j) or kinds[j] is not None):
            j += 1
        run = [k for k in range(i, j) if kinds[k] is None]
        boundary = i == 0 or j == len(texts) or kinds[i - 1] is not None
        top_menu = i == 0 and len(run) >= 2 and j - i >= 4  # with Home/Search items
        if (len(run) >= 3 or top_menu) and boundary and j - i >= 3:
            for k in run:
                kinds[k] = "link_list"
        i = j + 1 if j == i else j


def _flag_word_menus(texts: Sequence[str], kinds: list[str | None]) -> None:
    """A run of :data:`WORD_MENU_LINES` or more lines of one word each (``World``,
    ``Business``, ``Markets``...; Thai ``ในประเทศ``, ``ต่างประเทศ``...) is a site menu
    copied with the page, wherever it stands (menu items already flagged, such as
    ``Sign In``, may sit among them): no article sentence is one word long."""
    def word(k: int) -> bool:
        return bool(_MENU_WORD_LINE_RE.match(texts[k].strip()))

    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and (word(j) or (kinds[j] is not None and j > i
                                              and len(texts[j].split()) <= 3)):
            j += 1
        if sum(word(k) for k in range(i, j)) >= WORD_MENU_LINES:
            for k in range(i, j):
                if kinds[k] is None:
                    kinds[k] = "link_list"
        i = max(j, i + 1)


DATELINE_LINES = 40
"""A dateline is looked for among this many first and last lines of a document (a
stamp sits above or below the story; a 100,000-paragraph file is not scanned)."""


def extract_meta(lines: Sequence[str]) -> dict[str, str]:
    """``source_url``, ``author`` and ``published`` found in a document's lines."""
    meta: dict[str, str] = {}
    for line in lines:
        line = line.strip()
        m = PATTERNS["source"].match(line)
        if m and m.group(1) and URL_RE.match(m.group(1)):
            meta.setdefault("source_url", m.group(1))
        m = PATTERNS["byline"].match(line)
        if m:
            meta.setdefault("author", re.sub(r"^\S+(?:\s+by)?\s+", "", line, flags=re.IGNORECASE))
        m = _META_DATE_RE.search(line) or PATTERNS["date"].match(line)
        if m and "published" not in meta:
            meta["published"] = (m.group(1) if m.groups() else m.group()).strip("()[] ")
    ends = [*lines[:DATELINE_LINES], *lines[DATELINE_LINES:][-DATELINE_LINES:]]
    dateline = next((x.strip() for x in ends if _is_absolute_dateline(x.strip())), None)
    if dateline and "published" not in meta:
        writer = _DATELINE_WRITER_RE.match(dateline)
        if writer:  # ``By Jane Roe | 12 March 2027, 11:05``: the writer, then the date
            meta.setdefault("author", writer.group(1).strip())
            dateline = dateline[writer.end():]
        meta["published"] = _PUBLISHED_RE.sub("", dateline)
    return meta


_DATELINE_WRITER_RE = re.compile(r"^(?:by|โดย)\s*[:：]?\s+([^|·•–—\d]{2,60}?)\s*[|·•–—]\s*",
                                 re.IGNORECASE)
"""The writer opening a dated byline, before the separator."""


_PUBLISHED_RE = re.compile(r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+on)?|"
                           r"เผยแพร่(?:เมื่อ)?|อัปเดต(?:ล่าสุด)?)\s*[:：]?\s*", re.IGNORECASE)


def _is_absolute_dateline(line: str) -> bool:
    """A dateline line that names a day (not "Published 2 days ago", nor a stamp of
    a reading time or a view count alone: ``reading time: 3 min`` is no date)."""
    return classify_clutter(line) == "date" and not line.lower().endswith(
        ("ago", "แล้ว", "ก่อน")) and (STAMP_DATE_RE.search(line) is not None
                                       or _YEAR_RE.search(line) is not None)


_YEAR_RE = re.compile(r"(?<![\d๐-๙])(?:19|20|25)[0-9]{2}(?![\d๐-๙])")
"""A year of the Common or the Buddhist Era in a dateline the date patterns miss
(``Update: December, 02/2026 - 08:12``)."""
