"""``massmob pair | align | compare | versions | demo``: the translation-checking
subcommands.

Added to the ``massmob`` parser by :func:`add_commands` (called from :mod:`.cli`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import Errors
from .output import progress, refuse_inputs, safe_name, write_frames

DEMO_DIR = Path(__file__).resolve().parent.parent / "data" / "demo"
MAX_PRINTED = 50
"""Pairs of a corpus listed on stdout (worst first); all are in summary and the
dashboard."""
EXPORTS = {"tmx": "alignment.tmx", "xliff": "review.xlf", "xlsx": "review.xlsx"}
"""``massmob compare --export`` formats and the file each writes per pair."""

_PAIR_EPILOG = """examples:
  massmob pair ../shared/corpus/seeds
  massmob pair en/ th/ --out pairs/ --format json
"""
_ALIGN_EPILOG = """examples:
  massmob align article_en.txt article_th.txt
  massmob align article_en.txt article_th.txt --level paragraph --format parquet
"""
_COMPARE_EPILOG = """examples:
  massmob compare article_en.txt article_th.txt --out check/
  massmob compare ../shared/corpus/seeds --out check/   (pairs the documents first)
  massmob compare corpus/ --out check/ --n-process 2    (a corpus: summary, tables,
      check/dashboard.html linking check/reports/<pair>.html of each pair to check,
      pairs compared in 2 processes; --reports none skips the pair reports)
  massmob compare article_en.txt article_th.txt --export tmx,xliff,xlsx
  open check/<src>__<tgt>.report.html in a browser
"""
_VERSIONS_EPILOG = """examples:
  massmob versions original_vi.txt edition_en.txt edition_th.txt --out check/
      (one row per number of the original: what each edition kept; versions are named
      by their language, or by --names)
  massmob versions original_vi.txt en.txt th_a.txt th_b.txt --names en,th_a,th_b
  massmob versions articles/ --out check/
      (a folder: each Vietnamese original is paired with its English and Thai
      versions, every group is compared; tables gain a source_doc_id column)
"""
_DEMO_EPILOG = """examples:
  massmob demo
  massmob demo --out /tmp/demo --format json
"""


def add_commands(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``pair``, ``align``, ``compare`` and ``demo`` to the ``massmob`` parser."""
    fmt = argparse.RawDescriptionHelpFormatter
    p = sub.add_parser("pair", help="find which document translates which",
                       description="Pair each English document with its Thai translation "
                       "(numbers, names, codes, length and URLs).", epilog=_PAIR_EPILOG,
                       formatter_class=fmt)
    p.add_argument("inputs", nargs="+", help="files or folders of documents")
    common(p)
    p.add_argument("--threshold", type=float, default=None,
                   help="minimum pairing score 0..1 (default: the library's)")
    p.set_defaults(func=cmd_pair)

    p = sub.add_parser("align", help="align a document with its translation",
                       description="Align paragraphs and sentences of a source document "
                       "and its translation; writes the beads.", epilog=_ALIGN_EPILOG,
                       formatter_class=fmt)
    p.add_argument("src", help="source document (English)")
    p.add_argument("tgt", help="its translation (Thai)")
    common(p)
    p.add_argument("--level", choices=("sentence", "paragraph", "both"), default="both")
    p.set_defaults(func=cmd_align)

    p = sub.add_parser("compare", help="check a translation against its source",
                       description="Compare numbers, entities and passages of translated "
                       "documents; writes the tables and an HTML report per pair. With "
                       "two files, they are the pair (source first); otherwise documents "
                       "are paired first.", epilog=_COMPARE_EPILOG, formatter_class=fmt)
    p.add_argument("inputs", nargs="+", help="SRC TGT, or files/folders to pair")
    common(p)
    p.add_argument("--no-report", action="store_true",
                   help="skip the HTML reports (a corpus: the dashboard and the pair "
                   "reports)")
    p.add_argument("--reports", choices=("none", "check", "all"), default="check",
                   help="a corpus: which pairs get an HTML report in OUT/reports/, "
                   "linked from the dashboard (default: %(default)s, the pairs with "
                   "something to check; each report costs about one more comparison)")
    p.add_argument("--n-process", type=int, default=1,
                   help="worker processes comparing the pairs of a corpus (-1: one per "
                   "core; default: %(default)s)")
    p.add_argument("--export", type=_exports, default=(), metavar="FORMATS",
                   help="also write, per pair, any of tmx (translation memory), xliff "
                   "(beads with findings as notes), xlsx (bilingual spreadsheet), "
                   "comma-separated")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("versions", help="compare one source with several translations",
                       description="Compare a source (e.g. a Vietnamese original) with "
                       "each of its translations and lay the numbers side by side: prints "
                       "the numbers the editions disagree on, writes version_numbers, "
                       "versions_wide, versions_summary, an HTML report per edition and "
                       "one page of all editions (SRC.versions.html).",
                       epilog=_VERSIONS_EPILOG, formatter_class=fmt)
    p.add_argument("src", help="the source document, or a folder of originals and "
                   "translations (then each original's versions are found by pairing)")
    p.add_argument("translations", nargs="*", help="its translations, one file each")
    p.add_argument("--source-lang", default="vi", metavar="LANG",
                   help="with a folder: the language of the originals (default: vi)")
    p.add_argument("--names", type=_names, default=None, metavar="NAMES",
                   help="comma-separated version names, one per translation (default: "
                   "each translation's language)")
    common(p)
    p.add_argument("--no-report", action="store_true", help="skip the HTML reports")
    p.set_defaults(func=cmd_versions)

    p = sub.add_parser("demo", help="run the whole pipeline on the shipped demo pair",
                       description="Compare the demo English article with its Thai "
                       "translation (which has planted errors), print the summary and "
                       "the problems, and write the tables and report.html.",
                       epilog=_DEMO_EPILOG, formatter_class=fmt)
    common(p)
    p.set_defaults(func=cmd_demo, out="demo_out")


def _exports(value: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    bad = [n for n in names if n not in EXPORTS]
    if bad or not names:
        raise argparse.ArgumentTypeError(Errors.E040.format(
            command="compare", message=f"unknown --export {', '.join(bad) or '(none)'}; "
            f"choose from {', '.join(EXPORTS)}"))
    return names


def _names(value: str) -> tuple[str, ...]:
    names = tuple(v.strip() for v in value.split(","))
    if not all(names) or len(set(names)) != len(names):
        raise argparse.ArgumentTypeError(Errors.E040.format(
            command="versions", message=f"--names {value!r} must be distinct, non-empty "
            "names separated by commas"))
    return names


def cmd_versions(args: argparse.Namespace) -> int:
    from ..comparison.versions import compare_versions
    from ..pipeline import analyze_documents

    if not args.translations:
        return _versions_of_folder(args)
    if args.names is not None and len(args.names) != len(args.translations):
        print(Errors.E040.format(command="versions", message=f"--names gives "
              f"{len(args.names)} names for {len(args.translations)} translations"),
              file=sys.stderr)
        return 2
    docs = [_read([x], args)[0] for x in [args.src, *args.translations]]
    src, *tgts = analyze_documents(docs)
    named: Any = dict(zip(args.names, tgts, strict=True)) if args.names else tgts
    v = compare_versions(src, named)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    for name, cmp in v.comparisons.items():
        print(f"{src.doc_id} -> {cmp.tgt.doc_id} ({name}): {cmp.verdict}")
    if not args.no_report:
        _version_reports(v, Path(args.out))
    wide = v.wide()
    disagree = v.disagreements()
    cols = ["src_text"] + [c for n in v.comparisons for c in (f"{n}_text", f"{n}_status")]
    if len(disagree):
        print(f"\n{len(disagree)} of {len(wide)} numbers not kept by every version:")
        print(disagree[cols].head(MAX_PRINTED).to_string(index=False))
    else:
        print(f"\nall {len(wide)} numbers kept by every version")
    paths = write_frames({"version_numbers": v.numbers, "versions_wide": wide,
                          "versions_summary": v.summary}, args, docs)
    print(f"wrote {len(paths)} tables to {Path(args.out)}/")
    return 0


def _version_reports(v: Any, out: Path) -> None:
    """Each edition's comparison report and the page of all editions linking them."""
    src_id = v.source.doc_id
    links = {}
    for name, cmp in v.comparisons.items():
        file = f"{safe_name(src_id + '__' + name)}.report.html"
        cmp.to_html(out / file)
        links[name] = file
    v.to_html(out / f"{safe_name(src_id)}.versions.html", reports=links)


def _hint_versions(langs: Any) -> None:
    """Unpaired documents in a third language (a Vietnamese original beside its
    English and Thai editions): point at ``massmob versions``."""
    other = sorted({str(x) for x in langs.dropna()} - {"en", "th", "und"})
    if other:
        print(f"({', '.join(other)} documents are not paired by compare; if they are "
              "originals of the English and Thai articles, run `massmob versions FOLDER "
              f"--source-lang {other[0]}`)")


def _versions_of_folder(args: argparse.Namespace) -> int:
    """``massmob versions FOLDER``: find each original's versions, compare each group."""
    import pandas as pd

    from ..comparison.versions import compare_versions, find_versions
    from ..pipeline import analyze_documents

    if args.names is not None:
        print(Errors.E040.format(command="versions", message="--names needs the "
              "translations as files; with a folder, versions are named by language"),
              file=sys.stderr)
        return 2
    docs = _read([args.src], args)
    groups = find_versions(docs, source_lang=args.source_lang)
    if groups.empty:
        print(f"no {args.source_lang} original with a translation found among "
              f"{len(docs)} documents", file=sys.stderr)
        return 1
    by_id = {d.doc_id: d for d in docs}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    numbers, wides, summaries = [], [], []
    for source_id, group in groups.groupby("source_doc_id", sort=False):
        src, *tgts = analyze_documents([by_id[str(source_id)],
                                        *(by_id[str(d)] for d in group["doc_id"])])
        v = compare_versions(src, dict(zip(group["version"].astype(str), tgts,
                                           strict=True)))
        for name, cmp in v.comparisons.items():
            print(f"{src.doc_id} -> {cmp.tgt.doc_id} ({name}): {cmp.verdict}")
        if not args.no_report:
            _version_reports(v, out)
        disagree = len(v.disagreements())
        print(f"  {disagree} of {len(v.wide())} numbers not kept by every version")
        numbers.append(v.numbers.assign(source_doc_id=src.doc_id))
        wides.append(v.wide().assign(source_doc_id=src.doc_id))
        summaries.append(v.summary.assign(source_doc_id=src.doc_id))
    unused = sorted(set(by_id) - set(groups["source_doc_id"]) - set(groups["doc_id"]))
    if unused:
        print(f"not in any group: {', '.join(unused[:MAX_PRINTED])}"
              + (" …" if len(unused) > MAX_PRINTED else ""))
    frames = {"version_groups": groups,
              "version_numbers": _first(pd.concat(numbers, ignore_index=True)),
              "versions_wide": _first(pd.concat(wides, ignore_index=True)),
              "versions_summary": _first(pd.concat(summaries, ignore_index=True))}
    paths = write_frames(frames, args, docs)
    print(f"compared {groups['source_doc_id'].nunique()} originals with "
          f"{len(groups)} versions; wrote {len(paths)} tables to {out}/")
    return 0


def _first(frame: Any) -> Any:
    """``source_doc_id`` as the first column."""
    return frame[["source_doc_id", *[c for c in frame.columns if c != "source_doc_id"]]]


def _read(paths: Sequence[str], args: argparse.Namespace) -> list[Any]:
    from ..corpus.reader import read_documents

    return read_documents(list(paths), encoding=args.encoding,
                          text_column=args.text_column, id_column=args.id_column)


def cmd_pair(args: argparse.Namespace) -> int:
    from ..alignment.result import pair_documents

    docs = _read(args.inputs, args)
    kw = {} if args.threshold is None else {"threshold": args.threshold}
    pairs = pair_documents(docs, **kw)
    if pairs.empty:
        print(f"massmob pair: no English-Thai pairs found among {len(docs)} documents",
              file=sys.stderr)
        return 1
    for row in pairs.itertuples(index=False):
        print(f"{row.src_doc_id}\t{row.tgt_doc_id}\t{row.score:.2f}\t{row.evidence}")
    paths = write_frames({"pairs": pairs}, args, docs)
    print(f"wrote {paths[0]}")
    return 0


def cmd_align(args: argparse.Namespace) -> int:
    from ..alignment.result import align
    from ..pipeline import analyze_documents

    src, tgt = analyze_documents(_read([args.src], args)[:1] + _read([args.tgt], args)[:1])
    levels = ("paragraph", "sentence") if args.level == "both" else (args.level,)
    frames = {}
    for level in levels:
        frame = align(src, tgt, level=level).to_frame()
        frames[f"{src.doc_id}__{tgt.doc_id}.alignment_{level}"] = frame
        kinds = frame["kind"].astype(str).value_counts()
        print(f"{level}: {len(frame)} beads (" + ", ".join(
            f"{k} {n}" for k, n in kinds.items() if n) + ")")
    paths = write_frames(frames, args, [src.document, tgt.document])
    print(f"wrote {len(paths)} tables to {Path(args.out)}/")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from ..alignment.result import pair_documents
    from ..pipeline import analyze_documents

    if not (len(args.inputs) == 2 and not any(Path(x).is_dir() for x in args.inputs)) \
            and not args.export:
        return _compare_corpus(args)
    docs = _read(args.inputs, args)
    if len(args.inputs) == 2 and len(docs) == 2:
        pairs = [(docs[0], docs[1])]
    else:
        table = pair_documents(docs)
        by_id = {d.doc_id: d for d in docs}
        pairs = [(by_id[s], by_id[t])
                 for s, t in zip(table["src_doc_id"], table["tgt_doc_id"], strict=True)]
        if not pairs:
            print(f"massmob compare: no English-Thai pairs found among {len(docs)} "
                  "documents; pass SRC TGT explicitly", file=sys.stderr)
            return 1
        paired = set(table["src_doc_id"]) | set(table["tgt_doc_id"])
        unpaired = [d.doc_id for d in docs if d.doc_id not in paired]
        if unpaired:  # nothing is dropped silently
            print(f"not compared (no translation partner found): {', '.join(unpaired)}")
    import pandas as pd

    summaries = []
    for src_doc, tgt_doc in progress(pairs, "compare", "pair"):
        src, tgt = analyze_documents([src_doc, tgt_doc])
        cmp = _compare_and_write(src, tgt, args, report=not args.no_report)
        summaries.append(cmp.summary)
        print(f"{src.doc_id} -> {tgt.doc_id}: {cmp.verdict}")
    if len(summaries) > 1:

        write_frames({"summary": pd.DataFrame(summaries)}, args, docs)
    print(f"wrote {len(pairs)} comparison(s) to {Path(args.out)}/")
    return 0


def _compare_corpus(args: argparse.Namespace) -> int:
    """A corpus: pair the documents, compare the pairs in ``--n-process`` processes and
    write the stacked tables (csv, jsonl, parquet: in parts as pairs finish, like
    ``massmob analyze --out``), ``summary`` and ``dashboard.html``."""
    from ..runs.compare import compare_corpus
    from ..runs.corpus_tables import PART_FORMATS, PartWriter
    from ..runs.dashboard import TABLE_NAMES

    streamed = args.format in PART_FORMATS
    targets = (PartWriter(args.out, fmt=args.format, names=TABLE_NAMES).targets()
               if streamed else [Path(args.out) / f"{n}.{args.format}" for n in TABLE_NAMES])
    refuse_inputs(args, targets)
    run = compare_corpus(list(args.inputs), n_process=args.n_process,
                         encoding=args.encoding, text_column=args.text_column,
                         id_column=args.id_column, out=args.out if streamed else None,
                         fmt=args.format,
                         reports="none" if args.no_report else args.reports,
                         reports_dir=Path(args.out) / "reports")
    if run.n_pairs == 0:
        print(f"massmob compare: no English-Thai pairs found among {len(run.summary)} "
              "documents; pass SRC TGT explicitly", file=sys.stderr)
        return 1
    s = run.summary
    unpaired = s["status"].astype(str) == "unpaired"
    if unpaired.any():  # nothing is dropped silently
        ids = s.loc[unpaired, "src_doc_id"].fillna(s.loc[unpaired, "tgt_doc_id"])
        print(f"not compared (no translation partner found): {', '.join(ids)}")
        _hint_versions(s.loc[unpaired, "src_lang"].fillna(s.loc[unpaired, "tgt_lang"]))
    worst = run.worst_first()
    for row in worst[worst["status"].astype(str) != "unpaired"].head(
            MAX_PRINTED).itertuples():
        print(f"{row.src_doc_id} -> {row.tgt_doc_id}: {row.verdict}")
    paths = targets if streamed else write_frames(run.to_frames(), args, [])
    if not args.no_report:
        run.to_html(Path(args.out) / "dashboard.html")
    counts = ", ".join(f"{k} {v}" for k, v in run.status_counts().items() if v)
    n_errors = len(run.errors)
    n_reports = int(run.summary["report"].notna().sum())
    html_written = ("" if args.no_report else " and dashboard.html" + (
        f" (linking {n_reports} pair report{'' if n_reports == 1 else 's'} in reports/)"
        if n_reports else ""))
    print(f"compared {run.n_pairs} pair{'' if run.n_pairs == 1 else 's'} ({counts}; "
          f"{n_errors} error{'' if n_errors == 1 else 's'}); wrote "
          f"{len(paths)} tables{html_written} to {Path(args.out)}/")
    return 0


def _compare_and_write(src: Any, tgt: Any, args: argparse.Namespace, *,
                       report: bool, prefix: str | None = None) -> Any:
    from ..comparison.result import compare

    cmp = compare(src, tgt)
    name = prefix if prefix is not None else f"{src.doc_id}__{tgt.doc_id}."
    write_frames({f"{name}{k}": v for k, v in cmp.to_frames().items()}, args,
                 [src.document, tgt.document])
    if report:
        cmp.to_html(Path(args.out) / f"{safe_name(name + 'report')}.html")
    for fmt in getattr(args, "export", ()):
        path = Path(args.out) / safe_name(name + EXPORTS[fmt])
        if fmt == "xlsx":
            cmp.to_spreadsheet(path)
        else:
            (cmp.to_tmx if fmt == "tmx" else cmp.to_xliff)(path)
    return cmp


def cmd_demo(args: argparse.Namespace) -> int:
    import pandas as pd

    from ..pipeline import analyze_documents

    src, tgt = analyze_documents(_read([str(DEMO_DIR / "demo_en.txt"),
                                        str(DEMO_DIR / "demo_th.txt")], args))
    cmp = _compare_and_write(src, tgt, args, report=True, prefix="")
    s = cmp.summary
    print(f"demo: {src.doc_id} ({s['src_lang']}) -> {tgt.doc_id} ({s['tgt_lang']}), "
          f"{s['paragraph_beads']} paragraph beads, {s['sentence_beads']} sentence beads")
    print(cmp.verdict)
    print("\nproblems:")
    with pd.option_context("display.width", 160, "display.max_colwidth", 50):
        print(cmp.problems().fillna("").to_string(index=False))
    print(f"\nwrote the tables and report.html to {Path(args.out)}/")
    return 0
