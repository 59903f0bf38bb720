"""English number forms beyond plain numerals for :mod:`massmob_nlp.numbers`: count
words (``a pair``, ``twice``), multiples and halves (``doubled``, ``halved``,
``threefold``), ``once``, ``a few dozen``, ``half a million``, vulgar fractions, Roman
numerals, the minus sign, four-digit clock times and zones, phone and score contexts,
decades and ages, name prefixes, ``BC`` and fractions in words (``two-thirds``).

Pure data and pure functions, over the lexicon of :mod:`massmob_nlp.numbers.en`.
"""

from __future__ import annotations

import re

from .base import alt
from .en import TEENS, TENS, UNITS, parse_words

# ------------------------------------------------- words beyond plain numerals
# "a pair", "a dozen", "twice": exact counts written as words.
COUNT_WORDS = {"pair": 2, "dozen": 12, "twice": 2, "thrice": 3}
COUNT_WORDS_RE = re.compile(r"(?i)\b(?:an?\s+)?(?P<w>pair|dozen|twice|thrice)\b(?!-)")
# "threefold", "tenfold": N times (Thai สามเท่า, สิบเท่า).
# "doubled", "could double", "tripling": a count of times, like Thai สองเท่า / สามเท่า.
MULTIPLE_VALUES = {"doubl": 2, "tripl": 3, "quadrupl": 4}
MULTIPLE_RE = re.compile(
    r"(?i)\b(?P<w>doubl|tripl|quadrupl)(?:ed|ing)\b"
    r"|\b(?:to|will|would|could|can|may|might|must|should|did|not|n't|nearly|almost"
    r"|charge[sd]?|charging|pa(?:y|ys|id|ying)|costs?|earn(?:s|ed)?)"
    r"\s+(?P<v>(?:doubl|tripl|quadrupl)e)\b(?!-)")
BRACE_RE = re.compile(r"\b[A-Z][a-z'’-]+\s+(?P<w>double)(?=\s+[a-z]{3,}s\s+(?:[A-Z]|the\b))")
"""``Kane double sinks Spurs``: a headline's brace, two goals by the name before it (Thai
``เบิ้ล``, ``2 ประตู``); a noun before a verb, not the verb "to double"."""
# "doubled their lead", "could have doubled the advantage": in a match report a second
# goal (Thai ยิงนำห่าง, the score itself), no count of times: vague.
DOUBLED_LEAD_AFTER_RE = re.compile(
    r"(?i)\s+(?:their|his|her|its|the|our|a)\s+(?:(?:early|narrow|slender|first-half)\s+)?"
    r"(?:lead|advantage)\b")
# "more than double the 10.3 tonnes", "roughly double that of", "nearly triple what it
# was": a multiple before what it multiplies (Thai กว่าสองเท่าของ), as "twice the".
MULTIPLE_OF_RE = re.compile(
    r"(?i)(?<![-\w])(?<!\ba\s)(?<!\bthe\s)(?P<w>doubl|tripl|quadrupl)e"
    r"(?=\s+(?:the|that|those|what|its|their|his|her)\b)")
# "more than doubled": the count of times is a floor.
MORE_THAN_BEFORE_RE = re.compile(r"(?i)\bmore\s+than\s+$")
# "halved", "could halve", "fell by half", "cut in half": a part, like Thai ลดลงครึ่งหนึ่ง
# (but "by half a point", "in half an hour" are amounts of their own).
HALVED_RE = re.compile(
    r"(?i)\bhalv(?:ed|ing)\b"
    r"|\b(?:to|will|would|could|can|may|might|must|should|did|not|n't|nearly|almost)"
    r"\s+(?P<v>halve)\b(?!-)"
    # "Drought halves rice harvest": the verb, not the noun ("both halves", "two halves of")
    r"|(?<!\btwo\s)(?<!\bboth\s)(?<!\bthe\s)(?<!\binto\s)(?<!\bin\s)(?<!\band\s)"
    r"(?<!\bits\s)(?<=[a-z]\s)halves\b(?=\s+(?!(?:of|and|or|were|are|was|is)\b)[a-z])"
    r"|(?:(?<=\bby\s)|(?<=\bin\s))half\b(?![\s-]+(?:an?|the|of|time|way|term|hour|day|year|"
    r"century|decade|dozen|million|billion|past|to)\b)")
FOLD_RE = re.compile(rf"(?i)\b(?P<w>{alt([*UNITS, *TEENS, *TENS, 'hundred'])})fold\b")
# "one-on-one", "one-to-one": a manner of talking, no count.
ONE_ON_ONE_RE = re.compile(r"(?i)\bone-(?:on|to)-$")
# "once" is a count only in these frames ("only once", "once a week").
ONCE_RE = re.compile(r"(?i)\b(?:(?<=only\s)|(?<=than\s)|(?<=just\s)|(?<=least\s)|(?<=most\s))"
                     r"once\b"
                     # "each player winning once.", "it has happened once,": a count that ends
                     # the clause (not "at once", "for once", "Once the rain stops"); vague,
                     # as Thai writes it คนละครั้ง, ครั้งหนึ่ง with no number
                     r"|(?<=[a-z]\s)(?<!\bat\s)(?<!\bfor\s)(?<!\ball\s)(?P<end>once)"
                     r"(?=\s*[.,;:!?)])"
                     r"|\bonce(?=\s+(?:a|an|every|per)\s+(?:day|week|month|year|decade|"
                     r"century|season|lifetime)\b)")


# "a few dozen", "several hundred", "a few thousand": vague like "dozens", "hundreds"
# (Thai ไม่กี่สิบ, หลายร้อย); "a few hundred thousand" is left to the magnitudes.
FEW_SCALE_RE = re.compile(r"(?i)\b(?:a\s+few|several|few)\s+(?P<f>dozen|hundred|thousand)\b"
                          r"(?![\s-]+(?:thousand|million|billion|trillion)\b)")
FEW_SCALE_VALUES = {"dozen": 12, "hundred": 100, "thousand": 1000}
# "two dozen", "three dozen eggs", "10 dozen roses": twelves, like "two hundred" (not
# "dozens of", which is vague).
N_DOZEN_RE = re.compile(r"(?i)\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven"
                        r"|twelve|[0-9]{1,3})\s+dozen\b(?!s)")
# "half a million", "two and a half years", "a year and a half".
HALF_SCALE_RE = re.compile(r"(?i)\bhalf\s+an?\s+(?P<w>hundred|thousand|million|billion|"
                           r"trillion|dozen)\b")
# "two and a half", "a two-and-a-half-year wait"
AND_A_HALF_RE = re.compile(r"(?i)(?:\s+and\s+a\s+|-and-a-)half\b")
# "2½ years", "¾ of": vulgar fraction characters (value of each).
VULGAR = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8)}
VULGAR_RE = re.compile(r"(?<![0-9.,])(?P<w>[0-9]{1,3})?\s?(?P<f>[½¼¾⅓⅔⅛])")
# "12 1/2 years", "3 3/4 miles": a whole number and a simple fraction after a space (AP
# style for 12½), one mixed number.
MIXED_RE = re.compile(r"(?<![0-9.,/])(?P<w>[0-9]{1,3})\s(?P<a>[1-7])/(?P<b>[248])(?![0-9/])")
A_UNIT_AND_HALF_RE = re.compile(
    r"(?i)\ban?\s+(?P<u>year|month|week|day|hour|minute|decade|century|mile|kilometre|"
    r"kilometer|metre|meter|kilogram|litre|liter)\s+and\s+a\s+half\b")
# Regnal and sequel numbers: "Henry VIII", "World War II", "Thutmose III".
ROMAN_RE = re.compile(
    r"(?<=\w)\s(?P<r>(?=[XVI])X{0,3}(?:IX|IV|V?I{0,3}))"
    r"(?![^\W_]|[-'’](?!s\b)[^\W\d_]|\.[^\W\d_])")
# (any letter after it, not only Latin ones: "Nguyễn Văn An", "Võ Tấn Đức" hold no V;
# nor a dot and a letter: "the V.League", an initial of a name)


# After the pronoun "I", not after a regnal "I" ("In Paris I did", "Henry I of").
PRONOUN_I_AFTER_RE = re.compile(
    r"(?i)\s+(?:am|was|did|do|don't|didn't|have|had|think|thought|said|say|saw|see|met|"
    r"will|would|can|could|should|must|went|go|know|knew|felt|feel|want|wanted|got|get|"
    r"just|also|never|really|still|believe|hope|guess|mean|love|like|found|remember)\b")
# A minus sign glued to the digits after a space or bracket ("-5C", "fell to −3.2%"; not
# the dash of "10-5" or "18-29"), or the word ("minus 5C"; not "plus or minus 3").
MINUS_BEFORE = r"(?:(?<![^\s(\[\"“‘:;=~])[-−]|(?<!\bor\s)(?i:\bminus)\s+)"
# The 24-hour clock in four digits: "0700 GMT", "1430 local time", "2300 hours",
# "0600-0800 BST" (times.py decides from what follows).
FOUR_DIGIT_CLOCK_RE = re.compile(
    r"(?<![0-9.,:/$£€¥-])(?P<h>[01][0-9]|2[0-3])(?P<m>[0-5][0-9])"
    r"(?:\s*[-–]\s*(?P<h2>[01][0-9]|2[0-3])(?P<m2>[0-5][0-9]))?(?![0-9]|[.,:][0-9])")
TIME_ZONES = ("GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "EST", "EDT", "CST",
              "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "JST", "KST", "ICT", "SGT",
              "HKT", "IST", "AEST", "AEDT", "MSK", "WIB", "WITA", "WIT", "PHT", "Zulu")
CLOCK_ZONE_RE = re.compile(
    rf"\s*\(?(?:{alt(TIME_ZONES)})(?![A-Za-z])"
    r"|\s+local(?:\s+time\b|(?=\s*[),.;]|$))|\s+(?:[A-Z][a-z]+\s+){1,2}time\b")
CLOCK_TO_RE = re.compile(r"\s+(?:to|and|until|till)\s+(?:[01][0-9]|2[0-3])[0-5][0-9](?![0-9])")
CLOCK_HOURS_RE = re.compile(r"\s*(?:hours|hrs|h)(?![A-Za-z])")
# Phone numbers written with spaces ("116 123") after a phone word.
PHONE_BEFORE_RE = re.compile(r"(?i)\b(?:call|calls|calling|phone|tel|telephone|hotline|"
                             r"helpline|fax|mobile|dial|text)\b[^0-9]{0,25}$")
# Results: "won 5-3", "a 2-2 draw".
SCORE_BEFORE_RE = re.compile(
    r"(?i)\b(?:won|win|wins|winning|beat|beats|lost|lose|loses|losing|defeated|defeat|"
    r"drew|draw|victory|score|scored|scoreline|led|leads|trailed|edged|thrashed|routed|voting|"
    r"vote|voted|votes|margin|result|final|set|sets|game|match|levell?ed|equali[sz]ed|"
    r"trailing|(?:make|made|making)\s+it)\b[^0-9.]{0,20}$")
SCORE_AFTER_RE = re.compile(r"(?i)\s+(?:win|victory|defeat|loss|draw|lead|vote|home|away|"
                            r"in\s+favou?r|against)\b")
# Words that are capitalized for other reasons and may stand before the pronoun "I".
NOT_REGNAL = frozenset("""
Then Today Yesterday Now So And But When If As Here There Once Still Also Yet Later
Sometimes Tonight Honestly Actually Perhaps Maybe Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April May June July August September
October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr
""".split())  # noqa: SIM905


# "the 1980s", "mid-1970s", "the '60s", "the Sixties": decades ("A350-1000s" are planes).
DECADE_RE = re.compile(r"(?<![0-9A-Za-z])(?<![0-9]-)"
                       r"(?:(?P<y>[0-9]{3}0)|['’]?(?P<yy>[0-9]0))['’]?s\b")
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}
DECADE_WORD_RE = re.compile(
    r"(?:(?<=\bthe\s)|(?<=\bmid-)|(?<=\bearly\s)|(?<=\blate\s)|(?<=\bthe\smid-)"
    r"|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bmy\s)|(?<=\bour\s))"
    r"(?P<w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"
    r"|\b(?P<cap>Twenties|Thirties|Forties|Fifties|Sixties|Seventies|Eighties|Nineties)\b")
# "in her 30s", "in their forties": an age bracket, not a decade of the calendar.
AGE_BEFORE_RE = re.compile(r"(?i)\b(?:his|her|their|my|your|our|its)\s+"
                           r"(?:(?:early|mid|late)[\s-]+)?$")
# "mid-1962", "pre-2008", "by end-2027": a prefix, not a name such as "B-29".
PREFIX_BEFORE_RE = re.compile(r"(?:\b(?:mid|pre|post|early|late|end|start|over|under|top|sub))-$"
                              # "a 92-by-81-centimeter canvas": the second side of a size
                              r"|[0-9]-by-$"
                              # "a magnitude-7.8 quake", "a level-4 alert", "a grade-2
                              # listed": a measure word before its number, no name
                              r"|\b(?:magnitude|level|grade|category|tier|stage|phase|"
                              r"size|class|type|step|day|week|year|age)-$")
# A year before Christ: "700 BC", "1600 B.C.E.".
BC_AFTER_RE = re.compile(r"\s?(?:BCE|BC|B\.\s?C\.(?:\s?E\.)?)(?![A-Za-z])")

# Fractions: "a third of", "two-thirds", "three quarters", "half of".
FRACTION_PARTS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "hundredth": 100,
                  "thousandth": 1000}
_SMALL = "a|an|one|two|three|four|five|six|seven|eight|nine"
FRACTION_RE = re.compile(
    rf"(?i)\b(?P<a>{_SMALL})[\s-]+(?P<b>thirds|quarters|fifths|sixths|sevenths|eighths|"
    r"ninths|tenths|hundredths|thousandths|third|quarter|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|hundredth|thousandth)\b"
    r"(?P<of>\s+of\b)?")
HALF_OF_RE = re.compile(
    r"(?i)(?<![-\w])half(?=\s+of\b|\s+(?:were|are|was|had|have|has|did|do|said|say|says"
    r"|got|took|went|gave|saw|thought|felt|(?-i:[a-z]{3,}ed)(?<!hundred))\b(?!-))")
"""``half of``; ``Half received two doses, and half received a placebo``, ``half said``:
half of a group named before, the subject of a verb."""
FRACTION_AMOUNT_BEFORE_RE = re.compile(
    r"(?i)\b(?:by|than|nearly|almost|about|around|roughly|some|over|under|up|down)\s+$")
# "a third lower", "a quarter more": a part before a comparative is an amount (no
# "third lower" is ever a rank).
FRACTION_COMPARATIVE_AFTER_RE = re.compile(
    r"(?i)\s+(?:lower|higher|less|more|fewer|smaller|larger|bigger|greater|cheaper|dearer|"
    r"faster|slower|shorter|longer|lighter|heavier|worse|better|below|above)\b"
    r"|\s+as\s+(?:much|many|large|big|high|long)\b")
FRACTION_AMOUNT_AFTER_RE = re.compile(
    r"\s*(?:[.,;:)!?]|$)|\s+(?:in|on|to|from|since|over|last|this|and|or|but|compared|"
    r"after|before|between|as|at|for|while|when|year|a\s+year|per|each|within)\b"
    # "about a third opposed it", "nearly a fifth said no": a hedged part is an amount
    # before a verb in the past tense too (a hedged rank is never the subject)
    r"|\s+(?:[a-z]{3,}ed|said|told|thought|felt|saw|had|got|went|left|lost|fell|rose|"
    r"grew|chose|took|gave|made|did|knew|spent|paid|sold|bought)\b")
# "a quarter were", "a third have": a singular part agreeing with a plural verb is a
# part of a group (an ordinal thing takes "was": "a third was injured").
FRACTION_PLURAL_VERB_AFTER_RE = re.compile(
    r"\s+(?:were|are|have|do|say|said|remain|live|work|voted|want|think|believe|"
    r"support|oppose|backed|supported|opposed|abstained|agreed|disagreed|expect|predict|"
    r"forecast|see|prefer|favou?r|plan|intend|own|use|earn|need|fear|feel|report)\b")
"""Words that make a singular ``a third`` an amount without "of" after it: ``cut by a
quarter.``, ``more than a third in May`` (not before a noun: ``a third party``, ``a third
term`` stay ordinals)."""


def small_number(word: str) -> int:
    """Value of a small count word or digits (``a`` -> 1, ``a hundred`` -> 100)."""
    w = " ".join(word.lower().split())
    if w in ("a", "an"):
        return 1
    if w.replace(",", "").isdigit():
        return int(w.replace(",", ""))
    value, _ = parse_words(w)
    return int(value) if value is not None else 0
