"""Plots of a :class:`~massmob_nlp.Comparison` (matplotlib, imported only when drawn).

Colours are those of the report (Okabe-Ito); the alignment map also tells its row
categories apart by line style and marker, so it reads in grey print too.
"""

from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING

import pandas as pd

from .context import ComparisonLike as Comparison
from .report_style import COLOURS, MAP_STYLES
from .report_words import Sides, bead_category, map_labels

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

__all__ = ["moved_beads", "plot_alignment", "plot_numbers", "png_base64"]

FIGSIZE = (5.5, 4.5)


def png_base64(fig: Figure) -> str:
    """The figure as a base64 PNG (the figure is closed)."""
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def moved_beads(cmp: Comparison) -> set[int]:
    """Sentence rows holding a moved passage or the translation of one (none when
    ``cmp`` has no passages table)."""
    p = getattr(cmp, "passages", None)
    if p is None or "other_bead_id" not in p.columns:
        return set()
    p = p[p["kind"].astype(str) == "moved"]
    return {int(b) for b in list(p["bead_id"]) + list(p["other_bead_id"]) if not pd.isna(b)}


def plot_alignment(cmp: Comparison) -> Figure:
    """The alignment map: cumulative source vs target position (characters, no spaces),
    one segment per sentence row, drawn in the colour, line style and marker of its
    category (1 ↔ 1, merged/split, no counterpart on one side, weak match, a passage
    moved to another part of the article)."""
    import matplotlib.pyplot as plt

    sides = Sides(cmp.src.lang, cmp.tgt.lang)
    labels = map_labels(sides)
    fig, ax = plt.subplots(figsize=FIGSIZE)
    x = y = 0
    seen: set[str] = set()
    moved = moved_beads(cmp)
    al = cmp.alignment
    beads = al["bead_id"] if "bead_id" in al.columns else range(len(al))
    for bead, s, t, kind, score in zip(beads, al["src_text"], al["tgt_text"],
                                       al["kind"].astype(str), al["score"]):
        dx = len(str(s).replace(" ", "")) if isinstance(s, str) else 0
        dy = len(str(t).replace(" ", "")) if isinstance(t, str) else 0
        cat = "moved" if int(bead) in moved else \
            bead_category(kind, None if pd.isna(score) else float(score))
        colour, style, marker = MAP_STYLES[cat]
        ax.plot([x, x + dx], [y, y + dy], linestyle=style, marker=marker, color=colour,
                markersize=5, linewidth=2.2, label=labels[cat] if cat not in seen else None)
        seen.add(cat)
        x, y = x + dx, y + dy
    ax.plot([0, max(x, 1)], [0, max(x, 1) * (y / x if x else 1)], ":", color="#999",
            linewidth=1, label="even pace (for reference)")
    ax.set_xlabel(f"position in the {sides.src} text (characters)")
    ax.set_ylabel(f"position in the {sides.tgt} text (characters)")
    ax.set_title("Alignment map: how the sentences line up")
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    return fig


def plot_numbers(cmp: Comparison) -> Figure:
    """Number agreement per source paragraph: stacked counts of each status."""
    import matplotlib.pyplot as plt

    from .context import NUMBER_STATUSES

    sides = Sides(cmp.src.lang, cmp.tgt.lang)
    frame = cmp.numbers
    para = frame["src_para_id"].astype("Float64").fillna(
        _tgt_to_src_para(cmp, frame["tgt_para_id"]))
    pairs = pd.DataFrame({"para": para.astype("Int64"),
                          "status": frame["status"].astype(str)}).dropna()
    # groupby-size, not pd.crosstab: the same table, 100x cheaper on a few rows
    counts = (pairs.groupby(["para", "status"]).size().unstack(fill_value=0)
              if len(pairs) else pd.DataFrame())
    counts = counts.reindex(columns=[s for s in NUMBER_STATUSES if s in counts.columns])
    fig, ax = plt.subplots(figsize=FIGSIZE)
    if counts.empty:
        ax.text(0.5, 0.5, "no numbers", ha="center", va="center", transform=ax.transAxes)
    else:
        bottom = pd.Series(0, index=counts.index)
        for st in counts.columns:
            ax.bar([str(i + 1) for i in counts.index], counts[st], bottom=bottom,
                   color=COLOURS[st], edgecolor="#333", linewidth=0.5,
                   hatch=_HATCH.get(st, ""), label=_number_label(st, sides))
            bottom = bottom + counts[st]
        ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2,
                  frameon=False)
    ax.set_xlabel(f"paragraph of the {sides.src} text")
    ax.set_ylabel("numbers")
    ax.set_title("Numbers per paragraph: do they agree?")
    fig.tight_layout()
    return fig


_HATCH = {"qualifier_changed": "..", "mismatch": "xx", "missing": "//", "added": "\\\\"}
"""Bar hatching of the statuses that need a look (not colour alone)."""


def _number_label(status: str, sides: Sides) -> str:
    return {"match": "match", "format_only": "same value, written differently",
            "qualifier_changed": "qualifier changed", "mismatch": "numbers differ",
            "missing": f"missing in the {sides.tgt}",
            "added": f"only in the {sides.tgt}"}.get(status, status.replace("_", " "))


def _tgt_to_src_para(cmp: Comparison, tgt_para: pd.Series) -> pd.Series:
    """Source paragraph aligned with each target paragraph (first one of its bead)."""
    lookup: dict[int, float] = {}
    for s_ids, t_ids in zip(cmp.paragraph_alignment["src_ids"],
                            cmp.paragraph_alignment["tgt_ids"]):
        for j in t_ids:
            lookup[int(j)] = float(s_ids[0]) if s_ids else float("nan")
    return tgt_para.map(lambda j: lookup.get(int(j), float("nan"))
                        if not pd.isna(j) else float("nan")).astype("Float64")
