"""Plain words of the HTML report: language names, what a row of the alignment holds,
what each problem is, and the legend that explains every mark of the page.

The tables and exports keep their machine-readable values (``kind == "1-3"``,
``status == "missing"``); only what a reader sees is worded here.
"""

from __future__ import annotations

import html
import math

from .report_style import MAP_STYLES, MARKER_GLYPHS, NUMBER_SIGNS

__all__ = ["Sides", "bead_category", "bead_words", "issue_words", "legend_html",
           "map_labels", "moved_notes", "summary_label"]

LANG_NAMES = {"en": "English", "th": "Thai", "vi": "Vietnamese", "zh": "Chinese",
              "fr": "French", "de": "German", "lo": "Lao", "km": "Khmer"}
WEAK_SCORE = -2.0
"""A matched row whose aligner score (log-odds) is at most this is a weak match. On PUD
test documents (``benchmarks/report_weak_eval.py``, no embeddings) 8% of matched rows
score <= -2 and 64% of those are right, against 90% above; at <= 0 it would be 58% of
rows (82% right), too many to be a warning."""


class Sides:
    """Reader-facing names of the two sides (``English``/``Thai``, else ``source``/
    ``translation``)."""

    def __init__(self, src_lang: str, tgt_lang: str) -> None:
        src, tgt = LANG_NAMES.get(src_lang), LANG_NAMES.get(tgt_lang)
        if src is None or tgt is None or src == tgt:
            src, tgt = "source", "translation"
        self.src, self.tgt = src, tgt

    def name(self, side: str) -> str:
        """Name of ``"src"`` or ``"tgt"``."""
        return self.src if side == "src" else self.tgt


def _count(n: int, lang: str) -> str:
    return f"{n} {lang} sentence{'' if n == 1 else 's'}"


def bead_words(kind: str, sides: Sides) -> str:
    """``"1-3"`` → ``"1 English sentence ↔ 3 Thai sentences"``; ``"1-0"`` →
    ``"English sentence, no Thai counterpart"``."""
    try:
        n_src, n_tgt = (int(x) for x in kind.split("-"))
    except ValueError:
        return kind
    if n_tgt == 0:
        return f"{_count(n_src, sides.src)}, no {sides.tgt} counterpart"
    if n_src == 0:
        return f"{_count(n_tgt, sides.tgt)}, no {sides.src} counterpart"
    return f"{_count(n_src, sides.src)} ↔ {_count(n_tgt, sides.tgt)}"


def bead_category(kind: str, score: float | None) -> str:
    """Alignment-map category of a row: ``one``, ``merge``, ``omitted``, ``added`` or
    ``weak`` (a matched row the aligner is unsure of)."""
    n_src, _, n_tgt = kind.partition("-")
    if n_tgt == "0":
        return "omitted"
    if n_src == "0":
        return "added"
    if score is not None and not math.isnan(score) and score <= WEAK_SCORE:
        return "weak"
    return "one" if kind == "1-1" else "merge"


def map_labels(sides: Sides) -> dict[str, str]:
    """Legend text of each alignment-map category."""
    return {"one": f"1 {sides.src} sentence ↔ 1 {sides.tgt} sentence",
            "merge": "sentences merged or split (e.g. 1 ↔ 3)",
            "omitted": f"{sides.src} with no {sides.tgt} counterpart",
            "added": f"{sides.tgt} with no {sides.src} counterpart",
            "weak": "weak match (the aligner is unsure)",
            "moved": "moved: translated in another part of the article"}


def issue_words(table: str, status: str, src: str | None, tgt: str | None,
                note: str | None, sides: Sides) -> str:
    """One problem of a row, in words (escaped by the caller)."""
    if table == "passages":
        what = src if src is not None else tgt
        return {"omitted": f"not translated: the {sides.tgt} has no counterpart",
                "added": f"only in the {sides.tgt}: the {sides.src} has no counterpart",
                "untranslated": f"left untranslated in the {sides.tgt}: {what}",
                "length_ratio": f"lengths differ a lot: {note or ''}"}.get(status, status)
    pair = " → ".join(x for x in (src, tgt) if x is not None)
    noun = "name" if table == "entities" else "number"
    verb = {"qualifier_changed": f"{noun} qualifier changed (about, over, nearly…)",
            "mismatch": "numbers differ", "missing": f"{noun} missing in the {sides.tgt}",
            "added": f"{noun} only in the {sides.tgt}"}.get(status, f"{noun} {status}")
    return f"{verb}: {pair}"


_SUMMARY = {
    "numbers_match": "numbers that match", "numbers_format_only":
    "numbers written differently, same value", "numbers_qualifier_changed":
    "numbers whose qualifier changed (about, over…)", "numbers_mismatch":
    "numbers that differ", "numbers_missing": "numbers missing in the {tgt}",
    "numbers_added": "numbers only in the {tgt}", "entities_matched":
    "names found on both sides", "entities_missing": "names missing in the {tgt}",
    "entities_added": "names only in the {tgt}", "passages_omitted":
    "passages left out of the {tgt}", "passages_added": "passages only in the {tgt}",
    "passages_length_ratio": "rows whose lengths differ a lot",
    "passages_untranslated": "spans left untranslated in the {tgt}",
    "passages_moved": "passages the {tgt} moved to another part of the article",
    "share_numbers_preserved": "{src} numbers found in the {tgt}",
    "share_text_aligned": "{src} text matched with {tgt} text"}


def moved_notes(level: str, src_para: int, tgt_para: int | None, src_bead: int | None,
                tgt_bead: int | None, sides: Sides) -> tuple[str, str | None]:
    """HTML notes of a moved passage (``level``: sentence or paragraph; paragraphs
    counted from 0, shown from 1): the one at its source row, with a link to the row
    of its translation, and the one at that row (None when it is the same row: a
    moved paragraph shown beside its source)."""
    what = "paragraph" if level == "paragraph" else "sentence"
    where = (f"{sides.tgt} paragraph {tgt_para + 1}" if tgt_para is not None
             else f"another {sides.tgt} paragraph")
    if tgt_bead is None or tgt_bead == src_bead:
        src_note = (f"↷ moved: the {sides.tgt} has this {what} in another part of the "
                    f"article, as {where} (shown here beside the {sides.src})")
        return f'<span class="moved-note">{html.escape(src_note)}</span>', None
    link = f'<a href="#bead-{int(tgt_bead)}">{html.escape(where)}</a>'
    back = (f'<a href="#bead-{int(src_bead)}">{html.escape(sides.src)} paragraph '
            f"{src_para + 1}</a>") if src_bead is not None else \
        html.escape(f"{sides.src} paragraph {src_para + 1}")
    return (f'<span class="moved-note">↷ moved: this {what} is translated elsewhere in '
            f"the article, see {link}</span>",
            f'<span class="moved-note">↷ moved here: this {html.escape(sides.tgt)} '
            f"text translates a {what} of {back}</span>")


def summary_label(key: str, sides: Sides) -> str:
    """Reader-facing label of a summary field."""
    return _SUMMARY.get(key, key.replace("_", " ")).format(src=sides.src, tgt=sides.tgt)


# -------------------------------------------------------------------------- legend

def _item(sample: str, text: str) -> str:
    return f"<li>{sample} {html.escape(text)}</li>"


def _number_items(sides: Sides) -> str:
    words = {"match": "the same number on both sides",
             "format_only": "the same value, written differently (e.g. 2024 and the "
                            "Thai-calendar year 2567, or a number in words)",
             "qualifier_changed": "the same number, but a word like “about”, “over” or "
                                  "“nearly” was added, dropped or changed",
             "mismatch": "the numbers differ",
             "missing": f"in the {sides.src}, not found in the {sides.tgt}",
             "added": f"only in the {sides.tgt}"}
    return "".join(_item(f'<span class="sample"><mark class="num st-{st}">'
                         f'{st.replace("_", " ")}</mark></span>',
                         text + (f" (marked {NUMBER_SIGNS[st]})" if st in NUMBER_SIGNS
                                 else "")) for st, text in words.items())


def _name_items(sides: Sides) -> str:
    words = {"matched": "solid underline: found on both sides",
             "missing": f"double underline: in the {sides.src}, not found in the "
                        f"{sides.tgt}",
             "added": f"dashed underline: only in the {sides.tgt}"}
    return "".join(_item(f'<span class="sample"><mark class="ent st-{st}">'
                         f'{st}</mark></span>', text) for st, text in words.items())


def _passage_items(sides: Sides) -> str:
    return "".join([
        _item('<span class="sample"><span class="omitted-text">struck out</span></span>',
              f"{sides.src} sentence left out of the {sides.tgt}"),
        _item('<span class="sample"><span class="moved-text">tinted</span></span>',
              "moved: this passage is translated elsewhere in the article, see "
              f"paragraph N (the link in the last column goes to where the {sides.tgt} "
              "has it; not a problem)"),
        _item('<span class="sample gap">&nbsp;</span>',
              "hatched cell: no sentence on this side of the row"),
        _item('<span class="sample"><mark class="untranslated">dashed box</mark></span>',
              f"text left untranslated (Latin letters in the {sides.tgt} not found "
              f"in the {sides.src})"),
        _item('<span class="sample drift">translated with…</span>',
              "a sentence with no counterpart of its own whose content sits in the "
              "neighbouring row: not a problem")])


def _row_items(sides: Sides) -> str:
    return "".join([
        _item('<span class="sample problem-id">3</span>',
              "row number in bold: the row has something to check (listed in the "
              "last column)"),
        _item('<span class="sample para-line">&nbsp;</span>',
              "thick line: a new paragraph starts"),
        _item('<span class="sample kind-sample">Sentences</span>',
              f"how many sentences were matched, e.g. “{bead_words('1-3', sides)}”; "
              "its left border shows the kind of row")])


def _map_items(sides: Sides) -> str:
    labels = map_labels(sides)
    out = []
    for cat, (_colour, _style, marker) in MAP_STYLES.items():
        line = f'<span class="map-line k-{cat}"></span>'
        sample = (f'<span class="map-key">{line}<span class="map-marker k-{cat}">'
                  f"{MARKER_GLYPHS[marker]}</span>{line}</span>")
        out.append(_item(sample, labels[cat]))
    return "".join(out)


def legend_html(sides: Sides) -> str:
    """The visible legend: every mark of the page with what it means."""
    blocks = [("Numbers (highlighted)", _number_items(sides)),
              ("Names (underlined)", _name_items(sides)),
              ("Passages", _passage_items(sides)), ("Rows", _row_items(sides)),
              ("Kinds of rows (left border of “Sentences”; lines of the alignment map)",
               _map_items(sides))]
    body = "".join(f"<div><h3>{html.escape(title)}</h3><ul>{items}</ul></div>"
                   for title, items in blocks)
    note = ("A missing or added name counts as a problem only for people and legal "
            "documents; names of organisations and places are often worded differently "
            "in a translation, so their marks are hints. Hover over a mark for details.")
    return (f'<section class="legend"><h2>How to read this report</h2>'
            f'<div class="legend-grid">{body}</div><p>{html.escape(note)}</p></section>')

