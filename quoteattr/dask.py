"""Quote extraction on `Dask <https://dask.org>`_: a corpus spread over many cores or many machines.

Needs the dask extra (``pip install 'quoteattr[dask]'``). Work is mapped over a
bag's (or a dataframe's) partitions, and every worker process builds one
:class:`~quoteattr.Extractor` per set of options and reuses it for every
partition it runs; Dask does the scheduling, retries and data movement.

>>> import dask.bag as db, json
>>> from quoteattr.dask import extract_bag
>>> docs = db.read_text("pages-*.jsonl.gz").map(json.loads)          # doctest: +SKIP
>>> extract_bag(docs, id_field="url", text_field="body").map(json.dumps).to_textfiles("out-*.jsonl")  # doctest: +SKIP

With a cluster, connect a :class:`distributed.Client` first
(``Client("scheduler:8786")``, or ``Client(LocalCluster())`` on one machine);
nothing here depends on which scheduler runs the graph.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any, Optional

from quoteattr.pipeline import Extractor
from quoteattr.types import Quote

__all__ = ["extract_bag", "extract_dataframe", "QUOTE_COLUMNS"]

_lock = threading.Lock()
_extractors: dict[str, Extractor] = {}


def _extractor(options: dict[str, Any]) -> Extractor:
    """This process's Extractor for ``options`` (built once per worker process, shared by its threads)."""
    key = repr(sorted((k, tuple(v) if isinstance(v, (list, tuple)) else v) for k, v in options.items()))
    with _lock:
        ex = _extractors.get(key)
        if ex is None:
            ex = _extractors[key] = Extractor(**options)
    return ex


def _describe(err: BaseException) -> str:
    msg = str(err)
    return f"{type(err).__name__}: {msg}" if msg else type(err).__name__


def _split(item: Any, id_field: str, text_field: str) -> tuple[Any, Any]:
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1]
    if isinstance(item, dict):
        return item.get(id_field), item.get(text_field, _MISSING)
    return None, item


_MISSING = object()


def _extract(ex: Extractor, text: Any) -> list[Quote]:
    if text is _MISSING:
        raise KeyError("the record has no text field (choose it with text_field=)")
    if not isinstance(text, str):
        raise TypeError(f"a text must be a str, not {type(text).__name__}")
    return ex.extract(text)


def _bag_partition(items: Iterable[Any], options: dict[str, Any], id_field: str, text_field: str,
                   raise_errors: bool) -> list[dict[str, Any]]:
    ex = _extractor(options)
    out: list[dict[str, Any]] = []
    for item in items:
        id_: Any = None
        try:
            id_, text = _split(item, id_field, text_field)
            quotes = _extract(ex, text)
        except Exception as err:
            if raise_errors:
                raise
            out.append({"id": id_, "quotes": None, "error": _describe(err)})
            continue
        out.append({"id": id_, "quotes": [q.to_dict() for q in quotes], "error": None})
    return out


def extract_bag(bag: Any, *, id_field: str = "id", text_field: str = "text", raise_errors: bool = False,
                **options: Any) -> Any:
    """A ``dask.bag.Bag`` of result dicts, one per element of ``bag``, in the same order.

    Elements may be ``str``, ``(id, str)`` tuples, or dicts (e.g. JSONL lines
    after ``.map(json.loads)``) whose ``id_field`` and ``text_field`` hold the
    id and text. Each result is ``{"id": ..., "quotes": [Quote.to_dict(), ...]
    | None, "error": None | "message"}`` (``id`` is ``None`` for a bare
    string); an element that fails gets ``error`` set instead of failing the
    computation, unless ``raise_errors=True``. ``options`` are those of
    :class:`~quoteattr.Extractor`; bad ones raise here, before anything runs.
    The result is lazy: call ``.compute()``, ``.to_textfiles()`` and so on.
    """
    import dask.bag as db

    if not isinstance(bag, db.Bag):
        raise TypeError(f"extract_bag() takes a dask.bag.Bag, not {type(bag).__name__} "
                        "(make one with dask.bag.from_sequence or dask.bag.read_text)")
    Extractor(**options)  # fail fast, in the caller's process
    lazy: Any = bag  # dask's own methods are untyped
    return lazy.map_partitions(
        _bag_partition, options=options, id_field=id_field, text_field=text_field,
                              raise_errors=raise_errors)


QUOTE_COLUMNS: tuple[str, ...] = (
    "quote_id", "part", "kind", "text", "start", "end", "speaker", "speaker_text", "speaker_start",
    "speaker_end", "speaker_kind", "verb", "verb_lemma", "confidence", "error",
)
"""The columns :func:`extract_dataframe` adds to the id column: one row per quote (part)."""


def _rows(id_: Any, quotes: Optional[list[Quote]], error: Optional[str]) -> list[dict[str, Any]]:
    if quotes is None:
        return [{"id": id_, "error": error}]
    rows = []
    for q in quotes:
        sp, vb = q.speaker, q.verb
        rows.append({
            "id": id_, "quote_id": q.quote_id, "part": q.part, "kind": q.kind, "text": q.text,
            "start": q.start, "end": q.end,
            "speaker": sp.name if sp else None, "speaker_text": sp.text if sp else None,
            "speaker_start": sp.start if sp else None, "speaker_end": sp.end if sp else None,
            "speaker_kind": sp.kind if sp else None,
            "verb": vb.text if vb else None, "verb_lemma": vb.lemma if vb else None,
            "confidence": q.confidence, "error": None,
        })
    return rows


def _frame(rows: list[dict[str, Any]], id_name: str) -> Any:
    import pandas as pd

    df = pd.DataFrame(rows, columns=["id", *QUOTE_COLUMNS])
    ints = ["quote_id", "part", "start", "end", "speaker_start", "speaker_end"]
    strs = ["kind", "text", "speaker", "speaker_text", "speaker_kind", "verb", "verb_lemma", "error"]
    df[ints] = df[ints].astype("Int64")
    df["confidence"] = df["confidence"].astype("float64")
    df[strs] = df[strs].astype("string")
    return df.rename(columns={"id": id_name})


def _df_partition(part: Any, text_column: str, id_column: Optional[str], options: dict[str, Any],
                  raise_errors: bool) -> Any:
    ex = _extractor(options)
    ids = part[id_column] if id_column is not None else part.index
    rows: list[dict[str, Any]] = []
    for id_, text in zip(ids, part[text_column]):
        try:
            quotes = _extract(ex, text)
        except Exception as err:
            if raise_errors:
                raise
            rows.extend(_rows(id_, None, _describe(err)))
            continue
        rows.extend(_rows(id_, quotes, None))
    out = _frame(rows, id_column or "id")
    if len(out):
        out[id_column or "id"] = out[id_column or "id"].astype(ids.dtype)
    return out


def extract_dataframe(df: Any, text_column: str, id_column: Optional[str] = None, *, raise_errors: bool = False,
                      **options: Any) -> Any:
    """A ``dask.dataframe.DataFrame`` with one row per quote (part) of every document of ``df``.

    Columns: the id (``id_column``, or ``id`` holding ``df``'s index when
    ``id_column`` is ``None``) and :data:`QUOTE_COLUMNS`. A document without
    quotes has no rows; a document that fails (its text is not a string) has
    one row with ``error`` set and the other columns empty, unless
    ``raise_errors=True``. Offsets index the document's text, as everywhere.
    """
    import dask.dataframe as dd

    if not isinstance(df, dd.DataFrame):
        raise TypeError(f"extract_dataframe() takes a dask.dataframe.DataFrame, not {type(df).__name__}")
    for col in (text_column, id_column):
        if col is not None and col not in df.columns:
            raise KeyError(f"no column {col!r}; columns are {list(df.columns)}")
    Extractor(**options)
    meta = _frame([], id_column or "id")
    id_dtype = df[id_column].dtype if id_column is not None else df.index.dtype
    meta[id_column or "id"] = meta[id_column or "id"].astype(id_dtype)
    frame: Any = df
    return frame.map_partitions(
        _df_partition, text_column, id_column, options, raise_errors, meta=meta)
