"""A number written in words across a sentence boundary the translator moved.

Thai has no full stop: a translator may end a sentence earlier or later than the English
does, and the aligner then gives a clause of one English sentence to the Thai sentence
bead before or after it. The numbers of that clause are joined across the two beads by
the neighbouring pass; a number of the same sentence that the other side writes in words
(``The first phase, worth $650 million`` / ``ระยะแรกมูลค่า 650 ล้านดอลลาร์`` in the bead
before) is then looked for in the bead where its neighbour went.
"""

from __future__ import annotations

from .evidence import values_in_text
from .number_pairs import Mention
from .number_unjoined import Unjoined
from .number_unmatched import _written_in


def across_boundary(m: Mention, k: int, u: Unjoined) -> str | None:
    """The value of ``m`` written in words in a neighbouring sentence bead of the other
    side, where a number of its own sentence bead found its partner. The note, or None."""
    bead = int(m["bead"])
    far = "tgt" if u.side == "src" else "src"
    beads = sorted({int(u.others[j]["bead"]) for i, j in u.partners.items()
                    if 0 <= j < len(u.others) and i != k and int(u.ms[i]["bead"]) == bead
                    and abs(int(u.others[j]["bead"]) - bead) == 1})
    for b in beads:
        found = _written_in(m, values_in_text(u.texts.get((far, b), "")))
        if found is not None and not any(ch.isdigit() for ch in found):
            return (f"written as {found!r} in the neighbouring sentence where a number of "
                    "its sentence went, not read as a number")
    return None
