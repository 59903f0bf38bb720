"""Scores of the (source, target) mention pairs the entity comparison may pair: the
entity table's matches, a person named in full on one side and by one name on the
other, and legal documents by their number."""

from __future__ import annotations

from typing import Any

from .._text import THAI_RE
from .context import _str
from .entity_laws import _bare_law_scores

LATIN_COPY_MIN_SCORE = 0.85
"""Least name score of a source name and a target name both in Latin script: a
translation that keeps a name in Latin copies it (case and diacritics aside), so two
names that only share letters (``Vietcombank`` / ``Techcombank``) are not paired."""


def _entity_scores(src: list[dict[str, Any]], tgt: list[dict[str, Any]]
                   ) -> dict[tuple[int, int], float]:
    """Score (0..1, higher is better) of each (src position, tgt position) pair that
    :func:`massmob_nlp.entities.match_entities` accepts (id, code or name)."""
    if not src or not tgt:
        return {}
    from ..entities.table import match_pairs

    cols = ("text", "label", "entity_id")
    pairs = match_pairs([tuple(m[c] for c in cols) for m in src],
                        [tuple(m[c] for c in cols) for m in tgt])
    out: dict[tuple[int, int], float] = {}
    for i, j, text_a, text_b, *_, method, score in pairs:
        if method == "name" and float(score) < LATIN_COPY_MIN_SCORE and \
                not THAI_RE.search(str(text_a)) and not THAI_RE.search(str(text_b)):
            continue  # Vietcombank is no copy of Techcombank
        key = (int(i), int(j))
        out[key] = max(out.get(key, 0.0), float(score))
    _surname_scores(src, tgt, out)
    _bare_law_scores(src, tgt, out)
    return out


SURNAME_FACTOR = 0.9
"""A person named by the surname on one side and in full on the other scores this
times the surname's score (a full pair ranks first)."""


def _surname_scores(src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                    out: dict[tuple[int, int], float]) -> None:
    """Add to ``out`` the person pairs where the English gives the full name and the
    Thai only the surname (``Max Verstappen`` / เฟอร์สแตปเปน: a translation, or a
    recognizer, drops the given name), scored on the last word of the English name
    (not the other way: a Thai span of several words may run a place into the name,
    เอเธนส์ อุลริช). A surname of fewer than
    :data:`~massmob_nlp.entities.thai_search.SEARCH_MIN_CONSONANTS` + 1 consonant
    classes (``Lee``, ``Ng``) is never enough."""
    from ..entities.similarity import similarity_above
    from ..entities.sound_keys import consonants, sound_key
    from ..entities.table import MIN_MATCH_SCORE
    from ..entities.thai_search import SEARCH_MIN_CONSONANTS

    def words(m: dict[str, Any]) -> list[str]:
        return (_str(m.get("text")) or "").split()

    for i, s in enumerate(src):
        if _str(s.get("label")) != "PERSON" or THAI_RE.search(_str(s.get("text")) or ""):
            continue
        latin = words(s)
        for j, t in enumerate(tgt):
            thai = words(t)
            if (i, j) in out or _str(t.get("label")) != "PERSON" or len(thai) != 1 or \
                    len(latin) < 2:
                continue  # not a Thai span of several words: it may run into a place
            name, other = latin[-1], thai[0]
            if consonants(sound_key(name)) <= SEARCH_MIN_CONSONANTS:
                continue
            score = similarity_above(name, other, MIN_MATCH_SCORE)
            if score is not None:
                out[(i, j)] = SURNAME_FACTOR * score
    _given_name_scores(src, tgt, out)
    _first_names_scores(src, tgt, out)


def _given_name_scores(src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                       out: dict[tuple[int, int], float]) -> None:
    """Add to ``out`` the pairs of an English person named by one word, the given name
    as English news calls a Thai (``Kunlavut``), and a Thai person span of two words
    holding it first (given name and surname: กุลวุฒิ วิทิตศานต์) or last (nickname
    and given name: วิว กุลวุฒิ), scored on that word; a name of fewer than
    :data:`~massmob_nlp.entities.thai_search.SEARCH_MIN_CONSONANTS` + 1 consonant
    classes is never enough."""
    from ..entities.similarity import similarity_above
    from ..entities.sound_keys import consonants, sound_key
    from ..entities.table import MIN_MATCH_SCORE
    from ..entities.thai_search import SEARCH_MIN_CONSONANTS

    for i, s in enumerate(src):
        name = (_str(s.get("text")) or "").strip()
        if _str(s.get("label")) != "PERSON" or " " in name or THAI_RE.search(name) or \
                consonants(sound_key(name)) <= SEARCH_MIN_CONSONANTS:
            continue
        for j, t in enumerate(tgt):
            thai = (_str(t.get("text")) or "").replace('"', " ").split()
            if (i, j) in out or _str(t.get("label")) != "PERSON" or len(thai) != 2:
                continue
            best = max((similarity_above(name, w, MIN_MATCH_SCORE) or 0.0) for w in thai)
            if best:
                out[(i, j)] = SURNAME_FACTOR * best


def _first_names_scores(src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                        out: dict[tuple[int, int], float]) -> None:
    """Add to ``out`` the pairs of an English person named by two words or more and a
    Thai person of one word more (after its titles) whose first words render them:
    the Thai gives the name in full where the English leaves off the last part, the
    father's name of a Malay name (``Abang Johari`` / ตันสรี อาบัง โจฮารี โอเปง) or a
    surname; scored on those words times :data:`SURNAME_FACTOR`."""
    from ..entities.similarity import _TITLE_RE, similarity_above
    from ..entities.table import MIN_MATCH_SCORE

    for i, s in enumerate(src):
        latin = (_str(s.get("text")) or "").split()
        if _str(s.get("label")) != "PERSON" or len(latin) < 2 or \
                THAI_RE.search(" ".join(latin)):
            continue
        for j, t in enumerate(tgt):
            thai = _TITLE_RE.sub("", (_str(t.get("text")) or "").strip()).split()
            if (i, j) in out or _str(t.get("label")) != "PERSON" or \
                    len(thai) != len(latin) + 1:
                continue
            score = similarity_above(" ".join(latin), " ".join(thai[:-1]), MIN_MATCH_SCORE)
            if score is not None:
                out[(i, j)] = SURNAME_FACTOR * score
