"""The one internal document representation that every stage reads.

A :class:`Document` is the caller's text with its paragraphs and sentence
starts, computed once by :mod:`quoteattr.tokenize` (the regex producer) or by
:mod:`quoteattr.stanza` (from a ``stanza.Document``). Where a producer has
richer annotation (tokens with lemmas, UPOS, heads, entities) it fills
``tokens`` and ``entities``; the rules stages never need them.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

import attrs


@attrs.frozen(slots=True)
class Token:
    """A token with character offsets into the document text (stanza producer only)."""

    start: int
    end: int
    text: str
    lemma: str
    upos: str
    head: int  # index into the document's token list, -1 for the root
    deprel: str
    sentence: int


@attrs.frozen(slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: str


@attrs.define(slots=True)
class Document:
    text: str
    paragraphs: list[tuple[int, int]]
    sentence_starts: list[int]
    tokens: Optional[list[Token]] = None
    entities: Optional[list[Entity]] = None
    _para_starts: list[int] = attrs.field(init=False, factory=list)

    def __attrs_post_init__(self) -> None:
        self._para_starts = [s for s, _ in self.paragraphs]

    def paragraph_of(self, pos: int) -> int:
        """Index of the paragraph holding ``pos`` (the last one starting at or before it)."""
        i = bisect_right(self._para_starts, pos)
        return i - 1 if i else 0

    def sentence_of(self, pos: int) -> int:
        i = bisect_right(self.sentence_starts, pos)
        return i - 1 if i else 0

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence that holds ``pos``, never before its paragraph."""
        i = bisect_right(self.sentence_starts, pos) - 1
        s = self.sentence_starts[i] if i >= 0 else 0
        return max(s, self.paragraphs[self.paragraph_of(pos)][0] if self.paragraphs else 0)
