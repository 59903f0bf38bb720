"""A summary under the headline that only one side prints (a standfirst the translator
dropped or wrote) repeats figures its own body gives: no number lost or added, even
when the summary rounds one (``กว่า 250`` for 257) or the body's figure was changed.
A summary figure the body does not give is still reported. Sentences written for these
tests."""

from number_problems import number_problems

HEAD_EN = "Flash floods hit 12 villages in Nan\n\n"
HEAD_TH = "น้ำป่าหลากท่วม 12 หมู่บ้านในน่าน\n\n"
BODY_EN = ("Flash floods swept through villages in Nan province on Monday, damaging 257 "
           "homes and forcing 1,830 residents to move to temporary shelters, officials "
           "said.\n\n"
           "The provincial disaster office said rescue teams had reached every cut-off "
           "village by the evening.\n\n"
           "Schools in the district will stay closed until the water recedes.")
BODY_TH = ("เจ้าหน้าที่เปิดเผยว่า น้ำป่าไหลหลากเข้าท่วมหมู่บ้านในจังหวัดน่านเมื่อวันจันทร์ "
           "บ้านเรือนเสียหาย 257 หลัง ประชาชน 1,830 คนต้องย้ายไปพักในศูนย์พักพิงชั่วคราว\n\n"
           "สำนักงานป้องกันภัยจังหวัดระบุว่า ทีมกู้ภัยเข้าถึงหมู่บ้านที่ถูกตัดขาดได้ครบทุกแห่งภายในค่ำวันเดียวกัน\n\n"
           "โรงเรียนในอำเภอจะปิดจนกว่าน้ำจะลด")


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_thai_summary_that_rounds_a_body_figure_adds_nothing():
    summary = "น้ำป่าถล่มน่าน บ้านพังกว่า 250 หลัง ชาวบ้าน 1,830 คนต้องอพยพ\n\n"
    assert _problems(HEAD_EN + BODY_EN, HEAD_TH + summary + BODY_TH) == []


def test_an_english_standfirst_the_translation_leaves_out_loses_nothing():
    standfirst = ("More than 1,800 people have left their homes after 257 houses were "
                  "damaged.\n\n")
    assert _problems(HEAD_EN + standfirst + BODY_EN, HEAD_TH + BODY_TH) == []


def test_a_summary_repeating_a_changed_body_figure_is_reported_once():
    th_body = BODY_TH.replace("1,830", "1,380")
    summary = "น้ำป่าถล่มน่าน ชาวบ้าน 1,380 คนต้องอพยพ\n\n"
    assert _problems(HEAD_EN + BODY_EN, HEAD_TH + summary + th_body) == [
        ("mismatch", "1,830", "1,380")]


def test_a_summary_figure_the_body_does_not_give_is_still_added():
    summary = "น้ำป่าถล่มน่าน บ้านพัง 257 หลัง ถนนเสียหาย 46 สาย\n\n"
    assert ("added", "", "46") in _problems(HEAD_EN + BODY_EN, HEAD_TH + summary + BODY_TH)


def test_a_round_bound_below_the_body_figure_is_a_new_figure():
    summary = "น้ำป่าถล่มน่าน บ้านพังกว่า 300 หลัง ชาวบ้าน 1,830 คนต้องอพยพ\n\n"
    assert ("added", "", "300") in _problems(HEAD_EN + BODY_EN, HEAD_TH + summary + BODY_TH)
