"""The weekly chart is a readable, deterministic PNG whose labels are the catalog's texts, in
Japanese only when a font can draw them, and it leaves matplotlib's global state alone."""

from __future__ import annotations

import struct
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from domain.summary import WeekPoint
from prompts import chart
from prompts.i18n import t

ROOT = Path(__file__).resolve().parents[2]


def series(values):
    start = date(2026, 9, 7)
    return [WeekPoint(start + timedelta(weeks=i), new, closed, open_) for i, (new, closed, open_) in enumerate(values)]


SERIES = series([(3 + i % 4, i % 3, 5 + i) for i in range(12)])


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_chart_is_a_deterministic_png(lang):
    first = chart.weekly_chart_png(SERIES, lang=lang)
    assert png_size(first) == (800, 450)
    assert chart.weekly_chart_png(SERIES, lang=lang) == first
    other = series([(1, 1, 1)] * 12)
    assert chart.weekly_chart_png(other, lang=lang) != first
    assert 5_000 < len(first) < 500_000


def test_chart_handles_empty_and_long_series():
    assert png_size(chart.weekly_chart_png([], lang="en")) == (800, 450)
    long = series([(i, i, i) for i in range(30)])
    assert chart.weekly_chart_png(long, lang="en") == chart.weekly_chart_png(long[-12:], lang="en")


def test_a_placeholder_font_does_not_count_as_cjk(monkeypatch):
    from matplotlib import font_manager

    last_resort = [f for f in font_manager.fontManager.ttflist if f.name.lower().startswith("last resort")]
    if not last_resort:
        pytest.skip("matplotlib ships no Last Resort font here")
    monkeypatch.setattr(font_manager.fontManager, "ttflist", last_resort)
    monkeypatch.setattr(chart, "shipped_font_path", lambda: None)  # the search among installed fonts
    chart.cjk_font_path.cache_clear()
    try:
        assert chart.cjk_font_path() is None
    finally:
        chart.cjk_font_path.cache_clear()


def test_chart_uses_english_without_a_cjk_font(monkeypatch):
    monkeypatch.setattr(chart, "cjk_font_path", lambda: None)
    labels, font = chart.chart_labels("ja")
    assert labels == chart.LABELS["en"] and font is None


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")  # DejaVu stands in for a CJK font
def test_chart_uses_japanese_with_a_cjk_font(monkeypatch):
    from matplotlib import font_manager

    any_font = font_manager.findfont("DejaVu Sans")
    monkeypatch.setattr(chart, "cjk_font_path", lambda: any_font)
    labels, font = chart.chart_labels("ja")
    assert labels == chart.LABELS["ja"] and font is not None
    assert png_size(chart.weekly_chart_png(SERIES, lang="ja")) == (800, 450)
    assert chart.chart_labels("en")[0] == chart.LABELS["en"]


def test_detected_cjk_font_really_covers_the_japanese_labels():
    from matplotlib.ft2font import FT2Font

    chart.cjk_font_path.cache_clear()

    path = chart.cjk_font_path()
    if path is None:  # this machine has none: Japanese asks get English labels
        assert chart.chart_labels("ja")[0] == chart.LABELS["en"]
    else:
        assert "lastresort" not in Path(path).name.lower().replace(" ", "").replace("-", "")
        charmap = FT2Font(path).get_charmap()
        assert all(ord(c) in charmap for c in "週ごとの件数新規終結")


def test_chart_leaves_matplotlib_global_state_alone():
    code = (
        "import sys, matplotlib\n"
        "snapshot = lambda: {k: str(v) for k, v in dict.items(matplotlib.rcParams)}\n"  # no backend resolution
        "before = snapshot()\n"
        "from datetime import date\n"
        "from domain.summary import WeekPoint\n"
        "from prompts.chart import weekly_chart_png\n"
        "weekly_chart_png([WeekPoint(date(2026, 1, 5), 1, 2, 3)], lang='ja')\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
        "after = snapshot()\n"
        "print(sorted(k for k in before if before[k] != after[k]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_chart_labels_are_the_catalog_texts(lang):
    assert chart.LABELS[lang]["title"] == t(lang, "chart.title")
    assert {k: v for k, v in chart.LABELS[lang].items()} == {
        name: t(lang, f"chart.{name}") for name in ("title", "new", "closed", "open", "x", "y")
    }
    assert chart.LABELS["ja"]["title"].format(n=12) == "週ごとの件数（直近12週）"
    assert chart.LABELS["en"]["open"] == "Open at week end"
