"""Countries, major cities, international bodies and groups with their usual Thai
names (``data/world_names.tsv``, same columns as the gazetteer): the names general news
*translates* rather than transliterates (``Germany`` / เยอรมนี, ``UK`` /
สหราชอาณาจักร or อังกฤษ, ``UN`` / สหประชาชาติ, ``British`` / อังกฤษ).

Used to pair mentions only (:func:`same_place`, :func:`find_thai`); it adds no
mention to the entities table. A Thai name may belong to several rows (อังกฤษ is
both England and the United Kingdom).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from functools import lru_cache
from importlib import resources

from .._text import SPLIT_AM, JoinedAm, join_sara_am
from .gazetteer import Entry, fold, latin_variants, load_gazetteer

WORLD_FILE = "data/world_names.tsv"
SHORT_THAI = 5
"""Thai names shorter than this must start and end on word-token edges (ยิว, โรม)."""

_THAI_LEAD = re.compile("[\u0e40-\u0e44]")
_THAI_FOLLOW = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
_ARTICLE_RE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"\s*['’]s?$")


@lru_cache(maxsize=1)
def world_entries() -> tuple[Entry, ...]:
    """The rows of ``data/world_names.tsv`` (read once)."""
    return load_gazetteer(str(resources.files("massmob_nlp").joinpath(WORLD_FILE)))


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]],
                      dict[str, Entry]]:
    latin: dict[str, set[str]] = {}
    thai: dict[str, set[str]] = {}
    by_id: dict[str, Entry] = {}
    for entry in world_entries():
        by_id[entry.entity_id] = entry
        for variant in latin_variants(entry):
            latin.setdefault(_latin_key(variant), set()).add(entry.entity_id)
        for variant in entry.th_variants:
            thai.setdefault(join_sara_am(unicodedata.normalize("NFC", variant)), set()).add(
                entry.entity_id)
    return ({k: frozenset(v) for k, v in latin.items()},
            {k: frozenset(v) for k, v in thai.items()}, by_id)


def _latin_key(text: str) -> str:
    text = _POSSESSIVE_RE.sub("", _ARTICLE_RE.sub("", text.strip()))
    return re.sub(r"\s+", " ", fold(unicodedata.normalize("NFC", text))).casefold()


@lru_cache(maxsize=8192)
def world_ids(name: str) -> frozenset[str]:
    """Ids of the rows whose English or Thai name is ``name`` (a whole mention; a
    leading ``the`` and a possessive ``'s`` are ignored, Thai ``ประเทศ``/``ชาว``
    prefixes too); empty when none."""
    latin, thai, _ = _index()
    name = join_sara_am(unicodedata.normalize("NFC", name.strip()))  # สํานัก = สำนัก
    if re.search("[\u0e00-\u0e7f]", name):
        for prefix in ("", "ประเทศ", "ชาว", "กรุง", "นคร"):
            if name.startswith(prefix) and name[len(prefix):].strip() in thai:
                return thai[name[len(prefix):].strip()]
        return frozenset()
    return latin.get(_latin_key(name), frozenset())


def latin_names(entity_id: str) -> tuple[str, ...]:
    """The English (and Vietnamese) names of a world-table row; () for other ids."""
    entry = _index()[2].get(entity_id)
    return latin_variants(entry) if entry is not None else ()


CAPITAL_OF: dict[str, str] = {
    f"world.loc.{capital}": f"world.loc.{country}" for capital, country in (
        ("seoul", "south_korea"), ("washington", "united_states"), ("tokyo", "japan"),
        ("beijing", "china"), ("moscow", "russia"), ("pyongyang", "north_korea"),
        ("taipei", "taiwan"), ("hanoi", "vietnam"), ("kyiv", "ukraine"),
        ("tehran", "iran"), ("jerusalem", "israel"), ("delhi", "india"),
        ("jakarta", "indonesia"), ("manila", "philippines"), ("kuala_lumpur", "malaysia"),
        ("ottawa", "canada"), ("paris", "france"), ("berlin", "germany"),
        ("london", "united_kingdom"), ("cairo", "egypt"), ("vientiane", "laos"),
        ("phnom_penh", "cambodia"), ("bangkok", "thailand"))}
"""A capital and its country: news names a government by its capital (``Seoul's
defense ministry``, ``Seoul and Washington held talks``) where a translation often
names the country (กระทรวงกลาโหมเกาหลีใต้, เกาหลีใต้และสหรัฐฯ)."""


def countries_of(ids: Collection[str]) -> frozenset[str]:
    """The country ids of the capitals among world-table ``ids`` (:data:`CAPITAL_OF`)."""
    return frozenset(CAPITAL_OF[i] for i in ids if i in CAPITAL_OF)


def same_place(a: str, b: str) -> bool:
    """Whether two names (any script) name the same row of the world table."""
    ids = world_ids(a)
    return bool(ids) and bool(ids & world_ids(b))


def canonical(entity_id: str) -> str:
    """The English name of a world row."""
    return _index()[2][entity_id].canonical


def find_thai(text: str, ids: Collection[str], *,
              boundaries: Collection[int] | None = None) -> Iterator[tuple[int, int, str]]:
    """``(start, end, entity_id)`` of each Thai name of the rows ``ids`` in NFC
    ``text`` (:func:`find_variants`)."""
    by_id = _index()[2]
    variants = {unicodedata.normalize("NFC", v): i for i in sorted(ids, reverse=True)
                if i in by_id for v in by_id[i].th_variants}
    for start, end, variant in find_variants(text, variants, boundaries=boundaries):
        yield start, end, variants[variant]


def find_variants(text: str, variants: Collection[str], *,
                  boundaries: Collection[int] | None = None
                  ) -> Iterator[tuple[int, int, str]]:
    """``(start, end, variant)`` of each Thai ``variants`` in NFC ``text``, longest
    first, not overlapping, never inside a Thai syllable; variants shorter than
    :data:`SHORT_THAI` must sit on ``boundaries`` (word-token edges) when given.
    ``text`` may write ำ as :data:`~massmob_nlp._text.SPLIT_AM`: offsets stay on it."""
    if SPLIT_AM in text:
        joined = JoinedAm(text)
        bounds = None if boundaries is None else {
            joined.joined(b) for b in boundaries if 0 <= b <= len(text)}
        for start, end, variant in find_variants(joined.text, variants, boundaries=bounds):
            yield joined.given(start), joined.given(end), variant
        return
    taken: list[tuple[int, int]] = []
    for variant in sorted(variants, key=lambda v: (-len(v), v)):
        start = text.find(variant)
        while start >= 0:
            end = start + len(variant)
            if _edges_ok(text, start, end, boundaries) and \
                    not any(start < e and s < end for s, e in taken):
                taken.append((start, end))
                yield start, end, variant
            start = text.find(variant, start + 1)


_CONSONANT = re.compile("[\u0e01-\u0e2c]")  # not อ ฮ: never a final


def _edges_ok(text: str, start: int, end: int, boundaries: Collection[int] | None) -> bool:
    if end < len(text) and _THAI_FOLLOW.match(text[end]):
        return False
    if start > 0 and _THAI_LEAD.match(text[start - 1]):
        return False
    if end - start >= SHORT_THAI or boundaries is None:
        return True
    return start in boundaries and (end in boundaries or _dangling(text, end, boundaries))


def _dangling(text: str, end: int, boundaries: Collection[int]) -> bool:
    """Whether ``end`` is one letter past a word edge followed by two consonants and
    a vowel: the segmenter gave the final consonant of a short name to the next word
    (โล|กราว for โลก ราว, *the Earth about*)."""
    return end - 1 in boundaries and end + 1 <= len(text) and \
        bool(_CONSONANT.match(text, end - 1)) and bool(_CONSONANT.match(text, end)) and \
        end + 1 < len(text) and not _CONSONANT.match(text, end + 1)


GENERIC_WORDS: frozenset[str] = frozenset({
    "river", "rivers", "lake", "sea", "ocean", "island", "islands", "mountain",
    "mountains", "mount", "valley", "bay", "gulf", "delta", "peninsula", "desert",
    "forest",
    "coast", "strait", "canal", "street", "road", "avenue", "square", "bridge",
    "park", "garden", "gardens", "palace", "castle", "church", "cathedral", "abbey",
    "temple", "tower", "museum", "gallery", "library", "university", "college",
    "school", "institute", "academy", "hospital", "airport", "station", "stadium",
    "hotel", "company", "corporation", "group", "bank", "party", "council",
    "committee", "commission", "ministry", "department", "agency", "office",
    "association", "union", "society", "foundation", "federation", "league", "club",
    "team", "army", "navy", "force", "forces", "court", "province", "state",
    "county", "city", "town", "village", "district", "region", "empire", "kingdom",
    "republic", "dynasty", "war", "battle", "revolution", "treaty", "agreement",
    "festival", "award", "awards", "prize", "cup", "games", "championship", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "upper", "lower", "great", "old", "national", "international",
    "royal", "federal", "of", "the", "and", "for", "in", "on", "at", "de", "la",
    "le", "du", "des", "del", "von", "van", "prince", "princess", "king", "queen",
    "duke", "duchess", "lord", "lady", "sir", "emperor", "empress", "pope",
    "president", "general", "mr", "mrs", "ms", "dr", "pro", "anti"})
"""English words a translation puts into Thai words (``Potomac River`` /
แม่น้ำโปโตแมค, ``Glasgow School of Art`` / วิทยาลัยศิลปะกลาสโกว์): :func:`name_core`
drops them to leave the part Thai transliterates."""


def name_core(name: str) -> str:
    """``name`` without :data:`GENERIC_WORDS` (``Potomac River`` → ``Potomac``,
    ``Glasgow School of Art`` → ``Glasgow Art``, ``North-West India`` → ``India``);
    ``""`` when nothing or everything is left out (the name is all generic words, or
    has none)."""
    words = re.split(r"[\s\-–]+", name.strip())
    kept = [w for w in words if w.casefold().strip(".,'’") not in GENERIC_WORDS
            and not _ROMAN_RE.fullmatch(w)]
    return " ".join(kept) if kept and len(kept) < len(words) else ""


_ROMAN_RE = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})\.?|(?:\d+(?:st|nd|rd|th))")
"""A regnal number or ordinal after a name (Paul VI → พอลที่หก, Henry 8th)."""
_DEMONYM_RE = re.compile(r"(?<=[a-z]{3})(?:(?<=ia)ns?|(?<=a)ns?|ites?)$")


_GLUED_BANK_RE = re.compile(r"([A-Z][a-z]{3,})bank")


def unglued_bank(name: str) -> str | None:
    """``Kasikornbank`` as ``Kasikorn Bank`` (a brand with ``bank`` glued on); None for
    other names."""
    glued = _GLUED_BANK_RE.fullmatch(name.strip())
    return f"{glued.group(1)} Bank" if glued else None


def core_names(name: str, *, words: bool = True) -> list[str]:
    """What to look for in a translation of ``name``, best first: the name, its
    :func:`name_core`, a place for a people (``Moravian`` → ``Moravia``,
    ``Canaanite`` → ``Canaan``), then, when ``words`` (not for people: another person
    may share a given name), each capitalised word of a name of several words
    (``Glasgow School of Art`` → ``Glasgow Art``, ``Glasgow``, ``Art``). A one-word
    brand with ``bank`` glued on (``Kasikornbank``, ``Vietcombank``) is also looked
    for as two words: a translation writes ธนาคาร and the name (ธนาคารกสิกรไทย)."""
    core = name_core(name)
    place = _DEMONYM_RE.sub("", name) if " " not in name.strip() else ""
    place = unglued_bank(name) or place
    parts = re.split(r"[\s\-–]+", core or name.strip())
    single = [w for w in parts if w[:1].isupper() and len(w) > 2] \
        if words and len(parts) > 1 else []
    return list(dict.fromkeys(n for n in (name, core, place, *single) if n))
