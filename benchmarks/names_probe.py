"""Names on our whole articles: every entity row that is not a plain match, to read.

    python benchmarks/names_probe.py                 # every pair of benchmarks/data/articles
    python benchmarks/names_probe.py a03 a13         # some pairs
    python benchmarks/names_probe.py --matched       # also every matched row (precision)
    python benchmarks/names_probe.py --quiet         # totals only
    python benchmarks/names_probe.py --wrong         # only the suspect wrong matches

Each pair is read and compared as ``benchmarks/article_probe.py`` does
(``mm.read_documents`` then ``mm.compare``). For each pair the script prints every
row of the ``entities`` table with status ``missing``, ``added`` or ``changed`` (with
``--matched`` also the matched rows, with their score), marked ``!`` when it is
``checked`` (a problem, not a hint), and every ``untranslated`` passage, marked
``IN-SOURCE`` when the Latin span occurs in the English text once quotes,
apostrophes, case and spacing are normalized (such a flag would be false). A
``missing`` row whose source sentence has no translation at all (a sentence bead with
no target text: the translator dropped it) is marked ``DROPPED``: that name is truly
missing. Totals per label and status close the listing, then the missing and added
rows per batch of pairs (:data:`BATCHES`: a01-a41, a42-a61, a62-a81, a82-a101,
then ten at a time), so a
change can be measured before → after.

Precision: every ``matched`` row is also judged without hand labels
(:func:`wrong_match`), and the suspect wrong ones are printed marked ``WRONG`` (with
``--matched`` or ``--wrong``) and counted per batch: a pair of legal documents or
codes whose numbers differ (``Decree 238/2025/ND-CP`` / กฤษฎีกาที่ 283/2025/ND-CP),
or a Thai side that is a common dictionary word or a piece of one (แรงงาน *labour*
for ``Region IV``, the ราณ of โบราณ) which is neither a world-table name of the
English nor a lexicon translation of one of its words, nor a close transliteration.
Precision = 1 - suspects / matched (an upper bound of the wrong matches by these two
tests; other wrong pairs are not seen).
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from typing import Any

from _common import ROOT

sys.path.insert(0, str(ROOT))

from article_probe import find_pairs

import massmob_nlp as mm

SHOWN = ("missing", "added", "changed")
BATCHES = ((1, 41), (42, 61), (62, 81), (82, 101), (102, 111), (112, 121), (122, 131),
           (132, 141), (142, 151), (152, 161), (162, 171), (172, 181),
           (182, 191), (192, 201), (202, 211), (212, 221),
           (222, 231), (232, 241), (242, 251), (252, 261), (262, 271),
           (272, 281), (282, 291), (292, 301),
           (302, 311), (312, 321), (322, 331), (332, 341),
           (342, 351), (352, 361), (362, 371),
           (372, 381), (382, 391), (392, 401),
           (402, 411), (420, 429),
           (430, 439), (440, 449), (450, 459), (460, 469), (470, 479),
           (480, 489), (490, 499), (500, 509), (510, 519), (520, 529),
           (530, 539), (540, 549), (550, 559), (560, 569), (570, 579), (580, 589),
           (590, 599), (600, 609), (610, 619), (620, 629), (630, 639),
           (640, 649), (650, 999))
"""Batches of article pairs (by number), counted apart."""


def batch_of(name: str) -> str:
    m = re.match(r"a(\d+)", name)
    n = int(m.group(1)) if m else 0
    lo, hi = next(((lo, hi) for lo, hi in BATCHES if lo <= n <= hi), (0, 0))
    return f"a{lo:02d}-a{hi:02d}" if hi < 999 else f"a{lo:02d}+"
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).casefold().strip()


def _short(text: Any, n: int = 60) -> str:
    s = "" if text is None or str(text) in ("<NA>", "nan", "None") else str(text)
    s = s.replace("\n", " ⏎ ")
    return s if len(s) <= n else s[: n - 1] + "…"


_DIGITS_RE = re.compile(r"[0-9]+")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI_CHAR_RE = re.compile("[\u0e01-\u0e4e]")
_THAI_ABBREVIATION_RE = re.compile(r"[ก-ฮ]{1,5}(?:\.[ก-ฮ]{1,4})*\.")
CLOSE_SOUND = 0.9
"""A Thai common word this close in sound to the English name is its rendering..."""
CLOSE_NAME = 0.85
"""...or this close by :func:`~massmob_nlp.entities.name_similarity` (a Thai-born name
in RTGS: ``Chonburi`` / ชลบุรี)."""


def _numbers(text: str) -> list[str]:
    return [n.lstrip("0") or "0" for n in _DIGITS_RE.findall(text.translate(_THAI_DIGITS))]


def wrong_match(src: str, tgt: str, label: str, tgt_text: str, start: int, end: int
                ) -> str | None:
    """Why a matched pair is judged wrong without hand labels, or None: numbers that
    differ on a legal document or code; a Thai side that is a dictionary word or a
    piece of one (``tgt_text[start:end]``) and is no world-table name, lexicon
    translation or close transliteration of the English."""
    from massmob_nlp.entities import name_similarity
    from massmob_nlp.entities.gazetteer import find as find_gazetteer
    from massmob_nlp.entities.latin_search import thai_core
    from massmob_nlp.entities.sounds import sound_similarity
    from massmob_nlp.entities.thai_search import _thai_dictionary, in_common_word, spell_acronym
    from massmob_nlp.entities.translated import name_words
    from massmob_nlp.entities.world import world_ids

    a, b = _numbers(src), _numbers(tgt)
    if (label == "LAW" or (a and b)) and a != b:
        return f"numbers differ {a} / {b}"
    if not _THAI_CHAR_RE.search(tgt) or _THAI_CHAR_RE.search(src):
        return None
    core = thai_core(tgt)
    if not core:
        return None
    at = tgt_text.find(core, start, end)
    piece = at >= 0 and in_common_word(tgt_text, at, at + len(core))
    if core not in _thai_dictionary() and not piece:
        return None
    if world_ids(core) or world_ids(tgt) or any(h.start == 0 and h.end == len(core)
                                                for h in find_gazetteer(core)):
        return None  # a place or body of the world table or gazetteer: a name
    if core in spell_acronym(src.strip()) or _THAI_ABBREVIATION_RE.fullmatch(core):
        return None  # TNT / ทีเอ็นที; UEC / กกต. (the initials of the Thai name)
    lexicon = name_words()
    words = re.findall(r"[^\W\d_]+", src)
    for word in words:
        if any(t in tgt for t in lexicon.get(word.casefold(), ())):
            return None
    if sound_similarity(src, core) >= CLOSE_SOUND or name_similarity(src, tgt) >= CLOSE_NAME \
            or any(name_similarity(w, core) >= CLOSE_SOUND for w in words if len(w) > 1):
        return None  # the name, or one of its words (Giang / นายซาง, Smart / สมาร์ต)
    return "Thai common word" if core in _thai_dictionary() else "piece of a Thai word"


def probe(name: str, en: Any, th: Any, totals: Counter[tuple[str, str]], flags: Counter[str],
          *, matched: bool, quiet: bool, wrong_only: bool = False) -> None:
    batch = batch_of(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cmp = mm.compare(en, th)
    ents = cmp.entities
    dropped = {int(b) for b, t in zip(cmp.alignment["bead_id"], cmp.alignment["tgt_ids"])
               if len(t) == 0}
    lines = []
    for _, r in ents.iterrows():
        status, label = str(r["status"]), str(r["label"])
        totals[(label, status)] += 1
        totals[("ALL", status)] += 1
        drop = status == "missing" and int(r["bead_id"]) in dropped
        if status in ("missing", "added"):
            flags[f"{batch} {status}"] += 1
            flags[f"{batch} {status} dropped"] += drop
        if bool(r["checked"]) and status in SHOWN:
            totals[("CHECKED", status)] += 1
        why = None
        if status == "matched":
            flags[f"{batch} matched"] += 1
            start = r["tgt_start_char"]
            why = wrong_match(str(r["src_text"]), str(r["tgt_text"]), label, th.text,
                              int(start) if str(start) not in ("<NA>", "nan", "None") else 0,
                              int(r["tgt_end_char"]) if str(start) not in ("<NA>", "nan",
                                                                           "None") else 0)
            flags[f"{batch} wrong"] += why is not None
            totals[("WRONG", status)] += why is not None
        if why is not None and (matched or wrong_only):
            lines.append(f"  WRONG matched  {label:7s} {float(r['score']):.2f} "
                         f"en={_short(r['src_text'])!r} th={_short(r['tgt_text'])!r} ({why})")
        elif wrong_only:
            continue
        elif status in SHOWN or (matched and status == "matched"):
            mark = "!" if bool(r["checked"]) and status != "matched" else " "
            score = "" if str(r["score"]) in ("nan", "<NA>") else f"{float(r['score']):.2f}"
            score = "DROP" if drop else score
            lines.append(f"  {mark} {status:8s} {label:7s} {score:4s} "
                         f"en={_short(r['src_text'])!r} th={_short(r['tgt_text'])!r} "
                         f"id={_short(r['entity_id'], 30)}")
    src = _norm(en.text)
    for _, p in ([] if wrong_only else cmp.passages.iterrows()):
        if str(p["kind"]) != "untranslated":
            continue
        text = str(p["text"])
        inside = _norm(text) in src
        flags["IN-SOURCE" if inside else "not in source"] += 1
        lines.append(f"    untranslated {'IN-SOURCE' if inside else '':9s} {_short(text)!r}")
    if not quiet:
        counts = Counter(str(s) for s in ents["status"])
        print(f"\n=== {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        print("\n".join(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="article name prefixes (default: all)")
    ap.add_argument("--matched", action="store_true", help="also print matched rows")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--wrong", action="store_true", help="only suspect wrong matches")
    args = ap.parse_args()
    pairs = find_pairs(args.names)
    totals: Counter[tuple[str, str]] = Counter()
    flags: Counter[str] = Counter()
    for name, (en_path, th_path) in pairs.items():
        en, th = mm.read_documents([en_path, th_path])
        try:
            probe(name, en, th, totals, flags, matched=args.matched, quiet=args.quiet,
                  wrong_only=args.wrong)
        except Exception as exc:  # one bad pair never stops the others
            print(f"\n=== {name}: {type(exc).__name__}: {exc}")
    labels = sorted({k[0] for k in totals})
    statuses = sorted({k[1] for k in totals})
    print(f"\nTOTAL {len(pairs)} pairs")
    print("| label | " + " | ".join(statuses) + " |")
    print("|---|" + "---|" * len(statuses))
    for label in labels:
        print(f"| {label} | " + " | ".join(str(totals[(label, s)]) for s in statuses) + " |")
    print(f"untranslated: {flags['not in source']} not in source, "
          f"{flags['IN-SOURCE']} in the source (false)")
    print("\n| batch | pairs | missing (of them in dropped sentences) | added "
          "| matched | suspect wrong | precision |")
    print("|---|---|---|---|---|---|---|")
    for batch in sorted({batch_of(n) for n in pairs}):
        n = sum(batch_of(p) == batch for p in pairs)
        got, bad = flags[f"{batch} matched"], flags[f"{batch} wrong"]
        print(f"| {batch} | {n} | {flags[f'{batch} missing']} "
              f"({flags[f'{batch} missing dropped']}) | {flags[f'{batch} added']} "
              f"| {got} | {bad} | {1 - bad / got if got else 1:.3f} |")
    got, bad = totals[("ALL", "matched")], totals[("WRONG", "matched")]
    print(f"names precision (suspect wrong matches): {bad}/{got} wrong, "
          f"{1 - bad / got if got else 1:.3f}")


if __name__ == "__main__":
    main()
