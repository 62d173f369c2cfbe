"""Direct-quote span detection: pair quote marks, recover from unbalanced ones.

One scan finds every candidate mark (apostrophes inside words are never
candidates). Each mark gets a role from its glyph and its neighbours: an
opener is preceded by space or an opening bracket and followed by text; a
closer the other way round; a straight mark that could be either toggles.
The document's dominant convention (double or single marks) is paired; the
other family is then only nested quotation and is left inside the spans. A
stretch of about 20,000 characters that clearly quotes in another family (a
second book in the same file) is paired in its own.
Pairing never crosses a paragraph break except for the multi-paragraph
convention (an opening mark at each paragraph, a closing mark at the end), so a
stray mark costs at most one paragraph. Paragraphs opened by a dialogue dash
(``—``, ``―``, ``--``) are quotations too where a document writes dialogue so.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

import attrs
import regex

from quoteattr.document import Document

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"

# candidate marks: every double mark; single marks not flanked by letters/digits on both sides
_MARKS = regex.compile(r"(?<!')''(?!')|``|[\"“”„‟«»]|(?<![\p{L}\p{N}])['‘’‚‹›]|['‘’‚‹›](?![\p{L}\p{N}])")
# the same scan for the stdlib engine (several times faster), one pattern per mark, each opening with its
# mark (the engine then skips to the next one at memchr speed): _MARKS's branch for that mark, with the
# ASCII letters and digits for \p{L}\p{N}, so it finds every _MARKS match and, next to a non-ASCII
# character, maybe a single mark more, which _MARKS then judges (see _marks)
_NO_WORD_AROUND = r"(?:(?<![A-Za-z0-9].)|(?![A-Za-z0-9]))"
_MARK_SCANS = (
    ("'", re.compile(r"'(?:(?<!'')'(?!')|" + _NO_WORD_AROUND[3:])),
    ("`", re.compile("``")),
    *((m, re.compile(re.escape(m))) for m in "\"“”„‟«»"),
    *((m, re.compile(re.escape(m) + _NO_WORD_AROUND)) for m in "‘’‚‹›"),
)
# double quotation marks written as HTML character references (web copy not unescaped): each is one mark, its
# span the whole reference, read as the glyph it stands for
_ENTITY_GLYPH = {
    "&quot;": '"', "&#34;": '"', "&#x22;": '"', "&ldquo;": "“", "&rdquo;": "”", "&#8220;": "“", "&#8221;": "”",
    "&#x201c;": "“", "&#x201d;": "”", "&#x201C;": "“", "&#x201D;": "”", "&bdquo;": "„", "&#8222;": "„",
    "&laquo;": "«", "&raquo;": "»", "&#171;": "«", "&#187;": "»",
}
_ENTITIES = "|".join(re.escape(e) for e in sorted(_ENTITY_GLYPH, key=len, reverse=True))
_MARKS = regex.compile(_ENTITIES + "|" + _MARKS.pattern)
_MARK_SCANS = (*_MARK_SCANS, ("&", re.compile(_ENTITIES)))
_ELISION = regex.compile(
    r"(?i:em|tis|twas|twere|twould|twill|n|cause|bout|til|till|un|im|ere|ud|\d0s|\d\d)\b"
)


@functools.cache
def _dash_line(dashes: tuple[str, ...]) -> regex.Pattern[str]:
    """A paragraph opened by one of the language's dialogue dashes (lexicons/<lang>/dialogue_dashes.txt)."""
    alts = "|".join(regex.escape(d) for d in sorted(dashes, key=len, reverse=True)) or "(?!)"
    return regex.compile(rf"(?:{alts})(?=\s*\S)")
_OPEN_CONTEXT = set("([{—–-/\u2014\u2015") | set(DOUBLE_OPEN) | set(SINGLE_OPEN) | {'"', "'"}
_CLOSE_CONTEXT = set(".,;:!?)]}—–-…*_") | set(DOUBLE_CLOSE) | set(SINGLE_CLOSE) | {'"', "'"}


@attrs.frozen(slots=True)
class RawQuote:
    """A detected quotation part before attribution."""

    start: int
    end: int
    open_mark: Optional[tuple[int, int]]
    close_mark: Optional[tuple[int, int]]
    group: int  # parts of one multi-paragraph or interrupted quotation share it
    paragraph: int
    confidence: float
    dash: bool = False  # opened by a dialogue dash


def _role(text: str, i: int, ch: str) -> str:
    """'O' opener, 'C' closer, 'A' ambiguous (either), 'c'/'o' a glyph used the wrong way round."""
    p = text[i - 1] if i > 0 else " "
    j = i + len(ch)
    if ch[0] == "&":
        ch = _ENTITY_GLYPH[ch]
    n = text[j] if j < len(text) else " "
    left_open = p.isspace() or p in _OPEN_CONTEXT
    right_close = n.isspace() or n in _CLOSE_CONTEXT
    opener_ctx = left_open and not n.isspace()
    closer_ctx = right_close and not p.isspace()
    if ch == "``":
        return "O"
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
        if closer_ctx and not opener_ctx:
            return "c"  # an opening glyph used as a closer (typo): only closes an open quote
        return "O"
    if ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE:
        if opener_ctx and not closer_ctx and n.isalnum():
            return "o"  # a closing glyph used as an opener
        return "C"
    # straight marks
    if p.isspace() and n in "—–-":
        return "A"  # 'I'd even say "--she looked at the lagoons--"that …': a dash after says nothing
    if opener_ctx and not closer_ctx:
        return "O"
    if closer_ctx and not opener_ctx:
        return "C"
    return "A"


def _family(ch: str) -> str:
    """'s' single marks, 'g' guillemets, 'd' the other double marks."""
    if len(ch) == 1 and ch in "'‘’‚‹›":
        return "s"
    return "g" if ch in "«»" else "d"


# the family of every mark _MARKS matches
_FAMILY = {ch: _family(ch) for ch in ("''", "``", '"', "“", "”", "„", "‟", "«", "»", "'", "‘", "’", "‚", "‹", "›")}
_FAMILY.update((e, _family(g)) for e, g in _ENTITY_GLYPH.items())


def _counts(text: str, marks: list[tuple[int, str]]) -> tuple[int, int, int]:
    """Double marks, guillemets, and single marks that open a sentence ('Yes), among ``marks``."""
    doubles = 0
    guillemets = 0
    single_open = 0
    for i, ch in marks:
        fam = _FAMILY[ch]
        if fam == "d":
            doubles += 1
        elif fam == "g":
            guillemets += 1
        elif ch in "'‘":
            n = text[i + 1] if i + 1 < len(text) else " "
            p = text[i - 1] if i > 0 else " "
            if (p.isspace() or p in _OPEN_CONTEXT) and n.isalpha() and n.isupper():
                single_open += 1
    return doubles, guillemets, single_open


def _style(text: str, marks: list[tuple[int, str]], counts: Optional[tuple[int, int, int]] = None) -> str:
    """'d' when the document quotes with double marks, 'g' with guillemets, 's' with single ones; the
    other families are then nested quotation inside those. (``counts``: ``_counts(text, marks)`` where
    the caller has them.)"""
    doubles, guillemets, single_open = counts if counts is not None else _counts(text, marks)
    if single_open >= 3 and single_open * 2 > doubles + guillemets or single_open >= 1 and not doubles + guillemets:
        return "s"  # (a short text quoted in single marks only: "'Come here', she said. 'Now.'")
    if single_open and doubles and not guillemets and _doubles_inside_singles(text, marks):
        return "s"  # (British: "'He said "never" to me,' said Ruth.": the double marks are the nested ones)
    if guillemets != doubles:
        return "g" if guillemets > doubles else "d"
    first = next((_family(ch) for _, ch in marks if _family(ch) in "dg"), "d")
    return first  # as many of each: the outer family opens first


def _doubles_inside_singles(text: str, marks: list[tuple[int, str]]) -> bool:
    """Whether every double mark stands between a single mark that opens a quotation ('He …) and the next
    single mark that closes one (… me,'), with no blank line between: the single marks are then the outer ones."""
    opened = -1  # where the single-marked quotation open now opened
    pending = False  # double marks inside it, not yet closed
    for i, ch in marks:
        fam = _FAMILY[ch]
        if fam != "s":
            if opened < 0:
                return False
            pending = True
            continue
        if ch not in "'‘’":
            return False
        p = text[i - 1] if i > 0 else " "
        n = text[i + 1] if i + 1 < len(text) else " "
        if opened < 0:
            if (p.isspace() or p in _OPEN_CONTEXT) and n.isalpha() and n.isupper() and ch != "’" \
                    and _ELISION.match(text, i + 1) is None:
                opened = i
        elif not p.isspace() and (n.isspace() or n in _CLOSE_CONTEXT):
            if pending and text.find("\n\n", opened, i) >= 0:
                return False
            opened = -1
            pending = False
    return not pending


_STYLE_BLOCK = 20000  # characters: a stretch of text long enough to have a convention of its own


def _mark_paragraphs(paras: list[tuple[int, int]], marks: list[tuple[int, str]]) -> list[int]:
    """The paragraph of each mark (doc.paragraph_of, walking both sorted lists together)."""
    out: list[int] = []
    pi = 0
    last = len(paras) - 1
    for i, _ch in marks:
        while pi < last and paras[pi + 1][0] <= i:
            pi += 1
        out.append(pi)
    return out


def _local_styles(doc: Document, marks: list[tuple[int, str]], mark_para: list[int], style: str) -> list[str]:
    """The style of each mark's stretch of text (blocks of paragraphs, about _STYLE_BLOCK characters
    each; ``mark_para``: each mark's paragraph): the document's, unless that stretch clearly quotes with
    another family (a file holding a book in single marks and one in double marks). Empty where every
    stretch follows the document."""
    if not marks or marks[-1][0] - marks[0][0] < _STYLE_BLOCK:
        return []
    paras = doc.paragraphs
    blocks = [paras[pi][0] // _STYLE_BLOCK for pi in mark_para]
    by_block: dict[int, list[tuple[int, str]]] = {}
    for b, m in zip(blocks, marks):
        by_block.setdefault(b, []).append(m)
    own: dict[int, str] = {}
    for b, bm in by_block.items():
        counts = _counts(doc.text, bm)
        local = _style(doc.text, bm, counts)
        if local == style:
            continue
        doubles, guillemets, single_open = counts
        have = {"d": doubles, "g": guillemets, "s": single_open}
        # a clear convention of its own: enough quotations, and few of the document's family beside them
        if have[local] >= 10 and have[local] >= 3 * have[style]:
            own[b] = local
    return [own.get(b, style) for b in blocks] if own else []


def detect(doc: Document, *, dialogue_dashes: bool = True,
           dashes: tuple[str, ...] = ("—", "―", "--", "–")) -> list[RawQuote]:
    """Every direct quotation part in ``doc``, in document order."""
    text = doc.text
    all_marks = _marks(text)
    paras = doc.paragraphs
    mark_para = _mark_paragraphs(paras, all_marks)
    doc_style = _style(text, all_marks)
    local_styles = _local_styles(doc, all_marks, mark_para, doc_style)
    low_high = "„" in text and text.count("„") * 2 >= text.count("“")
    reversed_guillemets = _reversed_guillemets(text)
    by_para: list[list[tuple[int, str]]] = [[] for _ in paras]  # each paragraph's marks with their roles
    width: dict[int, int] = {}
    skip_at = -1
    for k, (i, ch) in enumerate(all_marks):
        style = local_styles[k] if local_styles else doc_style
        if _FAMILY[ch] != style:
            continue
        if style == "s" and ch in "'‘’" and _ELISION.match(text, i + 1):
            if text[i + 1:i + 2] == "n" and text[i + 2:i + 3] in ("'", "’"):
                skip_at = i + 2  # rock 'n' roll: both marks are apostrophes
            continue
        if i == skip_at:
            continue
        role = _role(text, i, ch)
        if low_high and ch == "“":
            role = "C"
        if ch in "«»" and reversed_guillemets:
            role = "O" if ch == "»" else "C"
        if ch in "\"'" and i > 0 and text[i - 1].isdigit() and not (i + 1 < len(text) and text[i + 1].isalpha()):
            role = "c"  # an inch or minute mark, unless it closes an open quote
        if style == "s" and role == "C" and i > 0 and text[i - 1].isalpha() and _weak_possessive(text, i):
            role = "w"  # the dogs' bowls, waitin' all day: a closer only when nothing better follows
        elif ch in "”″" and role == "C" and i > 0 and text[i - 1].isdigit():
            role = "w"  # “… he’s like 6’2”,” Rubio said: an inch mark, where a closer follows
        by_para[mark_para[k]].append((i, role))
        width[i] = len(ch)

    out: list[RawQuote] = []

    group = 0
    carry: Optional[tuple[int, int]] = None  # open mark carried over from the previous paragraph
    run_to = -1  # a quotation runs on, with no mark, to the closer in this paragraph (_runs_on_to)
    for pi, (ps, pe) in enumerate(paras):
        pm = by_para[pi]
        open_at: Optional[int] = None
        ow = 1
        unmarked = False  # the open quotation came on from an earlier paragraph with no opening mark here
        if run_to >= 0:
            if pi < run_to:
                continue  # (a verse line inside the quotation: its part was taken)
            open_at, ow, unmarked = _skip_space(text, ps), 0, True
            run_to = -1
        if carry is not None:
            # multi-paragraph quotation: this paragraph must begin with an opening mark
            if pm and pm[0][0] == _skip_space(text, ps) and pm[0][1] in "OAo":
                open_at = pm[0][0]
                ow = width[open_at]
                pm = pm[1:]
            else:
                carry = None
                group += 1
        k = 0
        while k < len(pm):
            i, role = pm[k]
            if open_at is None:
                if role in "OAo":
                    open_at = i
                    ow = width[i]
                    if carry is None:
                        group += 1
                k += 1
                continue
            # a quote is open
            if role in "CAc" or (role == "w" and not _better_closer(pm, k)):
                if i > open_at + ow:
                    out.append(RawQuote(open_at + ow, i, None if unmarked else (open_at, open_at + ow),
                                        (i, i + width[i]), group, pi,
                                        0.85 if unmarked else 0.95 if carry is None else 0.9))
                open_at = None
                carry = None
                unmarked = False
            elif role == "O":
                j3 = _inner_pair(text, pm, k, open_at) if open_at == _skip_space(text, ps) else 0
                if j3 > 0:
                    # '"PENCE: … an episode of “Shark Tank.” But …': a paragraph opened with straight marks
                    # quotes in curly ones (or the other way round); the outer quotation runs on
                    k = j3 + 1
                    continue
                j2 = _nested_close(pm, k)
                if j2 > 0:
                    # “… the “Spectator,” and … ”: a quotation nested in the same marks, closed before the
                    # outer one closes (two closers before any other opener); the outer quotation runs on
                    c = pm[j2][0]
                    out.append(RawQuote(open_at + ow, c, (open_at, open_at + ow), (c, c + width[c]), group, pi,
                                        0.9 if carry is None else 0.85))
                    open_at = None
                    carry = None
                    k = j2 + 1
                    continue
                open_at = i  # an opener while open: the earlier mark was a stray; start again here
                ow = width[i]
                unmarked = False
                if carry is not None:
                    carry = None
                group += 1
            k += 1
        if open_at is not None:
            nxt = _next_para_opens(text, paras, pi, by_para)
            end = _rstrip(text, open_at + ow, pe)
            run = _runs_on_to(text, paras, pi, by_para) if not nxt and not unmarked and end > open_at + ow else -1
            if nxt and end > open_at + ow:
                out.append(RawQuote(open_at + ow, end, (open_at, open_at + ow), None, group, pi, 0.9))
                carry = (open_at, open_at + ow)
            elif run > 0:
                # “… the very channel where it ought to flow. / The course of true love never did run smooth-- /
                # A Hartfield edition of Shakespeare would have a long note on that passage.”: a verse line
                # quoted inside the speech, and no mark to open the paragraphs after it
                out.append(RawQuote(open_at + ow, end, (open_at, open_at + ow), None, group, pi, 0.85))
                for m in range(pi + 1, run):
                    ms = _skip_space(text, paras[m][0])
                    me = _rstrip(text, ms, paras[m][1])
                    if me > ms:
                        out.append(RawQuote(ms, me, None, None, group, m, 0.8))
                carry = None
                run_to = run
            else:
                carry = None
                if end > open_at + ow and _skip_space(text, ps) == open_at:
                    # an unclosed quotation that opens its paragraph: take the paragraph
                    out.append(RawQuote(open_at + ow, end, (open_at, open_at + ow), None, group, pi, 0.5))
        else:
            carry = None

    # the words inside the marks, without the space that French typography sets there ("« Oui »")
    # (marks around white space only hold no quotation, as empty ones do not)
    if any(text[q.start].isspace() or text[q.end - 1].isspace() for q in out):
        trimmed = []
        for q in out:
            if text[q.start].isspace() or text[q.end - 1].isspace():
                s = _skip_space(text, q.start)
                e = _rstrip(text, s, q.end)
                if e <= s:
                    continue
                q = attrs.evolve(q, start=s, end=e)
            trimmed.append(q)
        out = trimmed
    if dialogue_dashes:
        out.extend(_dash_dialogue(doc, group, {q.paragraph for q in out}, _dash_line(tuple(dashes))))
        out.sort(key=lambda q: q.start)
    return out


def _marks(text: str) -> list[tuple[int, str]]:
    """(offset, mark) of every _MARKS match in ``text``, in order, found with _MARK_SCANS.

    The scans agree with _MARKS on every double mark, backtick pair, '' pair and character reference
    (literal patterns), and on a single mark with ASCII characters (or nothing) on both sides, where ASCII
    letters and digits are all the letters and digits there are; elsewhere _MARKS decides at that offset. A scan match _MARKS refuses is
    one single mark, after which _MARKS goes on at the next character; and a match holds one mark only
    (twice for '' and ``), so the scans of the marks, taken together, find what one scan for all would."""
    out: list[tuple[int, str]] = []
    n = len(text)
    for mark, scan in _MARK_SCANS:
        if mark not in text:
            continue
        if mark in "'‘’‚‹›":
            for m in scan.finditer(text):
                i = m.start()
                ch = m.group()
                if len(ch) == 1 and (i > 0 and text[i - 1] >= "\x80" or i + 1 < n and text[i + 1] >= "\x80") \
                        and _MARKS.match(text, i) is None:
                    continue
                out.append((i, ch))
        else:
            out.extend((m.start(), m.group()) for m in scan.finditer(text))
    out.sort()
    return out


def _reversed_guillemets(text: str) -> bool:
    """German »…«: a » comes before any « and opens a word."""
    ia, ib = text.find("»"), text.find("«")
    return ia >= 0 and (ib < 0 or ia < ib) and _GUILLEMET_OPENS.search(text) is not None


_GUILLEMET_OPENS = regex.compile(r"»\p{L}")


def _weak_possessive(text: str, i: int) -> bool:
    """A mark after a letter, then one space or a hard-wrapped line's break, then a lower-case letter
    ("the dogs' bowls", "T’\nshow that I’m …"): maybe an apostrophe."""
    n = text[i + 1: i + 3]
    return len(n) == 2 and n[0] in " \n" and n[1].isalpha() and n[1].islower()


def _nested_close(pm: list[tuple[int, str]], k: int) -> int:
    """Where an opener at ``pm[k]``, met while a quotation is open, is a quotation nested in the same
    marks: the index of the mark that closes the outer one (the second closer after it, with no opener
    between); else 0 (the earlier opener was a stray)."""
    closers = 0
    for j in range(k + 1, len(pm)):
        role = pm[j][1]
        if role in "Oo":
            return 0
        if role in "Cc" or role == "A":
            closers += 1
            if closers == 2:
                return j
    return 0


def _inner_pair(text: str, pm: list[tuple[int, str]], k: int, open_at: int) -> int:
    """Where an opener at ``pm[k]``, met while the quotation opened at ``open_at`` is open, is a quotation
    nested in the other glyphs of the family (curly in straight, straight in curly): the index of its
    closer of its own glyphs, before any other opener; else 0."""
    at = pm[k][0]
    straight = text[at] == '"'
    if (text[open_at] == '"') == straight or _skip_space(text, open_at + 1) == at:
        return 0  # (nor a doubled mark: '"“If I was a donor, …')
    for j in range(k + 1, len(pm)):
        i, role = pm[j]
        if role in "Oo":
            return 0
        if role in "CAc":
            return j if (text[i] == '"') == straight else 0
    return 0


def _better_closer(pm: list[tuple[int, str]], k: int) -> bool:
    for _, role in pm[k + 1:]:
        if role in "CAc":
            return True
        if role == "O":
            return False
    return False


def _skip_space(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _rstrip(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


def _next_para_opens(text: str, paras: list[tuple[int, int]], pi: int, by_para: list[list[tuple[int, str]]]) -> bool:
    if pi + 1 >= len(paras):
        return False
    nxt = by_para[pi + 1]
    return bool(nxt) and nxt[0][0] == _skip_space(text, paras[pi + 1][0]) and nxt[0][1] in "OAo"


def _runs_on_to(text: str, paras: list[tuple[int, int]], pi: int, by_para: list[list[tuple[int, str]]]) -> int:
    """The paragraph where a quotation left open at the end of paragraph ``pi`` closes, where the next
    paragraph opens with no mark: one of the next _RUN_ON paragraphs whose first mark is a closer, after
    only short paragraphs with no mark (lines of verse or a riddle quoted inside the speech); else -1."""
    for j in range(pi + 1, min(len(paras), pi + 1 + _RUN_ON)):
        if text.count("\n", paras[j - 1][1], paras[j][0]) < 2:
            return -1  # (paragraphs apart by a blank line: not a news post's next line, its credit: '"…\nDean Baker."')
        pm = by_para[j]
        if pm:
            return j if pm[0][1] == "C" else -1
        if paras[j][1] - paras[j][0] > _RUN_ON_LINE:
            return -1
    return -1


_RUN_ON = 3  # how many paragraphs on a quotation may close with no opening mark of theirs (_runs_on_to)
_RUN_ON_LINE = 200  # how long a paragraph with no mark between may be


_WORDY = regex.compile(r"[\p{L}\p{N}]")


def _dash_dialogue(doc: Document, group: int, taken: set[int], dash_line: regex.Pattern[str]) -> list[RawQuote]:
    """Paragraphs opened by a dialogue dash, where the document writes dialogue so."""
    text = doc.text
    cands = []
    for pi, (ps, pe) in enumerate(doc.paragraphs):
        if pi in taken:
            continue
        m = dash_line.match(text, ps, pe)
        if m and _WORDY.search(text, m.end(), pe) is not None:
            cands.append((pi, m))  # (not a rule of dashes across the page between two sections)
    if len(cands) < 2:
        return []
    out = []
    for pi, m in cands:
        ps, pe = doc.paragraphs[pi]
        s = _skip_space(text, m.end())
        e = _rstrip(text, s, pe)
        close: Optional[tuple[int, int]] = None
        if text.endswith("--", s, e) and e - 2 > s:
            close = (e - 2, e)
            e = _rstrip(text, s, e - 2)
        elif e > s and text[e - 1] in "—―" and e - 1 > s:
            close = (e - 1, e)
            e = _rstrip(text, s, e - 1)
        if e <= s:
            continue
        group += 1
        out.append(RawQuote(s, e, (m.start(), m.end()), close, group, pi, 0.85, dash=True))
    return out
