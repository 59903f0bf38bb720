"""Publication stamps of news pages: datelines, "updated" and "ago" lines, view and
comment counters, reading times and the page tools printed beside them, with the outlet
or writer they may name (``VOV5 - 18/03/2026 10:40 Lượt xem: 864``, ``By health
reporter Sophie Scott Posted Wed 2 Dec 2026 at 5:12am``, ``อ่าน 4 นาที แชร์ 1.2K``).
Used by :mod:`massmob_nlp.corpus.article_clutter` (kind ``date``)."""

from __future__ import annotations

import re

_THAI_RE = re.compile(r"[\u0e00-\u0e7f]")

_EN_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
             r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_EN_DAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_TH_MONTH = (r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|"
             r"กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|"
             r"มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)")
_TH_DAY = r"(?:วัน)?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?"
_D = r"[0-9๐-๙]"
_YEAR = rf"(?:{_D}{{4}}|{_D}{{2}})"
_CLOCK = (rf"{_D}{{1,2}}(?:[:.]{_D}{{2}})(?::{_D}{{2}}(?![.,]?{_D}))?"
          r"(?:\s*(?:[ap]\.?m\.?|น\.|hrs?\.?(?!\w)))?|"
          rf"{_D}{{1,2}}\s*[ap]\.?m\.?")
_ZONE = (r"(?:gmt|bst|utc|cet|cest|[ecmp][sd]?t|ict|myt|sgt|wib|wita|hkt|jst|kst|pht|ist|"
         r"aest|aedt|awst|nzst|nzdt|local\s+time|"
         r"ตามเวลา(?:ประเทศ)?(?:ไทย|กรีนิช|อังกฤษ|สหราชอาณาจักร|ท้องถิ่น|ญี่ปุ่น|โตเกียว|เวียดนาม|"
         r"จีน|ปักกิ่ง|เกาหลี(?:ใต้)?|โซล|ฮ่องกง|ไต้หวัน|สิงคโปร์|มาเลเซีย|อินโดนีเซีย|จาการ์ตา|"
         r"ฟิลิปปินส์|อินเดีย|ออสเตรเลีย|สหรัฐ(?:ฯ|อเมริกา)?|นิวยอร์ก|ยุโรป|ลอนดอน)?|gmt\+?\d*|"
         r"\((?:ตาม)?เวลา[\u0E00-\u0E7F]{2,16}\)|"
         r"\((?:(?-i:[A-Z][a-z]+)\s+){1,2}time(?:,?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2})?\))")
_PREFIX = (r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?|"
           r"saved(?:\s+(?:to|with|in|from)(?:\s+(?-i:[A-Z][\w-]*)){1,3})?(?:\s+on)?|"
           r"บันทึก(?:ด้วย|ไว้ใน|ใน|จาก)\s*(?-i:[A-Z][\w-]*)(?:\s(?-i:[A-Z][\w-]*)){0,2}(?:\s*เมื่อ)?|"
           r"บันทึกไว้อ่านภายหลัง|บันทึกเมื่อ|date(?=\s*[:：]?\s*[0-9๐-๙])|"
           r"issued(?:\s+(?:at|on))?(?=\s*[:：]?\s*[0-9๐-๙])|ออกประกาศ(?:เมื่อ)?|"
           r"เผยแพร่(?:เมื่อ)?|อัปเดต(?:ล่าสุด)?|อัพเดท(?:ล่าสุด)?|ปรับปรุง(?:ล่าสุด)?|"
           r"โพสต์(?:เมื่อ)?(?![ก-ฮ]))\s*[:：]?")
_EN_DATE = (rf"(?:{_D}{{1,2}}(?:st|nd|rd|th)?\s+{_EN_MONTH}(?:,?\s+{_YEAR})?|"
            rf"{_EN_MONTH}\s+{_D}{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?|"
            rf"{_EN_MONTH},?\s+{_D}{{1,2}}/{_D}{{4}})")
_TH_DATE = (rf"(?:{_D}{{1,2}}\s*{_TH_MONTH}\s*(?:(?:พ\.ศ\.|ค\.ศ\.)\s*)?(?:{_YEAR})?|"
            rf"{_TH_MONTH}\s*{_D}{{1,2}},?\s*{_YEAR})")
"""A Thai date, day first or (a template's English order) month first: ``ธันวาคม 02, 2026``."""
_VI_DAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
_NUM_DATE = rf"(?:{_D}{{1,2}}[/.-]{_D}{{1,2}}[/.-]{_YEAR}|{_D}{{4}}-{_D}{{2}}-{_D}{{2}})"
_TH_READ = (r"(?:ใช้เวลา)?อ่าน(?:ข่าว|บทความ|เรื่อง)?(?:นี้)?\s*(?:ใน|ภายใน|ประมาณ|ราว|เพียง)?\s*"
            rf"{_D}+\s*นาที")
"""A Thai reading time: ``อ่าน 3 นาที``, ``อ่านข่าวนี้ใน 3 นาที``, ``ใช้เวลาอ่าน 4 นาที``."""
_TOOLS = (r"(?<![\w])(?:print|share|send\s+e-?mail|send|save|e-?mail|text\s+size|"
          r"font\s+size|aa|a\s?[-+]|"
          r"in\s+bài(?:\s+viết)?|in\s+trang|in|gửi\s+(?:e-?mail|bài)|lưu\s+tin|cỡ\s+chữ|"
          r"phóng\s+to|thu\s+nhỏ|nghe\s+bài(?:\s+viết)?|chia\s+sẻ|พิมพ์|แชร์|ขนาดตัวอักษร)"
          r"(?![\w+-])")
"""The page's tools beside a publication stamp (``Print A- A+ Email``, Vietnamese ``In
bài viết``, ``Cỡ chữ``, ``Lưu tin``); a stamp line of them is still a stamp."""
_STAMP_PART_RE = re.compile(
    rf"{_TH_READ}|{_PREFIX}|(?:{_EN_DAY}|{_TH_DAY}|{_VI_DAY}|วันที่)(?=[\s,\d]|$)|"
    rf"(?:cập\s+nhật|đăng\s+(?:lúc|ngày)|ngày)(?![\w])|{_EN_DATE}|{_TH_DATE}|{_NUM_DATE}|"
    rf"(?:{_CLOCK})|{_ZONE}(?:[+-]{_D}{{1,2}})?(?:(?![\w])|(?=(?-i:[A-Z][a-z])))|"
    rf"(?:{_D}+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago|"
    rf"(?:เมื่อ\s*)?{_D}+\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน|ปี)\s*(?:ที่แล้ว|ก่อน|ที่ผ่านมา)|"
    rf"(?:อ่าน|เข้าชม|ผู้เข้าชม|แชร์|views?|reads?)\s*[:：]?\s*{_D}[0-9๐-๙,.]*\s*[kKmM]?\s*(?:ครั้ง|คน|views?)?|"
    rf"{_D}[0-9๐-๙,.]*\s*[kKmM]?\s*(?:viewed|views?|reads?)|(?<![\w.,]){_D}[0-9๐-๙,.]*\s?[kK](?![\w])|{_D}+[\s-]*min(?:ute)?s?(?:\s+read)?(?![\w])|"
    rf"(?:reading\s+time|เวลาอ่าน)\s*[:：]?\s*{_D}+\s*(?:minutes?|mins?|นาที)|{_TH_READ}|"
    r"(?:(?:newspaper\s+)?section|writer|author|ผู้เขียน|หมวด(?:หมู่)?)\s*[:：]|"
    rf"(?:comments?|ความคิดเห็น|bình\s+luận)\s*[:：(]?\s*{_D}+\s*\)?|"
    rf"(?:lượt\s+(?:xem|đọc))\s*[:：]?\s*{_D}[0-9,.]*|{_TOOLS}|"
    r"(?:news\s+code|story\s+id|article\s+id|mã\s+(?:tin|bài))\s*[:：]\s*[A-Za-z]{0,4}-?\d+|"
    rf"{_D}+\s*(?:comments?|ความคิดเห็น|bình\s+luận)|"
    r"(?<![\w])(?:at|on|เวลา|น\.)(?![\w])",
    re.IGNORECASE)
STAMP_PART_RE = _STAMP_PART_RE
"""One part of a publication stamp (a date, a clock, a label, a counter)."""
_AGO_WORD_RE = re.compile(r"\bago$", re.IGNORECASE)
_STAMP_REST_RE = re.compile(r"^[\s|·•,–—/:()\[\]*_-]*$")
"""A publication stamp made of several parts (``February 17, 2025 10:42 AM GMT Updated 2
hours ago``, ``Published 26/11/2025 - 22:55 GMT``, ``วันศุกร์ที่ 12 ธันวาคม 2568 เวลา
07.30 น. อ่าน 2,301 ครั้ง``): nothing but separators is left once its parts are taken out."""

STAMP_DATE_RE = re.compile(rf"{_EN_DATE}|{_TH_DATE}|{_NUM_DATE}", re.IGNORECASE)
_STAMP_CLOCK_RE = re.compile(_CLOCK, re.IGNORECASE)
_STAMP_LABEL_RE = re.compile(
    rf"{_PREFIX}|(?:อ่าน|เข้าชม|ผู้เข้าชม)\s*[:：]?\s*{_D}|{_D}[0-9๐-๙,.]*\s*[kKmM]?\s*(?:views?|reads?)|"
    rf"{_D}+\s*(?:min(?:ute)?s?(?:\s+read)?|comments?|ความคิดเห็น)(?![\w])|{_TH_READ}|"
    r"(?:news\s+code|mã\s+(?:tin|bài)|lượt\s+(?:xem|đọc)|views?)\s*[:：]", re.IGNORECASE)
_CREDIT_LABEL_RE = re.compile(r"แปล(?:โดย)?\s*[:：]?|translated\s+by|(?:biên\s+)?dịch\s*[:：]",
                              re.IGNORECASE)
"""A translator's credit in a stamp line (``THI HONG / แปล: ฝ่ายข่าวภาษาไทย 02/12/2026 09:12``)."""
_NAME_REST_RE = re.compile(
    r"^(?:(?:by|โดย)\s*[:：]?\s*)?(?:[A-ZÀ-Ỹ][\w'’.&-]*|of|and|the|for)"
    r"(?:[\s,|·•–—:-]+(?:(?:by|โดย)\s*[:：]?\s*)?(?:[A-ZÀ-Ỹ][\w'’.&-]*|of|and|the|for|with|"
    r"(?:news\s+)?agencies))*$|"
    r"^(?:(?:โดย|by)\s*[:：]?\s*)?[\u0E00-\u0E7FA-Za-z]{2,24}$|"
    r"^(?:โดย|[Bb]y)\s*[:：]?\s*(?:[\u0E00-\u0E7F]{2,24}|[A-Z][\w&.'’-]*)"
    r"(?:(?:\s|\s?[|·•–—,]\s?)(?:[\u0E00-\u0E7F]{2,24}|[A-Z][\w&.'’-]*)){0,5}$|"
    r"^[\u0E00-\u0E7F]{2,24}(?:\s[\u0E00-\u0E7F]{2,24}){1,2}$|"
    r"^(?:[\u0E00-\u0E7F]{2,24}\s){1,2}[\u0E00-\u0E7F]{2,24}\sและ\s?"
    r"[\u0E00-\u0E7F]{2,24}(?:\s[\u0E00-\u0E7F]{2,24}){1,2}$|"
    r"^(?:กองบรรณาธิการ|กอง\s?บก\.|ทีมข่าว|โต๊ะข่าว|ฝ่ายข่าว)\s?[\u0E00-\u0E7FA-Za-z.]{0,24}$")
"""...or a Thai writer's full name without ``โดย``, or two joined by ``และ`` (kept only
beside a label, a separator or a role: a Thai clause before a date is a sentence), or a
Thai desk credit
(``กองบรรณาธิการกรุงเทพธุรกิจ``, ``ทีมข่าวต่างประเทศ``)."""
_STAMP_SEP_RE = re.compile(r"\s[|·•–—-]\s")
_DOMAIN_RE = re.compile(r"^(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,6}(?=$|\s)")
"""The site's address as the outlet (``reuters.com — saved to Pocket on Nov 25, 2026``)."""
_OUTLET_CODE_RE = re.compile(r"\b[A-Z]{2,9} ?\d{1,2}\b")
"""A broadcaster named with a number (``VOV5``, ``VTV4``, ``FRANCE 24``) in a stamp."""
_OUTLET_THEN_DATE_RE = re.compile(
    rf"^\s*[^\s|·•–—]{{2,24}}\s[|·•–—-]\s(?:{_EN_DAY}|{_TH_DAY})?,?\s*(?:{_EN_DATE}|{_TH_DATE}|{_NUM_DATE})(?<={_D}{_D})\s*$",
    re.IGNORECASE)
"""One word (the outlet), a separator and a date ending in its year: ``VOV5 · 2 พฤศจิกายน
2569``, ``Reuters | 3 December 2026``."""
_ROLE_RE = re.compile(r"\b([Bb]y|โดย)\s*[:：]?\s+(?:[a-z-]+\s+){0,3}"
                      r"(?:reporter|correspondent|editor|writer|producer)\s+")
"""A writer's role between ``By`` and the name (``By health reporter Sophie Scott``)."""
_ROLE_AFTER_RE = re.compile(r"(?<=[\w,])\s+(?:[\w-]+\s+){0,2}"
                            r"(?:writer|reporter|correspondent|editor|contributor|desk)s?\b",
                            re.IGNORECASE)
"""A writer's role after the name or outlet, with up to two words before it
(``KENJI TAMURA, Nikkei staff writer``, ``Denis Campbell, Health policy editor``, ``By
James Harcourt, Chief F1 Writer``, ``By Sport desk``)."""
_ROLE_AFTER_TH_RE = re.compile(
    r"(?<=[\u0E00-\u0E7FA-Za-z.])\s+(?:ผู้สื่อข่าว|นักข่าว|คอลัมนิสต์|ผู้เขียน|บรรณาธิการ)"
    r"(?!รายงาน|ว่า|ได้|ถาม|สอบถาม|กล่าว|ของ|ที่|จาก)(?:[\u0E00-\u0E7F]{0,20}|\s(?-i:[A-Z][\w&.'’-]*)"
    r"(?:\s(?-i:[A-Z][\w&.'’-]*)){0,2})$")
"""A Thai writer's role after the name, the outlet glued to it or after it (``เคน ซูซูกิ
ผู้สื่อข่าวนิกเคอิ``, ``สมชาย ใจดี ผู้สื่อข่าวอาวุโส``); a verb after the role is a clause
(``...ผู้สื่อข่าวรายงานว่า``)."""
_TH_WORD = r"[\u0E00-\u0E7F]{2,24}"
_TH_NAME = rf"{_TH_WORD}(?:\s{_TH_WORD}){{1,2}}"
_TH_NAMES = rf"{_TH_NAME}(?:\s?,\s?{_TH_NAME}|\sและ\s?{_TH_NAME})?"
"""One or two Thai writers' full names (``เคนจิ โมริตะ และพิชญา สุวรรณ``)."""
_TH_ROLE = (r"(?:ผู้สื่อข่าว|นักข่าว|คอลัมนิสต์|ผู้เขียน|บรรณาธิการ)"
            r"(?!รายงาน|ว่า|ได้|ถาม|สอบถาม|กล่าว|ของ|ที่|จาก)[\u0E00-\u0E7F]{0,30}")
_TH_OUTLET = r"(?:[\u0E00-\u0E7F]{2,20}|[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2})"
_TH_BYLINE_RE = re.compile(
    rf"^โดย\s*[:：]?\s(?:{_TH_NAMES}|[\u0E00-\u0E7F]{{2,14}})(?:\s?,\s?{_TH_OUTLET})?(?:\s{_TH_ROLE})?$|"
    rf"^{_TH_NAMES}\s{_TH_ROLE}$")
"""A Thai byline on its own line: ``โดย`` and one or two writers' names (or the agency),
the outlet after a comma or the writer's role after it (``โดย จินตนา เลิศศิริ, เอพี``,
``โดย อัซลัน ราฮิม ผู้สื่อข่าวประจำมาเลเซีย``), or the names and role without ``โดย``
(``วรางคณา ทองดี ผู้สื่อข่าวสายสุขภาพและสิ่งแวดล้อม``); a verb after the role is a clause."""
TH_BYLINE_CHARS = 90


def is_thai_byline(line: str) -> bool:
    """A Thai byline line (:data:`_TH_BYLINE_RE`), at most :data:`TH_BYLINE_CHARS` long."""
    return len(line) <= TH_BYLINE_CHARS and _TH_BYLINE_RE.match(line) is not None


_DESK_RE = re.compile(r"^(?:กองบรรณาธิการ|กอง\s?บก\.|ทีมข่าว|โต๊ะข่าว|ฝ่ายข่าว)")
"""A Thai desk credit (``กองบรรณาธิการฐานเศรษฐกิจ``): a byline without ``โดย``."""
_TRAILING_COUNT_RE = re.compile(r"\s+[0-9๐-๙][0-9๐-๙,.]*\s?[kK]?$")
"""A bare counter (views, its icon lost) ending a dated byline: ``Sunday, November 29,
2026 By The Nation 2,387``."""
_ONE_WORD_RE = re.compile(r"^(?:[\u0E00-\u0E7F]{2,14}|[A-Za-z.]{2,24})$")
"""The outlet or section after a date (a longer Thai run is a clause)."""
_READ_TIME_RE = re.compile(
    rf"{_D}+[\s-]*min(?:ute)?s?(?:\s+read)?(?![\w])|{_TH_READ}", re.IGNORECASE)
STAMP_NAME_CHARS = 40
"""The outlet or writer named in a publication stamp (``... 4 min read`` after ``By
Jane Roe, Asia editor``; ``ข่าวสด`` after the date) is at most this long."""
BYLINE_CHARS = 60
"""...and the writers of a byline (``By Panu Wongcha-um and Chayut Setboonsarng``)."""


def is_stamp(line: str) -> bool:
    """A publication stamp of several date/time/"ago"/view-count parts; it may name
    the outlet or the writer (capitalised words, or one Thai/Latin word) when it holds
    a date and a clock, or a date or clock and a label or counter (``Posted on``,
    ``อ่าน 1.2K``, ``4 min read``, ``14 Comments``)."""
    if not (any(c.isdigit() or "๐" <= c <= "๙" for c in line) or _AGO_WORD_RE.search(line)):
        return False
    rest = _STAMP_PART_RE.sub(" ", line)
    if _STAMP_REST_RE.match(rest):
        return True
    if _is_dated_row(line):
        return True
    rest = _AGENCY_RE.sub(" ", rest)
    rest = " ".join(rest.strip(" |·•,–—/:()[]-*_").split())
    rest = _OUTLET_CODE_RE.sub("Outlet", _ROLE_AFTER_RE.sub("", _ROLE_RE.sub(r"\1 ", rest)))
    rest = _DOMAIN_RE.sub("Outlet", rest)
    rest = rest.strip(" ,|·•–—:-")
    thai_role = _ROLE_AFTER_TH_RE.search(rest)
    if thai_role:  # the name before a Thai role (``เคน ซูซูกิ ผู้สื่อข่าวนิกเคอิ``)
        rest = rest[:thai_role.start()]
    byline = bool(thai_role or _DESK_RE.match(rest)) or rest.lower().startswith(("by", "โดย"))
    dated = bool(STAMP_DATE_RE.search(line))
    if dated and byline:
        rest = _TRAILING_COUNT_RE.sub("", rest)
    if dated and ((_ONE_WORD_RE.match(rest) and _starts_with_date(line))
                  or _OUTLET_THEN_DATE_RE.match(line)):
        return True  # the date, then the outlet or the section (``ธันวาคม 02, 2026 วีโอเอ``),
        # or the outlet, a separator and the date with its year (``VOV5 · 2 พฤศจิกายน 2569``)
    if (_CREDIT_LABEL_RE.search(rest) and len(rest) <= 2 * STAMP_NAME_CHARS
            and STAMP_DATE_RE.search(line) and _STAMP_CLOCK_RE.search(line)):
        return True  # writer and translator credited beside the date and time
    if (len(rest) > (BYLINE_CHARS if byline else STAMP_NAME_CHARS)
            or any(c.isdigit() or "๐" <= c <= "๙" for c in rest)
            or not _NAME_REST_RE.match(rest)):
        return False
    clock = bool(_STAMP_CLOCK_RE.search(line))
    labelled = bool(_STAMP_LABEL_RE.search(line))
    if _THAI_RE.search(rest) and not (labelled or _STAMP_SEP_RE.search(line) or byline):
        return False  # a short Thai clause before a date is a sentence (``...จะปิดในวันที่ 19 ก.พ.``)
    if byline and (dated or _READ_TIME_RE.search(line)):
        return True  # a dated byline, or one with a reading time (``By: FRANCE 24 3 min``)
    return (dated and clock) or ((dated or clock) and labelled)


_BAR_SPLIT_RE = re.compile(r"\s+[|·•/]\s+")
_CREDIT_PART_RE = re.compile(
    r"^(?:เรื่อง|ภาพ(?:ถ่าย|ประกอบ)?|แปล(?:และเรียบเรียง)?|เรียบเรียง|ผู้เขียน|บรรณาธิการ|"
    r"กราฟิก|story|words|text|photos?|photography|pictures?|illustrations?|"
    r"translat(?:ed|ion)|edit(?:ed|ing)|written)(?:\s+by)?\s*[:：]?\s*\S|"
    r"^\S.{0,40}\s(?:เรื่อง|ภาพ|แปล|เรียบเรียง)$", re.IGNORECASE)
"""One credit of a credit bar: the role first (``ภาพ: ...``, ``Words by ...``) or, in Thai
magazines, the name first (``สมชาย ใจดี เรื่อง``)."""
CREDIT_PART_WORDS = 8


def is_credit_bar(line: str) -> bool:
    """A magazine's credit bar: parts split by ``|``, ``·`` or ``•``, each a credit (story,
    photos, translation, editing), a reading time or a date, at least one a credit
    (``สมชาย ใจดี เรื่อง | แปลและเรียบเรียง: กองบรรณาธิการ | อ่าน 7 นาที``)."""
    parts = [part.strip(" *_") for part in _BAR_SPLIT_RE.split(line.strip(" *_"))]
    if len(parts) < 2 or len(line) > 200:
        return False
    credits = 0
    for part in parts:
        if _READ_TIME_RE.fullmatch(part) or (STAMP_DATE_RE.search(part) and is_stamp(part)):
            continue
        if (not _CREDIT_PART_RE.match(part) or len(part.split()) > CREDIT_PART_WORDS
                or part.endswith((".", "!", "?"))):
            return False
        credits += 1
    return credits > 0


_AGENCY_RE = re.compile(r"\((?:[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3}|(?:[\w-]+\.)+[a-z]{2,6})\)")
"""The agency after a dateline's place or the writer (``Jakarta (AFP) – Published on: ...``,
``By RAMESH BHATTARAI (Associated Press)``), or the site's address (``(en.nhandan.vn)``)."""
_ROW_SPLIT_RE = re.compile(r"\s[|·•]\s")
_ROW_LABEL_RE = re.compile(r"[^\d๐-๙.!?|·•:：]{1,40}(?:[:：]\s?[^\d๐-๙.!?|·•:：]{1,20})?")
_FULL_YEAR_RE = re.compile(rf"(?<![0-9๐-๙]){_D}{{4}}(?![0-9๐-๙])")
ROW_LABEL_WORDS = 5


def _is_dated_row(line: str) -> bool:
    """A page's row of two to four parts split by ``|``, ``·`` or ``•``: one a date with
    its year (and maybe a time), the others short labels, the section, the outlet
    (``ข่าวหุ้นต่างประเทศ | Kaohoon International | 2 ธ.ค. 2569``, ``ผู้จัดการออนไลน์ | 1
    ธ.ค. 2569 | ออนไลน์เซ็กชั่น: บันเทิง``); a part holding a number is no label. A table
    row of this shape among other table rows is body again (boilerplate.unflag_table_rows)."""
    parts = [part.strip(" *_") for part in _ROW_SPLIT_RE.split(line.strip(" *_"))]
    if not 2 <= len(parts) <= 4:
        return False
    dated = [part for part in parts if STAMP_DATE_RE.search(part)
             and _FULL_YEAR_RE.search(part)
             and _STAMP_REST_RE.match(_STAMP_PART_RE.sub(" ", part))]
    return len(dated) == 1 and all(
        part in dated or (_ROW_LABEL_RE.fullmatch(part) is not None
                          and len(part.split()) <= ROW_LABEL_WORDS) for part in parts)


def _starts_with_date(line: str) -> bool:
    """The line opens with a date holding its year (after any markup), not followed by
    a colon or a dash: a timeline item (``- 1 ธ.ค. 2569: ศาลพิพากษาลงโทษ``) is text."""
    if line.lstrip().startswith(("-", "–", "—", "•")):
        return False
    text = line.lstrip(" *_|")
    hit = STAMP_DATE_RE.match(text)
    return (hit is not None and bool(re.search(rf"{_D}{{2}}$", hit.group().strip()))
            and not re.match(r"\s*[:：–—-]", text[hit.end():]))
