"""Thai named-entity recognition with a CRF trained on ThaiNER 1.5.

The shipped model lives in ``models/thai_ner/`` (``model.crfsuite`` plus
``meta.json``, and ``spacy_ner/`` when ``meta.json`` enables the spaCy
ensemble member, see :mod:`massmob_nlp._thai_ner_spacy`).  It is loaded
lazily, once, on the first call to :func:`predict_thai_entities`.  Rebuild it
with::

    python models/train_thai_ner.py --data ../shared/data/thainer --out models/thai_ner --spacy-epochs 12

Labels are ThaiNER's original labels (PERSON, ORGANIZATION, LOCATION, DATE,
TIME, MONEY, PERCENT, LAW, FACILITY, LEN, URL, PHONE, EMAIL, ZIP, AGO).

The tokenization (:func:`tokenize`) and feature extraction
(:func:`sentence_features`) defined here are imported by the training script,
so training and inference always use the same code.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

__all__ = [
    "REBUILD_COMMAND",
    "ThaiNER",
    "load_thai_ner",
    "predict_thai_entities",
    "parse_thainer_line",
    "tokenize",
    "sentence_features",
    "bio_to_spans",
    "split_into_chunks",
    "score_spans",
    "format_scores",
]

#: Directory holding ``model.crfsuite`` and ``meta.json``.
MODEL_FILE = "model.crfsuite"
META_FILE = "meta.json"
REBUILD_COMMAND = (
    "python models/train_thai_ner.py --data ../shared/data/thainer --out models/thai_ner"
    " --spacy-epochs 12"
)
#: Environment variable that overrides the model directory.
MODEL_DIR_ENV = "MASSMOB_THAI_NER_MODEL_DIR"

#: Word-tokenizer engine (chosen by measurement: nlpo3 is ~4x faster than
#: newmm and splits fewer entity boundaries inside a token).
TOKENIZER_ENGINE = "nlpo3"
#: Texts are tagged chunk by chunk; a chunk never exceeds this many chars.
MAX_CHUNK_CHARS = 1000

# ---------------------------------------------------------------------------
# Data format
# ---------------------------------------------------------------------------

_TAG_RE = re.compile(r"\[(/?)([A-Z_]+)\]")


def parse_thainer_line(line: str) -> Tuple[str, List[Tuple[int, int, str]]]:
    """Parse one ThaiNER line with inline tags.

    ``"[PERSON]นาย ก[/PERSON] ไป"`` -> ``("นาย ก ไป", [(0, 5, "PERSON")])``.
    A closing tag closes the currently open span whatever its label (the
    corpus has a couple of mismatched pairs); the opening label wins.
    Leading/trailing spaces are stripped from spans; empty spans dropped.
    """
    parts: List[str] = []
    spans: List[Tuple[int, int, str]] = []
    pos = 0
    length = 0
    cur: Optional[str] = None
    start = 0
    for m in _TAG_RE.finditer(line):
        seg = line[pos : m.start()]
        parts.append(seg)
        length += len(seg)
        pos = m.end()
        if not m.group(1):
            cur, start = m.group(2), length
        elif cur is not None:
            spans.append((start, length, cur))
            cur = None
    parts.append(line[pos:])
    text = "".join(parts)
    out: List[Tuple[int, int, str]] = []
    for s, e, lab in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e, lab))
    return text, out


# ---------------------------------------------------------------------------
# Tokenization
# ---------------------------------------------------------------------------

# Brackets, quotes, BOM and zero-width characters: always their own token
# (the base tokenizer sometimes glues them to a neighbouring word).
_SPLIT_CHARS = "()[]{}<>\"'“”‘’«»\ufeff\u200b\u200c\u200d\u2060|;"
_SPLIT_RE = re.compile("([" + re.escape(_SPLIT_CHARS) + "])")
_SPACE_RUN_RE = re.compile(r"(\s+)")


def _refine(tokens: Iterable[str], split_table: Dict[str, List[int]]) -> List[str]:
    out: List[str] = []
    for tok in tokens:
        for piece in _SPLIT_RE.split(tok):
            if not piece:
                continue
            for sub in _SPACE_RUN_RE.split(piece):
                if not sub:
                    continue
                cuts = split_table.get(sub)
                if cuts:
                    prev = 0
                    for c in cuts:
                        out.append(sub[prev:c])
                        prev = c
                    out.append(sub[prev:])
                else:
                    out.append(sub)
    return out


def tokenize(text: str, split_table: Optional[Dict[str, List[int]]] = None) -> List[str]:
    """Tokenize ``text`` so that ``"".join(tokens) == text``.

    Base: pythainlp ``word_tokenize(engine=TOKENIZER_ENGINE,
    keep_whitespace=True)``; then brackets/quotes are split off, whitespace
    runs become separate tokens, and tokens listed in ``split_table`` (learned
    from training data: compounds such as ``ในประเทศ`` whose parts often start
    an entity) are cut at the given offsets.
    """
    if not text:
        return []
    from pythainlp.tokenize import word_tokenize

    base = word_tokenize(text, engine=TOKENIZER_ENGINE, keep_whitespace=True)
    toks = _refine(base, split_table or {})
    if "".join(toks) != text:  # pragma: no cover - defensive
        # Fall back to a lossless character-class segmentation.
        toks = [m.group(0) for m in re.finditer(r"\s+|[^\s]+", text)]
    return toks


# ---------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------

TITLES = frozenset(
    """
    นาย นาง นางสาว น.ส. นส. ด.ช. ด.ญ. เด็กชาย เด็กหญิง ดร. ศ. รศ. ผศ. ศ.ดร. รศ.ดร. ผศ.ดร.
    นพ. น.พ. พญ. พ.ญ. ทพ. ทพญ. ภก. ภญ. พล.อ. พล.ท. พล.ต. พ.อ. พ.ท. พ.ต. ร.อ. ร.ท. ร.ต.
    พล.ต.อ. พล.ต.ท. พล.ต.ต. พ.ต.อ. พ.ต.ท. พ.ต.ต. ร.ต.อ. ร.ต.ท. ร.ต.ต. ด.ต. จ.ส.ต. ส.ต.อ. ส.ต.ท. ส.ต.ต.
    พล.ร.อ. พล.อ.อ. จ.ส.อ. ส.อ. พลทหาร หม่อม ม.ร.ว. ม.ล. ม.จ. คุณ คุณหญิง ท่านผู้หญิง
    พระ พระครู พระมหา สมเด็จ หลวงพ่อ หลวงปู่ หลวงตา แม่ชี เจ้าอาวาส ผู้ใหญ่ กำนัน
    ครู อาจารย์ หมอ ทนาย ผู้กำกับ นายกฯ นายกรัฐมนตรี รัฐมนตรี ส.ส. ส.ว. ผู้ว่าฯ
    mr. mrs. ms. dr. prof. mr mrs ms dr prof
    """.split()
)
MONTHS = frozenset(
    """
    มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม
    ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค. มค. กพ. มีค. เมย. พค. มิย. กค. สค. กย. ตค. พย. ธค.
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
UNITS = frozenset(
    """
    บาท ล้าน แสน หมื่น พัน ร้อย ดอลลาร์ เหรียญ ยูโร เยน ริงกิต สตางค์ กีบ ปอนด์ หยวน
    เปอร์เซ็นต์ % ร้อยละ กิโลเมตร เมตร ซม. กม. ม. เซนติเมตร มิลลิเมตร ไมล์ ฟุต นิ้ว ตร.ม. ไร่ งาน วา
    น. นาฬิกา โมง ทุ่ม ชั่วโมง นาที วินาที วัน เดือน ปี พ.ศ. ค.ศ. พศ. คศ.
    """.split()
)
ORG_CUES = frozenset(
    """
    บริษัท บจก. บมจ. จำกัด มหาชน ธนาคาร กระทรวง กรม สำนักงาน สำนัก มหาวิทยาลัย โรงเรียน
    พรรค สมาคม มูลนิธิ สหกรณ์ สภา ศาล คณะ กอง กองทัพ ตำรวจ สถานี การไฟฟ้า การประปา องค์การ
    สถาบัน ศูนย์ ชมรม สหภาพ กลุ่ม ทีม สโมสร
    """.split()
)
LOC_CUES = frozenset(
    """
    จังหวัด จ. อำเภอ อ. ตำบล ต. หมู่ที่ หมู่ ม. บ้าน ถนน ถ. ซอย ซ. แขวง เขต ประเทศ เมือง กรุง
    ภาค แม่น้ำ คลอง เกาะ ดอย ภูเขา ทะเล อ่าว หาด ชายแดน หมู่บ้าน ชุมชน ตลาด สะพาน
    """.split()
)
FAC_CUES = frozenset(
    """
    โรงพยาบาล รพ. วัด สนามบิน ท่าอากาศยาน สถานี สนาม อาคาร ตึก ห้าง โรงแรม ค่าย เรือนจำ
    ท่าเรือ สวนสาธารณะ พิพิธภัณฑ์ อนุสาวรีย์ ทำเนียบ
    """.split()
)
LAW_CUES = frozenset("พ.ร.บ. พรบ. พระราชบัญญัติ พ.ร.ก. พระราชกำหนด รัฐธรรมนูญ มาตรา ประมวลกฎหมาย กฎหมาย".split())
DATE_CUES = frozenset("วันที่ วัน เมื่อ ปี เดือน เมื่อวาน วันนี้ พรุ่งนี้ ขณะนี้ ศกนี้ ที่ผ่านมา".split())
VERB_CUES = frozenset("กล่าว กล่าวว่า เปิดเผย เปิดเผยว่า ระบุ ระบุว่า ให้สัมภาษณ์ ชี้แจง แถลง เผย".split())

_THAI_RE = re.compile(r"[\u0E00-\u0E7F]")
_DIGIT_TRANS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _char_class(ch: str) -> str:
    o = ord(ch)
    if 0x0E50 <= o <= 0x0E59 or ch.isdigit():
        return "d"
    if 0x0E00 <= o <= 0x0E7F:
        return "t"
    if ch.isspace():
        return "s"
    if ch.isalpha():
        return "A" if ch.isupper() else "a"
    return ch if ch in ".,:-/%@_#&+" else "p"


def _shape(tok: str) -> str:
    out: List[str] = []
    for ch in tok:
        c = _char_class(ch)
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:6])


def _token_type(tok: str) -> str:
    if tok.isspace():
        return "SPACE"
    shape = _shape(tok)
    if set(shape) <= {"t", "."}:
        return "THAI"
    if set(shape) <= {"d"}:
        return "NUM"
    if set(shape) <= {"d", ".", ",", ":", "/", "-"}:
        return "NUMP"
    if set(shape) <= {"a", "A", "."}:
        return "LATIN"
    if "t" in shape and ("a" in shape or "A" in shape):
        return "MIXED"
    if all(not ch.isalnum() for ch in tok):
        return "PUNCT"
    return "OTHER"


def _word_features(tok: str, pos: Optional[str], gaz: Dict[str, str]) -> Dict[str, Any]:
    """Features that depend only on one token (prefixed by the caller)."""
    low = tok.lower().translate(_DIGIT_TRANS)
    ttype = _token_type(tok)
    f: Dict[str, Any] = {"w": low, "t": ttype}
    if ttype == "SPACE":
        f["sp"] = "nl" if "\n" in tok else ("1" if tok == " " else "n")
        return f
    f["sh"] = _shape(tok)
    n = len(tok)
    f["len"] = str(n) if n < 6 else ("6-9" if n < 10 else "10+")
    f["p1"] = low[:1]
    f["p2"] = low[:2]
    f["p3"] = low[:3]
    f["s1"] = low[-1:]
    f["s2"] = low[-2:]
    f["s3"] = low[-3:]
    if ttype in ("NUM", "NUMP"):
        f["nlen"] = str(min(sum(c.isdigit() for c in low), 5))
        if re.fullmatch(r"\d{4}", low):
            y = int(low)
            f["year"] = "be" if 2400 <= y <= 2700 else ("ce" if 1900 <= y <= 2100 else "no")
    if tok[:1].isupper():
        f["cap"] = True
    if "." in tok and ttype == "THAI":
        f["abbr"] = True
    if "@" in tok:
        f["at"] = True
    if low.startswith(("http", "www")):
        f["url"] = True
    if low in TITLES or low.rstrip(".") + "." in TITLES:
        f["title"] = True
    if low in MONTHS:
        f["month"] = True
    if low in UNITS:
        f["unit"] = True
    if low in ORG_CUES:
        f["org"] = True
    if low in LOC_CUES:
        f["loc"] = True
    if low in FAC_CUES:
        f["fac"] = True
    if low in LAW_CUES:
        f["law"] = True
    if low in DATE_CUES:
        f["datec"] = True
    if low in VERB_CUES:
        f["verb"] = True
    g = gaz.get(low)
    if g:
        f["gz"] = g
    if pos:
        f["pos"] = pos
    return f


ENTITY_DICT_MAX_TOKENS = 12


def match_entity_dict(tokens: Sequence[str], entity_dict: Dict[str, str]) -> List[str]:
    """Greedy leftmost-longest match of known entity strings over token runs.

    ``entity_dict`` maps a lowercased, whitespace-stripped entity surface
    string to ``"LABEL"`` or ``"LABEL|r"`` where ``r`` is a reliability
    bucket.  Matches must start and end on token boundaries and must not
    start or end on whitespace.  Returns per-token tags like ``"B-LABEL|r"``
    or ``""``.
    """
    n = len(tokens)
    out = [""] * n
    if not entity_dict:
        return out
    lows = [t.lower() for t in tokens]
    i = 0
    while i < n:
        if lows[i].isspace():
            i += 1
            continue
        best = -1
        best_val = ""
        acc = ""
        for j in range(i, min(n, i + ENTITY_DICT_MAX_TOKENS)):
            acc += lows[j]
            if lows[j].isspace():
                continue
            v = entity_dict.get(acc)
            if v is not None:
                best, best_val = j, v
        if best >= 0:
            out[i] = "B-" + best_val
            for k in range(i + 1, best + 1):
                out[k] = "I-" + best_val
            i = best + 1
        else:
            i += 1
    return out


def sentence_features(
    tokens: Sequence[str],
    gazetteer: Optional[Dict[str, str]] = None,
    pos_tags: Optional[Sequence[str]] = None,
    entity_dict: Optional[Dict[str, str]] = None,
) -> List[Dict[str, Any]]:
    """CRF features for each token of one chunk.

    ``gazetteer`` maps a lowercased token to a coarse cue learned from the
    training set (the label it is most often part of, when it mostly is);
    ``pos_tags`` optional POS tags aligned with ``tokens``; ``entity_dict``
    known multi-token entity strings (see :func:`match_entity_dict`).
    """
    gaz = gazetteer or {}
    words = [
        _word_features(t, pos_tags[i] if pos_tags else None, gaz) for i, t in enumerate(tokens)
    ]
    if entity_dict:
        for w, ed in zip(words, match_entity_dict(tokens, entity_dict)):
            if ed:
                w["ed"] = ed
                w["edl"] = ed.split("|")[0]
    n = len(tokens)
    lows = [w["w"] for w in words]
    types = [w["t"] for w in words]
    # index of previous / next non-space token
    prev_ns: List[int] = [-1] * n
    last = -1
    for i in range(n):
        prev_ns[i] = last
        if types[i] != "SPACE":
            last = i
    next_ns: List[int] = [-1] * n
    last = -1
    for i in range(n - 1, -1, -1):
        next_ns[i] = last
        if types[i] != "SPACE":
            last = i

    feats: List[Dict[str, Any]] = []
    for i in range(n):
        f: Dict[str, Any] = {"bias": 1.0}
        for k, v in words[i].items():
            f[k] = v
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                wj = words[j]
                f[f"{d}w"] = lows[j]
                f[f"{d}t"] = types[j]
                for k in ("title", "month", "unit", "org", "loc", "fac", "law", "datec", "verb", "gz", "pos", "sp", "ed", "edl"):
                    if k in wj:
                        f[f"{d}{k}"] = wj[k]
            else:
                f[f"{d}w"] = "<BOS>" if j < 0 else "<EOS>"
        if i > 0:
            f["-1w|w"] = lows[i - 1] + "|" + lows[i]
        if i + 1 < n:
            f["w|+1w"] = lows[i] + "|" + lows[i + 1]
        if i > 1:
            f["-2w|-1w"] = lows[i - 2] + "|" + lows[i - 1]
        if i + 2 < n:
            f["+1w|+2w"] = lows[i + 1] + "|" + lows[i + 2]
        # nearest non-space neighbours (Thai uses spaces as phrase breaks)
        p = prev_ns[i]
        if p >= 0:
            f["pw"] = lows[p]
            f["pt"] = types[p]
            for k in ("title", "gz", "unit", "month"):
                if k in words[p]:
                    f["p" + k] = words[p][k]
            pp = prev_ns[p]
            if pp >= 0:
                f["ppw"] = lows[pp]
        else:
            f["pw"] = "<BOS>"
        q = next_ns[i]
        if q >= 0:
            f["nw"] = lows[q]
            f["nt"] = types[q]
            for k in ("gz", "unit", "month"):
                if k in words[q]:
                    f["n" + k] = words[q][k]
            qq = next_ns[q]
            if qq >= 0:
                f["nnw"] = lows[qq]
        else:
            f["nw"] = "<EOS>"
        f["sp_before"] = i > 0 and types[i - 1] == "SPACE"
        f["sp_after"] = i + 1 < n and types[i + 1] == "SPACE"
        feats.append(f)
    return feats


def crf_items(features: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Convert feature dicts to python-crfsuite item format (str -> float/str)."""
    out: List[Dict[str, Any]] = []
    for f in features:
        item: Dict[str, Any] = {}
        for k, v in f.items():
            if v is True:
                item[k] = 1.0
            elif v is False or v is None:
                continue
            elif isinstance(v, float):
                item[k] = v
            else:
                item[k + "=" + str(v)] = 1.0
        out.append(item)
    return out


def pos_tag_tokens(tokens: Sequence[str]) -> List[str]:
    """Perceptron (ORCHID) POS tags; whitespace tokens get ``SPACE``."""
    from pythainlp.tag import pos_tag

    idx = [i for i, t in enumerate(tokens) if not t.isspace()]
    tags = ["SPACE"] * len(tokens)
    if idx:
        for i, (_, tag) in zip(idx, pos_tag([tokens[i] for i in idx], engine="perceptron", corpus="orchid")):
            tags[i] = tag
    return tags


# ---------------------------------------------------------------------------
# Chunking and decoding
# ---------------------------------------------------------------------------


def split_into_chunks(text: str, max_chars: int = MAX_CHUNK_CHARS) -> Iterator[Tuple[int, str]]:
    """Yield ``(offset, chunk)`` pieces of ``text`` of at most ``max_chars``.

    Splits on newlines first, then at the last whitespace before the limit
    (hard cut when a piece has no whitespace).  Whitespace-only pieces are
    skipped.
    """
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        start = pos
        while start < line_end:
            end = min(line_end, start + max_chars)
            if end < line_end:
                cut = max(text.rfind(" ", start, end), text.rfind("\t", start, end))
                if cut > start + max_chars // 4:
                    end = cut + 1
            piece = text[start:end]
            if piece.strip():
                yield start, piece
            start = end
        pos = line_end + 1


def bio_to_spans(
    tokens: Sequence[str], tags: Sequence[str], scores: Optional[Sequence[float]] = None
) -> List[Tuple[int, int, str, float]]:
    """Convert BIO tags over ``tokens`` to (start, end, label, score) char spans.

    Spans are stripped of surrounding whitespace; the score is the mean
    per-token marginal probability (1.0 when ``scores`` is None).
    """
    spans: List[Tuple[int, int, str, float]] = []
    offsets: List[int] = []
    p = 0
    for t in tokens:
        offsets.append(p)
        p += len(t)
    cur: Optional[List[Any]] = None  # [start_tok, end_tok, label, [scores]]

    def flush() -> None:
        if cur is None:
            return
        s = offsets[cur[0]]
        e = offsets[cur[1] - 1] + len(tokens[cur[1] - 1])
        text = "".join(tokens[cur[0] : cur[1]])
        ls = len(text) - len(text.lstrip())
        rs = len(text) - len(text.rstrip())
        s += ls
        e -= rs
        if e > s:
            sc = sum(cur[3]) / len(cur[3])
            spans.append((s, e, cur[2], float(sc)))

    for i, tag in enumerate(tags):
        sc = scores[i] if scores is not None else 1.0
        if tag.startswith("B-"):
            flush()
            cur = [i, i + 1, tag[2:], [sc]]
        elif tag.startswith("I-") and cur is not None and cur[2] == tag[2:]:
            cur[1] = i + 1
            cur[3].append(sc)
        elif tag.startswith("I-"):
            flush()
            cur = [i, i + 1, tag[2:], [sc]]
        else:
            flush()
            cur = None
    flush()
    return spans


# ---------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------


class ThaiNER:
    """A loaded CRF model plus the metadata needed to featurize text."""

    def __init__(self, model_dir: os.PathLike | str) -> None:
        model_dir = Path(model_dir)
        model_path = model_dir / MODEL_FILE
        meta_path = model_dir / META_FILE
        for p in (model_path, meta_path):
            if not p.is_file():
                raise FileNotFoundError(
                    f"Thai NER model file not found: {p}. Rebuild it from the repo root with: "
                    f"{REBUILD_COMMAND}"
                )
        import pycrfsuite

        with open(meta_path, encoding="utf-8") as fh:
            meta = json.load(fh)
        self.model_dir = model_dir
        self.meta: Dict[str, Any] = meta
        self.gazetteer: Dict[str, str] = meta.get("gazetteer", {})
        self.split_table: Dict[str, List[int]] = {
            k: list(v) for k, v in meta.get("split_table", {}).items()
        }
        self.entity_dict: Dict[str, str] = meta.get("entity_dict", {})
        self.use_pos: bool = bool(meta.get("use_pos", False))
        self.max_chunk_chars: int = int(meta.get("max_chunk_chars", MAX_CHUNK_CHARS))
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self._crf_labels = frozenset(self.tagger.labels())
        # Optional spaCy NER ensemble member (see massmob_nlp._thai_ner_spacy).
        self.spacy_nlp: Any = None
        self.spacy_threshold: float = float(meta.get("spacy_threshold", 0.1))
        self.spacy_keep_threshold: float = float(meta.get("spacy_keep_threshold", 0.0))
        if meta.get("spacy_ensemble"):
            from massmob_nlp import _thai_ner_spacy

            if not (model_dir / _thai_ner_spacy.SPACY_DIR).is_dir():
                raise FileNotFoundError(
                    f"Thai NER model file not found: {model_dir / _thai_ner_spacy.SPACY_DIR}. "
                    f"Rebuild it from the repo root with: {REBUILD_COMMAND}"
                )
            self.spacy_nlp = _thai_ner_spacy.load(model_dir)

    def _marginal(self, i: int, tag: str) -> float:
        return self.tagger.marginal(tag, i) if tag in self._crf_labels else 0.0

    def tag_tokens(self, tokens: Sequence[str]) -> Tuple[List[str], List[float]]:
        """Return BIO tags and per-token marginal probabilities."""
        if not tokens:
            return [], []
        pos = pos_tag_tokens(tokens) if self.use_pos else None
        items = crf_items(sentence_features(tokens, self.gazetteer, pos, self.entity_dict))
        self.tagger.set(items)
        tags = self.tagger.tag()
        scores = [self.tagger.marginal(t, i) for i, t in enumerate(tags)]
        return list(tags), scores

    def predict(self, text: str) -> List[Tuple[int, int, str, float]]:
        """Entities in ``text`` as (start_char, end_char, label, score)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        out: List[Tuple[int, int, str, float]] = []
        chunks = [
            (offset, tokenize(chunk, self.split_table))
            for offset, chunk in split_into_chunks(text, self.max_chunk_chars)
        ]
        spacy_spans: List[Optional[List[Tuple[int, int, str]]]] = [None] * len(chunks)
        if self.spacy_nlp is not None:
            from massmob_nlp import _thai_ner_spacy

            spacy_spans = _thai_ner_spacy.predict_many(self.spacy_nlp, [t for _, t in chunks])
        for (offset, tokens), sp_spans in zip(chunks, spacy_spans):
            tags, scores = self.tag_tokens(tokens)
            spans = bio_to_spans(tokens, tags, scores)
            if sp_spans is not None:
                from massmob_nlp import _thai_ner_spacy

                # the tagger still holds this chunk, so marginals are cheap
                spans = _thai_ner_spacy.merge_spans(
                    spans, sp_spans, tokens, self._marginal,
                    self.spacy_threshold, self.spacy_keep_threshold,
                )
            for s, e, lab, sc in spans:
                out.append((offset + s, offset + e, lab, sc))
        return out


def _resolve_model_dir(model_dir: Optional[os.PathLike | str]) -> Path:
    if model_dir is not None:
        return Path(model_dir).resolve()
    env = os.environ.get(MODEL_DIR_ENV)
    if env:
        return Path(env).resolve()
    from ._optional import models_dir

    return models_dir() / "thai_ner"


@lru_cache(maxsize=4)
def _load_cached(model_dir: Path) -> ThaiNER:
    return ThaiNER(model_dir)


def load_thai_ner(model_dir: Optional[os.PathLike | str] = None) -> ThaiNER:
    """Load (once, cached) the Thai NER model from ``model_dir``.

    Defaults to ``$MASSMOB_THAI_NER_MODEL_DIR`` or ``models/thai_ner`` in the
    repository.  Raises ``FileNotFoundError`` naming the missing file and the
    rebuild command.
    """
    return _load_cached(_resolve_model_dir(model_dir))


def predict_thai_entities(
    text: str, model_dir: Optional[os.PathLike | str] = None
) -> List[Tuple[int, int, str, float]]:
    """Find named entities in Thai ``text``.

    Returns a list of ``(start_char, end_char, label, score)`` where
    ``text[start_char:end_char]`` is the mention (no surrounding spaces),
    ``label`` a ThaiNER label and ``score`` the mean CRF marginal probability
    of the span's tags (for a span added by the spaCy ensemble member: of the
    span's label), in [0, 1].  Empty or whitespace-only text gives [].
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text.strip():
        return []
    return load_thai_ner(model_dir).predict(text)


# ---------------------------------------------------------------------------
# Evaluation helpers (shared by the training script and the benchmark)
# ---------------------------------------------------------------------------


def score_spans(
    gold: Sequence[Sequence[Tuple[int, int, str]]],
    pred: Sequence[Sequence[Tuple[int, int, str]]],
) -> Dict[str, Dict[str, float]]:
    """Exact-span P/R/F1 per label and ``"micro"`` over parallel documents."""
    from collections import Counter

    tp: Counter = Counter()
    ng: Counter = Counter()
    npred: Counter = Counter()
    for g, p in zip(gold, pred):
        gs = {(s, e, lab) for s, e, lab in g}
        ps = {(s, e, lab) for s, e, lab in p}
        for x in gs:
            ng[x[2]] += 1
        for x in ps:
            npred[x[2]] += 1
        for x in gs & ps:
            tp[x[2]] += 1
    out: Dict[str, Dict[str, float]] = {}

    def prf(t: int, p: int, g: int) -> Dict[str, float]:
        pr = t / p if p else 0.0
        rc = t / g if g else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {"p": pr, "r": rc, "f1": f1, "support": float(g), "pred": float(p), "tp": float(t)}

    for lab in sorted(set(ng) | set(npred), key=lambda x: (-ng[x], x)):
        out[lab] = prf(tp[lab], npred[lab], ng[lab])
    out["micro"] = prf(sum(tp.values()), sum(npred.values()), sum(ng.values()))
    return out


def format_scores(scores: Dict[str, Dict[str, float]]) -> str:
    """Render :func:`score_spans` output as a fixed-width table."""
    lines = [f"{'label':<14}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}"]
    for lab, d in scores.items():
        if lab == "micro":
            continue
        lines.append(f"{lab:<14}{d['p']:>7.3f}{d['r']:>7.3f}{d['f1']:>7.3f}{int(d['support']):>9d}")
    d = scores["micro"]
    lines.append(f"{'micro':<14}{d['p']:>7.3f}{d['r']:>7.3f}{d['f1']:>7.3f}{int(d['support']):>9d}")
    return "\n".join(lines)
