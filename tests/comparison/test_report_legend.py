"""The report read by a translator: a visible legend for every mark, plain words instead
of bead kinds, and an alignment map whose categories colour-blind readers tell apart."""

import itertools
import re
from html.parser import HTMLParser
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from massmob_nlp.comparison import ENTITY_STATUSES, NUMBER_STATUSES
from massmob_nlp.comparison.report import plot_alignment
from massmob_nlp.comparison.report_style import COLOURS, CSS, MAP_STYLES, THAI_FONTS
from massmob_nlp.comparison.report_words import Sides, bead_category, bead_words


class _Visible(HTMLParser):
    """Text a reader sees outside the article cells, and the legend's marks."""

    SKIP = {"script", "style", "title"}

    def __init__(self):
        super().__init__()
        self.stack, self.text, self.legend_marks, self.page_marks = [], [], set(), set()
        self.depth_in = {"article": 0, "legend": 0}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        article = tag == "td" and cls.split()[:1] in (["src"], ["tgt"])
        legend = tag == "section" and cls == "legend"
        self.stack.append((tag, article, legend))
        self.depth_in["article"] += article
        self.depth_in["legend"] += legend
        if tag == "mark":
            (self.legend_marks if self.depth_in["legend"] else self.page_marks).add(cls)
        if tag == "td" and "gap" in cls.split():
            self.page_marks.add("gap")
        if tag == "span" and "sample" in cls.split() and self.depth_in["legend"]:
            self.legend_marks.update(c for c in cls.split() if c != "sample")

    def handle_endtag(self, tag):
        while self.stack:
            t, article, legend = self.stack.pop()
            self.depth_in["article"] -= article
            self.depth_in["legend"] -= legend
            if t == tag:
                break

    def handle_data(self, data):
        if not self.depth_in["article"] and not any(t in self.SKIP for t, *_ in self.stack):
            self.text.append(data)


def _read(page):
    parser = _Visible()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def page(demo_comparison):
    return demo_comparison.to_html()


def test_legend_shows_every_mark_of_the_page(page):
    seen = _read(page)
    assert seen.page_marks, "the demo report has marks"
    assert seen.page_marks <= seen.legend_marks | {"gap"} and "gap" in seen.legend_marks
    for st in NUMBER_STATUSES:
        assert f"num st-{st}" in seen.legend_marks
    for st in ENTITY_STATUSES:
        assert f"ent st-{st}" in seen.legend_marks
    text = " ".join(seen.text)
    for words in ("How to read this report", "double underline", "dashed underline",
                  "hatched", "struck out", "only in the Thai", "not found in the Thai",
                  "weak match"):
        assert words in text


def test_no_bead_jargon_where_a_reader_looks(page, demo_comparison):
    text = " ".join(_read(page).text)
    assert not re.search(r"\bbeads?\b", text, re.I), re.findall(r".{30}\bbeads?\b.{30}",
                                                                 text, re.I)[:3]
    assert not re.search(r"(?<![\d.,/])\d-\d(?![\d.,/])", text)  # no "1-3" kinds
    assert "1 English sentence ↔ 1 Thai sentence" in text
    assert "no Thai counterpart" in text
    # machine-readable values stay as they were
    kinds = re.findall(r'data-kind="([^"]+)"', page)
    assert kinds == list(demo_comparison.alignment["kind"].astype(str))
    assert set(demo_comparison.alignment["kind"].astype(str)) <= {"1-1", "1-0", "3-2", "2-2",
                                                                  "2-1", "3-1"}


@pytest.mark.parametrize("kind, words", [
    ("1-3", "1 English sentence ↔ 3 Thai sentences"),
    ("2-1", "2 English sentences ↔ 1 Thai sentence"),
    ("1-0", "1 English sentence, no Thai counterpart"),
    ("0-1", "1 Thai sentence, no English counterpart")])
def test_bead_words(kind, words):
    assert bead_words(kind, Sides("en", "th")) == words


def test_unknown_languages_fall_back_to_source_and_translation():
    assert bead_words("1-2", Sides("und", "th")) == \
        "1 source sentence ↔ 2 translation sentences"


# ---------------------------------------------------------------- alignment map

def _fake(kinds, scores):
    rows = [{"src_text": "x" * 40 * int(k[0]) or None, "tgt_text": "y" * 40 * int(k[2]) or None,
             "kind": k, "score": s} for k, s in zip(kinds, scores)]
    alignment = pd.DataFrame(rows)
    alignment["kind"] = alignment["kind"].astype("category")
    return SimpleNamespace(alignment=alignment, src=SimpleNamespace(lang="en"),
                           tgt=SimpleNamespace(lang="th"))


def test_bead_categories():
    assert [bead_category(k, s) for k, s in [("1-1", 1.0), ("1-3", 0.5), ("2-2", 0.1),
                                             ("1-0", -3.5), ("0-1", -3.5), ("1-1", -4.0),
                                             ("1-1", float("nan"))]] == \
        ["one", "merge", "merge", "omitted", "added", "weak", "one"]


def test_alignment_map_draws_each_category_in_its_own_style():
    fig = plot_alignment(_fake(["1-1", "1-3", "1-0", "0-1", "2-1", "1-1", "1-1"],
                               [1.0, 0.5, -3.5, -3.5, -4.0, 2.0, 1.5]))
    ax = fig.axes[0]
    styles = {}
    for line in ax.get_lines()[:-1]:  # the last line is the even-pace reference
        styles.setdefault((line.get_color(), line.get_linestyle(), line.get_marker()), 0)
    assert len(styles) == len(MAP_STYLES) - 1 == 5  # no moved passage in the fake
    assert len({s[1:] for s in styles}) == 5  # line style + marker differ, not colour only
    assert len({s[1:] for s in MAP_STYLES.values()}) == len(MAP_STYLES) == 6
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("merged or split" in t for t in labels)
    assert any("weak" in t for t in labels)
    assert any("English with no Thai counterpart" in t for t in labels)
    assert not any("bead" in t for t in labels + [ax.get_title()])


# Machado, Oliveira & Fernandes (2009) simulation matrices, severity 1, linear RGB.
_CVD = {"protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                       [-0.003882, -0.048116, 1.051998]],
        "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]],
        "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                       [0.004733, 0.691367, 0.303900]]}


def _linear(hex_colour):
    c = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(linear):
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ np.clip(linear, 0, 1)
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def _worst_delta_e(colours):
    out = {}
    for name, m in _CVD.items():
        out[name] = min(float(np.linalg.norm(_lab(np.array(m) @ _linear(a))
                                             - _lab(np.array(m) @ _linear(b))))
                        for a, b in itertools.combinations(colours, 2))
    return out


def test_cvd_check_rejects_a_red_green_palette():
    assert min(_worst_delta_e(["#2e7d32", "#c62828", "#1565c0", "#5e35b1"]).values()) < 15


@pytest.mark.parametrize("palette", ["map", "numbers"])
def test_colours_stay_apart_for_colour_blind_readers(palette):
    colours = [c for c, _, _ in MAP_STYLES.values()] if palette == "map" else \
        [COLOURS[s] for s in NUMBER_STATUSES]
    worst = _worst_delta_e(colours)
    assert min(worst.values()) >= 15, worst


def test_thai_text_gets_thai_fonts_first():
    stack = re.search(r":lang\(th\)\{font-family:([^}]+)\}", CSS).group(1)
    assert stack == THAI_FONTS
    assert stack.split(",")[:2] == ['"Noto Sans Thai"', '"Noto Sans Thai UI"']
    for tlwg in ('"Loma"', '"Garuda"', '"Tlwg Typist"'):
        assert tlwg in stack
