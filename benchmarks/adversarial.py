#!/usr/bin/env python3
"""Adversarial inputs for quoteattr: each must run in linear time and keep the offset contract.

    python benchmarks/adversarial.py                     # every case, at 1x and 4x size
    python benchmarks/adversarial.py --cases dq,curly    # some cases
    python benchmarks/adversarial.py --novel PATH        # the 10 MB novel built from your text (.txt/.jsonl)
    python benchmarks/adversarial.py --scale 0.1         # every size x 0.1 (a quick run)
    python benchmarks/adversarial.py --json

Each case is generated at its full size ("4x", e.g. 1 MB of '"') and at a
quarter of it ("1x"); the table gives both times and their ratio, which is
about 4 where the cost is linear (above 4.4 in both wall and CPU time flags it;
CPU time is the honest figure where other processes share the cores). Each run happens
in a child process with a time limit (--timeout), so a super-linear case is
reported as a timeout instead of hanging the benchmark; the child also checks
that every returned span satisfies text[start:end] == span.text and that the
quotes come in document order. Exit status 0 when every case ran and held the
contract, 1 otherwise (a timing is never a failure by itself).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from typing import Any, Callable, Optional

MB = 1_000_000

_NAMES = ["Mary", "Tom", "Mr. Darcy", "Mrs. Hale", "the old woman", "Elizabeth", "he", "she", "Captain Wentworth"]
_VERBS = ["said", "asked", "replied", "cried", "whispered", "answered", "muttered"]
_WORDS = ("the a of and to in was he she it that with for his her had not but at on they by be this which "
          "from you were all one would there their an so said what been if more when will no who time out "
          "into could them some very then than now only its over little never may after well about before "
          "house door light road garden morning evening window letter great long old young").split()


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + rng.choice([".", ".", ".", "!", "?"])


def novel_paragraph(rng: random.Random) -> str:
    """A paragraph of synthetic fiction: narration, or dialogue with a tag in one of the usual shapes."""
    r = rng.random()
    say = " ".join(_sentence(rng, rng.randint(4, 12)) for _ in range(rng.randint(1, 2)))
    who, verb = rng.choice(_NAMES), rng.choice(_VERBS)
    if r < 0.35:
        return " ".join(_sentence(rng, rng.randint(6, 20)) for _ in range(rng.randint(2, 6)))
    if r < 0.55:
        return f"“{say[:-1]},” {who} {verb}."
    if r < 0.70:
        return f"“{say[:-1]},” {verb} {who}, “{_sentence(rng, rng.randint(3, 9))}”"
    if r < 0.80:
        return f"{who.capitalize()} {verb}: “{say}”"
    if r < 0.90:
        return f"“{say}”"
    return f"{_sentence(rng, 8)} “{say}” {_sentence(rng, 6)} He wouldn't go; 'twas the dogs' fault."


def novel(n: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < n:
        p = novel_paragraph(rng)
        parts.append(p)
        size += len(p) + 2
    return "\n\n".join(parts)[:n]


def _repeat_to(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def apostrophes(n_marks: int) -> str:
    """Prose holding ``n_marks`` apostrophes: contractions, elisions, possessives, plural possessives."""
    unit = ("He wouldn't say 'twas the dogs' fault, nor o' the boys'; 'em an' 'im ain't the Joneses' kin. "
            "'Tis true, said Ma'am. ")
    per = unit.count("'")
    return unit * (n_marks // per + 1)


def nesting(n: int) -> str:
    """Quotations nested n/6 deep, alternating double and single marks, with a word at each level."""
    depth = max(1, n // 6)
    opens = ["“a ", "‘b "] * (depth // 2 + 1)
    closes = [" a”", " b’"] * (depth // 2 + 1)
    return "".join(opens[:depth]) + "x" + "".join(reversed(closes[:depth]))


def unclosed_paragraphs(n: int) -> str:
    """Every paragraph opens a quotation and none closes (the multi-paragraph convention, forever)."""
    return _repeat_to("“He went on and on about the weather and the road, said Tom\n\n", n)


def interrupted(n: int) -> str:
    """Ordinary dialogue where every quotation is interrupted by its tag: “A,” said Mary, “B.”"""
    return _repeat_to("“Come here,” said Mary, “and sit down.”\n\n", n)


def name_leads(n: int, seed: int = 2) -> str:
    """Sentences each opened by a different made-up capitalised word before a given name ("Xqzvbtr Jane walked
    on."), said once each: every one asks whether the text writes that word in lower case elsewhere."""
    rng = random.Random(seed)
    out = ["Jane came in. Jane sat down.\n\n“Hello,” said Jane.\n\n"]
    size = len(out[0])
    seen: set[str] = set()
    while size < n:
        w = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        if w in seen:
            continue
        seen.add(w)
        piece = w.capitalize() + " Jane walked on. "
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


def random_marks(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    alphabet = list("\"'“”‘’«»—–-\n ,.:!?") + ["\r\n", "\n\n", "said", "he", "Mary", " the ", "\u00a0"]
    out: list[str] = []
    size = 0
    while size < n:
        piece = rng.choice(alphabet)
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


# name -> (description, generator, full size, unit of size)
CASES: dict[str, tuple[str, Callable[[int], str], int, str]] = {
    "dq": ("1 MB of straight double quotes '\"'", lambda n: '"' * n, MB, "chars"),
    "curly": ("1 MB of curly opening quotes '“'", lambda n: "“" * n, MB, "chars"),
    "sq": ("1 MB of straight single quotes \"'\"", lambda n: "'" * n, MB, "chars"),
    "one_line": ("a 1 MB line of fiction with no newline", lambda n: novel(n).replace("\n", " "), MB, "chars"),
    "apostrophes": ("100k apostrophes in prose (contractions, elisions, possessives)", apostrophes, 100_000, "marks"),
    "nesting": ("quotations nested 167k deep, “a ‘b “a … x … b’ a” (1 MB)", nesting, MB, "chars"),
    "unclosed": ("1 MB of paragraphs that open a quote and never close it", unclosed_paragraphs, MB, "chars"),
    "interrupted": ("1 MB of interrupted quotations “Come here,” said Mary, “and sit down.”", interrupted, MB,
                    "chars"),
    "random": ("1 MB of random quote marks, dashes, newlines and words", random_marks, MB, "chars"),
    "untagged": ("1 MB of untagged quotations in one paragraph, “Yes.” “No.” …",
                 lambda n: _repeat_to("“Yes.” “No.” ", n), MB, "chars"),
    "reported_line": ("1 MB of one paragraph mixing untagged quotations and reported speech",
                      lambda n: _repeat_to("“Yes.” He said that it was fine. ", n), MB, "chars"),
    "roles": ("1 MB of role nouns: one Dr. Mortimer, then “Hello,” said the doctor after each 'A captain came in.'",
              lambda n: "Dr. Mortimer lived in the village.\n\n"
              + _repeat_to("A captain came in. “Hello,” said the doctor.\n\n", n), MB, "chars"),
    "glyphs": ("1 MB of one paragraph opened with a straight mark, holding curly pairs, '\"Start “x” “x” …'",
               lambda n: '"Start ' + _repeat_to("“x” ", n - 7), MB, "chars"),
    "transcript": ("1 MB of a transcript quoted paragraph by paragraph, none closed, '\"WALLACE: …\\n\\n\"PENCE: …'",
                   lambda n: _repeat_to('"WALLACE: Will she be there?\n\n"PENCE: She will not.\n\n', n), MB, "chars"),
    "name_leads": ("1 MB of sentences each opened by a new capitalised word before a given name, 'Xqzvbtr Jane …'",
                   name_leads, MB, "chars"),
    "cut_in": ("1 MB of one paragraph of lines cut off by another's tagged line, '“… in the front—” “You must have"
               " it,” said Miss Bartlett.'",
               lambda n: _repeat_to("Lucy felt that she had been selfish. “Charlotte, you mustn’t spoil me, the room in"
                                    " the front—” “You must have it,” said Miss Bartlett. “No, no,” said Lucy. ", n),
               MB, "chars"),
    "novel": ("a 10 MB novel (synthetic, or --novel PATH)", novel, 10 * MB, "chars"),
}


def _novel_from(path: str, n: int) -> str:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from _common import texts_of

    base = "\n\n".join(t for t in texts_of(path) if t)
    if not base:
        raise ValueError(f"{path}: no text")
    return "\n\n".join([base] * (n // (len(base) + 2) + 1))[:n]


def child(case: str, size: int, novel_path: Optional[str], repeat: int = 3) -> dict[str, Any]:
    """Generate one input, time extract on it (best of ``repeat`` calls, fewer past 20 s), check the contract.

    Runs in the child process."""
    import quoteattr

    ex = quoteattr.Extractor()
    ex.extract("“Warm up,” she said.")
    text = _novel_from(novel_path, size) if case == "novel" and novel_path else CASES[case][1](size)
    secs = cpu = float("inf")
    spent = 0.0
    for _ in range(max(1, repeat)):
        t0, c0 = time.perf_counter(), time.process_time()
        quotes = ex.extract(text)
        took = time.perf_counter() - t0
        cpu = min(cpu, time.process_time() - c0)
        secs, spent = min(secs, took), spent + took
        if spent > 20:
            break
    problems: list[str] = []
    prev = (-1, -1)
    for q in quotes:
        spans: list[Any] = [q, q.open_mark, q.close_mark, q.verb]
        if q.speaker is not None and q.speaker.start is not None:
            spans.append(q.speaker)
        for sp in spans:
            if sp is not None and text[sp.start:sp.end] != sp.text:
                problems.append(f"text[{sp.start}:{sp.end}] != {sp.text[:30]!r}")
        if (q.start, q.end) < prev:
            problems.append(f"quote at {q.start} comes after one at {prev[0]}")
        prev = (q.start, q.end)
    return {"chars": len(text), "seconds": secs, "cpu_seconds": cpu, "quotes": len(quotes), "problems": problems[:5]}


def run_one(case: str, size: int, timeout: float, novel_path: Optional[str], repeat: int = 3) -> dict[str, Any]:
    cmd = [sys.executable, os.path.abspath(__file__), "--child", case, str(size), "--repeat", str(repeat)]
    if novel_path:
        cmd += ["--novel", novel_path]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"size": size, "status": "timeout", "seconds": None, "wall": time.perf_counter() - t0}
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        return {"size": size, "status": "crash", "seconds": None, "error": " | ".join(tail)}
    r: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    r["size"] = size
    r["status"] = "ok" if not r["problems"] else "contract"
    return r


def run(cases: list[str], scale: float, timeout: float, novel_path: Optional[str],
        out: Any = None, repeat: int = 3) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name in cases:
        desc, _gen, full, unit = CASES[name]
        big = max(4, int(full * scale))
        small = max(1, big // 4)
        r1 = run_one(name, small, timeout, novel_path, repeat)
        r4 = (run_one(name, big, timeout, novel_path, repeat) if r1["status"] == "ok"
              else {"size": big, "status": "skipped", "seconds": None})
        ratio = r4["seconds"] / r1["seconds"] if r1.get("seconds") and r4.get("seconds") else None
        cpu_ratio = r4["cpu_seconds"] / r1["cpu_seconds"] if r1.get("cpu_seconds") and r4.get("cpu_seconds") else None
        results[name] = {"description": desc, "unit": unit, "1x": r1, "4x": r4, "ratio": ratio,
                         "cpu_ratio": cpu_ratio}
        if out is not None:
            print_row(name, results[name], out)
    return results


HEADER = (f"{'case':12} {'1x size':>12} {'1x s':>8} {'4x size':>12} {'4x s':>8} {'4x/1x':>6} "
          f"{'cpu 4x/1x':>9} {'M chars/s':>9} {'quotes':>7}  status")


def _fmt_size(r: dict[str, Any], unit: str) -> str:
    if unit == "chars" or "chars" not in r:
        return f"{r.get('chars', r['size']):,}"
    return f"{r['size']:,} {unit}"


def print_row(name: str, r: dict[str, Any], out: Any) -> None:
    a, b = r["1x"], r["4x"]

    def secs(x: dict[str, Any]) -> str:
        return f"{x['seconds']:.3f}" if x.get("seconds") is not None else x["status"]

    speed = f"{b['chars'] / b['seconds'] / 1e6:.2f}" if b.get("seconds") else "-"
    ratio = f"{r['ratio']:.2f}" if r["ratio"] is not None else "-"
    cpu_ratio = f"{r['cpu_ratio']:.2f}" if r.get("cpu_ratio") is not None else "-"
    status = [x["status"] for x in (a, b)]
    flag = "ok" if status == ["ok", "ok"] else "/".join(status)
    if r["ratio"] is not None and r["ratio"] > 4.4 and (r.get("cpu_ratio") or 0) > 4.4:
        flag += " (super-linear?)"
    print(f"{name:12} {_fmt_size(a, r['unit']):>12} {secs(a):>8} {_fmt_size(b, r['unit']):>12} {secs(b):>8} "
          f"{ratio:>6} {cpu_ratio:>9} {speed:>9} {b.get('quotes', '-'):>7}  {flag}", file=out, flush=True)
    for x in (a, b):
        for p in x.get("problems") or []:
            print(f"    contract: {p}", file=out)
        if x.get("error"):
            print(f"    error: {x['error']}", file=out)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="adversarial.py", description=__doc__.split("\n")[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, from: {', '.join(CASES)}")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this (default 1)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per run (default 300)")
    ap.add_argument("--novel", metavar="PATH", help="build the novel case from this text (.txt or .jsonl)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="calls per run, the fastest counts (default 3; fewer once a run has spent 20 s)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--child", nargs=2, metavar=("CASE", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), args.novel, args.repeat)))
        return 0
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    bad = [c for c in cases if c not in CASES]
    if bad:
        ap.error(f"unknown case(s) {', '.join(bad)}; choose from {', '.join(CASES)}")
    if args.scale <= 0 or args.timeout <= 0 or args.repeat < 1:
        ap.error("--scale, --timeout and --repeat take a positive number")
    if args.novel and not os.path.exists(args.novel):
        ap.error(f"{args.novel}: no such file")
    if not args.json:
        print(HEADER, flush=True)
    results = run(cases, args.scale, args.timeout, args.novel, out=None if args.json else sys.stdout,
                  repeat=args.repeat)
    if args.json:
        print(json.dumps(results, indent=1))
    ok = all(r[k]["status"] == "ok" for r in results.values() for k in ("1x", "4x"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
