"""quoteattr: find every quotation in a text and say who said it.

>>> import quoteattr
>>> [q.text for q in quoteattr.extract('“We are ready,” the minister said.')]
['We are ready,']

The public surface is curated here; everything else is private.
"""

from __future__ import annotations

from quoteattr.corpus import Result, extract_many
from quoteattr.group import SpeakerQuotes, by_speaker
from quoteattr.pipeline import Extractor, extract
from quoteattr.render import render_html
from quoteattr.types import Addressee, Quote, Span, Speaker, Verb

__all__ = [
    "Addressee", "Extractor", "Quote", "Result", "Span", "Speaker", "SpeakerQuotes", "Verb",
    "by_speaker", "extract", "extract_many", "render_html", "__version__",
]
__version__ = "0.1.0"
