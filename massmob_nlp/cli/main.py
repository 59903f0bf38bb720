"""The ``massmob`` command line.

Examples::

    massmob detect notes.txt "Hà Nội" "ตามมติ 217-QD/TW"
    massmob analyze articles/ --out tables/ --format parquet
    massmob compare article_en.txt article_th.txt --out check/
  massmob versions original_vi.txt edition_en.txt edition_th.txt --out check/
  massmob demo --out demo_out/
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import Errors
from ..types import OUTPUT_FORMATS
from .compare import add_commands
from .output import refuse_inputs as _refuse_inputs
from .output import write_frames

log = logging.getLogger(__name__)
DEFAULT_TABLES = "paragraphs,sentences,tokens,numbers,entities"
EPILOG = """examples:
  massmob detect article.txt "Lấy lại mã bảo mật"
  massmob analyze ../shared/corpus/seeds --out out/ --format csv
  massmob demo --out demo_out/
"""


TABLES = ("paragraphs", "sentences", "tokens", "numbers", "entities")
"""Tables ``massmob analyze --tables`` can write."""


class OptionError(ValueError):
    """A command-line option is invalid (exit code 2, before any work)."""


class _Parser(argparse.ArgumentParser):
    """argparse with coded messages: ``[E040] massmob analyze: ...``, exit code 2."""

    command: str | None = None

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        ns, extras = self.parse_known_args(args, namespace)
        if extras:  # name the subcommand, not "massmob", in the message
            self.command = getattr(ns, "command", None)
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return ns

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        command = self.prog.split(" ", 1)[1] if " " in self.prog else (
            self.command or "COMMAND")
        self.exit(2, Errors.E040.format(command=command, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    _input_options(p)
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("analyze", help="paragraph, sentence, token, number and entity "
                       "tables for each document",
                       epilog="example: massmob analyze articles/ --out tables/ --format parquet",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", help="files or folders (.txt .html .jsonl .csv)")
    _common(p)
    p.add_argument("--lang", default=None, help="force the language (default: detect)")
    p.add_argument("--tables", default=DEFAULT_TABLES,
                   help="comma-separated tables to write (default: %(default)s)")
    p.add_argument("--n-process", type=int, default=1,
                   help="worker processes (-1: one per core; default: %(default)s)")
    p.add_argument("--batch-size", type=int, default=16,
                   help="documents per batch of work (default: %(default)s)")
    p.set_defaults(func=cmd_analyze)
    add_commands(sub, _common)  # pair / align / compare / versions / demo
    return parser


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", default="massmob_out", help="output folder (default: %(default)s)")
    p.add_argument("--format", default="csv", choices=OUTPUT_FORMATS)
    _input_options(p)


def _input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--encoding", default=None, help="force the input encoding")
    p.add_argument("--text-column", default="text",
                   help="text field of .jsonl/.csv records (default: %(default)s)")
    p.add_argument("--id-column", default="id",
                   help="id field of .jsonl/.csv records (default: %(default)s)")


def validate(args: argparse.Namespace) -> None:
    """Check every option before any work; raises :class:`OptionError` (``[E040]``)."""
    try:
        _check_options(args)
    except OptionError as e:
        raise OptionError(Errors.E040.format(command=args.command, message=e)) from None


def _check_options(args: argparse.Namespace) -> None:
    import codecs

    from ..langid import KNOWN_LANGS

    if getattr(args, "encoding", None):
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise OptionError(f"unknown --encoding {args.encoding!r} (try utf-8, utf-16, "
                              "cp874)") from None
    lang = getattr(args, "lang", None)
    if lang is not None and lang not in KNOWN_LANGS:
        raise OptionError(f"unknown --lang {lang!r}; choose one of "
                          f"{', '.join(KNOWN_LANGS)}")
    if getattr(args, "tables", None) is not None:
        names = [t.strip() for t in args.tables.split(",") if t.strip()]
        bad = [t for t in names if t not in TABLES]
        if bad or not names:
            raise OptionError(f"unknown --tables {', '.join(bad) or '(none)'}; choose "
                              f"from {', '.join(TABLES)}")
    n_process = getattr(args, "n_process", None)
    if n_process is not None and n_process < 1 and n_process != -1:
        raise OptionError(f"--n-process must be a positive number or -1, got {n_process}")
    batch_size = getattr(args, "batch_size", None)
    if batch_size is not None and batch_size < 1:
        raise OptionError(f"--batch-size must be a positive number, got {batch_size}")
    threshold = getattr(args, "threshold", None)
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise OptionError(f"--threshold must be between 0 and 1, got {threshold}")
    out = getattr(args, "out", None)
    if out is not None and Path(out).exists() and not Path(out).is_dir():
        raise OptionError(f"--out {out} is a file, not a folder")




def cmd_detect(args: argparse.Namespace) -> int:
    from ..corpus.reader import paragraphs_table, read_corpus
    from ..langid import detect_language

    docs, errors = read_corpus(list(args.inputs), encoding=args.encoding,
                               text_column=args.text_column, id_column=args.id_column)
    for doc in docs:
        label = doc.meta.get("path", doc.doc_id)
        if args.paragraphs:
            for row in paragraphs_table(doc).itertuples():
                flag = f" [{row.boilerplate_kind}]" if row.is_boilerplate else ""
                print(f"{label}\t{row.para_id}\t{row.lang}{flag}\t{row.text[:60]}")
        else:
            print(f"{label}\t{detect_language(doc.text)}")
    return report_errors(errors, args.command)


def report_errors(errors: Any, command: str) -> int:
    """Print the unreadable inputs of a corpus run; exit code 1 if any input could not
    be read (files of another type found in a folder are listed, not failures)."""
    for row in errors.itertuples():
        verb = {"skip": "skipped", "read": "could not read"}.get(
            row.stage, f"failed at {row.stage}:")
        print(f"massmob {command}: {verb} {row.source}: {row.message}", file=sys.stderr)
    return int(bool((errors["stage"] != "skip").any())) if len(errors) else 0


def cmd_analyze(args: argparse.Namespace) -> int:
    """Tables of every input, written as batches finish (``--format parquet``: a folder
    of parts per table; csv/jsonl: one appended file per table)."""
    from ..runs.analyze import analyze_corpus
    from ..runs.corpus_tables import PART_FORMATS, PartWriter

    include = [t.strip() for t in args.tables.split(",") if t.strip()]
    options = {"n_process": args.n_process, "batch_size": args.batch_size,
               "lang": args.lang, "include": include, "encoding": args.encoding,
               "text_column": args.text_column, "id_column": args.id_column}
    names = ["documents", *include, "errors"]
    if args.format in PART_FORMATS:
        _refuse_inputs(args, PartWriter(args.out, fmt=args.format, names=names).targets())
        result = analyze_corpus(list(args.inputs), out=args.out, fmt=args.format, **options)
    else:  # one JSON array per table: built in memory
        result = analyze_corpus(list(args.inputs), **options)
        write_frames({n: result[n] for n in names}, args, [])
    for row in result.documents.itertuples():
        if row.status != "failed":
            extra = "".join(f", {n}={getattr(row, f'n_{n}')}" for n in ("numbers", "entities")
                            if n in include)
            print(f"{row.doc_id}: {row.lang}, {row.n_paragraphs} paragraphs "
                  f"({row.n_boilerplate} boilerplate), {row.n_sentences} sentences, "
                  f"{row.n_tokens} tokens{extra}")
    print(f"wrote {len(names)} tables to {Path(args.out)}/")
    return report_errors(result.errors, args.command)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help and --version exit 0; option errors return 2
        if not e.code:
            raise
        return int(e.code)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        validate(args)
    except OptionError as e:
        print(e, file=sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except (OSError, ValueError, TypeError, UnicodeError, ImportError) as e:
        print(f"massmob {args.command}: error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
