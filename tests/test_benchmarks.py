"""The benchmark scripts: accuracy figures by hand and against the reference scorer; speed and
adversarial scripts run end to end on small inputs (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
FIX = Path(__file__).resolve().parent / "fixtures"
GOLD = FIX / "accuracy_gold.jsonl"
PRED = FIX / "accuracy_pred.jsonl"
SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"
SHARED_DATA = ROOT.parent / "shared" / "data"

sys.path.insert(0, str(BENCH))
import _common  # noqa: E402
import accuracy  # noqa: E402

needs_scorer = pytest.mark.skipif(not SCORE_PY.exists(), reason=f"reference scorer not found at {SCORE_PY}")


def load_score_py() -> Any:
    spec = importlib.util.spec_from_file_location("reference_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def cli(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True,
                          timeout=300, cwd=str(ROOT))


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    return float(Fraction(2 * tp, n_pred + n_gold)) if n_pred + n_gold else 0.0


# --------------------------------------------------------------------------- accuracy: hand-computed figures
# The fixture (tests/fixtures/accuracy_*.jsonl, five documents) was built so that every rule shows:
#  fx/a (aliases): exact match + alias name; "Bennet" for Mrs. Bennet (fits Mr. Bennet too: wrong);
#        a one-character-short span (overlap, not exact) + "Mrs Bennet"; narrator as "I";
#        a gold quote without speaker given "a voice" (wrong); a false alarm.
#  fx/b: indirect span shifted (Jaccard 0.78) + name subset ("minister" / "The minister") + verb right;
#        a direct quote whose prediction has no "kind" (counts as direct) + mention overlap + no verb;
#        a mixed gold quote whose prediction (kind direct) covers 16 of 37 characters (Jaccard 0.43: no match).
#  fx/c: gold span with spaces inside the marks: a prediction equal after trimming (exact) wins the
#        greedy pairing over a shorter one (Jaccard 0.56), which becomes a false alarm.
#  fx/d: a gold document missing from the predictions.  fx/e: no gold quotes, one predicted.

EXPECTED = {
    # track: gold, pred, matched, exact, speaker_n, speaker_ok, attr_tp, verb_n, verb_ok
    "all": (10, 12, 8, 6, 7, 6, 6, 2, 1),
    "direct": (8, 11, 7, 6, 6, 5, 5, 1, 0),
    "indirect": (1, 1, 1, 0, 1, 1, 1, 1, 1),
    "mixed": (1, 0, 0, 0, 0, 0, 0, 0, 0),
}


@pytest.mark.parametrize("track", list(EXPECTED))
def test_hand_computed_figures(track: str) -> None:
    gold, pred, matched, exact, spk_n, spk_ok, attr, verb_n, verb_ok = EXPECTED[track]
    r = accuracy.run([str(GOLD)], pred_path=str(PRED))["accuracy_gold.jsonl"][track]
    assert (r["gold"], r["pred"], r["matched"], r["exact"], r["speaker_n"], r["verb_n"]) == (
        gold, pred, matched, exact, spk_n, verb_n)
    assert r["span_p"] == pytest.approx(matched / pred if pred else 0.0)
    assert r["span_r"] == pytest.approx(matched / gold if gold else 0.0)
    assert r["span_f1"] == pytest.approx(f1(matched, pred, gold))
    assert r["exact_f1"] == pytest.approx(f1(exact, pred, gold))
    assert r["speaker_acc"] == pytest.approx(spk_ok / spk_n if spk_n else 0.0)
    assert r["attr_p"] == pytest.approx(attr / pred if pred else 0.0)
    assert r["attr_r"] == pytest.approx(attr / gold if gold else 0.0)
    assert r["attr_f1"] == pytest.approx(f1(attr, pred, gold))
    assert r["verb_acc"] == (pytest.approx(verb_ok / verb_n) if verb_n else None)


def test_headline_figures_spelled_out() -> None:
    r = accuracy.run([str(GOLD)], pred_path=str(PRED))["accuracy_gold.jsonl"]
    assert r["all"]["span_f1"] == pytest.approx(8 / 11)
    assert r["all"]["exact_f1"] == pytest.approx(6 / 11)
    assert r["all"]["speaker_acc"] == pytest.approx(6 / 7)
    assert r["all"]["attr_f1"] == pytest.approx(6 / 11)
    assert r["direct"]["attr_f1"] == pytest.approx(10 / 19)
    assert r["indirect"]["exact_f1"] == 0.0 and r["indirect"]["span_f1"] == 1.0
    assert r["mixed"]["span_r"] == 0.0 and r["mixed"]["verb_acc"] is None


@pytest.mark.parametrize(("gold_name", "pred_name", "aliases", "ok"), [
    ("Mrs. Bennet", "Bennet", {"Mr. Bennet": ["Bennet"], "Mrs. Bennet": []}, False),  # fits another character
    ("Mr. Bennet", "Bennet", {"Mr. Bennet": ["Bennet"], "Mrs. Bennet": []}, True),    # one of his names
    ("Mrs. Bennet", "Mrs Bennet", {"Mr. Bennet": [], "Mrs. Bennet": []}, True),      # equal once normalised
    ("_narr", "the narrator", {"_narr": []}, True),
    ("_narr", "Me", {"_narr": []}, True),
    ("Elizabeth Bennet", "Elizabeth", None, True),                                # subset, no aliases
    ("President Obama", "Obama", None, True),                                     # titles dropped
    ("Barack Obama", "Michelle Obama", None, False),
    ("The President", "the president", None, True),                               # only titles: all words count
    ("Ada", None, None, False),
    (None, None, None, True),
    (None, "Ada", None, False),
])
def test_speaker_rules(gold_name: Any, pred_name: Any, aliases: Any, ok: bool) -> None:
    g = {"speaker": gold_name, "speaker_mentions": []}
    p = {"speaker": pred_name, "speaker_mentions": []}
    assert _common.speaker_ok(g, p, aliases) is ok
    if SCORE_PY.exists():
        assert load_score_py().speaker_ok(g, p, aliases) is ok


def test_mention_overlap_beats_names() -> None:
    g = {"speaker": "The minister", "speaker_mentions": [[10, 13]]}
    assert _common.speaker_ok(g, {"speaker": "Ann Cole", "speaker_mentions": [[12, 15]]})
    assert not _common.speaker_ok(g, {"speaker": "Ann Cole", "speaker_mentions": [[13, 15]]})


def test_greedy_matching_is_one_to_one() -> None:
    text = "x" * 100
    gold = [{"start": 0, "end": 20}]
    pred = [{"start": 0, "end": 12}, {"start": 0, "end": 19}]
    assert _common.match(text, gold, pred) == [(0, 1, False)]
    assert _common.match(text, gold, [{"start": 0, "end": 9}]) == []  # Jaccard 0.45


# --------------------------------------------------------------------------- accuracy: agreement with score.py

SHARED_KEYS = ["gold", "pred", "span_p", "span_r", "span_f1", "exact_f1", "speaker_acc", "attr_p", "attr_r", "attr_f1"]


def assert_agrees(mine: dict[str, Any], ref: dict[str, Any]) -> None:
    for track in ("direct", "all"):
        for k in SHARED_KEYS:
            assert mine[track][k] == pytest.approx(ref[track][k]), (track, k)
        assert mine[track]["verb_acc"] == (None if ref[track]["cue_acc"] is None else pytest.approx(ref[track]["cue_acc"]))


@needs_scorer
def test_agrees_with_reference_scorer_on_prediction_file() -> None:
    ref = load_score_py()
    r = ref.score(ref.load(str(GOLD)), ref.load(str(PRED)))
    assert_agrees(accuracy.run([str(GOLD)], pred_path=str(PRED))["accuracy_gold.jsonl"], r)


@needs_scorer
def test_agrees_with_reference_scorer_running_quoteattr() -> None:
    ref = load_score_py()
    gold_paths = [GOLD] + [p for p in (SHARED_DATA / "seed.jsonl",) if p.exists()]
    mine = accuracy.run([str(p) for p in gold_paths])
    for p in gold_paths:
        gold = ref.load(str(p))
        pred, _chars, _secs = ref.live_predictions(gold)
        assert_agrees(mine[p.name], ref.score(gold, pred))


@needs_scorer
def test_cli_json_agrees_with_reference_cli(tmp_path: Path) -> None:
    mine = json.loads(cli("accuracy.py", str(GOLD), "--pred", str(PRED), "--json").stdout)
    proc = subprocess.run([sys.executable, str(SCORE_PY), str(GOLD), "--pred", str(PRED), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert_agrees(mine["accuracy_gold.jsonl"], json.loads(proc.stdout)["accuracy_gold.jsonl"])


# --------------------------------------------------------------------------- accuracy: CLI

def test_cli_table_and_error_sample() -> None:
    proc = cli("accuracy.py", str(GOLD), "--pred", str(PRED), "--errors", "10", "--context", "15")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    row = next(line for line in out.splitlines() if line.startswith("accuracy_gold.jsonl all"))
    assert row.split()[2:4] == ["10", "12"]
    assert "0.727" in row  # span F1 8/11
    assert "misses (gold quotes not found): 2 of 2" in out
    assert "false alarms (predicted, not in gold): 4 of 4" in out
    assert "wrong speakers (span found, speaker wrong): 2 of 2" in out
    assert "⟦Rain again,⟧" in out and "⟦The wind rose⟧" in out
    assert "gold 'Mrs. Bennet'" in out and "predicted 'Bennet'" in out


def test_cli_error_sample_json_is_bounded_and_seeded() -> None:
    a = json.loads(cli("accuracy.py", str(GOLD), "--pred", str(PRED), "--errors", "1", "--json").stdout)
    errs = a["accuracy_gold.jsonl"]["errors"]
    assert [len(errs[t]) for t in ("miss", "false_alarm", "wrong_speaker")] == [1, 1, 1]
    assert errs["false_alarm_total"] == 4
    b = json.loads(cli("accuracy.py", str(GOLD), "--pred", str(PRED), "--errors", "1", "--json").stdout)
    assert a == b


@pytest.mark.parametrize(("content", "message"), [
    ('{"id": 1, "text": "abc", "quotes": [}\n', "not valid JSON"),
    ('{"id": "x", "text": "abc", "quotes": [{"start": 1, "end": 9}]}\n', "does not lie in the text"),
    ('{"id": "x", "quotes": []}\n', '"text" must be a string'),
    ('{"id": "x", "text": "abc", "quotes": [{"start": 0, "end": 1, "kind": "quoted"}]}\n', "kind must be"),
    ("[1, 2]\n", "must be a JSON object"),
])
def test_cli_bad_input_gets_a_message_not_a_traceback(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    proc = cli("accuracy.py", str(path))
    assert proc.returncode == 2
    assert message in proc.stderr and "bad.jsonl:1" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_missing_file() -> None:
    proc = cli("accuracy.py", "no/such/file.jsonl")
    assert proc.returncode == 2 and "cannot read it" in proc.stderr and "Traceback" not in proc.stderr


# --------------------------------------------------------------------------- speed and adversarial scripts

def test_speed_script_reports_every_figure(tmp_path: Path) -> None:
    text = tmp_path / "bench_small.txt"
    text.write_text("“Come in,” said Mary. He sat down.\n\n" * 50, encoding="utf-8")
    proc = cli("speed.py", str(text), str(GOLD), "--repeat", "1", "--scales", "1,2", "--json")
    assert proc.returncode == 0, proc.stderr
    r = json.loads(proc.stdout)
    assert r["documents"] == 6 and r["chars"] == len(text.read_text(encoding="utf-8")) + sum(
        len(json.loads(line)["text"]) for line in GOLD.read_text(encoding="utf-8").splitlines())
    assert r["quotes"] >= 50 and r["tokens"] > r["documents"]
    assert r["pipeline"]["chars_per_s"] > 0 and r["tokenizer"]["chars_per_s"] > 0 and r["ratio"] > 0
    assert [row["scale"] for row in r["scaling"]] == [1, 2]
    assert r["scaling"][1]["chars"] == 2 * r["scaling"][0]["chars"] + 2
    assert r["memory"]["heap_peak_mb_1x"] > 0 and r["memory"]["rss_peak_mb"] > 0
    assert set(r["cold_start"]) == {"cache_off", "cache_empty", "cache_filled"}
    assert all(secs > 0 for secs in r["cold_start"].values())
    assert set(r["targets"]) == {"chars_per_s", "ratio", "scaling_8x"}
    assert r["machine"]["cores"] >= 1


def test_speed_script_table_and_bad_path(tmp_path: Path) -> None:
    text = tmp_path / "bench_small.txt"
    text.write_text("“Come in,” said Mary.\n", encoding="utf-8")
    proc = cli("speed.py", str(text), "--repeat", "1", "--scales", "1,2", "--no-memory", "--no-cold")
    assert proc.returncode == 0, proc.stderr
    assert "bare regex tokenizing pass" in proc.stdout and "x 1x time" in proc.stdout
    assert "cold start" not in proc.stdout
    bad = cli("speed.py", str(tmp_path / "missing.txt"))
    assert bad.returncode == 2 and "cannot read it" in bad.stderr and "Traceback" not in bad.stderr


def load_adversarial() -> Any:
    spec = importlib.util.spec_from_file_location("adversarial", BENCH / "adversarial.py")
    assert spec is not None and spec.loader is not None
    adv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(adv)
    return adv


def test_adversarial_script_runs_end_to_end() -> None:
    proc = cli("adversarial.py", "--cases", "sq,novel", "--scale", "0.002", "--repeat", "1", "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    r = json.loads(proc.stdout)
    assert set(r) == {"sq", "novel"}
    for name, case in r.items():
        assert case["1x"]["status"] == "ok" and case["4x"]["status"] == "ok", name
        assert case["4x"]["chars"] > case["1x"]["chars"] and case["ratio"] > 0, name
    assert r["novel"]["4x"]["quotes"] > 0
    bad = cli("adversarial.py", "--cases", "nope")
    assert bad.returncode == 2 and "unknown case" in bad.stderr


def test_every_adversarial_case_keeps_the_contract_small() -> None:
    adv = load_adversarial()
    for name, (_desc, _gen, full, _unit) in adv.CASES.items():
        r = adv.child(name, max(8, full // 500), None, repeat=1)
        assert r["problems"] == [], name
        assert r["chars"] > 0 and r["seconds"] >= 0


def test_adversarial_generators_make_what_they_say() -> None:
    adv = load_adversarial()
    assert adv.apostrophes(1000).count("'") >= 1000
    nest = adv.nesting(600)
    assert nest.count("“") == nest.count("”") == 50 and nest.count("‘") == 50
    assert "\n" not in adv.CASES["one_line"][1](5000) and len(adv.CASES["one_line"][1](5000)) == 5000
    assert len(adv.novel(20_000)) == 20_000 and "“" in adv.novel(20_000)
    assert os.path.basename(adv.__file__) == "adversarial.py"
