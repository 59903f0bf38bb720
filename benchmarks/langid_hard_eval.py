"""Language identification on hard news LINES (issue 12): every error is printed.

Real lines from ../shared, plus hard cases derived from them at run time (nothing is
copied into the repository):

- ``thainer th``: ThaiNER lines (Thai news and PR, tags stripped), gold ``th``;
- ``thainer th short``: the first 1-3 space-separated chunks of a ThaiNER line (Thai
  headlines and captions are short), gold ``th``;
- ``thainer th, Latin names``: ThaiNER lines whose PERSON/ORGANIZATION/LOCATION/FACILITY
  mentions are replaced by Latin-script names from English-EWT, gold ``th``;
- ``pud th, Latin names``: a PUD Thai sentence whose proper-noun runs are replaced by
  the proper-noun runs of its English side (the names an English-language source
  keeps in Latin script), and its first 4-8 tokens as a headline, gold ``th``;
- ``ewt en``: every English-EWT line with a Latin word (short, informal, names), gold ``en``;
- ``en headlines``: the first 3-6 words of EWT and PUD English sentences, as written
  and in Title Case, gold ``en``;
- ``en score lines``: ``Name 2 - 1 Name`` (+ ``: headline``), names from EWT, gold ``en``;
- ``en bylines``: ``By Name``, ``Name, Place``, ``Photo: Name/Org``, gold ``en``;
- ``th, Latin-heavy short``: the first 2-4 chunks of such a line, when Latin letters
  outnumber Thai ones, gold ``th``;
- ``th, English in brackets``: a PUD Thai sentence, or its first tokens, with the
  English spelling of each name in brackets after it, gold ``th``;
- ``th with an English phrase``: a ThaiNER line quoting 3-6 words of EWT, when its Thai
  letters are at least as many as the Latin ones, gold ``th``;
- ``en with a Thai name``: a PUD English sentence whose first name is written in Thai
  (the Thai side's name), gold ``en``;
- ``en, Thai in brackets``: the first words of a PUD English sentence with the Thai
  spelling of its first name in brackets after it, gold ``en``;
- ``en, baht prices``: EWT lines whose first number gets the baht sign, gold ``en``;
- ``en, Vietnamese names``: PUD English sentences (and their first words) whose names
  are Vietnamese names with diacritics (written here, not taken from data), gold ``en``;
- ``en, all capitals``: the first 3-8 words of PUD English sentences in capitals;
- ``digits and dates``: lines without language evidence, gold ``und``.

Every line is scored alone (``detect_language``) and inside a document of its own
language (``paragraph_languages``: the document's language is the prior of its lines).

    python benchmarks/langid_hard_eval.py [--shared ../shared] [--errors N]
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from _common import SHARED, best_time, print_table, require, safe_detect

Line = tuple[str, str]  # (text, gold)
_TAG = re.compile(r"\[(/?)([A-Z_]+)\]")
_NAME_TAGS = ("PERSON", "ORGANIZATION", "LOCATION", "FACILITY")
_NAME_TAG_RE = re.compile(r"\[(" + "|".join(_NAME_TAGS) + r")\](.*?)\[/\1\]")
_THAI = re.compile("[\u0e01-\u0e4e]")
_LATIN_WORD = re.compile("[A-Za-z]{2,}")
_WEB = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|\S+\.(?:com|org|net)\S*")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--errors", type=int, default=40,
                        help="errors printed per source (0: none, -1: all)")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    from massmob_nlp import detect_language
    from massmob_nlp.langid import paragraph_languages

    data = Data(args.shared)
    rows, n, ok_alone, ok_doc = [], 0, 0, 0
    for name, lines in data.sources().items():
        alone = [detect_language(t) for t, _ in lines]
        in_doc = data.in_documents(lines, paragraph_languages)
        ok1 = sum(p == g for p, (_, g) in zip(alone, lines))
        ok2 = sum(p == g for p, (_, g) in zip(in_doc, lines))
        rows.append({"source": name, "n": len(lines), "line alone": ok1 / len(lines),
                     "in its document": ok2 / len(lines)})
        n, ok_alone, ok_doc = n + len(lines), ok_alone + ok1, ok_doc + ok2
        errors = [(t, g, p, q) for (t, g), p, q in zip(lines, alone, in_doc)
                  if p != g or q != g]
        shown = errors if args.errors < 0 else errors[:args.errors]
        for text, gold, p, q in shown:
            print(f"  [{name}] gold={gold} alone={p} doc={q}  {text[:150]!r}")
    print()
    rows.append({"source": "all", "n": n, "line alone": ok_alone / n,
                 "in its document": ok_doc / n})
    print_table(rows)
    if not args.no_speed:
        _speed(data, detect_language)


def _speed(data: Data, detect_language: Callable[[str], str]) -> None:
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    texts = [t for lines in data.sources().values() for t, _ in lines][::25]
    ours = best_time(lambda: [detect_language(t) for t in texts])
    theirs = best_time(lambda: [safe_detect(detect, t) for t in texts], repeat=1)
    print()
    print_table([{"method": "massmob detect_language", "µs/line": ours / len(texts) * 1e6},
                 {"method": "langdetect.detect", "µs/line": theirs / len(texts) * 1e6},
                 {"method": "speed-up", "µs/line": theirs / ours}])


class Data:
    """The real lines of ../shared and the hard lines derived from them."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.rng = random.Random(12)
        self.thainer = self._thainer_raw()
        self.ewt_docs, self.ewt_names = self._ewt()
        self.pud = self._pud_pairs()
        self._sources: dict[str, list[Line]] | None = None

    def sources(self) -> dict[str, list[Line]]:
        if self._sources is None:
            self._sources = {
                "thainer th": [(t, "th") for t in map(_strip_tags, self.thainer)
                               if _THAI.search(t)],
                "thainer th short": list(self._thai_short()),
                "thainer th, Latin names": list(self._thai_latin_names()),
                "pud th, Latin names": list(self._pud_th_latin()),
                "ewt en": [(t, "en") for d in self.ewt_docs for t in d],
                "en headlines": list(self._headlines()),
                "en score lines": list(self._score_lines()),
                "en bylines": list(self._bylines()),
                "th, Latin-heavy short": list(self._thai_latin_short()),
                "th, English in brackets": list(self._thai_en_brackets()),
                "th with an English phrase": list(self._thai_en_phrase()),
                "en with a Thai name": list(self._en_thai_name()),
                "en, Thai in brackets": list(self._en_thai_brackets()),
                "en, baht prices": list(self._baht()),
                "en, Vietnamese names": list(self._en_viet_names()),
                "en, all capitals": list(self._all_caps()),
                "digits and dates": list(self._digits()),
            }
        return self._sources

    def in_documents(self, lines: list[Line],
                     paragraph_languages: Callable[[list[str]], list[str]]) -> list[str]:
        """Each line as the 2nd paragraph of a real document of its gold language."""
        out = []
        thai = [_strip_tags(t) for t in self.thainer if _THAI.search(t)]
        for i, (text, gold) in enumerate(lines):
            if gold == "th":
                context = thai[(7 * i) % (len(thai) - 3):][:3]
            else:
                doc = self.ewt_docs[(5 * i) % len(self.ewt_docs)]
                context = (doc * 3)[:3]
            out.append(paragraph_languages([context[0], text, *context[1:]])[1])
        return out

    # -- real data -------------------------------------------------------------------
    def _thainer_raw(self) -> list[str]:
        lines: list[str] = []
        for name in ("train.txt", "val.txt"):
            path = require(self.shared / "data" / "thainer" / name)
            lines += [t.strip() for t in path.read_text("utf-8").splitlines() if t.strip()]
        return lines

    def _ewt(self) -> tuple[list[list[str]], list[str]]:
        docs: list[list[str]] = []
        names: list[str] = []
        for name in ("en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2"):
            path = require(self.shared / "data" / "uner" / name)
            current: list[str] = []
            for line in path.read_text("utf-8").splitlines():
                if line.startswith("# newdoc") or not docs:
                    docs.append([])
                if line.startswith("# text = "):
                    text = line[len("# text = "):].strip()
                    if _LATIN_WORD.search(_WEB.sub(" ", text)):
                        docs[-1].append(text)
                parts = line.split("\t")
                if len(parts) >= 3 and parts[2].startswith(("B-", "I-")):
                    if parts[2].startswith("B-") and current:
                        names.append(" ".join(current))
                        current = []
                    current.append(parts[1])
                elif current:
                    names.append(" ".join(current))
                    current = []
        names = sorted({n for n in names if n[:1].isupper() and _LATIN_WORD.search(n)})
        return [d for d in docs if d], names

    def _pud_pairs(self) -> list[tuple[list[list[str]], list[list[str]]]]:
        """(English tokens with upos, Thai tokens with upos) per PUD sentence id."""
        def read(name: str) -> dict[str, list[list[str]]]:
            path = require(self.shared / "data" / "pud" / name)
            sents: dict[str, list[list[str]]] = {}
            sid = ""
            for line in path.read_text("utf-8").splitlines():
                if line.startswith("# sent_id = "):
                    sid = line.split("=", 1)[1].strip()
                    sents[sid] = []
                elif line and line[0].isdigit():
                    cols = line.split("\t")
                    if "-" not in cols[0] and "." not in cols[0]:
                        sents[sid].append([cols[1], cols[3], cols[9]])
            return sents

        en, th = read("en_pud-ud-test.conllu"), read("th_pud-ud-test.conllu")
        return [(en[k], th[k]) for k in sorted(en) if k in th]

    def _name(self) -> str:
        return self.ewt_names[self.rng.randrange(len(self.ewt_names))]

    # -- derived lines ---------------------------------------------------------------
    def _thai_short(self) -> Iterator[Line]:
        for i, raw in enumerate(self.thainer):
            chunks = _strip_tags(raw).split()
            short = " ".join(chunks[:1 + i % 3])
            if len(_THAI.findall(short)) >= 2 and len(chunks) > 1:
                yield short, "th"

    def _thai_latin_names(self) -> Iterator[Line]:
        for raw in self.thainer:
            if not any(f"[{t}]" in raw for t in _NAME_TAGS):
                continue
            text = _NAME_TAG_RE.sub(lambda m: self._name(), raw)
            text = _strip_tags(text)
            if _THAI.search(text):
                yield text, "th"

    def _pud_th_latin(self) -> Iterator[Line]:
        for en, th in self.pud:
            en_names = _propn_runs(en)
            if not en_names or not any(u == "PROPN" for _, u, _ in th):
                continue
            out, k, prev = [], 0, False
            for form, upos, misc in th:
                if upos == "PROPN":
                    if not prev:
                        out.append(" " + en_names[k % len(en_names)] + " ")
                        k += 1
                    prev = True
                    continue
                prev = False
                out.append(form + ("" if "SpaceAfter=No" in misc else " "))
            text = re.sub(r"\s+", " ", "".join(out)).strip()
            if _THAI.search(text):
                yield text, "th"
                head = " ".join(text.split()[:4 + len(text) % 5])
                if _THAI.search(head) and head != text:
                    yield head, "th"

    def _headlines(self) -> Iterator[Line]:
        sents = [t for d in self.ewt_docs for t in d][::3]
        sents += [" ".join(f for f, _, _ in en) for en, _ in self.pud]
        for i, sent in enumerate(sents):
            words = sent.split()
            head = " ".join(words[:3 + i % 4])
            if len(_LATIN_WORD.findall(head)) >= 2:
                yield head, "en"
                if i % 2:
                    yield " ".join(w[:1].upper() + w[1:] for w in head.split()), "en"

    def _score_lines(self) -> Iterator[Line]:
        heads = [" ".join(f for f, _, _ in en[:5]) for en, _ in self.pud]
        for i in range(300):
            a, b = self._name(), self._name()
            score = f"{a} {i % 4} - {(i // 4) % 3} {b}"
            yield (score if i % 2 else f"{score}: {heads[i % len(heads)]}"), "en"

    def _bylines(self) -> Iterator[Line]:
        forms = ("By {a}", "{a}, {b}", "Photo: {a}/{b}", "{a} reports from {b}",
                 "{a} ({b})", "Reuters/{a}", "{a} | {b}")
        for i in range(350):
            yield forms[i % len(forms)].format(a=self._name(), b=self._name()), "en"

    def _thai_latin_short(self) -> Iterator[Line]:
        """The first 2-4 chunks of a Thai line with Latin names, when Latin dominates."""
        for i, (text, _) in enumerate(self._thai_latin_names()):
            short = " ".join(text.split()[:2 + i % 3])
            n_thai = len(_THAI.findall(short))
            if n_thai >= 2 and len(re.findall("[A-Za-z]", short)) > n_thai:
                yield short, "th"

    def _thai_en_brackets(self) -> Iterator[Line]:
        """A PUD Thai sentence (or its first 3-8 tokens) with the English spelling of
        each name in brackets after it, as Thai news write foreign names."""
        for i, (en, th) in enumerate(self.pud):
            en_names = _propn_runs(en)
            if not en_names or not any(u == "PROPN" for _, u, _ in th):
                continue
            out, k = [], 0
            tokens = th[:3 + i % 6] if i % 2 else th
            for j, (form, upos, misc) in enumerate(tokens):
                out.append(form + ("" if "SpaceAfter=No" in misc else " "))
                if upos == "PROPN" and (j + 1 == len(tokens) or tokens[j + 1][1] != "PROPN"):
                    out.append(f" ({en_names[k % len(en_names)]}) ")
                    k += 1
            text = re.sub(r"\s+", " ", "".join(out)).strip()
            if _THAI.search(text):
                yield text, "th"

    def _thai_en_phrase(self) -> Iterator[Line]:
        """A Thai line quoting a shorter English phrase (3-6 words of EWT)."""
        ewt = [t for d in self.ewt_docs for t in d]
        for i, raw in enumerate(self.thainer[::4]):
            chunks = _strip_tags(raw).split(" ")
            if len(chunks) < 2 or not _THAI.search(raw):
                continue
            words = ewt[(11 * i) % len(ewt)].split()
            phrase = " ".join(words[:3 + i % 4])
            k = 1 + i % (len(chunks) - 1)
            text = " ".join(chunks[:k] + [f'"{phrase}"'] + chunks[k:])
            if len(_THAI.findall(text)) >= len(re.findall("[A-Za-z]", text)):
                yield text, "th"  # the Thai words are the body of the line

    def _en_thai_brackets(self) -> Iterator[Line]:
        """The first 3-8 words of a PUD English sentence naming something, its Thai
        spelling in brackets after the name (*Wai Khru (ไหว้ครู) ceremony*)."""
        for i, (en, th) in enumerate(self.pud):
            th_names = [r.replace(" ", "") for r in _propn_runs(th)]
            en_names = _propn_runs(en)
            if not th_names or not en_names:
                continue
            words = " ".join(f for f, _, _ in en).split()
            text = " ".join(words[:3 + i % 6])
            if en_names[0] in text:
                yield text.replace(en_names[0], f"{en_names[0]} ({th_names[0]})", 1), "en"

    def _baht(self) -> Iterator[Line]:
        """EWT lines with a number, priced in baht with the sign (*฿500*)."""
        for doc in self.ewt_docs:
            for text in doc:
                if re.search(r"(?<![\d.,])\d", text):
                    yield re.sub(r"(?<![\d.,])(\d)", "\u0e3f\\1", text, count=1), "en"

    def _en_viet_names(self) -> Iterator[Line]:
        """PUD English sentences whose names are Vietnamese names (written by us)."""
        for i, (en, _) in enumerate(self.pud):
            names = _propn_runs(en)
            if not names:
                continue
            text = " ".join(f for f, _, _ in en)
            for k, name in enumerate(names[:3]):
                text = text.replace(name, _viet_name(i + 7 * k), 1)
            yield text, "en"
            head = " ".join(text.split()[:3 + i % 5])
            if len(_LATIN_WORD.findall(head)) >= 2:
                yield head, "en"

    def _all_caps(self) -> Iterator[Line]:
        for i, (en, _) in enumerate(self.pud[::2]):
            yield " ".join(f for f, _, _ in en[:3 + i % 6]).upper(), "en"

    def _en_thai_name(self) -> Iterator[Line]:
        for en, th in self.pud:
            th_names = [r.replace(" ", "") for r in _propn_runs(th)]
            en_names = _propn_runs(en)
            if not th_names or not en_names:
                continue
            text = " ".join(f for f, _, _ in en)
            yield text.replace(en_names[0], th_names[0], 1), "en"

    def _digits(self) -> Iterator[Line]:
        for i in range(100):
            d, m, y = 1 + i % 28, 1 + i % 12, 2000 + i % 25
            yield [f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d} {i % 24}:{i % 60:02d}",
                   f"{i * 37} - {i % 7}", f"({i}) 0{i % 9}-{1000 + i * 13}"][i % 4], "und"


_VI_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô")
_VI_MIDDLE = ("Văn", "Thị", "Minh", "Đức", "Hữu", "Quốc", "Thanh", "Xuân")
_VI_GIVEN = ("Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Phương", "Quang", "Thắng", "Hà",
             "Nam", "Sơn", "Trung")
_VI_PLACES = ("Hà Nội", "Hải Phòng", "Đà Nẵng", "Quảng Ninh", "Bắc Ninh", "Nghệ An",
              "Thừa Thiên Huế", "Cần Thơ", "Lào Cai", "Đắk Lắk")


def _viet_name(i: int) -> str:
    if i % 3 == 2:
        return _VI_PLACES[i % len(_VI_PLACES)]
    return (f"{_VI_FAMILY[i % len(_VI_FAMILY)]} {_VI_MIDDLE[i % len(_VI_MIDDLE)]} "
            f"{_VI_GIVEN[i % len(_VI_GIVEN)]}")


def _propn_runs(tokens: list[list[str]]) -> list[str]:
    runs, current = [], []
    for form, upos, _ in tokens:
        if upos == "PROPN":
            current.append(form)
        elif current:
            runs.append(" ".join(current))
            current = []
    if current:
        runs.append(" ".join(current))
    return runs


def _strip_tags(text: str) -> str:
    return _TAG.sub("", text).strip()


if __name__ == "__main__":
    main()
