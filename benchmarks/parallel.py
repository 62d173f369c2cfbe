"""Benchmark extract_many: one process vs N processes, identical results, memory flat as the corpus grows.

Not a test. Usage:

    python benchmarks/parallel.py CORPUS.jsonl [--docs 1000] [--processes 2] [--repeat 5] [--text-field text]

CORPUS is JSONL with a text field (e.g. /work/shared/data/polnear.train.jsonl); its
documents are cycled to reach --docs. Runs one process and N processes in turn,
--repeat times, on the same inputs; prints the wall times (median and range), the
speed-up, whether the results are identical, and the parent's peak RSS for growing
corpora. Each run also shows the CPU time other programs took on the machine while
it ran ("foreign", from /proc/stat where there is one): a run with much of it was
measured on a machine that was not free. It also shows the CPU time the parent
process spent per document in the N-process runs (all its threads, and the
caller's to_dict): with N workers on N cores that time is taken from the workers,
so it is the part of the lost speed-up the library controls, and unlike wall
times it still means something on a busy machine.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import time


def load(path: str, field: str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def _busy() -> float:
    """CPU seconds the whole machine has spent so far (0.0 where /proc/stat is missing)."""
    try:
        with open("/proc/stat") as fh:
            v = [int(x) for x in fh.readline().split()[1:]]
    except OSError:
        return 0.0
    return (sum(v[:3]) + sum(v[5:8])) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait


def timed(texts: list[str], processes: int, chunksize: int) -> tuple[float, float, float, float, str]:
    """(wall seconds, CPU seconds other programs used meanwhile, CPU seconds of this process, of its
    workers, the results as one JSON string).

    The clock covers extract_many and turning every result into a dict, as a caller would. The dicts are
    then serialised and dropped (off the clock), so every run starts with the same heap: a run that finds
    the previous run's 100 000 result objects alive pays for them in garbage collection, in the parent and
    in the forked workers."""
    from quoteattr.corpus import extract_many

    b0, c0 = _busy(), os.times()
    t = time.perf_counter()
    out = [r.to_dict() for r in extract_many(texts, processes=processes, chunksize=chunksize)]
    wall = time.perf_counter() - t
    b1, c1 = _busy(), os.times()
    parent = sum(c1[:2]) - sum(c0[:2])  # user + system, of this process (all its threads)
    workers = sum(c1[2:4]) - sum(c0[2:4])  # and of its (joined) workers
    return wall, max(0.0, b1 - b0 - parent - workers), parent, workers, json.dumps(out, sort_keys=True)


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
    ap.add_argument("--repeat", type=int, default=5, help="runs of each (one process, N processes), alternated")
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--memory", default="1000,4000,16000", help="corpus sizes for the memory check ('' skips)")
    args = ap.parse_args()

    base = load(args.corpus, args.text_field)
    texts = list(itertools.islice(itertools.cycle(base), args.docs))
    chars = sum(map(len, texts))
    print(f"{len(texts)} documents, {chars / len(texts):.0f} characters on average")
    timed(texts[:20], 1, args.chunksize)  # warm the lexicons
    ones: list[float] = []
    manys: list[float] = []
    parents: list[float] = []
    workers: list[float] = []
    identical = True
    quotes = 0
    for i in range(args.repeat):
        t1, f1, c1, _, r1 = timed(texts, 1, args.chunksize)
        tn, fn, pn, wn, rn = timed(texts, args.processes, args.chunksize)
        parents.append(pn)
        workers.append(wn)
        identical = identical and r1 == rn
        quotes = sum(len(r["quotes"]) for r in json.loads(r1))
        ones.append(t1)
        manys.append(tn)
        print(f"run {i + 1}: 1 process {t1:6.2f} s (foreign CPU {f1:4.2f} s), {args.processes} processes "
              f"{tn:6.2f} s (foreign CPU {fn:4.2f} s): {t1 / tn:.2f}x; CPU: 1 process {c1:.2f} s, "
              f"{args.processes} processes {wn:.2f} s in workers + {pn:.3f} s in the parent "
              f"({pn / len(texts) * 1e3:.3f} ms per document)", flush=True)
    t1, tn = statistics.median(ones), statistics.median(manys)
    ratios = [a / b for a, b in zip(ones, manys)]
    print(f"1 process:  {t1:6.2f} s median ({len(texts) / t1:6.1f} docs/s), range {min(ones):.2f}-{max(ones):.2f}")
    print(f"{args.processes} processes: {tn:6.2f} s median ({len(texts) / tn:6.1f} docs/s), range "
          f"{min(manys):.2f}-{max(manys):.2f} (pool start-up included)")
    print(f"speed-up: {t1 / tn:.2f}x (of the medians); per run: median {statistics.median(ratios):.2f}x, "
          f"range {min(ratios):.2f}-{max(ratios):.2f}x")
    pm = statistics.median(parents)
    print(f"parent CPU ({args.processes} processes, to_dict included): median {pm:.3f} s, "
          f"{pm / len(texts) * 1e3:.3f} ms per document, range {min(parents):.3f}-{max(parents):.3f} s; "
          f"workers' CPU: median {statistics.median(workers):.2f} s")
    print(f"control: {args.processes} processes give {control(args.processes):.2f}x on a pure-Python loop "
          "(below ~1.9x, other work is competing for the cores)")
    print(f"identical results: {identical}  ({quotes} quotes)")
    if args.memory:
        for n in (int(x) for x in args.memory.split(",")):
            rss = peak_rss(args.corpus, args.text_field, n, args.processes)
            print(f"peak parent RSS, {n:>6} documents, {args.processes} processes: {rss:6.1f} MiB")
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB peak)")


if __name__ == "__main__":
    main()
