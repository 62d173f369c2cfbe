"""A document's speakers with their quotations: :func:`by_speaker`.

>>> import quoteattr
>>> text = "“We are ready,” Ines Vidal said. “Are you?” asked Tom. “Quite,” she said."
>>> [(s.name, len(s.quotes)) for s in quoteattr.by_speaker(quoteattr.extract(text))]
[('Ines Vidal', 2), ('Tom', 1)]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional, Union

import attrs

from quoteattr.types import Quote


@attrs.frozen(slots=True)
class SpeakerQuotes:
    """One speaker of a document and every quotation attributed to them, in document order.

    ``name`` is the canonical name (``None`` for the quotations nobody is named for), ``entity`` the
    speaker's entity id where it has one (the ``Speaker.entity`` its quotes share)."""

    name: Optional[str]
    entity: Optional[int]
    quotes: tuple[Quote, ...]

    @property
    def utterances(self) -> int:
        """How many utterances: the parts of one interrupted quotation count once."""
        return len({q.quote_id for q in self.quotes})


def by_speaker(quotes: Iterable[Quote], *, unattributed: bool = True) -> list[SpeakerQuotes]:
    """Group one document's quotations by speaker, in the order each speaker first speaks.

    Quotes of the same entity go together, whatever mention ("he", "Vidal") attributed them; speakers
    without an entity (a nominal, the narrator) go together by name. The quotations with no speaker come
    last under ``name=None`` unless ``unattributed=False``. The quotes must come from one document, since
    entity ids are per document.
    """
    groups: dict[Union[tuple[str, int], tuple[str, str]], list[Quote]] = {}
    names: dict[Union[tuple[str, int], tuple[str, str]], tuple[Optional[str], Optional[int]]] = {}
    none: list[Quote] = []
    for q in quotes:
        if not isinstance(q, Quote):
            raise TypeError(f"by_speaker() takes Quote objects, got {type(q).__name__}")
        sp = q.speaker
        if sp is None:
            none.append(q)
            continue
        key: Union[tuple[str, int], tuple[str, str]] = ("e", sp.entity) if sp.entity is not None else ("n", sp.name)
        if key not in groups:
            groups[key] = []
            names[key] = (sp.name, sp.entity)
        groups[key].append(q)
    out = [SpeakerQuotes(names[k][0], names[k][1], tuple(sorted(v, key=lambda q: (q.start, q.end))))
           for k, v in groups.items()]
    out.sort(key=lambda s: s.quotes[0].start)
    if none and unattributed:
        out.append(SpeakerQuotes(None, None, tuple(sorted(none, key=lambda q: (q.start, q.end)))))
    return out
