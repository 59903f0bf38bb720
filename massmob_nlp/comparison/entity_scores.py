"""Scores of the (source, target) mention pairs the entity comparison may pair: the
entity table's matches, a person named in full on one side and by one name on the
other, and legal documents by their number. Each pair is scored when the comparison
first asks for it (:class:`_Scores`): it asks for about one pair in eight (the pairs
of one bead or of nearby beads, then the pairs still unpaired)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._text import THAI_RE
from .context import _str
from .entity_laws import _bare_law_score

LATIN_COPY_MIN_SCORE = 0.85
"""Least name score of a source name and a target name both in Latin script: a
translation that keeps a name in Latin copies it (case and diacritics aside), so two
names that only share letters (``Vietcombank`` / ``Techcombank``) are not paired."""

Mention = dict[str, Any]


class _Scores(dict[tuple[int, int], float]):
    """Score (0..1, higher is better) of each (src position, tgt position) pair that
    :func:`massmob_nlp.entities.match_entities` accepts (id, code or name), or that a
    person's surname, given name or first names (:func:`_surname_score`,
    :func:`_given_name_score`, :func:`_first_names_score`) or a law's bare number
    (:func:`~.entity_laws._bare_law_score`) pairs, first match in that order. A pair
    is scored when first asked (``in``, ``[]``) and kept; a pair set (``[] =``) keeps
    the score given. Only those two questions are answered: the pairs held so far
    (``len``, iteration) are the ones asked."""

    def __init__(self, src: list[Mention], tgt: list[Mention]) -> None:
        super().__init__()
        self.src, self.tgt = src, tgt
        self._none: set[tuple[int, int]] = set()
        self._views: dict[tuple[str, int], Any] = {}
        self._seen: dict[tuple[str, str], float | None] = {}  # a repeated name: once

    def __contains__(self, key: object) -> bool:
        if dict.__contains__(self, key):
            return True
        if key in self._none or not isinstance(key, tuple):
            return False
        score = self._score(*key)
        if score is None:
            self._none.add(key)
            return False
        dict.__setitem__(self, key, score)
        return True

    def __getitem__(self, key: tuple[int, int]) -> float:
        if key not in self:
            raise KeyError(key)
        return dict.__getitem__(self, key)

    def __setitem__(self, key: tuple[int, int], value: float) -> None:
        self._none.discard(key)
        dict.__setitem__(self, key, value)

    def _view(self, side: str, k: int) -> Any:
        from ..entities.table import match_view

        view = self._views.get((side, k))
        if view is None:
            m = (self.src if side == "src" else self.tgt)[k]
            view = self._views[(side, k)] = match_view(m["text"], m["label"],
                                                       m["entity_id"])
        return view

    def _score(self, i: int, j: int) -> float | None:
        from ..entities.table import match_row

        row = match_row(self._view("src", i), self._view("tgt", j), self._seen)
        if row is not None:
            text_a, text_b, *_, method, score = row
            if not (method == "name" and float(score) < LATIN_COPY_MIN_SCORE and
                    not THAI_RE.search(str(text_a)) and not THAI_RE.search(str(text_b))):
                return float(score)  # else Vietcombank is no copy of Techcombank
        s, t = self.src[i], self.tgt[j]
        for rule in _PERSON_RULES:
            if (score := rule(s, t)) is not None:
                return score
        return _bare_law_score(s, t)


def _entity_scores(src: list[Mention], tgt: list[Mention]) -> _Scores:
    """The scores of the pairs of ``src`` and ``tgt`` positions (:class:`_Scores`:
    each computed when asked)."""
    return _Scores(src, tgt)


SURNAME_FACTOR = 0.9
"""A person named by the surname on one side and in full on the other scores this
times the surname's score (a full pair ranks first)."""


def _surname_score(s: Mention, t: Mention) -> float | None:
    """A person whom the English gives in full and the Thai only by the surname
    (``Max Verstappen`` / เฟอร์สแตปเปน: a translation, or a recognizer, drops the given
    name), scored on the last word of the English name (not the other way: a Thai
    span of several words may run a place into the name, เอเธนส์ อุลริช). A surname of
    fewer than :data:`~massmob_nlp.entities.thai_search.SEARCH_MIN_CONSONANTS` + 1
    consonant classes (``Lee``, ``Ng``) is never enough."""
    from ..entities.similarity import similarity_above
    from ..entities.sound_keys import consonants, sound_key
    from ..entities.table import MIN_MATCH_SCORE
    from ..entities.thai_search import SEARCH_MIN_CONSONANTS

    if _str(s.get("label")) != "PERSON" or THAI_RE.search(_str(s.get("text")) or "") or \
            _str(t.get("label")) != "PERSON":
        return None
    latin, thai = (_str(s.get("text")) or "").split(), (_str(t.get("text")) or "").split()
    if len(thai) != 1 or len(latin) < 2:
        return None  # not a Thai span of several words: it may run into a place
    if consonants(sound_key(latin[-1])) <= SEARCH_MIN_CONSONANTS:
        return None
    score = similarity_above(latin[-1], thai[0], MIN_MATCH_SCORE)
    return None if score is None else SURNAME_FACTOR * score


def _given_name_score(s: Mention, t: Mention) -> float | None:
    """An English person named by one word, the given name as English news calls a
    Thai (``Kunlavut``), and a Thai person span of two words holding it first (given
    name and surname: กุลวุฒิ วิทิตศานต์) or last (nickname and given name: วิว
    กุลวุฒิ), scored on that word; a name of fewer than
    :data:`~massmob_nlp.entities.thai_search.SEARCH_MIN_CONSONANTS` + 1 consonant
    classes is never enough."""
    from ..entities.similarity import similarity_above
    from ..entities.sound_keys import consonants, sound_key
    from ..entities.table import MIN_MATCH_SCORE
    from ..entities.thai_search import SEARCH_MIN_CONSONANTS

    name = (_str(s.get("text")) or "").strip()
    if _str(s.get("label")) != "PERSON" or " " in name or THAI_RE.search(name) or \
            _str(t.get("label")) != "PERSON":
        return None
    thai = (_str(t.get("text")) or "").replace('"', " ").split()
    if len(thai) != 2 or consonants(sound_key(name)) <= SEARCH_MIN_CONSONANTS:
        return None
    best = max((similarity_above(name, w, MIN_MATCH_SCORE) or 0.0) for w in thai)
    return SURNAME_FACTOR * best if best else None


def _first_names_score(s: Mention, t: Mention) -> float | None:
    """An English person named by two words or more and a Thai person of one word more
    (after its titles) whose first words render them: the Thai gives the name in full
    where the English leaves off the last part, the father's name of a Malay name
    (``Abang Johari`` / ตันสรี อาบัง โจฮารี โอเปง) or a surname; scored on those words
    times :data:`SURNAME_FACTOR`."""
    from ..entities.similarity import _TITLE_RE, similarity_above
    from ..entities.table import MIN_MATCH_SCORE

    latin = (_str(s.get("text")) or "").split()
    if _str(s.get("label")) != "PERSON" or len(latin) < 2 or \
            THAI_RE.search(" ".join(latin)) or _str(t.get("label")) != "PERSON":
        return None
    thai = _TITLE_RE.sub("", (_str(t.get("text")) or "").strip()).split()
    if len(thai) != len(latin) + 1:
        return None
    score = similarity_above(" ".join(latin), " ".join(thai[:-1]), MIN_MATCH_SCORE)
    return None if score is None else SURNAME_FACTOR * score


_PERSON_RULES: tuple[Callable[[Mention, Mention], float | None], ...] = (
    _surname_score, _given_name_score, _first_names_score)


def _fill(src: list[Mention], tgt: list[Mention], out: dict[tuple[int, int], float],
          rule: Callable[[Mention, Mention], float | None]) -> None:
    for i, s in enumerate(src):
        for j, t in enumerate(tgt):
            if (i, j) not in out and (score := rule(s, t)) is not None:
                out[(i, j)] = score


def _surname_scores(src: list[Mention], tgt: list[Mention],
                    out: dict[tuple[int, int], float]) -> None:
    """Add to ``out`` every pair not in it that :func:`_surname_score`, then
    :func:`_given_name_score`, then :func:`_first_names_score` scores."""
    _fill(src, tgt, out, _surname_score)
    _given_name_scores(src, tgt, out)
    _first_names_scores(src, tgt, out)


def _given_name_scores(src: list[Mention], tgt: list[Mention],
                       out: dict[tuple[int, int], float]) -> None:
    """Add to ``out`` every pair not in it that :func:`_given_name_score` scores."""
    _fill(src, tgt, out, _given_name_score)


def _first_names_scores(src: list[Mention], tgt: list[Mention],
                        out: dict[tuple[int, int], float]) -> None:
    """Add to ``out`` every pair not in it that :func:`_first_names_score` scores."""
    _fill(src, tgt, out, _first_names_score)
