"""CRF features for :mod:`massmob_nlp.thai_ner`: cue lists, token shapes, context.

Imported by the training script too, so training and inference always use
the same features.  The public names are re-exported by
:mod:`massmob_nlp.thai_ner`.  Feature-dict key order is part of the
behaviour (it is the attribute order handed to crfsuite); keep it stable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

Features = dict[str, Any]

TITLES = frozenset(
    ["นาย", "นาง", "นางสาว", "น.ส.", "นส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง", "ดร.", "ศ.", "รศ.", "ผศ.", "ศ.ดร.", "รศ.ดร.", "ผศ.ดร.", "นพ.", "น.พ.", "พญ.", "พ.ญ.", "ทพ.", "ทพญ.", "ภก.", "ภญ.", "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.", "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "ด.ต.", "จ.ส.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.", "พล.ร.อ.", "พล.อ.อ.", "จ.ส.อ.", "ส.อ.", "พลทหาร", "หม่อม", "ม.ร.ว.", "ม.ล.", "ม.จ.", "คุณ", "คุณหญิง", "ท่านผู้หญิง", "พระ", "พระครู", "พระมหา", "สมเด็จ", "หลวงพ่อ", "หลวงปู่", "หลวงตา", "แม่ชี", "เจ้าอาวาส", "ผู้ใหญ่", "กำนัน", "ครู", "อาจารย์", "หมอ", "ทนาย", "ผู้กำกับ", "นายกฯ", "นายกรัฐมนตรี", "รัฐมนตรี", "ส.ส.", "ส.ว.", "ผู้ว่าฯ", "mr.", "mrs.", "ms.", "dr.", "prof.", "mr", "mrs", "ms", "dr", "prof"]
)
MONTHS = frozenset(
    ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.", "มค.", "กพ.", "มีค.", "เมย.", "พค.", "มิย.", "กค.", "สค.", "กย.", "ตค.", "พย.", "ธค.", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
UNITS = frozenset(
    ["บาท", "ล้าน", "แสน", "หมื่น", "พัน", "ร้อย", "ดอลลาร์", "เหรียญ", "ยูโร", "เยน", "ริงกิต", "สตางค์", "กีบ", "ปอนด์", "หยวน", "เปอร์เซ็นต์", "%", "ร้อยละ", "กิโลเมตร", "เมตร", "ซม.", "กม.", "ม.", "เซนติเมตร", "มิลลิเมตร", "ไมล์", "ฟุต", "นิ้ว", "ตร.ม.", "ไร่", "งาน", "วา", "น.", "นาฬิกา", "โมง", "ทุ่ม", "ชั่วโมง", "นาที", "วินาที", "วัน", "เดือน", "ปี", "พ.ศ.", "ค.ศ.", "พศ.", "คศ."]
)
ORG_CUES = frozenset(
    ["บริษัท", "บจก.", "บมจ.", "จำกัด", "มหาชน", "ธนาคาร", "กระทรวง", "กรม", "สำนักงาน", "สำนัก", "มหาวิทยาลัย", "โรงเรียน", "พรรค", "สมาคม", "มูลนิธิ", "สหกรณ์", "สภา", "ศาล", "คณะ", "กอง", "กองทัพ", "ตำรวจ", "สถานี", "การไฟฟ้า", "การประปา", "องค์การ", "สถาบัน", "ศูนย์", "ชมรม", "สหภาพ", "กลุ่ม", "ทีม", "สโมสร"]
)
LOC_CUES = frozenset(
    ["จังหวัด", "จ.", "อำเภอ", "อ.", "ตำบล", "ต.", "หมู่ที่", "หมู่", "ม.", "บ้าน", "ถนน", "ถ.", "ซอย", "ซ.", "แขวง", "เขต", "ประเทศ", "เมือง", "กรุง", "ภาค", "แม่น้ำ", "คลอง", "เกาะ", "ดอย", "ภูเขา", "ทะเล", "อ่าว", "หาด", "ชายแดน", "หมู่บ้าน", "ชุมชน", "ตลาด", "สะพาน"]
)
FAC_CUES = frozenset(
    ["โรงพยาบาล", "รพ.", "วัด", "สนามบิน", "ท่าอากาศยาน", "สถานี", "สนาม", "อาคาร", "ตึก", "ห้าง", "โรงแรม", "ค่าย", "เรือนจำ", "ท่าเรือ", "สวนสาธารณะ", "พิพิธภัณฑ์", "อนุสาวรีย์", "ทำเนียบ"]
)
LAW_CUES = frozenset(["พ.ร.บ.", "พรบ.", "พระราชบัญญัติ", "พ.ร.ก.", "พระราชกำหนด", "รัฐธรรมนูญ", "มาตรา", "ประมวลกฎหมาย", "กฎหมาย"])
DATE_CUES = frozenset(["วันที่", "วัน", "เมื่อ", "ปี", "เดือน", "เมื่อวาน", "วันนี้", "พรุ่งนี้", "ขณะนี้", "ศกนี้", "ที่ผ่านมา"])
VERB_CUES = frozenset(["กล่าว", "กล่าวว่า", "เปิดเผย", "เปิดเผยว่า", "ระบุ", "ระบุว่า", "ให้สัมภาษณ์", "ชี้แจง", "แถลง", "เผย"])

#: Cue-list membership flags, in feature order (``title`` is checked separately).
_CUE_FLAGS = (
    ("month", MONTHS), ("unit", UNITS), ("org", ORG_CUES), ("loc", LOC_CUES),
    ("fac", FAC_CUES), ("law", LAW_CUES), ("datec", DATE_CUES), ("verb", VERB_CUES),
)
#: Word features copied from the tokens at -2..+2 into a token's features.
_WINDOW_KEYS = ("title", "month", "unit", "org", "loc", "fac", "law", "datec", "verb",
                "gz", "pos", "sp", "ed", "edl")
_WINDOW = (-2, -1, 1, 2)
#: Longest token run :func:`match_entity_dict` tries.
ENTITY_DICT_MAX_TOKENS = 12

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
    """Collapsed character-class string of ``tok``, at most 6 classes."""
    out: list[str] = []
    for ch in tok:
        c = _char_class(ch)
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:6])


def _token_type(tok: str) -> str:
    if tok.isspace():
        return "SPACE"
    shape = set(_shape(tok))
    if shape <= {"t", "."}:
        return "THAI"
    if shape <= {"d"}:
        return "NUM"
    if shape <= {"d", ".", ",", ":", "/", "-"}:
        return "NUMP"
    if shape <= {"a", "A", "."}:
        return "LATIN"
    if "t" in shape and ("a" in shape or "A" in shape):
        return "MIXED"
    if all(not ch.isalnum() for ch in tok):
        return "PUNCT"
    return "OTHER"


def _form_features(f: Features, tok: str, low: str, ttype: str) -> None:
    """Shape, length, affixes and number/year features of a non-space token."""
    f["sh"] = _shape(tok)
    n = len(tok)
    f["len"] = str(n) if n < 6 else ("6-9" if n < 10 else "10+")
    f["p1"], f["p2"], f["p3"] = low[:1], low[:2], low[:3]
    f["s1"], f["s2"], f["s3"] = low[-1:], low[-2:], low[-3:]
    if ttype in ("NUM", "NUMP"):
        f["nlen"] = str(min(sum(c.isdigit() for c in low), 5))
        if re.fullmatch(r"\d{4}", low):
            y = int(low)
            f["year"] = "be" if 2400 <= y <= 2700 else ("ce" if 1900 <= y <= 2100 else "no")
    flags = (
        ("cap", tok[:1].isupper()),
        ("abbr", "." in tok and ttype == "THAI"),
        ("at", "@" in tok),
        ("url", low.startswith(("http", "www"))),
        ("title", low in TITLES or low.rstrip(".") + "." in TITLES),
    )
    f.update((k, True) for k, on in flags if on)
    f.update((k, True) for k, words in _CUE_FLAGS if low in words)


def _word_features(tok: str, pos: str | None, gaz: dict[str, str]) -> Features:
    """Features that depend only on one token (prefixed by the caller)."""
    low = tok.lower().translate(_DIGIT_TRANS)
    ttype = _token_type(tok)
    f: Features = {"w": low, "t": ttype}
    if ttype == "SPACE":
        f["sp"] = "nl" if "\n" in tok else ("1" if tok == " " else "n")
        return f
    _form_features(f, tok, low, ttype)
    g = gaz.get(low)
    if g:
        f["gz"] = g
    if pos:
        f["pos"] = pos
    return f


def _longest_match(lows: Sequence[str], i: int, entity_dict: dict[str, str]) -> tuple[int, str]:
    """Last token index and value of the longest dictionary entry starting at ``i``."""
    best, best_val, acc = -1, "", ""
    for j in range(i, min(len(lows), i + ENTITY_DICT_MAX_TOKENS)):
        acc += lows[j]
        if lows[j].isspace():
            continue
        v = entity_dict.get(acc)
        if v is not None:
            best, best_val = j, v
    return best, best_val


def match_entity_dict(tokens: Sequence[str], entity_dict: dict[str, str]) -> list[str]:
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
        best, val = (-1, "") if lows[i].isspace() else _longest_match(lows, i, entity_dict)
        if best < 0:
            i += 1
            continue
        out[i : best + 1] = ["B-" + val] + ["I-" + val] * (best - i)
        i = best + 1
    return out


def _nearest_non_space(types: Sequence[str], order: range) -> list[int]:
    """For each index, the nearest earlier index along ``order`` that is not SPACE (-1: none)."""
    out = [-1] * len(types)
    last = -1
    for i in order:
        out[i] = last
        if types[i] != "SPACE":
            last = i
    return out


def _window_features(f: Features, i: int, words: Sequence[Features]) -> None:
    """Words, types and cue flags of the tokens at -2..+2 (``<BOS>``/``<EOS>`` outside)."""
    n = len(words)
    for d in _WINDOW:
        j = i + d
        if not 0 <= j < n:
            f[f"{d}w"] = "<BOS>" if j < 0 else "<EOS>"
            continue
        wj = words[j]
        f[f"{d}w"] = wj["w"]
        f[f"{d}t"] = wj["t"]
        for k in _WINDOW_KEYS:
            if k in wj:
                f[f"{d}{k}"] = wj[k]


def _bigram_features(f: Features, i: int, lows: Sequence[str]) -> None:
    n = len(lows)
    if i > 0:
        f["-1w|w"] = lows[i - 1] + "|" + lows[i]
    if i + 1 < n:
        f["w|+1w"] = lows[i] + "|" + lows[i + 1]
    if i > 1:
        f["-2w|-1w"] = lows[i - 2] + "|" + lows[i - 1]
    if i + 2 < n:
        f["+1w|+2w"] = lows[i + 1] + "|" + lows[i + 2]


def _neighbour_features(
    f: Features,
    side: str,
    j: int,
    hop: Sequence[int],
    words: Sequence[Features],
    keys: Sequence[str],
) -> None:
    """Nearest non-space neighbour ``j`` on ``side`` ("p" or "n") and the one after it."""
    if j < 0:
        f[side + "w"] = "<BOS>" if side == "p" else "<EOS>"
        return
    f[side + "w"] = words[j]["w"]
    f[side + "t"] = words[j]["t"]
    for k in keys:
        if k in words[j]:
            f[side + k] = words[j][k]
    if hop[j] >= 0:
        f[side + side + "w"] = words[hop[j]]["w"]


def sentence_features(
    tokens: Sequence[str],
    gazetteer: dict[str, str] | None = None,
    pos_tags: Sequence[str] | None = None,
    entity_dict: dict[str, str] | None = None,
) -> list[Features]:
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
    prev_ns = _nearest_non_space(types, range(n))
    next_ns = _nearest_non_space(types, range(n - 1, -1, -1))
    feats: list[Features] = []
    for i in range(n):
        f: Features = {"bias": 1.0, **words[i]}
        _window_features(f, i, words)
        _bigram_features(f, i, lows)
        # nearest non-space neighbours (Thai uses spaces as phrase breaks)
        _neighbour_features(f, "p", prev_ns[i], prev_ns, words, ("title", "gz", "unit", "month"))
        _neighbour_features(f, "n", next_ns[i], next_ns, words, ("gz", "unit", "month"))
        f["sp_before"] = i > 0 and types[i - 1] == "SPACE"
        f["sp_after"] = i + 1 < n and types[i + 1] == "SPACE"
        feats.append(f)
    return feats


def crf_items(features: list[Features]) -> list[dict[str, Any]]:
    """Convert feature dicts to python-crfsuite item format (str -> float/str)."""
    out: list[dict[str, Any]] = []
    for f in features:
        item: dict[str, Any] = {}
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


def pos_tag_tokens(tokens: Sequence[str]) -> list[str]:
    """Perceptron (ORCHID) POS tags; whitespace tokens get ``SPACE``.

    PyThaiNLP's ``pos_tag(engine="perceptron", corpus="orchid")`` tags, computed by
    :func:`massmob_nlp.thai_ner.pos.orchid_tags` (same tags, ~20x faster)."""
    from .pos import orchid_tags

    idx = [i for i, t in enumerate(tokens) if not t.isspace()]
    tags = ["SPACE"] * len(tokens)
    for i, tag in zip(idx, orchid_tags([tokens[i] for i in idx])):
        tags[i] = tag
    return tags
