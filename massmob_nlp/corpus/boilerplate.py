"""Rules that flag scraped-page boilerplate (flag, never delete) and read metadata.

Kinds: ``comments``, ``source``, ``byline``, ``date``, ``navigation``, ``form``,
``site_name``, ``caption``, ``link_list``, ``noise``. Rules are written for news sites
in English, Thai and Vietnamese; add patterns to :data:`PATTERNS`.
"""

from __future__ import annotations

import re
from typing import Sequence

from .._text import URL_RE

_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
PATTERNS: dict[str, re.Pattern[str]] = {
    "comments": re.compile(
        r"^(?:comments?|bình luận|ý kiến|ความคิดเห็น|การแสดงความคิดเห็น|แสดงความคิดเห็น)"
        r"\s*[(\[]?\s*\d*\s*[)\]]?$", re.I),
    "source": re.compile(
        r"^(?:source|sources|nguồn|theo|ที่มา|แหล่งที่มา|อ้างอิง)\s*[:：]?\s*(\S+)?\s*$", re.I),
    "byline": re.compile(
        r"^(?i:by|written by|posted by|reported by|โดย|เขียนโดย)\s+"
        r"(?:[A-ZÀ-Ỹ][\w'.’-]*\s*){1,5}$"),
    "date": re.compile(rf"^[(\[]?\s*(?:{_TIME}\s*)?{_DATE}(?:\s*{_TIME})?\s*[)\]]?$"),
    "navigation": re.compile(
        r"^(?:latest news|other news|related news|more news|read more|see more|"
        r"view search|search|home|homepage|share|print|back|next|previous|top|"
        r"tin mới|tin khác|tin liên quan|xem thêm|ข่าวล่าสุด|ข่าวอื่นๆ|ข่าวที่เกี่ยวข้อง|"
        r"อ่านต่อ|หน้าแรก|ค้นหา|แชร์|tags?\s*:.*)$", re.I),
    "form": re.compile(
        r"^(?:write your comment|leave a comment|post a comment|submit|send|"
        r"(?:full name|your name|name|e-?mail|phone number|phone|captcha|capcha|"
        r"security code|comment|họ tên|điện thoại|mã bảo mật)\s*[:：]\s*(?:\(\*\))?.*|"
        r"lấy lại mã bảo mật|gửi bình luận)$", re.I),
    "site_name": re.compile(
        r"^(?:[A-ZĐ][\w.’'-]*\s+){0,3}(?:info|news|online|portal|newspaper|times|daily|"
        r"post|tv|vnexpress|\w+\.(?:vn|com|net|org))$", re.I),
}
_CAPTION_RE = re.compile(r"\s\|\s*$")
_NOISE_RE = re.compile(r"^[\W_]*$")
_META_DATE_RE = re.compile(rf"[(\[]\s*((?:{_TIME}\s+)?{_DATE}(?:\s+{_TIME})?)\s*[)\]]\s*$")
_SHORT_LINE_RE = re.compile(r"^[^\d.!?;:,()]{1,40}$")


def classify_paragraphs(texts: Sequence[str]) -> list[str | None]:
    """Boilerplate kind of each paragraph, or None for body text."""
    kinds = [_classify(t) for t in texts]
    _flag_link_lists(texts, kinds)
    return kinds


def _classify(text: str) -> str | None:
    line = text.strip()
    if _NOISE_RE.match(line):
        return "noise"
    if URL_RE.fullmatch(line):
        return "source"
    if len(line) > 200:
        return "caption" if _CAPTION_RE.search(line) else None
    for kind, pattern in PATTERNS.items():
        if pattern.match(line):
            return kind
    if _CAPTION_RE.search(line):
        return "caption"
    return None


def _flag_link_lists(texts: Sequence[str], kinds: list[str | None]) -> None:
    """Runs of 3+ short title-like lines (menus, lists of city names) at the edges of
    a document, or after other boilerplate, are ``link_list``."""
    def short(i: int) -> bool:
        words = texts[i].split()
        return (len(words) <= 4 and bool(_SHORT_LINE_RE.match(texts[i]))
                and texts[i][:1].isupper())

    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and (short(j) or kinds[j] is not None):
            j += 1
        run = [k for k in range(i, j) if kinds[k] is None]
        boundary = i == 0 or j == len(texts) or kinds[i - 1] is not None
        if len(run) >= 3 and boundary and j - i >= 3:
            for k in run:
                kinds[k] = "link_list"
        i = j + 1 if j == i else j


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
            meta.setdefault("author", re.sub(r"^\S+(?:\s+by)?\s+", "", line, flags=re.I))
        m = _META_DATE_RE.search(line) or PATTERNS["date"].match(line)
        if m and "published" not in meta:
            meta["published"] = (m.group(1) if m.groups() else m.group()).strip("()[] ")
    return meta
