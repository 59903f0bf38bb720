"""What the explanation steps of :mod:`.number_explained` read about one side: the
:class:`Unjoined` facts and the :data:`Step` signature. A module of its own so that each
step module imports it without importing the registry that lists the steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .number_pairs import Mention


@dataclass(frozen=True)
class Unjoined:
    """What the steps read about one side: its mentions ``ms`` (``taken``: the indices
    joined or explained before the steps), the other side's ``others``, the side's text,
    the sentence-bead texts of both sides with the joined numbers blanked (``texts``) and
    not (``raw``), the headline paragraph ids of both sides (``heads``), the page's dates
    (``stamps``) and stamped clock times (``clocks``) of the other side, the years of
    both pages (``now``), each joined mention's partner index, both sides' paragraph
    texts by id, its summary paragraphs, the indices joined, kept or changed
    (``joined``), the keys kept (``joined_keys``, and by paragraph bead ``kept_keys``),
    the sentence beads the translator left out and the keys of the other side's photo
    captions (``captions``)."""

    side: str
    ms: list[Mention]
    others: list[Mention]
    taken: set[int]
    text: str
    texts: dict[tuple[str, int], str]
    raw: dict[tuple[str, int], str]
    heads: dict[str, set[int]]
    stamps: list[tuple[int | None, int, int]]
    clocks: set[str]
    now: set[int]
    partners: dict[int, int]
    paras: dict[str, dict[int, str]]
    summaries: set[int]
    joined: set[int]
    joined_keys: set[str | None]
    kept_keys: set[tuple[int, str | None]]
    omitted_beads: set[int]
    captions: frozenset[str] = frozenset()


Step = Callable[[Mention, int, Unjoined], "str | None"]
