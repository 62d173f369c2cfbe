"""Shared helpers for the benchmark scripts: reading the common JSONL format and scoring.

The scoring functions reproduce the rules of the project's reference scorer
(``eval/score.py`` beside the evaluation data) so that ``benchmarks/accuracy.py``
works for a user who only has this repository and their own annotated data:

* Matching, per document and per track: gold and predicted spans are trimmed of
  whitespace at both edges, then paired one to one, greedily by highest
  character Jaccard overlap; a pair counts when its Jaccard is >= 0.5. A pair is
  "exact" when the trimmed offsets are identical.
* A predicted speaker is right when its mention offsets overlap a gold speaker
  mention, or when the names agree: one's content words (titles such as Mr or
  President dropped) are a subset of the other's. Where the document lists its
  characters with their aliases (``meta.aliases``), the predicted name must equal
  one of the gold speaker's names, or fit the gold speaker and no other
  character; a first-person narrator (alias key ``_narr``) may be named "I" or
  "the narrator". A gold quote without a speaker wants a predicted ``None``.
* A predicted verb is right when its offsets overlap the gold ``cue``.

Nothing here imports ``quoteattr``; the scripts do, and only where they run it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, Optional

KINDS = ("direct", "indirect", "mixed")
TRACKS = ("all", *KINDS)

HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "madam", "madame",
    "mme", "mlle", "m", "monsieur", "herr", "frau", "st", "saint", "rev",
    "president", "prime", "minister", "secretary", "general", "senator", "sen",
    "gov", "governor", "rep", "representative", "the", "captain", "capt",
    "colonel", "col", "professor", "prof", "judge", "justice", "mayor", "king",
    "queen", "prince", "princess", "uncle", "aunt", "father", "mother", "old",
    "young", "little", "of",
})
NARRATOR = frozenset({"i", "me", "narrator", "the narrator"})
_NAME_WORD = re.compile(r"[^\W_]+")

Span = tuple[int, int]


class DataError(ValueError):
    """A JSONL file that does not follow the common format; the message names file and line."""


# --------------------------------------------------------------------------- reading


def _check_span(where: str, what: str, value: Any, n: int) -> None:
    if (not isinstance(value, (list, tuple)) or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)):
        raise DataError(f"{where}: {what} must be a [start, end] pair of integers, got {value!r}")
    if not 0 <= value[0] <= value[1] <= n:
        raise DataError(f"{where}: {what} {list(value)} does not lie in the text (length {n})")


def read_jsonl(path: str, *, need_text: bool = True) -> list[dict[str, Any]]:
    """Documents of a JSONL file in the common format, checked; raises :class:`DataError`.

    ``need_text=False`` reads a predictions file (``{"id", "quotes"}`` per line).
    """
    try:
        fh = open(path, encoding="utf-8")
    except OSError as err:
        raise DataError(f"{path}: cannot read it ({err.strerror or err})") from None
    docs: list[dict[str, Any]] = []
    with fh:
        try:
            lines = list(fh)
        except UnicodeDecodeError as err:
            raise DataError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as err:
            raise DataError(f"{where}: not valid JSON ({err.msg}, column {err.colno})") from None
        if not isinstance(doc, dict):
            raise DataError(f"{where}: each line must be a JSON object, got {type(doc).__name__}")
        if "id" not in doc:
            doc["id"] = f"{path}:{lineno}"
        text = doc.get("text")
        if need_text and not isinstance(text, str):
            raise DataError(f"{where}: \"text\" must be a string")
        n = len(text) if isinstance(text, str) else 1 << 62
        quotes = doc.setdefault("quotes", [])
        if not isinstance(quotes, list):
            raise DataError(f"{where}: \"quotes\" must be a list")
        for k, q in enumerate(quotes):
            qwhere = f"{where}: quote {k}"
            if not isinstance(q, dict):
                raise DataError(f"{qwhere}: must be an object")
            for key in ("start", "end"):
                if key not in q:
                    raise DataError(f"{qwhere}: missing \"{key}\"")
            _check_span(qwhere, "[start, end]", [q["start"], q["end"]], n)
            kind = q.get("kind", "direct")
            if kind not in KINDS:
                raise DataError(f"{qwhere}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
            spk = q.get("speaker")
            if spk is not None and not isinstance(spk, str):
                raise DataError(f"{qwhere}: speaker must be a string or null, got {type(spk).__name__}")
            for m in q.get("speaker_mentions") or []:
                _check_span(qwhere, "a speaker mention", m, n)
            if q.get("cue") is not None:
                _check_span(qwhere, "cue", q["cue"], n)
        docs.append(doc)
    return docs


def texts_of(path: str) -> Iterator[str]:
    """The texts in ``path``: each line's ``text`` for ``.jsonl`` files, else the whole file as UTF-8."""
    if path.endswith(".jsonl"):
        for doc in read_jsonl(path):
            yield doc["text"]
        return
    try:
        with open(path, encoding="utf-8") as fh:
            yield fh.read()
    except OSError as err:
        raise DataError(f"{path}: cannot read it ({err.strerror or err})") from None
    except UnicodeDecodeError as err:
        raise DataError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None


def quote_to_dict(q: Any) -> dict[str, Any]:
    """A quoteattr ``Quote`` in the common format (read through its documented attributes)."""
    spk = q.speaker
    verb = q.verb
    d: dict[str, Any] = {"start": q.start, "end": q.end, "kind": q.kind,
                         "speaker": None, "speaker_mentions": [], "cue": None}
    if spk is not None:
        d["speaker"] = spk.name
        if spk.start is not None:
            d["speaker_mentions"] = [[spk.start, spk.end]]
            d["speaker_text"] = spk.text
    if verb is not None:
        d["cue"] = [verb.start, verb.end]
        d["verb_text"] = verb.text
    return d


# --------------------------------------------------------------------------- scoring rules


def name_tokens(name: Optional[str]) -> set[str]:
    if not name:
        return set()
    toks = _NAME_WORD.findall(unicodedata.normalize("NFKC", name).lower())
    content = {t for t in toks if t not in HONORIFICS and len(t) > 1}
    return content or set(toks)


def exact_name(name: str) -> str:
    return " ".join(_NAME_WORD.findall(unicodedata.normalize("NFKC", name).lower()))


def overlaps(a: Any, b: Any) -> bool:
    return bool(a[0] < b[1] and b[0] < a[1])


def fits(pname: str, names: Iterable[str]) -> bool:
    pt = name_tokens(pname)
    for name in names:
        gt = name_tokens(name)
        if pt and gt and (gt <= pt or pt <= gt):
            return True
    return False


def speaker_ok(gold_q: dict[str, Any], pred_q: dict[str, Any],
               aliases: Optional[dict[str, list[str]]] = None) -> bool:
    gname, pname = gold_q.get("speaker"), pred_q.get("speaker")
    if gname is None:
        return pname is None
    if pname is None:
        return False
    pms = pred_q.get("speaker_mentions") or []
    for gm in gold_q.get("speaker_mentions") or []:
        if any(overlaps(gm, pm) for pm in pms):
            return True
    if not aliases:
        return fits(pname, [gname])
    own = [gname, *(aliases.get(gname) or [])]
    own_exact = {exact_name(n) for n in own}
    pexact = exact_name(pname)
    if pexact in own_exact:
        return True
    if "narr" in own_exact and pexact in NARRATOR:
        return True
    if not fits(pname, own):
        return False
    return not any(fits(pname, [other, *other_names])
                   for other, other_names in aliases.items() if other != gname)


def trim(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def jaccard(a: Span, b: Span) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def match(text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int, bool]]:
    """Greedy one-to-one pairing by Jaccard >= 0.5 (highest first): ``[(gold_i, pred_i, exact)]``."""
    g_spans = [trim(text, q["start"], q["end"]) for q in gold]
    p_spans = [trim(text, q["start"], q["end"]) for q in pred]
    order = sorted(range(len(p_spans)), key=lambda i: p_spans[i])
    cands: list[tuple[float, int, int]] = []
    for gi, g in enumerate(g_spans):
        for pi in order:
            p = p_spans[pi]
            if p[0] >= g[1]:
                break
            if p[1] <= g[0]:
                continue
            j = jaccard(g, p)
            if j >= 0.5:
                cands.append((-j, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _negj, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, g_spans[gi] == p_spans[pi]))
    return pairs


def kind_of(q: dict[str, Any]) -> str:
    return str(q.get("kind", "direct"))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


class Tally:
    """Counts for one track; :meth:`add` one document at a time, then :meth:`figures`."""

    def __init__(self) -> None:
        self.c: dict[str, int] = defaultdict(int)

    def add(self, text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]],
            aliases: Optional[dict[str, list[str]]] = None,
            errors: Optional[list[dict[str, Any]]] = None) -> None:
        c = self.c
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        pairs = match(text, gold, pred)
        for gi, pi, exact in pairs:
            g, p = gold[gi], pred[pi]
            c["match"] += 1
            c["exact"] += exact
            ok = speaker_ok(g, p, aliases)
            c["attr_tp"] += ok
            if g.get("speaker") is not None:
                c["speaker_n"] += 1
                c["speaker_ok"] += ok
            if g.get("cue"):
                c["verb_n"] += 1
                pv = p.get("cue")
                c["verb_ok"] += bool(pv and overlaps(g["cue"], pv))
            if errors is not None and not ok:
                errors.append({"type": "wrong_speaker", "gold": g, "pred": p})
        if errors is not None:
            got_g = {gi for gi, _, _ in pairs}
            got_p = {pi for _, pi, _ in pairs}
            errors.extend({"type": "miss", "gold": g, "pred": None}
                          for gi, g in enumerate(gold) if gi not in got_g)
            errors.extend({"type": "false_alarm", "gold": None, "pred": p}
                          for pi, p in enumerate(pred) if pi not in got_p)

    def figures(self) -> dict[str, Any]:
        c = self.c
        sp, sr = _div(c["match"], c["pred"]), _div(c["match"], c["gold"])
        ep, er = _div(c["exact"], c["pred"]), _div(c["exact"], c["gold"])
        ap, ar = _div(c["attr_tp"], c["pred"]), _div(c["attr_tp"], c["gold"])
        return {
            "gold": c["gold"], "pred": c["pred"], "matched": c["match"], "exact": c["exact"],
            "span_p": sp, "span_r": sr, "span_f1": _f1(sp, sr),
            "exact_p": ep, "exact_r": er, "exact_f1": _f1(ep, er),
            "speaker_n": c["speaker_n"], "speaker_acc": _div(c["speaker_ok"], c["speaker_n"]),
            "verb_n": c["verb_n"], "verb_acc": _div(c["verb_ok"], c["verb_n"]) if c["verb_n"] else None,
            "attr_p": ap, "attr_r": ar, "attr_f1": _f1(ap, ar),
        }


def score_documents(gold_docs: list[dict[str, Any]], pred_by_id: dict[str, list[dict[str, Any]]],
                    errors: Optional[list[dict[str, Any]]] = None) -> dict[str, dict[str, Any]]:
    """Figures per track ("all", "direct", "indirect", "mixed") over ``gold_docs``.

    A track compares the gold quotes of that kind with the predicted quotes of that
    kind ("all": every quote, whatever its kind). ``errors``, when given, collects the
    misses, false alarms and wrong speakers of the "all" track, each tagged with its document.
    """
    tallies = {t: Tally() for t in TRACKS}
    for doc in gold_docs:
        text = doc["text"]
        gold = doc["quotes"]
        pred = pred_by_id.get(doc["id"], [])
        aliases = (doc.get("meta") or {}).get("aliases") or None
        doc_errors: Optional[list[dict[str, Any]]] = [] if errors is not None else None
        tallies["all"].add(text, gold, pred, aliases, doc_errors)
        for kind in KINDS:
            tallies[kind].add(text, [q for q in gold if kind_of(q) == kind],
                              [q for q in pred if kind_of(q) == kind], aliases)
        if errors is not None and doc_errors:
            for e in doc_errors:
                e["doc"] = doc
            errors.extend(doc_errors)
    return {t: tallies[t].figures() for t in TRACKS}
