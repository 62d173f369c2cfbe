"""The stanza backend: a ``stanza.Document``'s sentences, tokens, lemmas, UPOS,
entities and dependency parses feeding quoteattr's detector and resolver.

Importing this module imports stanza (an optional extra: ``pip install
"quoteattr[stanza]"``) and registers a stanza processor named ``"quote"``::

    import stanza
    import quoteattr.stanza  # registers the "quote" processor
    nlp = stanza.Pipeline("en", processors="tokenize,mwt,pos,lemma,depparse,ner,quote")
    doc = nlp(text)
    doc.quotes  # list[quoteattr.Quote], offsets into doc.text

``import quoteattr`` never imports this module; :func:`quoteattr.extract`
imports it lazily when it is given a ``stanza.Document``.

What each annotation is used for (and what happens without it):

* sentences and token offsets: sentence starts (required; a document without
  ``start_char``/``end_char`` offsets is rejected with a ``ValueError``);
* dependency relations (``depparse``): the speech verb that governs a quotation
  or a reported clause, its subject (the whole name phrase), and the reported
  content (the verb's clausal complement). Without them the rules frame
  quotations and no reported speech is found from the parse;
* lemmas (``lemma``): the verb's lemma; without them the lexicon's inflected
  forms are looked up;
* UPOS (``pos``): pronoun / name / nominal mention kinds; without it the
  mention kind comes from the lexicon;
* entities (``ner``): PERSON / ORG entities are speaker candidates; without them
  the rules' capitalised-name scan is used alone.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Optional

from quoteattr.document import Document, Entity, Token
from quoteattr.frames import Frame, Item, Mention, Reported
from quoteattr.patterns import Patterns
from quoteattr.tokenize import paragraph_spans

__all__ = [
    "to_document",
    "dependency_frame",
    "dependency_reported",
    "build_pipeline",
    "download_models",
    "QuoteProcessor",
    "MODEL_FILES",
]

MODEL_FILES = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
_HOW_TO_GET = (
    "get English stanza models with `python -m quoteattr download [DIR]` on a machine with internet "
    "access (it wraps stanza.download('en')), or pass the folder of a local copy"
)


# --------------------------------------------------------------------------- the document


def to_document(sdoc: Any) -> Document:
    """quoteattr's internal :class:`Document` for a ``stanza.Document``.

    Offsets refer to ``sdoc.text``. Annotations the document lacks (no lemmas,
    no parse, no entities) are left empty and the rules stand in for them.
    """
    text = getattr(sdoc, "text", None)
    sentences = getattr(sdoc, "sentences", None)
    if sentences is None:
        raise TypeError(f"expected a stanza.Document, got {type(sdoc).__name__}")
    if not isinstance(text, str):
        raise ValueError(
            "this stanza.Document has no text (doc.text is None); set doc.text to the original string "
            "(CoNLL.conll2doc does not restore it) so that offsets can refer to it"
        )
    n = len(text)
    tokens: list[Token] = []
    starts: list[int] = []
    has_parse = False
    for si, sent in enumerate(sentences):
        base = len(tokens)
        words: list[tuple[int, int, Any]] = []
        for tok in sent.tokens:
            ts, te = tok.start_char, tok.end_char
            if ts is None or te is None:
                raise ValueError(
                    f"sentence {si}: token {tok.text!r} has no start_char/end_char; quoteattr needs the "
                    "character offsets that stanza's tokenizer (or CoNLL-U MISC start_char/end_char) gives"
                )
            if not (0 <= ts <= te <= n):
                raise ValueError(
                    f"sentence {si}: token {tok.text!r} has offsets [{ts}, {te}) outside doc.text "
                    f"(length {n}); is doc.text the string this document was made from?"
                )
            for w in tok.words:
                ws, we = getattr(w, "start_char", None), getattr(w, "end_char", None)
                if ws is None or we is None or not (ts <= ws <= we <= te):
                    ws, we = ts, te  # a word of a multi-word token: the token's span
                words.append((ws, we, w))
        if not words:
            continue
        starts.append(words[0][0])
        for ws, we, w in words:
            head = getattr(w, "head", None)
            deprel = getattr(w, "deprel", None) or ""
            if head is not None and deprel:
                has_parse = True
            g = base + head - 1 if isinstance(head, int) and head > 0 else -1
            if g >= base + len(words):
                g = -1
            tokens.append(Token(
                start=ws, end=we, text=text[ws:we], lemma=(getattr(w, "lemma", None) or ""),
                upos=(getattr(w, "upos", None) or ""), head=g, deprel=deprel if head is not None else "",
                sentence=len(starts) - 1,
            ))
    paras = paragraph_spans(text)
    sent_starts = sorted({s for s, _ in paras} | set(starts))
    entities: list[Entity] = []
    try:
        ents = sdoc.ents
    except Exception:  # pragma: no cover - a document without an entity layer
        ents = []
    for e in ents or []:
        es, ee = getattr(e, "start_char", None), getattr(e, "end_char", None)
        if es is None or ee is None or not 0 <= es <= ee <= n:
            continue
        entities.append(Entity(es, ee, text[es:ee], str(getattr(e, "type", ""))))
    _ = has_parse
    return Document(text=text, paragraphs=paras, sentence_starts=sent_starts, tokens=tokens,
                    entities=entities)
