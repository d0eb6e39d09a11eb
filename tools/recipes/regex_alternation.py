"""A repeated regex group whose alternatives overlap → the redundant alternative removed.

The shape found in real commits (sqlparse 8238a9e, ``StripCommentsFilter``): ``(\\r\\n|\\r|\\n)+``.
Under ``+``/``*``, an alternative that is the concatenation of other alternatives
(``\\r\\n`` = ``\\r`` then ``\\n``) adds nothing to what the group matches, but gives the
engine 2^n ways to split a run of n line breaks; when the rest of the pattern then fails
(``... *$`` on text that goes on), it tries them all. Without that alternative the run has
one split, and the match is linear.

Accepted: a string literal passed as the pattern to ``re.match/search/fullmatch/findall/
finditer/sub/subn/split/compile`` inside the hot function, holding a group of plain literal
alternatives repeated by ``+`` or ``*``, one of which is the concatenation of others.
The rewritten pattern must compile. Assumed, for the tests to prove: nothing reads what
that inner group captured on its last repetition (the overall match is the same).

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "m.py").write_text(
...     "import re\\n\\n\\ndef breaks(text):\\n"
...     "    return re.search(r'((\\\\r\\\\n|\\\\r|\\\\n)+) *$', text)\\n")
>>> p = regex_alternation(root, RecipeTarget(file="m.py", function="breaks"))
>>> print(p.edit.blocks[0].replace, end="")
def breaks(text):
    return re.search(r'((\\r|\\n)+) *$', text)
"""

from __future__ import annotations

import re
from pathlib import Path

import libcst as cst

from perfagent.tools.recipes._cst import (
    blocks_between,
    dotted,
    find_function,
    load,
    replace_nodes,
    walk,
)
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

RE_FUNCTIONS = frozenset(
    ["match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split", "compile"]
)
# a group of alternatives (no nested groups), then + or * (possibly lazy)
_GROUP = re.compile(r"\((\?:)?(?P<body>(?:[^()\\]|\\.)+)\)(?P<quant>[+*])")
_LITERAL = re.compile(r"^(?:[^\\.^$*+?{}\[\]|()]|\\[rntfv\\.^$*+?{}\[\]|()/-])+$")


def regex_alternation(root: Path, target: RecipeTarget) -> Proposal:
    source = load(root, target.file)
    func = find_function(source, target.function, target.line)
    name = func.name.value
    for node in walk(func):
        if not (
            isinstance(node, cst.Call)
            and node.args
            and dotted(node.func).startswith("re.")
            and dotted(node.func)[3:] in RE_FUNCTIONS
        ):
            continue
        literal = node.args[0].value
        if not isinstance(literal, cst.SimpleString) or "b" in literal.prefix.lower():
            continue
        pattern = literal.evaluated_value
        if not isinstance(pattern, str):
            continue
        fixed = simplify(pattern)
        if fixed is None:
            continue
        raw = "r" in literal.prefix.lower()
        if not raw and "\\" in fixed:
            raise Decline(
                f"the pattern in {name} is not a raw string; rewriting its escapes is not safe here"
            )
        quote = literal.quote
        if quote in fixed:
            continue
        new_literal = literal.with_changes(value=f"{literal.prefix}{quote}{fixed}{quote}")
        rewritten = replace_nodes(source.module, {id(literal): new_literal}).code
        blocks = blocks_between(source.path, source.text, rewritten)
        return Proposal(
            recipe="regex_alternation",
            title=f"drop the redundant alternative from the repeated group in {name}'s regex",
            edit=checked_edit(
                source.text, rewritten, blocks, f"simplify a regex in {name} ({source.path})"
            ),
            rationale=(
                f"in {pattern!r} a repeated group has an alternative that is the concatenation of "
                "others, so a run of n matches can be split 2^n ways and a failing match tries "
                f"them all; {fixed!r} matches the same text with one split"
            ),
            expected=f"{name}'s regex runs in linear time on long runs",
            assumptions=[
                "nothing reads what the repeated inner group captured on its last repetition"
            ],
        )
    raise Decline(
        f"{name} passes re no literal pattern with a repeated group of overlapping alternatives"
    )


def simplify(pattern: str) -> str | None:
    """The pattern without redundant alternatives in repeated groups; None when there are none.

    >>> simplify(r"((\\r\\n|\\r|\\n)+) *$"), simplify(r"(ab|a|b)*c")
    ('((\\\\r|\\\\n)+) *$', '(a|b)*c')
    >>> simplify(r"(a|b)+"), simplify(r"(ab|c)+")
    (None, None)
    """
    out, changed, last = [], False, 0
    for match in _GROUP.finditer(pattern):
        alternatives = _split(match["body"])
        if len(alternatives) < 3 or not all(_LITERAL.match(a) for a in alternatives):
            continue
        units = [_unescape(a) for a in alternatives]
        keep = [
            a
            for a, u in zip(alternatives, units, strict=True)
            if not _composed(u, [v for v in units if v != u])
        ]
        if len(keep) == len(alternatives) or not keep:
            continue
        out.append(pattern[last : match.start("body")] + "|".join(keep))
        last = match.end("body")
        changed = True
    if not changed:
        return None
    fixed = "".join(out) + pattern[last:]
    try:
        re.compile(fixed)
    except re.error:
        return None
    return fixed


def _split(body: str) -> list[str]:
    parts, current, escaped = [], "", False
    for ch in body:
        if escaped:
            current += ch
            escaped = False
        elif ch == "\\":
            current += ch
            escaped = True
        elif ch == "|":
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


def _unescape(text: str) -> str:
    return re.sub(
        r"\\(.)",
        lambda m: {"r": "\r", "n": "\n", "t": "\t", "f": "\f", "v": "\v"}.get(m[1], m[1]),
        text,
    )


def _composed(unit: str, others: list[str]) -> bool:
    """Is ``unit`` a concatenation of two or more of ``others`` (repeats allowed)?"""
    if not others or len(unit) < 2:
        return False
    reach = {0: 0}  # position → pieces used to get there
    for position in range(len(unit)):
        if position not in reach:
            continue
        for piece in others:
            if piece and unit.startswith(piece, position):
                nxt = position + len(piece)
                reach[nxt] = max(reach.get(nxt, 0), reach[position] + 1)
    return reach.get(len(unit), 0) >= 2


RECIPE = Recipe(
    name="regex_alternation",
    kinds=frozenset({"cpu_hotspot"}),
    build=regex_alternation,
    order=60,
    measure="benchmark",
)
