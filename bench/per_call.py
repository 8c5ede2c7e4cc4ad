"""Measure 3: the client's overhead per call on loopback.

``list_projects`` answers one full project (built from the spec, about 700
bytes) from a keep-alive server in another process; the client reads
``projects[0].name``. The baseline is a raw ``urllib3.PoolManager`` GET of the
same URL plus ``json.loads`` and the same read. Batches of sequential calls
alternate between the two (client first on even batches, raw first on odd);
the figures are the median microseconds per call over the batches.
"""

from __future__ import annotations

import json
import time
from typing import Any, Callable, List

from .common import BenchError, Context, Row, load_client, load_json, make_api, median
from .fixture import list_projects_payload
from .server import Served

TARGET = 1.10


def _batch(call: Callable[[], Any], size: int) -> float:
    """Microseconds per call over ``size`` sequential calls."""
    start = time.perf_counter()
    for _ in range(size):
        call()
    return (time.perf_counter() - start) / size * 1e6


def run(ctx: Context) -> List[Row]:
    if ctx.client is None:
        raise BenchError("no generated client")
    import urllib3

    size = ctx.reps(100, 20)
    batches = ctx.reps(20, 4)
    path, body = list_projects_payload(load_json(ctx.spec), 1)
    cmlapi = load_client(ctx.client)
    with Served(body) as base:
        api = make_api(cmlapi, base)
        pool = urllib3.PoolManager()
        url = base + path
        expected = json.loads(body)["projects"][0]["name"]

        def client_call() -> Any:
            return api.list_projects().projects[0].name

        def raw_call() -> Any:
            return json.loads(pool.request("GET", url).data)["projects"][0]["name"]

        if client_call() != expected or raw_call() != expected:
            raise BenchError("client and raw GET disagree on projects[0].name")
        _batch(client_call, size)  # warm both connections and code paths
        _batch(raw_call, size)
        ours: List[float] = []
        raw: List[float] = []
        for b in range(batches):
            if b % 2 == 0:
                ours.append(_batch(client_call, size))
                raw.append(_batch(raw_call, size))
            else:
                raw.append(_batch(raw_call, size))
                ours.append(_batch(client_call, size))
        api.api_client.close()
        pool.clear()
    client_us, raw_us = median(ours), median(raw)
    return [
        Row(
            measure="per call: list_projects, 1 project",
            unit="us/call",
            ours=client_us,
            baseline=raw_us,
            baseline_name="urllib3 GET + json.loads",
            ratio=client_us / raw_us if raw_us else None,
            target=f"<= {TARGET:.2f}x raw",
            limit=TARGET,
            note=f"{len(body)} bytes; {batches} batches x {size} calls; overhead {client_us - raw_us:.1f} us/call",
        )
    ]
