"""Report drafts as Jinja2 templates (``prompts/templates/*.j2``).

Plain text, so autoescaping is off; ``StrictUndefined`` makes a missing value an error instead of
an empty line in a legal document.  Sentences still come from ``prompts/locale`` through the
``t`` function every template receives, so one template serves Japanese and English.
"""

from __future__ import annotations

from functools import cache, partial

import jinja2

from prompts.i18n import t


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("prompts", "templates"),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, *, lang: str, **values: object) -> str:
    """Render template ``name`` with ``values`` and ``t`` bound to ``lang``."""
    return _environment().get_template(name).render(t=partial(t, lang), **values)


__all__ = ["render"]
