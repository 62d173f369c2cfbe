"""The command line: the sample, formats, inputs of every kind, errors with exit codes, resume, download."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import types
from importlib import resources
from pathlib import Path

import pytest

from quoteattr import cli

SAMPLE = resources.files("quoteattr").joinpath("sample.txt").read_text(encoding="utf-8")
CLEAR = "The committee met at noon.\n\n“We will publish the figures by Friday,” she said.\n"
OTHER = "“The ferry stays,” said Mayor Ann Ross. “For now.”\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def check_offsets(text: str, quotes: list[dict]) -> None:
    for q in quotes:
        assert text[q["start"]:q["end"]] == q["text"]
        if q["speaker"] and q["speaker"]["start"] is not None:
            assert text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "clear.txt").write_text(CLEAR, encoding="utf-8")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("“Olé,” she said.".encode() + " café".encode("latin-1"))
    (tmp_path / "adir").mkdir()
    return tmp_path


# --- the sample and the formats ----------------------------------------------------------------------


def test_sample_has_the_promised_features() -> None:
    paras = [p for p in SAMPLE.split("\n\n") if p.strip()]
    assert 2000 <= len(SAMPLE) <= 3000
    assert "“" in SAMPLE and "”" in SAMPLE and '"' not in SAMPLE
    assert ": “" in SAMPLE or ":\n\n“" in SAMPLE  # a colon-introduced quote
    assert any(p.startswith("“") and "”" not in p for p in paras)  # a quote running over paragraphs
    assert "” she said" in SAMPLE or ", she said" in SAMPLE  # a pronoun speaker
    assert "said Councillor" in SAMPLE or "Mayor " in SAMPLE  # title + name


def test_no_arguments_prints_a_table_of_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["--width", "100"], capsys)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert "quote" in lines[1] and "speaker" in lines[1] and "verb" in lines[1] and "offsets" in lines[1]
    assert len(lines) > 8
    assert all(len(line) <= 100 for line in lines)
    assert "We counted the cars" in out
    code, narrow, _ = run(["--width", "80"], capsys)
    assert code == 0 and all(len(line) <= 80 for line in narrow.splitlines())
    assert "…" in narrow  # long quotes are shortened


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_formats_of_the_sample(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--format", fmt], capsys)
    assert code == 0
    recs = json.loads(out) if fmt == "json" else records(out)
    [rec] = recs
    assert rec["id"] == "sample" and rec["error"] is None
    assert len(rec["quotes"]) >= 5
    assert any(q["speaker"] for q in rec["quotes"])
    check_offsets(SAMPLE, rec["quotes"])


def test_options_reach_the_extractor(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--format", "jsonl", "--kinds", "indirect"], capsys)
    assert all(q["kind"] == "indirect" for q in records(out)[0]["quotes"])
    _, out, _ = run(["--format", "jsonl", "--min-confidence", "0.6"], capsys)
    assert all(q["confidence"] >= 0.6 for q in records(out)[0]["quotes"])


def test_html_format(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("quoteattr.render", reason="quoteattr.render is written by another helper")
    code, out, _ = run(["--format", "html", str(files / "clear.txt")], capsys)
    assert code == 0
    assert "<html" in out.lower() and "We will publish the figures by Friday," in out
    code, _, err = run(["--format", "html", str(files / "clear.txt"), str(files / "other.txt")], capsys)
    assert code == 2 and "one" in err


# --- inputs --------------------------------------------------------------------------------------------


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CLEAR.encode("utf-8"))))
    code, out, _ = run(["-", "--format", "jsonl"], capsys)
    assert code == 0
    [rec] = records(out)
    assert rec["id"] == "<stdin>" and any(q["text"].startswith("We will publish") for q in rec["quotes"])
    check_offsets(CLEAR, rec["quotes"])


def test_empty_stdin_is_an_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    code, out, err = run(["-"], capsys)
    assert code == 1 and "stdin is empty" in err and "Traceback" not in err


def test_bad_inputs_are_reported_and_the_rest_still_processed(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = [str(files / n) for n in ("clear.txt", "missing.txt", "adir", "binary.bin", "latin1.txt", "other.txt")]
    code, out, err = run(args + ["--format", "jsonl"], capsys)
    assert code == 1
    recs = records(out)
    assert [Path(r["id"]).name for r in recs] == ["clear.txt", "missing.txt", "adir", "binary.bin", "latin1.txt",
                                                   "other.txt"]
    assert [r["error"] is None for r in recs] == [True, False, False, False, False, True]
    assert recs[0]["quotes"] and recs[5]["quotes"]
    check_offsets(CLEAR, recs[0]["quotes"])
    check_offsets(OTHER, recs[5]["quotes"])
    lines = err.splitlines()
    assert len(lines) == 4 and all(line.startswith("quoteattr: error: ") for line in lines)
    assert "missing.txt: no such file" in lines[0]
    assert "adir: is a directory" in lines[1] and "-r" in lines[1]
    assert "binary.bin: binary file" in lines[2]
    offset = len("“Olé,” she said. café".encode()) - 2  # the latin-1 é
    assert "latin1.txt: invalid UTF-8 at byte offset " + str(offset) in lines[3]
    assert "--encoding-errors" in lines[3]


def test_encoding_errors_replace(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(files / "latin1.txt"), "--encoding-errors", "replace", "-f", "jsonl"], capsys)
    assert code == 0 and err == ""
    [rec] = records(out)
    check_offsets("“Olé,” she said. caf\ufffd", rec["quotes"])
    code, out, _ = run([str(files / "latin1.txt"), "--encoding", "latin-1", "-f", "jsonl"], capsys)
    assert code == 0


def test_table_goes_on_after_a_bad_file(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(files / "missing.txt"), str(files / "clear.txt")], capsys)
    assert code == 1 and "clear.txt: 1 quote" in out and "We will publish" in out and "missing.txt" in err


def test_directories_and_globs(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sub = files / "adir" / "deeper"
    sub.mkdir()
    (sub / "one.txt").write_text(CLEAR, encoding="utf-8")
    (sub / "two.md").write_text(OTHER, encoding="utf-8")
    (sub / ".hidden.txt").write_text(OTHER, encoding="utf-8")
    code, out, _ = run(["-r", str(files / "adir"), "-f", "jsonl"], capsys)
    assert code == 0 and [Path(r["id"]).name for r in records(out)] == ["one.txt", "two.md"]
    code, out, _ = run(["-r", str(files / "adir"), "--include", "*.md", "-f", "jsonl"], capsys)
    assert [Path(r["id"]).name for r in records(out)] == ["two.md"]
    code, out, _ = run([str(files / "*.txt"), "-f", "jsonl"], capsys)
    assert [Path(r["id"]).name for r in records(out)] == ["clear.txt", "latin1.txt", "other.txt"]
    code, out, err = run([str(files / "*.nothing"), "-f", "jsonl"], capsys)
    assert code == 1 and "no files match" in err
    (files / "empty").mkdir()
    code, out, err = run(["-r", str(files / "empty")], capsys)
    assert code == 1 and "no files" in err


def test_jsonl_input_with_fields(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"key": "a", "body": CLEAR}), "", "{not json", json.dumps({"key": "b"}),
             json.dumps({"key": "c", "body": OTHER}), json.dumps([1, 2])]
    path = files / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run([str(path), "--id-field", "key", "--text-field", "body", "-f", "jsonl"], capsys)
    assert code == 1
    recs = records(out)
    assert [r["id"] for r in recs] == ["a", f"{path}:3", "b", "c", f"{path}:6"]
    assert [r["error"] is None for r in recs] == [True, False, False, True, False]
    assert "invalid JSON" in recs[1]["error"] and "'body' is missing" in recs[2]["error"]
    check_offsets(CLEAR, recs[0]["quotes"])
    check_offsets(OTHER, recs[3]["quotes"])
    assert f"{path}:3" in err
    gz = files / "docs.jsonl.gz"
    gz.write_bytes(gzip.compress(path.read_bytes()))
    code, out2, _ = run([str(gz), "--id-field", "key", "--text-field", "body", "-f", "jsonl"], capsys)
    assert [r["quotes"] for r in records(out2)] == [r["quotes"] for r in recs]


def test_two_processes_write_what_one_does(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = files / "many.jsonl"
    texts = [SAMPLE, CLEAR, OTHER] * 8
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    _, one, _ = run([str(path), "-f", "jsonl"], capsys)
    code, two, _ = run([str(path), "-f", "jsonl", "--processes", "2", "--chunksize", "2"], capsys)
    assert code == 0 and one == two and len(records(two)) == 24


def test_resume_skips_done_ids_and_retries_failures(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = files / "docs.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": OTHER if i % 2 else CLEAR}) + "\n"
                           for i in range(6)), encoding="utf-8")
    out = files / "out.jsonl"
    code, _, _ = run([str(src), "-f", "jsonl", "-o", str(out)], capsys)
    full = out.read_text(encoding="utf-8")
    assert code == 0 and len(full.splitlines()) == 6
    # an interrupted run: three records and half of the fourth, plus an earlier failure for d1
    lines = full.splitlines(keepends=True)
    failed_d1 = json.dumps({"id": "d1", "source": "x", "quotes": None, "error": "boom"}) + "\n"
    out.write_text(lines[0] + failed_d1 + lines[2] + lines[3][:20], encoding="utf-8")
    code, stdout, _ = run([str(src), "-f", "jsonl", "-o", str(out), "--resume"], capsys)
    assert code == 0 and stdout == ""
    recs = records(out.read_text(encoding="utf-8"))
    ok = [r["id"] for r in recs if r["error"] is None]
    assert sorted(ok) == [f"d{i}" for i in range(6)] and len(ok) == 6
    # the records kept are untouched, the partial line is gone, the rest appended in input order
    assert recs[:3] == [records(full)[0], json.loads(failed_d1), records(full)[2]]
    assert [r["id"] for r in recs[3:]] == ["d1", "d3", "d4", "d5"]
    assert recs[3:] == [records(full)[i] for i in (1, 3, 4, 5)]


# --- usage errors, help, download ---------------------------------------------------------------------


@pytest.mark.parametrize("argv, needle", [
    (["--kinds", "bogus"], "kind"),
    (["--min-confidence", "1.5"], "[0, 1]"),
    (["--language", "xx"], "xx"),
    (["--processes", "-1"], "processes"),
    (["--resume"], "--resume"),
    (["--format", "yaml"], "format"),
    (["--include", "*.txt"], "-r"),
])
def test_usage_errors_exit_2(argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = cli.main(argv)
    except SystemExit as stop:
        code = stop.code
    err = capsys.readouterr().err
    assert code == 2 and needle in err and "Traceback" not in err


def test_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert stop.value.code == 0
    assert "exit codes:" in out and "usage error" in out and "some inputs failed" in out


def _fake_stanza(monkeypatch: pytest.MonkeyPatch, fn: object) -> None:
    mod = types.ModuleType("quoteattr.stanza")
    mod.download_models = fn  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "quoteattr.stanza", mod)


def test_download_failure_is_a_message_not_a_traceback(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    def offline(d: object) -> None:
        raise ConnectionError("Failed to resolve 'raw.githubusercontent.com'")

    _fake_stanza(monkeypatch, offline)
    code, _, err = run(["download", "--dir", "/tmp/models"], capsys)
    assert code == 1 and err.startswith("quoteattr: error: ") and "raw.githubusercontent.com" in err
    assert "Traceback" not in err


def test_download_passes_the_directory(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    seen = []
    _fake_stanza(monkeypatch, lambda d: seen.append(d) or d)
    code, out, _ = run(["download", "--dir", str(tmp_path)], capsys)
    assert code == 0 and seen == [str(tmp_path)] and str(tmp_path) in out


def test_cache_subcommand_shows_and_clears(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    from quoteattr.regexcache import compile_cached

    monkeypatch.setenv("QUOTEATTR_CACHE_DIR", str(tmp_path / "c"))
    code, out, _ = run(["cache"], capsys)
    assert code == 0 and str(tmp_path / "c") in out and "0 file(s)" in out
    compile_cached(r"(?P<who>\p{Lu}\p{Ll}++) said")
    code, out, _ = run(["cache"], capsys)
    assert code == 0 and "1 file(s)" in out
    code, out, _ = run(["cache", "--clear"], capsys)
    assert code == 0 and "deleted 1 compiled pattern(s)" in out
    assert not list((tmp_path / "c").rglob("*.pickle"))
    monkeypatch.setenv("QUOTEATTR_CACHE_DIR", "")
    code, out, _ = run(["cache"], capsys)
    assert code == 0 and "off" in out


def test_cache_subcommand_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = cli.main(["cache", "--bogus"])
    except SystemExit as stop:
        code = stop.code
    err = capsys.readouterr().err
    assert code == 2 and "--bogus" in err and "Traceback" not in err


def test_python_dash_m(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "90"}
    ok = subprocess.run([sys.executable, "-m", "quoteattr"], capture_output=True, text=True, env=env,
                        encoding="utf-8", timeout=60)
    assert ok.returncode == 0 and "sample article" in ok.stdout
    assert all(len(line) <= 90 for line in ok.stdout.splitlines())
    bad = subprocess.run([sys.executable, "-m", "quoteattr", str(tmp_path / "nope.txt")], capture_output=True,
                         text=True, env=env, encoding="utf-8", timeout=60)
    assert bad.returncode == 1 and "nope.txt: no such file" in bad.stderr and "Traceback" not in bad.stderr
