"""Is a module-level function pure, as far as static analysis can tell?

Pure here means: same arguments → same result, and nothing observable happens. The
check is conservative: anything it cannot see into (a call into another project
module, a method on a parameter it does not know to be read-only, I/O, a module-level
variable that could change) makes it answer with the reason instead.

Values a function creates itself ("owned" locals: ``bands = []``, ``total = 0``) may be
mutated freely; everything else (parameters, their elements, module constants) is
"borrowed" and may only be read.

>>> import libcst as cst
>>> m = cst.parse_module("import math\\ndef f(x: int) -> float:\\n    return math.sqrt(x)\\n")
>>> impurities(ModuleInfo.of(m), m.body[1])
[]
>>> m = cst.parse_module("def f(xs):\\n    xs.append(1)\\n    return xs\\n")
>>> impurities(ModuleInfo.of(m), m.body[0])
['calls xs.append on a value it does not own (it may mutate it)']
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field

import libcst as cst
from libcst.metadata import (
    BuiltinAssignment,
    ExpressionContext,
    ExpressionContextProvider,
    GlobalScope,
    ParentNodeProvider,
    ScopeProvider,
)

from perfagent.tools.recipes._cst import dotted, head_name, metadata, parameters

PURE_BUILTINS = frozenset(
    [
        "abs",
        "all",
        "any",
        "ascii",
        "bin",
        "bool",
        "bytes",
        "callable",
        "chr",
        "complex",
        "dict",
        "divmod",
        "enumerate",
        "filter",
        "float",
        "format",
        "frozenset",
        "getattr",
        "hasattr",
        "hash",
        "hex",
        "int",
        "isinstance",
        "issubclass",
        "iter",
        "len",
        "list",
        "map",
        "max",
        "min",
        "oct",
        "ord",
        "pow",
        "range",
        "repr",
        "reversed",
        "round",
        "set",
        "slice",
        "sorted",
        "str",
        "sum",
        "tuple",
        "type",
        "zip",
    ]
)
# Builtins whose result is a new object the caller owns.
OWNING_BUILTINS = frozenset(
    [
        "abs",
        "bin",
        "bool",
        "bytes",
        "chr",
        "complex",
        "dict",
        "divmod",
        "enumerate",
        "filter",
        "float",
        "format",
        "frozenset",
        "hash",
        "hex",
        "int",
        "len",
        "list",
        "map",
        "oct",
        "ord",
        "pow",
        "range",
        "repr",
        "reversed",
        "round",
        "set",
        "sorted",
        "str",
        "sum",
        "tuple",
        "zip",
    ]
)
PURE_MODULES = frozenset(
    [
        "math",
        "cmath",
        "operator",
        "itertools",
        "functools",
        "statistics",
        "string",
        "re",
        "json",
        "decimal",
        "fractions",
        "bisect",
        "heapq",
        "textwrap",
        "unicodedata",
        "collections",
        "hashlib",
        "base64",
        "binascii",
        "zlib",
        "struct",
        "colorsys",
        "copy",
        "html",
        "difflib",
        "keyword",
        "numbers",
        "typing",
        "urllib.parse",
    ]
)
# Functions of pure modules that mutate their first argument.
MUTATING_FUNCTIONS = frozenset(
    [
        "bisect.insort",
        "bisect.insort_left",
        "bisect.insort_right",
        "heapq.heappush",
        "heapq.heappop",
        "heapq.heapify",
        "heapq.heapreplace",
        "heapq.heappushpop",
        "re.purge",
    ]
)
# Methods that only read their receiver, whatever its type.
READONLY_METHODS = frozenset(
    [
        "get",
        "keys",
        "values",
        "items",
        "count",
        "index",
        "copy",
        "startswith",
        "endswith",
        "lower",
        "upper",
        "strip",
        "lstrip",
        "rstrip",
        "split",
        "rsplit",
        "splitlines",
        "join",
        "format",
        "format_map",
        "find",
        "rfind",
        "rindex",
        "replace",
        "encode",
        "decode",
        "isdigit",
        "isdecimal",
        "isnumeric",
        "isalpha",
        "isalnum",
        "isspace",
        "islower",
        "isupper",
        "istitle",
        "isidentifier",
        "title",
        "capitalize",
        "casefold",
        "swapcase",
        "zfill",
        "ljust",
        "rjust",
        "center",
        "partition",
        "rpartition",
        "expandtabs",
        "removeprefix",
        "removesuffix",
        "translate",
        "maketrans",
        "hex",
        "bit_length",
        "bit_count",
        "is_integer",
        "as_integer_ratio",
        "conjugate",
        "union",
        "intersection",
        "difference",
        "symmetric_difference",
        "issubset",
        "issuperset",
        "isdisjoint",
        "most_common",
        "hexdigest",
        "digest",
        "fromkeys",
    ]
)
IO_METHODS = frozenset(
    [
        "execute",
        "executemany",
        "executescript",
        "fetchone",
        "fetchall",
        "fetchmany",
        "commit",
        "rollback",
        "write",
        "writelines",
        "read",
        "readline",
        "readlines",
        "send",
        "sendall",
        "recv",
        "close",
        "flush",
        "open",
        "request",
        "urlopen",
        "post",
        "put",
        "patch",
        "delete",
    ]
)
IMMUTABLE_TYPES = frozenset(
    [
        "int",
        "str",
        "float",
        "bool",
        "bytes",
        "complex",
        "None",
        "tuple",
        "frozenset",
        "Tuple",
        "FrozenSet",
        "Decimal",
        "Fraction",
        "Literal",
    ]
)
OWNING_CONSTRUCTORS = frozenset(
    [
        "collections.defaultdict",
        "collections.Counter",
        "collections.OrderedDict",
        "collections.deque",
        "defaultdict",
        "Counter",
        "OrderedDict",
        "deque",
    ]
)


@dataclass
class ModuleInfo:
    """What the module binds at top level, for resolving names a function reads."""

    module: cst.Module
    functions: dict[str, cst.FunctionDef] = field(default_factory=dict)
    classes: set[str] = field(default_factory=set)
    imports: dict[str, str] = field(default_factory=dict)  # local name -> dotted origin
    variables: dict[str, list[cst.BaseExpression | None]] = field(default_factory=dict)
    declared_global: set[str] = field(default_factory=set)
    mutated: set[str] = field(default_factory=set)  # module names written through anywhere

    @classmethod
    def of(cls, module: cst.Module) -> ModuleInfo:
        info = cls(module=module)
        for stmt in module.body:
            info._top(stmt)

        class Writes(cst.CSTVisitor):
            def visit_Global(self, node: cst.Global) -> None:
                info.declared_global.update(n.name.value for n in node.names)

            def visit_AugAssign(self, node: cst.AugAssign) -> None:
                info.mutated.add(_root_name(node.target))

            def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
                if not isinstance(node.target, cst.Name):
                    info.mutated.add(_root_name(node.target))

            def visit_Del(self, node: cst.Del) -> None:
                info.mutated.add(_root_name(node.target))

            def visit_Call(self, node: cst.Call) -> None:
                if (
                    isinstance(node.func, cst.Attribute)
                    and node.func.attr.value not in READONLY_METHODS
                ):
                    info.mutated.add(_root_name(node.func.value))

        module.visit(Writes())
        return info

    def _top(self, stmt: cst.CSTNode) -> None:
        if isinstance(stmt, cst.FunctionDef):
            if stmt.name.value in self.functions or stmt.name.value in self.variables:
                self.variables.setdefault(stmt.name.value, []).append(None)
            self.functions[stmt.name.value] = stmt
        elif isinstance(stmt, cst.ClassDef):
            self.classes.add(stmt.name.value)
        elif isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                self._small(small)
        else:  # if/try/with/for at top level: whatever they bind is not a constant
            for name in _stored_names(stmt):
                self.variables.setdefault(name, []).append(None)

    def _small(self, small: cst.BaseSmallStatement) -> None:
        if isinstance(small, cst.Import):
            for alias in small.names:
                full = dotted(alias.name)
                local = alias.evaluated_alias or full.split(".")[0]
                self.imports[local] = full if alias.asname else local
        elif isinstance(small, cst.ImportFrom):
            if isinstance(small.names, cst.ImportStar):
                return
            base = "." * len(small.relative) + (dotted(small.module) if small.module else "")
            for alias in small.names:
                name = dotted(alias.name)
                local = alias.evaluated_alias or name
                self.imports[local] = f"{base}.{name}"
        elif isinstance(small, (cst.Assign, cst.AnnAssign, cst.AugAssign)):
            targets = (
                [t.target for t in small.targets]
                if isinstance(small, cst.Assign)
                else [small.target]
            )
            value = small.value if not isinstance(small, cst.AugAssign) else None
            for target in targets:
                if isinstance(target, cst.Name):
                    self.variables.setdefault(target.value, []).append(value)
                else:
                    for name in _stored_names(target):
                        self.variables.setdefault(name, []).append(None)

    def is_constant(self, name: str) -> bool:
        """A module variable bound once to an immutable value, never rebound or written."""
        values = self.variables.get(name, [])
        return (
            len(values) == 1
            and values[0] is not None
            and name not in self.declared_global
            and name not in self.mutated
            and is_immutable_value(values[0], self)
        )

    def is_readonly_table(self, name: str) -> bool:
        """An UPPER_CASE module variable bound once and never written through in this module."""
        values = self.variables.get(name, [])
        return (
            name.isupper()
            and len(values) == 1
            and values[0] is not None
            and name not in self.declared_global
            and name not in self.mutated
        )

    def pure_module(self, name: str) -> str | None:
        """The dotted module a local name stands for, if it is one of the pure ones."""
        origin = self.imports.get(name)
        if origin is None:
            return None
        for mod in PURE_MODULES:
            if origin == mod or origin.startswith(mod + "."):
                return origin
        return None


def _root_name(node: cst.CSTNode) -> str:
    while isinstance(node, (cst.Attribute, cst.Subscript, cst.Call)):
        node = node.value if not isinstance(node, cst.Call) else node.func
    return node.value if isinstance(node, cst.Name) else ""


def _stored_names(node: cst.CSTNode) -> set[str]:
    found: set[str] = set()

    class Stores(cst.CSTVisitor):
        def visit_AssignTarget(self, n: cst.AssignTarget) -> None:
            found.update(_target_names(n.target))

        def visit_For(self, n: cst.For) -> None:
            found.update(_target_names(n.target))

        def visit_FunctionDef(self, n: cst.FunctionDef) -> bool:
            found.add(n.name.value)
            return False

        def visit_ClassDef(self, n: cst.ClassDef) -> bool:
            found.add(n.name.value)
            return False

        def visit_ImportAlias(self, n: cst.ImportAlias) -> None:
            found.add(n.evaluated_alias or dotted(n.name).split(".")[0])

        def visit_AnnAssign(self, n: cst.AnnAssign) -> None:
            found.update(_target_names(n.target))

    node.visit(Stores())
    return found


def _target_names(target: cst.CSTNode) -> set[str]:
    if isinstance(target, cst.Name):
        return {target.value}
    if isinstance(target, (cst.Tuple, cst.List)):
        return set().union(*(_target_names(e.value) for e in target.elements))
    if isinstance(target, cst.StarredElement):
        return _target_names(target.value)
    return set()


def is_immutable_value(expr: cst.BaseExpression, info: ModuleInfo | None = None) -> bool:
    """Literals, tuples/frozensets of them, arithmetic on them."""
    if isinstance(
        expr, (cst.Integer, cst.Float, cst.Imaginary, cst.SimpleString, cst.ConcatenatedString)
    ):
        return True
    if isinstance(expr, cst.Name):
        return expr.value in ("True", "False", "None") or (
            info is not None and expr.value in info.variables and info.is_constant(expr.value)
        )
    if isinstance(expr, cst.Tuple):
        return all(
            is_immutable_value(e.value, info)
            for e in expr.elements
            if not isinstance(e, cst.StarredElement)
        )
    if isinstance(expr, (cst.UnaryOperation,)):
        return is_immutable_value(expr.expression, info)
    if isinstance(expr, cst.BinaryOperation):
        return is_immutable_value(expr.left, info) and is_immutable_value(expr.right, info)
    if isinstance(expr, cst.Call) and dotted(expr.func) == "frozenset":
        return all(
            is_immutable_value(a.value, info) or isinstance(a.value, (cst.Set, cst.Tuple))
            for a in expr.args
        )
    return False


def annotation_kind(node: cst.BaseExpression | None) -> str:
    """ "immutable" (hashable and never mutated), "list"/"set"/"dict" of immutable items,
    or "unknown"."""
    if node is None:
        return "unknown"
    name = dotted(node).rsplit(".", 1)[-1] if dotted(node) else ""
    if name in IMMUTABLE_TYPES and not isinstance(node, cst.Subscript):
        # A bare tuple/frozenset says nothing of its items (a tuple may hold lists).
        return "unknown" if name in ("tuple", "Tuple") else "immutable"
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        kinds = {annotation_kind(node.left), annotation_kind(node.right)}
        return "immutable" if kinds == {"immutable"} else "unknown"
    if isinstance(node, cst.Subscript):
        outer = dotted(node.value).rsplit(".", 1)[-1]
        items = [e.slice.value for e in node.slice if isinstance(e.slice, cst.Index)]
        if len(items) != len(node.slice):
            return "unknown"
        if outer == "Literal":
            return "immutable"
        inner = [
            annotation_kind(i) if not (isinstance(i, cst.Ellipsis)) else "immutable" for i in items
        ]
        all_immutable = all(k == "immutable" for k in inner)
        if outer in ("tuple", "Tuple", "frozenset", "FrozenSet", "Optional", "Union"):
            return "immutable" if all_immutable else "unknown"
        if outer in ("list", "List") and all_immutable:
            return "list"
        if outer in ("set", "Set") and all_immutable:
            return "set"
        if outer in ("dict", "Dict") and all_immutable:
            return "dict"
    return "unknown"


def impurities(
    info: ModuleInfo,
    func: cst.FunctionDef,
    _checking: frozenset[str] = frozenset(),
    notes: list[str] | None = None,
) -> list[str]:
    """Reasons ``func`` may not be pure; [] when static analysis finds none. What purity
    rests on but could not be checked here is appended to ``notes``."""
    name = func.name.value
    if isinstance(func.asynchronous, cst.Asynchronous):
        return [f"{name} is async"]
    for decorator in func.decorators:
        deco = dotted(
            decorator.decorator
            if not isinstance(decorator.decorator, cst.Call)
            else decorator.decorator.func
        )
        if deco not in ("functools.lru_cache", "functools.cache", "lru_cache", "cache"):
            return [f"{name} is decorated with @{deco or '...'}"]
    checker = _PurityChecker(info, func, _checking | {name})
    checker.run()
    if notes is not None:
        notes.extend(n for n in checker.notes if n not in notes)
    return checker.reasons


class _PurityChecker:
    def __init__(self, info: ModuleInfo, func: cst.FunctionDef, checking: frozenset[str]) -> None:
        self.info, self.func, self.checking = info, func, checking
        self.reasons: list[str] = []
        self.notes: list[str] = []
        wrapper = metadata(info.module)
        self.scopes = wrapper.resolve(ScopeProvider)
        self.contexts = wrapper.resolve(ExpressionContextProvider)
        self.parents = wrapper.resolve(ParentNodeProvider)
        self.params = {p.name.value: p for p in parameters(func.params)}
        self.owned = owned_locals(func)
        self.func_scope = self.scopes.get(func.body)

    def reason(self, text: str) -> None:
        if text not in self.reasons:
            self.reasons.append(text)

    def run(self) -> None:
        checker = self

        class Visit(cst.CSTVisitor):
            def visit_Global(self, node: cst.Global) -> None:
                checker.reason("uses global")

            def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
                checker.reason("uses nonlocal")

            def visit_Yield(self, node: cst.Yield) -> None:
                checker.reason("is a generator (yield)")

            def visit_Await(self, node: cst.Await) -> None:
                checker.reason("awaits")

            def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
                checker.reason("defines a nested function")
                return False

            def visit_ClassDef(self, node: cst.ClassDef) -> bool:
                checker.reason("defines a nested class")
                return False

            def visit_Import(self, node: cst.Import) -> None:
                checker.reason("imports inside the function")

            def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
                checker.reason("imports inside the function")

            def visit_With(self, node: cst.With) -> None:
                checker.reason("uses a with block (a context manager may do I/O)")

            def visit_Call(self, node: cst.Call) -> None:
                checker.call(node)

            def visit_Name(self, node: cst.Name) -> None:
                checker.name(node)

            def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
                checker.write(node.target)

            def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
                checker.write(node.target)

            def visit_AugAssign(self, node: cst.AugAssign) -> None:
                checker.augassign(node.target)

            def visit_Del(self, node: cst.Del) -> None:
                checker.write(node.target)

        self.func.body.visit(Visit())

    # -- names -------------------------------------------------------------
    def resolve(self, node: cst.Name) -> str:
        """ "local", "param", "owned", "builtin", "global" or "unknown" for a name read."""
        scope = self.scopes.get(node)
        if scope is None:
            return "unknown"
        assignments = list(scope[node.value])
        if not assignments:
            return "unknown"
        if all(isinstance(a, BuiltinAssignment) for a in assignments):
            return "builtin"
        if all(isinstance(a.scope, GlobalScope) for a in assignments):
            return "global"
        if any(isinstance(a.scope, GlobalScope) for a in assignments):
            return "unknown"
        if all(a.scope is self.func_scope for a in assignments):
            if node.value in self.params and len(assignments) == 1:
                return "param"
            if node.value in self.owned:
                return "owned"
        return "local"

    def name(self, node: cst.Name) -> None:
        if self.contexts.get(node) is not ExpressionContext.LOAD:
            return
        parent = self.parents.get(node)
        if isinstance(parent, cst.Attribute) and parent.attr is node:
            return
        if isinstance(parent, cst.Call) and parent.func is node:
            return  # judged by call()
        if isinstance(parent, cst.Arg) and parent.keyword is node:
            return
        kind = self.resolve(node)
        if kind == "unknown":
            self.reason(f"reads {node.value}, which it cannot resolve")
        elif kind == "global":
            self.global_read(node)

    def global_read(self, node: cst.Name) -> None:
        name, info = node.value, self.info
        if name in info.functions or name in info.classes:
            return
        if name in info.imports:
            parent = self.parents.get(node)
            if info.pure_module(name) is None and not (
                isinstance(parent, cst.Attribute) and _is_called(parent, self.parents)
            ):
                self.reason(f"reads {name}, imported from {info.imports[name]} (it may change)")
            return
        if info.is_constant(name):
            return
        if info.is_readonly_table(name):
            self.notes.append(
                f"module-level {name} is never changed at run time (this module "
                "does not write it; other modules are not checked)"
            )
            return
        self.reason(f"reads module-level {name}, which may change")

    # -- calls -------------------------------------------------------------
    def call(self, node: cst.Call) -> None:
        func = node.func
        if isinstance(func, cst.Name):
            self.call_name(func, node)
        elif isinstance(func, cst.Attribute):
            self.call_method(func, node)
        else:
            self.reason(f"calls {_short(self.info.module, func)}, which it cannot see into")

    def call_name(self, func: cst.Name, node: cst.Call) -> None:
        kind, name = self.resolve(func), func.value
        if kind == "builtin":
            if name not in PURE_BUILTINS and not _is_exception(name):
                self.reason(f"calls {name}() (I/O or side effects)")
            return
        if kind != "global":
            self.reason(f"calls {name}, a local callable it cannot see into")
            return
        info = self.info
        if name in info.functions:
            if name in self.checking:
                return  # recursion: assume pure while checking
            inner = impurities(info, info.functions[name], self.checking, self.notes)
            if inner:
                self.reason(f"calls {name}, which {inner[0]}")
            return
        if name in info.imports:
            origin = info.pure_module(name)
            if origin is None:
                self.reason(f"calls {name} from {info.imports[name]}, which it cannot see into")
            elif origin in MUTATING_FUNCTIONS:
                self.first_arg_owned(node, origin)
            return
        if name in OWNING_CONSTRUCTORS:
            return
        self.reason(f"calls {name}, which it cannot see into")

    def call_method(self, func: cst.Attribute, node: cst.Call) -> None:
        method, receiver = func.attr.value, func.value
        full = dotted(func)
        head = full.split(".")[0] if full else ""
        if head and isinstance(receiver, (cst.Name, cst.Attribute)) and head in self.info.imports:
            name = head_name(func)
            if name is not None and self.resolve(name) == "global":
                origin = self.info.imports[head] + full[len(head) :]
                if self.info.pure_module(head) is None:
                    self.reason(f"calls {full} (outside the modules known to be pure)")
                elif origin in MUTATING_FUNCTIONS:
                    self.first_arg_owned(node, origin)
                return
        if method in IO_METHODS:
            self.reason(f"calls .{method}() (I/O)")
            return
        if isinstance(receiver, cst.Name) and self.resolve(receiver) == "owned":
            return
        if method not in READONLY_METHODS:
            what = _short(self.info.module, receiver)
            self.reason(f"calls {what}.{method} on a value it does not own (it may mutate it)")

    def first_arg_owned(self, node: cst.Call, origin: str) -> None:
        first = node.args[0].value if node.args else None
        if not (isinstance(first, cst.Name) and self.resolve(first) == "owned"):
            self.reason(f"calls {origin} on a value it does not own")

    # -- writes ------------------------------------------------------------
    def write(self, target: cst.BaseExpression) -> None:
        if isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self.write(element.value)
        elif isinstance(target, cst.StarredElement):
            self.write(target.value)
        elif isinstance(target, (cst.Subscript, cst.Attribute)):
            root: cst.BaseExpression = target
            while isinstance(root, (cst.Subscript, cst.Attribute)):
                root = root.value
            if isinstance(target, cst.Attribute) or not (
                isinstance(root, cst.Name)
                and self.resolve(root) == "owned"
                and isinstance(target.value, cst.Name)
            ):
                self.reason(
                    f"writes {_short(self.info.module, target)} (mutates a value it does not own)"
                )

    def augassign(self, target: cst.BaseExpression) -> None:
        if isinstance(target, cst.Name):
            kind = self.resolve(target)
            param = self.params.get(target.value)
            if kind == "owned" or (
                param is not None and annotation_kind(_annotation(param)) == "immutable"
            ):
                return
            self.reason(f"augments {target.value} in place (it may be a caller's object)")
            return
        self.write(target)


def _is_called(attr: cst.Attribute, parents) -> bool:
    parent = parents.get(attr)
    return isinstance(parent, cst.Call) and parent.func is attr


def _is_exception(name: str) -> bool:
    value = getattr(builtins, name, None)
    return isinstance(value, type) and issubclass(value, BaseException)


def _short(module: cst.Module, node: cst.CSTNode) -> str:
    text = module.code_for_node(node).strip()
    return text if len(text) <= 40 else text[:37] + "..."


def _annotation(param: cst.Param) -> cst.BaseExpression | None:
    return param.annotation.annotation if param.annotation else None


def all_params(func: cst.FunctionDef) -> list[cst.Param]:
    return parameters(func.params)


def param_annotation(param: cst.Param) -> cst.BaseExpression | None:
    return _annotation(param)


def owning_expr(expr: cst.BaseExpression | None) -> bool:
    """Whether evaluating ``expr`` yields a new object nobody else holds."""
    if expr is None:
        return False
    if isinstance(
        expr,
        (
            cst.List,
            cst.Dict,
            cst.Set,
            cst.ListComp,
            cst.DictComp,
            cst.SetComp,
            cst.GeneratorExp,
            cst.Integer,
            cst.Float,
            cst.Imaginary,
            cst.SimpleString,
            cst.ConcatenatedString,
            cst.FormattedString,
            cst.BinaryOperation,
            cst.UnaryOperation,
            cst.Comparison,
        ),
    ):
        return True
    if isinstance(expr, cst.Tuple):
        return True
    if isinstance(expr, cst.Name):
        return expr.value in ("True", "False", "None")
    if isinstance(expr, cst.Call):
        name = dotted(expr.func)
        return name in OWNING_BUILTINS or name in OWNING_CONSTRUCTORS
    return False


def owned_locals(func: cst.FunctionDef) -> set[str]:
    """Names the function binds only to values it creates (and may therefore mutate).

    Augmented assignment keeps a name owned; any other kind of binding (a loop target,
    unpacking, with-as, walrus, a plain alias of another value) makes it borrowed."""
    values: dict[str, list[bool]] = {}
    params = {p.name.value for p in parameters(func.params)}

    class Bindings(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            return node is func

        def visit_Lambda(self, node: cst.Lambda) -> bool:
            return False

        def visit_ClassDef(self, node: cst.ClassDef) -> bool:
            return False

        def visit_Assign(self, node: cst.Assign) -> None:
            for target in node.targets:
                if isinstance(target.target, cst.Name):
                    values.setdefault(target.target.value, []).append(owning_expr(node.value))
                else:
                    for name in _target_names(target.target):
                        values.setdefault(name, []).append(False)

        def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
            if isinstance(node.target, cst.Name) and node.value is not None:
                values.setdefault(node.target.value, []).append(owning_expr(node.value))

        def visit_For(self, node: cst.For) -> None:
            for name in _target_names(node.target):
                values.setdefault(name, []).append(False)

        def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
            for name in _target_names(node.target):
                values.setdefault(name, []).append(False)

        def visit_WithItem(self, node: cst.WithItem) -> None:
            if node.asname is not None:
                for name in _target_names(node.asname.name):
                    values.setdefault(name, []).append(False)

        def visit_CompFor(self, node: cst.CompFor) -> None:
            for name in _target_names(node.target):
                values.setdefault(name, []).append(False)

    func.visit(Bindings())
    return {n for n, owned in values.items() if all(owned) and n not in params}
