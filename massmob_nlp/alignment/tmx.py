"""TMX 1.4b export and import of an :class:`~massmob_nlp.alignment.result.Alignment`.

TMX (Translation Memory eXchange) is what OmegaT, Trados, memoQ and Okapi import as a
translation memory. :func:`alignment_to_tmx` writes one ``<tu>`` per bead whose two
sides both hold text, with ``<tuv xml:lang="en">`` / ``<tuv xml:lang="th">`` (the
alignment's languages, detected when it does not know them) and a ``<header>`` naming
the tool, its version, ``datatype="plaintext"``, ``segtype`` (``paragraph`` or
``sentence``), ``adminlang``, ``srclang``, ``o-tmf`` and ``creationdate``
(``YYYYMMDDThhmmssZ``, UTC).

Decisions:

* **1-0 and 0-1 beads** (a source unit left untranslated, a target unit added) are not
  translation pairs, and a memory that holds them would offer an empty or unrelated
  translation, so they are left out by default. ``keep_unpaired=True`` writes them as
  a ``<tu>`` with a single ``<tuv>`` (valid TMX: a ``<tu>`` holds one or more
  ``<tuv>``) so that :func:`read_tmx` restores the whole alignment.
* **What a bead was**: each ``<tu>`` carries ``<prop type="x-massmob-kind">`` (``2-1``),
  ``x-massmob-score`` and, per side, the unit ids and character lengths of the merged
  units (``x-massmob-src-ids`` = ``"3 4"``, ``x-massmob-src-lengths`` = ``"41 37"``).
  The ``<seg>`` holds the units joined by one space (as ``Alignment.to_frame()``), and
  the lengths split it back into units. Files from other tools have no such props:
  each ``<seg>`` is then one unit, numbered in order.
* **Escaping**: ElementTree escapes ``&``, ``<``, ``>`` and quotes. Characters XML 1.0
  cannot carry (C0 controls but tab and newlines) become U+FFFD.
* **XML safety**: input is parsed with :mod:`xml.etree.ElementTree` only after an expat
  pass that rejects any ``<!ENTITY>`` declaration and any internal DTD subset
  (``<!DOCTYPE tmx [...]>``) with ``[E071]``: no billion-laughs expansion, no external
  entity reads local files. A bare ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">`` (as OmegaT and
  Trados write) is accepted: expat never fetches it.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol
from xml.parsers import expat

from ..errors import Errors
from .dp import Bead
from .features import detect


class Alignment(Protocol):
    """What the writer reads of a :class:`~massmob_nlp.Alignment` (a protocol, so this
    module does not import the one that calls it)."""

    @property
    def beads(self) -> tuple[Bead, ...]: ...

    @property
    def level(self) -> str: ...

    @property
    def method(self) -> str: ...

    @property
    def src_units(self) -> tuple[tuple[int, str], ...]: ...

    @property
    def tgt_units(self) -> tuple[tuple[int, str], ...]: ...

    @property
    def src_lang(self) -> str | None: ...

    @property
    def tgt_lang(self) -> str | None: ...


__all__ = ["TmxContent", "alignment_to_tmx", "read_tmx", "xml_safe"]

TMX_VERSION = "1.4"
CREATION_TOOL = "massmob_nlp"
ADMIN_LANG = "en"
DATATYPE = "plaintext"
O_TMF = "massmob_nlp"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
"""TMX's ``creationdate`` format (ISO 8601 basic, UTC)."""
JOINER = " "
"""Between the units of a merged bead's side (as :meth:`Alignment.to_frame`)."""
FOREIGN_METHOD = "tmx"
"""``Alignment.method`` of a file that does not say which method aligned it."""
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PROP_KIND, PROP_SCORE, PROP_METHOD = "x-massmob-kind", "x-massmob-score", "x-massmob-method"
SEGTYPES = {"paragraph": "paragraph", "block": "paragraph", "sentence": "sentence",
            "phrase": "sentence"}
"""TMX ``segtype`` → alignment level."""
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"


@dataclass(frozen=True)
class TmxContent:
    """What :func:`read_tmx` found: the parts of an ``Alignment``."""

    beads: tuple[Bead, ...]
    level: str
    src_units: tuple[tuple[int, str], ...]
    tgt_units: tuple[tuple[int, str], ...]
    method: str
    src_lang: str
    tgt_lang: str


# --------------------------------------------------------------------------- write

def alignment_to_tmx(alignment: Alignment, *, src_lang: str | None = None,
                     tgt_lang: str | None = None, keep_unpaired: bool = False,
                     created: datetime | None = None) -> str:
    """The TMX 1.4b document of ``alignment`` (see the module docstring)."""
    src, tgt = dict(alignment.src_units), dict(alignment.tgt_units)
    s_lang = src_lang or alignment.src_lang or detect(list(src.values()))
    t_lang = tgt_lang or alignment.tgt_lang or detect(list(tgt.values()))
    root = ET.Element("tmx", version=TMX_VERSION)
    root.append(_header(alignment, s_lang, created))
    body = ET.SubElement(root, "body")
    for k, bead in enumerate(alignment.beads):
        sides = (([src[i] for i in bead.src_ids], s_lang, "src", bead.src_ids),
                 ([tgt[j] for j in bead.tgt_ids], t_lang, "tgt", bead.tgt_ids))
        kept = [s for s in sides if JOINER.join(s[0]).strip()]
        if len(kept) == 2 or (kept and keep_unpaired):
            body.append(_tu(k, bead, kept))
    ET.indent(root)
    return _DECLARATION + ET.tostring(root, encoding="unicode") + "\n"


def _header(alignment: Alignment, s_lang: str, created: datetime | None) -> ET.Element:
    import massmob_nlp

    when = created or datetime.now(timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    header = ET.Element("header", {
        "creationtool": CREATION_TOOL, "creationtoolversion": massmob_nlp.__version__,
        "datatype": DATATYPE, "segtype": alignment.level, "adminlang": ADMIN_LANG,
        "srclang": s_lang, "o-tmf": O_TMF,
        "creationdate": when.astimezone(timezone.utc).strftime(DATE_FORMAT)})
    _prop(header, PROP_METHOD, alignment.method)
    return header


def _tu(bead_id: int, bead: Bead,
        sides: list[tuple[list[str], str, str, tuple[int, ...]]]) -> ET.Element:
    tu = ET.Element("tu", tuid=str(bead_id))
    _prop(tu, PROP_KIND, bead.kind)
    _prop(tu, PROP_SCORE, repr(float(bead.score)))
    texts = []
    for parts, _, side, ids in sides:
        clean = [xml_safe(p) for p in parts]
        _prop(tu, f"x-massmob-{side}-ids", " ".join(map(str, ids)))
        _prop(tu, f"x-massmob-{side}-lengths", " ".join(str(len(p)) for p in clean))
        texts.append(JOINER.join(clean))
    for (_, lang, _, _), text in zip(sides, texts, strict=True):  # props first
        tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
        ET.SubElement(tuv, "seg").text = text
    return tu


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot carry replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _prop(parent: ET.Element, kind: str, value: str) -> None:
    ET.SubElement(parent, "prop", type=kind).text = value


# ---------------------------------------------------------------------------- read

class _Refused(Exception):
    """Raised inside the expat pre-pass; becomes ``[E071]``."""


def read_tmx(source: str | Path | bytes) -> TmxContent:
    """Read a TMX document: a path, or the document itself as ``str``/``bytes``.

    Raises ``[E071]`` for entity declarations or an internal DTD subset, ``[E070]`` for
    anything that is not well-formed TMX, ``[E002]`` for a missing file.
    """
    data, what = _load(source)
    _refuse_declarations(data, what)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise ValueError(Errors.E070.format(what=what, reason=e)) from None
    header, body = root.find("header"), root.find("body")
    if root.tag != "tmx" or header is None or body is None:
        raise ValueError(Errors.E070.format(
            what=what, reason=f"the root is <{root.tag}> without <header> and <body>"))
    tus = body.findall("tu")
    s_lang, t_lang = _languages(header.get("srclang", ""), tus)
    reader = _UnitReader()
    beads = tuple(reader.bead(tu, s_lang, t_lang) for tu in tus)
    beads = tuple(b for b in beads if b.src_ids or b.tgt_ids)
    method = next((p.text or "" for p in header.findall("prop")
                   if p.get("type") == PROP_METHOD), "") or FOREIGN_METHOD
    level = SEGTYPES.get(header.get("segtype", ""), "sentence")
    return TmxContent(beads, level, tuple(reader.src), tuple(reader.tgt), method,
                      s_lang, t_lang)


def _load(source: str | Path | bytes) -> tuple[str | bytes, str]:
    if isinstance(source, bytes):
        return source, "the TMX bytes"
    if isinstance(source, str) and source.lstrip("\ufeff \t\r\n").startswith("<"):
        return source, "the TMX text"
    path = Path(source)
    if not path.is_file():
        raise FileNotFoundError(Errors.E002.format(path=path, cwd=Path.cwd()))
    try:
        return path.read_bytes(), str(path)
    except OSError as e:
        raise OSError(Errors.E018.format(path=path, reason=e)) from e


def _refuse_declarations(data: str | bytes, what: str) -> None:
    """An expat pass that stops at the first entity declaration or internal subset,
    before anything could be expanded."""

    found: list[str] = []  # what was declared, for the coded message

    def doctype(name: str, sysid: str | None, pubid: str | None, internal: int) -> None:
        if internal:
            found.append(f"an internal DTD subset in <!DOCTYPE {name} [...]>")
            raise _Refused

    def entity(name: str, *rest: Any) -> None:
        found.append(f"the entity {name!r}")
        raise _Refused

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    try:
        parser.Parse(data, True)
    except _Refused:
        raise ValueError(Errors.E071.format(what=what, decl=found[-1])) from None
    except expat.ExpatError as e:
        raise ValueError(Errors.E070.format(what=what, reason=e)) from None


def _lang(tuv: ET.Element) -> str:
    return (tuv.get(XML_LANG) or tuv.get("lang") or "").strip()


def _same_lang(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a.split("-")[0] == b.split("-")[0]


def _languages(srclang: str, tus: list[ET.Element]) -> tuple[str, str]:
    """Source and target language: ``srclang`` (or the first ``<tuv>``'s when it is
    ``*all*``) and the first other language of the body."""
    langs = [_lang(tuv) for tu in tus for tuv in tu.findall("tuv")]
    src = srclang if srclang and srclang != "*all*" else next(iter(langs), "")
    tgt = next((x for x in langs if x and not _same_lang(x, src)), "")
    return src, tgt


def _seg_text(el: ET.Element) -> str:
    """Text of a ``<seg>``: its text and ``<hi>`` text; the native codes of ``<bpt>``,
    ``<ept>``, ``<it>``, ``<ph>`` and ``<ut>`` are not segment text."""
    out = [el.text or ""]
    for child in el:
        if child.tag == "hi":
            out.append(_seg_text(child))
        out.append(child.tail or "")
    return "".join(out)


class _UnitReader:
    """Turns ``<tu>`` elements into beads, collecting the units of both sides."""

    def __init__(self) -> None:
        self.src: list[tuple[int, str]] = []
        self.tgt: list[tuple[int, str]] = []
        self._used: tuple[set[int], set[int]] = (set(), set())

    def bead(self, tu: ET.Element, s_lang: str, t_lang: str) -> Bead:
        props = {p.get("type", ""): p.text or "" for p in tu.findall("prop")}
        segs: dict[str, str] = {}
        for tuv in tu.findall("tuv"):
            seg, lang = tuv.find("seg"), _lang(tuv)
            side = ("src" if lang and _same_lang(lang, s_lang) else
                    "tgt" if lang and t_lang and _same_lang(lang, t_lang) else "")
            if seg is not None and side and side not in segs:
                segs[side] = _seg_text(seg)
        s_ids = self._units(0, segs.get("src"), props, "src")
        t_ids = self._units(1, segs.get("tgt"), props, "tgt")
        # The kind follows from the units found (x-massmob-kind is for human readers).
        kind = f"{len(s_ids)}-{len(t_ids)}"
        return Bead(s_ids, t_ids, kind, _float(props.get(PROP_SCORE)))

    def _units(self, which: int, text: str | None, props: dict[str, str],
               side: str) -> tuple[int, ...]:
        if text is None:
            return ()
        parts = _split(text, props.get(f"x-massmob-{side}-lengths", ""))
        used, units = self._used[which], (self.src, self.tgt)[which]
        ids = _ints(props.get(f"x-massmob-{side}-ids", ""))
        if len(ids) != len(parts) or len(set(ids)) != len(ids) or used & set(ids):
            start = max(used, default=-1) + 1
            ids = list(range(start, start + len(parts)))
        used.update(ids)
        units.extend(zip(ids, parts, strict=True))
        return tuple(ids)


def _split(text: str, lengths: str) -> list[str]:
    """``text`` cut into units of the given lengths (joined by :data:`JOINER`), or
    the whole text when the lengths do not fit it."""
    sizes = _ints(lengths)
    if not sizes or sum(sizes) + len(JOINER) * (len(sizes) - 1) != len(text):
        return [text]
    parts, at = [], 0
    for size in sizes:
        parts.append(text[at:at + size])
        at += size + len(JOINER)
    return parts


def _ints(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split()]
    except ValueError:
        return []


def _float(text: str | None) -> float:
    try:
        return float(text) if text is not None else math.nan
    except ValueError:
        return math.nan
