"""The weekly chart is Japanese on every install: the font comes with a declared package, and every
character the chart draws is in the font it is drawn with (checked in the font's own cmap)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from fontTools.ttLib import TTFont
from matplotlib import font_manager
from matplotlib.text import Text

from domain.summary import WeekPoint
from prompts import chart

#: Twelve weeks across a year end, so the axis label shows a year span ("2026–2027").
SERIES = [WeekPoint(date(2026, 10, 26) + timedelta(weeks=i), i % 4, i % 3, 10 + i) for i in range(12)]


def cmap_of(path: str) -> set[int]:
    with TTFont(path, fontNumber=0, lazy=True) as font:
        return set(font.getBestCmap())


def test_the_shipped_japanese_font_is_used_whatever_the_machine_has():
    chart.cjk_font_path.cache_clear()
    shipped = chart.shipped_font_path()
    assert shipped is not None and Path(shipped).is_file(), "matplotlib-fontja must be installed (pyproject)"
    assert chart.cjk_font_path() == shipped
    labels, font = chart.chart_labels("ja")
    assert labels == chart.LABELS["ja"] and font is not None and font.get_file() == shipped


def test_every_character_the_japanese_chart_draws_is_in_the_font_that_draws_it():
    chart.cjk_font_path.cache_clear()
    figure = chart.weekly_chart_figure(SERIES, lang="ja")
    figure.canvas.draw()  # realizes tick labels
    texts = [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()]
    drawn = "".join(t.get_text() for t in texts)
    assert "週ごとの件数" in drawn and "新規" in drawn and "2026–2027" in drawn
    missing = {}
    for text in texts:
        path = font_manager.findfont(text.get_fontproperties(), fallback_to_default=False)
        covered = cmap_of(path)
        lost = {c for c in text.get_text() if not c.isspace() and ord(c) not in covered}
        if lost:
            missing[text.get_text()] = (Path(path).name, sorted(lost))
    assert missing == {}


def test_japanese_labels_need_glyphs_that_a_latin_font_lacks():
    """The check above would catch a fallback to a Latin font: DejaVu Sans has none of the kana."""
    latin = cmap_of(font_manager.findfont("DejaVu Sans"))
    assert not {ord(c) for c in "週ごとの件数"} <= latin
