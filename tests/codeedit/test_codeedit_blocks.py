"""Search/replace blocks: parsing, exact and whitespace-tolerant matching, and the errors
that are sent back to the block's author."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from perfagent.tools.codeedit import SearchReplace, apply_blocks, parse_blocks
from perfagent.tools.errors import InputError, UnsafeInputError

PRICING = """\
import functools


def shipping_table(zone):
    table = []
    for i in range(100):
        table.append(i * zone)
    return table


def price(items, zone):
    return sum(items) + shipping_table(zone)[len(items)]
"""

EDIT = """\
Cache the shipping table: it is rebuilt on every call.

shop/pricing.py
```python
<<<<<<< SEARCH
def shipping_table(zone):
    table = []
=======
@functools.lru_cache(maxsize=64)
def shipping_table(zone):
    table = []
>>>>>>> REPLACE
```

And a constant in a new file:

shop/constants.py
```python
<<<<<<< SEARCH
=======
ZONES = 8
>>>>>>> REPLACE
```
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "target"
    (root / "shop").mkdir(parents=True)
    (root / "shop" / "pricing.py").write_text(PRICING)
    return root


def block(search: str, replace: str, path: str = "shop/pricing.py") -> SearchReplace:
    return SearchReplace(path=path, search=search, replace=replace)


def test_parse_reads_file_names_search_and_replace_around_prose_and_fences():
    blocks = parse_blocks(EDIT)
    assert [b.path for b in blocks] == ["shop/pricing.py", "shop/constants.py"]
    assert blocks[0].search == "def shipping_table(zone):\n    table = []\n"
    assert blocks[0].replace.startswith("@functools.lru_cache(maxsize=64)\n")
    assert blocks[1].search == "" and blocks[1].replace == "ZONES = 8\n"


def test_a_block_without_a_file_name_reuses_the_previous_one():
    text = EDIT.replace("And a constant in a new file:\n\nshop/constants.py\n", "")
    assert [b.path for b in parse_blocks(text)] == ["shop/pricing.py", "shop/pricing.py"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "a.py\n<<<<<<< SEARCH\nx\n>>>>>>> REPLACE\n",
            "edit line 4: expected `=======` to close the block opened on line 2",
        ),
        (
            "a.py\n<<<<<<< SEARCH\nx\n=======\ny\n",
            "edit line 2: the block opened here never reaches",
        ),
        (
            "a.py\n<<<<<<< SEARCH\nx\n=======\ny\n=======\n",
            "edit line 6: expected `>>>>>>> REPLACE`",
        ),
        (
            "<<<<<<< SEARCH\nx\n=======\ny\n>>>>>>> REPLACE\n",
            "edit line 1: the SEARCH block has no file name",
        ),
        ("a.py\n>>>>>>> REPLACE\n", "edit line 2: `>>>>>>> REPLACE` without a `<<<<<<< SEARCH`"),
        ("just prose, no block\n", "the edit has no SEARCH/REPLACE block"),
    ],
)
def test_a_malformed_block_names_the_line(text: str, message: str):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_blocks(text)


def test_apply_exact_match_and_create_a_file(root: Path):
    changed = apply_blocks(root, parse_blocks(EDIT))
    assert changed == ["shop/pricing.py", "shop/constants.py"]
    text = (root / "shop" / "pricing.py").read_text()
    assert "@functools.lru_cache(maxsize=64)\ndef shipping_table(zone):\n    table = []\n" in text
    assert text.count("def shipping_table") == 1
    assert (root / "shop" / "constants.py").read_text() == "ZONES = 8\n"


def test_whitespace_tolerant_match_reindents_the_replacement(root: Path):
    # The block is dedented by 4 and has trailing spaces the file does not have.
    search = "table = []  \nfor i in range(100):\n    table.append(i * zone)\n"
    replace = "table = [i * zone for i in range(100)]\n"
    assert apply_blocks(root, [block(search, replace)]) == ["shop/pricing.py"]
    text = (root / "shop" / "pricing.py").read_text()
    assert (
        "def shipping_table(zone):\n    table = [i * zone for i in range(100)]\n    return table\n"
    ) in text


def test_whitespace_tolerant_match_with_more_indentation_than_the_file(root: Path):
    search = (
        "        def price(items, zone):\n"
        "            return sum(items) + shipping_table(zone)[len(items)]\n"
    )
    replace = "        def price(items, zone):\n            return sum(items)\n"
    apply_blocks(root, [block(search, replace)])
    assert (
        (root / "shop" / "pricing.py")
        .read_text()
        .endswith("def price(items, zone):\n    return sum(items)\n")
    )


def test_non_uniform_indentation_difference_does_not_match(root: Path):
    search = "table = []\n  for i in range(100):\n"
    with pytest.raises(InputError, match="does not match"):
        apply_blocks(root, [block(search, "x = 1\n")])


def test_an_ambiguous_block_says_how_many_times_it_matches(root: Path):
    before = (root / "shop" / "pricing.py").read_text()
    with pytest.raises(InputError) as err:
        apply_blocks(
            root,
            [
                block(
                    "    return table\n",
                    "    return list(table)\n",
                ),
                block("\n\n", "\n"),
            ],
        )
    # The first block matches once; the second matches twice (two double blank lines).
    assert "shop/pricing.py: the SEARCH block matches 2 times (at lines 2, 9)" in str(err.value)
    assert "block 2 of 2" in str(err.value)
    assert (root / "shop" / "pricing.py").read_text() == before  # nothing written


def test_a_block_that_does_not_match_shows_expected_and_closest_lines(root: Path):
    search = "def shipping_table(zone: int):\n    table = []\n    for i in range(1000):\n"
    before = (root / "shop" / "pricing.py").read_text()
    with pytest.raises(InputError) as err:
        apply_blocks(root, [block(search, "pass\n")])
    message = str(err.value)
    assert message.startswith("shop/pricing.py: the SEARCH block does not match; expected lines:\n")
    assert (
        "  | def shipping_table(zone: int):\n  |     table = []\n  |     for i in range(1000):\n"
    ) in message
    assert "closest existing lines 4–6:\n" in message
    assert (
        "\n4 | def shipping_table(zone):\n5 |     table = []\n6 |     for i in range(100):\n"
    ) in message
    assert "block 1 of 1; no file was changed" in message
    assert (root / "shop" / "pricing.py").read_text() == before


def test_a_later_block_failing_leaves_every_file_unchanged(root: Path):
    blocks = parse_blocks(EDIT) + [block("no such line\n", "x\n")]
    before = (root / "shop" / "pricing.py").read_text()
    with pytest.raises(InputError, match="block 3 of 3"):
        apply_blocks(root, blocks)
    assert (root / "shop" / "pricing.py").read_text() == before
    assert not (root / "shop" / "constants.py").exists()


def test_empty_search_on_a_non_empty_file_and_search_in_a_missing_file(root: Path):
    with pytest.raises(InputError, match="SEARCH block is empty but the file already has 12 lines"):
        apply_blocks(root, [block("", "x = 1\n")])
    with pytest.raises(InputError, match="shop/missing.py: no such file"):
        apply_blocks(root, [block("x\n", "y\n", path="shop/missing.py")])


def test_line_endings_and_a_missing_final_newline_are_kept(tmp_path: Path):
    (tmp_path / "dos.txt").write_bytes(b"one\r\ntwo\r\nthree")
    apply_blocks(
        tmp_path,
        [block("two\n", "TWO\n", path="dos.txt"), block("three\n", "THREE\n", path="dos.txt")],
    )
    assert (tmp_path / "dos.txt").read_bytes() == b"one\r\nTWO\r\nTHREE"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/etc/passwd", "must be relative to the target's root"),
        ("../outside.py", "leaves the target's root"),
        ("shop/../../outside.py", "leaves the target's root"),
        ("link/payload.py", "symlink that points outside"),
        (".git/hooks/pre-commit", "may not write inside .git"),
    ],
)
def test_paths_must_stay_inside_the_root(root: Path, tmp_path: Path, path: str, message: str):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "payload.py").write_text("x = 1\n")
    os.symlink(outside, root / "link")
    with pytest.raises(UnsafeInputError, match=message):
        apply_blocks(root, [block("x = 1\n", "x = 2\n", path=path)])
    assert (outside / "payload.py").read_text() == "x = 1\n"
    assert not (tmp_path / "outside.py").exists()


def test_a_symlink_inside_the_root_is_followed_and_reported_by_its_real_path(root: Path):
    os.symlink(root / "shop" / "pricing.py", root / "alias.py")
    changed = apply_blocks(
        root, [block("import functools\n", "import functools, math\n", path="alias.py")]
    )
    assert changed == ["shop/pricing.py"]
    assert (root / "alias.py").is_symlink()
