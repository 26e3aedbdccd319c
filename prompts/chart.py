"""The weekly chart: new and closed incidents as bars, open incidents as a line, one point a week.

Drawn with matplotlib's object API (``Figure`` + ``FigureCanvasAgg``): no pyplot, no global
backend switch, no change to ``rcParams``, so it is safe beside other code using matplotlib and
from several threads (each call owns its figure).

Japanese labels need a CJK font. The one used is IPAexGothic, shipped inside the
``matplotlib-fontja`` package (a declared dependency), opened by its file path: nothing depends on
the fonts installed on the machine or on matplotlib's font cache being current. Should that file be
missing, an installed font covering every label is looked for; with none, the labels are English
whatever ``lang`` is, rather than rows of tofu boxes.
"""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.ticker import MaxNLocator

from domain.inquiries import InquiryCategory, InquiryFigures
from domain.summary import WeekPoint
from prompts.locale import CATALOGS

WIDTH_IN, HEIGHT_IN, DPI = 8.0, 4.5, 100

_LABEL_NAMES = ("title", "new", "closed", "open", "x", "y")
#: The chart's labels per language (the ``chart.*`` texts of ``prompts.locale``).
LABELS: dict[str, dict[str, str]] = {
    lang: {name: catalog[f"chart.{name}"] for name in _LABEL_NAMES} for lang, catalog in CATALOGS.items()
}

#: The inquiry panel's labels (title, axis, one per category), drawn under the weekly chart when the
#: period had inquiries.
INQUIRY_LABELS: dict[str, dict[str, str]] = {
    lang: {
        "title": catalog["chart.inquiries_title"],
        "y": catalog["chart.inquiries_y"],
        **{c.value: catalog[f"inquiry.category.{c.value}"] for c in InquiryCategory},
    }
    for lang, catalog in CATALOGS.items()
}
#: One colour per category, in the form's order.
_CATEGORY_COLOURS = ("#337ab7", "#5bc0de", "#5cb85c", "#d9534f", "#f0ad4e", "#8e44ad", "#7f8c8d", "#bdc3c7")
#: Height of the chart with the inquiry panel below the weekly one.
HEIGHT_WITH_INQUIRIES_IN = 8.0

#: Every character the Japanese labels use must be in the font, or the label is not used.
_JA_CHARS = frozenset(
    "".join(LABELS["ja"].values()).replace("{n}", "") + "".join(INQUIRY_LABELS["ja"].values()) + "0123456789"
)
#: Family names looked at first (a CJK font's character map is large and slow to read).
_CJK_HINTS = ("cjk", "jp", "japan", "gothic", "mincho", "hiragino", "meiryo", "yu ", "ipa", "takao",
              "source han", "ume", "sazanami", "vl ", "m+", "biz ud", "fallback", "wqy", "wenquanyi")


#: The Japanese font inside the matplotlib-fontja package (IPAexGothic, IPA Font License).
SHIPPED_FONT = ("matplotlib_fontja", "fonts", "ipaexg.ttf")


def shipped_font_path() -> str | None:
    """The shipped font's file, found without importing the package (its import changes rcParams)."""
    spec = importlib.util.find_spec(SHIPPED_FONT[0])
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *SHIPPED_FONT[1:])
    return str(path) if path.is_file() else None


def _covers(path: str, needed: set[int]) -> bool:
    from matplotlib.ft2font import FT2Font

    try:
        return needed <= FT2Font(path).get_charmap().keys()
    except (OSError, RuntimeError):  # unreadable font file
        return False


@lru_cache(maxsize=1)
def cjk_font_path() -> str | None:
    """The file of a font that covers every character of the Japanese labels, or None.

    The shipped font first (registered with matplotlib's font manager by its path); then installed
    fonts whose family name hints at CJK, then every other font (once per process: cached).
    """
    needed = {ord(c) for c in _JA_CHARS}
    shipped = shipped_font_path()
    if shipped is not None and _covers(shipped, needed):
        font_manager.fontManager.addfont(shipped)
        return shipped
    # "Last Resort" maps every code point to a placeholder box: coverage on paper, tofu in fact.
    fonts = [f for f in font_manager.fontManager.ttflist if not f.name.lower().startswith("last resort")]
    hinted = sorted({f.fname for f in fonts if any(h in f.name.lower() for h in _CJK_HINTS)})
    others = sorted({f.fname for f in fonts} - set(hinted))
    for path in hinted + others:
        if _covers(path, needed):
            return path
    return None


def chart_labels(lang: str) -> tuple[dict[str, str], FontProperties | None]:
    """Labels in ``lang`` when they can be drawn, else English; plus the font to draw them with."""
    if lang == "ja":
        path = cjk_font_path()
        if path is not None:
            return LABELS["ja"], FontProperties(fname=path)
    return LABELS["en"], None


def weekly_chart_png(
    series: Sequence[WeekPoint], *, lang: str, weeks: int = 12, inquiries: InquiryFigures | None = None
) -> bytes:
    """PNG bytes (800×450) of the last ``weeks`` points of ``series``; 800×800 with the period's
    inquiries per day and category below, when ``inquiries`` counts any.

    The output is deterministic: the same data gives the same bytes (no timestamp or version in
    the PNG metadata).
    """
    fig = weekly_chart_figure(series, lang=lang, weeks=weeks, inquiries=inquiries)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def weekly_chart_figure(
    series: Sequence[WeekPoint], *, lang: str, weeks: int = 12, inquiries: InquiryFigures | None = None
) -> Figure:
    """The chart as a matplotlib figure (laid out, not yet drawn to pixels)."""
    points = list(series)[-weeks:]
    labels, font = chart_labels(lang)
    text_font: dict[str, Any] = {"fontproperties": font} if font is not None else {}

    with_inquiries = inquiries is not None and inquiries.total > 0
    fig = Figure(figsize=(WIDTH_IN, HEIGHT_WITH_INQUIRIES_IN if with_inquiries else HEIGHT_IN), dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(2, 1, 1) if with_inquiries else fig.add_subplot()
    xs = list(range(len(points)))
    width = 0.38
    ax.bar([x - width / 2 for x in xs], [p.new for p in points], width, label=labels["new"], color="#d9534f")
    ax.bar([x + width / 2 for x in xs], [p.closed for p in points], width, label=labels["closed"], color="#5cb85c")
    ax.plot(xs, [p.open_at_end for p in points], marker="o", linewidth=2, label=labels["open"], color="#337ab7")
    for x, p in zip(xs, points, strict=True):
        ax.annotate(str(p.open_at_end), (x, p.open_at_end), textcoords="offset points", xytext=(0, 6),
                    ha="center", fontsize=8, color="#337ab7")

    ax.set_xticks(xs)
    ax.set_xticklabels([f"{p.week_start:%m/%d}" for p in points], rotation=0, fontsize=9)
    if points:
        years = sorted({p.week_start.year for p in points})
        span = f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}"
        ax.set_xlabel(f"{labels['x']} ({span})", **text_font)
    else:
        ax.set_xlabel(labels["x"], **text_font)
    ax.set_ylabel(labels["y"], **text_font)
    ax.set_title(labels["title"].format(n=len(points)), **text_font)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    top = max([0] + [max(p.new, p.closed, p.open_at_end) for p in points])
    ax.set_ylim(0, max(1, top) * 1.18)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles, names = ax.get_legend_handles_labels()
    order = [names.index(labels[k]) for k in ("new", "closed", "open")]
    ax.legend([handles[i] for i in order], [names[i] for i in order], loc="upper center",
              bbox_to_anchor=(0.5, -0.16), prop=font, frameon=False, ncols=3)
    if with_inquiries and inquiries is not None:
        _inquiry_panel(fig.add_subplot(2, 1, 2), inquiries, lang=lang, font=font)
    fig.tight_layout()
    return fig


def _inquiry_panel(ax: Any, inquiries: InquiryFigures, *, lang: str, font: FontProperties | None) -> None:
    """Inquiries per day of the period, stacked by category."""
    labels = INQUIRY_LABELS["ja" if lang == "ja" and font is not None else "en"]
    text_font: dict[str, Any] = {"fontproperties": font} if font is not None else {}
    days = list(inquiries.by_day)
    xs = list(range(len(days)))
    bottom = [0] * len(days)
    for category, colour in zip(InquiryCategory, _CATEGORY_COLOURS, strict=True):
        heights = [d.by_category.get(category, 0) for d in days]
        if not any(heights):
            continue
        ax.bar(xs, heights, 0.6, bottom=bottom, label=labels[category.value], color=colour)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    for x, total in zip(xs, bottom, strict=True):
        if total:
            ax.annotate(str(total), (x, total), textcoords="offset points", xytext=(0, 4), ha="center", fontsize=8)
    ax.set_xticks(xs)
    ax.set_xticklabels([f"{d.day:%m/%d}" for d in days], fontsize=9)
    ax.set_ylabel(labels["y"], **text_font)
    ax.set_title(labels["title"], **text_font)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max(1, max(bottom, default=0)) * 1.2)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), prop=font, frameon=False, ncols=4)
