"""Word-processor and Markdown files as article text: ``.docx`` (Word), ``.odt``
(LibreOffice/OpenDocument) and ``.md`` (what scrapers and note tools export).

Translators deliver Word files, monitors keep notes in Markdown; both are read into
the same plain text as a ``.txt`` article: one paragraph per line. In ``.docx`` and
``.odt`` each paragraph and heading becomes a line, a table's row of data one line
(``Exports | $348.7bn | +16.1%``, as :mod:`.html` reads a ``<tr>``), a manual line
break a new line; text deleted under tracked changes (``w:del``) is left out and
inserted text (``w:ins``) kept, as the document reads with changes accepted; footnotes
and endnotes follow the body, flagged ``note`` (a translator's note explains, it
translates nothing); page headers and footers (running titles, page numbers) are not
read. The title and author of the file's properties go to ``meta``.

Both formats are zip archives of XML: a file that is not one, or whose document part
is missing or too large to be an article, raises ``[E073]`` naming the file and the fix.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from ..errors import DecodeError, Errors
from .html import TABLE_CELL_CHARS

MAX_PART_BYTES = 64 * 1024 * 1024
"""A document part larger than this (uncompressed) is refused: no article is that big,
a zip bomb is."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"


def office_to_text(data: bytes, path: Path) -> tuple[str, dict[str, Any]]:
    """The text (one paragraph per line) of a ``.docx`` or ``.odt`` file's bytes, and
    its metadata: title/author, and ``note_spans`` (``[start, end]`` of each footnote or
    endnote line: :func:`massmob_nlp.corpus.paragraphs_table` flags them ``note``)."""
    suffix = path.suffix.lower()
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile as e:
        raise DecodeError(Errors.E073.format(path=path, kind=suffix, reason=e)) from e
    with archive:
        if suffix == ".docx":
            body = _part(archive, "word/document.xml", path)
            notes = [_part(archive, name, path) for name in
                     ("word/footnotes.xml", "word/endnotes.xml") if _has(archive, name)]
            lines = _docx_lines(body) + [(line, True) for n in notes
                                         for line, _ in _docx_lines(n)]
            props = _part(archive, "docProps/core.xml", path) \
                if _has(archive, "docProps/core.xml") else None
        else:
            lines = _odt_lines(_part(archive, "content.xml", path))
            props = _part(archive, "meta.xml", path) if _has(archive, "meta.xml") else None
    meta: dict[str, Any] = dict(_properties(props))
    spans, pos = [], 0
    for line, note in lines:
        if note:
            spans.append([pos, pos + len(line)])
        pos += len(line) + 1
    if spans:
        meta["note_spans"] = spans
    return "\n".join(line for line, _ in lines), meta


def _row_lines(cells: list[list[str]]) -> list[str]:
    """A table row as one line ``Label | 4.05 | 11.0`` when it is a row of data (two or
    more cells of one short line each, as :mod:`.html` reads a ``<tr>``); else each
    cell's lines."""
    filled = [c for c in cells if c]
    if len(filled) >= 2 and all(len(c) == 1 and len(c[0]) <= TABLE_CELL_CHARS
                                for c in filled):
        return [" | ".join(c[0] for c in filled)]
    return [line for c in cells for line in c]


_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)\b")
"""The start of a document type declaration or an entity declaration."""


def _has(archive: zipfile.ZipFile, name: str) -> bool:
    return name in archive.namelist()


def _part(archive: zipfile.ZipFile, name: str, path: Path) -> ElementTree.Element:
    try:
        info = archive.getinfo(name)
    except KeyError as e:
        raise DecodeError(Errors.E073.format(path=path, kind=path.suffix.lower(),
                                             reason=f"no {name} inside")) from e
    if info.file_size > MAX_PART_BYTES:
        raise DecodeError(Errors.E073.format(
            path=path, kind=path.suffix.lower(),
            reason=f"{name} unpacks to {info.file_size:,} bytes"))
    try:
        data = archive.read(info)
        if _DTD.search(data):
            # Office XML never declares a DTD; one that does is built to expand
            # entities ("billion laughs") or to reach files outside the archive.
            raise DecodeError(Errors.E073.format(
                path=path, kind=path.suffix.lower(),
                reason=f"{name} declares a DTD or entities, which office files never do"))
        return ElementTree.fromstring(data)
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError) as e:
        raise DecodeError(Errors.E073.format(path=path, kind=path.suffix.lower(),
                                             reason=f"{name}: {e}")) from e


def _docx_lines(root: ElementTree.Element) -> list[tuple[str, bool]]:
    """Each ``w:p`` (also inside tables, text boxes and notes) as lines of text, a
    table's row of data as one line; with whether the line is a note (False here)."""

    def visit(node: ElementTree.Element, out: list[str]) -> None:
        for child in node:
            if child.tag == f"{_MC}Fallback":
                continue  # the same text box again, for old Word versions
            if child.tag == f"{_W}tr":
                cells: list[list[str]] = []
                for cell in child.iter(f"{_W}tc"):
                    inner: list[str] = []
                    visit(cell, inner)
                    cells.append([x.strip() for x in inner if x.strip()])
                out.extend(_row_lines(cells))
                continue
            if child.tag == f"{_W}p":
                out.extend(_docx_para(child).split("\n"))
            visit(child, out)  # a text box's paragraphs follow the one anchoring it

    lines: list[str] = []
    visit(root, lines)
    return [(line.strip(), False) for line in lines if line.strip()]


def _docx_para(para: ElementTree.Element) -> str:
    parts: list[str] = []

    def walk(node: ElementTree.Element) -> None:
        for child in node:
            tag = child.tag
            if tag in (f"{_W}del", f"{_W}instrText", f"{_W}delText"):
                continue  # deleted under tracked changes; a field's code
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            elif tag not in (f"{_W}p", f"{_MC}Fallback"):  # text-box paragraphs:
                walk(child)                                # read on their own

    walk(para)
    return "".join(parts)


_ODT_SKIP = frozenset({f"{_OFFICE}annotation", f"{_TEXT}tracked-changes"})
"""A comment, and the deleted text of tracked changes, are not the article."""


def _odt_lines(root: ElementTree.Element) -> list[tuple[str, bool]]:
    """Each ``text:p``/``text:h`` as lines, a table's row of data as one line; with
    whether the line belongs to a footnote or endnote (``text:note``)."""
    lines: list[tuple[str, bool]] = []

    def visit(node: ElementTree.Element, out: list[tuple[str, bool]], note: bool) -> None:
        for child in node:
            if child.tag in _ODT_SKIP:
                continue
            if child.tag == f"{_TABLE}table-row":
                cells = []
                for cell in child.iter(f"{_TABLE}table-cell"):
                    inner: list[tuple[str, bool]] = []
                    visit(cell, inner, note)
                    cells.append([x.strip() for x, _ in inner if x.strip()])
                out.extend((line, note) for line in _row_lines(cells))
                continue
            if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
                out.extend((line, note) for line in _odt_para(child).split("\n"))
            visit(child, out, note or child.tag == f"{_TEXT}note")

    visit(root, lines, False)
    return [(line.strip(), note) for line, note in lines if line.strip()]


def _odt_para(node: ElementTree.Element) -> str:
    parts: list[str] = [node.text or ""]
    for child in node:
        tag = child.tag
        if tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1")))
        elif tag == f"{_TEXT}tab":
            parts.append("\t")
        elif tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif tag in _ODT_SKIP or tag == f"{_TEXT}note":
            pass  # a note's paragraphs are read on their own; comments and deletions not
        elif tag not in (f"{_TEXT}p", f"{_TEXT}h"):
            parts.append(_odt_para(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _properties(root: ElementTree.Element | None) -> dict[str, str]:
    if root is None:
        return {}
    found = {"title": root.findtext(f".//{_DC}title"),
             "author": root.findtext(f".//{_DC}creator")
             or root.findtext(f".//{_META}initial-creator")}
    return {k: v.strip() for k, v in found.items() if v and v.strip()}


# ------------------------------------------------------------------- Markdown
_MD_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_MD_TABLE_ROW = re.compile(r"^\s*\|(.*\|.*)\|\s*$")
"""A Markdown table row of two or more cells between outer pipes."""
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![*\w])\*|(?<![_\w])_)(?=\S)(.+?)(?<=\S)\1(?![*\w])")
_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2})\s*:(?:\s+(.*?))?\s*$")
"""A ``key: value`` line; a key of up to three words (``date saved: 2026-11-06``,
``reading time: 3 min``, as some read-later tools write it) is read as one key with
underscores (:func:`_key`)."""
_FRONT_MATTER_LIST_ITEM = re.compile(r"^\s+-\s|^\s*-\s+\S")
_FRONT_MATTER_LINES = 40
"""A front-matter block longer than this many lines is not front matter."""
_FRONT_MATTER_FIELDS = {"title": "title", "author": "author", "byline": "author",
                        "url": "source_url", "link": "source_url", "source": "source_url",
                        "source_url": "source_url", "original_url": "source_url",
                        "canonical_url": "source_url", "published": "published",
                        "date": "published", "date_published": "published",
                        "published_on": "published", "published_at": "published"}
"""Front-matter keys kept in a document's meta, and the meta key each fills."""
_FRONT_MATTER_KNOWN = {*_FRONT_MATTER_FIELDS, "saved", "clipped", "exported", "created",
                       "updated", "modified", "tags", "categories", "site", "description",
                       "lang", "language", "slug", "layout", "reading_time", "id",
                       "date_saved", "saved_on", "saved_at", "date_created", "word_count"}
"""A block is front matter only when it holds at least one key these tools write."""


def markdown_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a Markdown file's YAML front matter (``---`` lines around ``key: value``
    lines, as read-later and web-clipper tools export; or such lines alone at the top
    before a blank line, :func:`_bare_header_end`) from its body: the block is
    metadata, never article text (``saved: 2026-11-30`` is no date of the story).
    Returns the meta it names (``title``, ``author``, ``source_url``, ``published``)
    and the body; the title stays the first line of the body when the body does not
    give the headline itself. A text that does not open with such a block is returned
    whole.

        >>> page = '---\\ntitle: "Rice up 5%"\\nsaved: 2026-11-30\\n---\\n# Rice up 5%\\n'
        >>> markdown_front_matter(page)
        ({'title': 'Rice up 5%'}, '# Rice up 5%\\n')
    """
    lines = text.lstrip("\ufeff").split("\n")
    if lines and lines[0].strip() != "---":
        end = _bare_header_end(lines)
        if end is None:
            return {}, text
        block, end = lines[:end], end - 1
    else:
        for end in range(1, min(len(lines), _FRONT_MATTER_LINES + 2)):
            if lines[end].strip() in ("---", "..."):
                break
        else:
            return {}, text
        block = [line for line in lines[1:end] if line.strip()]
    keys = [_key(m.group(1)) for m in map(_FRONT_MATTER_KEY.match, block) if m]
    if not block or not all(_FRONT_MATTER_KEY.match(line) or _FRONT_MATTER_LIST_ITEM.match(line)
                            for line in block) or not _FRONT_MATTER_KNOWN.intersection(keys):
        return {}, text  # a rule above prose ('Note: ...') is text, never dropped
    meta: dict[str, str] = {}
    for line in block:
        m = _FRONT_MATTER_KEY.match(line)
        if m is None or not m.group(2) or _key(m.group(1)) not in _FRONT_MATTER_FIELDS:
            continue
        value = m.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1].strip()
        key = _FRONT_MATTER_FIELDS[_key(m.group(1))]
        if key == "source_url" and not re.match(r"(?:https?://|www\.|[\w-]+\.[a-z]{2,}(?:/|$))",
                                                value):
            continue  # 'source: บันเทิงออนไลน์' names a desk, not an address
        if value and key not in meta:
            meta[key] = value
    body = "\n".join(lines[end + 1:])
    title = meta.get("title")
    if title and not any(_fold_line(title) == _fold_line(_MD_HEADING.sub(r"\1", line))
                         for line in body.split("\n")[:_FRONT_MATTER_LINES]):
        body = f"{title}\n\n{body}"
    return meta, body


def _key(key: str) -> str:
    """A header key as one lower-case word: ``Date Saved`` and ``date-saved`` are
    ``date_saved``."""
    return re.sub(r"[\s-]+", "_", key.strip()).lower()


_SAVED_KEYS = frozenset({"url", "link", "saved", "clipped", "exported", "date_saved",
                         "saved_on", "saved_at", "source_url", "original_url"})
"""Keys only a read-later or clipping tool writes at the head of a page it saved."""


def _bare_header_end(lines: list[str]) -> int | None:
    """Index of the line after a read-later header written without ``---`` lines
    (``Title: ...`` / ``URL: https://...`` / ``Saved: 2026-12-01``, then a blank
    line): two lines or more at the very top, each ``key: value`` with a key such
    tools write, one of them an address or a saved date (:data:`_SAVED_KEYS`); else
    None (``Note: ...`` over prose is text)."""
    end = next((i for i, line in enumerate(lines[:_FRONT_MATTER_LINES + 1])
                if not line.strip()), None)
    if end is None or end < 2:
        return None
    keys = [_key(m.group(1)) if (m := _FRONT_MATTER_KEY.match(line)) and m.group(2)
            else "" for line in lines[:end]]
    if not all(k in _FRONT_MATTER_KNOWN for k in keys) or not _SAVED_KEYS.intersection(keys):
        return None
    return end


def _fold_line(line: str) -> str:
    """A line compared without emphasis, quote marks, case and spacing."""
    line = _MD_EMPHASIS.sub(r"\2", line)
    return " ".join(re.sub(r"[\"'“”‘’«»*_#]", " ", line).split()).casefold()


def markdown_to_text(text: str) -> str:
    """Markdown as article text: headings without ``#``, links as their text, an
    image as its alt text on a line of its own (a caption), ``**bold**`` and ``*By A |
    Outlet*`` without the stars, block quotes without ``>``; table rows read
    as ``a | b`` (cells without the outer pipes, as a ``.docx`` or ``.html`` table row
    reads) and their rule lines and horizontal rules go. Numbers and list
    markers are left as written (a ``*`` or ``-`` bullet is read as in a ``.txt``
    list)."""
    text = _MD_COMMENT.sub("", text)
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if _MD_FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            out.append(line)
            continue
        if _MD_REF_DEF.match(line) or _MD_TABLE_RULE.match(line) or _MD_RULE.match(line):
            continue
        if _MD_SETEXT.match(line) and out and out[-1].strip():
            continue  # the underline of a heading written with === or ---
        heading = _MD_HEADING.match(line)
        if heading:
            line = heading.group(1)
        line = _MD_QUOTE.sub("", line)
        row = _MD_TABLE_ROW.match(line)
        if row:  # a table row reads as the .docx and .html rows do: 'Italy | 8.2%'
            line = " | ".join(cell.strip() for cell in row.group(1).split("|"))
        line = _MD_IMAGE.sub(lambda m: f"\n{_ALT_MARK}{m.group(1)}\n" if m.group(1) else "", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        out.append(line)
    return _drop_repeated_alt("\n".join(out))


_ALT_MARK = "\x00alt\x00"
"""Marks, while a Markdown text is converted, a line that was an image's alt text."""


def _drop_repeated_alt(text: str) -> str:
    """An image's alt text stays as a caption line unless the caption right under it
    says it again (``![Crowds at the gong](x.jpg)`` then ``*Crowds at the gong. Photo:
    HoSE*``): one line, not two."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if not line.startswith(_ALT_MARK):
            out.append(line)
            continue
        alt = line[len(_ALT_MARK):]
        following = next((rest for rest in lines[i + 1:] if rest.strip()), "")
        if not _fold_line(following.replace(_ALT_MARK, "")).startswith(_fold_line(alt)):
            out.append(alt)
    return "\n".join(out)
