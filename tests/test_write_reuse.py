"""Regenerating into an existing tree: unchanged files are hard-linked from the old
tree (same inode, mode and mtime), everything else is written fresh, and nothing
from outside the old tree (a symlink) is ever carried into the new one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.write import MANIFEST, OwnershipError, write_tree

FILES = {"pkg/__init__.py": "x = 1\n", "pkg/a.py": "A = 'a'\n", "README.md": "# r\n"}


def test_unchanged_files_keep_their_inode_changed_and_new_ones_are_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(FILES, out)
    inode = {rel: (out / rel).stat().st_ino for rel in FILES}
    mtime = (out / "README.md").stat().st_mtime_ns
    second = {"pkg/__init__.py": "x = 2\n", "pkg/a.py": "A = 'a'\n", "pkg/b.py": "B = 1\n", "README.md": "# r\n"}
    write_tree(second, out)
    assert {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} == set(second) | {MANIFEST}
    for rel, text in second.items():
        assert (out / rel).read_text() == text
    assert (out / "pkg/a.py").stat().st_ino == inode["pkg/a.py"]
    assert (out / "README.md").stat().st_mtime_ns == mtime
    assert (out / "pkg/__init__.py").stat().st_ino != inode["pkg/__init__.py"]
    assert (out / "README.md").stat().st_nlink == 1  # the old tree is gone
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_same_size_other_text_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(FILES, out)
    write_tree(dict(FILES, **{"pkg/a.py": "A = 'b'\n"}), out)
    assert (out / "pkg/a.py").read_text() == "A = 'b'\n"


def test_a_symlink_in_the_old_tree_is_never_carried_over(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(FILES, out)
    outside = tmp_path / "outside.py"
    outside.write_text(FILES["pkg/a.py"])
    (out / "pkg/a.py").unlink()
    os.symlink(outside, out / "pkg/a.py")
    (out / "pkg/__init__.py").unlink()
    os.symlink(out / "README.md", out / "pkg/__init__.py")  # inside, but still a link
    write_tree(FILES, out, force=True)  # a planted symlink is foreign: refused without force
    for rel, text in FILES.items():
        assert not (out / rel).is_symlink()
        assert (out / rel).read_text() == text
    assert (out / "pkg/a.py").stat().st_ino != outside.stat().st_ino
    assert outside.read_text() == FILES["pkg/a.py"]


def test_a_fifo_in_the_old_tree_is_replaced_without_waiting_for_a_writer(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(FILES, out)
    (out / "pkg/a.py").unlink()
    os.mkfifo(out / "pkg/a.py")  # opening it for reading would block until someone writes
    with pytest.raises(OwnershipError, match="not a regular file"):
        write_tree(FILES, out)  # refused, promptly
    write_tree(FILES, out, force=True)
    assert (out / "pkg/a.py").is_file()
    assert (out / "pkg/a.py").read_text() == FILES["pkg/a.py"]
