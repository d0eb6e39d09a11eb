"""Plain Python functions as Claude tools: a JSON schema from the signature, a checked call.

The description is the docstring's first paragraph; the input schema comes from the
annotated parameters (pydantic), so what Claude sends is validated before the
function runs, and a bad input comes back to Claude as an error it can fix.

>>> def top_hotspots(benchmark: str, limit: int = 5) -> list[str]:
...     '''The hottest functions of one benchmark's CPU profile.'''
...     return [f"{benchmark}:f{i}" for i in range(limit)]
>>> spec = tool_spec("top_hotspots", top_hotspots)
>>> spec["description"], spec["input_schema"]["required"]
("The hottest functions of one benchmark's CPU profile.", ['benchmark'])
>>> run_tool(top_hotspots, {"benchmark": "quote", "limit": 2})
'["quote:f0", "quote:f1"]'
>>> run_tool(top_hotspots, {"limit": "many"})
Traceback (most recent call last):
perfagent.tools.llm.toolspec.ToolInputError: benchmark: Field required
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any, get_type_hints

from pydantic import BaseModel, ValidationError, create_model


class ToolInputError(ValueError):
    """The input Claude sent does not fit the tool's parameters."""


def _input_model(name: str, fn: Callable[..., Any]) -> type[BaseModel]:
    hints = get_type_hints(fn)
    fields: dict[str, Any] = {}
    for param in inspect.signature(fn).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        default = ... if param.default is param.empty else param.default
        fields[param.name] = (hints.get(param.name, Any), default)
    return create_model(f"{name}_input", **fields)


def tool_spec(name: str, fn: Callable[..., Any]) -> dict[str, Any]:
    """The Messages API tool definition for ``fn``."""
    schema = _input_model(name, fn).model_json_schema()
    schema.pop("title", None)
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)
    schema.setdefault("required", [])
    doc = inspect.getdoc(fn) or name.replace("_", " ")
    return {
        "name": name,
        "description": doc.split("\n\n")[0].replace("\n", " "),
        "input_schema": schema,
    }


def run_tool(fn: Callable[..., Any], arguments: dict[str, Any]) -> str:
    """Validate ``arguments``, call ``fn``, and its result as text (JSON where it can)."""
    try:
        values = _input_model(fn.__name__, fn).model_validate(arguments)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "input"
        raise ToolInputError(f"{where}: {err['msg']}") from None
    result = fn(**dict(values))
    if isinstance(result, BaseModel):
        return result.model_dump_json()
    if isinstance(result, str):
        return result
    return json.dumps(result, default=_jsonable, ensure_ascii=False)


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    return str(value)
