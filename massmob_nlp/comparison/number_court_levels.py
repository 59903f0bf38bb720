"""The level of a court written as a rank in English and as a name in Thai.

English names the court that tries a case first and the one that hears its appeal by
rank: "the first-instance trial", "a court of first instance", "ruled at first
instance", "the second-instance (appeal) hearing". Thai names each level with no number:
``ชั้นต้น`` (``ศาลชั้นต้น``, ``การพิจารณาคดีชั้นต้น``), ``ชั้นอุทธรณ์`` / ``ศาลอุทธรณ์``
(appeal) and ``ชั้นฎีกา`` / ``ศาลฎีกา`` (the supreme court, a third instance). Legal
news from state media (Vietnamese courts: "sơ thẩm" / "phúc thẩm") writes the English
rank on every trial story; the Thai loses no number. (The reader already takes the
"first" of "first-instance" as vague, a term; this step holds for the ranks it keeps.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import NUMBER_WINDOW, _str
from .number_pairs import Mention, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_EN_INSTANCE_AFTER_RE = re.compile(r"(?i)[\s-]+instance\b")
"""What follows the rank of a court's level: "first-instance", "first instance"."""
_TH_LEVELS = {1: re.compile(r"ชั้นต้น"), 2: re.compile(r"(?:ชั้น|ศาล)อุทธรณ์"),
              3: re.compile(r"(?:ชั้น|ศาล)ฎีกา")}
"""The Thai name of each level: the court of first instance, of appeal, the supreme
court."""


def court_level(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of an English rank of a court's level ("first-instance") whose Thai
    sentence bead, or a neighbouring one, names that level (``ชั้นต้น``); None
    otherwise."""
    end = m.get("end_char")
    value = _num(m.get("value"))
    if u.side != "src" or _str(m["kind"]) != "ordinal" or end is None or end != end or \
            value is None or int(value) not in _TH_LEVELS or value != int(value) or \
            not _EN_INSTANCE_AFTER_RE.match(u.text, int(end)):
        return None
    bead = int(m["bead"])
    for b in sorted(range(bead - NUMBER_WINDOW, bead + NUMBER_WINDOW + 1),
                    key=lambda b: abs(b - bead)):
        hit = _TH_LEVELS[int(value)].search(u.raw.get(("tgt", b), ""))
        if hit is not None:
            return f"the level of a court, named {hit.group()!r}"
    return None
