"""English lexicon for :mod:`massmob_nlp.numbers`: number words, ordinal words, months,
qualifiers and the words that tell a year from a count.

Pure data and pure functions; no import from :mod:`massmob_nlp.numbers`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .base import alt

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9,
          "trillion": 10 ** 12}
ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
                 "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
ORDINAL_OTHER = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                 "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
                 "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                 "eightieth": 80, "ninetieth": 90, "hundredth": 100}



_WORD = alt([*UNITS, *TEENS, *TENS, "hundred", *SCALES])
WORDS_RE = re.compile(
    rf"(?i)\b(?:an?\s+(?=(?:hundred|{alt(SCALES)})\b))?(?:{_WORD})"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*\b")
ORDINAL_WORDS_RE = re.compile(
    rf"(?i)\b(?:(?:(?P<tens>{alt(TENS)})[-\s])?(?P<unit>{alt(ORDINAL_UNITS)})"
    rf"|(?P<other>{alt(ORDINAL_OTHER)}))\b")
_TOKEN_RE = re.compile(r"[A-Za-z]+")
# "first" is not a number in these phrases; "second" needs a determiner before it.
ORDINAL_SKIP_BEFORE_RE = re.compile(r"(?i)\bat\s+$")
ORDINAL_SKIP_AFTER_RE = re.compile(r"(?i)\s+(?:of\s+all|and\s+foremost)\b|ly\b")
SECOND_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:the|its|their|his|her|our|my|your|every|each|this|that)|\w['’]s)\s+$")
# "a second referendum", "for a second time": the ordinal before a noun, often "another"
# in Thai (vague: it joins ครั้งที่สอง, never a problem); "for a second." is a moment.
A_BEFORE_RE = re.compile(r"(?i)\ba\s+$")
SECOND_NOUN_AFTER_RE = re.compile(
    r"(?i)-|\s+(?!(?:or|and|later|ago|longer|before|after|to|of|too|more|earlier|at|in|on|"
    r"for|the|a|an|his|her|their|its|when|while|then|than|that|as|is|was|it|he|she|they|"
    r"we|i|you)\b)[a-z]")
# "one of the pilots", "one of them": a count even after "that" or "the".
ONE_OF_RE = re.compile(r"(?i)\s+of\s+(?:the|his|her|their|its|our|my|your|these|those|them"
                       r"|us|you|many|several|whose)\b")
# "one of 12 major events", "one of the two records", "one of three sisters": the one of
# a set that is counted after it; the count is the number (Thai หนึ่งใน 12 กิจกรรม,
# Vietnamese một trong), "one" is vague (often restructured: "2 รายการ").
ONE_OF_NUMBER_RE = re.compile(
    r"(?i)\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?"
    r"(?:[0-9]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+dozen)\b)")
# "does not even buy one bowl", "never even won one game": emphatic negation ("none at
# all"), which Thai writes ไม่…สักชาม or ไม่…เลย: vague.
NOT_EVEN_BEFORE_RE = re.compile(r"(?i)(?:\bnot|n['’]t|\bnever)\s+even\s+(?:[a-z]+\s+){0,2}$")
# "no one", "the one", "the only one", "one by one"; but "only one crop" counts.
ONE_SKIP_BEFORE_RE = re.compile(
    r"(?i)\b(?:no|any|every|each|the|this|that|which|such|little|"
    r"(?:the|his|her|its|their|our|my|your|an?)\s+only|one\s+by)\s+$")
# "One day, he left", "one night in May": a story's "some day", vague like Thai
# วันหนึ่ง; but "for one day", "one day a week", "one day later" are counts.
ONE_DAY_AFTER_RE = re.compile(
    r"(?i)\s+(?:day|morning|afternoon|evening|night)\b(?!\s*(?:a|an|per|of|later|earlier|"
    r"before|after|and|or|to|off|only|long|each|every|at\s+a\s+time)\b|[-–])")
ONE_DAY_COUNT_BEFORE_RE = re.compile(
    r"(?i)\b(?:for|in|within|only|just|about|than|per|every|each|over|under|after|"
    r"last|first|at\s+least|at\s+most|nearly|almost|around)\s+$")
# "a one-day international", "one-day cricket", "his 10th one-day hundred": the
# limited-overs format of cricket (Thai วันเดย์), not a length of time.
ONE_DAY_FORMAT_AFTER_RE = re.compile(
    r"(?i)-day\s+(?:internationals?|ODIs?|series|cricket|cup|hundreds?|centur(?:y|ies)|"
    r"formats?|sides?|squads?|captain|debut|records?|specialists?|games?|matche?s)\b")
ONE_SKIP_AFTER_RE = re.compile(
    r"(?i)^(?:\s+(?:another|by|or\s+two|of\s+a\s+kind|after\s+(?:another|the\s+other)|"
    r"at\s+a\s+time)\b|'s|’s|-(?!to-(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])))")
# ("one-sided", "one-off"; but "a one-to-two-year lead" is a range)


def parse_words(text: str) -> tuple[Decimal | None, int]:
    """Value of an English number-word phrase and how many characters of it parse.

    ``"twenty-five"`` -> 25, ``"a hundred"`` -> 100, ``"two million"`` -> 2000000.
    A phrase that stops making sense (``"two three"``) is cut before the odd word.
    """
    total = cur = 0
    last = ""
    end = 0
    scale_total, scale_end, last_scale = 0, 0, 0
    for m in _TOKEN_RE.finditer(text):
        w = m.group().lower()
        if w == "and":
            continue
        if w in ("a", "an"):
            kind = "a"
            cur = 1
        elif w in UNITS:
            if last in ("unit", "teen") or (last == "tens" and cur % 10):
                break
            kind, cur = "unit", cur + UNITS[w]
        elif w in TEENS:
            if last in ("unit", "teen", "tens"):
                break
            kind, cur = "teen", cur + TEENS[w]
        elif w in TENS:
            if last in ("unit", "teen", "tens"):
                break
            kind, cur = "tens", cur + TENS[w]
        elif w == "hundred":
            if last not in ("unit", "teen", "tens", "a") or cur >= 100:
                break
            kind, cur = "hundred", cur * 100
        elif w in SCALES:
            if last in ("", "scale"):
                break
            if last_scale and SCALES[w] >= last_scale:  # "three million and five million"
                return Decimal(scale_total), scale_end
            kind, total, cur = "scale", total + max(cur, 1) * SCALES[w], 0
            scale_total, scale_end, last_scale = total, m.end(), SCALES[w]
        else:
            break
        last = kind
        end = m.end()
    if last in ("", "a"):
        return None, 0
    return Decimal(total + cur), end


def ordinal_value(m: re.Match[str]) -> int:
    """Value of an :data:`ORDINAL_WORDS_RE` match (``twenty-first`` -> 21)."""
    if m.group("other"):
        return ORDINAL_OTHER[m.group("other").lower()]
    tens = TENS[m.group("tens").lower()] if m.group("tens") else 0
    return tens + ORDINAL_UNITS[m.group("unit").lower()]


MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
          "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
          "december": 12}
_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
         "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_NUMBER = {**MONTHS, **_ABBR}
MONTH = (r"(?P<mon>(?:" + alt([m.capitalize() for m in MONTHS] + [m.upper() for m in MONTHS])
         + r")\b|(?:" + alt([m.capitalize() for m in _ABBR]) + r")\b\.?)")

QUALIFIERS_BEFORE = {
    "at_least": ["at least", "no less than", "not less than", "no fewer than",
                 "a minimum of", "minimum of", "minimum"],
    "at_most": ["at most", "no more than", "not more than", "a maximum of",
                "maximum of", "not exceeding", "maximum", "not exceed", "not to exceed",
                "not exceeded"],
    "up_to": ["up to", "as many as", "as much as", "as high as", "as large as"],
    "over": ["more than", "over", "above", "exceeding", "in excess of", "upwards of",
             "greater than", "higher than", "just over", "well over", "exceed", "exceeds",
             "exceeded", "surpass", "surpassed", "surpassing",
             # a verb of passing a mark: "earnings topped $1.5 billion", "climbs past
             # 1,700" (vi vượt, Thai ทะลุ); not the noun "the top 10", "the past 20 years"
             "tops", "topped", "topping", "to top", "will top", "could top", "would top",
             "may top", "might top", "climbed past", "climbs past", "climbing past",
             "rose past", "rises past", "rising past", "surged past", "surges past",
             "jumped past", "jumps past", "pushed past", "pushes past", "soared past",
             "soars past", "edged past", "edges past", "crept past", "broke past",
             "weakened past", "weakens past", "fell past", "slid past", "dropped past"],
    "under": ["less than", "fewer than", "under", "below", "lower than", "just under"],
    "nearly": ["nearly", "almost", "close to", "closely", "approaching"],
    # an average is a mean, no approximation ("an average of 7.2%" = Thai "เฉลี่ย 7.2%")
    "about": ["about", "around", "approximately", "approx.", "roughly", "some",
              "an estimated", "estimated", "estimated at", "circa", "an estimated cost of",
              "estimated to be", "estimated to reach", "estimated to total",
              # forecasts, as Thai คาดว่าจะอยู่ที่ / คาดการณ์ไว้ที่
              "forecast at", "projected at", "seen at", "expected to reach", "expected to be",
              "expected to hit", "forecast to reach", "projected to reach",
              # hedges of doubt, as Thai ราว: "perhaps 5,000 people"
              "perhaps", "possibly", "maybe", "probably",
              "estimate between", "estimates between", "estimated between",
              "estimate that", "estimates that", "estimated that"],
}
QUALIFIERS_AFTER = {"at_least": ["or more", "and above", "or above", "or higher"],
                    "at_most": ["or less", "or fewer", "or below"],
                    "over": ["plus", "odd"]}

# A 4-digit number after one of these is a year ("in 2024", "the 2020 - 2025 term").
YEAR_BEFORE_RE = re.compile(
    r"(?i)\b(?:in|of|since|from|by|until|till|through|during|before|after|year|years"
    r"|early|late|mid|end|fiscal|term|tenure|period|between|spring|summer|autumn"
    r"|winter|circa|B\.\s?E\.|A\.\s?D\.|AD|CE)\s*[-,–(]?\s*$")
# "B.E. 2325", "BE 2567", "Buddhist Era 2325", "2325 B.E.": Thai outlets writing English
# gloss a year in the Buddhist Era (CE = BE - 543) whatever its size, like Thai "พ.ศ.".
BE_BEFORE_RE = re.compile(r"(?:(?<![A-Za-z.])B\.\s?E\.?|(?<![A-Za-z])BE|\b(?i:Buddhist\s+Era)"
                          r"|\b(?i:the\s+Buddhist\s+(?:year|calendar\s+year)))\s*$")
# "2567 in the Buddhist calendar", "2567 by the Thai calendar", "2567 of the Buddhist
# Era": the era named after the number glosses it as a BE year too.
BE_AFTER_RE = re.compile(r"\s*(?:B\.\s?E\.|BE\b)(?![A-Za-z])"
                         r"|,?\s+(?i:(?:in|on|by|of|under)\s+the\s+(?:Thai\s+)?"
                         r"(?:Buddhist\s+(?:Era|calendar)|Thai\s+(?:solar\s+)?calendar))\b")
# "B.E. 2325 (1782)", "พ.ศ. 2325 (1782)": the CE gloss in brackets after a BE year.
BE_YEAR_GLOSS_BEFORE_RE = re.compile(
    r"(?:(?<![A-Za-z.])B\.\s?E\.?|(?<![A-Za-z])BE|พ\.\s?ศ\.|พุทธศักราช)\s*[0-9]{4}\s*\(\s*$")
# Words that may follow a year; any other lower-case word after a bare 4-digit number
# makes it a count ("2000 people").
FUNCTION_WORDS = frozenset("""
a an the as and or to in on at for with was is were are be been will would has had
have of from when which that by through until than after before while where who
compared saw marked also but so if this these those it its their there then up down
into onto over under against during since via per vs versus onwards onward
could may might should must can cannot shall does did
""".split())  # noqa: SIM905
# (the modals: a bare 1900-2100 as the subject of a clause, "2027 could challenge the
# record", is a year; English writes a count of thousands with a comma, "2,027 could")
YEAR_NOUNS = frozenset("""
contest contests election elections budget budgets plan plans season census report
reports target targets edition term tenure period campaign festival olympics games cup
competition congress session program programme agenda strategy vision roadmap review
summit conference exhibition fair survey forecast estimate estimates figures data
results statistics law constitution amendment resolution decision year financial fiscal
academic school crop harvest deadline goal goals level levels movement plenum
""".split())  # noqa: SIM905

# "the 2021 peak", "a 2016 study": after a determiner, a year-like number before a
# singular noun names a year (a count of 2021 would take a plural: "the 2021 homes").
YEAR_DETERMINER_BEFORE_RE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|this|that|"
                                       r"our|last|next)\s+$")
# Plurals without -s that a count may take ("the 2000 people", "some 2000 staff").
PLURALS_WITHOUT_S = frozenset("""
people children men women police staff crew personnel troops cattle sheep deer fish feet
teeth mice geese aircraft livestock yen baht won yuan kip riel rand euro km kg ft mph mm cm
""".split())  # noqa: SIM905

CURRENCY_AFTER = {
    "VND": ["VND", "VNĐ", "VNđ", "VNd", "dong", "đồng", "Dong"],
    "USD": ["USD", "US dollars", "US dollar", "U.S. dollars", "dollars", "dollar"],
    "THB": ["THB", "baht", "Baht"],
    "EUR": ["EUR", "euros", "euro", "Euros", "Euro"],
    "JPY": ["JPY", "yen"], "CNY": ["CNY", "RMB", "yuan"],
    "LAK": ["LAK", "kip", "kips"], "KHR": ["KHR", "riels", "riel"],
    "SGD": ["SGD", "Singapore dollars"], "MYR": ["MYR", "ringgit"],
    "GBP": ["GBP", "pounds sterling", "pounds", "pound", "sterling"],
    "AUD": ["AUD", "Australian dollars"], "HKD": ["HKD", "Hong Kong dollars"],
    "CAD": ["CAD", "Canadian dollars"], "INR": ["INR", "rupees"],
    "CHF": ["CHF", "Swiss francs", "francs"], "RUB": ["RUB", "roubles", "rubles"],
    "KRW": ["KRW", "South Korean won", "Korean won"], "PHP": ["PHP", "Philippine pesos", "pesos"],
    "MXN": ["MXN", "Mexican pesos"], "TWD": ["TWD", "New Taiwan dollars", "Taiwan dollars"],
    "NZD": ["NZD", "New Zealand dollars"], "IDR": ["IDR", "rupiah"],
    "MMK": ["MMK", "kyats", "kyat", "Kyats", "Kyat"],
    "TRY": ["TRY", "lira"], "ZAR": ["ZAR", "rand"],
    "SEK": ["SEK", "Swedish kronor", "Swedish krona", "kronor", "krona", "Swedish crowns",
            "Swedish crown"],
    "NOK": ["NOK", "Norwegian kroner", "Norwegian krone", "Norwegian crowns"],
    "DKK": ["DKK", "Danish kroner", "Danish krone", "Danish crowns"],
    "CZK": ["CZK", "Czech korunas", "Czech koruna", "Czech crowns", "korunas", "koruna"],
    "ISK": ["ISK", "Icelandic kronur", "Icelandic krona", "Icelandic crowns"],
}
CURRENCY_BEFORE = {"USD": ["US$", "USD", "$", "U.S.$"], "EUR": ["€", "EUR"],
                   "GBP": ["£", "GBP"], "JPY": ["¥", "JPY"], "THB": ["฿", "THB", "Bt", "B"],
                   "VND": ["VND", "VNĐ", "₫"], "SGD": ["S$", "SGD"], "CNY": ["CNY"],
                   "AUD": ["A$", "AU$", "AUD"], "HKD": ["HK$", "HKD"],
                   "CAD": ["C$", "CA$", "Can$", "CAN$", "Cdn$", "CDN$", "CAD"],
                   "INR": ["₹", "Rs.", "Rs", "INR"], "KRW": ["₩", "W", "KRW"],
                   "TWD": ["NT$", "TWD"], "NZD": ["NZ$", "NZD"],
                   "MYR": ["RM", "MYR"], "IDR": ["Rp", "IDR"], "PHP": ["₱", "PHP", "Php", "P"],
                   "MMK": ["MMK", "Ks.", "Ks", "K"], "KHR": ["KHR", "៛"], "LAK": ["LAK", "₭"],
                   # ISO codes written first, as wire services do ("CHF 20 million")
                   "CHF": ["CHF", "SFr.", "SFr"], "RUB": ["RUB", "₽"], "TRY": ["TRY", "₺"],
                   "ZAR": ["ZAR"], "MXN": ["MXN"], "SEK": ["SEK"], "NOK": ["NOK"],
                   "DKK": ["DKK"]}
"""A bare capital ``P`` (Philippine papers: ``P1.2 billion``, ``P25,000``) is a peso only
in money context (:func:`massmob_nlp.numbers.quantity.peso_before`), never in ``P1``
(a grid slot, a school year) or ``P-8``; likewise a bare ``K`` is the Myanmar kyat
(``K500 billion``, ``K1,500``) only in money context, never in ``K9`` or ``K2``; and a bare
``B`` is the baht (Bangkok Post style: ``B2.1bn``, ``B450,000``, ``a B3.5-billion airport``)
only before a scale or thousands, or after a money word in a text about baht, never in
``B2``, ``B12`` or ``B-52``."""
MAGNITUDES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "quadrillion": 15,
              "mln": 6,
              "bln": 9, "bn": 9, "tn": 12, "crore": 7, "crores": 7, "lakh": 5, "lakhs": 5,
              # Malaysian and Singaporean papers: "RM2.7bil", "RM280mil"; Indian ones:
              # "Rs 4.12 lakh crore" (a lakh of crores, 10**12)
              "bil": 9, "mil": 6, "lakh crore": 12, "lakh crores": 12,
              "tln": 12}  # Yonhap: "12.2 tln won", "US$1.2 bln"
SHORT_MAGNITUDES = {"k": 3, "m": 6, "b": 9}  # only right after a currency: "$5m", "P1.2B"
# Units that may be glued to digits ("5km"); any other glued letters drop the number.
GLUED_UNITS_RE = re.compile(
    r"(?:kcal|tbsp|tsp"  # "520kcal", "2tbsp": a recipe's energy and spoons
    r"|km2|km|kg|cm|mm|ha|MW|kW|GW|kWh|MWh|mg|ml|m2|m3|m|g|t|l|°?C|°?F|st|lbs?|oz|ft|mph"
    r"|kph|kmh|km/h|TB|GB|MB|KB|Gbps|Mbps|GHz|MHz|Hz|nm|mAh|bhp|hp|cc|in|mi|yd|p"
    # "a 65W charger", "48MP", "120fps", "5V", "a 4.3x zoom" (N times, Thai 4.3 เท่า)
    r"|Wh|W|kV|V|MP|Mpx|fps|x|×"
    r"|ppm|ppb)"  # "2.7ppm": parts per million, written apart as "426.9 parts per million"
    r"(?![A-Za-z0-9])")
# "1.5m people", "20k fans": a glued scale letter before a plural noun is the million or
# thousand (a count of people or things), not metres ("the 400m hurdles", "a 5k run").
SCALED_NOUN_AFTER_RE = re.compile(
    r"\s+(?:of\s+)?(?!(?:hurdles|relays?|finals?|heats?|sprints?|races?|events?|medals?|"
    r"metres|meters|records?|titles?|runs?|walks?|swims?|is|was|has|its|this|as|us)\b)"
    r"(?:people|children|men|women|staff|police|cattle|sheep|livestock|[a-z]{2,}s"
    r"|(?-i:[A-Z]{2,}s))\b"  # "9.62m TEUs", "1.2m EVs", "3m SMEs": plural acronyms count
    # "9.1m sq km", "2.4m tonnes", "3m cubic metres": the million of a measure
    r"|\s+(?:sq(?:uare)?\.?\s+(?:km|kilomet(?:re|er)s|miles|metres|meters)|km2|km²|cubic\s)")
ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])")


def ordinal_suffix_fits(n: int, suffix: str) -> bool:
    """``st`` after a number English does not write as ``…1st`` is the unit stone
    (``15st``, ``11st 4lb``), not an ordinal; other misfits (``2th``) are typos of
    ordinals."""
    want = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return suffix.lower() != "st" or want == "st"
CODE_WORDS = ["Decision", "Decisions", "Resolution", "Resolutions", "Directive",
              "Directives", "Conclusion", "Conclusions", "Decree", "Decrees", "Circular",
              "Circulars", "Instruction", "Instructions", "Notice", "Notification",
              "Document", "Documents", "Dispatch", "Regulation", "Official Letter",
              "Official Dispatch", "Plan No", "Law No", "Project No", "Program No",
              "Programme No", "No", "Nos",
              # Philippine and Indonesian laws: "Republic Act 11934", "RA 11934", "House
              # Bill 4102", "Executive Order No. 62", "Government Regulation 28/2024"
              "Republic Act", "RA", "R.A", "House Bill", "Senate Bill", "HB", "SB",
              "Executive Order", "Administrative Order", "Memorandum Order", "EO", "AO",
              "Presidential Decree", "Government Regulation", "Presidential Regulation",
              "Ministerial Regulation", "Batas Pambansa", "Proclamation",
              # roads by their number: "National Highway 1", "Route 9" (Thai
              # ทางหลวงแผ่นดินหมายเลข 1, Vietnamese Quốc lộ 1): a label, as "No. 1"
              "Highway", "Route", "National Road", "Expressway", "Motorway", "Interstate"]

# "hundreds of", "thousands", "dozens", "tens of millions": vague quantities.
VAGUE_PLURALS = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100,
                 "thousands": 1000, "millions": 10 ** 6, "billions": 10 ** 9,
                 "trillions": 10 ** 12}
VAGUE_RE = re.compile(
    r"(?i)\b(?P<a>tens|dozens|hundreds|thousands)\s+of\s+(?P<b>thousands|millions|billions)\b"
    r"|\b(?P<w>dozens|hundreds|thousands|millions|billions|trillions)\b"
    r"(?=\s+(?:of|more|upon|and|or)\b|\s*[.,;:!?)]|$)")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(text: str) -> int:
    """Value of a well-formed Roman numeral (``XIV`` -> 14); the empty string (what a
    pattern of optional parts matches in ``VIC``, a stock ticker) is 0, never an error."""
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=False):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total



