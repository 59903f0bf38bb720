"""A publication stamp whose date and clock time lost the space between them
(``November 29, 20264:52 PM``, ``Dec 2, 202610:05 AM``): a copy of a wire page's
header that glues the year to the hour. Read as the date and the clock time it is,
never as the count ``20264`` and the number ``52``. Run before the date and clock
readers (:func:`massmob_nlp.numbers.table.find_numbers`).
"""

from __future__ import annotations

import re

from . import en
from .base import Scan
from .dates import _add_date
from .times import hours_of

_CLOCK = (r"(?P<y>(?:19|20)[0-9]{2})(?P<h>[0-9]{1,2}):(?P<mi>[0-5][0-9])(?![0-9])"
          r"(?:\s*(?P<ap>[aApP])\.?[mM]\.?(?![A-Za-z]))?")
_GLUED_RES = (re.compile(rf"\b{en.MONTH}\s+(?P<d>[0-9]{{1,2}}),?\s+{_CLOCK}"),
              re.compile(rf"(?<![0-9])(?P<d>[0-9]{{1,2}})\s+{en.MONTH},?\s+{_CLOCK}"))
"""A date with its year, month first (``November 29, 2026``) or day first (``29 Nov
2026``), and, glued to the year, an hour and minutes with an optional a.m./p.m."""

def find_glued_stamps(sc: Scan) -> None:
    """Claim each glued ``<Month> <day>, <year><h>:<mm>`` as a date and a clock time."""
    for m in (m for rx in _GLUED_RES for m in sc.finditer(rx)):
        mon = en.MONTH_NUMBER[m["mon"].lower().rstrip(".")]
        day, year, hour, minute = int(m["d"]), int(m["y"]), int(m["h"]), int(m["mi"])
        ap = m["ap"]
        if (ap and not 1 <= hour <= 12) or hour > 23 or not sc.free(m.start(), m.end()):
            continue
        _add_date(sc, m.start(), m.end("y"), (year, "CE"), mon, day)
        if sc.free(m.start(), m.end("y")):
            continue  # no such day
        hour = hours_of(hour, ap)
        sc.add(m.end("y"), m.end(), "time", value=hour + minute / 60,
               key=f"time:{hour:02d}:{minute:02d}")
