"""The report's charts: horizontal bar charts in one colour-blind-safe palette, values on bars.

Each chart function takes a small table (as the tally functions return it) and gives a matplotlib
`Figure`; `describe_*` gives the alt text that says the same numbers in words, so a reader who
cannot see the chart loses nothing. `save` writes SVG, sharp on the web and in the PDF (which the
browser prints from the web edition's own pages).

>>> import pandas as pd
>>> f = pd.DataFrame({"area": ["Rus", "Vold"], "total": [3, 1], "started": [2, 1],
...                   "not_started": [1, 0]})
>>> describe_status(f, "area")
'Rus: 3 tiltak, 2 igangsatt og 1 ikke igangsatt. Vold: 1 tiltak, 1 igangsatt og 0 ikke igangsatt.'
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import matplotlib

# The build has no display; Agg also makes the output independent of the analyst's machine.
matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from salto_lib import fmt  # noqa: E402

# Okabe–Ito: distinguishable with every common form of colour blindness, and in greyscale the
# two status colours still differ in lightness.
PALETTE = {
    "started": "#0072B2",  # blue
    "not_started": "#E69F00",  # orange
    "count": "#009E73",  # bluish green, for one-series charts
    "text": "#222222",
    "grid": "#DDDDDD",
    "grid_dark": "#8C8C8C",  # last year's bars: grey, so this year's colour stands out
}
STATUS_LABELS = {"started": "Igangsatt", "not_started": "Ikke igangsatt"}
WIDTH = 7.5  # inches: the text width of the PDF, so the fonts come out at reading size
# A second drawing for phones (`name-smal.svg`): about a 390 px screen's text width at 96 dpi, so
# the fonts keep their size there instead of shrinking to a few pixels.
NARROW = 3.7

plt.rcParams.update(
    {
        "font.size": 10,
        "axes.edgecolor": PALETTE["grid"],
        "axes.labelcolor": PALETTE["text"],
        "xtick.color": PALETTE["text"],
        "ytick.color": PALETTE["text"],
        "svg.hashsalt": "salto",  # stable SVG ids, so a rebuild gives the same files
        # Text as text: sharp and selectable in the PDF, which prints these SVGs, and smaller.
        "svg.fonttype": "none",
    }
)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two `#RRGGBB` colours (1 to 21; text needs at least 4.5).

    >>> round(contrast("#FFFFFF", "#000000"), 1), round(contrast("#FFFFFF", "#E69F00"), 2)
    (21.0, 2.25)
    """

    def luminance(colour: str) -> float:
        rgb = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b_ = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def on_colour(fill: str) -> str:
    """The text colour for a number on a bar of `fill`: white on dark bars, dark on light ones.

    White on the orange bars would be 2.3:1, far below the 4.5:1 WCAG asks of text.

    >>> on_colour(PALETTE["started"]), on_colour(PALETTE["not_started"])
    ('white', '#222222')
    """
    return "white" if contrast("#FFFFFF", fill) >= 4.5 else PALETTE["text"]


def _wrap(label: str, width: int = 30) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


def _axes(rows: int) -> tuple[Figure, plt.Axes]:
    # Height follows the number of bars, so a unit chart with 4 bars is not as tall as 17.
    # 17 bars (one per unit) still fit on a PDF page under a chapter's opening text.
    fig, ax = plt.subplots(figsize=(WIDTH, 0.9 + 0.34 * max(rows, 1)), layout="constrained")
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.xaxis.grid(True, color=PALETTE["grid"], linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(axis="y", length=0)
    return fig, ax


def _finish(ax: plt.Axes, labels: list[str], xmax: float, xlabel: str) -> None:
    ax.set_yticks(range(len(labels)), [_wrap(label) for label in labels])
    ax.invert_yaxis()  # first row on top, as in the tables
    ax.set_xlim(0, max(xmax, 1) * 1.12)  # room for the total after the longest bar
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(xlabel)


def status_bars(frame: pd.DataFrame, label: str, xlabel: str = "Antall tiltak") -> Figure:
    """Stacked bars, one per row of `frame`: started and not started, the total at the end."""
    fig, ax = _axes(len(frame))
    y = range(len(frame))
    left = [0] * len(frame)
    for key in ("started", "not_started"):
        values = frame[key].tolist()
        bars = ax.barh(y, values, left=left, color=PALETTE[key], label=STATUS_LABELS[key])
        # A number inside its segment when it fits; the total after the bar always says it all.
        shown = [fmt.number(v) if v and v >= 0.06 * frame["total"].max() else "" for v in values]
        color = on_colour(PALETTE[key])
        ax.bar_label(bars, labels=shown, label_type="center", color=color, fontsize=9)
        left = [a + b for a, b in zip(left, values, strict=True)]
    for row, total in enumerate(frame["total"]):
        ax.text(total, row, f" {fmt.number(total)}", va="center", color=PALETTE["text"])
    _finish(ax, frame[label].tolist(), frame["total"].max() if len(frame) else 0, xlabel)
    ax.legend(loc="lower right", frameon=False, ncols=2, bbox_to_anchor=(1, 1))
    return fig


def count_bars(frame: pd.DataFrame, label: str, value: str, xlabel: str) -> Figure:
    """One bar per row of `frame`, its value after the bar."""
    fig, ax = _axes(len(frame))
    bars = ax.barh(range(len(frame)), frame[value].tolist(), color=PALETTE["count"])
    ax.bar_label(bars, labels=[f" {fmt.number(v)}" for v in frame[value]], color=PALETTE["text"])
    _finish(ax, frame[label].tolist(), frame[value].max() if len(frame) else 0, xlabel)
    return fig


def describe_status(frame: pd.DataFrame, label: str) -> str:
    """Alt text for `status_bars`: every bar's numbers in words."""
    return " ".join(
        f"{row[label]}: {fmt.count(row['total'], 'tiltak', 'tiltak')}, "
        f"{fmt.number(row['started'])} igangsatt og {fmt.number(row['not_started'])} "
        "ikke igangsatt."
        for _, row in frame.iterrows()
    )


def describe_counts(frame: pd.DataFrame, label: str, value: str, noun: tuple[str, str]) -> str:
    """Alt text for `count_bars`: `Prioritering: 3 tiltak. …`."""
    return " ".join(f"{row[label]}: {fmt.count(row[value], *noun)}." for _, row in frame.iterrows())


def save(fig: Figure, folder: Path, name: str) -> Path:
    """Write `name.svg` into `folder`, and the phone's drawing `name-smal.svg` (`narrow`); return
    the path without suffix (the pages refer to `name.*`).

    A file whose bytes did not change is not rewritten, so an incremental build of the book
    does not re-read the page that shows it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / name
    _write(fig, stem.with_suffix(".svg"))
    narrow(fig)
    _write(fig, (folder / f"{name}-smal").with_suffix(".svg"))
    plt.close(fig)
    return stem


def narrow(fig: Figure) -> None:
    """Redraw `fig` for a phone: narrow, labels wrapped shorter, each bar a little taller."""
    rows = max((len(ax.get_yticks()) for ax in fig.axes), default=1)
    fig.set_size_inches(NARROW, 1.2 + 0.5 * max(rows, 1))
    for ax in fig.axes:
        labels = [
            "\n".join(textwrap.wrap(t.get_text().replace("\n", " "), 16, break_long_words=False))
            for t in ax.get_yticklabels()
        ]
        ax.set_yticks(ax.get_yticks(), labels)
        legend = ax.get_legend()
        if legend is not None:  # above the bars, one entry per line, so it fits the width
            handles, texts = ax.get_legend_handles_labels()
            ax.legend(
                handles, texts, loc="lower left", frameon=False, ncols=1, bbox_to_anchor=(0, 1)
            )


def _write(fig: Figure, path: Path) -> None:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    if not path.is_file() or path.read_bytes() != buffer.getvalue():
        path.write_bytes(buffer.getvalue())


def year_bars(frame: pd.DataFrame, label: str, years: tuple[int, int]) -> Figure:
    """Two bars per row of `frame`: the number of measures started last year and this year.

    `frame` has the columns of `tally.compare_totals` (`started_previous`, `started`).
    """
    fig, ax = _axes(len(frame) * 2)
    y = range(len(frame))
    height = 0.4
    for offset, key, colour, year in (
        (-height / 2, "started_previous", PALETTE["grid_dark"], years[0]),
        (height / 2, "started", PALETTE["started"], years[1]),
    ):
        values = frame[key].tolist()
        bars = ax.barh([r + offset for r in y], values, height, color=colour, label=str(year))
        ax.bar_label(
            bars, labels=[f" {fmt.number(v)}" for v in values], fontsize=9, color=PALETTE["text"]
        )
    xmax = max(frame["started_previous"].max(), frame["started"].max()) if len(frame) else 0
    _finish(ax, frame[label].tolist(), xmax, "Igangsatte tiltak")
    ax.legend(loc="lower right", frameon=False, ncols=2, bbox_to_anchor=(1, 1))
    return fig
