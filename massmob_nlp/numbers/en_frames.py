"""English frames around a number for :mod:`massmob_nlp.numbers`: idioms and pro-forms
that are no count (the generic ``one``, ``a big one``, ``ground zero``, ``first-hand``,
``at first``, ``two-way``) and the frames of a change (``rose from 98.4 to 119.2``, ``fell
by 55,000 to 1.36 million``) where ``X to Y`` is no range.

Pure data, no import from :mod:`massmob_nlp.numbers`.
"""

from __future__ import annotations

import re

# ------------------------------------------------------- idioms and pro-forms
# "One doesn't know", "one can only hope": the generic pronoun, not a count (vague).
GENERIC_ONE_AFTER_RE = re.compile(
    r"(?i)\s+(?:can(?:not|'t|’t)?|could(?:n't|n’t)?|must|should(?:n't|n’t)?|would(?:n't|n’t)?|"
    r"might|may|does(?:n't|n’t)?|did(?:n't|n’t)?|expects|wonders|imagines|assumes|suspects|"
    r"feels|thinks|hopes|wishes|needs|gets\s+the\s+impression)\b")
GENERIC_ONE_COUNT_BEFORE_RE = re.compile(
    r"(?i)\b(?:only|just|than|least|most|and|but|while|whereas|killed|injured|dead)\s+$")
# "a positive one", "the old one", "another big one": one standing for a noun (vague);
# "started the day one stroke ahead", "ended the season one point clear": after a
# noun of a stretch of time or play (no adjective) one counts what follows.
PRO_ONE_NOUN_BEFORE_RE = re.compile(
    r"(?i)\b(?:day|week|month|year|season|night|morning|afternoon|evening|race|game|"
    r"match|round|weekend|half|innings|tournament|campaign|stage|leg|year's)\s+$")
PRO_ONE_BEFORE_RE = re.compile(
    r"(?i)\b(?:a|an|the|this|that|every|each|another|which|its|his|her|their|our|my|your)"
    r"\s+(?!(?:of|and|or|than|to|in|on|at|for|with|is|was|are|were|be|by|from|only|single)\b)"
    r"[a-z]+(?:-[a-z]+)?\s+$")
# "a household using 200 kWh ..., while one using 400 kWh": "one" before the modifier
# that followed a noun with "a" earlier in the sentence stands for that noun (Thai
# repeats the noun or writes อีกราย), no count.
ONE_MODIFIER_AFTER_RE = re.compile(
    r"(?i)\s+(?P<mod>[a-z]+(?:ing|ed)|with|without|who|that)\b")
PARALLEL_NOUN_BEFORE = r"(?i)\b(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+{mod}\b[^.;!?]*$"
"""Format with the modifier (escaped): the noun that "one" stands for, earlier in the
same sentence."""
# "on one level" (in a sense), "at one point" (at some time): no count.
ONE_IDIOM_RE = re.compile(r"(?i)(?<=\bon\s)one(?=\s+level\b)"
                          # "missed one or both doses", "one or more of": at least one
                          # (Thai ไม่ครบ, อย่างน้อย), no count of one
                          r"|one(?=\s+or\s+(?:both|more|all|other|the\s+other)\b)"
                          r"|(?<=\bat\s)one(?=\s+(?:level|point|stage)\b)"
                          # "pulled one back", "got one back": a goal that narrows a
                          # deficit (Thai ไล่ตีตื้น), no count
                          r"|(?:(?<=pulled\s)|(?<=pulls\s)|(?<=pull\s)|(?<=pulling\s)"
                          r"|(?<=clawed\s)|(?<=claws\s)|(?<=got\s)|(?<=gets\s))"
                          r"one(?=\s+back\b)"
                          # "one dose would cost $40", "one ticket costs 50 baht": the
                          # price of a unit ("a", Thai ต่อโดส / ละ), no count
                          r"|(?<!only\s)(?<!just\s)\bone(?=\s+[a-z]+\s+(?:(?:would|will|could|may|might|should|"
                          r"can|does|did|now|currently)\s+)?(?:cost|costs|sells?\s+for)\b)")
# "ground zero", "zero tolerance", "net zero", "zero-sum": no count of nothing.
ZERO_IDIOM_RE = re.compile(
    r"(?i)(?:\b(?:ground|net|patient|year)[\s-]+zero\b"
    # "virtually zero", "near-zero", "close to zero": next to nothing (Thai แทบไม่มี…เลย,
    # เกือบเป็นศูนย์), an approximate nothing, no count
    r"|\b(?:virtually|almost|nearly|near|practically|effectively|essentially|close\s+to"
    r"|next\s+to)[\s-]+zero\b"
    r"|\bzero(?=[\s-]+(?:tolerance|sum|hours?|emissions?|waste|carbon|day|covid|gravity)\b)"
    # "a zero-single-use-plastic rule", "zero-interest loans": zero hyphened to the
    # word after it makes a modifier (Thai ห้ามใช้…, ปลอดดอกเบี้ย), no count
    r"|\bzero(?=-(?!zero|nil|all)[a-z]))")
# "third-party", "first-hand", "second-hand", "first-time buyers", "First Nations",
# "First Lady", Scotland's "first minister" (Thai มุขมนตรี; not "the first minister to"),
# "the first results": idioms and titles; vague (they still join an ordinal of the other side).
ORDINAL_IDIOM_RE = re.compile(
    r"(?i)(?:first|second|third)(?=[\s-]+(?:part(?:y|ies)|hand(?:ed)?|rate|class|aid|nature|"
    r"thoughts?|opinion|guess(?:ed|ing)?)\b)|third(?=-world\b)|first(?=-time(?:rs?)?\b)"
    # "through a third country", "a third state": another one, no rank
    r"|(?<=\ba\s)third(?=\s+(?:country|countries|state|nation|person)\b)"
    r"|first(?=\s+minister(?:'s|s)?\b(?!\s+to\b))"
    # "at first", "first of all": "in the beginning", "above all"
    r"|(?<=\bat\s)first\b(?!\s+(?:round|stage|step|place|base)\b)|first(?=\s+of\s+all\b)"
    # "at the first opportunity", "at the first sign of trouble": as soon as it came
    r"|(?<=\bat\sthe\s)first(?=\s+(?:opportunity|chance|sign)\b)"
    # "first past the post", "first-past-the-post": the plurality voting system
    r"|first(?=[\s-]+past[\s-]+the[\s-]+post\b)"
    # "the first results", "first signs", "first estimates": the early ones (Thai
    # ผลเบื้องต้น, สัญญาณแรก), no rank of its own
    r"|first(?=\s+(?:results|returns|estimates|indications|signs|projections|figures)\b)"
    # "landed 68 percent of his first serves", "a second-serve return": the kinds of
    # serve in tennis and volleyball (Thai เสิร์ฟแรก / ลูกเสิร์ฟแรก or none), no rank
    r"|(?:first|second)(?=[\s-]+serv(?:es?|ing)\b)"
    # "Piastri was fourth in the second McLaren": a team's other car (Thai "teammate"),
    # a capitalised name ending the clause; not "in the second Test." (a match)
    r"|(?<=\bin\sthe\s)second(?=\s+(?-i:(?!(?:Test|ODI|Round|Leg|Stage|Half|Quarter|Division"
    r"|Republic|World|Reich|Empire|Temple|Vatican)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"(?:\s*[,.;]|\s+(?:after|behind|ahead|with|while|as|on|at|in|and|but)\b))"
    # "before first light" (dawn, Thai ฟ้าสาง), "first thing in the morning": no rank
    # "the $4 million first prize", "won first prize": the winner's prize (Thai
    # รางวัลชนะเลิศ, or only เงินรางวัล), no rank a translation keeps as a number
    r"|first(?=[\s-]+prizes?\b)"
    # "a first-instance trial", "the court of first instance", "in the first instance": the
    # trial court (Thai ศาลชั้นต้น, Vietnamese sơ thẩm) or "at the outset", no rank
    r"|first(?=[\s-]+instance\b)"
    # "second only to the US": the rank after the leader (Thai อันดับ 2 รองจาก, or only
    # รองจาก "after"), kept vague
    r"|second(?=\s+only\s+to\b)"
    r"|(?<!\bthe\s)(?<!\bits\s)first(?=\s+light\b|\s+thing\s+(?:in|on|tomorrow|next|this)\b)"
    r"|(?-i:Third(?=\s+World\b)|First(?=\s+(?:Lady|Nations?|Minister|Gentleman|Family|"
    r"Amendment)\b))")
# "the first nine months", "the first 10 days of May": first before a count of periods
# belongs to the period, and translations often leave it out ("9 เดือน", "9 tháng"):
# vague (it still joins แรก / "đầu" when the translation writes it).
FIRST_PERIOD_AFTER_RE = re.compile(
    r"(?i)\s+(?:[0-9]{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?:months?|weeks?|days?|years?|quarters?"
    r"|hours?|minutes?|seasons?|games?|rounds?|matches?|laps?|sessions?)\b")
# "The engineers first drained the tank and then sealed it": first before a verb, with a
# "then" after it in the sentence, is the adverb of sequence (Thai ``...ก่อน แล้วจึง``),
# no rank; vague. Not after a determiner ("the first team then won").
FIRST_THEN_AFTER_RE = re.compile(r"\s+[a-z]+\b(?!-)[^.;!?]{0,150}?\bthen\b")
FIRST_DETERMINER_BEFORE_RE = re.compile(
    r"(?i)\b(?:the|a|an|its|his|her|their|our|my|your|this|that|whose|for)\s+$")
# "if rivals solve the problem first," "who gets there first?": first ending a clause
# after its verb's object or an adverb says "before the others" (Thai ``ก่อน``), no
# rank; vague. A placing keeps its rank: "finished first", "was first", "moved up to
# first", "Japan's first", "tied for first", "Smith first, Jones second".
FIRST_ADVERB_BEFORE_RE = re.compile(
    r"(?<![A-Za-z'’])(?!(?:(?:finish|rank|plac|seed|list|vot|rated|qualif|start|end)[a-z]*"
    r"|lie|lies|lay|lying|sit|sits|sat|stand|stands|stood|is|was|are|were|be|been|being|am"
    r"|joint|equal|overall|outright|tied|to|into|in|for|from|at|on|of|up|back|the|a|an|its"
    r"|his|her|their|our|my|your|this|that|whose|no|world|very|won|win|wins)\s+$)[a-z]+\s+$")
FIRST_PLACING_BEFORE_RE = re.compile(
    r"(?i)\b(?:finish|rank|plac|seed|end)[a-z]*\b[^.;,!?]{0,40}$")
FIRST_ADVERB_AFTER_RE = re.compile(r"\s*(?:[.;!?)”\"]|,(?![^.;!?]{0,40}\b(?:second|third|runner"
                                   r"-up)\b)|$)")
# "quality and safety come first": first as a priority, not a place (Thai ``มาก่อน``,
# "comes before"): vague; "came first in the 100m" still joins ``อันดับ 1``.
COME_FIRST_BEFORE_RE = re.compile(r"(?i)\b(?:come|comes|came|coming|put|puts|putting)\s+$")
# "two-way trade" (bilateral, Thai ``ทวิภาคี``), "a three-way race", "the two-legged final",
# "a two-leg semi-final" (home and away, Thai ``แบบเหย้า-เยือน``): no count.
WAY_AFTER_RE = re.compile(
    r"(?i)-(?:way|legged)\b|-leg(?=\s+(?:(?:semi|quarter)-?finals?|finals?|ties?|play-?offs?"
    r"|knockouts?|rounds?|contests?|affairs?|format|series|encounters?|clash(?:es)?)\b)")
# "the two countries", "the two sides", "these two men", "the two of them", "the two
# were arrested": a pair the story already named (Thai ``ทั้งสอง`` or nothing: "relations
# between the two countries" / ``ความสัมพันธ์ทวิภาคี``): see ``words_en.anaphoric_pair``.
# Not a length or measure ("the two previous years") nor a hyphened compound ("the
# two-time champion"); "their two children", "two countries" are no such pair.
THE_TWO_BEFORE_RE = re.compile(r"(?i)\b(?:the|these|those|the\s+other)\s+$")
THE_TWO_AFTER_RE = re.compile(
    r"(?i)(?!-)\s+(?:of\s+(?:them|us|you|those)\b"
    r"|(?:were|are|have|had|will|would|met|said|say|agreed|signed)\b"
    r"|(?!(?:[a-z]+\s+)?(?:years|months|weeks|days|hours|minutes|seconds|decades|seasons"
    r"|games|matches|rounds|legs|laps|points|goals|sets|runs|wickets|metres|meters|miles"
    r"|kilometres|kilometers|kilos|tonnes|percent|times)\b)"
    r"(?:[a-z]+\s+)?(?:[a-z]+s|(?:wo)?men|people|children)\b)")
# "a million miles away/from" (far, Thai คนละโลก), "on cloud nine" (delighted), "nine
# times out of ten" (usually), "the whole nine yards", "at sixes and sevens": idioms, no count.
NUMBER_IDIOM_RE = re.compile(
    r"(?i)(?:an?|one)\s+million\s+miles\b(?=\s+(?:away|from|off|apart|ahead|behind)\b)"
    r"|(?<=\bcloud\s)nine\b|nine(?=\s+times\s+out\s+of\s+ten\b)"
    r"|(?<=\bwhole\s)nine(?=\s+yards\b)|(?<=\bat\s)sixes(?=\s+and\s+sevens\b)")
# "when I find one.": one standing for a noun after a verb, at the end of a clause;
# "the youngest woman to set one in the 200 freestyle", "broke one at the Games": a
# record said before, after a verb of setting or holding, then a place or event;
# "hopes to win one again", "wants one too": the thing said before, again.
VERB_ONE_RE = re.compile(r"(?i)\b(?:find|found|buy|bought|get|got|want|need|pick|choose|"
                         r"own|build|built|make|made|(?:give[sn]?|gave|giving|show(?:s|ed|n)?"
                         r"|send|sent|lend|lent|offer(?:s|ed)?|hand(?:s|ed)?|bring|brought"
                         r"|owe[sd]?)\s+(?:me|us|him|her|them|you)|(?P<record>set|sets|setting|break|breaks"
                         r"|breaking|broke|equal(?:l?ed|s)?|hold|holds|held|lower(?:ed|s)?"
                         r"|smash(?:ed|es)?)|(?P<again>win|wins|won|winning|claim(?:s|ed)?))"
                         r"\s+$")
CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)”\"]|$)")
# "have 15 days to file one.", "plans to open one": "to" and a verb before a "one"
# that ends its clause is the pronoun (an appeal, a branch), no count; not when the word
# after "to" is none ("from five to one", "cut to just one", "fell to nearly one",
# "back to square one", "rose to number one"), nor a win ("hopes to win one": the
# count of titles, as "won one").
TO_VERB_ONE_RE = re.compile(
    r"\bto\s+(?!(?:just|only|about|around|nearly|almost|over|under|below|above|less|more"
    r"|some|number|page|day|square|level|stage|phase|round|game|set|zone|gate|grade|chapter"
    r"|act|season|episode|then|the|a|an|win|claim|at|least|most|exactly|barely)\b)"
    r"(?![a-z]+ly\s)[a-z]{2,}\s+$")
PRO_ONE_PLACE_AFTER_RE = re.compile(r"\s+(?:in|at|on|during|since|before|back\s+in)\s+"
                                    r"(?:the|this|that|his|her|their|its|last|[0-9]{4}\b|[A-Z])")
PRO_ONE_AGAIN_AFTER_RE = re.compile(r"\s+(?:again|too|as\s+well|either)\b")
# "fell by 55,000 to 1.36 million", "Shares fell 5p to 312p", "rose 0.2 to 2.7%", "will
# rise by 2p to 67p": after a change in the past tense or a change "by", "X to Y" is the
# change and the new level, not a range.
# "rose from 98.4 to 119.2", "cut its forecast from 3% to 2.5%", "a jump from 12 to 30":
# a start and an end value of a change, two numbers (Thai เพิ่มจาก 98.4 เป็น 119.2), no range.
CHANGE_FROM_BEFORE_RE = re.compile(
    r"(?i)\b(?:r[io]se[ns]?|rising|fell|fall(?:s|en|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?"
    r"|drop(?:s|ped|ping)?|slip(?:s|ped)?|sl[iu]d|gain(?:s|ed)?|gr[eo]w(?:s|n|ing)?|shr[au]nk"
    r"|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|soar(?:s|ed)?"
    r"|surg(?:e|es|ed)|plung(?:e|es|ed)|tumbl(?:e|es|ed)|dip(?:s|ped)?|edg(?:e|es|ed)\s+(?:up|down)"
    r"|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|slash(?:es|ed)?"
    r"|boost(?:s|ed)?|doubl(?:e|es|ed)|tripl(?:e|es|ed)|widen(?:s|ed)?|narrow(?:s|ed)?"
    r"|expand(?:s|ed|ing)?|revis(?:e|es|ed)|upgrad(?:e|es|ed)|downgrad(?:e|es|ed)|go(?:es|ing)?|went|gone|moved?|changed?"
    r"|(?:was|were|is|are)\s+(?:up|down))\b[^.;:!?0-9]{0,50}?\bfrom\s+$")
# "will rise from 35% to 45% for preschool teachers, and for primary teachers from 30% to
# 40%": a later "from X to Y" of the same sentence, its verb left out after "and" or a
# comma (at most a phrase "for ...", "in ..." between), is a change too.
CHANGE_FROM_GAPPED_RE = re.compile(
    CHANGE_FROM_BEFORE_RE.pattern.removesuffix(r"\bfrom\s+$")
    + r"\bfrom\s+[^.;:!?]{1,30}?\bto\s+[^.;:!?]{1,80}?(?:,?\s*\band\b|,|\bwhile\b|\bbut\b)"
      r"(?:\s+(?:for|in|at|among|on|with)\s+[^.;:!?0-9]{1,40}?)?\s+from\s+$")
CHANGE_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:rose|fell|jumped|climbed|dropped|slipped|slid|gained|lost|grew|shrank|"
    r"increased|decreased|declined|soared|surged|plunged|tumbled|dipped|edged\s+(?:up|down)|"
    r"rises|climbs|jumps|gains|increases|(?:was|were|is|are)\s+(?:up|down))(?:\s+by)?"
    r"|\b(?:rise|rises|fall|falls|increase|increases|grow|grows|drop|drops|cut|cuts|"
    r"go\s+up|go\s+down|goes\s+up|goes\s+down)\s+by)"
    r"(?:\s+(?:about|around|nearly|almost|some|more\s+than|just|a\s+further))?\s+$")
# "will rise by VND340,000 to VND5.07 million, in Region III by VND300,000 to VND4.44
# million, and in Region IV by ...": a later "by X to Y" of the same sentence, its verb
# left out after a comma or "and" (a phrase "in ...", "for ..." between), is a change
# and the new level too, as the first.
CHANGE_BY_GAPPED_RE = re.compile(
    CHANGE_BEFORE_RE.pattern.removesuffix(r"\s+$")
    + r"\s+[^.;:!?]{1,30}?\bto\s+[^.;:!?]{1,90}?(?:,?\s*\band\b|,)"
      r"(?:\s+(?:for|in|at|among|on|with)\s+[^.;:!?0-9]{1,60}?)?,?\s+by\s+$")
