"""Benchmark extract_many: one process vs N processes, identical results, memory flat as the corpus grows.

Not a test. Usage:

    python benchmarks/parallel.py CORPUS.jsonl [--docs 1000] [--processes 2] [--text-field text]

CORPUS is JSONL with a text field (e.g. /work/shared/data/polnear.train.jsonl); its
documents are cycled to reach --docs. Prints wall times, the speed-up, whether the
results are identical, and the parent's peak RSS for growing corpora.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time


def load(path: str, field: str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def timed(texts: list[str], processes: int, chunksize: int) -> tuple[float, list[dict]]:
    from quoteattr.corpus import extract_many

    t = time.perf_counter()
    out = [r.to_dict() for r in extract_many(texts, processes=processes, chunksize=chunksize)]
    return time.perf_counter() - t, out


def peak_rss(path: str, field: str, docs: int, processes: int) -> float:
    """Peak RSS (MiB) of a fresh parent process streaming `docs` documents through extract_many."""
    code = f"""
import itertools, json, resource
from quoteattr.corpus import extract_many
def stream():
    while True:
        with open({path!r}, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)[{field!r}]
n = sum(len(r.quotes) for r in extract_many(itertools.islice(stream(), {docs}), processes={processes}))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, n)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[0])


def _spin(_: int) -> float:
    t = time.perf_counter()
    s = 0
    for i in range(10_000_000):
        s += i
    return time.perf_counter() - t


def control(processes: int) -> float:
    """The speed-up this machine gives right now to pure CPU work (other load on the machine shows here)."""
    import multiprocessing

    t = time.perf_counter()
    for i in range(processes):
        _spin(i)
    one = time.perf_counter() - t
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        t = time.perf_counter()
        pool.map(_spin, range(processes))
        many = time.perf_counter() - t
    return one / many


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--chunksize", type=int, default=16)
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--memory", default="1000,4000,16000", help="corpus sizes for the memory check ('' skips)")
    args = ap.parse_args()

    base = load(args.corpus, args.text_field)
    texts = list(itertools.islice(itertools.cycle(base), args.docs))
    chars = sum(map(len, texts))
    print(f"{len(texts)} documents, {chars / len(texts):.0f} characters on average")
    timed(texts[:20], 1, args.chunksize)  # warm the lexicons
    t1, r1 = timed(texts, 1, args.chunksize)
    tn, rn = timed(texts, args.processes, args.chunksize)
    print(f"1 process:  {t1:6.2f} s  ({len(texts) / t1:6.1f} docs/s)")
    print(f"{args.processes} processes: {tn:6.2f} s  ({len(texts) / tn:6.1f} docs/s)  speed-up {t1 / tn:.2f}x "
          "(pool start-up included)")
    print(f"control: {args.processes} processes give {control(args.processes):.2f}x on a pure-Python loop "
          "(below ~1.9x, other work is competing for the cores)")
    print(f"identical results: {r1 == rn}  ({sum(len(r['quotes']) for r in r1)} quotes)")
    if args.memory:
        for n in (int(x) for x in args.memory.split(",")):
            rss = peak_rss(args.corpus, args.text_field, n, args.processes)
            print(f"peak parent RSS, {n:>6} documents, {args.processes} processes: {rss:6.1f} MiB")
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB peak)")


if __name__ == "__main__":
    main()
