#!/usr/bin/env python3
"""Accuracy of quoteattr on annotated data in the common JSONL format.

    python benchmarks/accuracy.py GOLD.jsonl [GOLD2.jsonl ...]          # runs quoteattr.extract on each text
    python benchmarks/accuracy.py GOLD.jsonl --pred PRED.jsonl          # scores a predictions file instead
    python benchmarks/accuracy.py GOLD.jsonl --errors 10                # + a sample of errors with context
    python benchmarks/accuracy.py GOLD.jsonl --json                     # one JSON object

Prints, per file and per kind (all / direct / indirect / mixed; a kind's row
compares the gold quotes of that kind with the predicted quotes of that kind):
span precision, recall and F1 with overlap matching (Jaccard >= 0.5, one to
one) and with exact matching (identical offsets after trimming whitespace),
speaker accuracy (of matched gold quotes that name a speaker), verb accuracy
(of matched gold quotes with a cue, the share whose predicted verb overlaps
it) and attribution P/R/F1 (a quote is right only when its span is matched
AND its speaker is right). The rules are those of the project's reference
scorer, eval/score.py; its "direct" and "all" tracks give the same figures
(its cue_acc is verb_acc here). See benchmarks/_common.py for the rules.

A predictions file has one {"id": ..., "quotes": [...]} object per line, the
quotes in the gold format (start, end, kind, speaker, speaker_mentions, cue).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from typing import Any, Optional

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _common import (  # noqa: E402
    TRACKS,
    DataError,
    quote_to_dict,
    read_jsonl,
    score_documents,
)

COLUMNS = [
    ("gold", "gold"), ("pred", "pred"),
    ("span_p", "span_P"), ("span_r", "span_R"), ("span_f1", "span_F1"),
    ("exact_p", "exact_P"), ("exact_r", "exact_R"), ("exact_f1", "exact_F1"),
    ("speaker_acc", "spk_acc"), ("verb_acc", "verb_acc"),
    ("attr_p", "attr_P"), ("attr_r", "attr_R"), ("attr_f1", "attr_F1"),
]
ERROR_TYPES = ("miss", "false_alarm", "wrong_speaker")
ERROR_TITLES = {"miss": "misses (gold quotes not found)", "false_alarm": "false alarms (predicted, not in gold)",
                "wrong_speaker": "wrong speakers (span found, speaker wrong)"}


def predict(docs: list[dict[str, Any]], options: dict[str, Any]) -> tuple[dict[str, list[dict[str, Any]]], float]:
    """Run quoteattr on every document: predicted quotes by document id, and the seconds it took."""
    import quoteattr

    ex = quoteattr.Extractor(**options)
    out: dict[str, list[dict[str, Any]]] = {}
    t0 = time.perf_counter()
    for doc in docs:
        text = doc["text"]
        quotes = ex.extract(text)
        for q in quotes:
            if text[q.start:q.end] != q.text:
                raise AssertionError(f"{doc['id']}: quoteattr returned text[{q.start}:{q.end}] != quote.text")
        out[doc["id"]] = [quote_to_dict(q) for q in quotes]
    return out, time.perf_counter() - t0


def load_predictions(path: str) -> dict[str, list[dict[str, Any]]]:
    return {d["id"]: d["quotes"] for d in read_jsonl(path, need_text=False)}


def _one_line(s: str) -> str:
    return s.replace("\r", "␍").replace("\n", "⏎").replace("\t", " ")


def _show(text: str, s: int, e: int, context: int) -> str:
    lo, hi = max(0, s - context), min(len(text), e + context)
    return (("…" if lo > 0 else "") + _one_line(text[lo:s]) + "⟦" + _one_line(text[s:e]) + "⟧"
            + _one_line(text[e:hi]) + ("…" if hi < len(text) else ""))


def _who(q: Optional[dict[str, Any]], text: str) -> str:
    if q is None:
        return "-"
    name = q.get("speaker")
    if name is None:
        return "None"
    ms = q.get("speaker_mentions") or []
    where = ", ".join(f"{text[a:b]!r}@{a}" for a, b in ms)
    return f"{name!r}" + (f" (mention {where})" if where else " (no mention)")


def describe(err: dict[str, Any], context: int) -> dict[str, Any]:
    doc, g, p = err["doc"], err["gold"], err["pred"]
    text = doc["text"]
    q = g if g is not None else p
    assert q is not None
    out: dict[str, Any] = {"type": err["type"], "doc": doc["id"], "start": q["start"], "end": q["end"],
                           "kind": q.get("kind", "direct"), "context": _show(text, q["start"], q["end"], context)}
    if g is not None:
        out["gold_speaker"] = _who(g, text)
    if p is not None:
        out["pred_speaker"] = _who(p, text)
        out["pred_span"] = [p["start"], p["end"]]
        if p.get("cue"):
            a, b = p["cue"]
            out["pred_verb"] = text[a:b]
    if g is not None and p is not None and (g["start"], g["end"]) != (p["start"], p["end"]):
        out["pred_context"] = _show(text, p["start"], p["end"], context)
    return out


def sample_errors(errors: list[dict[str, Any]], n: int, seed: int, context: int) -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(seed)
    out: dict[str, list[dict[str, Any]]] = {}
    for t in ERROR_TYPES:
        pool = [e for e in errors if e["type"] == t]
        picked = rng.sample(range(len(pool)), min(n, len(pool)))
        out[t] = [describe(pool[i], context) for i in sorted(picked)]
        out[t + "_total"] = len(pool)  # type: ignore[assignment]
    return out


def _cell(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, int):
        return str(v)
    return f"{v:.3f}"


def print_table(result: dict[str, Any], out: Any = sys.stdout) -> None:
    name_w = max([len("file")] + [len(n) for n in result])
    widths = [max(len(h), 8) for _, h in COLUMNS]
    print(f"{'file':{name_w}} {'kind':8} " + " ".join(f"{h:>{w}}" for (_, h), w in zip(COLUMNS, widths)), file=out)
    for name, r in result.items():
        for track in TRACKS:
            f = r[track]
            if track != "all" and not f["gold"] and not f["pred"]:
                continue  # a kind this file neither annotates nor gets
            print(f"{name:{name_w}} {track:8} " + " ".join(f"{_cell(f[k]):>{w}}" for (k, _), w in zip(COLUMNS, widths)),
                  file=out)
        if r.get("chars_per_s"):
            print(f"{name:{name_w}} speed    {r['chars_per_s'] / 1e6:.3f} M chars/s "
                  f"({r['chars']} characters in {r['seconds']:.2f} s, one process)", file=out)


def print_errors(name: str, sample: dict[str, list[dict[str, Any]]], out: Any = sys.stdout) -> None:
    for t in ERROR_TYPES:
        total = sample[t + "_total"]
        items = sample[t]
        print(f"\n== {name}: {ERROR_TITLES[t]}: {len(items)} of {total} ==", file=out)
        for e in items:
            head = f"[{e['doc']} {e['start']}:{e['end']} {e['kind']}]"
            if t == "miss":
                print(f"{head} gold speaker {e['gold_speaker']}", file=out)
            elif t == "false_alarm":
                verb = f", verb {e['pred_verb']!r}" if e.get("pred_verb") else ""
                print(f"{head} predicted speaker {e['pred_speaker']}{verb}", file=out)
            else:
                print(f"{head} gold {e['gold_speaker']} / predicted {e['pred_speaker']}", file=out)
            print(f"    {e['context']}", file=out)
            if e.get("pred_context"):
                print(f"    predicted span: {e['pred_context']}", file=out)


def _names(paths: list[str]) -> list[str]:
    base = [os.path.basename(p) for p in paths]
    return [b if base.count(b) == 1 else p for b, p in zip(base, paths)]


def run(paths: list[str], pred_path: Optional[str] = None, errors: int = 0, seed: int = 0,
        context: int = 80, options: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    """Figures for each gold file (keyed by its base name), as :func:`main` prints them."""
    preds = load_predictions(pred_path) if pred_path else None
    result: dict[str, Any] = {}
    for path, name in zip(paths, _names(paths)):
        gold = read_jsonl(path)
        if preds is not None:
            pred_by_id, secs = preds, None
        else:
            pred_by_id, secs = predict(gold, options or {})
        errs: Optional[list[dict[str, Any]]] = [] if errors else None
        r: dict[str, Any] = score_documents(gold, pred_by_id, errs)
        if secs is not None:
            chars = sum(len(d["text"]) for d in gold)
            r["chars"], r["seconds"] = chars, secs
            r["chars_per_s"] = chars / secs if secs > 0 else None
        if errs is not None:
            r["errors"] = sample_errors(errs, errors, seed, context)
        result[name] = r
    return result


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="accuracy.py", description=__doc__.split("\n")[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="annotated documents in the common JSONL format")
    ap.add_argument("--pred", metavar="PRED.jsonl", help="score this predictions file instead of running quoteattr")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print up to N misses, false alarms and wrong speakers (each) with their context")
    ap.add_argument("--seed", type=int, default=0, help="seed of the error sample (default 0)")
    ap.add_argument("--context", type=int, default=80, metavar="CHARS",
                    help="characters of context either side of an error (default 80)")
    ap.add_argument("--kinds", default=None, metavar="K1,K2",
                    help="quoteattr option: kinds to extract (default: all)")
    ap.add_argument("--no-dialogue-dashes", action="store_true", help="quoteattr option: dialogue_dashes=False")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    args = ap.parse_args(argv)
    if args.errors < 0 or args.context < 0:
        ap.error("--errors and --context take a number >= 0")
    options: dict[str, Any] = {}
    if args.kinds:
        options["kinds"] = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    if args.no_dialogue_dashes:
        options["dialogue_dashes"] = False
    try:
        result = run(args.gold, args.pred, args.errors, args.seed, args.context, options)
    except (DataError, ValueError) as err:
        print(f"accuracy.py: error: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    print_table(result)
    for name, r in result.items():
        if "errors" in r:
            print_errors(name, r["errors"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
