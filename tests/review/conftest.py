"""Real git repositories for reviews: a tiny shop whose head commits change its speed or add risks.

    main      base: `quote` prices 400 codes; `_normalise` is a small share of it
    slow      `_normalise` counts its characters first: `quote` ~32% more instructions
    comment   a comment-only change (an A/A: nothing runs differently)
    risky     adds to shop/orders.py a SELECT * with lower(email) = ?, a query inside a loop
              and a string built with += in a loop
    touched   on top of risky, edits a line of the N+1 function away from its query

The repository also carries uncommitted work of the user's (a modified file, an untracked
one) that every review must leave exactly as it was.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

PRICING = """\
def _normalise(code):
{extra}    return code.strip().upper()


def _price(code):
    total = 0
    for ch in code:
        total = (total * 31 + ord(ch)) % 1000003
    return total


def quote(codes):
    return sum(_price(_normalise(c)) for c in codes)
"""
SLOWER = """\
    width = 0
    for _ in code:
        width = (width + 1) & 1023
"""
COMMENT = "    # codes arrive in any case, with stray spaces\n"
BENCH = """\
from shop.pricing import quote as _quote

CODES = [f"sku-{i:06d}-zone " for i in range(400)]


def quote():
    return _quote(CODES)
"""
SPEC = """\
[target]
name = "shop"

[[benchmark]]
name = "quote"
callable = "shop.bench:quote"
"""
ORDERS_BASE = """\
def recent(conn):
    return conn.execute("SELECT id, total FROM orders ORDER BY id DESC LIMIT 50").fetchall()
"""
# The target's line 12 is one long line (its line numbers are in the golden review): the
# backslash at the end of a line in this string joins the next one to it.
ORDERS_RISKY = (
    ORDERS_BASE
    + """

def by_email(conn, email):
    return conn.execute("SELECT * FROM orders WHERE lower(email) = ?", (email,)).fetchall()


def with_items(conn, orders: list[dict]):
    out = []
    for order in orders:
        items = conn.execute("SELECT name, qty FROM items WHERE order_id = ?", \
(order["id"],)).fetchall()
        out.append({"id": order["id"], "items": [dict(i) for i in items]})
    return out


def receipt(lines: list[str]) -> str:
    text = ""
    for line in lines:
        text += line + "\\n"
    return text
"""
)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout.strip()


def _commit(repo: Path, files: dict[str, str], message: str) -> None:
    for name, text in files.items():
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    git(repo, "add", ".")
    git(repo, "commit", "-qm", message)


def build_shop(repo: Path, *, spec: str | None = SPEC) -> Path:
    repo.mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "dev@example.invalid")
    git(repo, "config", "user.name", "dev")
    files = {
        "shop/__init__.py": "",
        "shop/pricing.py": PRICING.format(extra=""),
        "shop/bench.py": BENCH,
        "shop/orders.py": ORDERS_BASE,
    }
    if spec is not None:
        files["perfagent.toml"] = spec
    _commit(repo, files, "base")
    for branch, files in (
        ("slow", {"shop/pricing.py": PRICING.format(extra=SLOWER)}),
        ("comment", {"shop/pricing.py": PRICING.format(extra=COMMENT)}),
        ("risky", {"shop/orders.py": ORDERS_RISKY}),
        (
            "touched",
            {
                "shop/orders.py": ORDERS_RISKY.replace(
                    "    out = []\n    for order", "    out = []  # one per order\n    for order"
                )
            },
        ),
    ):
        git(repo, "checkout", "-q", "-b", branch, "risky" if branch == "touched" else "main")
        _commit(repo, files, branch)
    git(repo, "checkout", "-q", "main")
    # The user's own uncommitted work.
    (repo / "shop" / "bench.py").write_text(BENCH + "# my local edit\n")
    (repo / "notes.txt").write_text("untracked\n")
    return repo


def snapshot(repo: Path) -> dict[str, str]:
    """Everything a review must not change in the source repository."""
    return {
        "head": git(repo, "rev-parse", "HEAD"),
        "branch": git(repo, "symbolic-ref", "HEAD"),
        "status": git(repo, "status", "--porcelain", "--untracked-files=all"),
        "branches": git(repo, "for-each-ref", "--format=%(refname) %(objectname)"),
        "worktrees": git(repo, "worktree", "list", "--porcelain"),
        "bench.py": (repo / "shop" / "bench.py").read_text(),
    }


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    return build_shop(tmp_path_factory.mktemp("review") / "shop")
