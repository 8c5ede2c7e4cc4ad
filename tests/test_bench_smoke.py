"""Smoke test of the benchmark harness (``python -m bench``): every measure runs once in
a tiny configuration and reports real figures. Nothing here asserts a timing target;
the tests prove that the harness measures what it says it measures."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, Tuple

import pytest
import urllib3

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import fixture, generation, synthetic, typing_check  # noqa: E402
from bench.common import Row, load_json  # noqa: E402
from bench.server import Served  # noqa: E402

SPEC = REPO / "specs" / "cml-26.04.02.json"
RFC3339_US = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
MEASURES = {
    "import cmlapi",
    "parse 500 projects, gc on",
    "parse 500 projects, gc off",
    "parse 500 projects, gc on, every field read",
    "per call",
    "mypy --strict: generated cmlapi",
    "mypy --strict: typed user script",
    "generate, cold (caches off)",
    "generate, cold: peak RSS",
    "regenerate after a 1-operation change",
    "scale: generate 50 ops",
    "impact over",
}

QuickRun = Tuple["subprocess.CompletedProcess[str]", Dict[str, Any], Path]


@pytest.fixture(scope="module")
def quick(tmp_path_factory: pytest.TempPathFactory) -> QuickRun:
    """One ``python -m bench --quick`` run on the team spec, its JSON and its kept work dir."""
    base = tmp_path_factory.mktemp("bench")
    figures, work = base / "figures.json", base / "work"
    argv = [sys.executable, "-m", "bench", "--quick", "--spec", str(SPEC), "--json", str(figures)]
    done = subprocess.run(
        argv + ["--workdir", str(work)], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done, json.loads(figures.read_text(encoding="utf-8")), work


def _rows(data: Dict[str, Any]) -> Dict[str, Dict[str, Any]]:
    found: Dict[str, Dict[str, Any]] = {}
    for row in data["rows"]:
        prefixes = [p for p in MEASURES if row["measure"].startswith(p)]
        if prefixes:
            found[max(prefixes, key=len)] = row
    return found


def test_every_measure_reports_a_number(quick: QuickRun) -> None:
    _, data, _ = quick
    assert data["spec"] == SPEC.name and data["spec_kind"] == "team" and data["quick"] is True
    rows = _rows(data)
    assert set(rows) == MEASURES, sorted(MEASURES - set(rows))
    for row in data["rows"]:
        assert row["error"] == "", row
        assert isinstance(row["ours"], float) and math.isfinite(row["ours"]), row
    # import and parse are differences of two noisy medians and may dip below 0; these may not
    for key in (
        "per call",
        "generate, cold (caches off)",
        "generate, cold: peak RSS",
        "scale: generate 50 ops",
    ):
        assert rows[key]["ours"] > 0, rows[key]


def test_ratios_come_from_the_figures_in_the_same_run(quick: QuickRun) -> None:
    rows = _rows(quick[1])
    for key in (
        "parse 500 projects, gc on",
        "parse 500 projects, gc off",
        "parse 500 projects, gc on, every field read",
        "per call",
        "regenerate after a 1-operation change",
    ):
        row = rows[key]
        assert row["baseline"] > 0, row
        assert row["ratio"] == pytest.approx(row["ours"] / row["baseline"]), row
    imp = rows["import cmlapi"]
    assert imp["baseline"] > 0 and imp["ratio"] == pytest.approx(
        (imp["ours"] + imp["baseline"]) / imp["baseline"]
    )
    cold = rows["generate, cold (caches off)"]
    assert cold["baseline"] is None and "skipped in --quick" in cold["note"]


def test_met_column_follows_the_target(quick: QuickRun) -> None:
    for row in quick[1]["rows"]:
        value = row["ours"] if row["target_on"] == "ours" else row["ratio"]
        if row["limit"] is None or value is None:
            assert row["met"] is None
        else:
            assert row["met"] == (value < row["limit"] if row["strict"] else value <= row["limit"])


def test_table_is_printed(quick: QuickRun) -> None:
    done, data, _ = quick
    out = done.stdout
    assert "(--quick): spec cml-26.04.02.json (team spec)" in out
    assert re.search(r"^\| measure +\| ours +\| baseline +\| ratio +\| target +\| met\? \|$", out, re.M)
    for row in data["rows"]:
        assert f"| {row['measure']} " in out


def test_mypy_counter_sees_errors(quick: QuickRun, tmp_path: Path) -> None:
    client = quick[2] / "client"
    assert (client / "cmlapi" / "__init__.py").is_file()
    bad = tmp_path / "bad_user.py"
    bad.write_text(
        "import cmlapi\n\n\n"
        "def name_length(api: cmlapi.CMLServiceApi) -> int:\n"
        "    return api.list_projects().projects  # wrong type on line 5\n",
        encoding="utf-8",
    )
    count, lines = typing_check.mypy_errors(client, [str(bad)], silent_imports=True)
    assert count >= 1 and any(":5: error:" in line for line in lines), lines


def test_fixture_fills_every_property() -> None:
    doc = load_json(SPEC)
    path, body = fixture.list_projects_payload(doc, 3)
    assert path == "/api/v2/projects"
    projects = json.loads(body)["projects"]
    schema = doc["definitions"]["Project"]["properties"]
    assert len(projects) == 3 and len({p["name"] for p in projects}) == 3
    for project in projects:
        assert set(project) == set(schema)
        for key, prop in schema.items():
            value = project[key]
            assert value is not None and value != {}, key
            if prop.get("format") == "date-time":
                assert RFC3339_US.match(value), value
            if "$ref" in prop:
                nested = fixture.resolve(doc, prop)
                assert set(value) == set(nested.get("properties", {})), key


def test_server_answers_repeatedly_on_one_connection() -> None:
    body = b'{"projects": []}'
    with Served(body) as url:
        pool = urllib3.HTTPConnectionPool("127.0.0.1", int(url.rsplit(":", 1)[1]), maxsize=1)
        first = pool.request("POST", "/x", body=b"0123456789")
        second = pool.request("GET", "/api/v2/projects")
        assert (first.status, first.data, second.data) == (200, body, body)
        assert pool.num_connections == 1  # kept alive: one connection for both
        pool.close()


def test_synthetic_spec_has_the_asked_size_and_validates(tmp_path: Path) -> None:
    assert synthetic.counts(synthetic.build(2000, 3000)) == (2000, 3000)
    small = tmp_path / "small.json"
    small.write_text(json.dumps(synthetic.build(10, 40)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(small)], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    with pytest.raises(ValueError):
        synthetic.build(7, 40)


def test_edited_spec_changes_exactly_one_summary() -> None:
    doc = load_json(SPEC)
    copy, op_id = generation.edited_spec(doc, "changed")
    changed = [
        (p, m)
        for p, item in doc["paths"].items()
        for m, op in item.items()
        if isinstance(op, dict) and op != copy["paths"][p][m]
    ]
    assert len(changed) == 1 and copy["paths"][changed[0][0]][changed[0][1]]["operationId"] == op_id
    assert doc != copy and doc["definitions"] == copy["definitions"]


def test_peers_baseline_is_optional(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(generation.PEERS_ENV, str(tmp_path / "no-venv"))
    assert generation.oag_command() is None


def test_row_met() -> None:
    assert Row("m", "ms", 25.0, limit=25.0, target_on="ours").met is True
    assert Row("m", "ms", 25.0, limit=25.0, target_on="ours", strict=True).met is False
    assert Row("m", "ms", 1.0, ratio=1.6, limit=1.5).met is False
    assert Row("m", "ms", 1.0, ratio=None, limit=1.5).met is None
    assert Row("m", "ms", 1.0).met is None


def test_unknown_measure_is_a_usage_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--only", "nope"], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 2 and "unknown measure 'nope'" in done.stderr
