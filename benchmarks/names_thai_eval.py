"""Thai ↔ Latin matching of Thai-born names (people, provinces, districts, roads,
universities, companies, parties): the English romanization and the Thai script.

    PYTHAINLP_OFFLINE=1 HF_HUB_OFFLINE=1 python benchmarks/names_thai_eval.py [--show N]

Scores every pair with :func:`massmob_nlp.entities.name_similarity` and reports
precision, recall and F1 at :data:`~massmob_nlp.entities.MIN_MATCH_SCORE` per kind,
then the misses and the false matches (with the Thai reading keys of
:mod:`massmob_nlp.entities.sounds_thai`, to read).

The data are our own list of well-known Thai names in the spellings English-language
media use (RTGS, a family's own spelling, the Sanskrit-style spelling of royal and
learned names: ``Suvarnabhumi``, ``Lulitanonda``-like ``-a`` endings), several per
name where more than one is common. Negatives are near misses with compatible labels
(same surname, same first syllable, two provinces sharing ``Nakhon`` or ``-buri``).
"""

from __future__ import annotations

import argparse

import _common  # noqa: F401  (sets the offline env and sys.path)

from massmob_nlp.entities.sounds import thai_latin_key
from massmob_nlp.entities.sounds_thai import thai_reading_keys
from massmob_nlp.entities.table import MIN_MATCH_SCORE, name_similarity

# (Latin spellings, Thai)
PERSONS: list[tuple[tuple[str, ...], str]] = [
    (("Prayut Chan-o-cha", "Prayuth Chan-ocha"), "ประยุทธ์ จันทร์โอชา"),
    (("Anutin Charnvirakul",), "อนุทิน ชาญวีรกูล"),
    (("Pita Limjaroenrat",), "พิธา ลิ้มเจริญรัตน์"),
    (("Thaksin Shinawatra",), "ทักษิณ ชินวัตร"),
    (("Yingluck Shinawatra",), "ยิ่งลักษณ์ ชินวัตร"),
    (("Abhisit Vejjajiva",), "อภิสิทธิ์ เวชชาชีวะ"),
    (("Chuan Leekpai",), "ชวน หลีกภัย"),
    (("Prawit Wongsuwon", "Prawit Wongsuwan"), "ประวิตร วงษ์สุวรรณ"),
    (("Chadchart Sittipunt",), "ชัชชาติ สิทธิพันธุ์"),
    (("Somchai Wongsawat",), "สมชาย วงศ์สวัสดิ์"),
    (("Surayud Chulanont",), "สุรยุทธ์ จุลานนท์"),
    (("Sondhi Limthongkul",), "สนธิ ลิ้มทองกุล"),
    (("Sirikanya Tansakun",), "ศิริกัญญา ตันสกุล"),
    (("Parit Chiwarak",), "พริษฐ์ ชิวารักษ์"),
    (("Supachai Panitchpakdi",), "ศุภชัย พานิชภักดิ์"),
    (("Chatichai Choonhavan",), "ชาติชาย ชุณหะวัณ"),
    (("Banharn Silpa-archa",), "บรรหาร ศิลปอาชา"),
    (("Chavalit Yongchaiyudh",), "ชวลิต ยงใจยุทธ"),
    (("Sarit Thanarat",), "สฤษดิ์ ธนะรัชต์"),
    (("Thanom Kittikachorn",), "ถนอม กิตติขจร"),
    (("Pridi Banomyong", "Pridi Phanomyong"), "ปรีดี พนมยงค์"),
    (("Suchinda Kraprayoon",), "สุจินดา คราประยูร"),
    (("Chamlong Srimuang",), "จำลอง ศรีเมือง"),
    (("Kukrit Pramoj",), "คึกฤทธิ์ ปราโมช"),
    (("Anand Panyarachun",), "อานันท์ ปันยารชุน"),
    (("Jurin Laksanawisit",), "จุรินทร์ ลักษณวิศิษฏ์"),
    (("Cholnan Srikaew",), "ชลน่าน ศรีแก้ว"),
    (("Thamanat Prompow",), "ธรรมนัส พรหมเผ่า"),
    (("Narumon Pinyosinwat", "Naruemon Pinyosinwat"), "นฤมล ภิญโญสินวัฒน์"),
    (("Nattawut Saikua",), "ณัฐวุฒิ ใสยเกื้อ"),
    (("Jatuporn Prompan",), "จตุพร พรหมพันธุ์"),
    (("Sudarat Keyuraphan",), "สุดารัตน์ เกยุราพันธุ์"),
    (("Chaturon Chaisang",), "จาตุรนต์ ฉายแสง"),
    (("Suriya Juangroongruangkit",), "สุริยะ จึงรุ่งเรืองกิจ"),
    (("Ratchanok Intanon",), "รัชนก อินทนนท์"),
    (("Kunlavut Vitidsarn",), "กุลวุฒิ วิทิตศานต์"),
    (("Panipak Wongpattanakit",), "พาณิภัค วงษ์พัฒนกิจ"),
    (("Apichatpong Weerasethakul",), "อภิชาติพงศ์ วีระเศรษฐกุล"),
    (("Somsak Thepsutin",), "สมศักดิ์ เทพสุทิน"),
    (("Wan Muhamad Noor Matha",), "วันมูหะมัดนอร์ มะทา"),
    (("Kriangsak Chomanan",), "เกรียงศักดิ์ ชมะนันทน์"),
    (("Suthep Thaugsuban",), "สุเทพ เทือกสุบรรณ"),
    (("Samak Sundaravej",), "สมัคร สุนทรเวช"),
    (("Sonthi Boonyaratglin",), "สนธิ บุญยรัตกลิน"),
    (("Narong Kittikachorn",), "ณรงค์ กิตติขจร"),
    (("Thirachai Phuvanatnaranubala",), "ธีระชัย ภูวนาถนรานุบาล"),
    (("Sathit Pitutecha",), "สาธิต ปิตุเตชะ"),
    (("Chaiwut Thanakamanusorn",), "ชัยวุฒิ ธนาคมานุสรณ์"),
    (("Piyabutr Saengkanokkul",), "ปิยบุตร แสงกนกกุล"),
    (("Sasiwimol", "Sasiwimon"), "ศศิวิมล"),
    (("Thanathorn Juangroongruangkit",), "ธนาธร จึงรุ่งเรืองกิจ"),
    (("Wissanu Krea-ngam",), "วิษณุ เครืองาม"),
    (("Sanan Kachornprasart",), "สนั่น ขจรประศาสน์"),
    (("Korn Chatikavanij",), "กรณ์ จาติกวณิช"),
    (("Chalerm Yubamrung", "Chalerm Yoobamrung"), "เฉลิม อยู่บำรุง"),
    (("Charoen Sirivadhanabhakdi",), "เจริญ สิริวัฒนภักดี"),
    (("Songsak Thongsri",), "ทรงศักดิ์ ทองศรี"),
    (("Kritsada Chaiyasit",), "กฤษดา ไชยสิทธิ์"),
    (("Kasem Wattanachai",), "เกษม วัฒนชัย"),
    (("Vajiralongkorn",), "วชิราลงกรณ์"),
    (("Bhumibol Adulyadej",), "ภูมิพล อดุลยเดช"),
    (("Sirindhorn",), "สิรินธร"),
    (("Chulabhorn",), "จุฬาภรณ์"),
    (("Sukhumbhand Paribatra",), "สุขุมพันธุ์ บริพัตร"),
    (("Kittiratt Na-Ranong",), "กิตติรัตน์ ณ ระนอง"),
    (("Snoh Unakul",), "เสนาะ อูนากูล"),
    (("Bhichai Rattakul",), "พิชัย รัตตกุล"),
    (("Sap Sombat",), "ทรัพย์ สมบัติ"),
]

PLACES: list[tuple[tuple[str, ...], str]] = [
    (("Nakhon Ratchasima", "Nakhon Rachasima"), "นครราชสีมา"),
    (("Khon Kaen",), "ขอนแก่น"),
    (("Ubon Ratchathani",), "อุบลราชธานี"),
    (("Udon Thani",), "อุดรธานี"),
    (("Surat Thani",), "สุราษฎร์ธานี"),
    (("Nakhon Si Thammarat",), "นครศรีธรรมราช"),
    (("Phitsanulok",), "พิษณุโลก"),
    (("Chiang Rai",), "เชียงราย"),
    (("Lampang",), "ลำปาง"),
    (("Lamphun",), "ลำพูน"),
    (("Phetchabun",), "เพชรบูรณ์"),
    (("Prachuap Khiri Khan",), "ประจวบคีรีขันธ์"),
    (("Samut Prakan", "Samut Prakarn"), "สมุทรปราการ"),
    (("Samut Sakhon",), "สมุทรสาคร"),
    (("Nonthaburi",), "นนทบุรี"),
    (("Pathum Thani",), "ปทุมธานี"),
    (("Ayutthaya", "Ayudhya"), "อยุธยา"),
    (("Kanchanaburi",), "กาญจนบุรี"),
    (("Ratchaburi",), "ราชบุรี"),
    (("Suphan Buri", "Suphanburi"), "สุพรรณบุรี"),
    (("Sisaket", "Si Sa Ket"), "ศรีสะเกษ"),
    (("Buriram", "Buri Ram"), "บุรีรัมย์"),
    (("Surin",), "สุรินทร์"),
    (("Yasothon",), "ยโสธร"),
    (("Mukdahan",), "มุกดาหาร"),
    (("Nong Khai",), "หนองคาย"),
    (("Sakon Nakhon",), "สกลนคร"),
    (("Narathiwat",), "นราธิวาส"),
    (("Pattani",), "ปัตตานี"),
    (("Yala",), "ยะลา"),
    (("Songkhla",), "สงขลา"),
    (("Hat Yai",), "หาดใหญ่"),
    (("Trang",), "ตรัง"),
    (("Krabi",), "กระบี่"),
    (("Phang Nga",), "พังงา"),
    (("Ranong",), "ระนอง"),
    (("Chumphon",), "ชุมพร"),
    (("Rayong",), "ระยอง"),
    (("Chanthaburi",), "จันทบุรี"),
    (("Trat",), "ตราด"),
    (("Sa Kaeo",), "สระแก้ว"),
    (("Prachinburi", "Prachin Buri"), "ปราจีนบุรี"),
    (("Nakhon Nayok",), "นครนายก"),
    (("Saraburi",), "สระบุรี"),
    (("Lopburi",), "ลพบุรี"),
    (("Sing Buri",), "สิงห์บุรี"),
    (("Ang Thong",), "อ่างทอง"),
    (("Uthai Thani",), "อุทัยธานี"),
    (("Kamphaeng Phet",), "กำแพงเพชร"),
    (("Sukhothai",), "สุโขทัย"),
    (("Uttaradit",), "อุตรดิตถ์"),
    (("Phrae",), "แพร่"),
    (("Phayao",), "พะเยา"),
    (("Mae Hong Son",), "แม่ฮ่องสอน"),
    (("Maha Sarakham",), "มหาสารคาม"),
    (("Pattaya",), "พัทยา"),
    (("Sattahip",), "สัตหีบ"),
    (("Ratchadamnoen", "Rajdamnern"), "ราชดำเนิน"),
    (("Sukhumvit",), "สุขุมวิท"),
    (("Silom",), "สีลม"),
    (("Yaowarat",), "เยาวราช"),
    (("Don Mueang", "Don Muang"), "ดอนเมือง"),
    (("Suvarnabhumi",), "สุวรรณภูมิ"),
    (("Lat Krabang",), "ลาดกระบัง"),
    (("Bang Kapi",), "บางกะปิ"),
    (("Thonburi",), "ธนบุรี"),
    (("Chatuchak", "Jatujak"), "จตุจักร"),
    (("Phra Nakhon",), "พระนคร"),
    (("Sathorn", "Sathon"), "สาทร"),
    (("Chaeng Watthana",), "แจ้งวัฒนะ"),
    (("Rattanakosin", "Ratanakosin"), "รัตนโกสินทร์"),
    (("Chaloem Phra Kiat",), "เฉลิมพระเกียรติ"),
    (("Sai Thong",), "ทรายทอง"),
    (("Bang Sue",), "บางซื่อ"),
    (("Huai Khwang",), "ห้วยขวาง"),
]

BODIES: list[tuple[tuple[str, ...], str]] = [
    (("Mahidol",), "มหิดล"),
    (("Silpakorn",), "ศิลปากร"),
    (("Ramkhamhaeng",), "รามคำแหง"),
    (("Srinakharinwirot",), "ศรีนครินทรวิโรฒ"),
    (("Naresuan",), "นเรศวร"),
    (("Mae Fah Luang",), "แม่ฟ้าหลวง"),
    (("Walailak",), "วลัยลักษณ์"),
    (("Burapha",), "บูรพา"),
    (("Rajamangala",), "ราชมงคล"),
    (("Siriraj",), "ศิริราช"),
    (("Ramathibodi",), "รามาธิบดี"),
    (("Bumrungrad",), "บำรุงราษฎร์"),
    (("Kasikorn",), "กสิกร"),
    (("Krungthai", "Krung Thai"), "กรุงไทย"),
    (("Charoen Pokphand",), "เจริญโภคภัณฑ์"),
    (("Bangchak",), "บางจาก"),
    (("Sahaviriya",), "สหวิริยา"),
    (("Dusit Thani",), "ดุสิตธานี"),
    (("Bhumjaithai", "Bhumjai Thai"), "ภูมิใจไทย"),
    (("Pheu Thai",), "เพื่อไทย"),
    (("Palang Pracharath", "Palang Pracharat"), "พลังประชารัฐ"),
    (("Ruam Thai Sang Chart",), "รวมไทยสร้างชาติ"),
    (("Prachachart",), "ประชาชาติ"),
    (("Chart Thai Pattana",), "ชาติไทยพัฒนา"),
    (("Thammasat",), "ธรรมศาสตร์"),
    (("Srinagarindra",), "ศรีนครินทร์"),
    (("Thai Sang Thai",), "ไทยสร้างไทย"),
    (("Kasetsart",), "เกษตรศาสตร์"),
    (("Chakri",), "จักรี"),
    (("Rajanagarindra",), "ราชนครินทร์"),
    (("Mitr Phol",), "มิตรผล"),
    (("Saha Pathanapibul",), "สหพัฒนพิบูล"),
]

# Hand-written near misses of compatible labels.
NEAR_MISSES: list[tuple[str, str]] = [
    ("Prayut Chan-o-cha", "ประวิตร วงษ์สุวรรณ"),
    ("Somchai Wongsawat", "สมศักดิ์ เทพสุทิน"),
    ("Thaksin Shinawatra", "ยิ่งลักษณ์ ชินวัตร"),
    ("Yingluck Shinawatra", "แพทองธาร ชินวัตร"),
    ("Chatichai Choonhavan", "ไกรศักดิ์ ชุณหะวัณ"),
    ("Seni Pramoj", "คึกฤทธิ์ ปราโมช"),
    ("Pita Limjaroenrat", "พิธา ลิ้มทองกุล"),
    ("Sondhi Limthongkul", "สนธิ บุญยรัตกลิน"),
    ("Jatuporn Prompan", "ธรรมนัส พรหมเผ่า"),
    ("Chuan", "ชวลิต"),
    ("Sirikit", "ศิริกัญญา"),
    ("Jurin", "สุรินทร์"),
    ("Thanathorn Juangroongruangkit", "สุริยะ จึงรุ่งเรืองกิจ"),
    ("Narong Kittikachorn", "ถนอม กิตติขจร"),
    ("Nakhon Ratchasima", "นครศรีธรรมราช"),
    ("Nakhon Sawan", "นครปฐม"),
    ("Nakhon Nayok", "นครพนม"),
    ("Samut Prakan", "สมุทรสาคร"),
    ("Samut Songkhram", "สมุทรปราการ"),
    ("Chiang Rai", "เชียงใหม่"),
    ("Lampang", "ลำพูน"),
    ("Ubon Ratchathani", "อุดรธานี"),
    ("Udon Thani", "อุทัยธานี"),
    ("Surat Thani", "สุรินทร์"),
    ("Pathum Thani", "ปัตตานี"),
    ("Phetchabun", "เพชรบุรี"),
    ("Ratchaburi", "จันทบุรี"),
    ("Kanchanaburi", "ปราจีนบุรี"),
    ("Suphan Buri", "สิงห์บุรี"),
    ("Saraburi", "สระแก้ว"),
    ("Sa Kaeo", "สระบุรี"),
    ("Buriram", "ธนบุรี"),
    ("Songkhla", "สกลนคร"),
    ("Trang", "ตราด"),
    ("Trat", "ตรัง"),
    ("Nan", "หนองคาย"),
    ("Yala", "ยโสธร"),
    ("Pattaya", "ปัตตานี"),
    ("Phrae", "พะเยา"),
    ("Mahidol", "มหาสารคาม"),
    ("Silpakorn", "สีลม"),
    ("Siriraj", "ศิริกัญญา"),
    ("Krungthai", "กรุงเทพ"),
    ("Bangchak", "บางกะปิ"),
    ("Pheu Thai", "ภูมิใจไทย"),
    ("Prachachart", "ประชาธิปัตย์"),
    ("Chart Thai Pattana", "ชาติพัฒนา"),
    ("Sukhothai", "สุขุมวิท"),
    ("Sattahip", "สะเดา"),
    ("Narathiwat", "นครนายก"),
    ("Chachoengsao", "ชลบุรี"),
    ("Thonburi", "ธัญบุรี"),
    ("Sathorn", "สายไหม"),
    ("Ramathibodi", "รามคำแหง"),
    ("Srinakharinwirot", "ศรีสะเกษ"),
    ("Thammasat", "ธรรมนัส"),
]


def positives() -> list[tuple[str, str, str]]:
    """(kind, Latin, Thai) of every matching pair."""
    return [(kind, latin, thai) for kind, rows in
            (("person", PERSONS), ("place", PLACES), ("body", BODIES))
            for latins, thai in rows for latin in latins]


def negatives() -> list[tuple[str, str, str]]:
    """(kind, Latin, Thai): the near misses, then each name against the Thai of the
    name three rows on (same kind)."""
    out = [("near", latin, thai) for latin, thai in NEAR_MISSES]
    for kind, rows in (("person", PERSONS), ("place", PLACES), ("body", BODIES)):
        for i, (latins, _) in enumerate(rows):
            out.append((kind, latins[0], rows[(i + 3) % len(rows)][1]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=40, help="cases to print per list")
    args = ap.parse_args()
    pos = [(k, a, b, name_similarity(a, b)) for k, a, b in positives()]
    neg = [(k, a, b, name_similarity(a, b)) for k, a, b in negatives()]
    tp = sum(s >= MIN_MATCH_SCORE for *_, s in pos)
    fp = sum(s >= MIN_MATCH_SCORE for *_, s in neg)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / len(pos)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{len(pos)} matching pairs, {len(neg)} non-matching; threshold {MIN_MATCH_SCORE}")
    for kind in ("person", "place", "body"):
        rows = [s for k, *_, s in pos if k == kind]
        print(f"  {kind:6s} recall {sum(s >= MIN_MATCH_SCORE for s in rows)}/{len(rows)}")
    nonmatch_ok = 1 - fp / len(neg) if neg else 1.0
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}  "
          f"non-matching pairs kept apart {len(neg) - fp}/{len(neg)} ({nonmatch_ok:.2f})")
    print("\nmisses:")
    for k, a, b, s in sorted((p for p in pos if p[3] < MIN_MATCH_SCORE),
                             key=lambda p: p[3])[: args.show]:
        print(f"  {s:.2f} {k:6s} {a!r} {b!r} latin={thai_latin_key(a)!r} "
              f"thai={thai_reading_keys(b)}")
    print("\nfalse matches:")
    for k, a, b, s in sorted((p for p in neg if p[3] >= MIN_MATCH_SCORE),
                             key=lambda p: -p[3])[: args.show]:
        print(f"  {s:.2f} {k:6s} {a!r} {b!r} latin={thai_latin_key(a)!r} "
              f"thai={thai_reading_keys(b)}")


if __name__ == "__main__":
    main()
