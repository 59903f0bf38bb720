"""Time and peak memory of pathological inputs (bounded, not hours): paragraphs to
tokenize, and files to read (office files built to explode, a 50 MB line, bad bytes).

Each case runs in its own process, so its peak memory is its own (the baseline is a
process that only tokenized a warm-up sentence). A case that exceeds ``--timeout``
is reported as such instead of stopping the run.

    python benchmarks/pathological.py [--timeout 120] [--case NAME ...]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from _common import print_table

TIMEOUT = 120.0
"""Seconds a case may take before it is reported as a timeout."""


def _cases() -> dict[str, str]:
    seed = "การระดมมวลชนของคณะกรรมการพรรค"
    return {
        "none (baseline: warm-up only)": "",
        "200,000 x one Thai char (ก)": "ก" * 200_000,
        "200,000 x ส (PyThaiNLP #239)": "ส" * 200_000,
        "200,000 chars of กรอ repeated": ("กรอ" * 70_000)[:200_000],
        "23 x ส then ก, repeated (216,000)": ("ส" * 23 + "ก") * 9_000,
        "200,000 x ๆ": "ๆ" * 200_000,
        "stacked Thai marks (ก + 6 marks) x 30,000": ("ก" + "\u0e34\u0e48\u0e49" * 2) * 30_000,
        "zero-width space inside Thai words x 50,000": ("ภา\u200bษา" + "ไ\u200cทย") * 25_000,
        "Thai/Latin letters alternating (200,000)": "กa" * 100_000,
        "flag emoji x 50,000": "\U0001F1FB\U0001F1F3" * 50_000,
        "5 MB Thai, no spaces": (seed * 60_000)[:1_700_000],
        "5 MB Latin, no spaces": "x" * 5_000_000,
        "1 MB digits and commas": ("1,2,3,," * 150_000)[:1_000_000],
        "1,000,000 digits": "7" * 1_000_000,
    }


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, document: str, size: int = 0) -> Path:
    """A .docx whose word/document.xml is ``document`` (padded to ``size`` bytes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", document + " " * max(0, size - len(document)))
    return path


def _paragraphs_docx(path: Path, n: int) -> Path:
    body = "".join(f"<w:p><w:r><w:t>ย่อหน้าที่ {i} มีผู้โดยสาร {i * 7} คน</w:t></w:r></w:p>"
                   for i in range(n))
    return _docx(path, f"<w:document {_W}><w:body>{body}</w:body></w:document>")


def _laughs(path: Path) -> Path:
    ents = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9))
    return _docx(path, f'<?xml version="1.0"?><!DOCTYPE w:document [{ents}]>'
                 f"<w:document {_W}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p>"
                 "</w:body></w:document>")


def _file_cases() -> dict[str, Callable[[Path], Path]]:
    """Files to read with ``read_corpus``: each builds its file in a temporary folder."""
    def text(name: str, data: bytes) -> Callable[[Path], Path]:
        def build(folder: Path) -> Path:
            (folder / name).write_bytes(data)
            return folder / name
        return build

    return {
        "file: .docx entity bomb (10^9 'ha')": lambda d: _laughs(d / "laughs.docx"),
        "file: .docx zip bomb (document.xml 80 MB of spaces)": lambda d: _docx(
            d / "bomb.docx", f"<w:document {_W}/>", 80_000_000),
        "file: .docx with 100,000 paragraphs": lambda d: _paragraphs_docx(
            d / "long.docx", 100_000),
        "file: 50 MB single line (.txt)": text("line.en.txt", b"The port grew. " * 3_400_000),
        "file: invalid UTF-8 every 100 bytes (5 MB)": text(
            "bad.th.txt", ("ข่าวการค้า 12 ล้าน " * 3).encode()[:99].join([b"\xff"] * 50_000)),
        "file: 20 MB of binary zeros (.txt)": text("zeros.txt", b"\x00" * 20_000_000),
    }


def run_file_case(name: str) -> dict[str, object]:
    """Read one built file in this process; time, peak RSS, documents and errors."""
    from massmob_nlp.corpus import read_corpus

    with tempfile.TemporaryDirectory() as tmp:
        path = _file_cases()[name](Path(tmp))
        start = time.perf_counter()
        docs, errors = read_corpus(path)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    outcome = (f"{len(docs)} doc, {sum(len(d.text) for d in docs):,} chars" if docs
               else str(errors["message"].iloc[0])[:60] if len(errors) else "nothing")
    return {"seconds": seconds, "peak_mb": peak / 1e6, "tokens": outcome}


def run_case(name: str) -> dict[str, object]:
    """Tokenize one case in this process; time, peak RSS and token count."""
    from massmob_nlp import tokenize

    if name in _file_cases():
        return run_file_case(name)
    tokenize("warm up ภาษาไทย")
    text = _cases()[name]
    start = time.perf_counter()
    toks = tokenize(text) if text else None
    seconds = time.perf_counter() - start
    if toks is not None:
        assert "".join(toks["text"]) == text, "tokens do not reproduce the text"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"seconds": seconds, "peak_mb": peak / 1e6,
            "tokens": 0 if toks is None else len(toks)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--timeout", type=float, default=TIMEOUT)
    parser.add_argument("--case", action="append", help="run only these cases")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_case(args.child)))
        return
    rows = []
    cases: dict[str, str | None] = {**_cases(), **dict.fromkeys(_file_cases())}
    for name, text in cases.items():
        if args.case and name not in args.case:
            continue
        size = "" if text is None else f"{len(text.encode()) / 1e6:.1f}"
        row: dict[str, object] = {"input": name, "MB (UTF-8)": size}
        try:
            out = subprocess.run([sys.executable, str(Path(__file__)), "--child", name],
                                 capture_output=True, text=True, timeout=args.timeout,
                                 check=True)
            res = json.loads(out.stdout.strip().splitlines()[-1])
            row.update({"seconds": f"{res['seconds']:.1f}", "tokens / result": res["tokens"],
                        "peak RSS MB": f"{res['peak_mb']:.0f}"})
        except subprocess.TimeoutExpired:
            row.update({"seconds": f"> {args.timeout:.0f} (timeout)", "tokens / result": "",
                        "peak RSS MB": ""})
        except subprocess.CalledProcessError as e:
            row.update({"seconds": "failed", "tokens / result": e.stderr.strip()[-80:],
                        "peak RSS MB": ""})
        rows.append(row)
        print(f"{name}: {row['seconds']} s", file=sys.stderr, flush=True)
    print_table(rows)


if __name__ == "__main__":
    main()
