"""The piece cache and the helper process: the output never depends on them.

Every check compares whole generated trees byte for byte with a generation
that had no cache at all (``CMLAPI_GEN_CACHE=off``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Dict, Optional

import pytest

from generator.format import format_many
from generator.helper import Helper

ROOT = Path(__file__).resolve().parents[1]
RELEASE_A = ROOT / "specs" / "cml-26.01.07.json"
RELEASE_B = ROOT / "specs" / "cml-26.04.02.json"


def generate(spec: Path, out: Path, cache: str, **env: str) -> None:
    environ = dict(os.environ, CMLAPI_GEN_CACHE=cache, **env)
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def tree(folder: Path) -> Dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def edited(tmp_path: Path, text: str) -> Path:
    """Release A with one operation's summary changed."""
    doc = json.loads(RELEASE_A.read_text(encoding="utf-8"))
    op = doc["paths"]["/api/v2/projects"]["get"]
    op["summary"] = text
    path = tmp_path / f"edited-{abs(hash(text))}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_cold_warm_and_no_cache_give_the_same_bytes(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    generate(RELEASE_B, tmp_path / "off", "off")
    generate(RELEASE_A, tmp_path / "a", cache)  # the other release fills the cache
    generate(RELEASE_B, tmp_path / "warm", cache)  # shared pieces hit, the rest are made
    generate(RELEASE_B, tmp_path / "hot", cache)  # every piece hits
    off = tree(tmp_path / "off")
    assert tree(tmp_path / "warm") == off
    assert tree(tmp_path / "hot") == off
    assert tree(tmp_path / "a") != off


@pytest.mark.parametrize("no_fork", ["", "1"], ids=["helper", "no-helper"])
def test_a_one_operation_change_makes_what_changed_and_nothing_else(tmp_path: Path, no_fork: str) -> None:
    cache, out = str(tmp_path / "cache"), tmp_path / "out"
    generate(RELEASE_A, out, cache, CMLAPI_GEN_NO_FORK=no_fork)
    before = tree(out)
    inodes = {rel: (out / rel).stat().st_ino for rel in before}
    spec = edited(tmp_path, "Lists the projects you can see.")
    generate(spec, out, cache, CMLAPI_GEN_NO_FORK=no_fork)
    generate(spec, tmp_path / "off", "off")
    after = tree(out)
    assert after == tree(tmp_path / "off")
    changed = {rel for rel in after if after[rel] != before.get(rel)}
    # the method's docstring, the README's table, and the spec hash in two modules
    assert changed == {"README.md", "cmlapi/__init__.py", "cmlapi/_spec.py", "cmlapi/api/cml_service_api.py"}
    kept = {rel for rel in after if (out / rel).stat().st_ino == inodes.get(rel)}
    assert kept == set(after) - changed  # unchanged files were linked, not rewritten


def test_a_damaged_cache_entry_is_a_miss_not_output(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    generate(RELEASE_A, tmp_path / "first", str(cache))
    entries = [p for p in (cache / "pieces").rglob("*") if p.is_file()]
    assert entries
    for i, entry in enumerate(entries):
        data = entry.read_bytes()
        if i % 3 == 0:
            entry.write_bytes(data[: len(data) // 2])  # truncated
        elif i % 3 == 1:
            entry.write_bytes(data.replace(b"def ", b"dfe ", 1) if b"def " in data else data + b"#")  # edited
        else:
            entry.write_bytes(b"")
    generate(RELEASE_A, tmp_path / "second", str(cache))
    assert tree(tmp_path / "second") == tree(tmp_path / "first")


@pytest.fixture
def piece_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A piece cache that exists, so :meth:`Helper.start` starts one."""
    monkeypatch.setenv("CMLAPI_GEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("CMLAPI_GEN_NO_FORK", raising=False)
    (tmp_path / "cache" / "pieces").mkdir(parents=True)
    return tmp_path / "cache"


WORK = [("module", "x = {'a':1}\n"), ("method", "    def f(self, a,b):\n        return a\n"), ("text", "# not code")]


def started() -> Helper:
    helper = Helper.start()
    assert helper is not None
    return helper


def test_the_helper_formats_as_this_process_does(piece_cache: Path) -> None:
    helper = started()
    try:
        assert helper.format(WORK) == format_many(WORK, workers=1)
        assert format_many(WORK, workers=1)[0] == 'x = {"a": 1}\n'
    finally:
        helper.close()


def test_a_helper_that_died_or_failed_gives_none(piece_cache: Path) -> None:
    helper = started()
    os.kill(helper.pid, signal.SIGKILL)
    assert helper.format(WORK) is None
    helper.close()
    helper.close()  # idempotent
    failing = started()
    assert failing.format([("module", "def (:\n")]) is None  # black refuses it: the parent formats, and reports


def test_no_helper_without_a_piece_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMLAPI_GEN_CACHE", str(tmp_path / "nothing-yet"))
    assert Helper.start() is None
    monkeypatch.setenv("CMLAPI_GEN_CACHE", "off")
    assert Helper.start() is None


def test_children_forked_later_do_not_hold_the_helpers_pipes(piece_cache: Path) -> None:
    """Else the helper would not see the end of its request until that child exits."""
    helper = started()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        state = b""
        for fd in (helper.request, helper.reply):
            try:
                os.fstat(fd)
                state += b"open "
            except OSError:
                state += b"closed "
        os.write(write, state)
        os._exit(0)
    os.close(write)
    state: Optional[bytes] = os.read(read, 100)
    os.close(read)
    os.waitpid(pid, 0)
    helper.close()
    assert state == b"closed closed "
