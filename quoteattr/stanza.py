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

import functools
import os
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, Optional

import regex

from quoteattr.document import Document, Entity, Token
from quoteattr.frames import Frame, Item, Mention, Reported
from quoteattr.patterns import Patterns
from quoteattr.tokenize import paragraph_spans

__all__ = [
    "to_document",
    "dependency_frame",
    "dependency_reported",
    "merge_reported",
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


# --------------------------------------------------------------------------- the parse


class _Parse:
    """Children lists and subtree spans of a document's dependency parse."""

    __slots__ = ("doc", "tokens", "kids", "_span", "starts", "_ent")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        toks = doc.tokens or []
        self.tokens = toks
        self.kids: list[list[int]] = [[] for _ in toks]
        for i, t in enumerate(toks):
            if 0 <= t.head < len(toks) and t.head != i:
                self.kids[t.head].append(i)
        self._span: dict[int, tuple[int, int]] = {}
        self.starts = [t.start for t in toks]
        self._ent: Optional[dict[int, str]] = None

    def ent(self, i: int) -> str:
        """The entity type of token ``i`` ("" outside an entity)."""
        if self._ent is None:
            self._ent = {}
            for e in self.doc.entities or []:
                j = self.at(e.start)
                while j is not None and j < len(self.tokens) and self.tokens[j].start < e.end:
                    self._ent[j] = e.type
                    j += 1
        return self._ent.get(i, "")

    def span(self, i: int) -> tuple[int, int]:
        """Character span of token ``i``'s subtree."""
        got = self._span.get(i)
        if got is not None:
            return got
        # iterative post-order (deep parses must not hit the recursion limit)
        stack = [(i, False)]
        while stack:
            j, done = stack.pop()
            if j in self._span:
                continue
            if not done:
                stack.append((j, True))
                stack.extend((k, False) for k in self.kids[j] if k not in self._span)
                continue
            t = self.tokens[j]
            s, e = t.start, t.end
            for k in self.kids[j]:
                a, b = self._span[k]
                s, e = min(s, a), max(e, b)
            self._span[j] = (s, e)
        return self._span[i]

    def child(self, i: int, *rels: str) -> Optional[int]:
        for k in self.kids[i]:
            if self.tokens[k].deprel in rels:
                return k
        return None

    def at(self, pos: int) -> Optional[int]:
        """The token holding character ``pos``."""
        from bisect import bisect_right

        j = bisect_right(self.starts, pos) - 1
        if j >= 0 and self.tokens[j].start <= pos < self.tokens[j].end:
            return j
        return None


_last_parse: list[_Parse] = []


def _parse(doc: Document) -> Optional[_Parse]:
    """The parse of ``doc`` (cached for the last document), or None when it has no dependency relations."""
    if not doc.tokens or not any(t.deprel for t in doc.tokens):
        return None
    if _last_parse and _last_parse[0].doc is doc:
        return _last_parse[0]
    p = _Parse(doc)
    _last_parse[:] = [p]
    return p


# --------------------------------------------------------------------------- mentions and verbs

_NAME_RELS = frozenset({"compound", "flat", "flat:name", "det", "amod", "nummod", "nmod:poss", "compound:prt",
                        "case"})
_SUBJ_RELS = ("nsubj", "nsubj:outer", "csubj")
_CLIMB_RELS = frozenset({"xcomp", "conj", "advcl", "ccomp", "acl", "parataxis"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})


def _lemma(p: _Parse, i: int, pat: Optional[Patterns] = None) -> str:
    t = p.tokens[i]
    if t.lemma:
        return t.lemma.lower()
    low = t.text.lower()
    if pat is not None:
        got = pat.lex.lemma(low)
        if got:
            return got
    return low


def _mention(p: _Parse, i: int, pat: Optional[Patterns] = None) -> Mention:
    """The name phrase headed by token ``i``: its compound/flat/det/amod/possessive modifiers, contiguous."""
    toks = p.tokens
    lo = hi = i
    changed = True
    members = {i}
    while changed:
        changed = False
        for m in list(members):
            for k in p.kids[m]:
                if k in members:
                    continue
                rel = toks[k].deprel
                if rel in _NAME_RELS and not (rel == "case" and m == i):
                    if k == lo - 1 or k == hi + 1 or lo <= k <= hi:
                        members.add(k)
                        lo, hi = min(lo, k), max(hi, k)
                        changed = True
    # drop a possessive/punctuation edge, a leading determiner of a proper name
    while lo < hi and toks[lo].upos in ("PUNCT",):
        lo += 1
    while hi > lo and toks[hi].upos in ("PUNCT", "PART") and toks[hi].deprel in ("case", "punct"):
        hi -= 1
    s, e = toks[lo].start, toks[hi].end
    text = p.doc.text
    head = toks[i]
    if head.upos == "PRON" or (pat is not None and head.text.lower() in pat.lex.pronouns):
        kind = "pronoun"
        s, e = head.start, head.end
    elif head.upos == "PROPN" or (not head.upos and head.text[:1].isupper()):
        kind = "name"
        while lo < hi and toks[lo].upos == "DET":
            lo += 1
        s = toks[lo].start
    else:
        kind = "nominal"
    return Mention(s, e, text[s:e], kind)


def _subject(p: _Parse, v: int, pat: Optional[Patterns] = None) -> Optional[Mention]:
    """The speaker of verb ``v``: its subject, the agent of a passive, or the subject of the verb it hangs on."""
    toks = p.tokens
    j = v
    for _ in range(4):
        k = p.child(j, *_SUBJ_RELS)
        if k is not None:
            if toks[k].deprel == "csubj":
                return None
            return _mention(p, k, pat)
        for k in p.kids[j]:
            if toks[k].deprel in ("obl:agent", "obl", "nmod:agent"):
                if any(toks[c].deprel == "case" and toks[c].text.lower() == "by" for c in p.kids[k]):
                    return _mention(p, k, pat)
        if toks[j].deprel in ("acl", "acl:relcl") and toks[j].head >= 0 and toks[j].deprel == "acl":
            return _mention(p, toks[j].head, pat)  # "the statement issued by X", "officials saying ..."
        if toks[j].deprel in _CLIMB_RELS and toks[j].head >= 0:
            j = toks[j].head
            continue
        break
    return None


def _verb_of(p: _Parse, v: int, pat: Optional[Patterns] = None) -> tuple[int, int, str, str]:
    t = p.tokens[v]
    s, e = t.start, t.end
    # a phrasal particle right after the verb ("pointed out")
    for k in p.kids[v]:
        if p.tokens[k].deprel == "compound:prt" and p.tokens[k].start >= e and p.tokens[k].start - e <= 1:
            e = p.tokens[k].end
    return (s, e, p.doc.text[s:e], _lemma(p, v, pat))


# --------------------------------------------------------------------------- reported speech from the parse

_CONTENT_RELS = frozenset({"ccomp", "xcomp", "obj", "obl", "advcl", "parataxis", "dep", "nmod", "nsubj:pass",
                           "csubj:pass", "iobj", "acl", "conj"})
# a dependent of nominal content set off by a comma or dash: the writer's comment on it, not its words
# ("praised [the new law], which takes effect in May")
_COMMENT_RELS = frozenset({"acl:relcl", "appos", "acl"})
_COMMENT_SEP = frozenset({",", "—", "–", "(", "--"})
_CUE_UPOS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "PROPN"})
_EDGE = ",;:—–-(\u00a0 \t\n"


class _Cand:
    __slots__ = ("v", "lemma", "rel", "start", "end", "verb", "according", "child", "peers")

    def __init__(self, v: int, lemma: str, rel: str, start: int, end: int,
                 verb: tuple[int, int, str, str], according: Optional[int] = None,
                 child: Optional[int] = None) -> None:
        self.v, self.lemma, self.rel, self.start, self.end = v, lemma, rel, start, end
        self.verb, self.according, self.child = verb, according, child
        self.peers: list[str] = []  # features naming the other candidates of the same cue (_peer_features)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    if e > s and text[e - 1] == "." and e - s > 1 and text[e - 2] not in ".":
        e -= 1  # a sentence's full stop is not part of the reported content
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def _rel_key(p: _Parse, k: int) -> str:
    t = p.tokens[k]
    rel = t.deprel
    if rel in ("obl", "nmod", "advcl", "acl"):
        for c in p.kids[k]:
            if p.tokens[c].deprel in ("case", "mark") and p.tokens[c].start < t.start:
                return f"{rel}/{p.tokens[c].text.lower()}"
    return rel


_STOP_RIGHT = frozenset({"punct", "cc", "conj", "parataxis", "advcl"})
# a later dependent of the cue after a comma that the training split's content mostly leaves out
_COMMA_STOP = frozenset({"xcomp", "dep", "advmod", "acl"})


# a trailing aside set off by a comma or dash at any depth of the content: an apposition, a relative or
# adverbial clause the writer adds ("backed [a plan by Jane Roe], a lawyer who ...", "[it will pass], making ...")
_ASIDE_RELS = frozenset({"appos", "acl:relcl", "advcl", "dep"})


def _aside_cut(p: _Parse, k: int, s: int, e: int) -> int:
    """``e`` cut before the first comma or dash inside ``[s, e)`` that opens a subtree running to the content's
    end whose relation is an aside (:data:`_ASIDE_RELS`) and whose head lies inside the content."""
    toks = p.tokens
    i = bisect_left(p.starts, s)
    while i + 1 < len(toks) and toks[i].start < e:
        if toks[i].text in _COMMENT_SEP and toks[i].start > s:
            sep, first = toks[i].start, toks[i + 1].start
            m = i + 1  # the highest word of the subtree that opens at the separator or after it
            while toks[m].head >= 0 and toks[m].head != k and p.span(toks[m].head)[0] >= sep:
                m = toks[m].head
            h = toks[m].head
            if toks[m].deprel in _ASIDE_RELS and p.span(m)[0] in (sep, first) and p.span(m)[1] >= e - 1 \
                    and h >= 0 and s <= toks[h].start < e:
                return toks[i].start
        i += 1
    return e


def _content_span(p: _Parse, v: int, k: int) -> tuple[int, int]:
    """The content that dependent ``k`` of cue ``v`` spans: its subtree, less a leading preposition, and
    (content after the cue) with the cue's later dependents that the parse attached to the cue rather than
    to the content ("noted [a rally on Saturday] [in Sioux City]")."""
    toks = p.tokens
    s, e = p.span(k)
    kt = toks[k]
    if kt.deprel in ("obl", "nmod"):
        for c in p.kids[k]:
            if toks[c].deprel == "case" and toks[c].start <= s and toks[c].end < e:
                s = toks[c].end
    text = p.doc.text
    if kt.upos in ("NOUN", "PROPN", "PRON", "NUM"):
        for m in sorted(p.kids[k]):
            if toks[m].start <= kt.start or toks[m].deprel not in _COMMENT_RELS:
                continue
            ms, _me = p.span(m)
            j = bisect_left(p.starts, ms)  # the comma: the dependent's first token, or the one before it
            if j < len(toks) and toks[j].text not in _COMMENT_SEP:
                j -= 1
            if j > k and toks[j].text in _COMMENT_SEP:
                e = min(e, toks[j].start)
                break
    e = _aside_cut(p, k, s, e)
    if kt.start > toks[v].start:
        for m in sorted(p.kids[v]):
            rel = toks[m].deprel
            if toks[m].start < e or rel in _STOP_RIGHT:
                continue
            ms, me = p.span(m)
            if rel == "obl:tmod" or (rel in _COMMA_STOP and text[e:ms].strip() in (",", ";", "—", "–", "-")):
                break  # "said it on Monday", "backed it, saying ...": the cue's, not the content's
            e = max(e, me)
    return _trim(p.doc.text, s, e)


def _candidates(p: _Parse, pat: Optional[Patterns] = None) -> list[_Cand]:
    """Every (cue, content) pair the parse offers: a word, the relation of one of its dependents, the span."""
    toks = p.tokens
    text = p.doc.text
    out: list[_Cand] = []
    for v, t in enumerate(toks):
        low = t.text.lower()
        if low == "according" and t.head >= 0:
            x = t.head  # according to X: X hangs on the verb whose clause is the content
            h = toks[x].head
            if h < 0:
                continue
            hs, he = p.span(h)
            xs, xe = p.span(x)
            xs = min(xs, t.start)
            if xe <= toks[h].start:
                cs, ce = xe, he
            elif xs >= toks[h].end:
                cs, ce = hs, xs
            else:
                continue
            cs, ce = _trim(text, cs, ce)
            nxt = p.at(t.end + 1)
            ve = toks[nxt].end if nxt is not None and toks[nxt].text.lower() == "to" else t.end
            if ce > cs:
                out.append(_Cand(v, "according to", "^obl", cs, ce, (t.start, ve, text[t.start:ve], "according to"),
                                 according=x))
            continue
        if t.upos and t.upos not in _CUE_UPOS:
            continue
        if not p.kids[v] and t.deprel != "parataxis":
            continue
        lemma = _lemma(p, v, pat)
        verb = _verb_of(p, v, pat)
        for k in p.kids[v]:
            rel = toks[k].deprel
            if rel not in _CONTENT_RELS:
                continue
            cs, ce = _content_span(p, v, k)
            if ce - cs < 2:
                continue
            out.append(_Cand(v, lemma, _rel_key(p, k), cs, ce, verb, child=k))
        if t.deprel == "parataxis" and t.head >= 0:
            h = t.head
            hs, he = p.span(h)
            vs, ve = p.span(v)
            if vs > toks[h].end and ve >= he:
                cs, ce = hs, vs
            elif ve <= toks[h].start and vs <= hs:
                cs, ce = ve, he
            else:
                cs, ce = hs, he  # "The count, she insisted, was rigged": the tag sits inside the content
            cs, ce = _trim(text, cs, ce)
            if ce - cs >= 2:
                out.append(_Cand(v, lemma, "^parataxis", cs, ce, verb, child=h))
    _peer_features(out)
    return out


def _peer_features(cands: list[_Cand]) -> None:
    """What each pair's cue offers besides it: the relations of the cue's other candidate contents
    (``sib=``), how many there are (``nsib=``), and whether this content is the cue's longest or
    shortest (``lenrank=``) -- a cue with a clause and an object rarely reports the object."""
    by: dict[int, list[_Cand]] = {}
    for c in cands:
        by.setdefault(c.v, []).append(c)
    for group in by.values():
        lens = [c.end - c.start for c in group]
        lo, hi = min(lens), max(lens)
        for c in group:
            rels = sorted({o.rel for o in group if o is not c})
            n = c.end - c.start
            rank = "max" if n == hi else "min" if n == lo else "mid"
            c.peers = [f"sib={c.rel}|{r}" for r in rels] + [f"nsib={min(len(rels), 3)}|{c.rel}",
                                                            f"lenrank={rank}|{c.rel}"]


_LEX_REL = {"ccomp": "i", "parataxis": "d", "^parataxis": "d", "xcomp": "t", "obj": "n"}
_LEX_SCORE = {"i": 0.6, "d": 0.5, "t": 0.45, "n": 0.35}
THRESHOLD = 0.4  # chosen on held-out training documents (attribution F1; weights learned on the rest)
# a rules clause whose cue the parse pairs with (most of) the same content at a score below this is dropped
# (2-fold cross-validation on the training split: span F1 +0.001, attribution F1 +0.0006)
VETO = 0.1


def _score(c: _Cand, pat: Patterns) -> float:
    """Without weights: the lexicon's word on a cue and the relation of its content."""
    use = _LEX_REL.get(c.rel)
    uses = pat.lex.verb_uses.get(c.lemma, "")
    if use is not None and use in uses:
        return _LEX_SCORE[use]
    if c.rel == "ccomp" and "d" in uses:
        return 0.5
    return 0.0


_QUOTE_CHARS = frozenset("\"“”«»„‟")


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "3" if n <= 3 else "7" if n <= 7 else "15" if n <= 15 else "31" if n <= 31 else "L"


def _features(p: _Parse, c: _Cand, pat: Optional[Patterns] = None) -> list[str]:
    """The features of a (cue, content) pair that the weights of ``stanza_cues.tsv`` score."""
    toks = p.tokens
    t = toks[c.v]
    rel = c.rel
    lem = c.lemma
    feats = [f"lr={lem}|{rel}", f"l={lem}", f"r={rel}", f"u={t.upos}|{rel}", f"d={t.deprel}|{rel}",
             f"ld={lem}|{t.deprel}"]
    if pat is not None:
        uses = "".join(u for u in pat.lex.verb_uses.get(lem, "") if u in _WEIGHED_USES)
        feats.append(f"x={uses or '-'}|{rel}")
    k = c.child
    if k is not None:
        kt = toks[k]
        feats.append(f"cu={kt.upos}|{rel}")
        marks = [toks[m].text.lower() for m in p.kids[k] if toks[m].deprel in ("mark", "case")
                 and toks[m].start < kt.start]
        mark = marks[0] if marks else "-"
        feats.append(f"m={mark}|{rel}")
        feats.append(f"lm={lem}|{mark}")
        subj = any(toks[m].deprel.startswith("nsubj") or toks[m].deprel.startswith("csubj") for m in p.kids[k])
        feats.append(f"cs={int(subj)}|{rel}")
        feats.append(f"lcs={lem}|{int(subj)}|{kt.upos}")
    side = "a" if c.start >= t.end else "b" if c.end <= t.start else "i"
    feats.append(f"side={side}|{rel}")
    ntok = sum(1 for x in toks[max(0, c.v - 200):c.v + 200] if c.start <= x.start < c.end)
    feats.append(f"n={_bucket(ntok)}|{rel}")
    feats.append(f"n={_bucket(ntok)}")
    text = p.doc.text
    if any(ch in _QUOTE_CHARS for ch in text[c.start:c.end]) or "''" in text[c.start:c.end]:
        feats.append("q")
    subj_kind = "-"
    for j in p.kids[c.v]:
        r = toks[j].deprel
        if r in _SUBJ_RELS or r == "nsubj:pass":
            subj_kind = f"{r}/{toks[j].upos}"
            break
    feats.append(f"s={subj_kind}|{rel}")
    if any(toks[j].deprel == "neg" or toks[j].text.lower() in ("not", "n't", "never") for j in p.kids[c.v]):
        feats.append("neg")
    feats.append(f"lrs={lem}|{rel}|{side}")
    feats.append(f"lf={lem}|{t.text.lower()}")
    if k is not None:
        kl = _lemma(p, k, pat)
        feats.append(f"ch={kl}|{rel}")
        feats.append(f"lch={lem}|{kl}")
    for j in p.kids[c.v]:
        if toks[j].deprel == "obj" and j != k:
            feats.append(f"ol={_lemma(p, j, pat)}|{rel}")
            break
        if toks[j].deprel in ("aux", "aux:pass") and toks[j].start < t.start:
            feats.append(f"aux={toks[j].text.lower()}")
    h = t.head
    if h >= 0:
        feats.append(f"lh={lem}|{_lemma(p, h, pat)}")
        feats.append(f"hd={_lemma(p, h, pat)}|{t.deprel}|{rel}")
    else:
        feats.append(f"lh={lem}|-")
    ment = _mention(p, c.according, pat) if c.according is not None else _subject(p, c.v, pat)
    if ment is None:
        feats.append(f"sk=-|{rel}")
        feats.append(f"lsk={lem}|-")
    else:
        mi = p.at(ment.start)
        ner = ""
        if mi is not None:
            hi = mi
            while hi + 1 < len(toks) and toks[hi + 1].end <= ment.end:
                hi += 1
            ner = p.ent(hi) or p.ent(mi)
            if ment.kind == "nominal":
                feats.append(f"sl={_lemma(p, hi, pat)}")
        feats.append(f"sk={ment.kind}|{ner}|{rel}")
        feats.append(f"lsk={lem}|{ment.kind}|{ner}")
    words = text[c.start:c.end].split(None, 1)
    fw = words[0].lower() if words else "-"
    feats.append(f"fw={fw}|{rel}")
    feats.append(f"lfw={lem}|{fw}")
    feats.append(f"ls={lem}|{subj_kind}")
    lt = p.at(c.end - 1)
    if lt is not None:
        feats.append(f"lu={toks[lt].upos}")
    feats.extend(c.peers)
    return feats


@functools.cache
def _weights(language: str) -> dict[str, float]:
    """Feature weights of the pair classifier (``stanza_cues.tsv``: ``feature <TAB> weight``)."""
    from importlib import resources

    out: dict[str, float] = {}
    try:
        raw = (resources.files("quoteattr").joinpath("lexicons").joinpath(language)
               .joinpath("stanza_cues.tsv").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError):
        return out
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) == 2:
            try:
                out[cols[0]] = float(cols[1])
            except ValueError:
                continue
    return out


def _prob(p: _Parse, c: _Cand, pat: Patterns) -> Optional[float]:
    """How likely the pair is an attribution, by the weights; None without weights."""
    import math

    w = _weights(pat.lex.language)
    if not w:
        return None
    z = w.get("<bias>", 0.0) + sum(w.get(f, 0.0) for f in _features(p, c, pat))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_WEIGHED_USES = "dint"  # the lexicon's use letters the learned weights saw (not "o", which is about frames)


def _lexicon_score(c: _Cand, pat: Patterns) -> float:
    """A speech verb of the lexicon with a clause for content ("she insisted, ..."): reported speech."""
    if c.rel not in ("ccomp", "^parataxis"):
        return 0.0
    uses = pat.lex.verb_uses.get(c.lemma, "")
    return 0.5 if ("i" in uses or "d" in uses) else 0.0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def dependency_reported(doc: Document, items: list[Item], pat: Patterns,
                        threshold: Optional[float] = None) -> list[Reported]:
    """Indirect and mixed quotations from the parse: the content that a speech verb's dependent spans.

    ``items`` are the direct-quote items of the document: content never overlaps
    a direct quotation (``fragment=False``); content that holds a quoted
    fragment is ``"mixed"``. Returns [] for a document without dependency relations.
    """
    p = _parse(doc)
    if p is None:
        return []
    th = THRESHOLD if threshold is None else threshold
    direct = [(it.open_mark[0] if it.open_mark else it.start, it.close_mark[1] if it.close_mark else it.end)
              for it in items if not it.fragment and it.kind == "direct"]
    # fragments, and quoted words in a sentence that the rules took for a mixed quotation
    frags = [(it.open_mark[0] if it.open_mark else it.start, it.close_mark[1] if it.close_mark else it.end)
             for it in items if it.fragment or it.kind != "direct"]
    # where the verbs start that tag a direct quotation closed before them (“…,” Ramos said)
    tags = {it.frame.verb[0] for it in items if not it.fragment and it.kind == "direct" and it.frame is not None
            and it.frame.verb is not None and it.end <= it.frame.verb[0]}
    scored = []
    cues: dict[int, list[tuple[int, int, float]]] = {}
    for c in _candidates(p, pat):
        got = _prob(p, c, pat)
        sc = _score(c, pat) if got is None else max(got, _lexicon_score(c, pat))
        span = (c.start, c.end)
        if any(_overlaps(span, d) for d in direct):
            continue
        if c.verb[0] in tags and c.start >= c.verb[1] and (
                _TAG_TAIL.match(doc.text, c.start) is not None
                or c.verb[3] == "tell" and _TOLD_WHAT.match(doc.text, c.start) is None):
            # after the tag of a quotation, the tag's inverted subject ("said Ramos, whose new book …"), the
            # one told ("he told Reuters in a rare interview") or a phrase of time or place ("said the next
            # day"): no content of the verb's own
            continue
        if got is not None:
            cues.setdefault(c.verb[0], []).append((c.start, c.end, sc))
        if sc < th:
            continue
        scored.append((sc, c))
    scored.sort(key=lambda x: (-x[0], x[1].start))
    kept: list[tuple[float, _Cand]] = []
    for sc, c in scored:  # a cue may report more than one content ("said X and that Y"), never overlapping
        if any(_overlaps((c.start, c.end), (k.start, k.end)) for _, k in kept):
            continue
        kept.append((sc, c))
    out = []
    for sc, c in sorted(kept, key=lambda x: x[1].start):
        mention = _mention(p, c.according, pat) if c.according is not None else _subject(p, c.v, pat)
        kind = "mixed" if any(_overlaps((c.start, c.end), f) for f in frags) else "indirect"
        out.append(Reported(c.start, c.end, kind, c.verb, mention, round(min(0.95, 0.3 + sc * 0.6), 3)))
    return _Parsed(out, cues)


# what a content after a direct quotation's tag verb opens with when it is none: a capital (a name), an article
_TAG_TAIL = regex.compile(r"\p{Lu}|(?:the|a|an)(?![\p{L}\p{M}])")
# ... and what it opens with when the tag's "told" reports something besides the quotation ("told them that …")
_TOLD_WHAT = regex.compile(r"(?:that|how|why|what|whether|if)(?![\p{L}\p{M}])")


class _Parsed(list):  # type: ignore[type-arg]
    """The parse's reported clauses, with the scores of every content the parse offers each cue (keyed by
    the cue's start), which :func:`merge_reported` weighs the rules' clauses by."""

    def __init__(self, items: list[Reported], cues: dict[int, list[tuple[int, int, float]]]) -> None:
        super().__init__(items)
        self.cues = cues


def merge_reported(rules: list[Reported], parsed: list[Reported]) -> list[Reported]:
    """The rules' reported clauses and the parse's (:func:`dependency_reported`), without overlaps.

    The rules' clauses come first, but one that lies inside the content of a
    *different* cue of the parse, where that content overlaps no other of the
    rules' clauses, gives way to it: the rules took a verb of the reported
    clause for its cue ("said [the firm expects [to grow]]"). The parse's
    clauses that overlap none of what is left are added.

    Where ``parsed`` is what :func:`dependency_reported` returns (it carries
    the scores of every content the parse offers each cue), a rules clause
    whose cue the pair weights score below ``VETO`` with the content that
    overlaps the clause most is dropped first (a clause the rules read as
    speech where the parse sees "the club reserves [ten seats for members]").
    """
    cues = getattr(parsed, "cues", None)
    if cues:
        weighed = []
        for r in rules:
            got = [x for x in cues.get(r.verb[0], []) if x[0] < r.end and r.start < x[1]] if r.verb else []
            if got and max(got, key=lambda x: _jaccard((x[0], x[1]), (r.start, r.end)))[2] < VETO:
                continue
            weighed.append(r)
        rules = weighed
    kept = list(rules)
    for q in parsed:
        over = [r for r in kept if _overlaps((r.start, r.end), (q.start, q.end))]
        if len(over) != 1:
            continue
        r = over[0]
        if (r.start, r.end) == (q.start, q.end) and q.kind == "mixed" != r.kind:
            # the same clause, which the parse saw holds quoted words (the rules' quotation it replaced)
            kept[kept.index(r)] = q
            continue
        if (r.start, r.end) != (q.start, q.end) and q.start <= r.start and r.end <= q.end \
                and (r.verb is None or q.verb is None or r.verb[:2] != q.verb[:2]):
            kept[kept.index(r)] = q
    out = list(kept)
    for q in parsed:
        if not any(_overlaps((r.start, r.end), (q.start, q.end)) for r in kept):
            out.append(q)
    return sorted(out, key=lambda r: (r.start, r.end))


# --------------------------------------------------------------------------- direct quotations

_DIRECT_RELS = frozenset({"ccomp", "parataxis", "xcomp", "dep", "obj", "conj", "advcl", "nsubj", "csubj",
                          "root", "^parataxis", "^dep", "^conj", "^advcl", "^ccomp", "^punct"})


def _speech(p: _Parse, v: int, rel: str, pat: Patterns) -> float:
    """How surely word ``v`` is a speech verb whose ``rel`` dependent (or head) is a quotation."""
    uses = pat.lex.verb_uses.get(_lemma(p, v, pat))
    if uses is not None and ("d" in uses or "i" in uses):
        return 0.9
    return 0.0


def dependency_frame(doc: Document, item: Item, pat: Patterns) -> Optional[Frame]:
    """The speech verb that governs a direct quotation in the parse, and its subject.

    The verb either governs a word of the quotation (``X said, “…”``: the
    quotation is its ``ccomp``) or hangs on one (``“…,” X said``: the verb is a
    ``parataxis`` of the quotation's root). A quotation in the middle of a
    sentence (a would-be fragment) is framed only when it is the verb's whole
    clausal complement. Returns None where the parse offers no such verb with
    a subject (the rules frame the quotation then).
    """
    from bisect import bisect_left

    from quoteattr.frames import position

    p = _parse(doc)
    if p is None:
        return None
    toks = p.tokens
    a, b = item.start, item.end
    i0 = bisect_left(p.starts, a)
    inside = set()
    i = i0
    while i < len(toks) and toks[i].start < b:
        if toks[i].end <= b:
            inside.add(i)
        i += 1
    if not inside:
        return None
    ps, pe = doc.paragraphs[item.paragraph]
    qa = item.open_mark[0] if item.open_mark else a
    qb = item.close_mark[1] if item.close_mark else b
    cands: list[tuple[float, int, str, Optional[int]]] = []  # (distance, verb, relation, child)
    for j in inside:
        h = toks[j].head
        if h >= 0 and h not in inside and ps <= toks[h].start < pe and not qa <= toks[h].start < qb:
            rel = toks[j].deprel
            if rel in _DIRECT_RELS:
                cands.append((min(abs(toks[h].start - qb), abs(qa - toks[h].end)), h, rel, j))
    # verbs outside hanging on a word inside: “…,” X said (parataxis of the quotation's root)
    lo = max(0, i0 - 40)
    hi = min(len(toks), i + 40)
    for v in range(lo, hi):
        if v in inside or toks[v].head not in inside or not ps <= toks[v].start < pe:
            continue
        if qa <= toks[v].start < qb:
            continue
        rel = "^" + toks[v].deprel
        if rel in _DIRECT_RELS:
            cands.append((min(abs(toks[v].start - qb), abs(qa - toks[v].end)), v, rel, None))
    cands.sort()
    frag = position(doc, item) == "mid"
    for _dist, v, rel, child in cands:
        if _speech(p, v, rel, pat) < 0.5:
            continue
        if frag:
            if rel not in ("ccomp", "parataxis") or child is None:
                continue
            cs, ce = _trim(doc.text, *p.span(child))
            if (b - a) < 0.6 * (ce - cs) or cs < qa:
                continue  # words of the content outside the marks ("said that “…”"): a mixed quotation
        mention = _subject(p, v, pat)
        if mention is None or _overlaps((mention.start, mention.end), (qa, qb)):
            continue
        verb = _verb_of(p, v, pat)
        end = max(verb[1], mention.end)
        return Frame(verb, mention, "dep", end)
    return None


# --------------------------------------------------------------------------- models and pipelines


def _require_stanza() -> Any:
    try:
        import stanza
    except ImportError as err:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            'the stanza backend needs stanza: pip install "quoteattr[stanza]"'
        ) from err
    return stanza


def build_pipeline(model_dir: str | os.PathLike[str], processors: str | Sequence[str] = MODEL_FILES,
                   quote: bool = True, **kw: Any) -> Any:
    """A ``stanza.Pipeline`` from a local folder of English models; never downloads.

    ``model_dir`` holds one ``<processor>.pt`` per processor (``tokenize.pt``,
    ``mwt.pt``, ``pos.pt``, ``lemma.pt``, ``depparse.pt``, ``ner.pt``).
    ``quote=True`` appends quoteattr's ``quote`` processor, so the documents
    the pipeline returns carry ``doc.quotes``. Other keyword arguments go to
    ``stanza.Pipeline`` (``use_gpu=False``, ``quote_kinds=("direct",)``...).
    """
    if not isinstance(model_dir, (str, os.PathLike)):
        raise TypeError(f"model_dir must be a path, not {type(model_dir).__name__}")
    folder = os.fspath(model_dir)
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"no stanza model folder at {folder!r}; {_HOW_TO_GET}")
    procs = [p.strip() for p in (processors.split(",") if isinstance(processors, str) else processors)
             if p.strip() and p.strip() != "quote"]
    if not procs:
        raise ValueError("processors is empty: name at least 'tokenize'")
    missing = [f"{p}.pt" for p in procs if not os.path.isfile(os.path.join(folder, f"{p}.pt"))]
    if missing:
        raise FileNotFoundError(f"{folder!r} lacks {', '.join(missing)}; {_HOW_TO_GET}")
    stanza = _require_stanza()
    args: dict[str, Any] = {
        "lang": "en", "dir": folder, "download_method": None, "allow_unknown_language": True,
        "processors": ",".join(procs + (["quote"] if quote else [])),
        "logging_level": "WARN",
    }
    args.update({f"{p}_model_path": os.path.join(folder, f"{p}.pt") for p in procs})
    args.update(kw)
    return stanza.Pipeline(**args)


def download_models(dir: Optional[str | os.PathLike[str]] = None) -> str:
    """Download stanza's English models (``stanza.download("en")``) into ``dir``; needs internet access.

    Returns the folder. Raises ``RuntimeError`` with a clear message when the
    download fails (no network, a proxy, a full disk).
    """
    stanza = _require_stanza()
    folder = os.fspath(dir) if dir is not None else None
    kwargs: dict[str, Any] = {"logging_level": "WARN"}
    if folder is not None:
        kwargs["model_dir"] = folder
    try:
        stanza.download("en", **kwargs)
    except Exception as err:
        raise RuntimeError(
            f"could not download stanza's English models ({type(err).__name__}: {err}). This needs "
            "access to stanza's model hub (huggingface.co); on a machine without it, copy a model folder "
            "over and pass it to quoteattr.stanza.build_pipeline(folder)"
        ) from None
    if folder is None:
        from stanza.resources.common import DEFAULT_MODEL_DIR

        folder = str(DEFAULT_MODEL_DIR)
    return folder


# --------------------------------------------------------------------------- the stanza processor

from stanza.models.common.doc import Document as _StanzaDocument  # noqa: E402
from stanza.pipeline.processor import Processor, register_processor  # noqa: E402

if not hasattr(_StanzaDocument, "quotes"):
    def _set_quotes(self: Any, value: Any) -> None:
        self._quotes = value

    _StanzaDocument.add_property("quotes", default=None, getter=None, setter=_set_quotes)


@register_processor("quote")
class QuoteProcessor(Processor):  # type: ignore[misc]
    """Sets ``doc.quotes`` (a list of :class:`quoteattr.Quote`) on every document.

    Needs ``tokenize``; uses ``pos``, ``lemma``, ``depparse`` and ``ner`` when
    the pipeline has them. Options (``quote_<name>=`` in ``stanza.Pipeline``):
    ``kinds``, ``min_confidence``, ``dialogue_dashes`` -- those of
    :class:`quoteattr.Extractor`.
    """

    _requires = {"tokenize"}
    _provides = {"quote"}
    REQUIRES_DEFAULT = {"tokenize"}
    PROVIDES_DEFAULT = {"quote"}

    def __init__(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        from quoteattr.pipeline import Extractor

        opts: dict[str, Any] = {}
        for key in ("kinds", "min_confidence", "dialogue_dashes", "language"):
            if key in config:
                opts[key] = config[key]
        opts.setdefault("language", config.get("lang", "en") if config.get("lang") in ("en",) else "en")
        self._extractor: Optional[Extractor] = Extractor(**opts)
        super().__init__(config, pipeline, device)

    def _set_up_model(self, *args: Any) -> None:
        pass

    def mark_inactive(self) -> None:
        """Drop resources (stanza calls this when the pipeline's requirements are not met)."""
        self._extractor = None

    def process(self, doc: Any) -> Any:
        if self._extractor is None:
            raise RuntimeError("this quote processor was marked inactive")
        if doc.text is None:
            raise ValueError("the quote processor needs doc.text (the pipeline's input string)")
        doc.quotes = self._extractor.extract_document(to_document(doc)) if doc.text else []
        return doc
