"""News-article chrome that a saved or copied article page carries around its body.

Rules of English and Thai news pages (BBC-style sites and their Thai editions), used by
:func:`massmob_nlp.corpus.boilerplate.classify_paragraphs`:

* a **dateline**, a line that is only a date, with an optional ``Published``/``Updated``
  (``เผยแพร่``/``อัปเดต``) and weekday before it and a time and zone after it
  (``Friday 12 July 2024, 21:40 BST``, ``วันเสาร์ที่ 9 พฤศจิกายน 2567``,
  ``เผยแพร่ 21 ม.ค. 2568 เวลา 08.15 น.``), or a relative one
  (``Published 2 days ago``, ``3 ชั่วโมงที่แล้ว``): kind ``date``;
* photo credits and captions marked as such (``Image caption, ...``,
  ``Image source, Getty Images``, ``คำบรรยายภาพ, ...``, ``ที่มาของภาพ, ...``), a bare
  ``Image caption,`` line with the line after it, and agency credit lines
  (``Getty Images``, ``AFP/Getty Images``): ``caption``;
* share and page buttons (``Share this page``, ``Copy link``, ``คัดลอกลิงก์``) and the
  headings of story lists (``Related topics``, ``More on this story``, ``Top stories``,
  ``เรื่องที่เกี่ยวข้อง``): ``navigation``; the headline-like lines after such a heading
  (no full stop, at most :data:`HEADLINE_WORDS` words) are ``link_list``;
* an exchange-rate note the translator adds (``*อัตราแลกเปลี่ยน 1 ปอนด์ เท่ากับประมาณ
  44 บาท``, ``1 ดอลลาร์ = 36 บาท``): ``note`` (its numbers have no source to match);
* the job line under a byline (``By Sam Price`` / ``Political correspondent`` /
  ``BBC News, Glasgow``): ``byline``;
* a fact box, a run of :data:`FACT_BOX_LINES` or more short ``Label: value`` lines
  (``Attendance: 24,118``, ``Referee: ...``) next to other boilerplate or at an edge of
  the document, with its one-word heading (``Line-ups``): ``fact_box``.

Numbers in these lines (a dateline's time, a caption the translator dropped, the
attendance in a match box, "Published 12 minutes ago") are not part of the story and
must not become number problems.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .contacts import flag_contact_blocks, is_publisher_line
from .page_meta import classify_meta_line, flag_page_meta
from .stamps import STAMP_DATE_RE, is_credit_bar, is_stamp, is_thai_byline

HEADLINE_WORDS = 15
"""A line of a story list under a "Related topics"/"Top stories" heading has at most
this many words and no full stop."""
THAI_HEADLINE_CHARS = 90
"""A Thai title in a story list is at most this long (a body paragraph is longer)."""
FACT_BOX_LINES = 3
"""Fewest consecutive ``Label: value`` lines that make a fact box."""
FACT_HEADING_CHARS = 30
"""A fact box's heading (``Line-ups``, ``รายชื่อผู้เล่น``) is at most this long (a Thai
sentence has few spaces)."""
BYLINE_TITLE_WORDS = 6
"""The job/desk line under a byline has at most this many words."""

_AD_RE = re.compile(
    r"^[-–—\s]*(?:advertisement|advertising|sponsored(?:\s+content)?|ad|promoted|"
    r"โฆษณา|quảng\s+cáo)(?:\s*[·•|-]\s*scroll\s+to\s+continue(?:\s+with\s+content)?|"
    r"\s+(?:could\s+not|failed\s+to)\s+load)?[-–—\s]*$",
    re.IGNORECASE)
_SOCIAL_WORDS = (r"(?:share|share\s+on|share\s+this|facebook|twitter|x|linkedin|whatsapp|"
                 r"telegram|reddit|"
                 r"line|email|e-mail|print|copy(?:\s+link)?|link\s+copied|copied|pinterest|"
                 r"messenger|menu|donate|sign\s+in|log\s+in|sign\s+up|subscribe|search|close|"
                 r"(?:listen|watch)(?:\s+live)?|"
                 r"more|show\s+more|load\s+more|next|previous|purchase\s+licensing\s+rights|"
                 r"comments?\s*\(?\s*\d*\s*\)?|ความคิดเห็น\s*\(?\s*\d*\s*\)?|"
                 r"ไลน์|เฟซบุ๊ก|แชร์|ทวีต|แบ่งปัน|อีเมล์?|คัดลอก(?:ลิงก์)?|พิมพ์|เข้าสู่ระบบ|สมัครสมาชิก|ค้นหา|"
                 r"flipboard|bluesky|threads|instagram|youtube|tiktok|mastodon|"
                 # font-size and print tools, Vietnamese portals' buttons and networks
                 r"save|click\s+here\s+to\s+share(?:\s+on\s+social\s+media)?|share\d|send|"
                 r"font(?:\s+size)?(?:\s*[-+])?|a\s*[-+]|zalo|tweet|weibo|wechat|kakao(?:talk)?|"
                 r"cỡ\s+chữ(?:\s*[-+])?|in(?:\s+bài(?:\s+viết)?)?|chia\s+sẻ|bình\s+luận|gửi)")
_SOCIAL_RUN_RE = re.compile(rf"^(?:{_SOCIAL_WORDS}(?:\s+(?:this\s+)?(?:article|story|page))?"
                            rf"[\s|·•,:：]*)+$", re.IGNORECASE)
"""A run of share, social-network and page buttons (``Share on X Facebook Email``)."""
_INLINE_READ_MORE_RE = re.compile(
    r"^(?:read\s+more|read\s+also|also\s+read|see\s+also|read\s+next|"
    r"related(?:\s+(?:story|stories|article|articles|news|coverage))?|more\s+on\s+this\s+story|"
    r"อ่าน(?:ข่าว)?(?:เพิ่มเติม|ต่อ|ที่เกี่ยวข้อง)?|ข่าว(?:ที่)?เกี่ยวข้อง|ข่าวล่าสุด|ข่าวแนะนำ|"
    r"xem\s+thêm|đọc\s+thêm)"
    r"\s*[:：»>]\s*(\S.*)$", re.IGNORECASE)
"""``Read more: <a headline>`` linking another story inside the article body."""
_PROMO_RE = re.compile(
    r"^(?:(?:sign\s+(?:up|in)|log\s+in|subscribe|register)\s+(?:for|to|now|today|here|free)\b|"
    r"get\s+(?:our|the)\s+[\w' -]{0,40}newsletter|download\s+(?:our|the)\s+app\b|"
    r"(?:subscribe|support\s+us)\s+(?:from|for\s+just|from\s+just|for\s+only)\b|"
    r"enter\s+your\s+e-?mail|by\s+(?:signing\s+up|subscribing)\b|"
    r".{0,80}\bdelivered\s+(?:straight\s+)?to\s+your\s+inbox\b|(?:newspaper\s+)?section\s*:\s*\w+$|"
    r"สมัคร(?:สมาชิก|รับ)|ติดตาม(?:ข่าวสาร)?ได้ที่|ติดตาม\S{0,20}ทาง\s*(?:LINE|ไลน์|Facebook|เฟซบุ๊ก)|"
    r".{0,60}เพิ่มเพื่อน\s*@|คลิก(?:อ่าน|ดู)|ดาวน์โหลดแอป|đăng\s+ký)", re.IGNORECASE)
"""A newsletter, sign-in or app box (``Sign up for 5 stories at 6 a.m.``)."""
PROMO_WORDS = 40
"""A newsletter or sign-in box is at most this many words."""
_GALLERY_RE = re.compile(r"^(?:item|photo|image|picture|slide|ภาพที่)\s*\d+\s*(?:of|/|จาก)\s*\d+\b|"
                         r"^(?:อัลบั้มภาพ|ภาพชุด|แกลเลอรี่?)\s*\d*\s*(?:ภาพ)?$|"
                         r"^(?:view|see)\s+(?:all\s+)?\d+\s+(?:photos|images|pictures)$|"
                         r"^\d+\s+(?:photos|images)$|"
                         r"^\d+\s*(?:of|/)\s*\d+\s*\||^\[\d+\s*/\s*\d+\]|"
                         r"^\d{1,3}\s*(?:of|/|จาก)\s*\d{1,3}$", re.IGNORECASE)
"""A gallery caption or slide counter (``Item 1 of 2``, ``1 of 12 |``, ``[1/2]``, a line
``1 of 6`` under a photo)."""
_KICKER_RE = re.compile(r"^[A-Z][A-Z&'’ -]{1,24}"
                        r"(?:(?:\s[/|]\s|\s*[›>»]\s*)[A-Z][A-Z&'’ -]{1,24}){1,3}$")
"""A section kicker or breadcrumb in capitals (``BUSINESS / MARKETS``, ``NEWS › ASIA``)."""
_SIGNOFF_RE = re.compile(
    r"^(?:(?:additional\s+)?(?:reporting|writing|editing|research|compiled)\s+by\b|"
    r".{0,120}\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?$|"
    r"(?:[\w.]+\s+){0,4}(?:writer|correspondent|reporter)s?\s+(?:[A-Z][\w'’.-]*\s+){1,4}"
    r"(?:reported|wrote)\s+(?:from|in)\s+[\w .,'’-]{1,60}\.?$|"
    r"เรียบเรียงโดย|แปลและเรียบเรียง|ผู้สื่อข่าวรายงาน(?:เพิ่มเติม)?โดย|"
    r"(?:ข่าวโดย|เรียบเรียง|ผู้เขียน|ภาพ(?:ประกอบ)?|ที่มา|ขอบคุณ(?:ข้อมูล|ภาพ)(?:จาก)?)\s*[:：]|"
    r"ขอบคุณ(?:ข้อมูล|ภาพ)จาก|(?:writer|author|written\s+by)\s*[:：]\s*\S|"
    r"(?:translated|translation)\s+by\s+\S|แปลโดย|"
    r"(?:photos?|pictures?|images?)\s*[:：]\s*[^\s.!?][^.!?]{0,40}$)", re.IGNORECASE)
"""A wire story's sign-off (``Reporting by A; Editing by B``)."""
_CONSENT_RE = re.compile(
    r"^(?:we(?:\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors))?|this\s+(?:site|website))\s+(?:may\s+)?uses?\s+cookies|"
    r"^(?:we|this\s+(?:site|website))\s+(?:and\s+our\s+(?:partners|vendors)\s+)?(?:store|place|set)s?\s+cookies|\bcookie\s+(?:settings|preferences|policy)$|"
    r"^accept\s+(?:all|cookies)\b|^(?:reject|manage)\s+(?:all|cookies|preferences)\b|"
    r"^(?:เว็บไซต์นี้|เว็บไซต์ของเรา|เรา)(?:มีการ)?ใช้(?:งาน)?คุกกี้|^ยอมรับ(?:ทั้งหมด|คุกกี้)|^ตั้งค่าคุกกี้",
    re.IGNORECASE)
"""A cookie-consent banner and its buttons (``We use cookies ... our 847 partners``)."""
CONSENT_CHARS = 400
"""A consent banner's text is at most this long."""
_TAGS_RE = re.compile(r"^(?:tags?|topics?|keywords?|suggested\s+topics|แท็ก|ป้ายกำกับ|คำค้น|คีย์เวิร์ด|"
                      r"từ\s+kh[oó]á|từ\s+khóa|chủ\s+đề)"
                      r"\s*[:：]", re.IGNORECASE)



_CAPTION_MARK_RE = re.compile(
    r"^(?:(?:image|photo|picture|video|media)\s+(?:caption|source|credit)s?|"
    r"คำบรรยายภาพ|คำอธิบายภาพ|ที่มาของภาพ|ที่มาภาพ|เครดิตภาพ|ภาพประกอบ)\s*[,:：]", re.IGNORECASE)
_BARE_CAPTION_RE = re.compile(
    r"^(?:(?:image|photo|picture|video|media)\s+caption|คำบรรยายภาพ|คำอธิบายภาพ)\s*[,:：]?$",
    re.IGNORECASE)
_CREDIT_RE = re.compile(
    r"^(?:(?:getty\s+images|reuters|afp|ap|pa(?:\s+media)?|epa(?:-efe)?|shutterstock|"
    r"anadolu|bloomberg|bbc)(?:\s*(?:/|via)\s*|$))+$|"
    r"^(?-i:[A-Z]{2,6}(?:/[A-Z][\w.]*){1,2})$", re.IGNORECASE)
_CURRENCY = (r"(?:ปอนด์|ดอลลาร์(?:สหรัฐ)?|ยูโร|เยน|หยวน|วอน|ดอง|ด่ง|บาท|รูปี|ริงกิต|pounds?|"
             r"dollars?|euros?|yen|yuan|baht|dong|usd|vnd|thb|gbp|eur|jpy|cny|"
             r"(?:US|HK|S|A|NZ|C)?\$|[£€¥฿])")
_NOTE_MARK = r"(?:[*※#(\[]\s*|(?:หมายเหตุ|note)\s*[:：]\s*)"
"""One mark of a note (``*``, ``(``, ``หมายเหตุ:``); repeated by ``+`` in the pattern, one
character at a time (a nested ``[*]+`` backtracked exponentially on a row of asterisks)."""
_RATE_NOTE_RE = re.compile(
    rf"^(?:{_NOTE_MARK}+(?:"
    r"(?:อัตราแลกเปลี่ยน|exchange\s+rate)|"
    rf"(?:{_CURRENCY}\s*)?1\s*{_CURRENCY}?\s*(?:=|≈|~|เท่ากับ|ประมาณ|ราว|คือ))|"
    rf"(?:{_CURRENCY}\s*)?1\s*{_CURRENCY}?\s*[=≈~])", re.IGNORECASE)
"""A translator's exchange-rate note: marked as a note (``*``, ``(``, ``หมายเหตุ:``) or
written as an equation (``1 ดอลลาร์ = 36 บาท``). A sentence of the article about the
rate (``อัตราแลกเปลี่ยนอยู่ที่ 25,400 ด่องต่อดอลลาร์``) is text, never a note."""
RATE_NOTE_CHARS = 120
"""An exchange-rate note a translator adds under an article is at most this long."""
_CREDIT_END_RE = re.compile(
    r"(?:\((?:(?:AP|AFP|Reuters|EPA|VNA|Bernama|Xinhua|file)\s+)?photos?(?:\s*[:/]\s*[^()]{1,60}|"
    r"\s+by\s+[^()]{1,50})?\)|\((?:ภาพ|ที่มาภาพ|เครดิตภาพ|ภาพประกอบ)\s*[:：]\s*[^()]{1,60}\)|"
    r"\((?:getty\s+images|(?:afp|reuters|ap|epa)\s*/\s*getty\s+images)\)|"
    r"\b(?:photo|picture)s?\s+by\s+[\w .'’&-]{1,40}/[\w .'’&-]{1,40}|"
    r"(?-i:REUTERS)/[\w .'’-]{1,40})$", re.IGNORECASE)
"""A photo caption ending in its credit (``... in Da Nang. (Photo: VGP)``, ``(AP Photo/Chris
Delgado)``, ``(ภาพ: เอเอฟพี)``, ``Photo by VnExpress/Giang Huy``)."""
CREDITED_CAPTION_CHARS = 320
CAPTION_CHARS = 250
"""The caption line after a bare ``Image caption,`` marker is at most this long."""
_BUTTON_RE = re.compile(
    r"^(?:share(?:\s+this\s+(?:page|article|story))?|save|copy\s+link|about\s+sharing|"
    r"skip\s+to\s+(?:main\s+)?content|log\s*in|sign\s+in|register|a\s+a\s+a|text\s+size|"
    r"ขนาดตัวอักษร|อ่านหนังสือพิมพ์ย้อนหลัง|gift\s+(?:this\s+)?article|"
    r"(?:listen(?:\s+to\s+this\s+(?:article|story))?|ฟัง(?:ข่าว|บทความ)(?:นี้)?)"
    r"(?:\s*\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?(?:\s*min(?:ute)?s?)?)?|"
    r"คัดลอกลิงก์|เกี่ยวกับการแชร์|ข้ามไป(?:ยัง|ที่)?เนื้อหา(?:หลัก)?|บันทึก(?:ไว้)?(?:อ่านภายหลัง)?|"
    r"save\s+for\s+later|read\s+later|back\s+to\s+top|"
    r"กลับ(?:ขึ้น)?(?:ไป)?(?:ด้าน)?บน(?:สุด)?|"
    r"(?:download|ดาวน์โหลด\S*|tải\s+về)(?:\s+[\w.-]+){0,4}\s*"
    r"\((?:pdf|docx?|xlsx?|pptx?|zip)\b[^)]{0,20}\))$", re.IGNORECASE)
_VIDEO_RE = re.compile(r"^(?:(?:\d{1,2}:)?\d{1,2}:\d{2}\s*)?(?:watch(?:\s+the)?\s+video|"
                       r"play\s+video|ดูวิดีโอ|ชมคลิป|xem\s+video)$|"
                       r"^(?:video|วิดีโอ|คลิป)?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$", re.IGNORECASE)
"""A video player's label and running time (``1:34 Watch video``, ``คลิป 2:05``)."""
_LIST_HEADING_RE = re.compile(
    r"^(?:related\s+(?:topics|stories|content|internet\s+links|articles|news)|"
    r"more\s+on\s+this\s+(?:story|topic)|top\s+stories|most\s+(?:read|watched|popular|viewed|shared)|"
    r"related|อ่านข่าวอื่น|explore\s+more(?:\s+on\s+(?:these|this)\s+topics?)?|"
    r"you\s+may\s+also\s+like|elsewhere\s+on\s+\w+|more\s+(?:from|in)\s+[\w&' ]{1,30}|"
    r"read\s+more|read\s+next|read\s+also|also\s+read|see\s+also|suggested\s+topics|"
    r"recommended(?:\s+for\s+you)?|"
    r"trending(?:\s+now)?|more\s+stories|editor'?s\s+picks|popular|latest|"
    r"ข่าวแนะนำ|อ่านข่าวที่เกี่ยวข้อง|ข่าวน่าสนใจ|แท็กที่เกี่ยวข้อง|related\s+tags|"
    r"เรื่องที่เกี่ยวข้อง|หัวข้อที่เกี่ยวข้อง|ประเด็นที่เกี่ยวข้อง|ข่าวยอดนิยม|เรื่องยอดนิยม|"
    r"อ่านเพิ่มเติม|อ่านต่อ|อ่านข่าวต่อ|อ่านข่าวเพิ่มเติม|ข่าวเด่น|บทความที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|ข่าวอื่นๆ|ข่าวล่าสุด|"
    r"latest\s+news|other\s+news|more\s+news|tin\s+liên\s+quan|(?:các\s+)?tin\s+khác|"
    r"tin\s+cùng\s+chuyên\s+mục|đọc\s+nhiều(?:\s+nhất)?|tin\s+mới(?:\s+nhất)?|xem\s+thêm|"
    r"bài\s+(?:viết\s+)?liên\s+quan|tin\s+đọc\s+nhiều|more\s+stories)\s*:?$",
    re.IGNORECASE)
_MENU_HEADING_RE = re.compile(
    r"^(?:latest(?:\s+news)?|top\s+stories|most\s+(?:read|watched|popular|viewed|shared)|popular|"
    r"trending(?:\s+now)?|other\s+news|more\s+news|ข่าวล่าสุด|ข่าวยอดนิยม|ข่าวเด่น|ข่าวอื่นๆ|"
    r"tin\s+khác|tin\s+mới(?:\s+nhất)?|đọc\s+nhiều(?:\s+nhất)?)\s*:?$", re.IGNORECASE)
"""List headings that are also items of a site's menu: above the article's first body
paragraph they head no story list (the article's headline follows them)."""
_SENTENCE_END_RE = re.compile(r"[.!?…]$|[.!?…,]?[\"”'’]$")
_QUOTED_WORD_END_RE = re.compile(r"[^\W\d_][\"”'’]$")
"""A headline may end on a quoted word (``Waller Says Case for a Cut Is 'Compelling'``)."""
_QUESTION_TITLE_RE = re.compile(r"^(?:\d{1,2}\.?\s+)?[^.!?]{8,}\?$")
"""A story title may ask (``3 Who is the golfer topping the Asian Tour?``)."""
_FACT_RE = re.compile(r"^[^\W\d_][\w\u0E00-\u0E7F'’ -]{1,24}\s*[:：]\s*\S.*(?<!\?)$")
"""A ``Label: value`` line; a Thai label's vowel and tone marks are no ``\\w``
(``ผู้ชม: 24,118 คน``)."""
_HEADING_RE = re.compile(r"^[^\W\d_][\w\u0E00-\u0E7F'’-]*(?:\s[\w\u0E00-\u0E7F'’-]+){0,2}$")
_BYLINE_KIND = "byline"
_THAI_RE = re.compile(r"[\u0e00-\u0e7f]")


_TOPBAR_WORD_RE = re.compile(r"\b(?:e-?paper|subscribe|advertis\w*|sign\s+in|log\s*in|register|"
                             r"rss)\b|สมัครสมาชิก|เข้าสู่ระบบ|หนังสือพิมพ์ย้อนหลัง", re.IGNORECASE)
"""Account, edition and feed links of a page's top bar (``e-paper``, ``Subscribe``, ``RSS``,
``เข้าสู่ระบบ``)."""
TOPBAR_WORDS = 16
"""A top bar (today's date beside account links and the weather) is at most this many words."""
_TH_ADDRESS_WORD_RE = re.compile(r"แขวง|เขต|ตำบล|อำเภอ|ถนน|ซอย|เลขที่|หมู่(?:ที่|บ้าน)?\s|"
                                 r"กรุงเทพ(?:ฯ|มหานคร)|จังหวัด|(?<![\u0E00-\u0E7F])[ตอจถ]\.")
_POSTCODE_RE = re.compile(r"(?<![0-9๐-๙])[1-9][0-9]{4}(?![0-9๐-๙])")
_TH_PHONE_RE = re.compile(r"โทร(?:\.|ศัพท์)?\s*[:：]?\s*\+?[0-9][0-9 -]{7,}")
ADDRESS_CHARS = 300
"""A publisher's postal address line is at most this long."""


def _is_thai_address(line: str) -> bool:
    """A publisher's postal address (``บริษัท ... 12 ถนน... แขวง... เขต... กรุงเทพฯ 10900
    โทร. 0-2589-0020``): two address words and a postcode, or one and a phone number."""
    if len(line) > ADDRESS_CHARS:
        return False
    words = len(_TH_ADDRESS_WORD_RE.findall(line))
    return ((words >= 2 and any(10000 <= int(m) <= 96999 for m in _POSTCODE_RE.findall(line)))
            or (words >= 1 and bool(_TH_PHONE_RE.search(line))))


_LANGUAGE_NAME_RE = re.compile(r"English|Tiếng\s+Việt|Español|Français|Deutsch|中文|日本語|한국어|"
                               r"ไทย|ภาษาไทย|Русский|العربية|Bahasa(?:\s+\w+)?|Italiano|Português")
LANGUAGE_MENU_NAMES = 3
"""A line made of this many language names or more is the site's language switcher."""
_DESK_BYLINE_RE = re.compile(r"^(?:[A-ZÀ-Ỹ][\w'’.-]+\s+){1,3}(?:[A-Z][\w&-]*\s+){0,2}"
                             r"(?:correspondent|editor|reporter|writer|columnist)$")
"""A writer and their desk (``Jonathan Head Asia correspondent``)."""
_OUTLET_CREDIT_RE = re.compile(r"^(?:[A-ZÀ-Ỹ][\w'’.-]+\s+){0,3}[A-ZÀ-Ỹ][a-zà-ỹ][\w'’.-]*\s*/\s*"
                               r"[A-Z][A-Z.]{1,10}(?:\s*[-–]\s*[\w ]{1,30})?$")
"""A writer credited with outlet and bureau (``Thanh Thúy/VOV-Tây Nguyên``, ``Minh Hoa/VNA``)."""


def _is_language_menu(line: str) -> bool:
    names = _LANGUAGE_NAME_RE.findall(line)
    return len(names) >= LANGUAGE_MENU_NAMES and not _LANGUAGE_NAME_RE.sub("", line).strip(" |·•/")


def classify_clutter(line: str) -> str | None:
    """Boilerplate kind of one stripped line by the rules of this module, or None."""
    if _GALLERY_RE.match(line) and len(line) <= CAPTION_CHARS:
        return "caption"
    if _CONSENT_RE.search(line) and len(line) <= CONSENT_CHARS:
        return "navigation"
    if _is_thai_address(line) or is_publisher_line(line):
        return "footer"
    if len(line) <= CREDITED_CAPTION_CHARS and _CREDIT_END_RE.search(line):
        return "caption"
    if len(line) > 120:
        return None
    if (len(line.split()) <= TOPBAR_WORDS
            and (_TOPBAR_WORD_RE.search(line) or len(_LANGUAGE_NAME_RE.findall(line)) >= 2)
            and STAMP_DATE_RE.search(line) and not _SENTENCE_END_RE.search(line)):
        return "navigation"
    if is_stamp(line):
        return "date"
    if (_SIGNOFF_RE.match(line) or _DESK_BYLINE_RE.match(line) or _OUTLET_CREDIT_RE.match(line)
            or is_credit_bar(line) or is_thai_byline(line)):
        return "byline"
    if _is_language_menu(line) or _KICKER_RE.match(line):
        return "navigation"
    if (_AD_RE.match(line) or _SOCIAL_RUN_RE.match(line) or _TAGS_RE.match(line)
            or (_PROMO_RE.match(line) and len(line.split()) <= PROMO_WORDS)):
        return "navigation"
    m = _INLINE_READ_MORE_RE.match(line)
    if m and _titles_like(m.group(1)) and not (
            line[:1] in "Rr" and line[:7].lower() == "related" and m.group(1)[:1].islower()):
        return "link_list"
    if _CAPTION_MARK_RE.match(line) or _BARE_CAPTION_RE.match(line) or _CREDIT_RE.match(line):
        return "caption"
    if _BUTTON_RE.match(line) or _LIST_HEADING_RE.match(line) or _VIDEO_RE.match(line):
        return "navigation"
    if len(line) <= RATE_NOTE_CHARS and _RATE_NOTE_RE.match(line):
        return "note"
    return classify_meta_line(line)


def flag_article_clutter(texts: Sequence[str], kinds: list[str | None], *,
                         page_chrome: Sequence[bool] | None = None) -> None:
    """Flag, in place, the lines whose kind depends on their neighbours: story lists
    under a list heading, the job line under a byline, and fact boxes. A list heading
    that is an item of the page's menu (``page_chrome``: ``ข่าวล่าสุด`` in the site's
    navigation bar) heads no story list."""
    _flag_story_lists(texts, kinds, page_chrome)
    _flag_bare_captions(texts, kinds)
    _flag_byline_titles(texts, kinds)
    _flag_located_bylines(texts, kinds)
    _flag_closing_signature(texts, kinds)
    _flag_fact_boxes(texts, kinds)
    flag_contact_blocks(texts, kinds)
    flag_page_meta(texts, kinds)


def _titles_like(text: str) -> bool:
    """One title, or several on one line joined by a list separator (``A · B``, ``A | B``,
    ``A • B``), each :func:`_headline_like`."""
    return _headline_like(text) or all(
        part.strip() and _headline_like(part) for part in _TITLE_SEPARATOR_RE.split(text))


_TITLE_SEPARATOR_RE = re.compile(r"\s+[·|•]\s+")


def _headline_like(text: str) -> bool:
    """A title in a story list: no full stop, at most :data:`HEADLINE_WORDS` words; a
    Thai line (Thai ends no sentence with a full stop) at most :data:`THAI_HEADLINE_CHARS`
    characters."""
    line = text.strip()
    thai = bool(_THAI_RE.search(line))
    limit = THAI_HEADLINE_CHARS if thai else 120
    if thai:  # Thai ends no sentence with a full stop (``พ.ค.`` is an abbreviation)
        line = line.rstrip(".")
    return (0 < len(line.split()) <= HEADLINE_WORDS and len(line) <= limit
            and not (_SENTENCE_END_RE.search(line) and not _QUESTION_TITLE_RE.match(line)
                     and not _QUOTED_WORD_END_RE.search(line)))


def _flag_story_lists(texts: Sequence[str], kinds: list[str | None],
                      page_chrome: Sequence[bool] | None = None) -> None:
    body_seen = False  # a story list follows the article; above it, a heading is a menu item
    for i, text in enumerate(texts):
        if kinds[i] is None and not _headline_like(text):
            body_seen = True
        if (not _LIST_HEADING_RE.match(text.strip()) or (page_chrome and page_chrome[i])
                or (not body_seen and _MENU_HEADING_RE.match(text.strip()))):
            continue
        j = i + 1
        while j < len(texts) and (kinds[j] is not None or _headline_like(texts[j])):
            if kinds[j] is None:
                kinds[j] = "link_list"
            j += 1


def _flag_bare_captions(texts: Sequence[str], kinds: list[str | None]) -> None:
    """The line after a bare ``Image caption,`` marker is the caption itself."""
    for i in range(len(texts) - 1):
        if (_BARE_CAPTION_RE.match(texts[i].strip()) and kinds[i + 1] is None
                and len(texts[i + 1].strip()) <= CAPTION_CHARS):
            kinds[i + 1] = "caption"


def _flag_byline_titles(texts: Sequence[str], kinds: list[str | None]) -> None:
    for i in range(1, len(texts)):
        line = texts[i].strip()
        if (kinds[i] is None and kinds[i - 1] == _BYLINE_KIND and texts[i - 1].strip()
                and len(line.split()) <= BYLINE_TITLE_WORDS and len(line) <= 60
                and not re.search(r"[\d.!?:;\"“”]", line)):
            kinds[i] = _BYLINE_KIND


_LOCATED_BYLINE_RE = re.compile(r"^(?:[A-ZÀ-Ỹ][\w'’.-]+\s+){1,3}[A-ZÀ-Ỹ][\w'’.-]+\s+"
                                r"(?:in|at|from)\s+(?:[A-ZÀ-Ỹ][\w'’.-]+\s*){1,3}$")
"""A writer's name and where they wrote from (``Rebecca Lowe in Bangkok``)."""


def _flag_located_bylines(texts: Sequence[str], kinds: list[str | None]) -> None:
    """``Name Surname in City`` next to a publication stamp is the byline."""
    for i, text in enumerate(texts):
        if kinds[i] is None and _LOCATED_BYLINE_RE.match(text.strip()) and any(
                0 <= j < len(texts) and kinds[j] == "date" for j in (i - 1, i + 1)):
            kinds[i] = _BYLINE_KIND


_SIGNATURE_RE = re.compile(r"^(?:[A-ZÀ-Ỹ][\w'’-]+\s+){1,3}[A-ZÀ-Ỹ][\w'’-]+$")


def _flag_closing_signature(texts: Sequence[str], kinds: list[str | None]) -> None:
    """The writer's name alone after the story's last paragraph (``Thanh Ha``) is a byline."""
    body = [i for i, k in enumerate(kinds) if k is None]
    if len(body) >= 3 and _SIGNATURE_RE.match(texts[body[-1]].strip()) and \
            len(texts[body[-2]].split()) > 8:
        kinds[body[-1]] = _BYLINE_KIND


def _is_fact(text: str) -> bool:
    line = text.strip()
    if not _FACT_RE.match(line) or len(line) > 100:
        return False
    value = line.split(":", 1)[-1] if ":" in line else line.split("：", 1)[-1]
    return len(value.split()) <= 12


def _facts(text: str) -> int:
    """How many ``Label: value`` facts a line holds: a row of them split by ``|``, ``·``
    or ``•`` (``Attendance: 24,118 | Referee: ...``, a box's lines run together) counts
    each."""
    parts = _TITLE_SEPARATOR_RE.split(text.strip())
    if len(parts) >= 2 and all(_is_fact(part) for part in parts):
        return len(parts)
    return int(_is_fact(text))


def _flag_fact_boxes(texts: Sequence[str], kinds: list[str | None]) -> None:
    """A run of :data:`FACT_BOX_LINES` or more facts, on as many lines or fewer, next to
    other boilerplate or at an edge of the document, is a fact box."""
    i = 0
    while i < len(texts):
        j, facts = i, 0
        while j < len(texts) and kinds[j] is None and _facts(texts[j]):
            facts += _facts(texts[j])
            j += 1
        if facts >= FACT_BOX_LINES:
            start = i - 1 if i > 0 and kinds[i - 1] is None and \
                _HEADING_RE.match(texts[i - 1].strip()) and \
                len(texts[i - 1].strip()) <= FACT_HEADING_CHARS else i
            before = start == 0 or kinds[start - 1] is not None
            after = j == len(texts) or kinds[j] is not None
            if before or after:
                for k in range(start, j):
                    kinds[k] = "fact_box"
        i = max(j, i + 1)
