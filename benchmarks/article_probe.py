"""Whole news articles end to end: number problems and alignment on our own pairs.

    python benchmarks/article_probe.py                  # every pair of benchmarks/data/articles
    python benchmarks/article_probe.py a03 a13 --beads  # some pairs, with every paragraph bead
    python benchmarks/article_probe.py --quiet          # totals only

Each pair (``aNN_slug.en.*`` / ``aNN_slug.th.*``) is read with ``mm.read_documents``
from its files, as a user would, and compared with ``mm.compare``. Every reported
``mismatch``, ``missing`` or ``added`` number is printed with its note and scored
against ``manifest.tsv`` (the discrepancies planted in the Thai; see the README of
the data folder):

* right when its source or target span overlaps a planted mention;
* neutral when it overlaps a ``neutral`` row (a caption the translator dropped);
* otherwise a false alarm.

A planted discrepancy is found when a reported row touches one of its mentions.
Paragraph beads with one side empty (``1-0``/``0-1``) are printed with the numbers
they hold; one that holds no planted missing number but shares a number with the
other document looks wrong (its translation is elsewhere), and so does a paragraph
bead with two or more number problems that are not planted and no kept number (a bead
whose numbers were all changed on purpose is still its paragraph's translation). Time
is read + compare.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import ROOT

sys.path.insert(0, str(ROOT))

import massmob_nlp as mm
from massmob_nlp.comparison.number_furniture import furniture_line  # a dropped dated line

DATA = ROOT / "benchmarks" / "data" / "articles"
REPORTED = ("mismatch", "missing", "added")
NULL_BEADS = ("1-0", "0-1")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_NUM_RE = re.compile(r"\d[\d,.]*\d|\d")


@dataclass
class Planted:
    disc: str
    status: str
    note: str
    en: tuple[int, int] | None = None
    th: tuple[int, int] | None = None


@dataclass
class Score:
    right: int = 0
    false: int = 0
    neutral: int = 0
    planted: int = 0
    found: int = 0
    wrong_beads: int = 0
    wrong_partners: int = 0
    seconds: float = 0.0
    per_article: list[dict[str, Any]] = field(default_factory=list)


def _locate(text: str, number: str, context: str, where: str) -> tuple[int, int] | None:
    if not number:
        return None
    at = text.find(context)
    if at < 0 or text.find(context, at + 1) >= 0:
        sys.exit(f"{where}: context {context!r} not found once in the text")
    inner = context.find(number)
    if inner < 0:  # the number holds the context (a whole caption line)
        inner = number.find(context)
        if inner != 0 or text.find(number) < 0:
            sys.exit(f"{where}: number {number!r} not in its context {context!r}")
        return at, at + len(number)
    return at + inner, at + inner + len(number)


def load_manifest(docs: dict[str, tuple[Any, Any]]) -> dict[str, list[Planted]]:
    out: dict[str, list[Planted]] = defaultdict(list)
    rows: list[dict[str, str]] = []
    for path in sorted(DATA.glob("manifest*.tsv")):  # manifest.tsv, manifest_b2.tsv, ...
        with open(path, encoding="utf-8") as f:
            rows.extend(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        name = row["article"]
        if name not in docs:
            continue
        en, th = docs[name]
        out[name].append(Planted(
            row["disc"], row["status"], row["note"],
            _locate(en.text, row["en_number"], row["en_context"], f"{name} en"),
            _locate(th.text, row["th_number"], row["th_context"], f"{name} th")))
    return out


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _span(row: Any, side: str) -> tuple[int, int] | None:
    start, end = row[f"{side}_start_char"], row[f"{side}_end_char"]
    if start is None or end is None or str(start) in ("<NA>", "nan"):
        return None
    return int(start), int(end)


def _touched(row: Any, planted: list[Planted]) -> list[Planted]:
    src, tgt = _span(row, "src"), _span(row, "tgt")
    return [p for p in planted if _overlap(src, p.en) or _overlap(tgt, p.th)]


def _wrong_partner(row: Any, real: list[Planted]) -> bool:
    """A reported ``mismatch`` that touches a planted mismatch through one side only,
    its other side elsewhere: the planted change is found, but paired with the wrong
    number (``£14.6m → 22 ล้านบาท`` where ``1.46 ล้านปอนด์`` was planted)."""
    src, tgt = _span(row, "src"), _span(row, "tgt")
    planted = [p for p in real if p.status == "mismatch" and p.en and p.th]
    return str(row["status"]) == "mismatch" and bool(planted) and not any(
        _overlap(src, p.en) and _overlap(tgt, p.th) for p in planted)


def _numbers_in(text: str) -> set[str]:
    """Digit strings of ``text`` (Thai digits folded, commas dropped), Buddhist-era
    years also as Common-era ones."""
    out = {m.group().replace(",", "") for m in _NUM_RE.finditer(text.translate(_THAI_DIGITS))}
    return out | {str(int(x) - 543) for x in out if x.isdigit() and 2400 <= int(x) <= 2700}


def _short(text: Any, n: int = 110) -> str:
    s = "" if text is None or str(text) in ("<NA>", "nan") else str(text)
    s = s.replace("\n", " ⏎ ")
    return s if len(s) <= n else s[: n - 1] + "…"


def probe_pair(name: str, en: Any, th: Any, planted: list[Planted], sc: Score, *,
               quiet: bool, beads: bool, seconds: float) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        start = time.perf_counter()
        cmp = mm.compare(en, th)
        seconds += time.perf_counter() - start
    sc.seconds += seconds
    rows = cmp.numbers[cmp.numbers["status"].astype(str).isin(REPORTED)]
    discs = {p.disc for p in planted if p.status != "neutral"}
    found: set[str] = set()
    counts = {"right": 0, "false": 0, "neutral": 0}
    partners = 0
    lines = []
    for _, row in rows.iterrows():
        hit = _touched(row, planted)
        real = [p for p in hit if p.status != "neutral"]
        if real:
            tag = "PLANTED " + ",".join(sorted({p.disc for p in real}))
            counts["right"] += 1
            found |= {p.disc for p in real}
            if _wrong_partner(row, real):
                tag = "WRONG-PARTNER " + ",".join(sorted({p.disc for p in real}))
                partners += 1
        elif hit:
            tag, counts["neutral"] = "neutral", counts["neutral"] + 1
        else:
            tag, counts["false"] = "FALSE", counts["false"] + 1
        lines.append(f"  {tag:12s} {row['status']!s:9s} bead {row['bead_id']!s:>3s} "
                     f"en={_short(row['src_text'], 30)!r} th={_short(row['tgt_text'], 30)!r} "
                     f"[{row['kind']}] {_short(row['note'], 90)}")
    missed = sorted(discs - found)
    for d in missed:
        notes = {p.note for p in planted if p.disc == d}
        lines.append(f"  MISSED       {d}: {'; '.join(sorted(notes))}")
    wrong = _null_paragraphs(cmp, en.text, th.text, planted, lines, beads=beads)
    sc.right += counts["right"]
    sc.false += counts["false"]
    sc.neutral += counts["neutral"]
    sc.planted += len(discs)
    sc.found += len(found)
    sc.wrong_beads += wrong
    sc.wrong_partners += partners
    codes = sorted({re.sub(r"\].*", "]", str(w.message))[:7] for w in caught
                    if str(w.message).startswith("[W")})
    sc.per_article.append({"article": name, "reported": len(rows), **counts,
                           "planted": len(discs), "found": len(found),
                           "wrong_partners": partners, "wrong_para_beads": wrong,
                           "warnings": " ".join(codes),
                           "seconds": round(seconds, 2)})
    if not quiet:
        para = cmp.paragraph_alignment
        print(f"\n=== {name}: {len(rows)} reported, {counts['right']} planted, "
              f"{counts['false']} false; found {len(found)}/{len(discs)}; "
              f"{len(para)} paragraph beads ({' '.join(para['kind'].astype(str))}); "
              f"{seconds:.1f} s {' '.join(codes)}")
        print("\n".join(lines))


def _null_paragraphs(cmp: Any, en_text: str, th_text: str, planted: list[Planted],
                     lines: list[str], *, beads: bool) -> int:
    """Print paragraph beads with one side empty; count those that look wrong."""
    wrong = 0
    other_numbers = {"src": _numbers_in(th_text), "tgt": _numbers_in(en_text)}
    for _, b in cmp.paragraph_alignment.iterrows():
        kind = str(b["kind"])
        if kind not in NULL_BEADS:
            kept, problems = _bead_numbers(cmp.numbers, b["src_ids"], b["tgt_ids"],
                                           planted)
            if problems >= 2 and not kept:  # both sides hold numbers, none joined
                wrong += 1
                lines.append(f"  WRONG-BEAD   {kind} {_short(b['src_text'], 60)!r} | "
                             f"{_short(b['tgt_text'], 60)!r} ({problems} number problems, "
                             "none kept)")
            elif beads:
                lines.append(f"  para {kind:4s} {_short(b['src_text'], 60)!r} | "
                             f"{_short(b['tgt_text'], 60)!r}")
            continue
        side = "src" if kind == "1-0" else "tgt"
        text = str(b[f"{side}_text"])
        shared = _numbers_in(text) & other_numbers[side]
        start = (en_text if side == "src" else th_text).find(text)
        span = (start, start + len(text)) if start >= 0 else None
        dropped = any(_overlap(span, p.en if side == "src" else p.th) for p in planted)
        stamp = all(furniture_line(x, 0) == "dated line" for x in text.splitlines()
                    if x.strip())  # a byline and date the translator dropped
        bad = bool(shared) and not dropped and not stamp and len(text) > 40
        wrong += bad
        lines.append(f"  {'WRONG-BEAD' if bad else 'null-bead':12s} {kind} "
                     f"{_short(text, 100)!r}"
                     + (f" (numbers also in the other text: {sorted(shared)[:6]})" if bad else ""))
    return wrong


def _bead_numbers(numbers: Any, src_ids: Any, tgt_ids: Any,
                  planted: list[Planted]) -> tuple[int, int]:
    """Kept numbers and number problems (other than planted ones) of one paragraph
    bead."""
    src, tgt = set(src_ids or ()), set(tgt_ids or ())
    kept = problems = 0
    for _, row in numbers.iterrows():
        s_para, t_para, status = row["src_para_id"], row["tgt_para_id"], str(row["status"])
        if (str(s_para) not in ("<NA>", "nan") and int(s_para) in src) or \
                (str(t_para) not in ("<NA>", "nan") and int(t_para) in tgt):
            kept += status in ("match", "format_only", "qualifier_changed")
            problems += status in REPORTED and not any(
                _overlap(_span(row, "src"), p.en) or _overlap(_span(row, "tgt"), p.th)
                for p in planted)
    return kept, problems


def find_pairs(names: list[str]) -> dict[str, tuple[Path, Path]]:
    pairs: dict[str, dict[str, Path]] = defaultdict(dict)
    for path in sorted(DATA.iterdir()):
        m = re.match(r"(a\d+_[\w-]+)\.(en|th)\.\w+$", path.name)
        if m and (not names or any(_named(m.group(1), n) for n in names)):
            pairs[m.group(1)][m.group(2)] = path
    return {k: (v["en"], v["th"]) for k, v in sorted(pairs.items(), key=_order)
            if len(v) == 2}


def _named(name: str, prefix: str) -> bool:
    """``a10`` names ``a10_slug`` but not ``a100_slug`` (article numbers have two or
    three digits): a prefix ending in a digit is a whole article number."""
    return name.startswith(prefix) and not (
        prefix[-1:].isdigit() and name[len(prefix):len(prefix) + 1].isdigit())


def _order(item: tuple[str, Any]) -> tuple[int, str]:
    """Pairs in article-number order (a99 before a100)."""
    m = re.match(r"a(\d+)", item[0])
    return (int(m.group(1)) if m else 0, item[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*",
                    help="article numbers or name prefixes, e.g. a92 a100 (default: all)")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--beads", action="store_true", help="print every paragraph bead")
    args = ap.parse_args()
    pairs = find_pairs(args.names)
    mm.compare("The city opened 3 schools.", "เมืองเปิดโรงเรียน 3 แห่ง")  # load models
    docs, read_time = {}, {}
    for name, (en_path, th_path) in pairs.items():
        start = time.perf_counter()
        en, th = mm.read_documents([en_path, th_path])
        read_time[name] = time.perf_counter() - start
        docs[name] = (en, th)
    manifest = load_manifest(docs)
    sc = Score()
    for name, (en, th) in docs.items():
        try:
            probe_pair(name, en, th, manifest.get(name, []), sc, quiet=args.quiet,
                       beads=args.beads, seconds=read_time[name])
        except Exception as exc:  # one bad pair never stops the others
            print(f"\n=== {name}: {type(exc).__name__}: {exc}")
    print("\n| article | reported | right | false | neutral | planted | found | "
          "wrong partners | wrong para beads | warnings | s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in sc.per_article:
        print("| " + " | ".join(str(v) for v in r.values()) + " |")
    precision = sc.right / (sc.right + sc.false) if sc.right + sc.false else 1.0
    recall = sc.found / sc.planted if sc.planted else 1.0
    print(f"\nTOTAL {len(docs)} articles: reported {sc.right + sc.false + sc.neutral} "
          f"(right {sc.right}, false {sc.false}, neutral {sc.neutral}); "
          f"precision {precision:.2f}; planted found {sc.found}/{sc.planted} "
          f"recall {recall:.2f}; wrong partners {sc.wrong_partners}; "
          f"wrong paragraph beads {sc.wrong_beads}; "
          f"{sc.seconds:.1f} s ({sc.seconds / max(len(docs), 1):.1f} s per article)")


if __name__ == "__main__":
    main()
