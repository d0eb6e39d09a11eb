"""An engagement on a static site: the audit finds the hero and the unminified files, the
frontend recipes write the changes, headless Chromium measures both trees, and the
before/after and frontend deliverables show the bytes saved and the page's Web Vitals."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from perfagent.agent.engagement import start
from perfagent.agent.state import Settings
from perfagent.agent.workspace import scratch_repo

from .conftest import make_site, need_chromium


@pytest.fixture
def target(tmp_path: Path) -> Path:
    need_chromium()
    source = tmp_path / "source"
    make_site(source / "site")
    (source / "perfagent.toml").write_text(
        '[target]\nname = "site"\n\n[frontend]\nbuild = "site/"\n'
    )
    return scratch_repo(source, tmp_path / "target")


@pytest.mark.slow
def test_frontend_recipes_are_measured_in_a_browser(target: Path, tmp_path: Path):
    state = start(
        target,
        settings=Settings(report_dir=str(tmp_path / "r"), max_candidates=1),
        checkpoint_url=str(tmp_path / "ck.sqlite"),
    )
    by_recipe = {c.recipe: c for c in state.candidates.values() if c.recipe}
    webp, minify = by_recipe["webp_images"], by_recipe["minify_assets"]  # the hero saves the most
    assert webp.status == "kept", webp.reason
    assert minify.status == "not_validated" and "budget of 1 measured" in minify.reason
    assert "minify 2 JS/CSS files of site/" in minify.title  # one candidate for both files
    image = next(
        c
        for c in state.validations[webp.id].changes
        if c.metric == "transfer_bytes" and c.scope == "page /index.html image"
    )
    hero = (target / "site" / "hero.png").stat().st_size
    assert image.before >= hero and image.after < hero / 2 and image.verdict == "faster"
    scripts = next(
        c
        for c in state.validations[webp.id].changes
        if c.metric == "transfer_bytes" and c.scope == "page /index.html script"
    )
    assert scripts.verdict == "unchanged"  # the edit touched the image and the page only

    before = state.validations[webp.id].vitals_before
    assert before.cls.median > 0.1 and before.lcp_element == "img#hero"  # the known shift, the hero
    assert state.validations[webp.id].vitals_after.lcp_url.endswith("/hero.webp")

    webp_file = subprocess.run(
        ["git", "-C", str(target), "show", f"{webp.branch}:site/hero.webp"],
        capture_output=True,
        check=True,
    ).stdout
    assert webp_file[:4] == b"RIFF" and webp_file[8:12] == b"WEBP"
    assert (target / "site" / "hero.png").exists() and not (target / "site" / "hero.webp").exists()

    report = Path(state.report_dir)
    page = (report / "5-before-after" / "README.md").read_text()
    assert "| page /index.html image | transfer_bytes |" in page and "**smaller**" in page
    assert "GIT binary patch" not in page  # the change is named, not dumped
    frontend = (report / "8-frontend" / "README.md").read_text()
    assert "LCP element: `img#hero`" in frontend
    assert "**FAIL** (error) cumulative-layout-shift" in frontend
    assert "image " in frontend and "→" in frontend  # the measured change per resource type
