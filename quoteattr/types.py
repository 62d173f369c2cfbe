"""The typed results of quoteattr: :class:`Quote`, :class:`Speaker`, :class:`Addressee`, :class:`Verb`, :class:`Span`.

Every class is an attrs class, frozen and slotted, with validators. Offsets are
Python ``str`` (code point) offsets into the caller's own string, end-exclusive,
so ``source[x.start:x.end] == x.text`` holds for every span returned.
"""

from __future__ import annotations

from typing import Any, Literal, Optional, TypeVar

import attrs

_T = TypeVar("_T")
Kind = Literal["direct", "indirect", "mixed"]
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
MentionKind = Literal["name", "pronoun", "nominal", "narrator"]
MENTION_KINDS: tuple[str, ...] = ("name", "pronoun", "nominal", "narrator")


def _non_negative(_inst: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _check_span(inst: Any) -> None:
    if inst.end < inst.start:
        raise ValueError(f"end ({inst.end}) must be >= start ({inst.start})")
    if len(inst.text) != inst.end - inst.start:
        raise ValueError(
            f"text has {len(inst.text)} characters but the span [{inst.start}, {inst.end}) covers "
            f"{inst.end - inst.start}"
        )


def _unit_interval(_inst: Any, attribute: attrs.Attribute[Any], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must lie in [0, 1], got {value}")


_int = [attrs.validators.instance_of(int), _non_negative]


@attrs.frozen(slots=True)
class Span:
    """A piece of the source text: ``source[start:end] == text``."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)

    def __attrs_post_init__(self) -> None:
        _check_span(self)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(text=d["text"], start=d["start"], end=d["end"])


@attrs.frozen(slots=True)
class Verb:
    """The speech (or attribution) cue of a quote: ``said``, ``told``, ``according to``."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    lemma: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)

    def __attrs_post_init__(self) -> None:
        _check_span(self)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "lemma": self.lemma, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Verb:
        return cls(text=d["text"], lemma=d["lemma"], start=d["start"], end=d["end"])


@attrs.frozen(slots=True)
class Speaker:
    """Who said it.

    ``name`` is the canonical name of the speaker's entity (its most complete
    proper name: "Jens Stoltenberg" also when this quote's mention is "he").
    ``start``/``end``/``text`` are the mention that attributes *this* quote (the
    pronoun itself where it is one); they are ``None`` when the speaker was
    inferred without a mention of its own (dialogue turn-taking, a continuing
    speaker). ``entity`` is an id shared by every quote of the same speaker in
    one document.
    """

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: Optional[int] = attrs.field(default=None, validator=attrs.validators.optional(_int))
    end: Optional[int] = attrs.field(default=None, validator=attrs.validators.optional(_int))
    text: Optional[str] = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str)))
    kind: str = attrs.field(default="name", validator=attrs.validators.in_(MENTION_KINDS))
    entity: Optional[int] = attrs.field(default=None, validator=attrs.validators.optional(_int))
    confidence: float = attrs.field(default=1.0, converter=float, validator=_unit_interval)

    def __attrs_post_init__(self) -> None:
        have = (self.start is not None, self.end is not None, self.text is not None)
        if any(have) and not all(have):
            raise ValueError("a speaker mention needs start, end and text together (or none of them)")
        if self.start is not None:
            _check_span(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "start": self.start, "end": self.end, "text": self.text,
            "kind": self.kind, "entity": self.entity, "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Speaker:
        return cls(
            name=d["name"], start=d.get("start"), end=d.get("end"), text=d.get("text"),
            kind=d.get("kind", "name"), entity=d.get("entity"), confidence=d.get("confidence", 1.0),
        )


@attrs.frozen(slots=True)
class Addressee:
    """Whom a quotation speaks to, where it names them: ``“Mary, come here.”``, ``“Is it, Lizzy?”``,
    ``“… my dear Watson …”``.

    ``start``/``end``/``text`` are the name inside the quotation; ``name`` is
    the canonical name of its entity, and ``entity`` the id that the speakers
    of the same document use, so a conversation's who-speaks-to-whom can be
    read off the quotes.
    """

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    entity: Optional[int] = attrs.field(default=None, validator=attrs.validators.optional(_int))

    def __attrs_post_init__(self) -> None:
        _check_span(self)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "end": self.end, "text": self.text, "entity": self.entity}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Addressee:
        return cls(name=d["name"], start=d["start"], end=d["end"], text=d["text"], entity=d.get("entity"))


@attrs.frozen(slots=True)
class Quote:
    """One quotation (or one contiguous part of an interrupted one).

    ``text``/``start``/``end`` cover the content without the quote marks;
    ``open_mark``/``close_mark`` are the marks themselves where there are any
    (a dialogue dash is an ``open_mark``). Parts of one interrupted quotation
    (``“A,” he said, “B.”``) share ``quote_id`` and are numbered by ``part``.
    ``addressee`` is whom a direct quotation speaks to, where it names them
    (every part of an interrupted quotation carries the same one).
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)
    kind: str = attrs.field(default="direct", validator=attrs.validators.in_(KINDS))
    speaker: Optional[Speaker] = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Speaker))
    )
    verb: Optional[Verb] = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Verb))
    )
    open_mark: Optional[Span] = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    close_mark: Optional[Span] = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    paragraph: int = attrs.field(default=0, validator=_int)
    sentence: int = attrs.field(default=0, validator=_int)
    quote_id: int = attrs.field(default=0, validator=_int)
    part: int = attrs.field(default=0, validator=_int)
    confidence: float = attrs.field(default=1.0, converter=float, validator=_unit_interval)
    addressee: Optional[Addressee] = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Addressee))
    )

    def __attrs_post_init__(self) -> None:
        _check_span(self)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # pickled as plain tuples: six times cheaper to pickle than the attrs default, which matters
        # where quotes cross process boundaries (extract_many with processes > 1)
        return _quote_from_state, (_quote_state(self),)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` reads it back to an equal Quote."""
        return {
            "text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "verb": self.verb.to_dict() if self.verb else None,
            "open_mark": self.open_mark.to_dict() if self.open_mark else None,
            "close_mark": self.close_mark.to_dict() if self.close_mark else None,
            "paragraph": self.paragraph, "sentence": self.sentence,
            "quote_id": self.quote_id, "part": self.part, "confidence": self.confidence,
            "addressee": self.addressee.to_dict() if self.addressee else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        def opt(key: str, typ: Any) -> Any:
            v = d.get(key)
            return typ.from_dict(v) if v is not None else None

        return cls(
            text=d["text"], start=d["start"], end=d["end"], kind=d.get("kind", "direct"),
            speaker=opt("speaker", Speaker), verb=opt("verb", Verb),
            open_mark=opt("open_mark", Span), close_mark=opt("close_mark", Span),
            paragraph=d.get("paragraph", 0), sentence=d.get("sentence", 0),
            quote_id=d.get("quote_id", 0), part=d.get("part", 0), confidence=d.get("confidence", 1.0),
            addressee=opt("addressee", Addressee),
        )


# Instances built without running validators, from the slots' own setters called in a row: for values the
# pipeline itself derived from the text (the property tests re-validate them through ``from_dict``), three
# times faster than a loop over keyword arguments, for every result of every extract call
_QUOTE_FIELDS = tuple(f.name for f in attrs.fields(Quote))
_SPEAKER_FIELDS = tuple(f.name for f in attrs.fields(Speaker))
_VERB_FIELDS = tuple(f.name for f in attrs.fields(Verb))
_SPAN_FIELDS = tuple(f.name for f in attrs.fields(Span))
_ADDRESSEE_FIELDS = tuple(f.name for f in attrs.fields(Addressee))
_QUOTE_SET = tuple(Quote.__dict__[n].__set__ for n in _QUOTE_FIELDS)
_SPEAKER_SET = tuple(Speaker.__dict__[n].__set__ for n in _SPEAKER_FIELDS)
_VERB_SET = tuple(Verb.__dict__[n].__set__ for n in _VERB_FIELDS)
_SPAN_SET = tuple(Span.__dict__[n].__set__ for n in _SPAN_FIELDS)
_ADDRESSEE_SET = tuple(Addressee.__dict__[n].__set__ for n in _ADDRESSEE_FIELDS)


def _quote_unchecked(text: str, start: int, end: int, kind: str, speaker: Optional[Speaker], verb: Optional[Verb],
                     open_mark: Optional[Span], close_mark: Optional[Span], paragraph: int, sentence: int,
                     quote_id: int, part: int, confidence: float, addressee: Optional[Addressee] = None) -> Quote:
    """A Quote built without validators, every field given in order."""
    q = object.__new__(Quote)
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13 = _QUOTE_SET
    s0(q, text)
    s1(q, start)
    s2(q, end)
    s3(q, kind)
    s4(q, speaker)
    s5(q, verb)
    s6(q, open_mark)
    s7(q, close_mark)
    s8(q, paragraph)
    s9(q, sentence)
    s10(q, quote_id)
    s11(q, part)
    s12(q, confidence)
    s13(q, addressee)
    return q


def _speaker_unchecked(name: str, start: Optional[int], end: Optional[int], text: Optional[str], kind: str,
                       entity: Optional[int], confidence: float) -> Speaker:
    """A Speaker built without validators, every field given in order."""
    sp = object.__new__(Speaker)
    s0, s1, s2, s3, s4, s5, s6 = _SPEAKER_SET
    s0(sp, name)
    s1(sp, start)
    s2(sp, end)
    s3(sp, text)
    s4(sp, kind)
    s5(sp, entity)
    s6(sp, confidence)
    return sp


def _verb_unchecked(text: str, lemma: str, start: int, end: int) -> Verb:
    """A Verb built without validators, every field given in order."""
    v = object.__new__(Verb)
    s0, s1, s2, s3 = _VERB_SET
    s0(v, text)
    s1(v, lemma)
    s2(v, start)
    s3(v, end)
    return v


def _addressee_unchecked(name: str, start: int, end: int, text: str, entity: Optional[int]) -> Addressee:
    """An Addressee built without validators, every field given in order."""
    return _fill(_new(Addressee), _ADDRESSEE_SET, (name, start, end, text, entity))


def _span_unchecked(text: str, start: int, end: int) -> Span:
    """A Span built without validators, every field given in order."""
    sp = object.__new__(Span)
    s0, s1, s2 = _SPAN_SET
    s0(sp, text)
    s1(sp, start)
    s2(sp, end)
    return sp


def _quote_state(q: Quote) -> tuple[Any, ...]:
    sp, v, om, cm, ad = q.speaker, q.verb, q.open_mark, q.close_mark, q.addressee
    return (
        q.text, q.start, q.end, q.kind,
        (sp.name, sp.start, sp.end, sp.text, sp.kind, sp.entity, sp.confidence) if sp is not None else None,
        (v.text, v.lemma, v.start, v.end) if v is not None else None,
        (om.text, om.start, om.end) if om is not None else None,
        (cm.text, cm.start, cm.end) if cm is not None else None,
        q.paragraph, q.sentence, q.quote_id, q.part, q.confidence,
        (ad.name, ad.start, ad.end, ad.text, ad.entity) if ad is not None else None,
    )


_new = object.__new__


def _fill(obj: _T, setters: tuple[Any, ...], values: Any) -> _T:
    for put, value in zip(setters, values):
        put(obj, value)
    return obj


def _quote_from_state(state: tuple[Any, ...]) -> Quote:
    """Inverse of :func:`_quote_state` (the state came from a valid Quote, so no validator runs)."""
    sp, v, om, cm = state[4], state[5], state[6], state[7]
    values = list(state)
    if sp is not None:
        values[4] = _fill(_new(Speaker), _SPEAKER_SET, sp)
    if v is not None:
        values[5] = _fill(_new(Verb), _VERB_SET, v)
    if om is not None:
        values[6] = _fill(_new(Span), _SPAN_SET, om)
    if cm is not None:
        values[7] = _fill(_new(Span), _SPAN_SET, cm)
    if values[13] is not None:
        values[13] = _fill(_new(Addressee), _ADDRESSEE_SET, values[13])
    return _fill(_new(Quote), _QUOTE_SET, values)
