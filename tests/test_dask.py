"""quoteattr.dask on a real distributed.LocalCluster: the same results as in-process, in order, errors recorded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

db = pytest.importorskip("dask.bag", reason="the dask extra is not installed (pip install 'quoteattr[dask]')")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (distributed)")

from quoteattr.corpus import extract_many  # noqa: E402
from quoteattr.dask import QUOTE_COLUMNS, extract_bag, extract_dataframe  # noqa: E402


def make_texts(n: int) -> list[str]:
    names = ["Mara Quist", "Tobias Wren", "Dr. Lena Osei", "Inspector Hale"]
    out = []
    for i in range(n):
        text = f"Report {i}. “We will publish the figures by Friday,” {names[i % 4]} said."
        if i % 3 == 0:
            text += "\n\n“It is a start,” she said, “but only a start.”"
        if i % 5 == 2:
            text += f"\n\n{names[(i + 1) % 4]} said the committee would meet again in {i % 11 + 2} weeks."
        out.append(text)
    return out


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as c:
        yield c


def test_bag_matches_in_process_results(client: object) -> None:
    texts = make_texts(40)
    items = [(f"doc{i}", t) for i, t in enumerate(texts)]
    got = extract_bag(db.from_sequence(items, npartitions=5)).compute()
    want = [{"id": r.id, "quotes": [q.to_dict() for q in r.quotes], "error": None} for r in extract_many(items)]
    assert got == want
    assert sum(len(r["quotes"]) for r in got) > 40
    # the work really ran on the cluster's worker processes
    assert len(client.run(lambda: 1)) == 2  # type: ignore[attr-defined]


def test_bag_of_records_with_options_and_failures(client: object) -> None:
    texts = make_texts(10)
    recs = [{"url": f"u{i}", "body": t} for i, t in enumerate(texts)]
    recs[3] = {"url": "u3", "body": None}
    recs[6] = {"url": "u6"}
    got = extract_bag(db.from_sequence(recs, npartitions=3), id_field="url", text_field="body",
                      kinds=["direct"]).compute()
    assert [r["id"] for r in got] == [f"u{i}" for i in range(10)]
    assert [r["error"] is None for r in got] == [i not in (3, 6) for i in range(10)]
    assert "str" in got[3]["error"] and "text_field" in got[6]["error"]
    for r, t in zip(got, texts):
        if r["error"] is None:
            assert r["quotes"] == [q.to_dict() for q in next(iter(extract_many([t], kinds=["direct"]))).quotes]
            assert all(q["kind"] == "direct" for q in r["quotes"])


def test_bag_arguments_are_checked_eagerly() -> None:
    with pytest.raises(TypeError, match="dask.bag.Bag"):
        extract_bag(["a list"])
    with pytest.raises(ValueError, match="kind"):
        extract_bag(db.from_sequence(["x"]), kinds=["bogus"])


def test_bag_raise_errors(client: object) -> None:
    with pytest.raises(TypeError):
        extract_bag(db.from_sequence(["“Ok,” he said.", 5], npartitions=1), raise_errors=True).compute()


def test_dataframe_one_row_per_quote(client: object) -> None:
    dd = pytest.importorskip("dask.dataframe", reason="dask.dataframe needs pandas (pip install 'dask[dataframe]')")
    import pandas as pd

    texts = make_texts(12)
    pdf = pd.DataFrame({"doc": [f"d{i}" for i in range(12)], "body": texts})
    pdf.loc[5, "body"] = None
    out = extract_dataframe(dd.from_pandas(pdf, npartitions=3), "body", "doc").compute()
    assert list(out.columns) == ["doc", *QUOTE_COLUMNS]
    for i, t in enumerate(texts):
        rows = out[out["doc"] == f"d{i}"]
        if i == 5:
            assert len(rows) == 1 and "str" in rows["error"].iloc[0]
            continue
        quotes = next(iter(extract_many([t]))).quotes
        assert list(rows["text"]) == [q.text for q in quotes]
        assert list(rows["start"]) == [q.start for q in quotes]
        assert list(rows["speaker"].fillna("")) == [q.speaker.name if q.speaker else "" for q in quotes]
        assert all(t[s:e] == x for s, e, x in zip(rows["start"], rows["end"], rows["text"]))
    with pytest.raises(KeyError, match="nope"):
        extract_dataframe(dd.from_pandas(pdf, npartitions=1), "nope")
