"""Number extraction on real general news: the PUD English–Thai number gold (issue 10).

A predicted mention matches a gold one when their spans overlap and the value agrees
(dates, times and codes by their normalized string; ranges, scores and dates with an
upper end need that end too). A quantity written in another unit of the same dimension
is the same value: the gold's ``25`` basis points and the table's ``0.25`` percentage
points, ``861`` seconds and ``14.35`` minutes, ``188`` months and ``15.67`` years (the
library's own unit tables: ``numbers.units.UNITS``, ``numbers.durations.BASE``;
``--raw-units`` scores without it, as before session 25). Each gold and each predicted
mention is used once.
Vague gold mentions ("hundreds of", Thai classifier + หนึ่ง as an article) are neither
required nor penalized: a prediction that overlaps one is ignored.

    python benchmarks/numbers_real_eval.py [DATA_DIR] [-v] [--lang en|th] [--raw-units]

``DATA_DIR`` holds ``pud_numbers_gold.jsonl`` and ``pud_en_th.tsv`` (default
``../shared/data/pud``). ``-v`` prints every false positive and false negative grouped
by a rough category. Other scripts import :func:`load_gold` and
:func:`extraction_scores` (predictions come from ``mm.numbers_table`` unless a
``predict(text, lang)`` callable is given).
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from _common import SHARED, print_table, require

import massmob_nlp as mm
from massmob_nlp.numbers.durations import BASE as TIME_BASE
from massmob_nlp.numbers.durations import EN_UNITS as TIME_WORDS
from massmob_nlp.numbers.units import UNITS, find_unit

DEFAULT_DATA = SHARED / "data" / "pud"
GOLD_FILE = "pud_numbers_gold.jsonl"
PAIRS_FILE = "pud_en_th.tsv"
DOCS_FILE = "pud_en_th_docs.tsv"
LANGS = ("en", "th")
_DIGIT_RE = re.compile(r"[0-9๐-๙]")


# ------------------------------------------------------------------- gold
@dataclass(frozen=True)
class Mention:
    """One number mention, gold or predicted; offsets into the sentence text."""

    start: int
    end: int
    text: str
    kind: str
    value: Any = None        # number, or "YYYY-MM-DD"/"HH:MM"/digits string
    value2: Any = None       # upper end of a range, score or date range
    unit: str | None = None
    vague: bool = False
    key: str | None = None


@dataclass
class GoldPair:
    """One annotated PUD sentence pair with its mentions located in the texts."""

    sent_id: str
    doc_id: str
    texts: dict[str, str]
    mentions: dict[str, list[Mention]]
    links: list[tuple[int, int, str]] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)
    added: list[int] = field(default_factory=list)
    paraphrased: list[tuple[str, int]] = field(default_factory=list)
    note: str = ""


def _locate(text: str, surface: str, after: int, prev_start: int) -> tuple[int, int]:
    """Span of ``surface`` in ``text``: first after the previous mention, else anywhere."""
    for origin in (after, prev_start, 0):
        i = text.find(surface, origin)
        if i >= 0:
            return i, i + len(surface)
    raise ValueError(f"gold mention {surface!r} not found in {text!r}")


def _mentions(text: str, raw: list[dict[str, Any]]) -> list[Mention]:
    out: list[Mention] = []
    end = start = 0
    for m in raw:
        start, end = _locate(text, m["t"], end, start)
        out.append(Mention(start, end, m["t"], m["k"], m["v"], m["v2"], m["u"],
                           bool(m["vague"])))
    return out


def load_gold(path: Path | str = DEFAULT_DATA, *, number_free: bool = False
              ) -> list[GoldPair]:
    """The gold pairs, in file order, with sentence texts and located mention spans.

    ``path`` is the PUD folder or the ``.jsonl`` file inside it (the TSV files of
    sentences and documents are read from the same folder). ``number_free=True`` adds
    the PUD pairs the gold leaves out because they hold no number (no mentions), so
    that numbers found there count as false positives.
    """
    path = Path(path)
    folder = path.parent if path.suffix == ".jsonl" else path
    gold_file = path if path.suffix == ".jsonl" else folder / GOLD_FILE
    texts: dict[str, dict[str, str]] = {}
    for line in require(folder / PAIRS_FILE).read_text(encoding="utf-8").splitlines()[1:]:
        sid, en, th = line.split("\t")
        texts[sid] = {"en": en, "th": th}
    doc_of: dict[str, str] = {}
    docs = folder / DOCS_FILE
    if docs.exists():
        for line in docs.read_text(encoding="utf-8").splitlines()[1:]:
            doc_id, _, sids = line.split("\t")
            doc_of.update({sid: doc_id for sid in sids.split(",")})
    pairs = []
    for line in require(gold_file).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        sid = rec["doc"]
        pairs.append(GoldPair(
            sent_id=sid, doc_id=doc_of.get(sid, sid), texts=texts[sid],
            mentions={lang: _mentions(texts[sid][lang], rec[lang]) for lang in LANGS},
            links=[tuple(x) for x in rec["links"]], missing=rec["missing"],
            added=rec["added"], paraphrased=[tuple(x) for x in rec["paraphrased"]],
            note=rec["note"]))
    if number_free:
        annotated = {p.sent_id for p in pairs}
        pairs.extend(GoldPair(sent_id=sid, doc_id=doc_of.get(sid, sid), texts=txt,
                              mentions={lang: [] for lang in LANGS})
                     for sid, txt in texts.items() if sid not in annotated)
    return pairs


# ------------------------------------------------------------- prediction
def _key_values(kind: str, key: str | None) -> tuple[Any, Any]:
    """Gold-style string values of a predicted date, time or code key."""
    body = (key or "").split(":", 1)[-1]
    if kind == "code":  # digits, and a decimal point between digits (PM2.5, EV 3.0)
        return re.sub(r"(?<!\d)\.|\.(?!\d)|[^0-9.]", "", body), None
    parts = body.split("/") if kind == "date" else body.split("-", 1)
    if kind == "date":
        parts = [_date_string(p) for p in parts]
    return parts[0], parts[1] if len(parts) > 1 else None


def _date_string(key: str) -> str:
    """``--09-27`` -> ``????-09-27``; ``2018-09`` -> ``2018-09-??``."""
    if key.startswith("--"):
        key = "????" + key[1:]
    return key + "-??" if key.count("-") == 1 else key


def _na(x: Any) -> Any:
    return None if x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)) else x


def predict_mm(text: str, lang: str) -> list[Mention]:
    """Mentions found by ``mm.numbers_table`` in one sentence, offsets into ``text``."""
    df = mm.numbers_table(text, lang=lang)
    out = []
    for row in df.itertuples(index=False):
        s, e = int(row.start_char), int(row.end_char)
        if text[s:e] != row.text:  # the reader changed the text: find the mention
            s = max(text.find(row.text), 0)
            e = s + len(row.text)
        kind = str(row.kind)
        if kind in ("date", "time", "code"):
            v, v2 = _key_values(kind, _na(row.key))
        else:
            v, v2 = _na(row.value), _na(row.value_max)
        out.append(Mention(s, e, row.text, kind, v, v2, _na(row.unit), key=_na(row.key)))
    return out


# ---------------------------------------------------------------- scoring
def _number(x: Any) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _same(a: Any, b: Any) -> bool:
    """``a`` (the gold) and ``b`` are the same value. A gold fraction below 1 written to
    a few decimals is a rounding: "two-thirds" written 0.6667 or 0.67 is 2/3 (within half
    a unit of the gold's last decimal)."""
    if a is None or b is None:
        return a is None and b is None
    fa, fb = _number(a), _number(b)
    if fa is None or fb is None:  # dates and times as strings
        return str(a) == str(b)
    decimals = len(str(a).partition(".")[2]) if isinstance(a, (str, float)) else 0
    if 0 < abs(fa) < 1 and decimals >= 2:
        return abs(fa - fb) <= 0.5 * 10 ** -decimals + 1e-12
    return math.isclose(fa, fb, rel_tol=1e-9, abs_tol=1e-9)


# Shares: the gold writes "25 basis points" as 25 bp, the table as 0.25 "pp" (money.py).
_SHARES = {"%": 1.0, "pp": 1.0, "percentage point": 1.0, "percentage points": 1.0,
           "basis point": 0.01, "basis points": 0.01, "bp": 0.01, "bps": 0.01}


def unit_scale(unit: Any) -> tuple[str, float] | None:
    """A unit's dimension and its factor to the dimension's base, for a table symbol
    (``km``, ``pp``, ``minute``) or a gold unit in words (``tonne``, ``basis point``,
    ``seconds``): shares, the two families of time (seconds and months, which never
    convert into each other) and the units of measurement of ``UNITS``."""
    if not isinstance(unit, str) or not unit:
        return None
    if unit in _SHARES:
        return "share", _SHARES[unit]
    time = TIME_WORDS.get(unit, unit)
    if time in TIME_BASE:
        family, n = TIME_BASE[time]
        return f"time/{family}", float(n)
    symbol = unit
    if unit not in UNITS:
        hit = find_unit("1 " + unit, 1)
        symbol = hit.symbol if hit is not None and hit.end == len(unit) + 2 else ""
    found = UNITS.get(symbol)
    if found is None or found.factor is None:
        return None
    return found.dimension, found.factor


def _in_unit(value: Any, source: Any, target: Any) -> float | None:
    """``value`` in ``source`` units written in ``target`` units, None when they differ
    in dimension."""
    a, b, x = unit_scale(source), unit_scale(target), _number(value)
    if a is None or b is None or x is None or a[0] != b[0]:
        return None
    return x * a[1] / b[1]


def value_agrees(gold: Mention, pred: Mention, *, convert_units: bool = True) -> bool:
    """Same value; when the gold has an upper end (range, score, date range) the
    prediction needs the same one. A prediction's upper end is not held against a gold
    mention without one (the gold writes "the 1970s" both as year 1970 and as the range
    1970-1979). With ``convert_units``, a prediction in another unit of the gold unit's
    dimension is converted first (:func:`unit_scale`)."""
    if _same(gold.value, pred.value) and (gold.value2 is None
                                          or _same(gold.value2, pred.value2)):
        return True
    return convert_units and unit_conversion(gold, pred)


def unit_conversion(gold: Mention, pred: Mention) -> bool:
    """The prediction is the gold's quantity written in another unit of its dimension
    (``0.25`` pp for ``25`` bp)."""
    v = _in_unit(pred.value, pred.unit, gold.unit)
    if v is None or not _close(gold.value, v):
        return False
    return gold.value2 is None or _close(gold.value2,
                                         _in_unit(pred.value2, pred.unit, gold.unit))


def duration_parts(pred: Mention, gold: Sequence[Mention]) -> list[Mention]:
    """The gold durations inside a predicted duration that add up to it: older golds
    split "1 hour 24 minutes 31.552 seconds" into three mentions where the table reads
    one length of time (1.4088 hours); empty when they do not add up."""
    if pred.kind != "duration" or unit_scale(pred.unit) is None:
        return []
    parts = [g for g in gold if g.kind == "duration" and not g.vague
             and pred.start <= g.start and g.end <= pred.end]
    sizes = [_in_unit(g.value, g.unit, pred.unit) for g in parts]
    if len(parts) < 2 or any(x is None for x in sizes):
        return []
    return parts if _close(sum(x for x in sizes if x is not None), _number(pred.value)) \
        else []


def _close(gold: Any, value: float | None) -> bool:
    g = _number(gold)
    return g is not None and value is not None and math.isclose(g, value, rel_tol=1e-6)


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def category(m: Mention) -> str:
    """A rough error category: kind, and words or digits."""
    form = "digits" if _DIGIT_RE.search(m.text) else "words"
    return f"{m.kind}/{form}"


@dataclass
class Scores:
    """Counts and errors of one language."""

    lang: str
    convert_units: bool = True   # score a quantity in another unit as the same value
    tp: int = 0
    converted: list[tuple[str, Mention, Mention]] = field(default_factory=list)
    # (sent, gold, pred) matched only by a unit conversion (counted in tp)
    fp: list[tuple[str, Mention, str]] = field(default_factory=list)   # (sent, pred, ctx)
    fn: list[tuple[str, Mention, str, Mention | None]] = field(default_factory=list)
    ignored: int = 0

    @property
    def precision(self) -> float:
        return self.tp / max(self.tp + len(self.fp), 1)

    @property
    def recall(self) -> float:
        return self.tp / max(self.tp + len(self.fn), 1)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / max(p + r, 1e-9)

    def row(self) -> dict[str, Any]:
        return {"lang": self.lang, "gold": self.tp + len(self.fn),
                "predicted": self.tp + len(self.fp), "tp": self.tp, "fp": len(self.fp),
                "fn": len(self.fn), "precision": self.precision, "recall": self.recall,
                "f1": self.f1}


def _context(text: str, m: Mention, width: int = 40) -> str:
    return (text[max(0, m.start - width):m.start] + "[[" + text[m.start:m.end] + "]]"
            + text[m.end:m.end + width])


def score_sentence(scores: Scores, sent_id: str, text: str, gold: Sequence[Mention],
                   pred: Sequence[Mention]) -> None:
    """Add the matches and errors of one sentence to ``scores``."""
    used: set[int] = set()
    unmatched_gold = []
    for g in (g for g in gold if not g.vague):
        hit = next((i for i, p in enumerate(pred)
                    if i not in used and _overlap(g, p)
                    and value_agrees(g, p, convert_units=False)), None)
        if hit is None and scores.convert_units:
            hit = next((i for i, p in enumerate(pred)
                        if i not in used and _overlap(g, p) and unit_conversion(g, p)),
                       None)
            if hit is not None:
                scores.converted.append((sent_id, g, pred[hit]))
        if hit is None:
            unmatched_gold.append(g)
        else:
            used.add(hit)
            scores.tp += 1
    if scores.convert_units:
        for i, p in enumerate(pred):
            parts = [] if i in used else duration_parts(p, unmatched_gold)
            if parts:
                used.add(i)
                scores.tp += len(parts)
                scores.converted.extend((sent_id, g, p) for g in parts)
                unmatched_gold = [g for g in unmatched_gold if g not in parts]
    vague = [g for g in gold if g.vague]
    for i, p in enumerate(pred):
        if i in used:
            continue
        if any(_overlap(g, p) for g in vague):
            scores.ignored += 1
        else:
            scores.fp.append((sent_id, p, _context(text, p)))
    for g in unmatched_gold:
        near = next((p for p in pred if _overlap(g, p)), None)
        scores.fn.append((sent_id, g, _context(text, g), near))


def extraction_scores(gold: Iterable[GoldPair], *,
                      predict: Callable[[str, str], list[Mention]] = predict_mm,
                      langs: Sequence[str] = LANGS, convert_units: bool = True
                      ) -> dict[str, Scores]:
    """Extraction scores per language over the gold pairs, predicting each sentence
    with ``predict(text, lang)`` (default: ``mm.numbers_table``)."""
    out = {lang: Scores(lang, convert_units) for lang in langs}
    for pair in gold:
        for lang in langs:
            text = pair.texts[lang]
            score_sentence(out[lang], pair.sent_id, text, pair.mentions[lang],
                           predict(text, lang))
    return out


# ----------------------------------------------------------------- report
def add_raw_units_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--raw-units", action="store_true",
                        help="no unit conversion: 25 basis points must be 25, not 0.25 "
                             "percentage points (the scorer before session 25)")


def print_converted(scores: Iterable[Scores]) -> None:
    """One line: the matches that needed a unit conversion, per language."""
    scores = list(scores)
    if any(s.convert_units for s in scores):
        print("\nmatched by a unit conversion (in tp): "
              + ", ".join(f"{s.lang} {len(s.converted)}" for s in scores))


def print_errors(scores: Scores) -> None:
    """Every false positive and false negative, grouped by category."""
    groups: dict[str, list[str]] = defaultdict(list)
    for sid, p, ctx in scores.fp:
        groups[f"FP {category(p)}"].append(
            f"{sid}  pred {p.kind} {p.value!r}/{p.value2!r} {p.unit or ''}  {ctx}")
    for sid, g, ctx, near in scores.fn:
        why = "wrong value" if near else "not found"
        got = f"  got {near.kind} {near.value!r}/{near.value2!r} [{near.text}]" if near else ""
        groups[f"FN {category(g)} ({why})"].append(
            f"{sid}  gold {g.kind} {g.value!r}/{g.value2!r} {g.unit or ''}{got}  {ctx}")
    for sid, g, p in scores.converted:
        groups["matched by a unit conversion"].append(
            f"{sid}  gold {g.value!r}/{g.value2!r} {g.unit}  pred {p.value!r}/{p.value2!r} "
            f"{p.unit}  [{g.text}]")
    for name in sorted(groups, key=lambda k: (-len(groups[k]), k)):
        print(f"\n### [{scores.lang}] {name}: {len(groups[name])}")
        for line in groups[name]:
            print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--lang", choices=LANGS, action="append")
    parser.add_argument("--annotated-only", action="store_true",
                        help="skip the PUD pairs without numbers (where any number found "
                             "is a false positive)")
    add_raw_units_option(parser)
    args = parser.parse_args()
    gold = load_gold(args.data, number_free=not args.annotated_only)
    scores = extraction_scores(gold, langs=args.lang or LANGS,
                               convert_units=not args.raw_units)
    print(f"## Number extraction on {len(gold)} PUD sentence pairs "
          "(span overlap + same value; vague gold ignored)\n")
    print_table([s.row() for s in scores.values()])
    print_converted(scores.values())
    if args.verbose:
        for s in scores.values():
            print_errors(s)


if __name__ == "__main__":
    main()
