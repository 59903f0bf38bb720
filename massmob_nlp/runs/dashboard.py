"""The result of :func:`massmob_nlp.compare_corpus`: stacked tables, the per-pair summary
(the corpus dashboard), a plot and a self-contained HTML page.

A comparison run with ``out=`` keeps ``summary`` and ``errors`` in memory (one row per
pair) and reads the other tables from the written parts on first access.

The page has no script and no link: a Content-Security-Policy forbids everything but
inline styles and ``data:`` images, and every value goes through :func:`html.escape`.
matplotlib is imported only when a plot is drawn.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import pandas as pd

from .. import tables
from ..errors import Errors

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["PAIR_TABLES", "STATUS_ORDER", "CorpusComparison", "stack_pair_table"]

STATUS_ORDER = ("failed", "unpaired", "check", "ok")
"""Worst first: the order of :meth:`CorpusComparison.worst_first`."""
STATUS_COLOURS = {"ok": "#2e7d32", "check": "#ef6c00", "failed": "#c62828",
                  "unpaired": "#6a1b9a"}
MAX_HTML_ROWS = 500
"""Pairs listed on the HTML page (worst first); the full table is ``summary``."""
TABLE_NAMES = ("summary", "errors", "alignment", "paragraph_alignment", "numbers",
               "entities", "passages")
PAIR_TABLES = {"alignment": "alignment", "paragraph_alignment": "alignment",
               "numbers": "cmp_numbers", "entities": "cmp_entities", "passages": "passages"}
"""Stacked tables of a corpus comparison and the schema of each (without pair_id)."""
_OWN_SCHEMA = {"summary": "pair_summary", "errors": "pair_errors"}

_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'")
_CSS = """body{font:14px/1.45 system-ui,"Segoe UI","Noto Sans","Noto Sans Thai",sans-serif;
 margin:0 1.5em 2em;color:#222} h1{font-size:1.3em}
table{border-collapse:collapse} th{background:#f3f3f3;text-align:left;padding:3px 6px}
td{padding:3px 6px;border-top:1px solid #e5e5e5;vertical-align:top} td.n{text-align:right}
.bar{background:#eee;width:90px;height:10px;display:inline-block;margin-right:4px}
.bar span{display:block;height:10px}
"""
_COUNTS = (("numbers_kept", "kept"), ("numbers_changed", "changed"),
           ("numbers_missing", "missing"), ("numbers_added", "added"),
           ("entities_missing", "names missing"), ("entities_added", "names added"),
           ("passages_omitted", "omitted"), ("passages_added", "added passages"),
           ("passages_moved", "moved passages"), ("n_problems", "problems"))


@dataclass(frozen=True, eq=False)
class CorpusComparison:
    """Tables of a corpus comparison. ``summary`` has one row per pair and per
    unpaired document (schema ``pair_summary``); ``errors`` one row per pair or input
    that failed (``pair_errors``); the other tables are those of
    :class:`~massmob_nlp.Comparison` with ``pair_id`` first.

    Examples:
        >>> cc = compare_corpus([("The city opened 3 schools.", "เมืองเปิดโรงเรียน 3 แห่ง"),
        ...                      ("The city spent 55 million dong.", "เมืองใช้เงิน 56 ล้านดอง")],
        ...                     embeddings=False)
        >>> cc
        CorpusComparison(2 pairs: check 1, ok 1; 0 errors)
        >>> cc.worst_first()[["pair_id", "status", "preservation_rate"]]
           pair_id status  preservation_rate
        0        1  check                0.0
        1        0     ok                1.0
        >>> paths = cc.write("corpus_check")  # every table as parquet, and dashboard.html
        >>> sorted(p.name for p in paths)[:3]
        ['alignment.parquet', 'dashboard.html', 'entities.parquet']
    """

    summary: pd.DataFrame = field(repr=False)
    errors: pd.DataFrame = field(repr=False)
    frames: dict[str, pd.DataFrame] = field(default_factory=dict, repr=False)
    """The stacked tables held in memory (the others are read from ``path``)."""
    n_pairs: int = 0
    """Pairs compared or attempted (unpaired documents not counted)."""
    path: Path | None = None
    """The folder a run with ``out=`` wrote its tables to (parquet parts)."""

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name in _OWN_SCHEMA:
            return cast(pd.DataFrame, getattr(self, name))
        if name not in PAIR_TABLES:
            raise KeyError(Errors.E101.format(name=name, available=", ".join(TABLE_NAMES)))
        if name not in self.frames:
            parts = ([pd.read_parquet(self.path / name)] if self.path is not None
                     and (self.path / name).is_dir() else [])
            self.frames[name] = stack_pair_table(name, parts)
        return self.frames[name]

    @property
    def alignment(self) -> pd.DataFrame:
        """Sentence beads of every pair."""
        return self["alignment"]

    @property
    def paragraph_alignment(self) -> pd.DataFrame:
        """Paragraph beads of every pair."""
        return self["paragraph_alignment"]

    @property
    def numbers(self) -> pd.DataFrame:
        """Numbers of every pair, matched across the two sides."""
        return self["numbers"]

    @property
    def entities(self) -> pd.DataFrame:
        """Named entities of every pair, matched across the two sides."""
        return self["entities"]

    @property
    def passages(self) -> pd.DataFrame:
        """Passages omitted, added, untranslated or of odd length, of every pair."""
        return self["passages"]

    @classmethod
    def read_parquet(cls, out_dir: str | Path) -> CorpusComparison:
        """The tables a run with ``out=`` wrote (parquet parts): ``summary`` and
        ``errors`` read now, the others on first access."""
        path = Path(out_dir)
        if not (path / "summary").is_dir():
            raise FileNotFoundError(Errors.E002.format(path=path / "summary",
                                                       cwd=Path.cwd()))
        summary = stack_pair_table("summary", [pd.read_parquet(path / "summary")])
        errors = stack_pair_table("errors", [pd.read_parquet(path / "errors")])
        n_pairs = int((summary["status"].astype(str) != "unpaired").sum())
        return cls(summary, errors, n_pairs=n_pairs, path=path)

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """The tables by name."""
        return {name: self[name] for name in TABLE_NAMES}

    def status_counts(self) -> dict[str, int]:
        """Rows of ``summary`` by status, in :data:`STATUS_ORDER`."""
        counts = self.summary["status"].astype(str).value_counts()
        return {st: int(counts.get(st, 0)) for st in STATUS_ORDER}

    def worst_first(self) -> pd.DataFrame:
        """``summary`` sorted for a reviewer: failed, unpaired, then pairs to check by
        preservation rate (lowest first) and number of problems, then the rest."""
        s = self.summary
        rank = s["status"].astype(str).map({st: k for k, st in enumerate(STATUS_ORDER)})
        key = pd.DataFrame({"rank": rank, "rate": s["preservation_rate"].fillna(2.0),
                            "problems": -s["n_problems"].fillna(0).astype(int),
                            "pair_id": s["pair_id"]})
        order = key.sort_values(["rank", "rate", "problems", "pair_id"], kind="stable")
        return s.loc[order.index].reset_index(drop=True)

    def write(self, out_dir: str | Path, *, fmt: str = "parquet",
              dashboard: bool = True) -> list[Path]:
        """Write every table as ``<name>.<fmt>`` (parquet, csv, json or jsonl) and
        ``dashboard.html`` into ``out_dir``; returns the paths."""
        from ..pipeline import export_frames

        paths = export_frames(self.to_frames(), out_dir, fmt=fmt)
        if dashboard:
            paths.append(Path(out_dir) / "dashboard.html")
            self.to_html(paths[-1])
        return paths

    def plot_summary(self, ax: Axes | None = None) -> Figure:
        """Preservation rate of source numbers per compared pair, sorted; bars of pairs
        to check in orange, failed and unpaired pairs as red marks at 0."""
        import matplotlib.pyplot as plt

        if ax is None:
            _, ax = plt.subplots(figsize=(8, 3.5))
        fig = cast("Figure", ax.figure)
        s = self.summary
        done = s[s["status"].astype(str).isin(["ok", "check"])].sort_values(
            ["preservation_rate", "pair_id"], kind="stable")
        rest = s[~s.index.isin(done.index)]
        x = range(len(done))
        colours = [STATUS_COLOURS[st] for st in done["status"].astype(str)]
        ax.bar(x, done["preservation_rate"].astype(float), color=colours, width=0.9)
        if len(rest):
            ax.plot(range(len(done), len(done) + len(rest)), [0.0] * len(rest), "x",
                    color=STATUS_COLOURS["failed"], label="failed or unpaired")
        for st in ("ok", "check"):
            ax.bar([0], [0], color=STATUS_COLOURS[st], label=f"{st}")
        if len(s) <= 40:
            ax.set_xticks(range(len(s)), [str(p) for p in [*done["pair_id"],
                                                            *rest["pair_id"]]],
                          fontsize=7)
        ax.set_ylim(0, 1.05)
        ax.set_xlabel("pair (sorted by preservation rate)" if len(s) > 40 else "pair_id")
        ax.set_ylabel("source numbers preserved")
        ax.set_title(f"Corpus: {len(done)} pairs compared, "
                     f"{self.status_counts()['check']} to check")
        ax.legend(fontsize=8, loc="lower right")
        fig.tight_layout()
        return fig

    def to_html(self, path: str | Path | None = None) -> str:
        """The dashboard page (pairs worst first); also written to ``path`` if given."""
        page = dashboard_html(self)
        if path is not None:
            Path(path).write_text(page, encoding="utf-8")
        return page

    def _repr_html_(self) -> str:
        return _overview(self) + _pairs_table(self.worst_first().head(20))

    def __repr__(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in self.status_counts().items() if v)
        return (f"CorpusComparison({self.n_pairs} pair{'' if self.n_pairs == 1 else 's'}: "
                f"{counts or 'empty'}; "
                f"{len(self.errors)} errors)")


def stack_pair_table(name: str, frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Frames of table ``name`` of a corpus comparison (each with ``pair_id``) stacked
    and cast to its schema, ``pair_id`` first (categories in the schema's order, so
    the result does not depend on how the pairs were grouped)."""
    parts = [f for f in frames if len(f)]
    if name in _OWN_SCHEMA:
        return tables.make_frame(_OWN_SCHEMA[name], pd.concat(parts, ignore_index=True)
                                 if parts else [])
    if not parts:
        frame = tables.empty_frame(PAIR_TABLES[name])
        ids = pd.array([], dtype="Int64")
    else:
        stacked = pd.concat(parts, ignore_index=True)
        frame = tables.cast_frame(PAIR_TABLES[name], stacked)
        ids = stacked["pair_id"].astype("Int64")
    frame.insert(0, "pair_id", ids)
    return frame


# ---------------------------------------------------------------------------- HTML

def _esc(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def _overview(run: CorpusComparison) -> str:
    rates = run.summary["preservation_rate"].dropna()
    median = f"{rates.median():.0%}" if len(rates) else "n/a"
    counts = "".join(f"<td>{_esc(st)}</td><td class='n'>{n}</td>"
                     for st, n in run.status_counts().items())
    n_reports = int(run.summary["report"].notna().sum())
    linked = (f" The source of each of the {n_reports} pairs with a report links to its "
              "side-by-side report." if n_reports else "")
    plural = "" if run.n_pairs == 1 else "s"
    return (f"<p><b>{run.n_pairs} pair{plural}</b>, median preservation of source "
            f"numbers {median}, {len(run.errors)} errors.{linked}</p>"
            f"<table><tr>{counts}</tr></table>")


def _bar(rate: Any, status: str) -> str:
    if rate is None or pd.isna(rate):
        return ""
    width = max(0.0, min(1.0, float(rate))) * 100
    return (f"<span class='bar'><span style='width:{width:.0f}%;background:"
            f"{STATUS_COLOURS.get(status, '#777')}'></span></span>{float(rate):.0%}")


def _pairs_table(rows: pd.DataFrame) -> str:
    head = ["pair", "source", "translation", "status", "numbers preserved",
            *[label for _, label in _COUNTS], "warnings", "verdict"]
    out = ["<table><tr>", *(f"<th>{_esc(h)}</th>" for h in head), "</tr>"]
    for r in rows.to_dict("records"):
        status = str(r["status"])
        cells = [f"<td class='n'>{_esc(r['pair_id'])}</td>",
                 f"<td>{_linked(r['src_doc_id'], r.get('report'))}</td>",
                 f"<td>{_esc(r['tgt_doc_id'])}</td>",
                 f"<td style='color:{STATUS_COLOURS.get(status, '#222')}'>"
                 f"{_esc(status)}</td>",
                 f"<td>{_bar(r['preservation_rate'], status)}</td>",
                 *(f"<td class='n'>{_esc(r[col])}</td>" for col, _ in _COUNTS),
                 f"<td>{_esc(r['warnings'])}</td>", f"<td>{_esc(r['verdict'])}</td>"]
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "".join(out) + "</table>"


def _linked(text: Any, report: Any) -> str:
    """A pair's source id, linked to its report (a path relative to the run's folder,
    made by :func:`report_name`: letters, digits, ``._-/`` only)."""
    if not isinstance(report, str) or not report:
        return _esc(text)
    return f"<a href='{_esc(report)}' title='side-by-side report'>{_esc(text)}</a>"


def _errors_table(errors: pd.DataFrame) -> str:
    if errors.empty:
        return "<p>No errors.</p>"
    cols = list(errors.columns)
    out = ["<table><tr>", *(f"<th>{_esc(c)}</th>" for c in cols), "</tr>"]
    for row in errors.itertuples(index=False):
        out.append("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>")
    return "".join(out) + "</table>"


def dashboard_html(run: CorpusComparison) -> str:
    """The self-contained dashboard page of a corpus comparison."""
    worst = run.worst_first()
    shown = worst.head(MAX_HTML_ROWS)
    more = (f"<p>{len(worst) - len(shown)} more pairs in summary.</p>"
            if len(worst) > len(shown) else "")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"{_CSP}\">"
            f"<title>massmob corpus comparison</title><style>{_CSS}</style></head><body>"
            f"<h1>Corpus comparison</h1>{_overview(run)}"
            f"<h2>Pairs, worst first</h2>{_pairs_table(shown)}{more}"
            f"<h2>Errors</h2>{_errors_table(run.errors)}</body></html>")
