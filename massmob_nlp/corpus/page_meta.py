"""Page metadata that no single stamp rule sees: meta bars under the headline (outlet,
section, date and clock as ``|``-separated parts or as spans run together), "Update:"
lines in a portal's own date format, wire correction notes, source credits,
breadcrumbs and topic lists, and the publisher's street address closing a page.
Used by :mod:`massmob_nlp.corpus.article_clutter`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .stamps import _EN_DAY, _EN_MONTH, STAMP_DATE_RE, STAMP_PART_RE, is_stamp

_BAR_SPLIT_RE = re.compile(r"\s+[|·•/]\s+")
_CLOCK_RE = re.compile(r"(?<![\d.])[0-9๐-๙]{1,2}[:.][0-9๐-๙]{2}(?![\d.])|\b\d{1,2}\s*[ap]\.?m\b",
                       re.IGNORECASE)
_YEAR_END_RE = re.compile(r"[0-9๐-๙]{4}\s*$")
_YEAR_RE = re.compile(r"[0-9๐-๙]{4}")
_WEEKDAY_RE = re.compile(rf"\b{_EN_DAY}(?=[\s,])|(?:วัน)?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)",
                         re.IGNORECASE)
_WORD_RE = re.compile(r"\w")
_THAI_START_RE = re.compile(r"[\u0e00-\u0e7f]")
_LABEL_JOINERS = frozenset({"of", "and", "the", "&", "for"})
"""Lower-case words an outlet's or a section's name may hold (Latin words are capitalised)."""
_THAI_CLAUSE_WORDS = frozenset({"เมื่อ", "ที่", "ของ", "ใน", "จาก", "ว่า", "และ", "ได้", "จะ",
                                "ถึง", "ตั้งแต่", "จนถึง"})
"""Thai words that make a run a clause, not a name (``... ที่รัฐสภา เมื่อ 1 ธ.ค.``)."""
_THAI_GLUED_TIME_RE = re.compile(r"[\u0e00-\u0e7f](?:เวลา|วันที่|ตั้งแต่|ถึง)$")
"""A Thai word run into ``เวลา``/``วันที่`` (``ประชุมเวลา``, ``ปิดตั้งแต่``): a verb with its
time, so the line is a sentence; a meta bar's label stands apart from its date."""
THAI_LABEL_WORD_CHARS = 14
META_TOP_LINES = 6
"""Meta bars are looked for among the first lines of the body (the headline excluded)."""
META_LABEL_WORDS = 4
"""An outlet, section or writer beside a date is at most this many words ..."""
META_LABEL_WORD_CHARS = 20
"""... each at most this long (a longer Thai run is a clause)."""

_CORRECTION_RE = re.compile(
    r"^\(?(?:this\s+(?:story|article|report|version)\s+(?:has\s+been|was)\s+"
    r"(?:corrected|refiled|updated|amended)\b|an\s+earlier\s+version\s+of\s+this\s+"
    r"(?:story|article|report)\b|corrections?\s*[:：]\s|"
    r"(?:corrects|refiles|updates|adds|recasts)\b[^)]{0,160}\)$|"
    r"(?:หมายเหตุ\s*[:：]?\s*)?(?:ข่าว|บทความ|รายงาน)(?:ชิ้น)?นี้(?:ได้)?(?:มีการ|รับการ)?"
    r"(?:แก้ไข|ปรับปรุง))", re.IGNORECASE)
"""A wire correction or update note (``This story has been corrected to show ...``,
``(Corrects figure in paragraph 2)``): the desk's note, not the story."""
CORRECTION_CHARS = 320

_UPDATE_RE = re.compile(
    r"^(?:last\s+)?(?:updated?|posted|published|cập\s+nhật|đăng|อัปเดต|อัพเดท|เผยแพร่)"
    r"(?:\s+(?:on|at|lúc|ngày))?\s*[:：]?\s*(?P<rest>\S.{3,60})$", re.IGNORECASE)
_DATE_WORDS_RE = re.compile(
    rf"{_EN_MONTH}|{_EN_DAY}|[ap]\.?m\.?|gmt|utc|ict|th[áa]ng|ng[àa]y", re.IGNORECASE)
"""What an "Updated:" line in a portal's own format holds besides digits
(``Update: December, 02/2026 - 08:12``)."""

_SOURCE_CREDIT_RE = re.compile(
    r"^(?:อ้างอิง|แหล่งที่มา|แหล่งข้อมูล|เครดิตภาพ|ภาพจาก|ข้อมูลจาก|sources?|photo\s+credits?|"
    r"credits?|nguồn)\s*[:：]\s*\S", re.IGNORECASE)
"""A source or picture credit closing an article (``อ้างอิง: ...``, ``Source: ...``)."""
SOURCE_CREDIT_CHARS = 120

_CRUMB = (r"(?:[A-Z\u0E00-\u0E7F][\w\u0E00-\u0E7F&'’.+-]*)"
          r"(?:\s+(?:[A-Z\u0E00-\u0E7F&][\w\u0E00-\u0E7F&'’.-]*|&|and|of)){0,3}")
_LATIN_CRUMB = r"(?:[A-Z][\w&'’.+-]*)(?:\s+(?:[A-Z&][\w&'’.-]*|&|and|of)){0,3}"
_BREADCRUMB_RE = re.compile(rf"^{_CRUMB}(?:\s*[›>»]\s*{_CRUMB}){{1,3}}$|"
                            rf"^{_LATIN_CRUMB}\s\|\s{_LATIN_CRUMB}$")
"""A breadcrumb of section names (``Business > Food & Beverage``, ``POP > Film``,
``Sport | Tennis``, ``ASEAN+ > Business``)."""
_TOPICS_RE = re.compile(
    r"^(?:related\s+(?:topics|tags)|more\s+on\s+these\s+topics|topics|tags|หัวข้อที่เกี่ยวข้อง|"
    r"แท็กที่เกี่ยวข้อง|"
    r"หัวข้อ|แท็ก|คำค้น(?:หา)?|chủ\s+đề|từ\s+khóa)\s*[:：]\s*\S", re.IGNORECASE)
TOPICS_WORDS = 24

_STREET_RE = re.compile(
    r"\b\d{1,4}[A-Z]?\s+(?:[A-ZĐ][\w'’-]*\s+){1,4}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|"
    r"Boulevard|Blvd\.?|Lane)\b.{0,80}?\b(?:District|Dist\.|Ward|City|Province|Hanoi|Ha\s+Noi)"
    r"|(?:เลขที่\s*)?[0-9๐-๙]{1,4}(?:/[0-9๐-๙]+)?\s+(?:หมู่|ซอย|ซ\.|ถนน|ถ\.)\S*.{0,80}?(?:เขต|แขวง|อำเภอ|อ\.)")
"""A street address (``45 Ba Trieu Street, Hoan Kiem District``, ``1854 ถนน... เขต...``)."""
ADDRESS_CHARS = 200
_QUOTE_MARKS_RE = re.compile(r"[\"“”„‘’'«»]")
_OPENING_QUOTES = frozenset("\"“„‘'«")
PULL_QUOTE_CHARS = 30
"""A repeated stretch this long or longer is a pull quote, not a chance repeat."""


def classify_meta_line(line: str) -> str | None:
    """Boilerplate kind of one stripped line by the rules of this module, or None."""
    if len(line) <= CORRECTION_CHARS and _CORRECTION_RE.match(line):
        return "note"
    m = _UPDATE_RE.match(line)
    if m and re.search(r"\d", m.group("rest")) and not re.sub(
            r"[\d\s,/.:\-–|+()]", "", _DATE_WORDS_RE.sub("", m.group("rest"))):
        return "date"
    if (len(line) <= SOURCE_CREDIT_CHARS and _SOURCE_CREDIT_RE.match(line)
            and not line.endswith((".", "!", "?"))):
        return "byline"
    if not re.search(r"\d", line) and _BREADCRUMB_RE.match(line):
        return "navigation"
    if (_TOPICS_RE.match(line) and len(line.split()) <= TOPICS_WORDS
            and (not line.endswith((".", "!", "?"))
                 or _THAI_ABBREVIATION_RE.match(line.split()[-1]) is not None)):
        return "navigation"
    return None


_THAI_PLACE_RE = re.compile(r"^(?:กรุง|จังหวัด|นคร|เมือง|สาธารณรัฐ|ราชอาณาจักร|ประเทศ|รัฐ)")
"""A Thai place name, however long (``สาธารณรัฐฟิลิปปินส์``): a dateline's place."""
_THAI_ABBREVIATION_RE = re.compile(r"^(?:[\u0e00-\u0e7f]{1,4}\.){1,3}$")
"""A Thai abbreviation (``กทม.``, ``ต.ค.``, ``ศ.ดร.``): its full stop does not end a sentence."""


def _is_label(part: str, thai_chars: int = THAI_LABEL_WORD_CHARS) -> bool:
    words = part.split()
    return (0 < len(words) <= META_LABEL_WORDS and not re.search(r"[\d๐-๙]", part)
            and all((len(w) <= META_LABEL_WORD_CHARS or _THAI_PLACE_RE.match(w)) and (
                w[0].isupper() or w in _LABEL_JOINERS
                or (_THAI_START_RE.match(w) and (
                    max(len(piece) for piece in w.split("-")) <= thai_chars
                    or _THAI_PLACE_RE.match(w) is not None)
                    and w not in _THAI_CLAUSE_WORDS
                    and not _THAI_GLUED_TIME_RE.search(w))) for w in words)
            and (not part.endswith((".", "!", "?", ","))
                 or _THAI_ABBREVIATION_RE.match(words[-1]) is not None))


_DOMAIN_RE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
"""The site's domain, a part of a read-later export's meta bar (``e.vnexpress.net ·
By Hoang Phong · November 30, 2026 · Travel``)."""


def is_meta_bar(line: str) -> bool:
    """A meta line under a headline: parts split by ``|``, ``·``, ``•`` or `` / ``, each a
    stamp, a short label (outlet, section, writer) or a label with a date, one part at
    least dated (``ฐานเศรษฐกิจ | ต่างประเทศ | 26 พ.ย. 2569 เวลา 12:40 น.``), the site's
    domain a label too (``bangkokbiznews.com · กรุงเทพธุรกิจ · 1 ธ.ค. 2569``); alone, a
    short label and a date with its clock or ending the line on its year (``ต่างประเทศ
    01 ธ.ค. 2569 เวลา 18:05 น.``, ``Ravi Menon BBC Travel 2 December 2026``)."""
    line = line.strip(" *_")
    if len(line) > 160:
        return False
    parts = [part.strip(" *_") for part in _BAR_SPLIT_RE.split(line)]
    dated = False
    for part in parts:
        has_date = bool(STAMP_DATE_RE.search(part))
        if is_stamp(part):
            dated = dated or has_date
            continue
        rest = " ".join(w for w in STAMP_PART_RE.sub(" ", part).split()
                        if _WORD_RE.search(w)).strip(" ,|·•–—-:")
        in_full = has_date and _dated_in_full(part)
        if has_date and (not rest or _is_label(rest, META_LABEL_WORD_CHARS if in_full
                                               else THAI_LABEL_WORD_CHARS)) and (
                len(parts) > 1 or _CLOCK_RE.search(part) or _YEAR_END_RE.search(part)
                or in_full):
            dated = True
            continue
        if not (_is_label(part) or _DOMAIN_RE.match(part)):
            return False
    return dated


def _dated_in_full(part: str) -> bool:
    """A date with its year and weekday (``THAILAND WEDNESDAY, NOVEMBER 25, 2026 The
    Nation``): beside a short label, only a meta line writes the date out in full."""
    m = STAMP_DATE_RE.search(part)
    return (m is not None and _YEAR_RE.search(m.group()) is not None
            and _WEEKDAY_RE.search(part) is not None)


def _flag_pull_quotes(texts: Sequence[str], kinds: list[str | None]) -> None:
    """A quotation on a line of its own whose words a longer body line holds again
    (quote marks aside) is a pull quote set in large type beside the story: kind
    ``pull_quote``."""
    body = [i for i, kind in enumerate(kinds) if kind is None]
    norm = {i: " ".join(_QUOTE_MARKS_RE.sub(" ", texts[i]).split()).casefold() for i in body}
    for i in body:
        if texts[i].lstrip()[:1] in _OPENING_QUOTES and len(norm[i]) >= PULL_QUOTE_CHARS and any(
                j != i and len(norm[j]) > len(norm[i]) and norm[i] in norm[j] for j in body):
            kinds[i] = "pull_quote"


def flag_page_meta(texts: Sequence[str], kinds: list[str | None]) -> None:
    """Flag, in place, meta bars among the first body lines (above the headline too when
    they hold a clock: ``สังคม 27/11/2026 16:20``), pull quotes, and a publisher's address
    after the page's tag or link lists."""
    body = [i for i, kind in enumerate(kinds) if kind is None]
    for n, i in enumerate(body[:META_TOP_LINES]):
        if is_meta_bar(texts[i]) and (n > 0 or _CLOCK_RE.search(texts[i])):
            kinds[i] = "date"
    _flag_pull_quotes(texts, kinds)
    furniture_seen = False
    for i, text in enumerate(texts):
        if kinds[i] in ("navigation", "link_list") and any(k is None for k in kinds[:i]):
            furniture_seen = True
        elif (kinds[i] is None and furniture_seen and len(text) <= ADDRESS_CHARS
              and _STREET_RE.search(text) and all(k is not None for k in kinds[i + 1:])):
            kinds[i] = "footer"
