"""Names kept across real English→Thai translations of general news: PUD.

    python benchmarks/names_real_eval.py                       # ../shared/data/pud
    python benchmarks/names_real_eval.py --baseline            # the matcher before
    python benchmarks/names_real_eval.py --show 60 --seed 7    # samples to hand-check
    python benchmarks/names_real_eval.py --pairs-only          # invented name pairs only
    python benchmarks/names_real_eval.py --dump rows.tsv       # every row, to diff versions

Each PUD document (``pud_en_th_docs.tsv``) is compared as two texts holding one
sentence per line (``mm.compare(en_text, th_text)``); the ``entities`` table gives,
per label of the English mention, how many were ``matched`` or ``missing`` and how
many Thai mentions were ``added`` (``thai_found_in_english``: Thai mentions paired
with an English stretch the English recognizer did not label, not counted among the
English mentions). A matched row is ``ner`` when its Thai side is a
Thai recognizer mention, ``text`` when it was found in the Thai text of the bead
(world table, the Latin name itself, or a transliteration). ``--show N`` prints N
random matched rows and N random missing rows with the Thai sentence of their bead,
to hand-check precision and recall; a list of bead pairs with both a missing and an
added mention shows why they were not paired.

``--baseline`` switches off what issue 11 added (the world table, the transliteration
score, the search in the bead text), so both are measured by the same script.

The invented pairs (never PUD text) are English names with the Thai spelling Thai
media use, and near misses (another person with the same surname or a similar given
name, another city): precision and recall of :func:`massmob_nlp.entities.name_similarity`
at ``MIN_MATCH_SCORE`` and of the search in a Thai sentence.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
from _common import SHARED, print_table, require

import massmob_nlp as mm
from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity

DATA = SHARED / "data" / "pud"
LABELS = ("PERSON", "ORG", "LOC", "NORP", "FAC", "EVENT", "LAW")

# (English name, Thai spelling): our own list of names and their usual Thai spellings
POSITIVES: list[tuple[str, str]] = [
    ("Mike Coupe", "ไมค์ คูป"), ("Leeds", "ลีดส์"), ("Walmart", "วอลมาร์ต"),
    ("Sainsbury", "เซนส์บิวรีส์"), ("Theresa May", "เทเรซา เมย์"),
    ("Boris Johnson", "บอริส จอห์นสัน"), ("Angela Merkel", "อังเกลา แมร์เคิล"),
    ("Emmanuel Macron", "เอมมานุเอล มาครง"), ("Donald Trump", "โดนัลด์ ทรัมป์"),
    ("Joe Biden", "โจ ไบเดน"), ("Liverpool", "ลิเวอร์พูล"), ("Manchester", "แมนเชสเตอร์"),
    ("Birmingham", "เบอร์มิงแฮม"), ("Glasgow", "กลาสโกว์"), ("Tesco", "เทสโก้"),
    ("Google", "กูเกิล"), ("Microsoft", "ไมโครซอฟท์"), ("Amazon", "แอมะซอน"),
    ("Facebook", "เฟซบุ๊ก"), ("Toyota", "โตโยต้า"), ("Peter Parker", "ปีเตอร์ ปาร์กเกอร์"),
    ("Michael Brown", "ไมเคิล บราวน์"), ("Victoria", "วิกตอเรีย"), ("George", "จอร์จ"),
    ("Jeremy Corbyn", "เจเรมี คอร์บิน"), ("Nicola Sturgeon", "นิโคลา สเตอร์เจียน"),
    ("Oxford", "ออกซ์ฟอร์ด"), ("Cambridge", "เคมบริดจ์"), ("Heathrow", "ฮีทโธรว์"),
    ("Elon Musk", "อีลอน มัสก์"), ("Tesla", "เทสลา"), ("Barclays", "บาร์เคลย์ส"),
    ("Vodafone", "โวดาโฟน"), ("Sarah Collins", "ซาราห์ คอลลินส์"),
    ("David Miller", "เดวิด มิลเลอร์"), ("Bristol", "บริสตอล"), ("Chelsea", "เชลซี"),
    ("Arsenal", "อาร์เซนอล"), ("Netflix", "เน็ตฟลิกซ์"), ("Kevin Spacey", "เควิน สเปซีย์"),
    ("Zhao Lijian", "จ้าว ลี่เจียน"), ("Li Qiang", "หลี่ เฉียง"), ("Xu Qiliang", "สวี่ ฉีเหลียง"),
    ("Zhang Xin", "จาง ซิน")]
NEGATIVES: list[tuple[str, str]] = [
    ("Mike Coupe", "มาร์ค คูเปอร์"), ("Mark Avery", "ไมค์ เอเวอรี่"),
    ("John Smith", "จอร์จ สมิธ"), ("Peter Parker", "ปีเตอร์ พอตเตอร์"),
    ("Leeds", "ลิเวอร์พูล"), ("Michael Brown", "ไมเคิล บราวนิง"),
    ("Boris Johnson", "เบน จอห์นสัน"), ("Sarah Collins", "ซาราห์ คอนเนอร์"),
    ("David Miller", "แดเนียล มิลเลอร์"), ("Joe Biden", "โจ ไบรอัน"),
    ("Theresa May", "เทเรซา เมสัน"), ("Tesco", "เทสลา"), ("Bristol", "บรัสเซลส์"),
    ("Chelsea", "เชฟฟิลด์"), ("Google", "กาเกิล"), ("Oxford", "ออกแลนด์"),
    ("Jeremy Corbyn", "เจเรมี ฮันต์"), ("Kevin Spacey", "เควิน คอสต์เนอร์"),
    ("Anna Smith", "แอนนา สมิธสัน"), ("Mark", "ไมค์"), ("Harry", "แฮร์ริส"),
    ("Hunt", "ฮันส์"), ("Walmart", "วอลต์ ดิสนีย์"), ("Amazon", "อาเมซ"),
    ("Glasgow", "กลาสตันเบอรี"), ("Cambridge", "แคมเบอร์เวล"), ("Paul", "พอลลี่"),
    ("Zhao Lijian", "จ้าว หลี่เผิง"), ("Li Qiang", "หลี่ ชุน"), ("Xu Qiliang", "สวี่ ฉีหมิง"),
    ("Zhang Xin", "จาง ซิง")]
# Spanish, French, Portuguese, German and Italian names with the Thai spelling of
# their sound (not of their English reading), and near misses: our own list
EUROPEAN: list[tuple[str, str]] = [
    ("Jiménez", "ฆิเมเนซ"), ("Jiménez", "ฮิเมเนซ"), ("Jean-Pierre", "ฌอง-ปิแอร์"),
    ("Müller", "มึลเลอร์"), ("João", "ฌูเอา"), ("Giovanni", "โจวันนี"), ("Juan", "ฆวน"),
    ("José", "โฮเซ"), ("Guillermo", "กิเยร์โม"), ("Sevilla", "เซบิยา"), ("Peña", "เปญญา"),
    ("Joaquín", "โฆอากิน"), ("Jacques Chirac", "ฌัก ชีรัก"), ("Bordeaux", "บอร์โด"),
    ("Marseille", "มาร์แซย์"), ("Laurent", "โลรองต์"), ("Coelho", "โกเอลยู"),
    ("Scholz", "ช็อลทซ์"), ("Stuttgart", "ชตุทท์การ์ท"), ("Giuseppe", "จูเซปเป"),
    ("Gnocchi", "ญอกกี"), ("Gigliola", "จิลโยลา"), ("Cicerone", "ชีเชโรเน"),
    ("Draghi", "ดรากี"), ("Luciano", "ลูชาโน"), ("Javier Milei", "ฮาเบียร์ มิเลย์")]
EUROPEAN_NEAR: list[tuple[str, str]] = [
    ("Pedro Sánchez", "เปโดร ซานโตส"), ("Juan Carlos", "ฮวน มานูเอล"), ("Jiménez", "โกเมซ"),
    ("Jacques Chirac", "ฌัก เดอลอร์"), ("François Hollande", "ฟร็องซัว บาเยรู"),
    ("Giuseppe Conte", "จูเซปเป ซาลา"), ("Müller", "แมร์ซ"), ("Sevilla", "เซโกเบีย"),
    ("Bordeaux", "บายอน"), ("Coelho", "การ์วัลยู"), ("Giovanni", "จานนี"),
    ("Scholz", "ชูลซ์"), ("José", "โจเซฟ"), ("Guillermo", "กิลแบร์โต")]
SENTENCE = "ผู้สื่อข่าวรายงานว่า{name}กล่าวเมื่อวันอังคาร"
# (English body, Thai translation) and near misses (another ministry, court, city):
# our own list, searched in SENTENCE by the word-by-word translation search
TRANSLATED: list[tuple[str, str]] = [
    ("Ministry of Justice", "กระทรวงยุติธรรม"), ("Royal Navy", "ราชนาวี"),
    ("High Court", "ศาลสูง"), ("Supreme Court", "ศาลฎีกา"),
    ("Amnesty International", "องค์การนิรโทษกรรมสากล"),
    ("International Space Station", "สถานีอวกาศนานาชาติ"),
    ("Council of Ontario", "สภาแห่งรัฐออนทาริโอ"), ("Census Bureau", "สำนักงานสำมะโนประชากร"),
    ("National Farmers Union", "สหภาพเกษตรกรแห่งชาติ"), ("Hudson River", "แม่น้ำฮัดสัน"),
    ("Ministry of Health", "กระทรวงสาธารณสุข"), ("Bank of Scotland", "ธนาคารแห่งสกอตแลนด์"),
    ("Environmental Protection Agency", "สำนักงานปกป้องสิ่งแวดล้อม"),
    ("Civil Aviation Authority", "สำนักงานการบินพลเรือน"), ("Civil Court", "ศาลแพ่ง"),
    ("Federal Bureau of Investigation", "สำนักงานสอบสวนกลาง"),
    ("Chamber of Commerce", "หอการค้า"), ("Medical Association", "สมาคมการแพทย์"),
    ("Teachers Union", "สหภาพครู"), ("Children's Hospital", "โรงพยาบาลเด็ก"),
    ("Federation of Thai Industries", "สภาอุตสาหกรรมแห่งประเทศไทย"),
    ("Institute for Fiscal Studies", "สถาบันการศึกษาด้านการคลัง")]
TRANSLATED_NEAR: list[tuple[str, str]] = [
    ("Ministry of Justice", "กระทรวงมหาดไทย"), ("Royal Navy", "กองทัพอากาศ"),
    ("High Court", "ศาลปกครอง"), ("Supreme Court", "ศาลอุทธรณ์"),
    ("Council of Ontario", "สภาแห่งรัฐแมนิโทบา"), ("Census Bureau", "สำนักงานสถิติ"),
    ("National Farmers Union", "สหภาพแรงงานแห่งชาติ"), ("Hudson River", "แม่น้ำเทมส์"),
    ("Ministry of Health", "กระทรวงศึกษาธิการ"), ("Bank of Scotland", "ธนาคารแห่งอังกฤษ"),
    ("Court of Appeal", "ศาลฎีกา"), ("Ministry of Defence", "กระทรวงการคลัง"),
    ("Environmental Protection Agency", "สำนักงานพัฒนาสิ่งแวดล้อม"),
    ("Civil Court", "ศาลอาญา"), ("Chamber of Commerce", "หอศิลป์"),
    ("Medical Association", "สมาคมนักข่าว"), ("Teachers Union", "สหภาพนักศึกษา"),
    ("Children's Hospital", "โรงพยาบาลสัตว์")]


def load_docs(data: Path, limit: int | None) -> list[tuple[str, str, str]]:
    pairs: dict[str, tuple[str, str]] = {}
    for line in require(data / "pud_en_th.tsv").read_text("utf-8").splitlines()[1:]:
        sid, en, th = line.split("\t")
        pairs[sid] = (en, th)
    docs = []
    for line in require(data / "pud_en_th_docs.tsv").read_text("utf-8").splitlines()[1:]:
        doc_id, _, ids = line.split("\t")
        sids = ids.split(",")
        docs.append((doc_id, "\n".join(pairs[s][0] for s in sids),
                     "\n".join(pairs[s][1] for s in sids)))
    return docs[:limit] if limit else docs


def switch_off_new_rules() -> None:
    """The matcher before issue 11: royin + difflib for every name that is not
    Vietnamese (no world table, no transliteration score), no search of the bead
    text."""
    import unicodedata

    from massmob_nlp.comparison import entities as cmp_entities
    from massmob_nlp.entities import names, similarity, table
    from massmob_nlp.entities.gazetteer import fold

    def before(a: str, b: str, floor: float) -> float | None:
        thai = similarity.THAI_RE
        if thai.search(a) and not thai.search(b):
            a, b = b, a
        if thai.search(b) and not thai.search(a):
            vi = names.vi_similarity(fold(unicodedata.normalize("NFC", a)).casefold(), b)
            if vi is not None:
                return vi if vi >= floor else None
        return similarity._generic_similarity(a, b, floor)

    table.similarity_above = before  # type: ignore[assignment]
    cmp_entities._found_in_text = lambda ctx, src, paired: {}  # type: ignore[assignment]
    cmp_entities._found_in_source = lambda ctx, left, paired, unpaired: {}  # type: ignore


def run(docs: list[tuple[str, str, str]]) -> pd.DataFrame:
    frames = []
    for doc_id, en, th in docs:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            c = mm.compare(en, th)
        ents = c.entities.copy()
        ner = {(int(s), int(e)) for s, e in c.tgt.entities[["start_char", "end_char"]]
               .itertuples(index=False)}
        ents["how"] = [
            "" if st != "matched" else "ner" if (int(s), int(e)) in ner else "text"
            for st, s, e in zip(ents["status"], ents["tgt_start_char"].fillna(-1),
                                ents["tgt_end_char"].fillna(-1))]
        named = c.src.entities[c.src.entities["label"].isin(LABELS)]
        src_ner = {(int(s), int(e)) for s, e in named[["start_char", "end_char"]]
                   .itertuples(index=False)}
        ents["src_how"] = [
            "" if pd.isna(s) else "ner" if (int(s), int(e)) in src_ner else "text"
            for s, e in zip(ents["src_start_char"], ents["src_end_char"])]
        ents["doc_id"] = doc_id
        ents["tgt_sentence"] = [_line_at(th, s) for s in ents["tgt_start_char"]]
        ents["src_sentence"] = [_line_at(en, s) for s in ents["src_start_char"]]
        frames.append(ents)
    return pd.concat(frames, ignore_index=True)


def _line_at(text: str, at: Any) -> str:
    if pd.isna(at):
        return ""
    at = int(at)
    return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]


def per_label(ents: pd.DataFrame) -> None:
    rows = []
    for label in (*LABELS, "all"):
        g = ents if label == "all" else ents[ents["label"] == label]
        src = g[(g["status"] != "added") & (g["src_how"] != "text")]
        matched = int((src["status"] == "matched").sum())
        rows.append({"label": label, "english": len(src), "matched": matched,
                     "by_ner": int((src["how"] == "ner").sum()),
                     "found_in_text": int((src["how"] == "text").sum()),
                     "missing": int((src["status"] == "missing").sum()),
                     "thai_added": int((g["status"] == "added").sum()),
                     "thai_found_in_english": int((g["src_how"] == "text").sum()),
                     "matched_share": matched / len(src) if len(src) else 0.0})
    print_table(rows)


def show(ents: pd.DataFrame, n: int, seed: int) -> None:
    rnd = random.Random(seed)
    for status in ("matched", "missing"):
        g = ents[ents["status"] == status]
        pick = rnd.sample(range(len(g)), min(n, len(g)))
        print(f"\n== {len(pick)} random {status} English mentions (seed {seed})")
        for k, idx in enumerate(pick, 1):
            r = g.iloc[idx]
            tgt = f"{r['tgt_text']!r} ({r['how']}, {r['score']:.2f})" if status == "matched" \
                else ""
            print(f"{k:3d}. [{r['label']}] {r['src_text']!r} -> {tgt}\n"
                  f"     EN: {r['src_sentence'][:160]}\n     TH: "
                  f"{_bead_thai(ents, r)[:160]}")


def _bead_thai(ents: pd.DataFrame, r: pd.Series) -> str:
    if r["tgt_sentence"]:
        return str(r["tgt_sentence"])
    same = ents[(ents["doc_id"] == r["doc_id"]) & (ents["bead_id"] == r["bead_id"])
                & (ents["tgt_sentence"] != "")]
    return str(same["tgt_sentence"].iloc[0]) if len(same) else "(no Thai mention in bead)"


def unpaired(ents: pd.DataFrame, n: int, seed: int) -> None:
    groups = []
    for (doc, bead), g in ents.groupby(["doc_id", "bead_id"]):
        miss = g[g["status"] == "missing"]["src_text"].tolist()
        add = g[g["status"] == "added"]["tgt_text"].tolist()
        if miss and add:
            groups.append((doc, bead, miss, add))
    print(f"\n== beads with both a missing and an added mention: {len(groups)}")
    for doc, bead, miss, add in random.Random(seed).sample(groups, min(n, len(groups))):
        print(f"  {doc} bead {bead}: missing {miss}  added {add}")


def pair_scores() -> None:
    """Precision/recall on the invented pairs: names compared, and names searched in
    an invented Thai sentence."""
    from massmob_nlp.entities.similarity import _generic_similarity
    from massmob_nlp.entities.thai_search import find_in_thai

    rows = []
    for name, scorer in (("royin+difflib (baseline)", lambda a, b: _generic_similarity(
            a, b, 0.0) or 0.0), ("name_similarity", name_similarity)):
        tp = sum(scorer(a, b) >= MIN_MATCH_SCORE for a, b in POSITIVES)
        fp = sum(scorer(a, b) >= MIN_MATCH_SCORE for a, b in NEGATIVES)
        rows.append(_prf(name, tp, fp))
    tp = fp = 0
    for pairs, is_pos in ((POSITIVES, True), (NEGATIVES, False)):
        for a, b in pairs:
            text = SENTENCE.format(name=b)
            edges = sorted({0, len(text), text.index(b), text.index(b) + len(b),
                            *_word_edges(text)})
            hit = find_in_thai(a, text, edges)
            ok = hit is not None
            tp += ok and is_pos
            fp += ok and not is_pos
    rows.append(_prf("search in a Thai sentence", tp, fp))
    tp = sum(name_similarity(a, b) >= MIN_MATCH_SCORE for a, b in EUROPEAN)
    fp = sum(name_similarity(a, b) >= MIN_MATCH_SCORE for a, b in EUROPEAN_NEAR)
    rows.append(_prf(f"European names ({len(EUROPEAN)}, {len(EUROPEAN_NEAR)} near)", tp, fp,
                     len(EUROPEAN)))
    rows.append(_translated_scores())
    print(f"\n== invented pairs: {len(POSITIVES)} same name, {len(NEGATIVES)} near misses "
          f"(threshold {MIN_MATCH_SCORE})")
    print_table(rows)
    worst = sorted(((name_similarity(a, b), a, b) for a, b in NEGATIVES + EUROPEAN_NEAR),
                   reverse=True)[:5]
    print("highest near misses:", ", ".join(f"{a}~{b} {s:.2f}" for s, a, b in worst))


def _translated_scores() -> dict[str, Any]:
    """The word-by-word search of bodies (TRANSLATED, TRANSLATED_NEAR) in SENTENCE."""
    from massmob_nlp.entities.translated import find_translation

    tp = fp = 0
    for pairs, is_pos in ((TRANSLATED, True), (TRANSLATED_NEAR, False)):
        for a, b in pairs:
            text = SENTENCE.format(name=b)
            edges = sorted({0, len(text), text.index(b), text.index(b) + len(b),
                            *_word_edges(text)})
            ok = find_translation(a, text, (0, len(text)), edges) is not None
            tp += ok and is_pos
            fp += ok and not is_pos
    return _prf(f"translated bodies ({len(TRANSLATED)}, {len(TRANSLATED_NEAR)} near)",
                tp, fp, len(TRANSLATED))


def _prf(name: str, tp: int, fp: int, n: int = len(POSITIVES)) -> dict[str, Any]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    return {"scorer": name, "tp": tp, "fp": fp, "precision": precision, "recall": tp / n}


def _word_edges(text: str) -> set[int]:
    from pythainlp.tokenize import word_tokenize

    edges, pos = set(), 0
    for w in word_tokenize(text, engine="newmm"):
        pos += len(w)
        edges.add(pos)
    return edges


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=None, help="first N documents")
    ap.add_argument("--show", type=int, default=0, help="random rows to print per status")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--baseline", action="store_true", help="the matcher before issue 11")
    ap.add_argument("--pairs-only", action="store_true")
    ap.add_argument("--dump", type=Path, default=None,
                    help="write every entity row (doc, bead, status, texts) as TSV, to diff "
                         "two versions")
    args = ap.parse_args()
    if args.baseline:
        switch_off_new_rules()
    pair_scores()
    if args.pairs_only:
        return
    docs = load_docs(args.data, args.limit)
    start = time.perf_counter()
    ents = run(docs)
    took = time.perf_counter() - start
    print(f"\n== PUD: {len(docs)} documents compared in {took:.0f} s "
          f"({'baseline' if args.baseline else 'current'})")
    per_label(ents)
    if args.dump:
        cols = ["doc_id", "bead_id", "label", "status", "src_text", "tgt_text", "score"]
        ents[cols].to_csv(args.dump, sep="\t", index=False)
    print("Thai side of matched rows:", dict(Counter(ents["how"][ents["how"] != ""])))
    if args.show:
        show(ents, args.show, args.seed)
        unpaired(ents, min(args.show, 40), args.seed)


if __name__ == "__main__":
    sys.exit(main())
