"""Moved passages: a passage the translator moved is ``moved``, a dropped one ``omitted``.

    python benchmarks/passage_moves_eval.py             # every pair of benchmarks/data/articles
    python benchmarks/passage_moves_eval.py a03 a13 -v  # some pairs, every row printed
    python benchmarks/passage_moves_eval.py --no-emb    # without sentence embeddings

On each of our whole-article pairs (``benchmarks/data/articles``, see
``article_probe.py``) ``mm.compare`` runs on the pair as it is, then on four damaged
copies of the Thai (seeded, one per article):

* ``para moved``: a Thai paragraph aligned 1-1 with an English one is moved 2-4
  places up or down. Right: a ``moved`` row for that English paragraph (or its
  sentences) and no omitted/added row for it; ``silent`` when it is aligned with its
  translation and no row says so; ``omitted`` when it is reported lost;
  ``swapped`` when it jumped over one paragraph only and that one is reported moved
  (the two swapped places: either reading is right);
* ``para dropped``: the same Thai paragraph is deleted. Right: ``omitted`` (of all or
  part of it: a sentence of it may have been moved by the translator); ``moved`` is
  the error that matters (a real omission hidden);
* ``sent moved``: the last Thai sentence of a paragraph (aligned with one English
  sentence) is moved to the end of a paragraph 2-4 places away;
* ``sent dropped``: that Thai sentence is deleted (``nothing`` is allowed: a short
  dropped sentence does not always show in the paragraph's length).

On the pair as it is, every planted missing number of ``manifest*.tsv`` that sits in
a passage reported ``moved`` is an error (a dropped sentence called moved), and the
moved rows are printed for reading (translators of these pairs moved some clauses).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from collections import Counter
from typing import Any

from _common import ROOT

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd
from article_probe import find_pairs, load_manifest

import massmob_nlp as mm
from massmob_nlp.comparison.passages import is_kicker
from massmob_nlp.types import Document

MIN_CHARS = 40
"""Shortest Thai paragraph or sentence moved or dropped (a title or byline is not)."""



def _compare(en: Any, th: Any, emb: bool | None) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return mm.compare(en, th, embeddings=emb)


def _rows(cmp: Any, kind: str, side: str) -> list[tuple[int, int]]:
    p = cmp.passages
    sel = p[(p["kind"].astype(str) == kind) & (p["side"].astype(str) == side)]
    return [(int(a), int(b)) for a, b in zip(sel["start_char"], sel["end_char"])]


def _touch(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(x < b and a < y for x, y in spans)


def _verdict(cmp: Any, src: tuple[int, int],
             before: frozenset[tuple[int, int]] = frozenset(),
             swap: tuple[int, int] | None = None) -> str:
    """What the comparison says of the source span ``src``; an omitted row the pair as
    it is has too (a sentence the translator dropped from the paragraph later moved)
    is not the damage's. ``swap``: the source span of the one paragraph the moved one
    jumped over (then the two swapped places, and either may be called moved)."""
    if _touch([r for r in _rows(cmp, "omitted", "src") if r not in before], *src):
        return "omitted"  # also when part of it is moved: a move half reported lost
    if _touch(_rows(cmp, "moved", "src"), *src):
        return "moved"
    if swap is not None and _touch(_rows(cmp, "moved", "src"), *swap):
        return "swapped"  # two neighbouring paragraphs swapped: the other one moved
    return "nothing"



def _one_one_paragraphs(cmp: Any) -> list[tuple[int, int]]:
    """(source para, target para) of 1-1 paragraph beads in order, the Thai long enough
    (:data:`MIN_CHARS`), the English no section label or menu word (``Travel`` aligned
    with a Thai menu line is no passage: ``comparison.passages.is_kicker``)."""
    out = []
    s = cmp.src.paragraphs.set_index("para_id")
    t = cmp.tgt.paragraphs.set_index("para_id")
    for s_ids, t_ids, kind in zip(cmp.paragraph_alignment["src_ids"],
                                  cmp.paragraph_alignment["tgt_ids"],
                                  cmp.paragraph_alignment["kind"].astype(str)):
        if kind == "1-1" and len(str(t.at[t_ids[0], "text"])) >= MIN_CHARS and \
                not is_kicker(str(s.at[s_ids[0], "text"])):
            out.append((int(s_ids[0]), int(t_ids[0])))
    return out


def _span(frame: pd.DataFrame, col: str, value: int) -> tuple[int, int]:
    row = frame[frame[col] == value].iloc[0]
    return int(row["start_char"]), int(row["end_char"])


def _para_variants(cmp: Any, rng: random.Random) -> dict[str, tuple[Any, ...]]:
    """Thai texts with one paragraph moved or dropped, with the English span it holds."""
    pairs = [p for p in _one_one_paragraphs(cmp) if p[1] > 0]
    if len(pairs) < 4:
        return {}
    s_pid, t_pid = rng.choice(pairs)
    frame = cmp.tgt.paragraphs.sort_values("para_id")
    paras = [str(x) for x in frame["text"]]
    k = list(frame["para_id"]).index(t_pid)
    content = _content(frame)
    kc = content.index(k)
    to_c = min(max(kc + rng.randint(2, 4) * rng.choice((-1, 1)), 1), len(content) - 1)
    if abs(to_c - kc) < 2:
        to_c = (min(kc + 2, len(content) - 1) if kc + 2 < len(content)
                else max(kc - 2, 1))
    to = content[to_c]
    moved = paras[:k] + paras[k + 1:]
    moved.insert(to, paras[k])
    dropped = paras[:k] + paras[k + 1:]
    src = _span(cmp.src.paragraphs, "para_id", s_pid)
    return {"para moved": ("\n\n".join(moved), src, _jumped(cmp, k, to)),
            "para dropped": ("\n\n".join(dropped), src, None)}


def _content(frame: pd.DataFrame) -> list[int]:
    """Places (in para_id order) of the Thai paragraphs that are text, not page
    furniture: a translator moves a paragraph or sentence among the story's paragraphs,
    never into a related-links list or a share bar, and a jump counts these only."""
    return [q for q, b in enumerate(frame["is_boilerplate"].astype(bool)) if not b]


def _jumped(cmp: Any, k: int, to: int) -> tuple[int, int] | None:
    """Source span of the Thai paragraph a paragraph moved from place ``k`` to ``to``
    jumped over, when it jumped over one aligned Thai paragraph only (a swap)."""
    t_ids = list(cmp.tgt.paragraphs.sort_values("para_id")["para_id"])
    over = t_ids[to:k] if to < k else t_ids[k + 1:to + 1]
    beads = [(s, t) for s, t in zip(cmp.paragraph_alignment["src_ids"],
                                    cmp.paragraph_alignment["tgt_ids"])
             if len(s) and set(int(x) for x in t) & set(over)]
    if len(beads) != 1 or not set(int(x) for x in beads[0][1]) <= set(over):
        return None
    a = _span(cmp.src.paragraphs, "para_id", int(min(beads[0][0])))
    b = _span(cmp.src.paragraphs, "para_id", int(max(beads[0][0])))
    return a[0], b[1]


def _sent_variants(cmp: Any, rng: random.Random) -> dict[str, tuple[Any, ...]]:
    """Thai texts with the last sentence of a paragraph moved to the end of a paragraph
    2-4 places away, or dropped, with the English sentence it translates."""
    th, sents = cmp.tgt, cmp.tgt.sentences
    paras = th.paragraphs.sort_values("para_id")
    para_ids = list(paras["para_id"].astype(int))
    cands = []
    for s_ids, t_ids, kind in zip(cmp.alignment["src_ids"], cmp.alignment["tgt_ids"],
                                  cmp.alignment["kind"].astype(str)):
        if kind != "1-1":
            continue
        row = sents[sents["sent_id"] == t_ids[0]].iloc[0]
        pid = int(row["para_id"])
        same = sents[sents["para_id"] == pid]
        if len(same) >= 2 and int(same["sent_id"].max()) == t_ids[0] and \
                len(str(row["text"])) >= MIN_CHARS and pid in para_ids:
            cands.append((int(s_ids[0]), t_ids[0], pid))
    if not cands:
        return {}
    s_id, t_id, pid = rng.choice(cands)
    k = para_ids.index(pid)
    content = _content(paras)
    if k not in content:
        return {}
    kc = content.index(k)
    step = rng.randint(2, 4) * rng.choice((-1, 1))
    to_c = min(max(kc + step, 1), len(content) - 1)  # never into the headline
    if abs(to_c - kc) < 2:  # the other way
        to_c = min(max(kc - step, 1), len(content) - 1)
    if abs(to_c - kc) < 2:
        return {}
    to = content[to_c]
    a, b = _span(sents, "sent_id", t_id)
    sentence = th.text[a:b]
    texts = []
    for q, (start, end) in enumerate(zip(paras["start_char"], paras["end_char"])):
        text = th.text[int(start):int(end)]
        if q == k:
            text = (th.text[int(start):a] + th.text[b:int(end)]).rstrip()
        texts.append(text)
    dropped = "\n\n".join(texts)
    texts[to] = texts[to].rstrip() + " " + sentence
    src = _span(cmp.src.sentences, "sent_id", s_id)
    return {"sent moved": ("\n\n".join(texts), src, None),
            "sent dropped": (dropped, src, None)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="article name prefixes (default: all)")
    ap.add_argument("--no-emb", action="store_true", help="compare without embeddings")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every case")
    args = ap.parse_args()
    emb = False if args.no_emb else None
    pairs = find_pairs(args.names)
    docs = {name: tuple(mm.read_documents([e, t])) for name, (e, t) in pairs.items()}
    manifest = load_manifest(docs)
    tally: dict[str, Counter[str]] = {}
    planted_moved = planted_omitted = 0
    moved_as_is: list[str] = []
    start = time.perf_counter()
    for n, (name, (en, th)) in enumerate(docs.items()):
        rng = random.Random(f"{args.seed}:{name}")
        cmp = _compare(en, th, emb)
        moved = _rows(cmp, "moved", "src")
        omitted = _rows(cmp, "omitted", "src")
        for p in manifest.get(name, []):
            if p.status == "missing" and p.en is not None:
                planted_moved += _touch(moved, *p.en)
                planted_omitted += _touch(omitted, *p.en)
                if args.verbose and _touch(moved, *p.en):
                    print(f"  {name}: planted {p.disc} ({p.note}) reported moved")
        for row in cmp.passages[cmp.passages["kind"].astype(str) == "moved"].itertuples():
            moved_as_is.append(f"  {name} {row.level}: {str(row.text)[:70]!r} -> "
                               f"{str(row.other_text)[:50]!r}")
        variants = {**_para_variants(cmp, rng), **_sent_variants(cmp, rng)}
        for case, (text, src, swap) in variants.items():
            damaged = _compare(en, Document(th.doc_id, text), emb)
            said = _verdict(damaged, src, frozenset(omitted), swap)
            tally.setdefault(case, Counter())[said] += 1
            if args.verbose:
                print(f"  {name} {case}: {said} ({en.text[src[0]:src[1]][:60]!r})")
        print(f"[{n + 1}/{len(docs)}] {name}", file=sys.stderr)
    print("\nmoved rows on the pairs as they are:")
    print("\n".join(moved_as_is) or "  none")
    print(f"\nplanted missing numbers inside a moved passage: {planted_moved} "
          f"(inside an omitted one: {planted_omitted})")
    print("\n| case | moved | swapped | omitted | nothing |\n|---|---|---|---|---|")
    for case in ("para moved", "para dropped", "sent moved", "sent dropped"):
        c = tally.get(case, Counter())
        print(f"| {case} | {c['moved']} | {c['swapped']} | {c['omitted']} | {c['nothing']} |")
    print(f"\n{len(docs)} articles, embeddings {'off' if args.no_emb else 'default'}, "
          f"{time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
