"""A clock time of the other side's page stamps, written into a sentence.

A live blog stamps each entry with its time on a line of its own (``17:05``), which the
corpus stage flags as boilerplate of kind ``date`` and the join never reads; the page's
dated line carries the time of the last update (``December 2, 2026 | 05:05 pm``).
A translation that tells the entries as one story writes those times into its
sentences (``ล่าสุดเมื่อเวลา 17.05 น.``, "latest, at 17.05"): such a time, left without
a partner, is the other side's stamp, not an added or a lost one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..numbers import find_numbers
from ..pipeline import Analysis
from .context import _str, boilerplate_texts
from .number_page_dates import STAMP_KIND


def stamp_times(doc: Analysis) -> set[str]:
    """The keys (``time:17:05``) of every clock time on ``doc``'s stamp lines."""
    out = set()
    for text in boilerplate_texts(doc, STAMP_KIND):
        out |= {str(m.key) for m in find_numbers(text, doc.lang) if m.kind == "time"}
    return out


THAI_UTC_MINUTES = 420
"""Thai time (UTC+7), in which a Thai page stamps its entries."""


def stamp_time_of(m: Mapping[str, Any], stamps: set[str]) -> bool:
    """Whether the unpartnered time ``m`` is one of the other side's stamp times, also
    once a foreign zone written after it is converted to Thai time (``07:05PM
    (Singapore time)`` / a Thai stamp ``18:05 น.``)."""
    if _str(m.get("kind")) != "time":
        return False
    if _str(m.get("key")) in stamps:
        return True
    utc, offset = m.get("utc_minute"), m.get("zone_offset")
    if utc is None or offset is None or offset == THAI_UTC_MINUTES:
        return False
    thai = (int(utc) + THAI_UTC_MINUTES) % (24 * 60)
    return f"time:{thai // 60:02d}:{thai % 60:02d}" in stamps
