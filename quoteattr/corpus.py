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
from operator import attrgetter
from typing import Any, Optional

import attrs

from quoteattr.pipeline import Extractor
from quoteattr.types import (
    _QUOTE_FIELDS,
    _QUOTE_SET,
    _SPAN_FIELDS,
    _SPAN_SET,
    _SPEAKER_FIELDS,
    _SPEAKER_SET,
    _VERB_FIELDS,
    _VERB_SET,
    Quote,
    Span,
    Speaker,
    Verb,
)

__all__ = ["Result", "extract_many"]

# one unit of work: (index, id, text-or-anything); the worker checks the type
_Item = tuple[int, Any, Any]
# one unit of output: (index, id, quotes, error)
_Out = tuple[int, Any, Optional[tuple[Quote, ...]], Optional[str]]
# what a worker sends back for a chunk of texts: (per text its number of quotes, -1 where it failed; the
# failures' messages, in order; every quote of the chunk, as _pack_quotes's columns)
_Packed = tuple[list[int], list[str], list[Any]]


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


def _check(text: Any) -> None:
    """Raise the TypeError of an input that is not a ``str``; a ``str`` passes."""
    if isinstance(text, str):
        return
    if isinstance(text, tuple):
        raise TypeError(f"an input tuple must be (id, text), got a tuple of {len(text)}")
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("an input must be str, not bytes: decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"an input must be a str or an (id, str) tuple, not {type(text).__name__}")


def _extract_one(ex: Extractor, text: Any) -> tuple[Quote, ...]:
    _check(text)
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
# On two cores the parent shares the CPUs with the workers, so every CPU-second it spends per input is taken
# from them. So only a chunk's texts go to a worker (indices, ids and inputs that are not str stay with the
# parent), and the chunk's quotes come back as one set of columns: per field of Quote a list of that field's
# values, and for a Speaker, Verb or Span field the positions of the quotes that have one plus that class's
# own columns. Flat lists of strs, ints and floats are what pickle writes and reads fastest, and the parent
# rebuilds the objects a column at a time: object.__new__ mapped over the count, then each slot's setter
# mapped over its column, loops that run in C. No validator runs again: the values came from valid objects.

# the fields of Quote that hold an object travelling as columns of its own: its class, field getters, slot setters
_NESTED: dict[str, tuple[type, tuple[Any, ...], tuple[Any, ...]]] = {
    "speaker": (Speaker, tuple(map(attrgetter, _SPEAKER_FIELDS)), _SPEAKER_SET),
    "verb": (Verb, tuple(map(attrgetter, _VERB_FIELDS)), _VERB_SET),
    "open_mark": (Span, tuple(map(attrgetter, _SPAN_FIELDS)), _SPAN_SET),
    "close_mark": (Span, tuple(map(attrgetter, _SPAN_FIELDS)), _SPAN_SET),
}
_QUOTE_GET = tuple(map(attrgetter, _QUOTE_FIELDS))
_new = object.__new__
# the pipes' size: room for a few chunks of long articles (1 MiB is Linux's default limit for a user)
_PIPE_SIZE = 1 << 20


def _exhaust(it: Iterator[Any]) -> None:
    collections.deque(it, maxlen=0)


def _pack_quotes(quotes: list[Quote]) -> list[Any]:
    """``quotes`` as columns: per field of Quote the list of its values, or for a field of :data:`_NESTED`
    the tuple (positions of the quotes that have one, the columns of those objects). Inverse:
    :func:`_unpack_quotes`."""
    columns: list[Any] = []
    for name, get in zip(_QUOTE_FIELDS, _QUOTE_GET):
        column = list(map(get, quotes))
        nested = _NESTED.get(name)
        if nested is not None:
            cls, getters, _ = nested
            where = [i for i, v in enumerate(column) if v is not None]
            objs = [column[i] for i in where]
            if all(type(o) is cls for o in objs):  # (anything else travels as it is, in a plain column)
                columns.append((where, [list(map(g, objs)) for g in getters]))
                continue
        columns.append(column)
    return columns


def _build(cls: type, setters: tuple[Any, ...], columns: list[list[Any]], n: int) -> list[Any]:
    """``n`` new instances of ``cls``, each slot set from its column (no __init__, no validators)."""
    objs: list[Any] = list(map(_new, itertools.repeat(cls, n)))
    for put, column in zip(setters, columns):
        _exhaust(map(put, objs, column))
    return objs


def _unpack_quotes(columns: list[Any]) -> list[Quote]:
    """The Quotes :func:`_pack_quotes` packed: equal to them, with nested objects of the same classes."""
    n = len(columns[0])
    values: list[list[Any]] = []
    for name, column in zip(_QUOTE_FIELDS, columns):
        if isinstance(column, tuple):
            cls, _, setters = _NESTED[name]
            where, nested = column
            objs = _build(cls, setters, nested, len(where))
            if len(objs) == n:  # every quote has one
                column = objs
            else:
                column = [None] * n
                _exhaust(map(column.__setitem__, where, objs))
        values.append(column)
    return _build(Quote, _QUOTE_SET, values, n)


# --- worker side -------------------------------------------------------------------------------------

_worker_extractor: Optional[Extractor] = None


def _init_worker(options: dict[str, Any]) -> None:
    global _worker_extractor
    _worker_extractor = Extractor(**options)
    # everything the worker holds now (what a forked worker inherited from the caller, the compiled lexicons)
    # lives as long as the worker: keep the cyclic GC from walking it over and over, and, after a fork, from
    # writing to (and so copying) every inherited page as it does
    gc.freeze()


def _work(texts: list[str], raise_errors: bool) -> _Packed:
    ex = _worker_extractor
    if ex is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("quoteattr worker was not initialised")
    counts: list[int] = []
    errors: list[str] = []
    quotes: list[Quote] = []
    for text in texts:
        try:
            found = _extract_one(ex, text)
        except Exception as err:
            if raise_errors:
                raise
            counts.append(-1)
            errors.append(_describe(err))
        else:
            counts.append(len(found))
            quotes.extend(found)
    return counts, errors, _pack_quotes(quotes)


# --- parent side ---------------------------------------------------------------------------------------


def _texts(chunk: list[_Item]) -> list[str]:
    """What of a chunk goes to a worker: its ``str`` inputs (the others fail in the parent, in :func:`_merge`)."""
    return [text for _, _, text in chunk if isinstance(text, str)]


def _merge(chunk: list[_Item], packed: _Packed, raise_errors: bool) -> Iterator[Result]:
    """The Results of a chunk, in its order, from what a worker sent back for the chunk's texts."""
    counts, errors, columns = packed
    quotes = _unpack_quotes(columns)
    count, error = iter(counts), iter(errors)
    at = 0
    for index, id_, text in chunk:
        if not isinstance(text, str):
            try:
                _check(text)
            except TypeError as err:
                if raise_errors:
                    raise
                yield Result(id=id_, quotes=None, error=_describe(err), index=index)
            continue
        n = next(count)
        if n < 0:
            yield Result(id=id_, quotes=None, error=next(error), index=index)
        else:
            yield Result(id=id_, quotes=tuple(quotes[at:at + n]), error=None, index=index)
            at += n


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


def _widen_pipes(executor: ProcessPoolExecutor) -> None:
    """Give the pipes between the parent and the workers room for several chunks (Linux; else a no-op).

    A pipe holds 64 KiB by default, about one chunk of 16 articles (or of its quotes), so a chunk often
    crosses in several writes, each waiting for the reader; the parent's side of them runs in the
    executor's threads, which must wait for the GIL while the caller's thread works. A worker may then sit
    idle between chunks, waiting for the rest of its next chunk or for room to send its results. With room
    for whole chunks it waits less (in a simulation with a busy caller, its idle time between chunks fell by
    about a quarter); what the pipes hold stays bounded by the window.
    """
    try:
        import fcntl

        setsize = fcntl.F_SETPIPE_SZ  # type: ignore[attr-defined,unused-ignore]
    except (ImportError, AttributeError):  # pragma: no cover - not Linux
        return
    for queue in (getattr(executor, "_call_queue", None), getattr(executor, "_result_queue", None)):
        writer = getattr(queue, "_writer", None)
        try:
            fcntl.fcntl(writer.fileno(), setsize, _PIPE_SIZE)  # type: ignore[union-attr]
        except (AttributeError, OSError, ValueError):  # an unknown executor, or a lower limit for pipes
            pass


def _chunks(items: Iterator[_Item], size: int) -> Iterator[list[_Item]]:
    """``items`` in chunks of ``size``, but the last inputs in quarter chunks.

    The input is read one chunk ahead: once it is seen to end, what is left (one to two chunks) goes out
    in pieces, which the workers take as they come free, so that they run out of work together instead of
    up to a whole chunk apart (one idle core meanwhile).
    """
    ahead = list(itertools.islice(items, 2 * size))
    while len(ahead) == 2 * size:
        yield ahead[:size]
        del ahead[:size]
        ahead.extend(itertools.islice(items, size))
    piece = max(1, size // 4)
    for at in range(0, len(ahead), piece):
        yield ahead[at:at + piece]


def _parallel(items: Iterator[_Item], options: dict[str, Any], processes: int, chunksize: int,
              window: int, raise_errors: bool, start_method: Optional[str]) -> Iterator[Result]:
    def pool() -> ProcessPoolExecutor:
        # the start method is chosen per pool: a pool started after another may find threads about
        started = ProcessPoolExecutor(max_workers=processes, mp_context=_context(start_method),
                                      initializer=_init_worker, initargs=(options,))
        _widen_pipes(started)
        return started

    def submit(chunk: list[_Item]) -> Future[_Packed]:
        try:
            return executor.submit(_work, _texts(chunk), raise_errors)
        except BrokenProcessPool as broken:
            # a worker died before this chunk was even queued: it is lost with the others, below
            lost: Future[_Packed] = Future()
            lost.set_exception(broken)
            return lost

    executor = pool()
    pending: collections.deque[tuple[list[_Item], Future[_Packed]]] = collections.deque()
    chunks = _chunks(items, chunksize)
    try:
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, submit(chunk)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                packed = fut.result()
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
                            alone = submit([item]).result()
                        except BrokenProcessPool:
                            executor.shutdown(wait=False, cancel_futures=True)
                            executor = pool()
                            err = "worker process died while extracting this input (killed or crashed)"
                            if raise_errors:
                                raise RuntimeError(f"input {item[0]} (id {item[1]!r}): {err}") from None
                            yield Result(id=item[1], quotes=None, error=err, index=item[0])
                        else:
                            yield from _merge([item], alone, raise_errors)
                continue
            yield from _merge(chunk, packed, raise_errors)
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
    lazily, at most ``window`` chunks of ``chunksize`` inputs, and one chunk
    more, ahead of the result being handed out.

    * ``processes``: worker processes; ``1`` runs in this process, ``None`` or
      ``0`` uses every CPU (``os.cpu_count()``). Each worker builds one
      :class:`~quoteattr.Extractor` and keeps it.
    * ``chunksize``: inputs sent to a worker at a time (larger chunks cost
      less overhead, smaller ones keep the workers evenly busy). The last
      inputs, once the end of ``texts`` is in sight, go out in quarter chunks
      so that the workers finish together.
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
