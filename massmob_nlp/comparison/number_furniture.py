"""The furniture of a news page around a number left without a partner: a dated line
(``Published: 12:15pm, 26 Feb 2025``, ``By Hoang Phong   December 28, 2024 | 06:12 pm
GMT+7``, ``KYODO NEWS - Jan 24, 2025 - 13:05 | Business, All``) or a photo caption
(``Officials at the ceremony on June 30. – VNA Photo``) that the translator left out.

The number is still missing, but the reader is told what went: the page's date stamp
or a caption, not a sentence of the story. The corpus reader drops such lines when it
knows their form (:mod:`massmob_nlp.corpus.article_clutter`); these are the ones it
kept, recognised here by what the line holds once its dates and times are taken out:
names, labels (``Published``, ``Updated``, ``By``) and separators, no words of a
sentence and no other number.
"""

from __future__ import annotations

import re

from ..numbers import en, th

# the readers' own month names, without their capture group (used twice below)
_EN_MONTH = en.MONTH.replace("(?P<mon>", "(?:", 1)
_TH_MONTH = th.MONTH.replace("(?P<mon>", "(?:", 1)
_D = r"[0-9๐-๙]"
_DAY = rf"{_D}{{1,2}}(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:พ\.ศ\.|ค\.ศ\.)\s*)?" + rf"{_D}{{4}}"
_DATE_RE = re.compile(
    rf"(?i)(?<![\w.]){_DAY}\s+{_EN_MONTH}(?:,?\s+{_YEAR})?(?![\w])|"
    rf"(?<![\w]){_EN_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w])|"
    rf"(?<![0-9๐-๙]){_D}{{1,2}}\s*{_TH_MONTH}\s*(?:{_YEAR})?|"
    rf"(?<![0-9๐-๙/.]){_D}{{4}}-{_D}{{2}}-{_D}{{2}}(?![0-9๐-๙])|"
    rf"(?<![0-9๐-๙/.]){_D}{{1,2}}/{_D}{{1,2}}/{_D}{{2,4}}(?![0-9๐-๙/])")
"""A date with its day: ``26 Feb 2025``, ``November 07, 2025``, ``26 ก.พ. 2568``,
``2025-04-16``, ``1/12/2025``."""
_CLOCK_RE = re.compile(
    rf"(?i)(?<![0-9๐-๙.:]){_D}{{1,2}}[:.]{_D}{{2}}(?:[:.]{_D}{{2}})?"
    r"(?:\s*(?:[ap]\.?m\.?|น\.))?(?![0-9๐-๙])|"
    rf"(?<![0-9๐-๙.:]){_D}{{1,2}}\s*[ap]\.?m\.?(?![a-z])")
"""A clock time: ``12:15pm``, ``5:17 PM``, ``18.42``, ``10:48:30``, ``08.15 น.``."""
_AGO_RE = re.compile(r"(?i)\b(?:[0-9]+|an?)\s+(?:minute|min|hour|hr|day)s?\s+ago\b|"
                     r"[0-9๐-๙]+\s*(?:นาที|ชั่วโมง|ชม\.|วัน)\s*(?:ที่แล้ว|ก่อน)")
"""A stamp relative to now: ``Updated 3 hours ago``, ``2 ชั่วโมงที่แล้ว``."""
_READ_TIME_RE = re.compile(r"(?i)อ่าน(?:ข่าวนี้|บทความนี้|ข่าว)?\s*(?:ใน|ประมาณ|ราว)?\s*[0-9๐-๙]+\s*นาที|"
                           r"\b[0-9]+\s*-?\s*min(?:ute)?s?\s+read\b")
"""A reading-time widget beside the stamp (``อ่านข่าวนี้ใน 3 นาที``, "4 min read")."""
_ZONE_RE = re.compile(r"(?i)\b(?:GMT|UTC|ICT|WIB|WITA|WIT|PHT|PST|EST|EDT|CST|CDT|MST|"
                      r"PDT|BST|CET|CEST|JST|KST|HKT|SGT|MYT|IST|AEST|AEDT)"
                      r"(?:\s*[+-]\s*[0-9]{1,2}(?::?[0-9]{2})?)?\b|\([^()]{0,12}\)")
"""A time zone after the clock (``GMT+7``, ``WIB``), or a short bracket (``(GMT+7)``)."""
_LABEL_RE = re.compile(
    r"(?i)\b(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|edited)(?:\s+on|\s+at)?|"
    r"publication\s+date|date|time|"
    r"by|reporter|editor|translator|writer|source|photo)\b|[|●•/]|"
    r"เผยแพร่|อัปเดต|อัพเดท|ปรับปรุง|โพสต์|โดย")
"""What marks a line of the page's furniture: a label or a separator of its fields."""
_FURNITURE_WORDS = frozenset({
    "published", "updated", "posted", "modified", "edited", "publication", "date", "time",
    "last", "first", "on", "at", "by", "and",
    "with", "of", "the", "news", "agencies", "agency", "staff", "reporter", "reporters",
    "writer", "writers", "correspondent", "editor", "translator", "source", "wire",
    "wires", "report", "reports", "service", "services", "desk", "team", "online", "ago",
    "hours", "hour", "minutes", "mins", "min", "days", "am", "pm", "a.m.", "p.m.",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
"""Lower-case words a dated line may hold besides names (``Published on``,
``Al Jazeera and news agencies``, ``Staff reporters``, ``3 hours ago``)."""
_TH_FURNITURE_RE = re.compile(
    r"เผยแพร่|อัปเดต|อัพเดท|ปรับปรุง|ล่าสุด|โพสต์|เมื่อ|วันที่|เวลา|น\.|ที่|วัน|"
    r"จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์")
_WORD_RE = re.compile(r"[^\W\d_][\w.'’&-]*")
_SENTENCE_END_RE = re.compile(r"[.!?…\"”]$")
_ABBREVIATION_END_RE = re.compile(r"(?i)(?:\b[ap]\.m\.|\bJr\.|\bInc\.|\bCo\.|\bLtd\.|"
                                  r"[\u0e01-\u0e4e]\.)$")
"""A full stop that ends an abbreviation (``p.m.``, ``น.``, ``ก.พ.``), not a sentence."""
MAX_LINE_CHARS = 160
"""A dated line or a byline with its date is shorter than this."""
_CAPTION_CREDIT_RE = re.compile(
    r"(?:\s[-–—|]\s*|\(\s*)(?:[A-Z][\w.&'’/-]*\s+){0,3}(?:File\s+)?(?:[Pp]hoto|[Ii]mage|"
    r"[Pp]icture)s?(?:\s*(?:by|:|courtesy(?:\s+of)?)\s*[^.()]{0,40})?\)?\.?\s*$|"
    r"^(?:[Pp]hoto|[Ii]mage|[Pp]icture)s?\s*(?:by\b|:|credit)|"
    r"(?:^|\(\s*)(?:ภาพ|ที่มาภาพ|เครดิตภาพ|ภาพประกอบ)\s*[:：]|"
    r"[.!?]\s+(?:(?:[Pp]hoto|[Ii]mage|[Pp]icture)s?\s*(?:by\b|:)|(?:Photo\s+)?[Cc]redit\s*:)"
    r"\s*[^.()]{0,40}\.?\s*$|"
    r"[.!?]\s+[A-Z]{2,}(?:\s[A-Z]{2,})?/[A-Z][\w.'’ -]{1,40}$")
"""A photo credit closing or opening a caption (``… on June 30. – VNA Photo``,
``(Photo: Reuters)``, ``Photo by …``, ``(ภาพ: …)``, ``… on December 18. Photo: Name``,
``… in September. Credit: Agency``, a wire's ``… 2026. REUTERS/Name``)."""
MAX_CAPTION_CHARS = 300


def furniture_line(text: str, start: int) -> str | None:
    """What the line of ``text`` holding the character at ``start`` is, when it is the
    page's furniture and not the story: ``"dated line"`` or ``"caption"``, else None."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin:end if end >= 0 else len(text)].strip()
    if _is_dated_line(line):
        return "dated line"
    if len(line) <= MAX_CAPTION_CHARS and _CAPTION_CREDIT_RE.search(line):
        return "caption"
    return None


def _is_dated_line(line: str) -> bool:
    """A line that is a date stamp: a date or a clock time with nothing but names,
    labels and separators around it (no words of a sentence, no other number), not
    closed like a sentence; a date alone with more than one name needs a clock time
    or a label (a title-case headline with a date is a sentence)."""
    if not line or len(line) > MAX_LINE_CHARS or (
            _SENTENCE_END_RE.search(line) and not _ABBREVIATION_END_RE.search(line)):
        return False
    dates = _DATE_RE.findall(line)
    clocks = _CLOCK_RE.findall(line) + _AGO_RE.findall(line)
    if not dates and not clocks:
        return False
    if _fields_line(line):
        return True
    rest = _CLOCK_RE.sub(" ", _DATE_RE.sub(" ", _AGO_RE.sub(" ", line)))
    rest = _ZONE_RE.sub(" ", rest)
    labelled = bool(_LABEL_RE.search(rest))
    rest = _TH_FURNITURE_RE.sub(" ", rest)
    if re.search(r"[0-9๐-๙]", rest) or re.search(r"[\u0e01-\u0e4e]", rest):
        return False  # another number, or Thai words of a sentence
    words = _WORD_RE.findall(rest)
    names = [w for w in words if w.casefold() not in _FURNITURE_WORDS]
    if any(not w[0].isupper() for w in names):
        return False  # a lower-case word of a sentence
    return bool(clocks) or labelled or len(names) <= 1


MAX_FIELD_CHARS = 40
"""A label or byline field of a stamp line (``ข่าวประชาสัมพันธ์``, ``กองบรรณาธิการ...``)
is shorter than this."""


def _fields_line(line: str) -> bool:
    """A stamp line of fields split by ``|``, one of them a date or a clock time, the
    others short labels or bylines with no number, in any language (``29 พ.ย. 2569 |
    13:42 น. อ่านข่าวนี้ใน 3 นาที``, ``ข่าวประชาสัมพันธ์ | 2 ธันวาคม 2569``,
    ``กองบรรณาธิการ 5 พ.ย. 2569 | 18:10 น.``): a sentence is not cut by a bar."""
    if "|" not in line:
        return False
    rest = _READ_TIME_RE.sub(" ", _AGO_RE.sub(" ", line))
    rest = _ZONE_RE.sub(" ", _CLOCK_RE.sub(" ", _DATE_RE.sub(" ", rest)))
    fields = [f.strip() for f in rest.split("|")]
    return all(len(f) <= MAX_FIELD_CHARS and not re.search(r"[0-9๐-๙]", f) for f in fields)


MASTHEAD_LINES = 2
"""The site's name stands in the first lines of a saved page."""
MAX_MASTHEAD_CHARS = 40


def masthead_line(text: str, start: int) -> bool:
    """The line holding ``start`` is the page's masthead, the site's name (``VOV5
    ภาคภาษาไทย``, "VOV5 English Service"): among the first lines of the text, short,
    no sentence."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin:end if end >= 0 else len(text)].strip()
    before = [x for x in text[:begin].splitlines() if x.strip()]
    return len(before) < MASTHEAD_LINES and 0 < len(line) <= MAX_MASTHEAD_CHARS and \
        not _SENTENCE_END_RE.search(line) and len(line.split()) <= 4
