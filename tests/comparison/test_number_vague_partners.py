"""A vague number word and its partner: a vague mention is joined outside its own
sentence only when that sentence holds no exact mention of its key left alone on the
other side. Sentences written for these tests."""

from massmob_nlp import compare
from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


EN = ("Rovers took control after the interval and levelled through a Diallo header. "
      "Their captain Marsh was sent off 12 minutes later after picking up a second yellow "
      "card for a late challenge.")
TH_SECOND_CARD = ("ครึ่งหลังโรเวอร์สเป็นฝ่ายคุมเกมและตีเสมอได้จากลูกโหม่งของดิอัลโล "
                  "มาร์ช กัปตันทีม ถูกไล่ออกจากสนามในอีก 12 นาทีต่อมา หลังโดนใบเหลืองใบที่ 2 "
                  "จากการเข้าปะทะช้า")


def test_a_second_card_is_the_card_of_its_own_sentence():
    """"a second yellow card" is ``ใบที่ 2``, not the vague ``ครึ่งหลัง`` next door."""
    assert _problems(EN, TH_SECOND_CARD) == []
    rows = compare(EN, TH_SECOND_CARD, src_lang="en", tgt_lang="th", embeddings=False).numbers
    half = rows[rows["tgt_text"].fillna("") == "ครึ่งหลัง"]
    assert half["src_text"].isna().all()  # no partner taken from the card


def test_a_changed_card_is_still_reported():
    th = TH_SECOND_CARD.replace("ใบที่ 2", "ใบที่ 3")
    assert ("added", "", "ที่ 3") in _problems(EN, th)


def test_a_vague_word_takes_the_exact_word_of_its_sentence():
    """"a second yellow card" (vague) is ``ใบที่สอง`` in words, "2nd" is ``ใบที่ 2`` in
    digits, and the vague ``ครึ่งหลัง`` is left alone."""
    en = ("Marsh was sent off for a second yellow card after the break, his 2nd red card "
          "of the season.")
    th = ("ครึ่งหลังมาร์ชโดนไล่ออกจากการรับใบเหลืองใบที่สอง ซึ่งเป็นใบแดงใบที่ 2 "
          "ของเขาในฤดูกาลนี้")
    rows = compare(en, th, src_lang="en", tgt_lang="th", embeddings=False).numbers
    assert not rows["status"].isin(["mismatch", "missing", "added"]).any()
    joined = rows.dropna(subset=["src_text", "tgt_text"])
    assert sorted(zip(joined["src_text"], joined["tgt_text"])) == [
        ("2nd", "ที่ 2"), ("second", "ที่สอง")]
