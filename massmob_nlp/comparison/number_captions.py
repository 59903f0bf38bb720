"""A photo caption of one side that the other side's translator moved into the body.

A Thai desk often drops the English page's photo captions and keeps what one says as a
sentence of the body ("Image caption: Isidor has now scored eight goals in 14 league
appearances" / ``อิซิดอร์ทำไปแล้ว 8 ประตูจากการลงเล่นในลีก 14 นัด`` as a paragraph of its
own). The corpus stage flags the caption as boilerplate, so its numbers never reach the
join, and the Thai sentence looks added. A number of a sentence only one side has whose
key a caption line of the other side writes is that caption's figure, moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..numbers import find_numbers
from ..pipeline import Analysis
from .context import _str, boilerplate_texts
from .number_pairs import Mention

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

CAPTION_KIND = "caption"
"""The boilerplate kind of a photo caption (:mod:`massmob_nlp.corpus.article_clutter`)."""


def caption_keys(doc: Analysis) -> frozenset[str]:
    """The keys of the numbers written on ``doc``'s photo-caption lines."""
    return frozenset(str(m.key) for text in boilerplate_texts(doc, CAPTION_KIND)
                     for m in find_numbers(text, doc.lang) if m.key)


def caption_moved(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a number of a sentence the other side lacks whose key a photo caption
    of the other side writes; None otherwise."""
    key = _str(m["key"])
    if key is None or m["bead"] not in u.omitted_beads or key not in u.captions:
        return None
    return "a photo caption's figure of the other side, moved into the body"
