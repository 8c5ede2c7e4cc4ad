"""Measure 6 (issue 5): generation cost per operation on a large synthetic spec.

A CML-shaped spec with 2,000 operations and 3,000 models (:mod:`bench.synthetic`)
is generated once, caches off; its seconds per operation are printed
beside the measured spec's (from the cold runs of :mod:`bench.generation`, or
one cold run here when that measure was skipped). A ratio near 1 means the
cost grows linearly with the spec.
"""

from __future__ import annotations

import json
import shutil
from typing import List

from . import synthetic
from .common import Context, Row, generate, load_json


def run(ctx: Context) -> List[Row]:
    ops, models = (2000, 3000) if not ctx.quick else (50, 100)
    doc = synthetic.build(ops, models)
    spec = ctx.work / f"synthetic-{ops}.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    out = ctx.work / "gen-synthetic"
    big = generate(spec, out, cache="off")
    shutil.rmtree(out, ignore_errors=True)
    real_ops = synthetic.counts(load_json(ctx.spec))[0]
    real_s = ctx.facts.get("cold_seconds")
    if real_s is None:
        base = ctx.work / "gen-scale-base"
        real_s = generate(ctx.spec, base, cache="off").seconds
        shutil.rmtree(base, ignore_errors=True)
    ours = big.seconds / ops
    baseline = real_s / real_ops
    return [
        Row(
            measure=f"scale: generate {ops:,} ops / {models:,} models, per op",
            unit="ms/op",
            ours=ours * 1000,
            baseline=baseline * 1000,
            baseline_name=f"{ctx.spec_kind} spec ({real_ops} ops)",
            ratio=ours / baseline if baseline else None,
            note=f"{big.seconds:.1f} s total, peak RSS {big.peak_mib:.0f} MiB; cache off",
        )
    ]
