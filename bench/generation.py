"""Measure 5: generation time and memory, cold and after a one-operation change.

* cold: ``python -m generator generate SPEC --out DIR`` with the caches
  off (``CMLAPI_GEN_CACHE=off``), a fresh output dir each run;
* regenerate: the cache in a scratch dir, warmed by one run on the spec; then
  each run changes one operation's summary (a new text each time, so each run
  meets exactly one changed operation) and regenerates into the same dir;
* regenerate after a structural change, for information: each run adds a new
  optional query parameter to the same operation instead, so openapi-spec-validator
  must check that path again (its import alone is about 0.2 s);
* baseline: OpenAPI Generator (``-g python``), when ``openapi-generator-cli``
  is installed in the peers venv (``make bench-peers``); never downloaded here.

Wall time spans spawn to reap; peak RSS is the largest process of the tree.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from .common import BenchError, Context, ProcessRun, Row, generate, last_line, load_json, median, run_measured

TARGET_RATIO = 0.5
TARGET_MIB = 100.0
TARGET_REGEN_S = 0.3
PEERS_ENV = "CMLAPI_BENCH_PEERS"
DEFAULT_PEERS = Path(__file__).resolve().parent.parent / ".venv-peers"


def peers_venv() -> Path:
    """Where ``make bench-peers`` installs the peers (``$CMLAPI_BENCH_PEERS`` overrides)."""
    return Path(os.environ.get(PEERS_ENV) or DEFAULT_PEERS)


def oag_command() -> Optional[Path]:
    """The ``openapi-generator-cli`` launcher in the peers venv, if installed."""
    for name in ("openapi-generator-cli", "openapi-generator-cli.exe"):
        for folder in ("bin", "Scripts"):
            candidate = peers_venv() / folder / name
            if candidate.is_file():
                return candidate
    return None


def _first_operation(doc: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any], str]:
    """A copy of ``doc``, its first operation (sorted by path, method) and that operation's id."""
    copy = json.loads(json.dumps(doc))
    for path in sorted(copy.get("paths", {})):
        item = copy["paths"][path]
        for method in sorted(item):
            op = item[method]
            if isinstance(op, dict) and "responses" in op:
                return copy, op, str(op.get("operationId", f"{method} {path}"))
    raise BenchError("spec has no operation to edit")


def edited_spec(doc: Dict[str, Any], text: str) -> Tuple[Dict[str, Any], str]:
    """A copy of ``doc`` whose first operation has summary ``text``."""
    copy, op, name = _first_operation(doc)
    op["summary"] = text
    return copy, name


def with_parameter(doc: Dict[str, Any], number: int) -> Tuple[Dict[str, Any], str]:
    """A copy of ``doc`` whose first operation has one more optional boolean query parameter."""
    copy, op, name = _first_operation(doc)
    extra = {"name": f"bench_flag_{number}", "in": "query", "required": False, "type": "boolean"}
    op["parameters"] = list(op.get("parameters", [])) + [extra]
    return copy, name


def _cold(ctx: Context, runs: int) -> List[ProcessRun]:
    generate(ctx.spec, ctx.work / "gen-compile", cache="off")  # unmeasured: writes the generator's .pyc
    shutil.rmtree(ctx.work / "gen-compile", ignore_errors=True)
    results = []
    for i in range(runs):
        out = ctx.work / f"gen-cold-{i}"
        results.append(generate(ctx.spec, out, cache="off"))
        shutil.rmtree(out, ignore_errors=True)
    return results


def _regenerate(ctx: Context, runs: int, structural: bool = False) -> Tuple[List[ProcessRun], str]:
    cache = ctx.work / "gen-cache"
    out = ctx.work / "gen-warm"
    generate(ctx.spec, out, cache=str(cache))  # warms the cache
    doc = load_json(ctx.spec)
    results = []
    changed = ""
    for i in range(runs):
        if structural:
            copy, changed = with_parameter(doc, i)
        else:
            copy, changed = edited_spec(doc, f"Benchmark edit number {i}: one changed summary.")
        spec = ctx.work / f"spec-edit-{i}.json"
        spec.write_text(json.dumps(copy), encoding="utf-8")
        results.append(generate(spec, out, cache=str(cache)))
    shutil.rmtree(cache, ignore_errors=True)
    return results, changed


def _oag(ctx: Context, runs: int) -> Optional[List[ProcessRun]]:
    command = oag_command()
    if command is None:
        return None
    env = dict(os.environ)
    env["PATH"] = str(command.parent) + os.pathsep + env.get("PATH", "")
    results = []
    for i in range(runs):
        out = ctx.work / f"oag-{i}"
        argv = [str(command), "generate", "-i", str(ctx.spec), "-g", "python", "-o", str(out)]
        run = run_measured(argv + ["--package-name", "cmlapi"], env, ctx.work)
        if run.code != 0:
            raise BenchError(f"openapi-generator-cli exit {run.code}: {last_line(run.stderr or run.stdout)}")
        results.append(run)
        shutil.rmtree(out, ignore_errors=True)
    return results


def run(ctx: Context) -> List[Row]:
    runs = ctx.reps(3, 1)
    cold = _cold(ctx, runs)
    cold_s = median([r.seconds for r in cold])
    cold_mib = median([r.peak_mib for r in cold])
    ctx.facts["cold_seconds"] = cold_s
    regen, changed = _regenerate(ctx, ctx.reps(5, 1))
    regen_s = median([r.seconds for r in regen])
    added, _ = _regenerate(ctx, ctx.reps(5, 1), structural=True)
    added_s = median([r.seconds for r in added])
    oag = None if ctx.quick else _oag(ctx, runs)
    if oag:
        oag_s: Optional[float] = median([r.seconds for r in oag])
        oag_mib: Optional[float] = median([r.peak_mib for r in oag])
        peer = f"OpenAPI Generator -g python, median of {len(oag)}"
    else:
        oag_s = oag_mib = None
        peer = (
            "baseline skipped in --quick"
            if ctx.quick
            else f"baseline unavailable: openapi-generator-cli not in {peers_venv()}; run `make bench-peers`"
        )
    return [
        Row(
            measure="generate, cold (caches off)",
            unit="s",
            ours=cold_s,
            baseline=oag_s,
            baseline_name="openapi-generator-cli",
            ratio=cold_s / oag_s if oag_s else None,
            target=f"<= {TARGET_RATIO:g}x OpenAPI Generator",
            limit=TARGET_RATIO,
            note=f"median of {runs}; {peer}",
        ),
        Row(
            measure="generate, cold: peak RSS",
            unit="MiB",
            ours=cold_mib,
            baseline=oag_mib,
            baseline_name="openapi-generator-cli",
            ratio=cold_mib / oag_mib if oag_mib else None,
            target=f"< {TARGET_MIB:g} MiB",
            limit=TARGET_MIB,
            target_on="ours",
            strict=True,
            note="largest single process (wait4 ru_maxrss)",
        ),
        Row(
            measure="regenerate after a 1-operation change",
            unit="s",
            ours=regen_s,
            baseline=cold_s,
            baseline_name="our cold generate",
            ratio=regen_s / cold_s if cold_s else None,
            target=f"<= {TARGET_REGEN_S:g} s",
            limit=TARGET_REGEN_S,
            target_on="ours",
            note=f"caches warm; summary of {changed} changed; median of {len(regen)}",
        ),
        Row(
            measure="regenerate after adding a parameter to 1 operation",
            unit="s",
            ours=added_s,
            baseline=cold_s,
            baseline_name="our cold generate",
            ratio=added_s / cold_s if cold_s else None,
            note=(
                f"for information; caches warm; a query parameter added to {changed}; the changed path is "
                f"validated again, so the validator's import is in it; median of {len(added)}"
            ),
        ),
    ]
