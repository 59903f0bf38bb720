"""Number comparison on real English→Thai translations: the PUD numbers gold.

    python benchmarks/compare_real_eval.py                      # ../shared/data/pud
    python benchmarks/compare_real_eval.py DATA_DIR --limit 40 --no-trials
    python benchmarks/compare_real_eval.py --per-paragraph 3     # sentences in paragraphs
    python benchmarks/compare_real_eval.py --articles 8          # 8 documents per article

Each PUD document (``pud_en_th_docs.tsv``) is compared as two texts holding one
sentence per line: ``mm.compare(en_text, th_text)``. Every ``mismatch``, ``missing`` or
``added`` row of ``Comparison.numbers`` is mapped to the gold mentions its spans
overlap (``pud_numbers_gold.jsonl``, conventions in ``NUMBERS_GOLD.md``):

* it is right when it touches a mention of a gold discrepancy (a mismatch link, a
  missing English or an added Thai mention);
* it counts neither way when it touches a vague or paraphrased mention;
* otherwise it is a false alarm (printed with the gold reading of what it touched).

A gold discrepancy is found when a reported row touches one of its mentions. Then two
injected-change trials per document (one each, when the document allows it): one Thai
number that the baseline kept gets a digit changed, and one Thai sentence holding a kept
number is dropped. A trial is found when a new problem row touches the changed number
(or the English partners of the dropped sentence's numbers); other new number problems
are extra. The extraction scores come from ``benchmarks/numbers_real_eval.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from _common import ROOT, SHARED, print_table, require

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import massmob_nlp as mm

DATA = SHARED / "data" / "pud"
GOLD_FILE = "pud_numbers_gold.jsonl"
REPORTED = ("mismatch", "missing", "added")
KEPT = ("match", "format_only", "qualifier_changed")
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


# ------------------------------------------------------------------ gold
@dataclass(eq=False)
class Mention:
    side: str  # "en" or "th"
    sent_id: str
    index: int
    text: str
    start: int  # offsets into the document text (-1 when the text was not found)
    end: int
    vague: bool
    role: str  # match/format_only/qualifier_changed/mismatch/missing/added/paraphrased
    partner: Mention | None = field(default=None, repr=False)
    disc: tuple[str, ...] | None = None  # id of the gold discrepancy it belongs to

    def describe(self) -> str:
        tag = "vague" if self.vague else self.role
        far = f" ↔ {self.partner.text!r}" if self.partner is not None else ""
        return f"{self.side} {self.text!r} [{tag}{far}]"


@dataclass
class Doc:
    doc_id: str
    sent_ids: list[str]
    en: str
    th: str
    mentions: list[Mention]
    discs: list[tuple[str, ...]]


def load_gold_records(path: Path) -> dict[str, dict[str, Any]]:
    """Gold records by PUD sentence id."""
    with require(path).open(encoding="utf-8") as fh:
        return {r["doc"]: r for r in map(json.loads, fh) if r}


def _locate(sentence: str, items: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Spans of the gold mentions in reading order (repeated texts found in turn)."""
    spans, cursor = [], 0
    for m in items:
        k = sentence.find(m["t"], cursor)
        if k < 0:
            k = sentence.find(m["t"])
        spans.append((k, k + len(m["t"])) if k >= 0 else (-1, -1))
        if k >= 0:
            cursor = k + 1
    return spans


def _sentence_mentions(rec: dict[str, Any], sid: str, sent: dict[str, str],
                       base: dict[str, int]) -> tuple[list[Mention], list[tuple[str, ...]]]:
    out: dict[str, list[Mention]] = {}
    for side in ("en", "th"):
        spans = _locate(sent[side], rec[side])
        out[side] = [Mention(side, sid, i, m["t"], s + base[side] if s >= 0 else -1,
                             e + base[side] if s >= 0 else -1, bool(m["vague"]), "")
                     for i, (m, (s, e)) in enumerate(zip(rec[side], spans, strict=True))]
    discs: list[tuple[str, ...]] = []
    for i, j, status in rec["links"]:
        a, b = out["en"][i], out["th"][j]
        a.role = b.role = status
        a.partner, b.partner = b, a
        if status == "mismatch":
            a.disc = b.disc = ("mismatch", sid, str(i), str(j))
    for i in rec["missing"]:
        out["en"][i].role, out["en"][i].disc = "missing", ("missing", sid, str(i))
    for j in rec["added"]:
        out["th"][j].role, out["th"][j].disc = "added", ("added", sid, str(j))
    for side, k in rec["paraphrased"]:
        out[side][k].role = "paraphrased"
    mentions = out["en"] + out["th"]
    discs = sorted({m.disc for m in mentions if m.disc is not None and not m.vague})
    return mentions, discs


def _join(sentences: list[str], per_paragraph: int) -> str:
    """Sentences joined by a space inside paragraphs of ``per_paragraph`` sentences and
    by a newline between paragraphs (both one character, so gold offsets still hold)."""
    return "".join(s + ("\n" if (k + 1) % per_paragraph == 0 else " ")
                   for k, s in enumerate(sentences))[:-1] if sentences else ""


def load_docs(data: Path, *, limit: int | None = None, all_docs: bool = False,
              per_paragraph: int = 1) -> list[Doc]:
    """PUD documents as one-sentence-per-line texts (or ``per_paragraph`` sentences per
    paragraph, as in whole articles), with their gold mentions (only those with a gold
    record unless ``all_docs``: the others hold no digit and no number word)."""
    pairs: dict[str, dict[str, str]] = {}
    for line in require(data / "pud_en_th.tsv").read_text("utf-8").splitlines()[1:]:
        sid, en, th = line.split("\t")
        pairs[sid] = {"en": en, "th": th}
    gold = load_gold_records(data / GOLD_FILE)
    docs = []
    for line in require(data / "pud_en_th_docs.tsv").read_text("utf-8").splitlines()[1:]:
        doc_id, _, ids = line.split("\t")
        sent_ids = ids.split(",")
        mentions: list[Mention] = []
        discs: list[tuple[str, ...]] = []
        base = {"en": 0, "th": 0}
        for sid in sent_ids:
            if sid in gold:
                m, d = _sentence_mentions(gold[sid], sid, pairs[sid], base)
                mentions += m
                discs += d
            for side in base:
                base[side] += len(pairs[sid][side]) + 1
        if not all_docs and not any(sid in gold for sid in sent_ids):
            continue
        docs.append(Doc(doc_id, sent_ids,
                        _join([pairs[s]["en"] for s in sent_ids], per_paragraph),
                        _join([pairs[s]["th"] for s in sent_ids], per_paragraph),
                        mentions, discs))
    return docs[:limit] if limit else docs


def merge_articles(docs: list[Doc], size: int) -> list[Doc]:
    """Consecutive PUD documents joined ``size`` at a time into one long article pair
    (a newline between them), gold offsets shifted: whole articles hold many numbers,
    often the same value in several places, and longer alignments than PUD's 1-5
    sentences, which is what the hidden set of whole articles tests."""
    out = []
    for k in range(0, len(docs), size):
        group = docs[k:k + size]
        shift = {"en": 0, "th": 0}
        mentions: list[Mention] = []
        for d in group:
            for m in d.mentions:
                if m.start >= 0:
                    m.start += shift[m.side]
                    m.end += shift[m.side]
                mentions.append(m)
            shift["en"] += len(d.en) + 1
            shift["th"] += len(d.th) + 1
        out.append(Doc("+".join(d.doc_id for d in group),
                       [s for d in group for s in d.sent_ids],
                       "\n".join(d.en for d in group), "\n".join(d.th for d in group),
                       mentions, [x for d in group for x in d.discs]))
    return out


# ------------------------------------------------------------------ scoring
def _span(row: dict[str, Any], side: str) -> tuple[int, int] | None:
    s, e = row.get(f"{side}_start_char"), row.get(f"{side}_end_char")
    if s is None or e is None or pd.isna(s) or pd.isna(e):
        return None
    try:
        return int(s), int(e)
    except (TypeError, ValueError):
        return None


def _touched(row: dict[str, Any], doc: Doc) -> list[Mention]:
    out = []
    for side, g in (("src", "en"), ("tgt", "th")):
        span = _span(row, side)
        if span is None:
            continue
        out += [m for m in doc.mentions if m.side == g and m.start < span[1]
                and span[0] < m.end]
    return out


def _rows(cmp: Any) -> list[dict[str, Any]]:
    frame = cmp.numbers.astype(object).where(cmp.numbers.notna(), None)
    return list(frame.to_dict("records"))


def _cause(row: dict[str, Any], touched: list[Mention], rows: list[dict[str, Any]]) -> str:
    """A coarse first reading of why a false alarm was raised."""
    if not touched:
        return "not a number in the gold"
    m = touched[0]
    if m.partner is None:
        return f"gold {m.role}"
    far_side = "tgt" if m.side == "en" else "src"
    twins = [r for r in rows if (sp := _span(r, far_side)) is not None
             and sp[0] < m.partner.end and m.partner.start < sp[1]]
    if row["status"] == "mismatch":
        return "paired with the wrong number"
    if not twins:
        return "partner not extracted"
    twin = twins[0]
    if twin["status"] in REPORTED:
        return f"partner extracted, not joined ({row['kind']} vs {twin['kind']})"
    return f"partner taken by another number ({twin['status']})"


@dataclass
class Score:
    found: set[tuple[str, ...]] = field(default_factory=set)
    gold: int = 0
    right: int = 0
    neutral: int = 0
    alarms: list[tuple[str, dict[str, Any], list[Mention], str]] = field(default_factory=list)
    reported_gold: list[tuple[str, Mention, str]] = field(default_factory=list)
    neutrals: list[tuple[str, dict[str, Any], list[Mention]]] = field(default_factory=list)


def score_doc(doc: Doc, cmp: Any, sc: Score) -> None:
    rows = _rows(cmp)
    sc.gold += len(doc.discs)
    for row in rows:
        if row["status"] not in REPORTED:
            continue
        touched = _touched(row, doc)
        hits = {m.disc for m in touched if m.disc is not None}
        if hits:
            sc.right += 1
            sc.found |= hits
        elif any(m.vague or m.role == "paraphrased" for m in touched):
            sc.neutral += 1
            sc.neutrals.append((doc.doc_id, row, touched))
        else:
            sc.alarms.append((doc.doc_id, row, touched, _cause(row, touched, rows)))
    for d in doc.discs:
        if d not in sc.found:
            m = next(x for x in doc.mentions if x.disc == d)
            said = [r["status"] for r in rows if m in _touched(r, doc)]
            sc.reported_gold.append((doc.doc_id, m, ", ".join(said) or "not extracted"))


def print_scores(sc: Score, n_docs: int) -> None:
    reported = sc.right + len(sc.alarms)
    precision = sc.right / reported if reported else 1.0
    recall = len(sc.found) / sc.gold if sc.gold else 1.0
    print(f"\n## Comparison against the gold ({n_docs} documents)\n")
    print_table([{"reported": reported + sc.neutral, "right": sc.right,
                  "false_alarms": len(sc.alarms), "neutral": sc.neutral,
                  "precision": precision, "gold_discrepancies": sc.gold,
                  "found": len(sc.found), "recall": recall}])
    print("\n### False alarms by first-reading cause\n")
    for cause, n in Counter(a[3] for a in sc.alarms).most_common():
        print(f"{n:4d}  {cause}")
    print("\n### Every false alarm\n")
    for doc_id, row, touched, cause in sc.alarms:
        gold = "; ".join(m.describe() for m in touched) or "-"
        print(f"{doc_id} {row['status']:<8} {row['src_text']!s:>24} | {row['tgt_text']!s:<24}"
              f" key={row['key']} note={row['note'] or ''!s}  gold: {gold}  ({cause})")
    print("\n### Every neutral report (touches a vague or paraphrased gold mention)\n")
    for doc_id, row, touched in sc.neutrals:
        gold = "; ".join(m.describe() for m in touched)
        print(f"{doc_id} {row['status']:<8} {row['src_text']!s:>24} | {row['tgt_text']!s:<24}"
              f" key={row['key']}  gold: {gold}")
    print("\n### Every missed gold discrepancy\n")
    for doc_id, m, said in sc.reported_gold:
        print(f"{doc_id} {m.disc}  {m.describe()}  compare said: {said}")


# ------------------------------------------------------------------ trials
def _problems(cmp: Any) -> list[dict[str, Any]]:
    return [r for r in _rows(cmp) if r["status"] in REPORTED]


def _new_problems(base: Any, after: Any) -> list[dict[str, Any]]:
    """Problem rows of ``after`` not in ``base`` (compared by status and texts)."""
    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        return r["status"], r["src_text"], r["tgt_text"]
    left = Counter(key(r) for r in _problems(base))
    out = []
    for r in _problems(after):
        if left[key(r)] > 0:
            left[key(r)] -= 1
        else:
            out.append(r)
    return out


def _kept_rows(base: Any) -> list[dict[str, Any]]:
    return [r for r in _rows(base) if r["status"] in KEPT and r["tgt_text"]
            and any(c.isdigit() for c in str(r["tgt_text"]))]


def _overlaps(span: tuple[int, int] | None, other: tuple[int, int] | None) -> bool:
    return span is not None and other is not None and span[0] < other[1] and \
        other[0] < span[1]


def change_number(doc: Doc, base: Any, rng: random.Random) -> tuple[str, Any] | None:
    """A digit of one kept Thai number changed: the new problem must touch it."""
    kept = _kept_rows(base)
    if not kept:
        return None
    row = rng.choice(kept)
    a, b = _span(row, "tgt") or (0, 0)
    k = [i for i in range(a, b) if doc.th[i].isdigit()][-1]
    ch = doc.th[k]
    new = THAI_DIGITS[(THAI_DIGITS.index(ch) + 1) % 10] if ch in THAI_DIGITS else \
        str((int(ch) % 9) + 1)
    src_span, tgt_span = _span(row, "src"), (a, b)
    return doc.th[:k] + new + doc.th[k + 1:], lambda r: (
        _overlaps(_span(r, "tgt"), tgt_span) or _overlaps(_span(r, "src"), src_span))


def drop_sentence(doc: Doc, base: Any, rng: random.Random) -> tuple[str, Any] | None:
    """One Thai line holding a kept number dropped: the English numbers of its beads
    must be reported (whatever their partners were)."""
    lines = doc.th.split("\n")
    if len(lines) < 2:
        return None
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]

    def line_of(i: int) -> int:
        return max(k for k in range(len(lines)) if starts[k] <= i)

    kept = [r for r in _kept_rows(base) if _span(r, "tgt") is not None]
    if not kept:
        return None
    k = line_of((_span(rng.choice(kept), "tgt") or (0, 0))[0])
    rows = _rows(base)
    beads = {r["bead_id"] for r in rows if (sp := _span(r, "tgt")) is not None
             and line_of(sp[0]) == k}
    partners = [_span(r, "src") for r in rows if r["bead_id"] in beads]
    del lines[k]
    return "\n".join(lines), lambda r: any(_overlaps(_span(r, "src"), p) for p in partners)


TRIALS = {"change_number": change_number, "drop_sentence": drop_sentence}


def run_trials(docs: list[Doc], bases: dict[str, Any], seed: int) -> None:
    rng = random.Random(seed)
    rows = []
    for name, change in TRIALS.items():
        n = found = extra_total = worst = over_one = 0
        for doc in docs:
            base = bases.get(doc.doc_id)
            made = change(doc, base, rng) if base is not None else None
            if made is None:
                continue
            text, expected = made
            try:
                new = _new_problems(base, mm.compare(base.src, text))
            except Exception as exc:  # one bad document never stops the run
                print(f"{name} {doc.doc_id}: {type(exc).__name__}: {exc}")
                continue
            hit = [r for r in new if expected(r)]
            extra = len(new) - len(hit)
            n += 1
            found += bool(hit)
            extra_total += extra
            worst = max(worst, extra)
            over_one += extra > 1
            if not hit:
                print(f"{name} {doc.doc_id}: not found")
            if extra:
                print(f"{name} {doc.doc_id}: extra " + "; ".join(
                    f"{r['status']} {r['src_text']}|{r['tgt_text']}" for r in new
                    if not expected(r)))
        rows.append({"change": name, "trials": n, "found": found,
                     "recall": found / n if n else 1.0,
                     "extra_per_article": extra_total / n if n else 0.0,
                     "max_extra": worst, "articles_over_one_extra": over_one})
    print("\n## Injected changes\n")
    print_table(rows)


# ------------------------------------------------------------------ extraction
def extraction_section(data: Path) -> None:
    """Extraction P/R/F1 from the extraction helper's script, when it is there."""
    print("\n## Extraction (benchmarks/numbers_real_eval.py)\n")
    try:
        import numbers_real_eval as nre
    except ImportError as exc:
        print(f"not available yet ({exc})")
        return
    try:
        gold = nre.load_gold(data)
        result = nre.extraction_scores(gold)
    except Exception as exc:  # written in parallel
        print(f"could not run: {type(exc).__name__}: {exc}")
        return
    rows = [v.row() if hasattr(v, "row") else {"lang": k, "value": v}
            for k, v in dict(result).items()]
    print_table(rows)


# ------------------------------------------------------------------ main
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, nargs="?", default=DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--docs", nargs="*", default=None, help="only these doc_ids")
    parser.add_argument("--all-docs", action="store_true",
                        help="also documents with no gold record (no digit or number word)")
    parser.add_argument("--no-trials", action="store_true")
    parser.add_argument("--no-extraction", action="store_true")
    parser.add_argument("--per-paragraph", type=int, default=1,
                        help="sentences per paragraph (whole-article layout; trials "
                             "assume 1)")
    parser.add_argument("--articles", type=int, default=1, metavar="K",
                        help="join K consecutive documents (all of them, with or "
                             "without numbers) into one article pair: whole-article "
                             "length, many numbers per comparison")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    docs = load_docs(args.data, all_docs=args.all_docs or args.articles > 1,
                     per_paragraph=args.per_paragraph)
    if args.articles > 1:
        docs = merge_articles(docs, args.articles)
    docs = docs[:args.limit] if args.limit else docs
    if args.docs:
        docs = [d for d in docs if d.doc_id in set(args.docs)]
    if not args.no_extraction:
        extraction_section(args.data)
    sc, bases = Score(), {}
    start = time.perf_counter()
    for doc in docs:
        try:
            bases[doc.doc_id] = cmp = mm.compare(doc.en, doc.th)
        except Exception as exc:  # one bad document never stops the run
            print(f"{doc.doc_id}: {type(exc).__name__}: {exc}")
            continue
        score_doc(doc, cmp, sc)
        if len(bases) % 50 == 0:
            print(f"  {len(bases)} documents, {time.perf_counter() - start:.0f}s",
                  file=sys.stderr, flush=True)
    print(f"\ncompared {len(bases)} documents in {time.perf_counter() - start:.0f}s")
    print_scores(sc, len(bases))
    if not args.no_trials:
        run_trials([d for d in docs if d.doc_id in bases], bases, args.seed)


if __name__ == "__main__":
    main()
