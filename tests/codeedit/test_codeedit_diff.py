"""Unified diffs applied with git apply, relative to a target that is a subfolder of its repo."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfagent.tools.codeedit import Edit, SearchReplace, apply_diff, apply_edit
from perfagent.tools.errors import InputError

CACHE_DIFF = """\
--- a/shop/pricing.py
+++ b/shop/pricing.py
@@ -1,3 +1,7 @@
+import functools
+
+
+@functools.lru_cache(maxsize=64)
 def shipping_table(zone):
     table = []
     for i in range(100):
"""

NEW_FILE_DIFF = """\
diff --git a/shop/constants.py b/shop/constants.py
new file mode 100644
--- /dev/null
+++ b/shop/constants.py
@@ -0,0 +1 @@
+ZONES = 8
"""


def test_a_diff_applies_under_a_subfolder_target(repo: Path):
    shop = repo / "examples" / "shop"
    assert apply_diff(shop, CACHE_DIFF) == ["shop/pricing.py"]
    assert (
        (shop / "shop" / "pricing.py")
        .read_text()
        .startswith(
            "import functools\n\n\n@functools.lru_cache(maxsize=64)\ndef shipping_table(zone):\n"
        )
    )
    assert apply_diff(shop, NEW_FILE_DIFF) == ["shop/constants.py"]
    assert (shop / "shop" / "constants.py").read_text() == "ZONES = 8\n"


def test_a_diff_without_a_b_prefixes_and_with_wrong_hunk_counts(repo: Path):
    shop = repo / "examples" / "shop"
    diff = CACHE_DIFF.replace("a/shop", "shop").replace("b/shop", "shop").replace("+1,7", "+1,9")
    assert apply_diff(shop, diff.rstrip("\n")) == ["shop/pricing.py"]
    assert "@functools.lru_cache" in (shop / "shop" / "pricing.py").read_text()


def test_a_diff_that_does_not_apply_is_one_sentence_and_changes_nothing(repo: Path):
    shop = repo / "examples" / "shop"
    before = (shop / "shop" / "pricing.py").read_text()
    broken = CACHE_DIFF.replace("    table = []", "    table = {}") + NEW_FILE_DIFF
    with pytest.raises(InputError) as err:
        apply_diff(shop, broken)
    message = str(err.value)
    assert message.startswith("the diff does not apply: patch failed: shop/pricing.py:1;")
    assert "\n" not in message
    assert (shop / "shop" / "pricing.py").read_text() == before
    assert not (shop / "shop" / "constants.py").exists()  # the good half was not applied either


@pytest.mark.parametrize("text", ["", "not a diff at all\n"])
def test_an_empty_or_garbage_diff_is_refused(repo: Path, text: str):
    with pytest.raises(InputError, match="the diff (is empty|does not apply: No valid patches)"):
        apply_diff(repo / "examples" / "shop", text)


def test_a_diff_may_not_leave_the_target(repo: Path):
    escape = (
        "--- a/../../README.md\n+++ b/../../README.md\n@@ -1 +1 @@\n-# the user's project\n+# x\n"
    )
    before = (repo / "README.md").read_text()
    with pytest.raises(InputError, match="the diff does not apply: invalid path"):
        apply_diff(repo / "examples" / "shop", escape)
    assert (repo / "README.md").read_text() == before


def test_apply_edit_takes_either_form(repo: Path):
    shop = repo / "examples" / "shop"
    assert apply_edit(shop, Edit(diff=NEW_FILE_DIFF)) == ["shop/constants.py"]
    block = SearchReplace(path="shop/constants.py", search="ZONES = 8\n", replace="ZONES = 9\n")
    assert apply_edit(shop, Edit(blocks=[block])) == ["shop/constants.py"]
    with pytest.raises(InputError, match="both search/replace blocks and a diff"):
        apply_edit(shop, Edit(blocks=[block], diff=NEW_FILE_DIFF))
    with pytest.raises(InputError, match="the edit is empty"):
        apply_edit(shop, Edit())
