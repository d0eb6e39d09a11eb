"""line_starts: the start of line N re-matched from the top of the text on every call becomes a
lookup in a table of line starts kept per text, with the same answers."""

from __future__ import annotations

import pytest

from perfagent.tools.recipes import RecipeTarget, propose_all
from perfagent.tools.recipes.base import Decline
from perfagent.tools.recipes.line_starts import line_starts

SCANNER = '''\
import re


class Scanner:
    """Reads a text line by line; `offset` is where the current line starts."""

    def __init__(self, text):
        self.text = text
        self.lineno = 1

    @property
    def offset(self):
        if self.lineno > 1 and "\\n" in self.text:
            m = re.match(r"([^\\n]*\\n){{{}}}".format(self.lineno - 1), self.text)
            if m:
                return m.end()
            return self.text.rfind("\\n")
        return 0

    def offsets(self, last):
        out = []
        for self.lineno in range(1, last + 1):
            out.append(self.offset)
        return out


def column_of(text, lineno, index):
    start = re.match("(?:.*\\n){%d}" % (lineno - 1), text)
    return None if start is None else index - start.end()


def ends(text, n):
    return re.match(rf"(.*\\n){{{n}}}", text).end()
'''

TEXTS = ["", "one", "one\n", "a\nbb\n\nccc\n", "a\r\nb\r\n", "\n\n\n", "x\ny" * 40]


def _apply(root, function, line=None):
    proposal = line_starts(
        root, RecipeTarget(kind="cpu_hotspot", file="scan.py", function=function, line=line)
    )
    for block in proposal.edit.blocks:
        path = root / block.path
        text = path.read_text()
        assert text.count(block.search) == 1
        path.write_text(text.replace(block.search, block.replace, 1))
    return proposal


def test_a_property_re_matching_lines_gives_the_same_offsets_from_a_table(tmp_path, helpers):
    path = helpers.write(tmp_path, "scan.py", SCANNER)
    before = helpers.load(path)
    proposal = _apply(tmp_path, "Scanner.offset")
    after = helpers.load(path)

    assert proposal.recipe == "line_starts"
    assert "_match_lines(" in path.read_text() and "import threading" in path.read_text()
    for text in TEXTS:
        last = text.count("\n") + 3  # past the end too: re.match finds nothing there
        assert after.Scanner(text).offsets(last) == before.Scanner(text).offsets(last), text
    # one text asked twice, in any order: the table is kept and answers the same
    text = TEXTS[-1]
    backwards = after.Scanner(text)
    for lineno in (30, 2, 41, 45, 1):
        backwards.lineno = lineno
        forwards = before.Scanner(text)
        forwards.lineno = lineno
        assert backwards.offset == forwards.offset


@pytest.mark.parametrize("function", ["column_of", "ends"])
def test_percent_and_f_string_patterns_are_rewritten_too(tmp_path, helpers, function):
    path = helpers.write(tmp_path, "scan.py", SCANNER)
    before = getattr(helpers.load(path), function)
    _apply(tmp_path, function)
    after = getattr(helpers.load(path), function)
    for text in TEXTS[3:]:
        for n in range(1, text.count("\n") + 1):
            args = (text, n, 99) if function == "column_of" else (text, n)
            assert after(*args) == before(*args)
    if function == "column_of":
        assert after("a\nb", 5, 0) is None  # no such line: the match is None, as before


@pytest.mark.parametrize(
    ("code", "why"),
    [
        ("    return re.match(r'([^\\n]*\\n){%d}' % n, text).group(1)\n", "used in a way"),
        ("    m = re.match(r'([^\\n]*\\n){%d}' % n, text)\n    return m.groups()\n", "reads more"),
        ("    return re.match(r'([^\\n]*\\n){%d}' % n, text, re.M)\n", "flags"),
        ("    return re.match(r'([^\\n]*\\n){%d}' % len(text), text)\n", "by a call"),
        ("    return re.match(r'(ab){%d}' % n, text)\n", "not a run of whole lines"),
        ("    return re.match(r'([^\\n]*\\n){3}', text)\n", "with a count built in"),
    ],
)
def test_declines_what_a_table_of_line_starts_cannot_answer(tmp_path, code, why):
    (tmp_path / "scan.py").write_text(f"import re\n\n\ndef f(text, n):\n{code}")
    with pytest.raises(Decline, match=why):
        line_starts(tmp_path, RecipeTarget(file="scan.py", function="f"))


def test_offered_for_a_hot_spot_among_the_recipes(tmp_path):
    (tmp_path / "scan.py").write_text(SCANNER)
    target = RecipeTarget(kind="cpu_hotspot", file="scan.py", function="Scanner.offset")
    proposals, declined = propose_all(tmp_path, target)
    assert [p.recipe for p in proposals] == ["line_starts"]
    assert not any(d.startswith("line_starts") for d in declined)
