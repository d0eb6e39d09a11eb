"""Dialects, input guards, parsing and fingerprints.

Every query passes ``guard`` before sqlglot sees it: sqlglot[c] recurses on nesting
and a deep enough query overflows the stack, so size and nesting are bounded first.

>>> fingerprint("SELECT * FROM t WHERE id IN (1, 2, 3) AND name = 'x' -- hi")
'select * from t where id in (?+) and name = ?'
>>> same = fingerprint("SELECT * FROM t WHERE id IN (1,2)")
>>> fingerprint("select *  from T where ID in (7)") == same
True
>>> q = parse_query("SELECT a FROM t WHERE b = 1", "postgres")
>>> q.kind, q.tables
('select', ['t'])
>>> parse_query("SELECT (((1)))" + ")" * 0, "sqlite").kind
'select'
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar, cast

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import TokenType

from perfagent.tools.errors import InputError, UnsafeInputError

MAX_QUERY_CHARS = 100_000
MAX_NESTING = 64

_DIALECTS = {
    "postgres": "postgres",
    "postgresql": "postgres",
    "pg": "postgres",
    "mysql": "mysql",
    "mariadb": "mysql",
    "sqlite": "sqlite",
    "sqlite3": "sqlite",
}


def dialect_name(name: str) -> str:
    """The sqlglot dialect for a user's name of a database.

    >>> dialect_name("MariaDB"), dialect_name("postgresql")
    ('mysql', 'postgres')
    """
    try:
        return _DIALECTS[name.lower()]
    except KeyError:
        raise InputError(
            f"unknown SQL dialect {name!r}; use one of postgres, mysql, mariadb, sqlite"
        ) from None


class QueryRefused(UnsafeInputError):
    """A query refused before parsing (too large, too deeply nested) or before explaining."""

    def __init__(self, message: str, *, rule: str) -> None:
        super().__init__(message)
        self.rule = rule


class UnparsableQuery(InputError):
    """sqlglot could not parse the query; ``line`` and ``column`` say where."""

    def __init__(self, message: str, *, line: int | None, column: int | None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


# Strings, quoted identifiers and comments, so the guard does not count parentheses inside them.
# Every alternative also matches an unterminated string / comment up to the end of the
# text, so a scan never backtracks from each quote to the end (quadratic on ' \' \' \' ...).
_OPAQUE = re.compile(
    r"'(?:[^'\\]|\\.|'')*'?|\"(?:[^\"]|\"\")*\"?|`[^`]*`?|--[^\n]*|/\*.*?(?:\*/|\Z)"
    r"|\$(\w*)\$.*?(?:\$\1\$|\Z)",
    re.DOTALL,
)
_OPAQUE_MARKS = ("'", '"', "-", "/*", "`", "$")
_NESTERS = re.compile(r"[()\[\]]|\bcase\b|\bend\b", re.IGNORECASE)
# sqlglot parses a chain of subscripts a[1][2][3]... in super-linear time (1,000 take seconds).
MAX_SUBSCRIPT_CHAIN = 32
_SUBSCRIPTS = re.compile(rf"(?:\[[^\[\]]*\]\s*){{{MAX_SUBSCRIPT_CHAIN + 1},}}")
_UNARY_RUN = re.compile(rf"(?:(?:\bnot\b|[-+~!])\s*){{{MAX_NESTING // 2},}}", re.IGNORECASE)


def nesting_depth(sql: str) -> int:
    """Deepest nesting of parentheses and CASE ... END, ignoring strings and comments.

    >>> nesting_depth("SELECT ((1)), '((((' FROM t WHERE CASE WHEN (a) THEN 1 END")
    2
    """
    text = _OPAQUE.sub(" ", sql) if any(mark in sql for mark in _OPAQUE_MARKS) else sql
    depth = deepest = 0
    for token in _NESTERS.findall(text):
        if token in "([" or token.lower() == "case":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    if _UNARY_RUN.search(text):
        deepest = max(deepest, MAX_NESTING + 1)
    return deepest


def guard(sql: str, *, max_chars: int = MAX_QUERY_CHARS, max_nesting: int = MAX_NESTING) -> None:
    """Refuse, before any parsing, a query too large or too deeply nested to parse safely.

    >>> guard("SELECT 1")
    >>> guard("SELECT " + "(" * 500 + "1" + ")" * 500)
    Traceback (most recent call last):
    perfagent.tools.sql.parse.QueryRefused: query nests 500 levels deep; the limit is 64, so it was
    not parsed
    """
    if len(sql) > max_chars:
        raise QueryRefused(
            f"query is {len(sql):,} characters long; the limit is {max_chars:,}, "
            "so it was not parsed",
            rule="query_too_large",
        )
    if "[" in sql and _SUBSCRIPTS.search(sql):
        raise QueryRefused(
            f"query chains more than {MAX_SUBSCRIPT_CHAIN} array subscripts in a row, which "
            "takes too long to parse, so it was not parsed",
            rule="nesting_too_deep",
        )
    depth = nesting_depth(sql)
    if depth > max_nesting:
        raise QueryRefused(
            f"query nests {depth} levels deep; the limit is {max_nesting}, so it was not parsed",
            rule="nesting_too_deep",
        )


_LITERALS = frozenset(
    {
        TokenType.NUMBER,
        TokenType.STRING,
        TokenType.NATIONAL_STRING,
        TokenType.HEX_STRING,
        TokenType.BIT_STRING,
        TokenType.BYTE_STRING,
        TokenType.RAW_STRING,
        TokenType.HEREDOC_STRING,
        TokenType.PLACEHOLDER,
    }
)
_OPERAND_END = frozenset(
    {TokenType.VAR, TokenType.IDENTIFIER, TokenType.R_PAREN, TokenType.R_BRACKET} | _LITERALS
)
_NO_SPACE_BEFORE = frozenset(
    {TokenType.COMMA, TokenType.R_PAREN, TokenType.DOT, TokenType.R_BRACKET}
)
_NO_SPACE_AFTER = frozenset({TokenType.L_PAREN, TokenType.DOT, TokenType.L_BRACKET})
_PYFORMAT = re.compile(r"%(?:\(\w+\))?s\b")
_IN_LIST = re.compile(r"\bin \(\?(?:, \?)*\)")
_VALUES_ROWS = re.compile(r"\bvalues \(\?(?:, \?)*\)(?:, \(\?(?:, \?)*\))*")


@functools.cache
def _dialect(dialect: str) -> Dialect:
    return Dialect.get_or_raise(dialect_name(dialect))


_tokenizers = threading.local()  # a Tokenizer keeps state while it runs: one per thread


def _tokenize(sql: str, dialect: str) -> list:
    cache = _tokenizers.__dict__
    tokenizer = cache.get(dialect)
    if tokenizer is None:
        d = _dialect(dialect)
        tokenizer = cache[dialect] = d.tokenizer_class(dialect=d)
    return tokenizer.tokenize(sql)


_SEMICOLON, _PARAMETER, _COLON, _DASH = (
    TokenType.SEMICOLON,
    TokenType.PARAMETER,
    TokenType.COLON,
    TokenType.DASH,
)
_NUMBER, _VAR, _IDENTIFIER, _L_PAREN = (
    TokenType.NUMBER,
    TokenType.VAR,
    TokenType.IDENTIFIER,
    TokenType.L_PAREN,
)
_NAMES = frozenset({_VAR, _IDENTIFIER})
_PARAMETER_NAMES = frozenset({_NUMBER, _VAR})


def fingerprint(sql: str, dialect: str = "postgres") -> str:
    """A query's class, as pt-fingerprint and pg_query define it.

    Literals and bind parameters become ``?``, IN-lists and VALUES lists ``(?+)``;
    comments go; keywords and unquoted names fold to lower case; whitespace folds.

    >>> fingerprint("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y')")
    'insert into t(a, b) values (?+)'
    >>> fingerprint("SELECT a FROM t WHERE b = $1 AND c > -5 AND d = %s LIMIT 10")
    'select a from t where b = ? and c > ? and d = ? limit ?'
    """
    guard(sql)
    if "%" in sql:
        sql = _PYFORMAT.sub("?", sql)
    try:
        tokens = _tokenize(sql, dialect_name(dialect))
    except TokenError as exc:
        raise UnparsableQuery(f"cannot tokenize the query: {exc}", line=None, column=None) from None
    except RecursionError:
        raise QueryRefused(
            "query nests too deeply to tokenize safely, so it was refused", rule="nesting_too_deep"
        ) from None
    kinds = [t.token_type for t in tokens]
    kinds.append(None)  # sentinel: kinds[index + 1] always exists
    parts: list[str] = []
    previous = None
    skip_next = False
    for index, token in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        kind = kinds[index]
        if kind in _LITERALS:
            text = "?"
        elif kind is _SEMICOLON:
            continue
        elif kind is _PARAMETER and kinds[index + 1] in _PARAMETER_NAMES:
            text, skip_next = "?", True  # $1, @name
        elif (
            kind is _COLON
            and previous is not None
            and previous not in _OPERAND_END
            and kinds[index + 1] is _VAR
        ):
            text, skip_next = "?", True  # :name
        elif kind is _DASH and previous not in _OPERAND_END and kinds[index + 1] is _NUMBER:
            text, skip_next = "?", True  # a negative number is one constant
        elif kind is _IDENTIFIER:
            text = f'"{token.text}"'
        else:
            text = token.text.lower()
        if (
            parts
            and kind not in _NO_SPACE_BEFORE
            and previous not in _NO_SPACE_AFTER
            and not (kind is _L_PAREN and previous in _NAMES)
        ):
            parts.append(" ")
        parts.append(text)
        previous = _NUMBER if text == "?" else kind
    out = "".join(parts)
    if "(?" in out:
        out = _IN_LIST.sub("in (?+)", out)
        out = _VALUES_ROWS.sub("values (?+)", out)
    return out


def fingerprint_id(text: str) -> str:
    """A short stable id for a fingerprint.

    >>> len(fingerprint_id("select ?"))
    16
    """
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


_KINDS: tuple[tuple[type[exp.Expr], str], ...] = (
    (exp.Select, "select"),
    (exp.SetOperation, "select"),
    (exp.Subquery, "select"),
    (exp.Insert, "insert"),
    (exp.Update, "update"),
    (exp.Delete, "delete"),
    (exp.Merge, "merge"),
    (exp.Create, "ddl"),
    (exp.Drop, "ddl"),
    (exp.Alter, "ddl"),
)


def statement_kind(tree: exp.Expr) -> str:
    """``select`` for SELECT / WITH ... SELECT / set operations; else insert, update, ddl, other.

    >>> import sqlglot
    >>> statement_kind(sqlglot.parse_one("WITH x AS (SELECT 1) SELECT * FROM x"))
    'select'
    >>> statement_kind(sqlglot.parse_one("DROP TABLE t"))
    'ddl'
    """
    for kind, name in _KINDS:
        if isinstance(tree, kind):
            return name
    return "other"


_E = TypeVar("_E", bound=exp.Expr)


@dataclass(eq=False)
class Query:
    """A parsed statement and what rules ask about it; the tree is walked once, then indexed."""

    sql: str
    dialect: str
    tree: exp.Expr
    line: int = 1
    table_rows: dict[str, int] = field(default_factory=dict)
    # Each table's unique keys (primary key included), read from the database: an equality
    # on all of one key's columns matches at most one row. Empty without a database.
    unique_keys: dict[str, list[list[str]]] = field(default_factory=dict)

    @cached_property
    def _index(self) -> dict[type, list[exp.Expr]]:
        index: dict[type, list[exp.Expr]] = {}
        for node in self.tree.walk():
            index.setdefault(type(node), []).append(node)
        return index

    def nodes(self, *kinds: type[_E]) -> list[_E]:
        """Every node of exactly these types, in walk order."""
        # The index is keyed by exact type, so the list under `k` holds only nodes of type k.
        if len(kinds) == 1:
            return cast(list[_E], self._index.get(kinds[0], []))
        return [cast(_E, n) for k in kinds for n in self._index.get(k, [])]

    @cached_property
    def kind(self) -> str:
        return statement_kind(self.tree)

    @cached_property
    def tables(self) -> list[str]:
        seen: dict[str, None] = {}
        for table in self.nodes(exp.Table):
            if table.name:
                seen[table.name] = None
        return list(seen)

    @cached_property
    def fingerprint(self) -> str:
        return fingerprint(self.sql, self.dialect)


def _parse_error(exc: ParseError, offset_line: int) -> UnparsableQuery:
    info = exc.errors[0] if exc.errors else {}
    line, col = info.get("line"), info.get("col")
    if line is not None:
        line += offset_line - 1
    where = f" at line {line}, column {col}" if line is not None else ""
    what = info.get("description") or str(exc).splitlines()[0]
    return UnparsableQuery(f"cannot parse the query{where}: {what}", line=line, column=col)


# A driver's pyformat placeholders (PyMySQL, psycopg2, MySQLdb): ``%s`` and ``%(name)s``; ``%%``
# is their escaped percent sign. Strings and comments (``_OPAQUE``) are passed over whole.
_DRIVER_MARKS = re.compile(
    _OPAQUE.pattern + r"|%\((?P<name>\w+)\)s|%s(?!\w)|%%",
    re.DOTALL,
)


def driver_placeholders(sql: str, dialect: str) -> str:
    """The statement as sqlglot's dialect reads it: a driver's ``%s`` becomes ``?`` and
    ``%(name)s`` becomes ``:name`` (and ``%%`` a ``%``) outside strings and comments. Only
    PostgreSQL's dialect reads pyformat itself; MySQL's and SQLite's fail on it, and request
    traces of PyMySQL record statements so.

    >>> driver_placeholders("SELECT a FROM t WHERE b = %s AND c = %(c)s AND d LIKE '%%s'", "mysql")
    "SELECT a FROM t WHERE b = ? AND c = :c AND d LIKE '%s'"
    >>> driver_placeholders("SELECT a FROM t WHERE b = %s", "postgres")
    'SELECT a FROM t WHERE b = %s'
    """
    if "%" not in sql or dialect_name(dialect) == "postgres":
        return sql
    found = [False]

    def swap(match: re.Match[str]) -> str:
        text = match.group()
        if text == "%%":
            return "%%"
        if match.group("name"):
            found[0] = True
            return f":{match.group('name')}"
        if text == "%s":
            found[0] = True
            return "?"
        return text  # a string, a quoted name, a comment

    out = _DRIVER_MARKS.sub(swap, sql)
    if not found[0]:
        return sql
    # With placeholders the driver formats the whole text (strings too): its ``%%`` is a ``%``.
    return out.replace("%%", "%")


def parse_query(sql: str, dialect: str = "postgres", *, line: int = 1) -> Query:
    """Guard, then parse exactly one statement; errors name the line and column.

    >>> parse_query("SELECT a FROM t WHERE\\n  x = = 3", "postgres")
    Traceback (most recent call last):
    perfagent.tools.sql.parse.UnparsableQuery: cannot parse the query at line 2, column 7: ...
    >>> parse_query("SELECT 1; DROP TABLE t", "postgres")
    Traceback (most recent call last):
    perfagent.tools.sql.parse.QueryRefused: expected one statement but found 2; send them one at a
    time
    """
    guard(sql)
    name = dialect_name(dialect)
    try:
        trees = [t for t in _dialect(name).parse(driver_placeholders(sql, name)) if t is not None]
    except ParseError as exc:
        raise _parse_error(exc, line) from None
    except TokenError as exc:
        raise UnparsableQuery(
            f"cannot tokenize the query starting at line {line}: {exc}", line=line, column=None
        ) from None
    except RecursionError:
        raise QueryRefused(
            "query nests too deeply to parse safely, so it was refused", rule="nesting_too_deep"
        ) from None
    except Exception as exc:  # noqa: BLE001 - sqlglot's own bugs on malformed input (TypeError...)
        raise UnparsableQuery(
            f"cannot parse the query starting at line {line}: sqlglot failed with "
            f"{type(exc).__name__}: {exc}",
            line=line,
            column=None,
        ) from None
    if not trees:
        raise UnparsableQuery("the query is empty", line=line, column=1)
    if len(trees) > 1:
        raise QueryRefused(
            f"expected one statement but found {len(trees)}; send them one at a time",
            rule="multiple_statements",
        )
    return Query(sql=sql, dialect=name, tree=trees[0], line=line)


_SPLIT = re.compile(
    r"'(?:[^'\\]|\\.|'')*'?|\"(?:[^\"]|\"\")*\"?|`[^`]*`?|--[^\n]*|/\*.*?(?:\*/|\Z)"
    r"|\$(\w*)\$.*?(?:\$\1\$|\Z)|;",
    re.DOTALL,
)


def split_statements(text: str) -> list[tuple[int, str]]:
    """Split a .sql file on top-level semicolons: (first line, statement) pairs.

    >>> split_statements("SELECT 1;\\n-- c; still comment\\nSELECT ';' ;")
    [(1, 'SELECT 1'), (2, "-- c; still comment\\nSELECT ';'")]
    """
    out: list[tuple[int, str]] = []
    start = 0
    for match in _SPLIT.finditer(text):
        if match.group() != ";":
            continue
        _append(out, text, start, match.start())
        start = match.end()
    _append(out, text, start, len(text))
    return out


def _append(out: list[tuple[int, str]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped or all(
        not line.strip() or line.strip().startswith("--") for line in stripped.splitlines()
    ):
        return
    leading = len(chunk) - len(chunk.lstrip())
    out.append((text.count("\n", 0, start + leading) + 1, stripped))


# A statement recorded by a request trace keeps its placeholders and loses the values; the
# positional ones are renamed to this prefix, so each one can be found in the tree.
_RENAMED = "perfagent_p"
_RENAMED_TEXT = re.compile(rf":{_RENAMED}\d+")
# A column against a value: the predicates the rules read (with IN and BETWEEN) and those a
# placeholder is bound through (with the null-safe ones, GLOB and IS).
COMPARISONS = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Like, exp.ILike)
_COMPARED = (*COMPARISONS, exp.NullSafeEQ, exp.NullSafeNEQ, exp.Glob, exp.Is)


@dataclass
class Parameter:
    """One bind parameter of a statement: SQLite's number for it (``?`` is one more than the
    largest so far, ``:name`` keeps the number of its first use), and what it stands for.
    ``role`` is ``column`` (compared to ``column``), ``limit``, ``offset``, or ``""``."""

    index: int
    name: str | None = None
    role: str = ""
    column: exp.Column | None = None
    in_list: int = 0  # its place in an ``IN (?, ?, ...)`` list
    context: str = ""  # the SQL around it, e.g. ``solves.user_id = ?``


def _parameter_role(node: exp.Expr, dialect: str) -> tuple[str, exp.Column | None, int, str]:
    while isinstance(node.parent, (exp.Paren, exp.Cast)):
        node = node.parent
    parent = node.parent
    if parent is None:
        return "", None, 0, ""
    context = _RENAMED_TEXT.sub("?", parent.sql(dialect=dialect))
    if isinstance(parent, exp.Limit):
        return "limit", None, 0, context
    if isinstance(parent, exp.Offset):
        return "offset", None, 0, context
    if isinstance(parent, _COMPARED):
        other = parent.expression if node.arg_key == "this" else parent.this
        if isinstance(other, exp.Column):
            return "column", other, 0, context
    if isinstance(parent, exp.In) and node.arg_key == "expressions":
        if isinstance(parent.this, exp.Column):
            place = next(i for i, e in enumerate(parent.expressions) if e is node)
            return "column", parent.this, place, context
    if isinstance(parent, exp.Between) and node.arg_key in ("low", "high"):
        if isinstance(parent.this, exp.Column):
            return "column", parent.this, 0, context
    return "", None, 0, context


def parameters(sql: str, dialect: str = "sqlite") -> tuple[Query | None, list[Parameter]]:
    """The statement's ``?`` and ``:name`` placeholders (a driver's ``%s`` and ``%(name)s``
    read as those) in SQLite's numbering, each with the
    column it is compared to (or LIMIT / OFFSET) when there is one; the parsed statement
    (placeholders renamed) comes with them, for its tables. No placeholders: ``(None, [])``.

    >>> _, ps = parameters("SELECT a FROM t WHERE b = ? AND c IN (?, ?) AND :n > d LIMIT ?")
    >>> [(p.index, p.name, p.role, p.column and p.column.name, p.in_list) for p in ps]
    [(1, None, 'column', 'b', 0), (2, None, 'column', 'c', 0), (3, None, 'column', 'c', 1), \
(4, 'n', 'column', 'd', 0), (5, None, 'limit', None, 0)]
    >>> [(p.role, p.context) for p in parameters("SELECT ? + 1")[1]]
    [('', '? + 1')]
    >>> [(p.name, p.column.name) for p in parameters("SELECT a FROM t WHERE b = %(b)s", "mysql")[1]]
    [('b', 'b')]
    """
    guard(sql)
    name = dialect_name(dialect)
    sql = driver_placeholders(sql, name)
    if "?" not in sql and ":" not in sql:
        return None, []
    try:
        tokens = _tokenize(sql, name)
    except TokenError as exc:
        raise UnparsableQuery(f"cannot tokenize the query: {exc}", line=None, column=None) from None
    pieces: list[str] = []
    last = 0
    found: list[Parameter] = []
    names: dict[str, int] = {}
    previous = None
    for i, token in enumerate(tokens):
        kind = token.token_type
        if kind is TokenType.PLACEHOLDER and token.text == "?":
            index = len(found) + 1
            found.append(Parameter(index=index))
            pieces += [sql[last : token.start], f":{_RENAMED}{index}"]
            last = token.end + 1
        elif (
            kind is _COLON
            and previous not in _OPERAND_END
            and i + 1 < len(tokens)
            and tokens[i + 1].token_type is _VAR
            and tokens[i + 1].start == token.end + 1
        ):
            label = tokens[i + 1].text
            if label not in names:
                names[label] = len(found) + 1
                found.append(Parameter(index=names[label], name=label))
        previous = kind
    if not found:
        return None, []
    pieces.append(sql[last:])
    query = parse_query("".join(pieces), name)
    by_key = {p.name or f"{_RENAMED}{p.index}": p for p in found}
    for node in query.nodes(exp.Placeholder):
        param = by_key.get(str(node.this)) if node.this else None
        if param is None or param.role:
            continue
        param.role, param.column, param.in_list, param.context = _parameter_role(node, name)
    return query, found
