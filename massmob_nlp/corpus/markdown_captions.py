"""Photo furniture of a Markdown article: an image's alt text and the caption line
under it are page furniture (``caption``), as an HTML ``<figcaption>`` is, not body
text whose numbers are compared.

:func:`~.office.markdown_to_text` writes an image ``![alt](url)`` as its alt text on a
line of its own; :func:`caption_spans` finds those lines in the converted text, and
the line under an image that is recognisably its caption: a line wholly in italics
right under the image (``*Farmers dry coffee beans in Dak Lak. Photo: Nguyen Ha*``,
the common way to write one), or after a blank line when it names a photo credit;
and a plain line right under the image that ends with a credit (``... on Monday.
(Photo: VNA)``). The reader passes them to the paragraph table as ``caption_spans``
(:func:`~.reader.paragraph_rows`), as :func:`~.html.html_to_text` does.
"""

from __future__ import annotations

import re

from .office import markdown_to_text

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_ITALIC = re.compile(r"^\s*([*_])(?![*_\s]).*(?<![*_\s])\1\s*$")
"""A line wholly in italics: one star or underscore on each side (not bold)."""
_CREDIT = re.compile(
    r"\b(?:photo(?:graph(?:er)?)?s?|images?|pictures?|credit)\b\s*(?:[:：]|by\b|courtesy\b)"
    r"|(?:ภาพ|ที่มาภาพ|เครดิตภาพ)\s*[:：]|\b(?:REUTERS|AFP|Getty Images)\b", re.IGNORECASE)
"""A photo credit: ``Photo: VNA``, ``Photograph by``, ``Image credit:``, ``ภาพ:``."""
_END_CREDIT = re.compile(r"[(\[]?\s*(?:" + _CREDIT.pattern + r")[^()\[\]]{0,60}[)\]]?[.*_\s]*$",
                         re.IGNORECASE)
"""A credit that ends its line."""


def is_caption_line(line: str, *, under_image: bool) -> bool:
    """Whether the Markdown ``line`` below an image is its caption: wholly in italics
    and right ``under_image`` or naming a photo credit, or right under it and ending
    with a credit.

    Examples:
        >>> is_caption_line("*Crowds at the gong ceremony on Monday.*", under_image=True)
        True
        >>> is_caption_line("*Rescue boats on the river. Photo: Thanh Nien*", under_image=False)
        True
        >>> is_caption_line("*The storm is expected to weaken by Friday.*", under_image=False)
        False
        >>> is_caption_line("Rescue boats on the river on Monday. (Photo: VNA)", under_image=True)
        True
        >>> is_caption_line("**Storm toll rises to 12**", under_image=True)
        False
    """
    if _ITALIC.match(line):
        return under_image or bool(_CREDIT.search(line))
    return under_image and bool(_END_CREDIT.search(line))


def caption_spans(body: str, text: str) -> list[list[int]]:
    """``[start, end]`` in ``text`` (``body`` converted by
    :func:`~.office.markdown_to_text`) of each image's alt text line and of each
    caption line under an image (:func:`is_caption_line`), in reading order. A line
    the conversion dropped (an alt text its caption repeats) is skipped.

    Examples:
        >>> body = ("Intro line.\\n\\n![Boats on the river](x.jpg)\\n"
        ...         "*Boats on the river at dawn. Photo: Thanh Nien*\\n\\nThe body, 12 boats.")
        >>> text = markdown_to_text(body)
        >>> [text[a:b] for a, b in caption_spans(body, text)]
        ['Boats on the river at dawn. Photo: Thanh Nien']
    """
    raw = body.split("\n")
    wanted: list[str] = []
    for i, line in enumerate(raw):
        images = _IMAGE.findall(line)
        if not images:
            continue
        wanted += [alt for alt in (markdown_to_text(m).strip() for m in images) if alt]
        rest = line
        for m in images:
            rest = rest.replace(m, " ")
        if rest.strip():
            continue  # an image inside a paragraph: the line under it is no caption
        j = next((k for k in range(i + 1, len(raw)) if raw[k].strip()), None)
        if j is not None and not _IMAGE.search(raw[j]) and \
                is_caption_line(raw[j], under_image=j == i + 1):
            wanted.append(markdown_to_text(raw[j]).strip())
    if not wanted:
        return []
    lines, pos = [], 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        lines.append((line.strip(), pos + lead, pos + lead + len(line.strip())))
        pos += len(line) + 1
    out: list[list[int]] = []
    cursor = 0
    for w in wanted:
        hit = next((k for k in range(cursor, len(lines)) if lines[k][0] == w), None)
        if hit is not None:
            out.append([lines[hit][1], lines[hit][2]])
            cursor = hit + 1
    return out
