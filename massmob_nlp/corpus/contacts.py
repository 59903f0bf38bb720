"""Who publishes and whom to call: a publisher's licence and address lines, and a
press release's contact block. Both differ between editions of one story (the Thai
edition names its own office, the local PR agency and its phone numbers), so they are
boilerplate, in every language.

* A publisher line (kind ``footer``): a hotline (``Disaster hotline: 0258 3822 198 -
  0905 157 757``), a press licence (``Licence No. 99/GP-BTTTT``,
  ``Giấy phép số 12/GP-BTTTT``: Vietnamese outlets print theirs in every edition), or an
  office address with a phone/fax/hotline (``Office: 399 Nguyen Thi Minh Khai, HCMC.
  Tel: (028) 3929 5555``; ``Ministry of Culture, 12 Main Road, Hanoi 100000 | Tel. 024
  3943 9999``).
* A contact block (kind ``footer``): a line opening it (``For media enquiries, please
  contact:``, ``Media contact:``, ``สอบถามข้อมูลเพิ่มเติม ติดต่อ:``) and the short lines
  under it (name, job, company, phone, e-mail), up to a line of prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

PUBLISHER_LINE_CHARS = 300
"""A publisher's licence/address line is at most this long."""
CONTACT_LINE_CHARS = 80
"""A line of a contact block (a name, a job, a phone number) is at most this long."""
CONTACT_BLOCK_LINES = 8
"""A contact block has at most this many lines under its opening line."""

_LICENCE_RE = re.compile(
    r"(?<![\w/])\d{1,4}/GP-[A-ZĐ]{2,}|\b(?:licen[cs]e|permit)\s+no\.?\s*:?\s*\d|"
    r"giấy\s+phép\s+(?:số|xuất\s+bản)|ใบอนุญาต(?:เลขที่|ที่)\s*\d", re.IGNORECASE)
_ADDRESS_LABEL_RE = re.compile(
    r"\b(?:address|head\s+office|editorial\s+office|office|headquarters)\s*[:：]|"
    r"(?:địa\s+chỉ|tòa\s+soạn|toà\s+soạn|trụ\s+sở)\s*(?:chính\s*)?[:：]", re.IGNORECASE)
_ADDRESS_WORD_RE = re.compile(
    r"\b(?:road|rd\.|street|st\.|avenue|ave\.|soi|building|bldg\.|floor|ward|district|"
    r"lane|alley|boulevard|blvd\.|tower|plaza)\b|\b(?:đường|phường|quận|phố|tầng)\b",
    re.IGNORECASE)
_PHONE_RE = re.compile(
    r"\b(?:tel|telephone|phone|fax|hotline|mobile|điện\s+thoại|đt|đường\s+dây\s+nóng)"
    r"\.?\s*[:：]?\s*\(?\+?\d[\d ().-]{6,}", re.IGNORECASE)
_POSTCODE_RE = re.compile(r"(?<![\d.,])\d{5,6}(?![\d.,])")
_PHONE_NUMBER = r"\(?\+?\d[\d ().-]{6,}\d"
_HOTLINE_RE = re.compile(
    rf"^[^\d]{{0,80}}\b(?:hotline|tel|telephone|phone|fax|đường\s+dây\s+nóng|đt|สายด่วน|"
    rf"โทร(?:ศัพท์|สาร)?|แฟกซ์)\.?\s*[:：]?\s*{_PHONE_NUMBER}(?:\s*[-–,/;|]\s*"
    rf"(?:(?:fax|tel|แฟกซ์|โทร(?:ศัพท์|สาร)?)\.?\s*[:：]?\s*)?{_PHONE_NUMBER})*$",
    re.IGNORECASE)


def is_publisher_line(line: str) -> bool:
    """A press licence line, or an office address with a phone number (an address
    label or an address word and a postcode), in English, Vietnamese or Thai.

    Examples:
        >>> is_publisher_line("Licence No. 12/GP-BTTTT dated 01/02/2024.")
        True
        >>> is_publisher_line("Culture Office, 12 Main Road, Hanoi 100000 | Tel. 024 3943 9999")
        True
        >>> is_publisher_line("The new road cost 12 billion dong, officials said on Tuesday.")
        False
    """
    if len(line) > PUBLISHER_LINE_CHARS:
        return False
    if _LICENCE_RE.search(line) or _HOTLINE_RE.match(line):
        return True
    if not _PHONE_RE.search(line):
        return False
    return bool(_ADDRESS_LABEL_RE.search(line)) or (
        bool(_ADDRESS_WORD_RE.search(line)) and bool(_POSTCODE_RE.search(line)))


_CONTACT_OPENER_RE = re.compile(
    r"^(?:for\s+(?:media|press|further|more)\s+(?:enquiries|inquiries|information)|"
    r"media\s+(?:contacts?|enquiries|inquiries|relations)|press\s+(?:contacts?|office|"
    r"enquiries|inquiries)|contacts?(?=\s*[:：])|(?:สอบถาม(?:ข้อมูล)?(?:เพิ่มเติม)?|ติดต่อ(?:สอบถาม)?)"
    r"(?:สื่อมวลชน|ประชาสัมพันธ์)?|liên\s+hệ(?:\s+báo\s+chí)?)"
    r"(?:[\s,]+(?:please\s+)?(?:contact|ติดต่อ)(?:\s*:)?)?\s*[:：]?$", re.IGNORECASE)
_PROSE_END_RE = re.compile(r"[.!?…]$")


def flag_contact_blocks(texts: Sequence[str], kinds: list[str | None]) -> None:
    """Flag, in place, a press release's contact block as ``footer``: its opening line
    (not already flagged: a menu's ``Contact`` item opens no block) and up to
    :data:`CONTACT_BLOCK_LINES` short lines under it (a sentence ends it)."""
    for i, text in enumerate(texts):
        if kinds[i] is not None or not _CONTACT_OPENER_RE.match(text.strip()):
            continue  # a "Contact" item of the site's menu opens no block
        kinds[i] = "footer"
        for j in range(i + 1, min(len(texts), i + 1 + CONTACT_BLOCK_LINES)):
            line = texts[j].strip()
            if len(line) > CONTACT_LINE_CHARS or (
                    _PROSE_END_RE.search(line) and "@" not in line and len(line.split()) > 4):
                break
            kinds[j] = kinds[j] or "footer"
