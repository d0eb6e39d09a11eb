"""regex_alternation: a repeated group of overlapping alternatives loses the redundant one."""

from __future__ import annotations

import re

import pytest

from perfagent.tools.codeedit import apply_blocks
from perfagent.tools.recipes import RecipeTarget
from perfagent.tools.recipes.base import Decline
from perfagent.tools.recipes.regex_alternation import regex_alternation, simplify

NESTED = """\
import re


class StripComments:
    @staticmethod
    def _process(tokens):
        def _insert(value):
            m = re.search(r'((\\r\\n|\\r|\\n)+) *$', value)
            return m.groups()[0] if m else " "
        return [_insert(t) for t in tokens]
"""


def test_nested_function_found_by_qualified_name_and_rewritten(tmp_path):
    (tmp_path / "others.py").write_text(NESTED)
    p = regex_alternation(
        tmp_path,
        RecipeTarget(
            kind="cpu_hotspot",
            file="others.py",
            function="StripComments._process.<locals>._insert",
            line=7,
        ),
    )
    apply_blocks(tmp_path, p.edit.blocks)
    assert "re.search(r'((\\r|\\n)+) *$', value)" in (tmp_path / "others.py").read_text()


@pytest.mark.parametrize("text", ["x\r\n\r\n  ", "x\n\r\n", "abc", "\r\r\n \n", "a\r\nb  "])
def test_the_simplified_pattern_matches_the_same_text(text):
    old, new = r"((\r\n|\r|\n)+) *$", simplify(r"((\r\n|\r|\n)+) *$")
    a, b = re.search(old, text), re.search(new, text)
    assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1)))


def test_declines_without_the_shape(tmp_path):
    (tmp_path / "m.py").write_text("import re\n\n\ndef f(s):\n    return re.match(r'(ab|c)+', s)\n")
    with pytest.raises(Decline, match="no literal pattern with a repeated group"):
        regex_alternation(tmp_path, RecipeTarget(file="m.py", function="f"))
