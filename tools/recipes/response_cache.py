"""Cache a slow read-only GET endpoint for a TTL, keyed by its arguments: in process, or in
Redis when ``extra["redis_url"]`` is given.

The route function keeps its decorator, signature and docstring (FastAPI sees the same
endpoint); its body moves to a private ``_<name>_uncached`` helper, and the route answers
from the cache while the entry is younger than the TTL (``extra["ttl_s"]``, default 60 s);
``_<name>_cache_clear()`` empties it, and a comment says writes must call it.

In process: a module-level dict of ``(monotonic time, value)`` by argument tuple, cleared
when it reaches ``extra["max_entries"]`` (default 1024), so memory stays bounded.

In Redis: the answer is stored as JSON, encoded as FastAPI would encode it (pydantic's JSON
mode when the route has a response model, else ``jsonable_encoder``), with ``SET ... EX
ttl`` under ``perfagent:cache:<name>:<sha256 of the JSON arguments>``, and read through
with ``GET``. Each stored key is appended to the list ``perfagent:cache:<name>:keys``,
which the clear function drains with ``LPOP``: a write, unlike ``LRANGE`` or ``SMEMBERS``,
so Redis' keyspace hits and misses count the endpoint's lookups only. Past ``max_entries``
listed keys everything listed is dropped. The URL is ``os.environ["CACHE_REDIS_URL"]``,
defaulting to the given one. Any Redis error (down, no answer within 0.5 s) answers
uncached: a cache must not take the endpoint down.

Never shared across users: the route also receives the ``Request`` (FastAPI injects it; the
OpenAPI schema does not change) and the key holds a hash of its ``Cookie`` and
``Authorization`` headers, so a logged-in request is cached for that session only and
anonymous requests share one entry. ``extra["cache_scope"] = "none"`` (the analysis saw the
response set a cookie, or the request write: a ping recorded by GET) declines: such an answer
is not cached at all.

Declined: no app or no GET route for the endpoint; a route with non-GET methods too;
parameters that are not plain scalars (``Request``, bodies, ``Depends``/``Header``/
``Cookie``/``Body``/``Form``/``File``/``Security``, lists, unannotated); extra
decorators; a body that writes (INSERT/UPDATE/DELETE/..., commit, save, ...) or
returns a Response object. For Redis also: an async route (the client blocks), a TTL that
is not whole seconds, an answer that is not JSON data by its response model (or, without
one, by its return statements): bytes, a Response, a model with validators or fields of
other types...; ``response_class``/``response_model_exclude_unset`` on the route.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "main.py").write_text(
...     "from fastapi import FastAPI\\n\\napp = FastAPI()\\n\\n\\n"
...     "@app.get('/items')\\ndef items(limit: int = 10) -> list[int]:\\n"
...     "    return list(range(limit))\\n")
>>> p = response_cache(root, RecipeTarget(endpoint="/items?limit=3", extra={"ttl_s": 5}))
>>> "_ITEMS_CACHE_TTL_S = 5.0" in p.edit.blocks[-1].replace
True
>>> p = response_cache(root, RecipeTarget(endpoint="/items",
...                                       extra={"redis_url": "redis://r:6379/0"}))
>>> '_ITEMS_CACHE_PREFIX = "perfagent:cache:items:"' in p.edit.blocks[-1].replace
True
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import libcst as cst

from perfagent.tools.recipes._cst import (
    blocks_between,
    dotted,
    fresh_name,
    has_import,
    import_insert_index,
    is_docstring,
    names_in,
    with_import,
)
from perfagent.tools.recipes._fastapi import (
    check_read_only,
    find_app,
    get_only,
    target_route,
    with_imported_name,
)
from perfagent.tools.recipes._purity import (
    ModuleInfo,
    all_params,
    annotation_kind,
    param_annotation,
)
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

PLAIN_MARKERS = {"Query", "Path"}
JSON_TYPES = {
    "dict",
    "list",
    "tuple",
    "str",
    "int",
    "float",
    "bool",
    "None",
    "Any",
    "Dict",
    "List",
    "Tuple",
    "Optional",
    "Union",
    "Literal",
    "Sequence",
    "Mapping",
    # pydantic writes these as JSON strings and reads them back the same
    "datetime",
    "date",
    "time",
    "timedelta",
    "Decimal",
    "UUID",
}
PYDANTIC_1 = re.compile(r"pydantic\s*(?:==|~=|<=)\s*1|pydantic\s*<\s*2(?![.\d])", re.IGNORECASE)
JSON_CALLS = {"dict", "list", "str", "int", "float", "bool", "sorted"}

USER_TEMPLATE = '''\


def {userfn}(request: Request) -> str:
    """Whose answer this is: a hash of the request's {header_names} headers ("" for an
    anonymous request), so one user's cached response is never served to another."""
    credentials = "\\0".join(request.headers.get(name, "") for name in {headers!r})
    if not credentials.strip("\\0"):
        return ""
    return hashlib.sha256(credentials.encode()).hexdigest()[:32]
'''

TEMPLATE = '''\
# Cached responses of GET {path} for up to {ttl:g} s, by arguments and per user (at most
# {max_entries} entries). A cached value is shared by the requests of one session:
# never mutate it. Anything that writes the data behind it must call {clear}().
{cache}: dict[tuple, tuple[float, object]] = {{}}
{ttl_name} = {ttl}


def {clear}() -> None:
    """Forget every cached response of GET {path}."""
    {cache}.clear()
'''

WRAPPER = """\
{key} = ({userfn}({request}), {args})
{now} = time.monotonic()
{hit} = {cache}.get({key})
if {hit} is not None and {now} - {hit}[0] < {ttl_name}:
    return {hit}[1]
{value} = {awaits}{uncached}({call_args})
if len({cache}) >= {max_entries}:
    {cache}.clear()
{cache}[{key}] = ({now}, {value})
return {value}
"""

REDIS_TEMPLATE = '''\
# Cached responses of GET {path} in Redis for up to {ttl} s, by arguments and per user: the JSON
# body under "perfagent:cache:{name}:[<hash of the user's credentials>:]<hash of the arguments>",
# each key listed in "...:keys".
# Anything that writes the data behind it must call {clear}().
# If Redis cannot be reached the endpoint answers uncached. CACHE_REDIS_URL overrides the URL.
{client} = redis.Redis.from_url(
    os.environ.get("CACHE_REDIS_URL", {url}),
    socket_connect_timeout=0.5, socket_timeout=0.5)
{ttl_name} = {ttl}
{prefix} = "perfagent:cache:{name}:"


def {keyfn}(*args: object, user: str = "") -> str:
    """The Redis key of one argument tuple for one user (a stable hash: the same in every \
process)."""
    digest = hashlib.sha256(json.dumps(args, default=repr).encode()).hexdigest()
    return {prefix} + (user + ":" if user else "") + digest


def {store}(key: str, value: object) -> None:
    """Store an answer as the JSON body FastAPI sends (compact, UTF-8) for the TTL and list
    its key; past {max_entries} listed keys (expired ones included), drop them all."""
    try:
        payload = json.dumps({encode}, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        with {client}.pipeline() as pipe:
            pipe.set(key, payload, ex={ttl_name})
            pipe.rpush({prefix} + "keys", key)
            pipe.expire({prefix} + "keys", {ttl_name})
            listed = pipe.execute()[1]
    except (redis.exceptions.RedisError, TypeError, ValueError):
        return  # Redis unreachable, or not JSON: this answer is just not cached
    if listed > {max_entries}:
        {clear}()


def {clear}() -> None:
    """Forget every cached response of GET {path}.

    If Redis cannot be reached, nothing is deleted: the entries expire with their TTL."""
    try:
        # LPOP, not LRANGE: a write, so it does not count in Redis' keyspace hit rate.
        while keys := {client}.lpop({prefix} + "keys", 500):
            {client}.delete(*keys)
    except redis.exceptions.RedisError:
        pass
'''

REDIS_WRAPPER = """\
{key} = {keyfn}({key_args}user={userfn}({request}))
try:
    {hit} = {client}.get({key})
except redis.exceptions.RedisError:  # a cache must not take the endpoint down
    return {uncached}({call_args})
if {hit} is not None:  # the stored body as it is: no decoding and encoding again
    return Response({hit}, media_type="application/json")
{value} = {uncached}({call_args})
{store}({key}, {value})
return {value}
"""


def response_cache(root: Path, target: RecipeTarget) -> Proposal:
    if target.extra.get("cache_scope") == "none":
        raise Decline(
            "its answer must not be cached at all: "
            f"{target.extra.get('cache_scope_reason') or 'it sets a cookie'}"
        )
    redis_url = target.extra.get("redis_url")
    extra_headers = target.extra.get("credential_headers", [])
    if not isinstance(extra_headers, list) or not all(
        isinstance(h, str) and re.fullmatch(r"[A-Za-z0-9-]+", h) for h in extra_headers
    ):
        raise Decline(f"credential_headers must be a list of header names, not {extra_headers!r}")
    headers = tuple(dict.fromkeys(["cookie", "authorization", *(h.lower() for h in extra_headers)]))
    if redis_url is not None and not (
        isinstance(redis_url, str) and redis_url.startswith(("redis://", "rediss://", "unix://"))
    ):
        raise Decline(f"redis_url must be a redis://, rediss:// or unix:// URL, not {redis_url!r}")
    app = find_app(root, target.file)
    route = target_route(app, target)
    func, source = route.function, app.source
    name = func.name.value
    get_only(app, route)
    if app.framework != "fastapi":
        raise Decline(f"{app.name} is a Starlette app: the cache could not key answers per user")
    if len(func.decorators) != 1:
        raise Decline(f"{name} has decorators besides its route; a cache could bypass them")
    params = _check_params(source.module, func)
    check_read_only(func)
    ttl = target.extra.get("ttl_s", 60)
    max_entries = target.extra.get("max_entries", 1024)
    if not isinstance(ttl, (int, float)) or isinstance(ttl, bool) or ttl <= 0:
        raise Decline(f"ttl_s must be a positive number, not {ttl!r}")
    if not isinstance(max_entries, int) or max_entries < 1:
        raise Decline(f"max_entries must be a positive integer, not {max_entries!r}")
    module = source.module
    is_async = func.asynchronous is not None
    has_model = False
    if redis_url:
        if app.framework != "fastapi":
            raise Decline(
                f"the Redis variant encodes answers as FastAPI does; {app.name} is a Starlette app"
            )
        if is_async:
            raise Decline(f"{name} is async: the Redis client would block its event loop")
        if ttl != int(ttl):
            raise Decline(f"Redis TTLs are whole seconds, not {ttl!r}")
        ttl = int(ttl)
        has_model = _check_json_shape(module, func, route.decorator)
        if has_model:
            _check_pydantic_2(root)
    imports = (
        (
            ("hashlib", "json", "os", "pydantic_core", "redis")
            if has_model
            else ("hashlib", "json", "os", "redis")
        )
        if redis_url
        else ("hashlib", "time")
    )
    info = ModuleInfo.of(module)
    for wanted in imports:
        if (
            not has_import(module, wanted)
            and wanted in names_in(module)
            or info.imports.get(wanted, wanted) != wanted
        ):
            raise Decline(f"`{wanted}` means something else in the app's module")
    response = info.imports.get("Response")
    if redis_url and (
        response is None
        and "Response" in names_in(module)
        or response
        not in (
            None,
            "fastapi.Response",
            "fastapi.responses.Response",
            "starlette.responses.Response",
        )
    ):
        raise Decline("`Response` means something else in the app's module")
    request_name = info.imports.get("Request")
    if (
        request_name is None
        and "Request" in names_in(module)
        or request_name not in (None, "fastapi.Request", "starlette.requests.Request")
    ):
        raise Decline("`Request` means something else in the app's module")
    encoder = info.imports.get("jsonable_encoder")
    with_encoder = bool(redis_url) and not has_model
    if with_encoder and (
        encoder is None
        and "jsonable_encoder" in names_in(module)
        or encoder not in (None, "fastapi.encoders.jsonable_encoder")
    ):
        raise Decline("`jsonable_encoder` means something else in the app's module")

    taken = names_in(module)
    names = {}
    wanted_names = [
        ("ttl_name", f"_{name.upper()}_CACHE_TTL_S"),
        ("clear", f"_{name}_cache_clear"),
        ("uncached", f"_{name}_uncached"),
        ("userfn", f"_{name}_cache_user"),
    ]
    wanted_names += (
        [
            ("client", f"_{name}_redis"),
            ("prefix", f"_{name.upper()}_CACHE_PREFIX"),
            ("keyfn", f"_{name}_cache_key"),
            ("store", f"_{name}_cache_store"),
        ]
        if redis_url
        else [("cache", f"_{name}_cache")]
    )
    for key, wanted in wanted_names:
        names[key] = fresh_name(wanted, taken)
        taken.add(names[key])
    local_taken = set(params) | taken
    for key in ("key", "now", "hit", "value", "request"):
        names[key] = fresh_name(key if key != "key" else "cache_key", local_taken)
        local_taken.add(names[key])

    if redis_url:
        encode = (
            "pydantic_core.to_jsonable_python(value, by_alias=True)"
            if has_model
            else "jsonable_encoder(value)"
        )
        header_code = REDIS_TEMPLATE.format(
            path=route.path,
            ttl=ttl,
            max_entries=max_entries,
            name=name,
            url=json.dumps(redis_url),
            encode=encode,
            **names,
        )
        wrapper_code = REDIS_WRAPPER.format(
            call_args=", ".join(params), key_args="".join(f"{p}, " for p in params), **names
        )
    else:
        header_code = TEMPLATE.format(
            path=route.path, ttl=float(ttl), max_entries=max_entries, **names
        )
        wrapper_code = WRAPPER.format(
            args=", ".join(params),
            call_args=", ".join(params),
            max_entries=max_entries,
            awaits="await " if is_async else "",
            **names,
        )
    # After a first statement, the leading comment belongs to the dict, not the module header.
    header_code += USER_TEMPLATE.format(
        headers=headers, header_names=", ".join(h.title() for h in headers), **names
    )
    header = cst.parse_module("pass\n" + header_code).body[1:]
    header = [
        header[0].with_changes(
            leading_lines=(cst.EmptyLine(), cst.EmptyLine(), *header[0].leading_lines)
        ),
        *header[1:],
    ]
    statements = list(func.body.body)
    docstring = statements[:1] if statements and is_docstring(statements[0]) else []
    wrapper_body = docstring + list(cst.parse_module(wrapper_code).body)
    request_param = cst.Param(
        name=cst.Name(names["request"]), annotation=cst.Annotation(cst.Name("Request"))
    )
    params_node = func.params
    params_node = (
        params_node.with_changes(posonly_params=[request_param, *params_node.posonly_params])
        if params_node.posonly_params
        else params_node.with_changes(params=[request_param, *params_node.params])
    )
    route_func = func.with_changes(
        params=params_node, body=func.body.with_changes(body=wrapper_body)
    )
    helper = func.with_changes(
        name=cst.Name(names["uncached"]),
        decorators=[],
        params=_plain_params(func.params),
        body=func.body.with_changes(
            body=statements[len(docstring) :] or [cst.SimpleStatementLine([cst.Pass()])]
        ),
        leading_lines=(cst.EmptyLine(), cst.EmptyLine()),
    )
    body = list(module.body)
    at = body.index(func)
    body[at : at + 1] = [*header, route_func, helper]
    rewritten = module.with_changes(body=body)
    for wanted in imports:
        rewritten = (
            _with_third_party_import(rewritten, wanted)
            if wanted in ("pydantic_core", "redis")
            else with_import(rewritten, wanted)
        )
    if with_encoder and encoder is None:
        rewritten = with_imported_name(rewritten, "fastapi.encoders", "jsonable_encoder")
    if redis_url and response is None:
        rewritten = with_imported_name(rewritten, "fastapi", "Response")
    if request_name is None:
        rewritten = with_imported_name(rewritten, "fastapi", "Request")
    return _proposal(
        source, rewritten.code, route.path, name, params, ttl, names, redis=bool(redis_url)
    )


def _proposal(
    source,
    rewritten: str,
    path: str,
    name: str,
    params: list[str],
    ttl: float,
    names: dict[str, str],
    *,
    redis: bool,
) -> Proposal:
    where = f"GET {path} ({name} in {source.path})"
    stale = (
        f"data served by {path} may be up to {ttl:g} s stale; writers must call "
        f"{names['clear']}() to see their own writes at once"
    )
    if redis:
        how, description = "in Redis", f"Redis TTL cache for {where}"
        kept = (
            "The answer is stored as the JSON body FastAPI sends and a hit returns those bytes "
            "as they are (no decoding and encoding again), so a cached response has the same "
            "body; every process and restart shares it."
        )
        assumptions = [
            stale,
            (
                f"the key names the function ({name}), not the app: another app using "
                "the same Redis database and function name would share entries"
            ),
            "a request computing while the cache is cleared may store the old answer",
            "without Redis (or after 0.5 s without an answer) requests run uncached",
        ]
    else:
        how, description = "in process", f"in-process TTL cache for {where}"
        kept = (
            "The cached value is the very object returned the first time, shared by later "
            "requests: FastAPI only serializes it, but code that mutated it would change "
            "later responses."
        )
        assumptions = [
            stale,
            ("each worker process holds its own cache (nothing is shared between processes)"),
            ("concurrent first requests for the same arguments may each compute the answer"),
        ]
    return Proposal(
        recipe="response_cache",
        title=f"cache {where} for {ttl:g} s {how}",
        edit=checked_edit(
            source.text, rewritten, blocks_between(source.path, source.text, rewritten), description
        ),
        rationale=(
            f"{where} only reads, and its answer depends only on its arguments "
            f"({', '.join(params) or 'none'}) and the data behind it. Repeated requests "
            f"within {ttl:g} s are answered from the cache {how}. {kept} Never across users: "
            "the key holds a hash of the request's Cookie and Authorization headers, so a "
            "logged-in answer is served to the same session only; anonymous requests share."
        ),
        expected=(
            "repeated requests skip the handler's work (its queries and their "
            "serialization into Python objects); only the first request per argument "
            f"tuple per {ttl:g} s pays it"
        ),
        assumptions=assumptions,
    )


def _with_third_party_import(module: cst.Module, name: str) -> cst.Module:
    """``import name`` among the module's third-party imports (as isort sorts them: plain
    imports first, alphabetically), else wherever ``_cst.with_import`` puts it."""
    if has_import(module, name):
        return module
    body = list(module.body)
    third, plain = [], []
    for i in range(import_insert_index(module)):
        stmt = body[i]
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) else None
        if isinstance(small, cst.Import):
            top = dotted(small.names[0].name)
        elif isinstance(small, cst.ImportFrom) and not small.relative and small.module:
            top = dotted(small.module)
        else:
            continue
        if top.split(".")[0] not in sys.stdlib_module_names | {"__future__"}:
            third.append(i)
            if isinstance(small, cst.Import):
                plain.append((top, i))
    if not third:
        return with_import(module, name)
    new = cst.parse_statement(f"import {name}\n")
    after = [i for top, i in plain if top < name]
    at = after[-1] + 1 if after else next((i for top, i in plain if top > name), third[0])
    if not after:  # it now opens the block: it takes over the blank lines above
        new = new.with_changes(leading_lines=body[at].leading_lines)
        body[at] = body[at].with_changes(leading_lines=())
    body.insert(at, new)
    return module.with_changes(body=body)


def _check_json_shape(module: cst.Module, func: cst.FunctionDef, decorator: cst.Decorator) -> bool:
    """Declines unless the route returns JSON data (by its response model, else by its
    return statements); answers whether FastAPI serializes it through a response model."""
    name = func.name.value
    call = decorator.decorator
    model: cst.BaseExpression | None = func.returns.annotation if func.returns else None
    for arg in call.args if isinstance(call, cst.Call) else ():
        if arg.keyword is None:
            continue
        if arg.keyword.value in ("response_model_exclude_unset", "response_class"):
            raise Decline(
                f"{name}'s route sets {arg.keyword.value}: a cached answer might "
                "not serialize the same"
            )
        if arg.keyword.value == "response_model":
            model = None if dotted(arg.value) == "None" else arg.value  # None: no model
    models = _json_models(module)
    if model is not None:
        if not _json_annotation(model, models):
            raise Decline(
                f"{name} returns {module.code_for_node(model)}: not JSON data (dicts, "
                "lists, scalars, dates or a plain pydantic model of those) that the "
                "Redis variant can store"
            )
        return True
    for node in _returns(func):
        value = node.value
        if value is None or isinstance(
            value,
            (
                cst.Dict,
                cst.DictComp,
                cst.List,
                cst.ListComp,
                cst.SimpleString,
                cst.Integer,
                cst.Float,
            ),
        ):
            continue
        if isinstance(value, cst.Name) and value.value in ("None", "True", "False"):
            continue
        if isinstance(value, cst.Call) and dotted(value.func) in JSON_CALLS:
            continue
        raise Decline(
            f"{name} has no response model and returns "
            f"`{module.code_for_node(value)[:40]}`: cannot tell it is JSON data"
        )
    return False


def _check_pydantic_2(root: Path) -> None:
    """Declines when the target pins pydantic 1 (the cache encodes with pydantic_core)."""
    for pattern in ("pyproject.toml", "setup.cfg", "setup.py", "requirements*.txt"):
        for path in root.glob(pattern):
            if PYDANTIC_1.search(path.read_text(encoding="utf-8", errors="replace")):
                raise Decline(
                    f"{path.name} pins pydantic 1; the Redis variant encodes like "
                    "FastAPI does with pydantic 2"
                )


def _json_models(module: cst.Module) -> dict[str, cst.ClassDef]:
    """Top-level pydantic models of the module that validate their JSON dump back to the
    same model: no validators, serializers or strict mode, every field JSON data."""
    models = {}
    for stmt in module.body:
        if (
            isinstance(stmt, cst.ClassDef)
            and not stmt.decorators
            and any(dotted(b.value).endswith("BaseModel") for b in stmt.bases)
            and not {
                "field_validator",
                "model_validator",
                "validator",
                "root_validator",
                "field_serializer",
                "model_serializer",
                "computed_field",
                "PrivateAttr",
            }
            & names_in(stmt)
            and "strict" not in module.code_for_node(stmt).lower()
        ):
            models[stmt.name.value] = stmt
    while True:  # drop models with a field that is not JSON data, until none is left
        kept = {
            name: cls
            for name, cls in models.items()
            if all(
                _json_annotation(s.body[0].annotation.annotation, models)
                for s in cls.body.body
                if isinstance(s, cst.SimpleStatementLine) and isinstance(s.body[0], cst.AnnAssign)
            )
        }
        if len(kept) == len(models):
            return kept
        models = kept


def _json_annotation(node: cst.BaseExpression, models: dict[str, cst.ClassDef]) -> bool:
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        return _json_annotation(node.left, models) and _json_annotation(node.right, models)
    if isinstance(node, cst.SimpleString):  # a forward reference
        return isinstance(node.evaluated_value, str) and node.evaluated_value in models
    if isinstance(node, cst.Subscript):
        outer = dotted(node.value).rsplit(".", 1)[-1]
        if outer == "Literal":
            return True
        items = [e.slice.value for e in node.slice if isinstance(e.slice, cst.Index)]
        return (
            outer in JSON_TYPES
            and len(items) == len(node.slice)
            and all(isinstance(i, cst.Ellipsis) or _json_annotation(i, models) for i in items)
        )
    name = dotted(node)
    return name.rsplit(".", 1)[-1] in JSON_TYPES or name in models


def _returns(func: cst.FunctionDef) -> list[cst.Return]:
    found: list[cst.Return] = []

    class Returns(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            return node is func

        def visit_Lambda(self, node: cst.Lambda) -> bool:
            return False

        def visit_Return(self, node: cst.Return) -> None:
            found.append(node)

    func.visit(Returns())
    return found


def _check_params(module: cst.Module, func: cst.FunctionDef) -> list[str]:
    params = func.params
    if isinstance(params.star_arg, cst.Param) or params.star_kwarg is not None:
        raise Decline(f"{func.name.value} takes *args/**kwargs")
    names = []
    for param in all_params(func):
        pname = param.name.value
        annotation = param_annotation(param)
        if annotation is None:
            raise Decline(f"parameter {pname} is not annotated; cannot tell it is a plain value")
        if (
            annotation_kind(annotation) != "immutable"
            or isinstance(annotation, cst.Subscript)
            and dotted(annotation.value).endswith("Annotated")
        ):
            raise Decline(
                f"parameter {pname}: {module.code_for_node(annotation)} is not a "
                "plain query/path value (a Request, body, dependency or list?)"
            )
        default = param.default
        if isinstance(default, cst.Call):
            marker = dotted(default.func).rsplit(".", 1)[-1]
            if marker not in PLAIN_MARKERS:
                raise Decline(f"parameter {pname} comes from {marker}(...), not from the URL")
        names.append(pname)
    return names


def _plain_params(params: cst.Parameters) -> cst.Parameters:
    """The same parameters without defaults (the route passes every one explicitly)."""

    def strip(ps):
        return [p.with_changes(default=None, equal=cst.MaybeSentinel.DEFAULT) for p in ps]

    return params.with_changes(
        posonly_params=strip(params.posonly_params),
        params=strip(params.params),
        kwonly_params=strip(params.kwonly_params),
    )


RECIPE = Recipe(
    name="response_cache",
    kinds=frozenset({"latency", "payload"}),
    build=response_cache,
    order=110,
    measure="load",
    shared_cache=True,
)
