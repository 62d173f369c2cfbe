"""Quote extraction over corpora: :func:`extract_many` streams results, in input order, from one or many processes.

>>> from quoteattr.corpus import extract_many
>>> for r in extract_many([("a", "“Yes,” she said."), ("b", "No quotes here.")]):
...     print(r.id, r.ok, len(r.quotes))
a True 1
b True 0

Memory stays bounded however long the input: inputs are read lazily, at most a
fixed window of chunks is in flight, and every result is handed to the caller
as soon as the results before it are. An input that fails (not a ``str``, or an
error inside the extractor) gives a :class:`Result` with ``error`` set instead
of stopping the run, unless ``raise_errors=True``.
"""

from __future__ import annotations

import collections
import gc
import itertools
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Optional

import attrs

from quoteattr.pipeline import Extractor
from quoteattr.types import Quote, _quote_from_state, _quote_state

__all__ = ["Result", "extract_many"]

# one unit of work: (index, id, text-or-anything); the worker checks the type
_Item = tuple[int, Any, Any]
# one unit of output: (index, id, quotes, error)
_Out = tuple[int, Any, Optional[tuple[Quote, ...]], Optional[str]]
# what a worker sends back for one input: (index, id, packed quotes, error); see _pack / _unpack
_Packed = tuple[int, Any, Optional[tuple[tuple[Any, ...], ...]], Optional[str]]


@attrs.frozen(slots=True)
class Result:
    """The outcome for one input of :func:`extract_many`.

    ``id`` is the caller's id (the input's position where it gave a bare
    string), ``index`` its 0-based position in the input. Exactly one of
    ``quotes`` and ``error`` is ``None``.
    """

    id: Any
    quotes: Optional[tuple[Quote, ...]]
    error: Optional[str]
    index: int

    @property
    def ok(self) -> bool:
        """True when the input was processed (``quotes`` is set)."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``{"id", "index", "quotes": [Quote.to_dict(), ...] | None, "error"}``."""
        return {
            "id": self.id,
            "index": self.index,
            "quotes": [q.to_dict() for q in self.quotes] if self.quotes is not None else None,
            "error": self.error,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Result:
        quotes = d.get("quotes")
        return cls(
            id=d.get("id"),
            quotes=tuple(Quote.from_dict(q) for q in quotes) if quotes is not None else None,
            error=d.get("error"),
            index=d.get("index", 0),
        )


def _describe(err: BaseException) -> str:
    msg = str(err)
    return f"{type(err).__name__}: {msg}" if msg else type(err).__name__


def _split(index: int, item: Any) -> _Item:
    """(index, id, text) for one input; a malformed input keeps its index as id and fails in the worker."""
    if isinstance(item, tuple) and len(item) == 2:
        return index, item[0], item[1]
    return index, index, item


def _extract_one(ex: Extractor, text: Any) -> tuple[Quote, ...]:
    if not isinstance(text, str):
        if isinstance(text, tuple):
            raise TypeError(f"an input tuple must be (id, text), got a tuple of {len(text)}")
        if isinstance(text, (bytes, bytearray)):
            raise TypeError("an input must be str, not bytes: decode it first, e.g. data.decode('utf-8')")
        raise TypeError(f"an input must be a str or an (id, str) tuple, not {type(text).__name__}")
    return tuple(ex.extract(text))


def _run(ex: Extractor, items: list[_Item], raise_errors: bool) -> list[_Out]:
    out: list[_Out] = []
    for index, id_, text in items:
        try:
            out.append((index, id_, _extract_one(ex, text), None))
        except Exception as err:
            if raise_errors:
                raise
            out.append((index, id_, None, _describe(err)))
    return out


# --- what crosses the pipe ------------------------------------------------------------------------------
# A worker sends each Quote as the plain tuple of Quote.__reduce__ (types._quote_state: its field values, the
# nested Speaker, Verb and Spans as tuples too), and the parent rebuilds it by setting the slots directly
# (types._quote_from_state). Unpickling is the only work of a parallel run that lands on the parent, which
# shares the cores with the workers; the values came from a valid Quote, so no validator runs again.
_pack = _quote_state
_unpack = _quote_from_state


def _pack_outs(outs: list[_Out]) -> list[_Packed]:
    return [(index, id_, tuple(map(_pack, quotes)) if quotes is not None else None, error)
            for index, id_, quotes, error in outs]


def _unpack_outs(packed: list[_Packed]) -> list[_Out]:
    return [(index, id_, tuple(map(_unpack, quotes)) if quotes is not None else None, error)
            for index, id_, quotes, error in packed]


# --- worker side -------------------------------------------------------------------------------------

_worker_extractor: Optional[Extractor] = None


def _init_worker(options: dict[str, Any]) -> None:
    global _worker_extractor
    _worker_extractor = Extractor(**options)
    # everything the worker holds now (what a forked worker inherited from the caller, the compiled lexicons)
    # lives as long as the worker: keep the cyclic GC from walking it over and over, and, after a fork, from
    # writing to (and so copying) every inherited page as it does
    gc.freeze()


def _work(items: list[_Item], raise_errors: bool) -> list[_Packed]:
    ex = _worker_extractor
    if ex is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("quoteattr worker was not initialised")
    return _pack_outs(_run(ex, items, raise_errors))


# --- driver --------------------------------------------------------------------------------------------


def _context(start_method: Optional[str]) -> Any:
    if start_method is None:
        methods = multiprocessing.get_all_start_methods()
        if "fork" in methods and sys.platform.startswith("linux") and threading.active_count() == 1:
            # a single-threaded parent forks safely, and its workers start warm: the lexicon patterns the
            # caller's process compiled (extract_many builds an Extractor first) are inherited, not rebuilt
            start_method = "fork"
        else:
            start_method = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(start_method)
    if start_method == "forkserver":
        # the fork server imports quoteattr once; every worker then starts from there
        ctx.set_forkserver_preload(["quoteattr.corpus"])
    return ctx


def _results(outs: list[_Out]) -> Iterator[Result]:
    for index, id_, quotes, error in outs:
        yield Result(id=id_, quotes=quotes, error=error, index=index)


def _in_process(items: Iterator[_Item], options: dict[str, Any], raise_errors: bool) -> Iterator[Result]:
    ex = Extractor(**options)
    for item in items:
        yield from _results(_run(ex, [item], raise_errors))


def _parallel(items: Iterator[_Item], options: dict[str, Any], processes: int, chunksize: int,
              window: int, raise_errors: bool, start_method: Optional[str]) -> Iterator[Result]:
    def pool() -> ProcessPoolExecutor:
        # the start method is chosen per pool: a pool started after another may find threads about
        return ProcessPoolExecutor(max_workers=processes, mp_context=_context(start_method),
                                   initializer=_init_worker, initargs=(options,))

    executor = pool()
    pending: collections.deque[tuple[list[_Item], Future[list[_Packed]]]] = collections.deque()
    chunks = iter(lambda: list(itertools.islice(items, chunksize)), [])
    try:
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                try:
                    queued: Future[list[_Packed]] = executor.submit(_work, chunk, raise_errors)
                except BrokenProcessPool as broken:
                    # a worker died before this chunk was even queued: it is lost with the others, below
                    queued = Future()
                    queued.set_exception(broken)
                pending.append((chunk, queued))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                outs = _unpack_outs(fut.result())
            except BrokenProcessPool:
                # a worker died (killed, out of memory, a crash in C code): every chunk in flight is lost.
                # Re-run those inputs one at a time in fresh pools, so only the input that kills a worker
                # gets an error, and carry on with the rest of the corpus.
                lost = [chunk] + [c for c, _ in pending]
                pending.clear()
                executor.shutdown(wait=False, cancel_futures=True)
                executor = pool()
                for c in lost:
                    for item in c:
                        try:
                            res = _unpack_outs(executor.submit(_work, [item], raise_errors).result())
                        except BrokenProcessPool:
                            executor.shutdown(wait=False, cancel_futures=True)
                            executor = pool()
                            err = "worker process died while extracting this input (killed or crashed)"
                            if raise_errors:
                                raise RuntimeError(f"input {item[0]} (id {item[1]!r}): {err}") from None
                            res = [(item[0], item[1], None, err)]
                        yield from _results(res)
                continue
            yield from _results(outs)
    finally:
        for _, f in pending:
            f.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def extract_many(
    texts: Iterable[Any],
    *,
    processes: Optional[int] = 1,
    chunksize: int = 16,
    raise_errors: bool = False,
    window: Optional[int] = None,
    start_method: Optional[str] = None,
    **options: Any,
) -> Iterator[Result]:
    """Extract quotes from every input of ``texts``; an iterator of :class:`Result`, one per input, in input order.

    ``texts`` holds ``str`` or ``(id, str)`` tuples and may be any iterable,
    including a generator over a corpus too large for memory: it is consumed
    lazily, at most ``window`` chunks of ``chunksize`` inputs ahead of the
    result being handed out.

    * ``processes``: worker processes; ``1`` runs in this process, ``None`` or
      ``0`` uses every CPU (``os.cpu_count()``). Each worker builds one
      :class:`~quoteattr.Extractor` and keeps it.
    * ``chunksize``: inputs sent to a worker at a time (larger chunks cost
      less overhead, smaller ones keep the workers evenly busy).
    * ``raise_errors``: raise the first input's error instead of recording it
      on that input's result.
    * ``window``: chunks in flight at most (default ``2 * processes``).
    * ``start_method``: the multiprocessing start method. By default
      ``"fork"`` on Linux when the calling process runs a single thread (the
      workers then start at once, with the lexicons already compiled), else
      ``"forkserver"`` where the platform has it, else ``"spawn"``. With
      those two, as with any multiprocessing code, a script that calls this
      with ``processes > 1`` needs an ``if __name__ == "__main__":`` guard.
    * ``options``: those of :class:`~quoteattr.Extractor` (``language``,
      ``kinds``, ``dialogue_dashes``, ``min_confidence``); bad options raise
      here, before any input is read.
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("extract_many() takes an iterable of texts, not a single str; use extract() for one text")
    if not isinstance(texts, Iterable):
        raise TypeError(f"extract_many() takes an iterable of texts, not {type(texts).__name__}")
    if processes is None or processes == 0:
        processes = os.cpu_count() or 1
    if not isinstance(processes, int) or isinstance(processes, bool) or processes < 0:
        raise ValueError(f"processes must be a positive int (or 0/None for every CPU), got {processes!r}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")
    if window is None:
        window = 2 * processes
    if not isinstance(window, int) or isinstance(window, bool) or window < 1:
        raise ValueError(f"window must be a positive int, got {window!r}")
    if start_method is not None and start_method not in multiprocessing.get_all_start_methods():
        raise ValueError(f"start_method must be one of {multiprocessing.get_all_start_methods()}, got {start_method!r}")
    Extractor(**options)  # fail fast on bad options, in the caller's process
    items = itertools.starmap(_split, enumerate(texts))
    if processes == 1:
        return _in_process(items, options, raise_errors)
    return _parallel(items, options, processes, chunksize, window, raise_errors, start_method)
