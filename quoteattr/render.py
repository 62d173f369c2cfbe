"""An HTML view of quotations and their speakers: :func:`render_html`.

The page is one standalone document (inline CSS, no scripts, no external
assets). The source text is shown whole, whitespace kept; every quotation is
highlighted in its speaker's colour (one colour per speaker entity), its quote
marks, speaker mention and speech verb are marked, and a legend lists the
speakers. Hovering any highlight shows its kind, speaker and confidence.

Every highlight element carries ``data-start``/``data-end``: its text content is
exactly ``text[start:end]``, and the document container's text content is
exactly ``text``. All input is escaped.
"""

from __future__ import annotations

import colorsys
import heapq
import html
from collections.abc import Sequence
from typing import Optional, Union

from quoteattr.types import Quote

__all__ = ["render_html"]

# light backgrounds for the first speakers, hand-picked to be told apart; later ones use the golden angle
_HUES = (210, 30, 130, 280, 0, 55, 180, 320, 95, 245, 15, 160)
_UNATTRIBUTED = "unattributed"

# span layers, in nesting preference (outer first when two spans cover the same characters)
_QUOTE, _MARK, _SPEAKER, _VERB = 0, 1, 2, 3

_CSS = """
:root { color-scheme: light; }
body { font: 16px/1.7 Georgia, "DejaVu Serif", serif; color: #222; background: #fafafa; margin: 0; }
header, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1.2rem; }
h1 { font: 600 1.35rem/1.3 system-ui, "DejaVu Sans", sans-serif; margin: 1.2rem 0 0.3rem; }
.summary { font: 0.9rem system-ui, "DejaVu Sans", sans-serif; color: #555; margin: 0 0 0.8rem; }
.legend { font: 0.85rem/1.4 system-ui, "DejaVu Sans", sans-serif; display: flex; flex-wrap: wrap;
  gap: 0.35rem 0.9rem; list-style: none; padding: 0.6rem 0.8rem; margin: 0 0 1rem;
  background: #fff; border: 1px solid #ddd; border-radius: 6px; }
.legend li { display: flex; align-items: center; gap: 0.35rem; }
.swatch { display: inline-block; width: 0.95rem; height: 0.95rem; border-radius: 3px;
  background: var(--bg); border: 2px solid var(--fg); box-sizing: border-box; }
.legend .count { color: #777; }
.key { font: 0.8rem system-ui, "DejaVu Sans", sans-serif; color: #555; margin: 0 0 1rem; }
.key span { margin-right: 0.8rem; }
.doc { white-space: pre-wrap; overflow-wrap: break-word; background: #fff; border: 1px solid #ddd;
  border-radius: 6px; padding: 1rem 1.2rem; margin-bottom: 2rem; }
.q { background: var(--bg); border-bottom: 2px solid var(--fg); border-radius: 2px; }
.q.indirect { background: transparent; border-bottom-style: dashed; }
.q.mixed { border-bottom-style: dotted; }
.q:hover, .spk:hover, .verb:hover, .qm:hover { outline: 2px solid var(--fg); }
.qm { color: var(--fg); font-weight: bold; }
.spk { color: var(--fg); font-weight: bold; border: 1.5px solid var(--fg); border-radius: 3px;
  padding: 0 1px; background: #fff; }
.verb { font-style: italic; text-decoration: underline wavy var(--fg); text-underline-offset: 3px; }
.u { --bg: #e4e4e4; --fg: #777; }
footer { font: 0.75rem system-ui, "DejaVu Sans", sans-serif; color: #888; padding-bottom: 1.5rem; }
"""


def _colour(i: int) -> tuple[str, str]:
    """Background and foreground colour of speaker number ``i``."""
    hue = _HUES[i] if i < len(_HUES) else (i * 137.508) % 360
    bg = _hsl(hue, 0.85, 0.86 if i < len(_HUES) else 0.84)
    fg = _hsl(hue, 0.65, 0.36)
    return bg, fg


def _hsl(h: float, s: float, lum: float) -> str:
    r, g, b = colorsys.hls_to_rgb(h / 360.0, lum, s)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def _esc(s: str) -> str:
    """Escape for element content and attribute values; keeps the character count the browser sees."""
    out = html.escape(s, quote=True)
    if "\r" in out:
        out = out.replace("\r", "&#13;")  # a raw CR (or CRLF) would be normalised to LF by the parser
    return out


def _clean(s: str) -> str:
    """Replace what cannot be written as UTF-8 or survive HTML parsing by U+FFFD, one for one."""
    if s.isascii() and "\x00" not in s:
        return s
    return "".join("\ufffd" if c == "\x00" or "\ud800" <= c <= "\udfff" else c for c in s)


def _check(text: object, quotes: object, title: object) -> list[Quote]:
    if not isinstance(text, str):
        raise TypeError(f"render_html() takes the text as a str, not {type(text).__name__}")
    if isinstance(quotes, (str, bytes)) or not isinstance(quotes, Sequence):
        raise TypeError(f"render_html() takes a sequence of Quote objects, not {type(quotes).__name__}")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title must be a str or None, not {type(title).__name__}")
    out = list(quotes)
    for k, q in enumerate(out):
        if not isinstance(q, Quote):
            hint = " (read dicts back with Quote.from_dict)" if isinstance(q, dict) else ""
            raise TypeError(f"quotes[{k}] is a {type(q).__name__}, not a Quote{hint}")
        spans: list[tuple[str, int, int, Optional[str]]] = [("quote", q.start, q.end, q.text)]
        if q.open_mark is not None:
            spans.append(("open mark", q.open_mark.start, q.open_mark.end, q.open_mark.text))
        if q.close_mark is not None:
            spans.append(("close mark", q.close_mark.start, q.close_mark.end, q.close_mark.text))
        if q.speaker is not None and q.speaker.start is not None and q.speaker.end is not None:
            spans.append(("speaker", q.speaker.start, q.speaker.end, q.speaker.text))
        if q.verb is not None:
            spans.append(("verb", q.verb.start, q.verb.end, q.verb.text))
        for what, s, e, t in spans:
            if e > len(text) or text[s:e] != t:
                raise ValueError(
                    f"quotes[{k}]: its {what} [{s}, {e}) {t!r} is not in this text "
                    f"(text[{s}:{e}] == {text[s:e]!r}); render the text the quotes were extracted from"
                )
    return out


def _speaker_key(q: Quote) -> Union[tuple[str, int], tuple[str, str]]:
    sp = q.speaker
    if sp is None:
        return ("u", _UNATTRIBUTED)
    if sp.entity is not None:
        return ("e", sp.entity)
    return ("n", sp.name)


def _tooltip(q: Quote) -> str:
    lines = [f"{q.kind} quotation #{q.quote_id + 1}" + (f", part {q.part + 1}" if q.part else "")]
    sp = q.speaker
    if sp is None:
        lines.append("speaker: unattributed")
    else:
        how = sp.kind if sp.text is None else f"{sp.kind} “{sp.text}”"
        if sp.start is None:
            how += ", inferred without a mention"
        lines.append(f"speaker: {sp.name} ({how}; confidence {sp.confidence:.2f})")
    if q.verb is not None:
        lines.append(f"verb: {q.verb.text} ({q.verb.lemma})")
    if q.addressee is not None:
        lines.append(f"to: {q.addressee.name}")
    lines.append(f"confidence {q.confidence:.2f}; offsets [{q.start}, {q.end})")
    return "\n".join(lines)


def render_html(text: str, quotes: Sequence[Quote], *, title: Optional[str] = None) -> str:
    """A complete standalone HTML document showing ``text`` with ``quotes`` highlighted.

    ``quotes`` are :class:`~quoteattr.types.Quote` objects extracted from this
    very ``text`` (every span is checked: a mismatch raises ``ValueError``).
    Each speaker entity gets one colour (a speaker without an entity id is
    coloured by name; quotes without a speaker are grey, "unattributed").
    The legend counts quotations (parts sharing a ``quote_id`` count once).
    ``title`` defaults to ``"quoteattr"``. Runs in time linear in the text plus
    ``n log n`` in the number of quotes.
    """
    qs = _check(text, quotes, title)
    page_title = "quoteattr" if title is None else title

    # speakers in order of first appearance; unattributed last
    order: dict[Union[tuple[str, int], tuple[str, str]], int] = {}
    names: dict[Union[tuple[str, int], tuple[str, str]], str] = {}
    counts: dict[Union[tuple[str, int], tuple[str, str]], set[int]] = {}  # quotations (not parts)
    for q in qs:
        key = _speaker_key(q)
        if key[0] != "u" and key not in order:
            order[key] = len(order)
            names[key] = q.speaker.name if q.speaker is not None else _UNATTRIBUTED
        counts.setdefault(key, set()).add(q.quote_id)

    def cls(q: Quote) -> str:
        key = _speaker_key(q)
        return "u" if key[0] == "u" else f"s{order[key]}"

    # spans: (start, end, layer, tag-open-string); speaker and verb spans shared by quotes are merged
    spans: dict[tuple[int, int, int], list[str]] = {}
    attrs_of: dict[tuple[int, int, int], str] = {}
    for q in qs:
        c = cls(q)
        tip = _tooltip(q)
        sp = q.speaker
        who = _UNATTRIBUTED if sp is None else sp.name
        key3 = (q.start, q.end, _QUOTE)
        spans.setdefault(key3, []).append(tip)
        attrs_of[key3] = (
            f'class="q {q.kind} {c}" data-kind="{q.kind}" data-quote-id="{q.quote_id}" '
            f'data-part="{q.part}" data-speaker="{_esc(_clean(who))}"'
        )
        for mark in (q.open_mark, q.close_mark):
            if mark is not None:
                k = (mark.start, mark.end, _MARK)
                spans.setdefault(k, []).append(tip)
                attrs_of.setdefault(k, f'class="qm {c}"')
        if sp is not None and sp.start is not None and sp.end is not None:
            k = (sp.start, sp.end, _SPEAKER)
            spans.setdefault(k, []).append(f"speaker {sp.name} ({sp.kind}) of quotation #{q.quote_id + 1}")
            attrs_of.setdefault(k, f'class="spk {c}" data-speaker="{_esc(_clean(sp.name))}"')
        if q.verb is not None:
            k = (q.verb.start, q.verb.end, _VERB)
            spans.setdefault(k, []).append(
                f"speech verb “{q.verb.text}” (lemma {q.verb.lemma}) of quotation #{q.quote_id + 1}")
            attrs_of.setdefault(k, f'class="verb {c}" data-lemma="{_esc(_clean(q.verb.lemma))}"')

    body = _walk(text, spans, attrs_of)

    # legend
    legend = []
    for key, i in order.items():
        n = len(counts[key])
        legend.append(
            f'<li class="s{i}" data-speaker="{_esc(_clean(names[key]))}"><span class="swatch"></span>'
            f'{_esc(_clean(names[key]))} <span class="count">({n} quote{"s" if n != 1 else ""})</span></li>'
        )
    un = len(counts.get(("u", _UNATTRIBUTED), ()))
    if un:
        legend.append(
            f'<li class="u" data-speaker="{_UNATTRIBUTED}"><span class="swatch"></span>'
            f'{_UNATTRIBUTED} <span class="count">({un} quote{"s" if un != 1 else ""})</span></li>'
        )
    css_vars = "\n".join(
        f".s{i} {{ --bg: {bg}; --fg: {fg}; }}" for i, (bg, fg) in ((i, _colour(i)) for i in range(len(order)))
    )
    n_quotations = len({q.quote_id for q in qs})
    summary = (
        f"{len(qs)} quote part{'s' if len(qs) != 1 else ''} in {n_quotations} "
        f"quotation{'s' if n_quotations != 1 else ''}, {len(order)} speaker{'s' if len(order) != 1 else ''}"
        + (f", {un} unattributed" if un else "")
        + f"; {len(text)} characters."
    )
    legend_html = f'<ul class="legend">{"".join(legend)}</ul>' if legend else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(_clean(page_title))}</title>\n"
        f"<style>{_CSS}{css_vars}\n</style>\n</head>\n<body>\n"
        f"<header>\n<h1>{_esc(_clean(page_title))}</h1>\n"
        f'<p class="summary">{summary}</p>\n{legend_html}\n'
        '<p class="key"><span class="q direct u">direct</span> '
        '<span class="q indirect u">indirect</span> <span class="q mixed u">mixed</span> '
        '<span class="spk u">speaker</span> <span class="verb u">verb</span> '
        "— hover a highlight for details</p>\n</header>\n"
        f'<main>\n<div class="doc" id="doc">{body}</div>\n</main>\n'
        "<footer>made by quoteattr</footer>\n</body>\n</html>\n"
    )


def _walk(text: str, spans: dict[tuple[int, int, int], list[str]], attrs_of: dict[tuple[int, int, int], str]) -> str:
    """Walk ``text`` once, opening and closing span elements at sorted boundaries.

    Spans that nest become nested elements. A span that crosses the end of an
    enclosing one is cut there and continued after it (each piece then has its
    own ``data-start``/``data-end``), so the markup is always well-formed.
    """
    heap: list[tuple[int, int, int, int, int]] = []  # start, -end, layer, end, id
    keys = list(spans)
    for n, (s, e, layer) in enumerate(keys):
        if e > s:
            heap.append((s, -e, layer, e, n))
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[int] = []  # ends of open elements
    pos = 0

    def emit(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            out.append(_esc(_clean(text[pos:upto])))
            pos = upto

    while heap:
        s, _neg, layer, e, n = heapq.heappop(heap)
        while stack and stack[-1] <= s:
            emit(stack.pop())
            out.append("</span>")
        emit(s)
        if stack and e > stack[-1]:
            heapq.heappush(heap, (stack[-1], -e, layer, e, n))  # the rest, after the enclosing span ends
            e = stack[-1]
        key = keys[n]
        tip = "\n\n".join(dict.fromkeys(spans[key]))
        out.append(f'<span {attrs_of[key]} data-start="{s}" data-end="{e}" title="{_esc(_clean(tip))}">')
        stack.append(e)
    while stack:
        emit(stack.pop())
        out.append("</span>")
    emit(len(text))
    return "".join(out)
