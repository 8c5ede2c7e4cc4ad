"""``python -m bench``: run every benchmark, print one table, optionally write JSON.

The client is generated once, at the start, from the measured spec (the real
CML spec when present, else the team spec; ``--spec`` overrides) and reused
by the import, parse, per-call and mypy measures. A measure that fails is
reported as an ERROR row with the place it failed, and the others still run;
the exit status is 1 when any measure failed, 0 otherwise (a missed target is
a result, not a failure).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, List, NoReturn, Optional, Sequence

from . import generation, impact_speed, import_time, parse, per_call, scale, typing_check
from .common import Context, Row, choose_spec, generate, where

MEASURES: Dict[str, Callable[[Context], List[Row]]] = {
    "import": import_time.run,
    "parse": parse.run,
    "call": per_call.run,
    "mypy": typing_check.run,
    "gen": generation.run,
    "scale": scale.run,
    "impact": impact_speed.run,
}
NEEDS_CLIENT = {"import", "parse", "call", "mypy"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, as the generator's CLI does
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = _Parser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repetitions, small sizes (smoke test)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE")
    parser.add_argument(
        "--spec", help="spec to measure (default: the real CML spec if present, else the team spec)"
    )
    parser.add_argument(
        "--only", metavar="NAMES", help=f"comma-separated subset of: {', '.join(MEASURES)} (default: all)"
    )
    parser.add_argument(
        "--workdir", metavar="DIR", help="keep scratch files (generated client, specs) in DIR"
    )
    args = parser.parse_args(argv)
    names = [n.strip() for n in (args.only or ",".join(MEASURES)).split(",") if n.strip()]
    unknown = [n for n in names if n not in MEASURES]
    if unknown:
        parser.error(f"--only: unknown measure {unknown[0]!r}; choose from {', '.join(MEASURES)}")
    args.names = names
    return args


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _failed(name: str, exc: BaseException) -> Row:
    return Row(measure=name, unit="", ours=None, error=f"{type(exc).__name__}: {exc} ({where(exc)})")


def _run_all(ctx: Context, names: List[str]) -> List[Row]:
    rows: List[Row] = []
    if NEEDS_CLIENT & set(names):
        start = time.perf_counter()
        try:
            ctx.client = ctx.work / "client"
            generate(ctx.spec, ctx.client, cache=None)
            _log(f"generated the client in {time.perf_counter() - start:.1f}s")
        except Exception as exc:
            ctx.client = None
            rows.append(_failed("generate the client", exc))
    for name in names:
        start = time.perf_counter()
        try:
            found = MEASURES[name](ctx)
        except Exception as exc:
            found = [_failed(name, exc)]
        rows.extend(found)
        _log(f"{name}: {time.perf_counter() - start:.1f}s")
    return rows


def _num(value: Optional[float], unit: str) -> str:
    if value is None:
        return "-"
    if unit == "errors":
        return f"{value:.0f}"
    size = abs(value)
    text = (
        f"{value:.0f}"
        if size >= 100
        else f"{value:.1f}"
        if size >= 10
        else f"{value:.2f}"
        if size >= 1
        else f"{value:.3f}"
    )
    return f"{text} {unit}"


def _met(row: Row) -> str:
    if row.error:
        return "ERROR"
    met = row.met
    return "-" if met is None else "yes" if met else "NO"


def table(rows: List[Row]) -> str:
    """The result table as GitHub-flavoured Markdown, then one note line per row."""
    head = ["measure", "ours", "baseline", "ratio", "target", "met?"]
    body = [
        [
            r.measure,
            _num(r.ours, r.unit),
            (_num(r.baseline, r.unit) + (f" ({r.baseline_name})" if r.baseline_name else ""))
            if r.baseline is not None
            else "-",
            f"{r.ratio:.2f}x" if r.ratio is not None else "-",
            r.target or "-",
            _met(r),
        ]
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [head, *body]) for i in range(len(head))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(line, widths)) + " |" for line in [head, *body]]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    notes = [f"- {r.measure}: {r.error or r.note}" for r in rows if r.error or r.note]
    return "\n".join(lines + [""] + notes)


def _header(ctx: Context) -> str:
    return (
        f"cmlapi-gen bench{' (--quick)' if ctx.quick else ''}: spec {ctx.spec.name} ({ctx.spec_kind} spec); "
        f"Python {platform.python_version()} on {os.cpu_count()} cores"
    )


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _args(argv)
    spec, kind = choose_spec(args.spec)
    if not spec.is_file():
        print(f"error: {spec}: spec not found", file=sys.stderr)
        return 2
    keep = args.workdir is not None
    work = Path(args.workdir).resolve() if keep else Path(tempfile.mkdtemp(prefix="cmlapi-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    ctx = Context(spec=spec, spec_kind=kind, work=work, quick=args.quick)
    _log(_header(ctx))
    try:
        rows = _run_all(ctx, args.names)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    print(_header(ctx))
    print(table(rows))
    if args.json:
        data = {
            "spec": spec.name,
            "spec_kind": kind,
            "quick": args.quick,
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "rows": [r.as_dict() for r in rows],
        }
        Path(args.json).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 1 if any(r.error for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
