"""Thai ↔ Latin matching of Vietnamese person and place names.

    PYTHAINLP_OFFLINE=1 HF_HUB_OFFLINE=1 python benchmarks/name_match_eval.py [--show N]

Scores every pair below with the previous matcher (royin romanization, then the best
of difflib ratio and bigram Jaccard: ``baseline``) and with the current
:func:`massmob_nlp.entities.name_similarity` (``current``), and reports precision,
recall and F1 at :data:`~massmob_nlp.entities.MIN_MATCH_SCORE`, the score
distributions of matching and non-matching pairs, and the worst cases.

The data are our own: Vietnamese names in the form English-language media use (no
diacritics) and the Thai spellings Thai media and Wikipedia typically use, several
per name where more than one is common. Negatives are near misses (same surname,
often the same middle name) and unrelated names, all with compatible labels.
"""

from __future__ import annotations

import argparse
import statistics
from typing import Callable

import _common  # noqa: F401  (sets the offline env and sys.path)

from massmob_nlp.entities import names as _names
from massmob_nlp._text import THAI_RE
from massmob_nlp.entities.similarity import _generic_similarity
from massmob_nlp.entities.table import MIN_MATCH_SCORE, name_similarity

# (Latin name, Thai spellings)
PERSONS: list[tuple[str, tuple[str, ...]]] = [
    ("Nguyen Phu Trong", ("เหงียน ฟู้ จ่อง", "เหงียน ฟู จ่อง")),
    ("Nguyen Xuan Phuc", ("เหงียน ซวน ฟุก", "เหงียน ซวน ฟุ๊ก")),
    ("Nguyen Tan Dung", ("เหงียน เติ๋น สุง", "เหงียน ตัน หยุง", "เหงียน เติน ดุง")),
    ("Pham Minh Chinh", ("ฝ่าม มิญ จิ๋ญ", "ฟาม มินห์ ชินห์", "ฝ่าม มินห์ จิ๊ญ")),
    ("Vo Van Thuong", ("หวอ วัน เถื่อง", "โว วัน เทือง")),
    ("To Lam", ("โต เลิม", "โต ลัม", "โต๋ เลิม")),
    ("Vuong Dinh Hue", ("เวือง ดิ่ญ เหว่", "เวือง ดินห์ เว้")),
    ("Tran Thanh Man", ("เจิ่น แทง หมั่น", "ตรัน ทัญ มาน")),
    ("Luong Cuong", ("เลือง เกื่อง", "เลือง เกือง")),
    ("Tran Dai Quang", ("ตรัน ได่ กวาง", "เจิ่น ดั่ย กว๋าง")),
    ("Nguyen Thi Kim Ngan", ("เหงียน ถิ กิม เงิน", "เหงียน ถิ กิม หงัน")),
    ("Truong Tan Sang", ("เจือง เติน ซาง", "จวง ตัน ซาง")),
    ("Phan Van Khai", ("ฟาน วัน ขาย", "ฟาน วัน ข่าย")),
    ("Vo Nguyen Giap", ("หวอ เหงียน ซ้าป", "โว เหงียน ย้าป")),
    ("Le Duan", ("เล สวน", "เล ซวน", "เล ดวน")),
    ("Le Duc Tho", ("เล ดึ๊ก เถาะ", "เล ดุ๊ก โท")),
    ("Pham Van Dong", ("ฝ่าม วัน ด่ง", "ฟาม วัน ดง")),
    ("Nong Duc Manh", ("หนง ดึ๊ก หมั่ญ", "นง ดึ๊ก มันห์")),
    ("Do Muoi", ("โด๋ เหมื่อย", "โด เหมือย")),
    ("Nguyen Van Linh", ("เหงียน วัน ลิญ", "เหงียน วัน ลินห์")),
    ("Ngo Dinh Diem", ("โง ดิ่ญ เสี่ยม", "โง ดินห์ เดียม")),
    ("Bui Thanh Son", ("บุ่ย แทง เซิน", "บุ่ย ทันห์ เซิน")),
    ("Pham Binh Minh", ("ฝ่าม บิ่ญ มิญ", "ฟาม บินห์ มินห์")),
    ("Nguyen Hoai Anh", ("เหงียน ฮว่าย อันห์", "เหงียน หว่าย อัญ")),
    ("Tran Cam Tu", ("เจิ่น เกิ๋ม ตู๊", "ตรัน กัม ตู")),
    ("Dinh Tien Dung", ("ดิ่ญ เตี๋ยน สุง", "ดินห์ เตียน ดุง")),
    ("Le Minh Hung", ("เล มิญ หึ่ง", "เล มินห์ ฮุง")),
    ("Ho Duc Phoc", ("โห่ ดึ๊ก ฟ๊อก", "โฮ ดึ๊ก ฟก")),
    ("Nguyen Chi Dung", ("เหงียน จี๊ สุง", "เหงียน ชี ดุง")),
    ("Le Hoai Trung", ("เล ฮว่าย จุง", "เล หว่าย ตรุง")),
    ("Hoang Trung Hai", ("ฮหว่าง จุง ไห่", "หว่าง จุง ไฮ")),
    ("Dang Thi Ngoc Thinh", ("ดั่ง ถิ หง็อก ถิ่ญ", "ดัง ถิ ง็อก ถินห์")),
    ("Vu Duc Dam", ("หวู ดึ๊ก ดาม", "วู ดุก ดัม")),
    ("Huynh Thanh Dat", ("หวิ่ญ แทง ดัต", "ฮวีญ ทันห์ ดาด")),
    ("Duong Van Minh", ("เซือง วัน มิญ", "ดวง วัน มินห์")),
    ("Ly Thuong Kiet", ("หลี เถื่อง เกี่ยต", "ลี ทวง เกียต")),
    ("Tran Hung Dao", ("เจิ่น หึ่ง ด่าว", "ตรัน ฮึง เดา")),
    ("Ngo Quyen", ("โง เกวี่ยน", "โง เกวียน")),
    ("Le Loi", ("เล เหล่ย", "เล โหลย")),
    ("Ho Xuan Huong", ("โห่ ซวน เฮือง", "โฮ ซวน เฮือง")),
    ("Phan Boi Chau", ("ฟาน โบ่ย เจิว", "ฟาน บอย เชา")),
    ("Nguyen Du", ("เหงียน ซู", "เหงียน ดู")),
    ("Tran Quoc Vuong", ("เจิ่น ก๊วก เวือง", "ตรัน ก๊วก หวูง")),
    ("Le Thanh Long", ("เล แทง ลอง", "เล ทัญ ล็อง")),
    ("Nguyen Trong Nghia", ("เหงียน จ่อง เหงีย", "เหงียน ตรอง เงีย")),
    ("Dao Ngoc Dung", ("ด่าว หง็อก สุง", "เดา ง็อก ดุง")),
    ("Mai Van Chinh", ("มาย วัน จิ๊ญ", "ไม วัน ชินห์")),
    ("Phan Van Giang", ("ฟาน วัน ซาง", "ฟาน วัน ยาง")),
    ("Luong Tam Quang", ("เลือง ตาม กวาง", "เลือง ตัม กวาง")),
    ("Nguyen Manh Hung", ("เหงียน หมั่ญ หุ่ง", "เหงียน มันห์ ฮุง")),
    ("Tran Hong Ha", ("เจิ่น ห่ง ห่า", "ตรัน ฮง ฮา")),
    ("Do Van Chien", ("โด๋ วัน เจี๊ยน", "โด วัน เชียน")),
    ("Nguyen Kim Son", ("เหงียน กิม เซิน",)),
    ("Vo Thi Anh Xuan", ("หวอ ถิ อั๊ญ ซวน", "โว ถิ แอง ซวน")),
    ("Nguyen Thi Binh", ("เหงียน ถิ บิ่ญ",)),
    ("Le Kha Phieu", ("เล ขา เฟียว", "เล คา ฟิว")),
    ("Truong Thi Mai", ("เจือง ถิ มาย", "จวง ถิ ไม")),
    ("Huynh Tan Phat", ("หวิ่ญ เติ๋น ฟ้าต", "ฮวีญ ตัน ฟัต")),
    ("Ho Chi Minh", ("โฮจิมินห์", "โฮ จี๊ มิญ")),
    ("Bui Van Cuong", ("บุ่ย วัน เกื่อง",)),
    ("Phan Thi Kim Phuc", ("ฟาน ถิ กิม ฟุก",)),
    ("Dang Quoc Khanh", ("ดั่ง ก๊วก คั้ญ", "ดัง ก๊วก คานห์")),
]

PLACES: list[tuple[str, tuple[str, ...]]] = [
    ("Ha Noi", ("ฮานอย", "ห่าโหน่ย")),
    ("Hai Phong", ("ไฮฟอง", "ไหฟ่อง")),
    ("Da Nang", ("ดานัง", "ด่าหนัง")),
    ("Can Tho", ("เกิ่นเทอ", "กานเทอ")),
    ("Bac Ninh", ("บั๊กนิญ", "บักนินห์")),
    ("Quang Ninh", ("กว๋างนิญ", "กวางนินห์")),
    ("Nghe An", ("เหงะอาน", "เงะอาน")),
    ("Thanh Hoa", ("แทงฮว้า", "ทันห์ฮวา")),
    ("Nha Trang", ("ญาจาง", "ญาตรัง")),
    ("Vung Tau", ("หวุงเต่า", "วุงเตา")),
    ("Hoi An", ("ฮอยอัน", "โห่ยอาน")),
    ("Lang Son", ("หลั่งเซิน", "ลางเซิน")),
    ("Lao Cai", ("หล่าวกาย", "ลาวกาย")),
    ("Dien Bien Phu", ("เดียนเบียนฟู", "เดี่ยนเบียนฟู")),
    ("Binh Duong", ("บิ่ญเซือง", "บินห์เซือง")),
    ("Tay Ninh", ("เต็ยนิญ", "เตยนินห์")),
    ("Ha Giang", ("ห่าซาง", "ฮาซาง")),
    ("Kien Giang", ("เกียนซาง",)),
    ("Thai Nguyen", ("ท้ายเงวียน", "ไทเหงียน")),
    ("Ca Mau", ("ก่าเมา", "กาเมา")),
    ("Phu Quoc", ("ฟูก๊วก", "ฟู้ก๊วก")),
    ("Ha Long", ("ฮาลอง", "หะลอง")),
    ("Soc Trang", ("ซ้อกจัง", "ซอกตรัง")),
    ("Dong Thap", ("ด่งท้าป", "ดงทาป")),
    ("Yen Bai", ("เอียนบ๊าย", "เยนบาย")),
    ("Cao Bang", ("กาวบั่ง", "กาวบัง")),
    ("My Tho", ("หมีทอ", "มีทอ")),
    ("Cu Chi", ("กู๋จี", "กูจี")),
    ("Ba Dinh", ("บาดิ่ญ", "บาดินห์")),
    ("Hoan Kiem", ("ฮหว่านเกี๊ยม", "ฮว่านเกี๋ยม")),
    ("Long Bien", ("ลองเบียน",)),
    ("Tay Ho", ("เต็ยโห่", "เตยโฮ")),
    ("Dong Da", ("ด่งด่า", "ดงดา")),
    ("Cau Giay", ("เกิ๋วเสย", "เกิ่วซาย")),
    ("Quang Tri", ("กว๋างจิ", "กวางจิ")),
    ("Ninh Binh", ("นิญบิ่ญ", "นินห์บินห์")),
    ("Phu Yen", ("ฟู้เอียน", "ฟูเยน")),
    ("Hung Yen", ("ฮึงเอียน", "หุงเยน")),
]

# Hand-written near misses (same surname and/or middle syllable, or one syllable off).
NEAR_MISSES: list[tuple[str, str]] = [
    ("Nguyen Van An", "เหงียน วัน ลาน"),
    ("Nguyen Van Anh", "เหงียน วัน มิญ"),
    ("Nguyen Thi Lan", "เหงียน ถิ ลิญ"),
    ("Tran Van Nam", "เจิ่น วัน ลาม"),
    ("Le Van Hung", "เล วัน ดุง"),
    ("Pham Van Dong", "ฝ่าม วัน ลอง"),
    ("Le Minh Hung", "เล มิญ ทั้ง"),
    ("Vo Van Kiet", "หวอ วัน ถึง"),
    ("Nguyen Tan Dung", "เหงียน เติ๋น ซาง"),
    ("Tran Dai Quang", "เจิ่น ได่ หงีอา"),
    ("Hoang Van Thai", "หว่าง วัน ไห่"),
    ("Bui Van Nam", "บุ่ย วัน หนาม ฮา"),
    ("Nguyen Hoai Nam", "เหงียน ฮว่าย อันห์"),
    ("Dang Thi Hoa", "ดั่ง ถิ ฮั่ง"),
    ("Ho Duc Phoc", "โห่ ดึ๊ก ถ่อ"),
    ("Phan Van Giang", "ฟาน วัน ขาย"),
    ("Ha Nam", "ห่าซาง"),
    ("Quang Nam", "กว๋างนิญ"),
    ("Quang Binh", "กว๋างจิ"),
    ("Thai Binh", "ท้ายเงวียน"),
    ("Binh Dinh", "บิ่ญเซือง"),
    ("Ninh Thuan", "นิญบิ่ญ"),
    ("Ha Tinh", "ห่าซาง"),
    ("Hai Duong", "ไฮฟอง"),
    ("Bac Giang", "บั๊กนิญ"),
    ("Dak Lak", "ดั๊กนง"),
    ("Vinh Long", "หวิญฟุก"),
    ("Hanoi Party Committee", "ฮานอย"),
    ("Nguyen", "เหงียน ฟู้ จ่อง"),
    ("To Lam", "โต ฮวา"),
]


def positives() -> list[tuple[str, str, str]]:
    """(kind, Latin, Thai) of every matching pair."""
    return [(kind, latin, thai) for kind, rows in (("person", PERSONS), ("place", PLACES))
            for latin, thais in rows for thai in thais]


def negatives() -> list[tuple[str, str, str]]:
    """(kind, Latin, Thai) of non-matching pairs: the hand-written near misses, then
    each name against the first spelling of the name two rows on (same kind)."""
    out = [("near", latin, thai) for latin, thai in NEAR_MISSES]
    for kind, rows in (("person", PERSONS), ("place", PLACES)):
        for i, (latin, _) in enumerate(rows):
            other, thais = rows[(i + 2) % len(rows)]
            if other.casefold() != latin.casefold():
                out.append((kind, latin, thais[0]))
    return out


def baseline_similarity(a: str, b: str) -> float:
    """The matcher before the Vietnamese syllable scorer (royin + difflib/bigrams)."""
    return _generic_similarity(a, b, 0.0) or 0.0  # floor 0: never None


def _held_out(a: str, b: str, worst: Callable[[list[float]], float]) -> float:
    thai = b if THAI_RE.search(b) else a
    full = _names.syllable_table()
    used = {k for k, known in _names.thai_syllables(thai) if known}
    scores = [name_similarity(a, b)]
    for key in sorted(used):
        reduced = {k: v for k, v in full.items() if k != key}
        _clear()
        _names.syllable_table = lambda: reduced  # type: ignore[assignment]
        try:
            scores.append(name_similarity(a, b))
        finally:
            _names.syllable_table = _ORIGINAL_TABLE
            _clear()
    return worst(scores)


def held_out_low(a: str, b: str) -> float:
    """:func:`name_similarity` when one Thai spelling of the name is missing from the
    syllable table (each removed in turn; the lowest score): the skeleton fallback and
    cutting unspaced words the table only partly covers."""
    return _held_out(a, b, min)


def held_out_high(a: str, b: str) -> float:
    """As :func:`held_out_low`, the highest score (for non-matching pairs)."""
    return _held_out(a, b, max)


_ORIGINAL_TABLE = _names.syllable_table


def _clear() -> None:
    for fn in (_names._max_key, _names.thai_syllables, _names.syllable_score,
               _names._segmentations):
        fn.cache_clear()


def evaluate(fn: Callable[[str, str], float], threshold: float = MIN_MATCH_SCORE,
             neg_fn: Callable[[str, str], float] | None = None) -> dict:
    """Scores and P/R/F1 at ``threshold``; ``neg_fn`` scores the non-matching pairs
    (default ``fn``)."""
    pos = [(k, a, b, fn(a, b)) for k, a, b in positives()]
    neg = [(k, a, b, (neg_fn or fn)(a, b)) for k, a, b in negatives()]
    tp = sum(s >= threshold for *_, s in pos)
    fp = sum(s >= threshold for *_, s in neg)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / len(pos)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"pos": pos, "neg": neg, "tp": tp, "fp": fp, "P": p, "R": r, "F1": f1}


def _dist(scores: list[float]) -> str:
    q = statistics.quantiles(scores, n=4)
    return (f"min {min(scores):.2f}  q1 {q[0]:.2f}  median {q[1]:.2f}  q3 {q[2]:.2f}  "
            f"max {max(scores):.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=8, help="worst cases to list")
    args = parser.parse_args(argv)
    print(f"{len(positives())} matching pairs ({len(PERSONS)} persons, {len(PLACES)} "
          f"places), {len(negatives())} non-matching; threshold {MIN_MATCH_SCORE}")
    for name, fn, neg_fn in (
            ("baseline", baseline_similarity, None), ("current", name_similarity, None),
            ("current, one table spelling of the pair held out (worst case)",
             held_out_low, held_out_high)):
        res = evaluate(fn, neg_fn=neg_fn)
        pos = [s for *_, s in res["pos"]]
        neg = [s for *_, s in res["neg"]]
        print(f"\n== {name}: P {res['P']:.3f}  R {res['R']:.3f}  F1 {res['F1']:.3f}  "
              f"(TP {res['tp']}/{len(pos)}, FP {res['fp']}/{len(neg)})")
        print(f"  matching     {_dist(pos)}")
        print(f"  non-matching {_dist(neg)}")
        print(f"  gap (min matching - max non-matching): {min(pos) - max(neg):+.2f}")
        print("  lowest matching:")
        for k, a, b, s in sorted(res["pos"], key=lambda x: x[3])[:args.show]:
            print(f"    {s:.2f}  {a!r} ~ {b!r}")
        print("  highest non-matching:")
        for k, a, b, s in sorted(res["neg"], key=lambda x: -x[3])[:args.show]:
            print(f"    {s:.2f}  {a!r} ~ {b!r}  ({k})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
