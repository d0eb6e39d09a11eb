"""The build's own checks: every file the page references is built."""

from __future__ import annotations

import re
from pathlib import Path

import make_bundle


def test_the_page_references_only_built_files(tmp_path, monkeypatch):
    monkeypatch.setattr(make_bundle, "OUT", tmp_path / "static")
    make_bundle.main()
    page = (tmp_path / "static" / "index.html").read_text()
    for ref in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert (tmp_path / "static" / ref).is_file(), ref


def test_the_build_is_reproducible(tmp_path, monkeypatch):
    sizes = []
    for name in ("a", "b"):
        monkeypatch.setattr(make_bundle, "OUT", tmp_path / name)
        make_bundle.main()
        sizes.append({p.name: p.read_bytes() for p in Path(tmp_path / name).iterdir()})
    assert sizes[0] == sizes[1]
