"""The start of line N found by re-matching N lines from the start of the text on every call
→ the offsets of line starts kept per text, so each call is a lookup.

The shape found in real commits (Python-Markdown 524e4daa, ``HTMLExtractor.line_offset``):
``re.match(r'([^\\n]*\\n){{{}}}'.format(n), text).end()``. Each call builds a new pattern (so
``re``'s cache of compiled patterns does not help once there are more line numbers than it
holds) and scans the text from its start, so a parser asking for the offset of each line in
turn does quadratic work. The edit replaces the call with a module-level helper that returns
the same answer from a table of line starts per text, extended with ``str.find`` as far as
asked, and falls back to ``re.match`` for anything that is not a count of lines.

Accepted: inside the hot function, ``re.match(pattern, text)`` (no flags) whose pattern is
built at run time from one count — ``'...'.format(count)``, ``'...' % count`` or an f-string
— and then reads ``([^\\n]*\\n){count}`` or ``(.*\\n){count}`` (capturing or not); the count is
a name, attribute, subscript, constant or arithmetic of them (it is evaluated twice: for the
pattern, as before, and for the lookup), and the match is only tested for truth/None or asked
for ``end()``, ``start()`` or ``span()``. Assumed, for the tests to prove: nothing else is read
from the match (groups), and evaluating the count has no side effect.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "p.py").write_text(
...     "import re\\n\\n\\ndef offset(text, lineno):\\n"
...     "    m = re.match(r'([^\\\\n]*\\\\n){{{}}}'.format(lineno - 1), text)\\n"
...     "    return m.end() if m else 0\\n")
>>> p = line_starts(root, RecipeTarget(file="p.py", function="offset"))
>>> for line in p.edit.blocks[-1].replace.splitlines()[-3:]:
...     print(line)
def offset(text, lineno):
    m = _match_lines(r'([^\\n]*\\n){{{}}}'.format(lineno - 1), text, lineno - 1)
    return m.end() if m else 0
"""

from __future__ import annotations

import re
from pathlib import Path

import libcst as cst
from libcst.metadata import ParentNodeProvider

from perfagent.tools.recipes._cst import (
    blocks_between,
    dotted,
    find_function,
    fresh_name,
    has_import,
    import_insert_index,
    load,
    metadata,
    names_in,
    rewrite,
    walk,
    with_import,
)
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

PROBE = 7  # the count put into the pattern to read what it matches
LINES = re.compile(r"^\((?:\?:)?(?:\[\^\\n\]\*|\.\*)\\n\)\{7\}$")  # ([^\n]*\n){7}, (?:.*\n){7}
SIMPLE = (
    cst.Name,
    cst.Attribute,
    cst.Integer,
    cst.BinaryOperation,
    cst.UnaryOperation,
    cst.Subscript,
)
MATCH_METHODS = frozenset(["end", "start", "span"])

HELPER = '''

class {cls}:
    """What re.match of a run of whole lines answers: it starts at 0 and ends at ``end``."""

    __slots__ = ("_end",)

    def __init__(self, end):
        self._end = end

    def start(self, group=0):
        return 0 if group == 0 else self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def span(self, group=0):
        if group != 0:
            raise IndexError("only the whole match of a run of lines is kept")
        return (0, self._end)


{cache} = {{}}  # text -> offsets where its lines start, found as far as asked
{lock} = threading.Lock()


def {helper}(pattern, text, count):
    """re.match(pattern, text) where the pattern matches ``count`` whole lines from the
    start of ``text``: answered from the offsets of its line starts, kept per text."""
    if type(count) is not int or count < 0 or type(text) is not str:
        return re.match(pattern, text)
    starts = {cache}.get(text)
    if starts is None or len(starts) <= count:
        with {lock}:
            starts = {cache}.get(text)
            if starts is None:
                if len({cache}) >= 8:
                    del {cache}[next(iter({cache}))]
                starts = {cache}[text] = [0]
            while len(starts) <= count:
                found = text.find("\\n", starts[-1])
                if found < 0:
                    return None
                starts.append(found + 1)
    return {cls}(starts[count])
'''


def line_starts(root: Path, target: RecipeTarget) -> Proposal:
    source = load(root, target.file)
    func = find_function(source, target.function, target.line)
    name = func.name.value
    parents = metadata(source.module).resolve(ParentNodeProvider)
    reasons = []
    for node in walk(func):
        if not (isinstance(node, cst.Call) and dotted(node.func) == "re.match"):
            continue
        if not has_import(source.module, "re"):
            raise Decline(f"{source.path} does not `import re`; re.match may be another module's")
        try:
            count = _count(node)
            _check_uses(node, func, parents)
        except Decline as why:
            reasons.append(str(why))
            continue
        taken = names_in(source.module)
        helper = fresh_name("_match_lines", taken)
        cls = fresh_name("_LinesMatch", taken | {helper})
        cache = fresh_name("_LINE_STARTS", taken | {helper, cls})
        lock = fresh_name("_LINE_STARTS_LOCK", taken | {helper, cls, cache})
        call = node.with_changes(
            func=cst.Name(helper),
            args=[*node.args[:2], cst.Arg(value=count)],
        )
        module = rewrite(source.module, {id(node): call}, {})
        module = with_import(module, "threading")
        at = import_insert_index(module)
        code = HELPER.format(cls=cls, cache=cache, lock=lock, helper=helper).lstrip("\n")
        module = rewrite(module, {}, {id(module): [(at, code)]})
        body = list(module.body)
        body[at] = body[at].with_changes(leading_lines=(cst.EmptyLine(),) * 2)
        rewritten = module.with_changes(body=body).code
        blocks = blocks_between(source.path, source.text, rewritten)
        return Proposal(
            recipe="line_starts",
            title=f"look up line starts instead of re-matching lines from the start in {name}",
            edit=checked_edit(
                source.text, rewritten, blocks, f"keep line starts per text ({source.path})"
            ),
            rationale=(
                f"{name} builds a new pattern matching N whole lines and runs it from the start "
                "of the text on every call: the work grows with the line number, and asking "
                "for every line in turn is quadratic; the offsets of line starts, found once "
                "per text with str.find, answer each call by an index"
            ),
            expected=f"{name}'s time no longer grows with the line number it is asked about",
            assumptions=[
                "nothing but the match's truth, None-ness, end(), start() or span() is read",
                "evaluating the line count twice has no side effect",
            ],
        )
    if reasons:
        raise Decline(reasons[0])
    raise Decline(
        f"{name} passes re.match no pattern built at run time for a counted run of whole lines"
    )


def _count(call: cst.Call) -> cst.BaseExpression:
    """The count expression of a ``re.match`` whose pattern is a counted run of lines."""
    if len(call.args) != 2 or any(a.keyword or a.star for a in call.args):
        raise Decline("re.match is called with flags or keywords; the lookup would not be sure")
    pattern = call.args[0].value
    count, probe = _built(pattern)
    if count is None or probe is None or not LINES.match(probe.replace("\n", "\\n")):
        raise Decline("the re.match pattern is not a run of whole lines with a count built in")
    for part in walk(count):
        if isinstance(part, (cst.Call, cst.Await, cst.Yield, cst.NamedExpr, cst.Lambda)):
            raise Decline("the line count is computed by a call; evaluating it twice may differ")
    if not isinstance(count, SIMPLE):
        raise Decline("the line count is not a plain expression")
    return count


def _built(pattern: cst.BaseExpression) -> tuple[cst.BaseExpression | None, str | None]:
    """(the count expression, the pattern with the count PROBE) for a pattern built from one
    value by str.format, % or an f-string; (None, None) for anything else."""
    try:
        if (
            isinstance(pattern, cst.Call)
            and isinstance(pattern.func, cst.Attribute)
            and pattern.func.attr.value == "format"
            and isinstance(pattern.func.value, cst.SimpleString)
            and len(pattern.args) == 1
            and not pattern.args[0].keyword
            and not pattern.args[0].star
        ):
            template = pattern.func.value.evaluated_value
            if isinstance(template, str):
                return pattern.args[0].value, template.format(PROBE)
        if (
            isinstance(pattern, cst.BinaryOperation)
            and isinstance(pattern.operator, cst.Modulo)
            and isinstance(pattern.left, cst.SimpleString)
            and not isinstance(pattern.right, cst.Tuple)
        ):
            template = pattern.left.evaluated_value
            if isinstance(template, str):
                return pattern.right, template % PROBE
        if isinstance(pattern, cst.FormattedString):
            values = [p for p in pattern.parts if isinstance(p, cst.FormattedStringExpression)]
            if len(values) != 1 or values[0].conversion or values[0].format_spec:
                return None, None
            probe = pattern.with_changes(
                parts=[
                    p.with_changes(expression=cst.Integer(str(PROBE))) if p is values[0] else p
                    for p in pattern.parts
                ]
            )
            # only literal text and the literal PROBE are evaluated
            text = eval(cst.Module(body=[]).code_for_node(probe), {"__builtins__": {}})
            return values[0].expression, text
    except (ValueError, TypeError, IndexError, KeyError, SyntaxError):
        pass
    return None, None


def _check_uses(call: cst.Call, func: cst.FunctionDef, parents) -> None:
    """Decline unless the match is only tested or asked where it ends (or starts)."""
    parent = parents.get(call)
    if _asks_where(call, parents) or _tested(call, parents):
        return  # re.match(...).end(), if re.match(...):
    assign = parent
    if not (
        isinstance(assign, cst.Assign)
        and len(assign.targets) == 1
        and isinstance(assign.targets[0].target, cst.Name)
    ):
        raise Decline("the match is used in a way the lookup cannot answer for")
    var = assign.targets[0].target.value
    for node in walk(func):
        if not isinstance(node, cst.Name) or node.value != var or node is assign.targets[0].target:
            continue
        up = parents.get(node)
        if isinstance(up, cst.AssignTarget):
            raise Decline(f"{var} is assigned more than once in {func.name.value}")
        if isinstance(up, cst.Attribute) and up.value is node:
            if _asks_where(node, parents):
                continue
            raise Decline(f"{var}.{up.attr.value} reads more of the match than where it ends")
        if _tested(node, parents):
            continue
        raise Decline(f"{var} (the match) is used in a way the lookup cannot answer for")


def _asks_where(node: cst.CSTNode, parents) -> bool:
    """Is ``node`` asked ``.end()``, ``.start()`` or ``.span()`` (of the whole match)?"""
    up = parents.get(node)
    call = parents.get(up)
    return (
        isinstance(up, cst.Attribute)
        and up.value is node
        and up.attr.value in MATCH_METHODS
        and isinstance(call, cst.Call)
        and call.func is up
        and not call.args
    )


def _tested(node: cst.CSTNode, parents) -> bool:
    """Is ``node`` used only for its truth (``if m``, ``not m``, ``m is None``, ``m and ...``)?"""
    up = parents.get(node)
    if isinstance(up, (cst.If, cst.While)) and up.test is node:
        return True
    if isinstance(up, cst.IfExp) and up.test is node:
        return True
    if isinstance(up, cst.UnaryOperation) and isinstance(up.operator, cst.Not):
        return True
    if isinstance(up, cst.BooleanOperation):
        return _tested(up, parents)
    if isinstance(up, cst.Comparison) and len(up.comparisons) == 1:
        other = up.comparisons[0]
        return isinstance(other.operator, (cst.Is, cst.IsNot)) and (
            isinstance(other.comparator, cst.Name) and other.comparator.value == "None"
        )
    return False


RECIPE = Recipe(
    name="line_starts",
    kinds=frozenset({"cpu_hotspot"}),
    build=line_starts,
    order=65,
    measure="benchmark",
    cost="re-matches the text from its start to find where line N begins, on every call",
)
