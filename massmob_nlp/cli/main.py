"""The ``massmob`` command line.

Examples::

    massmob detect notes.txt "Hà Nội" "ตามมติ 217-QD/TW"
    massmob analyze articles/ --out tables/ --format parquet
    massmob demo --out demo_out/
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any, Sequence

from .. import __version__

log = logging.getLogger(__name__)
DEFAULT_TABLES = "paragraphs,sentences,tokens,numbers,entities"
EPILOG = """examples:
  massmob detect article.txt "Lấy lại mã bảo mật"
  massmob analyze ../shared/corpus/seeds --out out/ --format csv
  massmob demo --out demo_out/
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="massmob", description="Analyze, align and compare English news and its "
        "Thai translation.", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"massmob_nlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("detect", help="language of files, or of texts given inline",
                       epilog="example: massmob detect a.txt 'Hà Nội'",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", help="files, folders or literal texts")
    p.add_argument("--paragraphs", action="store_true", help="one line per paragraph")
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("analyze", help="paragraph, sentence, token, number and entity "
                       "tables for each document",
                       epilog="example: massmob analyze articles/ --out tables/ --format parquet",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", help="files or folders (.txt .html .jsonl .csv)")
    _common(p)
    p.add_argument("--tables", default=DEFAULT_TABLES,
                   help="comma-separated tables to write (default: %(default)s)")
    p.set_defaults(func=cmd_analyze)
    _add_later_commands(sub)
    return parser


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", default="massmob_out", help="output folder (default: %(default)s)")
    p.add_argument("--format", default="csv", choices=("csv", "parquet", "json"))
    p.add_argument("--encoding", default=None, help="force the input encoding")
    p.add_argument("--lang", default=None, help="force the language (default: detect)")


def _add_later_commands(sub: Any) -> None:
    """pair / align / compare / demo live in cli_compare (added by the compare stage)."""
    try:
        from .compare import add_commands
    except ImportError:
        return
    add_commands(sub, _common)


def _progress(items: Sequence[Any], desc: str) -> Any:
    if len(items) > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(items, desc=desc, unit="doc")
    return items


def cmd_detect(args: argparse.Namespace) -> int:
    from ..corpus.reader import paragraphs_table, read_documents
    from ..langid import detect_language

    docs = read_documents(list(args.inputs))
    for doc in docs:
        label = doc.meta.get("path", doc.doc_id)
        if args.paragraphs:
            for row in paragraphs_table(doc).itertuples():
                flag = f" [{row.boilerplate_kind}]" if row.is_boilerplate else ""
                print(f"{label}\t{row.para_id}\t{row.lang}{flag}\t{row.text[:60]}")
        else:
            print(f"{label}\t{detect_language(doc.text)}")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from ..pipeline import analyze_documents, export_frames
    from ..corpus.reader import read_corpus

    docs, errors = read_corpus(list(args.inputs), encoding=args.encoding)
    for row in errors.itertuples():
        print(f"massmob analyze: skipped {row.source}: {row.message}", file=sys.stderr)
    include = [t.strip() for t in args.tables.split(",") if t.strip()]
    analyses = analyze_documents(docs, lang=args.lang)
    frames: dict[str, Any] = {}
    import pandas as pd

    for name in include:
        parts = [getattr(a, name) for a in _progress(analyses, name)]
        frames[name] = pd.concat(parts, ignore_index=True) if parts else None
    if len(errors):
        frames["errors"] = errors
    paths = export_frames({k: v for k, v in frames.items() if v is not None}, args.out,
                          fmt=args.format)
    for a in analyses:
        s = a.summary()
        extra = "".join(f", {n}={len(getattr(a, n))}" for n in ("numbers", "entities")
                        if n in include)
        print(f"{s['doc_id']}: {s['lang']}, {s['paragraphs']} paragraphs "
              f"({s['boilerplate']} boilerplate), {s['sentences']} sentences, "
              f"{s['tokens']} tokens{extra}")
    print(f"wrote {len(paths)} tables to {Path(args.out)}/")
    if len(errors):
        print(f"{len(errors)} input(s) could not be read: see errors.{args.format}",
              file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return int(args.func(args) or 0)
    except (OSError, ValueError, TypeError, UnicodeError, ImportError) as e:
        print(f"massmob {args.command}: error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
