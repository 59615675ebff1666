"""Escaping of untrusted text: everything typed into a workbook enters the book through here.

Workbook text is shown literally, in HTML and in the PDF: no markup, directive, role, link,
image, raw HTML or substitution typed into a cell may take effect. CommonMark lets a backslash
escape any ASCII punctuation, so every character with a meaning in MyST is escaped; at the start
of a line also those that would make a heading, list, quote, comment, target or fence. Once the
text is a plain docutils text node, Sphinx escapes it for HTML and for LaTeX (`\\ % & $ # _ { }
~ ^`) itself, and `raw`/file insertion are disabled in the build as well (`docutils.conf`).

>>> print(escape("```{include} /etc/passwd\\n```"))
\\`\\`\\`\\{include\\} /etc/passwd
\\`\\`\\`
>>> print(escape("<img src=x onerror=alert(1)> [lenke](javascript:alert(1))"))
\\<img src=x onerror=alert\\(1\\)\\> \\[lenke\\]\\(javascript:alert\\(1\\)\\)
>>> escape_line("% av tiltakene\\n# er | nye")
'\\\\% av tiltakene # er \\\\| nye'
"""

from __future__ import annotations

import re

# Characters with a meaning in MyST inline syntax, tables, roles, substitutions or HTML.
_SPECIAL = re.compile(r"([\\`*_\[\](){}<>|$~^&!])")
# Line starts that would make a heading, list, rule, quote, comment, block break or colon fence.
_LINE_START = re.compile(r"^(\s*)(#+|[-+=%]|:::?)", re.MULTILINE)
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)  # "1. ledd" is not a list either


def escape(text: object) -> str:
    """Free text from a workbook as literal MyST Markdown (paragraph breaks kept)."""
    text = _SPECIAL.sub(r"\\\1", str(text))
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def escape_line(text: object) -> str:
    """Free text for one line (a table cell, a title): line breaks become spaces."""
    return escape(" ".join(str(text).split()))
