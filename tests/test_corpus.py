"""extract_many: one result per input, in input order, in-process or in worker processes, memory bounded."""

from __future__ import annotations

import itertools
import os
import pickle

import pytest

import quoteattr
from quoteattr import corpus
from quoteattr.corpus import Result, extract_many
from quoteattr.types import Quote, Speaker

NAMES = ["Mara Quist", "Tobias Wren", "Dr. Lena Osei", "Inspector Hale", "Rosa Delgado"]
VERBS = ["said", "told reporters", "added", "insisted", "explained"]


def make_texts(n: int) -> list[str]:
    """Small original news-like documents, varied enough that results differ between them."""
    out = []
    for i in range(n):
        name, verb = NAMES[i % len(NAMES)], VERBS[(i // 2) % len(VERBS)]
        body = [
            f"Report {i}. The harbour committee met on day {i % 28 + 1} to discuss the ferry timetable.",
            f"“We will publish the figures by Friday,” {name} {verb}.",
        ]
        if i % 3 == 0:
            body.append("“It is a start,” she said, “but only a start.”")
        if i % 4 == 1:
            body.append("Nobody on the quay wanted to talk about the weather.")
        if i % 5 == 2:
            body.append(f"{name} said the committee would meet again in {i % 11 + 2} weeks.")
        out.append("\n\n".join(body))
    return out


def dicts(results: list[Result]) -> list[dict]:
    return [r.to_dict() for r in results]


def test_one_clear_quote_in_process() -> None:
    text = "The vote passed. “We are ready,” she said."
    [res] = list(extract_many([text]))
    assert res.ok and res.error is None and res.index == 0 and res.id == 0
    assert any(q.text.startswith("We are ready") for q in res.quotes)
    for q in res.quotes:
        assert text[q.start:q.end] == q.text


def test_in_process_matches_extract_and_keeps_ids_and_order() -> None:
    texts = make_texts(12)
    items = [(f"doc-{i}", t) for i, t in enumerate(texts)]
    results = list(extract_many(items))
    assert [r.id for r in results] == [f"doc-{i}" for i in range(12)]
    assert [r.index for r in results] == list(range(12))
    for r, t in zip(results, texts):
        assert list(r.quotes) == quoteattr.extract(t)


def test_options_are_passed_to_the_extractor() -> None:
    texts = make_texts(10)
    for r, t in zip(extract_many(texts, kinds=["direct"], min_confidence=0.3), texts):
        assert list(r.quotes) == quoteattr.extract(t, kinds=("direct",), min_confidence=0.3)
        assert all(q.kind == "direct" and q.confidence >= 0.3 for q in r.quotes)


def test_two_processes_give_identical_results_in_input_order() -> None:
    texts = make_texts(60)
    items = [(f"id{i}", t) for i, t in enumerate(texts)]
    serial = list(extract_many(items, processes=1))
    parallel = list(extract_many(items, processes=2, chunksize=3))
    assert [r.id for r in parallel] == [f"id{i}" for i in range(60)]
    assert dicts(parallel) == dicts(serial)
    assert sum(len(r.quotes) for r in serial) > 60  # the fixture really has quotes to compare


def test_quotes_cross_the_pipe_whole() -> None:
    # a worker sends a chunk's quotes as columns (corpus._pack_quotes) that the parent rebuilds (_unpack_quotes)
    full = Quote.from_dict({
        "text": "We will", "start": 1, "end": 8, "kind": "mixed",
        "speaker": {"name": "Mara Quist", "start": 20, "end": 24, "text": "Mara", "kind": "name", "entity": 3,
                    "confidence": 0.75},
        "verb": {"text": "said", "lemma": "say", "start": 25, "end": 29},
        "open_mark": {"text": "“", "start": 0, "end": 1}, "close_mark": {"text": "”", "start": 8, "end": 9},
        "paragraph": 2, "sentence": 5, "quote_id": 7, "part": 1, "confidence": 0.5,
    })
    bare = Quote(text="x", start=4, end=5, kind="indirect", speaker=Speaker(name="she"))
    extracted = [q for t in make_texts(6) for q in quoteattr.extract(t)]
    # every mix of present and absent nested objects, all present, none, and no quotes at all
    for quotes in ([full, bare, *extracted], [full, full], [bare], extracted, []):
        back = corpus._unpack_quotes(pickle.loads(pickle.dumps(corpus._pack_quotes(quotes))))
        assert back == quotes
        for b, q in zip(back, quotes):
            assert type(b) is Quote and b.to_dict() == q.to_dict() and hash(b) == hash(q)
            for name in ("speaker", "verb", "open_mark", "close_mark"):
                assert type(getattr(b, name)) is type(getattr(q, name))
    assert full.speaker is not None and full.verb is not None and bare.verb is None


def test_a_subclass_in_a_quote_crosses_the_pipe_as_itself() -> None:
    class Marked(Speaker):
        pass

    odd = Quote(text="x", start=0, end=1, speaker=Marked(name="Mara Quist", kind="name"))
    plain = Quote(text="y", start=2, end=3, speaker=Speaker(name="Tobias Wren"))
    back = corpus._unpack_quotes(corpus._pack_quotes([odd, plain]))
    assert back == [odd, plain] and type(back[0].speaker) is Marked and type(back[1].speaker) is Speaker


def test_only_texts_go_to_the_workers() -> None:
    # ids and inputs that are not str stay in the parent: an id that cannot be pickled is no problem
    lock_id, odd = __import__("threading").Lock(), object()
    texts = make_texts(5)
    inputs = [(lock_id, texts[0]), ("odd", odd), *texts[1:]]
    results = list(extract_many(inputs, processes=2, chunksize=2))
    assert results[0].id is lock_id and results[0].quotes == tuple(quoteattr.extract(texts[0]))
    assert not results[1].ok and "object" in results[1].error
    assert [r.quotes for r in results[2:]] == [tuple(quoteattr.extract(t)) for t in texts[1:]]


def test_failures_are_recorded_not_raised() -> None:
    good = "“Fine,” he said."
    inputs = [good, b"bytes", None, ("a", "b", "c"), ("x", 7), ("y", good)]
    for processes in (1, 2):
        results = list(extract_many(inputs, processes=processes, chunksize=2))
        assert [r.index for r in results] == list(range(6))
        assert [r.ok for r in results] == [True, False, False, False, False, True]
        assert "bytes" in results[1].error and "decode" in results[1].error
        assert results[2].error.startswith("TypeError")
        assert results[3].quotes is None and "(id, text)" in results[3].error
        assert results[4].id == "x" and "int" in results[4].error
        assert results[5].id == "y" and results[5].quotes == results[0].quotes


@pytest.mark.parametrize("processes", [1, 2])
def test_raise_errors_raises(processes: int) -> None:
    with pytest.raises(TypeError, match="bytes"):
        list(extract_many(["“Fine,” he said.", b"oops"], processes=processes, raise_errors=True))
    # the inputs before the failing one are handed out first
    got = []
    with pytest.raises(TypeError, match="int"):
        for r in extract_many(["“Fine,” he said.", "“Good,” she said.", 7], processes=processes,
                              chunksize=4, raise_errors=True):
            got.append(r.index)
    assert got == [0, 1]


def test_bad_arguments_fail_before_reading_input() -> None:
    def never() -> object:
        raise AssertionError("input was read")
        yield  # pragma: no cover

    with pytest.raises(ValueError, match="kind"):
        extract_many(never(), kinds=["bogus"])
    with pytest.raises(ValueError, match="min_confidence"):
        extract_many(never(), min_confidence=2)
    with pytest.raises(TypeError):
        extract_many(never(), colour="red")
    with pytest.raises(ValueError, match="processes"):
        extract_many(never(), processes=-1)
    with pytest.raises(ValueError, match="chunksize"):
        extract_many(never(), chunksize=0)
    with pytest.raises(ValueError, match="start_method"):
        extract_many(never(), processes=2, start_method="teleport")
    with pytest.raises(TypeError, match="single str"):
        extract_many("“one text,” she said.")
    with pytest.raises(TypeError, match="iterable"):
        extract_many(42)


def test_input_is_consumed_lazily() -> None:
    consumed = []

    def source() -> object:
        for i, t in enumerate(itertools.cycle(make_texts(7))):
            consumed.append(i)
            yield t

    it = extract_many(source())
    first = next(it)
    assert first.index == 0 and len(consumed) == 1
    it.close()

    consumed.clear()
    it = extract_many(source(), processes=2, chunksize=4, window=3)
    first = next(it)
    assert first.index == 0
    assert len(consumed) <= (3 + 1) * 4 + 1  # at most the window of chunks, and one chunk more, was read ahead
    rest = list(itertools.islice(it, 40))
    assert [r.index for r in rest] == list(range(1, 41))
    assert len(consumed) <= 41 + (3 + 1) * 4 + 1
    it.close()


def test_chunks_end_in_smaller_pieces() -> None:
    for n, size in [(0, 4), (1, 4), (7, 4), (8, 4), (9, 4), (100, 16), (33, 16), (5, 1), (6, 2)]:
        items = [(i, i, str(i)) for i in range(n)]
        chunks = list(corpus._chunks(iter(items), size))
        assert [it for c in chunks for it in c] == items  # every input once, in order
        assert all(0 < len(c) <= size for c in chunks)
        full = [len(c) for c in chunks].count(size)
        if n >= 2 * size:  # all but the last one or two chunks' worth are full chunks, the rest quarter chunks
            assert full >= n // size - 2 and all(len(c) <= max(1, size // 4) for c in chunks[full:])


def test_an_endless_corpus_streams() -> None:
    endless = ((i, f"Item {i}. “Number {i},” she said.") for i in itertools.count())
    got = list(itertools.islice(extract_many(endless, processes=2, chunksize=8), 200))
    assert [r.id for r in got] == list(range(200))
    assert all(r.ok and r.quotes for r in got)


def _crash_on_marker(ex: quoteattr.Extractor, text: object) -> tuple:
    if text == "CRASH":
        os._exit(3)
    return tuple(ex.extract(text))  # type: ignore[arg-type]


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork")
def test_a_dying_worker_costs_only_its_own_input(monkeypatch: pytest.MonkeyPatch) -> None:
    # with the fork start method the workers inherit this patched function
    monkeypatch.setattr(corpus, "_extract_one", _crash_on_marker)
    texts = make_texts(20)
    texts[7] = "CRASH"
    results = list(extract_many(texts, processes=2, chunksize=3, start_method="fork"))
    assert [r.index for r in results] == list(range(20))
    assert [i for i, r in enumerate(results) if not r.ok] == [7]
    assert "worker process died" in results[7].error
    for r, t in zip(results, texts):
        if r.ok:
            assert list(r.quotes) == quoteattr.extract(t)


def test_result_round_trips_through_a_dict() -> None:
    [ok, bad] = list(extract_many([("k", "“Yes,” she said."), ("z", None)]))
    for r in (ok, bad):
        assert Result.from_dict(r.to_dict()) == r
    assert bad.to_dict() == {"id": "z", "index": 1, "quotes": None, "error": bad.error}


def test_empty_input_gives_nothing() -> None:
    assert list(extract_many([])) == []
    assert list(extract_many(iter([]), processes=2)) == []


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_other_start_methods(method: str) -> None:
    if method not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    texts = make_texts(9)
    got = list(extract_many(texts, processes=2, chunksize=2, start_method=method, kinds=["direct"]))
    assert dicts(got) == dicts(list(extract_many(texts, kinds=["direct"])))
