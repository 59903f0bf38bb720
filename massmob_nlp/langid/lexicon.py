"""Word lists, letters and patterns language identification decides by: English
function words, words only another Latin-script language writes, Thai grammatical
words, Vietnamese syllables, web addresses (:mod:`massmob_nlp.langid`)."""

from __future__ import annotations

import re

from .._text import LATIN_LETTERS, VIET_RE
from ..types import Lang

LATIN_LANGS: tuple[str, ...] = ("en", "vi", "fr", "de", "es", "it", "pt", "nl", "id")
"""Latin-script languages the n-gram fallback chooses among (English first: prior)."""
# Scripts that identify one language on their own.
_SCRIPT_LANG = {"Thai": "th", "Lao": "lo", "Khmer": "km", "Hangul": "ko",
                "Hiragana": "ja", "Katakana": "ja", "Cjk": "zh", "Greek": "el",
                "Hebrew": "he", "Devanagari": "hi", "Georgian": "ka", "Armenian": "hy",
                "Myanmar": "my", "Arabic": "ar", "Cyrillic": "ru", "Tamil": "ta",
                "Bengali": "bn"}
_EN_WORDS = frozenset("""
the of and to in is that for on with as was by at from it be are this have has an or not
i you he she we they his her their its our my your will would can could should do does
did what which who whom there been were but all if so no me him them than then about
into more also after before when how one up out just very had these those such other
any some most many much may might must shall being over under between through during
while where why here now only own same too both each few new well even because said
says people year years time first last two three four five six seven eight nine ten
tom mary i'm it's don't can't didn't isn't won't let's that's there's a am like make
go get know think want see come take give good day work need look help never always
against across along among around behind below beyond despite down off onto upon
since until though although toward towards within without whether whose yet us per
via vs again already still back away every another nothing something anyone got
n't 's 're 'll 've 'm 'd
""".split())  # noqa: SIM905
# Words only another Latin language writes (English words left out): the n-gram model
# must see one of them, or a letter English does not use, to overrule the prior.
_OTHER_LINES = """
fr le la les des une est et du sur pour dans que qui pas au aux ce cette sont avec par ne
fr il elle nous vous ils leur été être mais ou où plus
de der die das und ist nicht mit ein eine einen zu den dem von auf für sich des im auch es
de wird sind wurde bei aus nach wie oder als hat war ich uns
nl de het een en van ik niet zijn op te dat met voor er maar om ook als bij nog wel naar
nl uit aan wordt werd ze je hij zij wij dit deze
es el la los las de que y en es por con para una un del al se lo su sus como más pero está
es son fue
it il la di che e è per un una del della dei delle non con sono lo gli nel nella alla al
it ma anche come si ha
pt o os as de que e do da dos das em um uma não com para por no na se ao mais foi é são
id yang dan di ini itu dengan untuk tidak dari dalam akan ada pada ke juga oleh saya kami
id mereka adalah
vi cua va cac nhung duoc nguoi trong la co khong mot nay cho voi da se tai tu thi ve
""".strip().splitlines()
_OTHER_WORDS = {lang: frozenset(w for line in _OTHER_LINES if line[:2] == lang
                                for w in line[3:].split()) - _EN_WORDS
                for lang in LATIN_LANGS if lang != "en"}
_OTHER_LETTERS = {"fr": "éèêàçùûôîïëœ", "de": "äöüß", "es": "ñáéíóú", "it": "àèéìòù",
                  "pt": "ãõçáéíóúâêô", "nl": "ëï", "id": "", "vi": ""}
# Thai grammatical words that never occur inside the Thai spelling of a foreign name.
_TH_FUNCTION_RE = re.compile(
    "ที่|ของ|และ|ใน|จาก|ได้|เป็น|กับ|ให้|แล้ว|โดย|เพื่อ|ซึ่ง|หรือ|เมื่อ|ด้วย|ไม่|กล่าว"
    "|นี้|ต้อง|ถูก|แต่|ไป|คือ|ทำ|อย่าง|เรา|เขา|ทั้ง|สำหรับ|ข่าว|ประเทศ|รายงาน")
_WORD_RE = re.compile(f"[{LATIN_LETTERS}']+")
_VIET_VOWELS = "aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_VIET_SYLLABLE_RE = re.compile(  # one written Vietnamese syllable (Nguyễn, Thắng, Hà)
    f"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_VIET_VOWELS}]{{1,3}}"
    "(?:ng|nh|ch|[cmnpt])?", re.IGNORECASE)
_BRACKETS_RE = re.compile(r"\([^()\d]*\)")  # no digits: (1 ก.ย.) is a date, no gloss
_SENTENCE_WORD_RE = re.compile(f"[{LATIN_LETTERS}']+|[\u0e01-\u0e4e]+")
_LATIN_RUN_RE = re.compile(f"[{LATIN_LETTERS}]+")
_WEB_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_TLD = r"\.(?:com|org|net|gov|edu|info|vn|th|uk|ly|io|co)\b"
_TLD_RE = re.compile(_TLD, re.IGNORECASE)
_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)*" + _TLD + r"(?:/\S*)?", re.IGNORECASE)


def _evidence(lang: Lang, words: list[str], *, letters: bool = True) -> bool:
    """Whether lower-case ``words`` hold a word only ``lang`` writes or (``letters``:
    the text has no Vietnamese letter, whose words share *à*, *é*...) a letter English
    does not use: what the n-gram model needs to overrule the prior (short English
    lines such as *Horrible tap water.* score Indonesian, Dutch or Italian)."""
    if lang == "en":
        return any(w in _EN_WORDS for w in words)
    if lang == "vi" and any(VIET_RE.search(w) for w in words):
        return True
    own = _OTHER_WORDS.get(lang, frozenset())
    chars = _OTHER_LETTERS.get(lang, "") if letters else ""
    return any(w in own or (chars and not w.isascii() and any(c in chars for c in w))
               for w in words)
