"""Chat-driven optimization sessions: one LangGraph thread per session, on the checkpointer.

A session remembers its messages and the engagement it started. Each user message runs
one turn: Claude answers with tools (``--llm claude|replay``), or, offline, the rules
path recognises what is asked — analyse this SQL, run an engagement on a folder, what is
its status, what are the recommendations, approve or reject the waiting edit — and calls
the same tools. Side effects (starting an engagement, answering its question) go
through a :class:`ChatActions` the caller supplies: the server queues jobs, the terminal
runs them as child processes.

A relative target ("run examples/shop") is resolved against the **session's base folder**,
set when the session starts and kept in its thread: the folder ``perfagent chat`` was started
in, or the ``base`` a ``POST /v1/sessions`` names. Never the server's working directory: a
session opened without a base accepts absolute targets only.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypedDict

from perfagent.agent.checkpoint import open_checkpointer
from perfagent.tools.errors import PerfagentError

HELP = (
    "I can: analyse a SQL query (paste it), run an engagement (`run examples/shop`, optionally "
    "`in testing phase`), tell you its `status`, list its `recommendations`, and `approve` or "
    "`reject` an edit it is waiting on."
)
_SQL = re.compile(r"(?is)\b(select|with)\b.+\bfrom\b.+|\b(update|delete)\b.+")
_RUN = re.compile(
    r"(?i)\b(?:run|start|engage|optimi[sz]e|analy[sz]e)\b\s+(?:an engagement on\s+|on\s+)?"
    r"(?P<target>[\w./~-]+/?[\w./-]*)(?:.*?\b(?P<phase>elaboration|construction|testing|transition)\b)?"
)
_DECIDE = re.compile(
    r"(?i)^\s*(?P<word>approve|yes|go ahead|reject|no|skip)\b[\s,:-]*(?P<reason>.*)$"
)


@dataclass(kw_only=True)
class ChatActions:
    """What a session may do besides answering; each returns a short text for the answer."""

    start: Callable[[str, str], str]  # (target, phase) -> engagement id
    status: Callable[[str], dict]  # engagement id -> {status, step, result, question}
    decide: Callable[[str, bool, str], str]  # (engagement id, approve, reason) -> what happened


class ChatState(TypedDict, total=False):
    messages: Annotated[list[dict], operator.add]
    engagement: str | None
    base: str | None  # the folder relative targets are resolved against (see the module docstring)


def resolve_target(target: str, base: str | None) -> str:
    """``target`` as an absolute path: as is when absolute (or ``~``), else under ``base``.

    >>> resolve_target("examples/shop", "/work"), resolve_target("/srv/app", None)
    ('/work/examples/shop', '/srv/app')
    >>> resolve_target("examples/shop", None)
    Traceback (most recent call last):
    perfagent.tools.errors.InputError: the target 'examples/shop' is a relative path and this
    session has no base folder; give an absolute path
    """
    import os.path

    from perfagent.tools.errors import InputError

    path = os.path.expanduser(target)
    if os.path.isabs(path):
        return os.path.normpath(path)
    if not base:
        raise InputError(
            f"the target {target!r} is a relative path and this session has no base folder; "
            "give an absolute path"
        )
    return os.path.normpath(os.path.join(base, path))


def _diff(question: dict) -> str:
    """The edit a question asks about, as a unified-diff-like block (``-`` search, ``+`` replace).

    >>> print(_diff({"edit": [{"path": "a.py", "search": "x = 1", "replace": "x = 2"}]}))
    ```diff
    --- a.py
    - x = 1
    + x = 2
    ```
    """
    lines = []
    for block in question.get("edit") or []:
        lines.append(f"--- {block.get('path', '?')}")
        lines += [f"- {line}" for line in str(block.get("search", "")).splitlines()]
        lines += [f"+ {line}" for line in str(block.get("replace", "")).splitlines()]
    return "```diff\n" + "\n".join(lines) + "\n```" if lines else ""


def extract_sql(text: str) -> str | None:
    """The SQL in a message: inside backticks when quoted, else from its first keyword to the
    longest end that parses (questions around it are dropped).

    >>> extract_sql("why is SELECT * FROM orders WHERE id = 1 slow?")
    'SELECT * FROM orders WHERE id = 1'
    >>> extract_sql("check `select a from t`"), extract_sql("hello")
    ('select a from t', None)
    """
    quoted = re.search(r"```(?:sql)?\s*(.+?)```|`([^`]+)`", text, re.DOTALL | re.IGNORECASE)
    if quoted and _SQL.search(quoted.group(1) or quoted.group(2)):
        return (quoted.group(1) or quoted.group(2)).strip()
    found = _SQL.search(text)
    if not found:
        return None
    from perfagent.tools.sql.parse import QueryRefused, UnparsableQuery, parse_query

    words = found.group(0).split(" ")
    for end in range(len(words), max(0, len(words) - 12), -1):
        candidate = " ".join(words[:end]).strip().rstrip(";?!.")
        try:  # guarded: size and nesting bounded first; read as _sql_answer analyses it
            parse_query(candidate, "postgres")
        except UnparsableQuery:
            continue
        except QueryRefused as exc:  # too large or deep: the analysis refuses it in a sentence
            if exc.rule == "multiple_statements":
                continue
        return candidate
    return found.group(0).strip()


def _sql_answer(sql: str) -> str:
    from perfagent.tools.sql.analyze import analyze_query

    findings = analyze_query(sql.strip().rstrip(";"), "postgres")
    if not findings:
        return (
            "No problems found in that query by the SQL rules "
            "(no plan was taken: no database was named)."
        )
    lines = [
        f"- **{f.rule}** ({f.severity}): {f.message}"
        + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
        for f in findings
    ]
    return "Findings for that query:\n" + "\n".join(lines)


def _status_answer(info: dict, engagement: str) -> str:
    status, step = info.get("status"), info.get("step")
    text = f"Engagement `{engagement}` is **{status}**" + (
        f" (step: {step})" if step and status == "running" else ""
    )
    question = info.get("question")
    if status == "waiting" and question:
        title = question.get("title") if isinstance(question, dict) else question
        diff = _diff(question) if isinstance(question, dict) else ""
        text += (
            f". It waits for your decision on: {title}"
            + (f"\n\n{diff}\n\n" if diff else ". ")
            + "Say `approve` or `reject`"
        )
    result = info.get("result") or {}
    if status == "done" and result:
        kept = [v["candidate"] for v in result.get("validations", []) if v.get("kept")]
        text += (
            f". {len(result.get('recommendations', []))} recommendations; kept changes: "
            f"{', '.join(kept) or 'none'}"
        )
    if info.get("error"):
        text += f". Error: {info['error']}"
    return text + "."


def rules_turn(text: str, state: ChatState, actions: ChatActions) -> tuple[str, dict]:
    """One offline turn: (answer, state update)."""
    engagement = state.get("engagement")
    decided = _DECIDE.match(text)
    if decided and engagement:
        approve = decided["word"].lower() in {"approve", "yes", "go ahead"}
        return actions.decide(engagement, approve, decided["reason"].strip()), {}
    run = _RUN.search(text)
    if run and not _SQL.search(text):
        engagement = actions.start(
            resolve_target(run["target"], state.get("base")),
            (run["phase"] or "construction").lower(),
        )
        return (
            f"Started engagement `{engagement}` on `{run['target']}` "
            f"({(run['phase'] or 'construction').lower()} phase). Ask for `status` any time."
        ), {"engagement": engagement}
    sql = extract_sql(text)
    if sql:
        return _sql_answer(sql), {}
    lowered = text.lower()
    if engagement and any(w in lowered for w in ("status", "progress", "how is", "done?")):
        return _status_answer(actions.status(engagement), engagement), {}
    if engagement and any(w in lowered for w in ("recommend", "finding", "slow", "top")):
        info = actions.status(engagement)
        top = [r["title"] for r in (info.get("result") or {}).get("recommendations", [])[:5]]
        if not top:
            return (
                f"Engagement `{engagement}` has no ranked recommendations yet "
                f"({info.get('status')}).",
                {},
            )
        return "Top recommendations:\n" + "\n".join(f"{i}. {t}" for i, t in enumerate(top, 1)), {}
    if decided:
        return "There is no engagement in this session waiting for a decision.", {}
    return HELP, {}


def claude_turn(text: str, state: ChatState, actions: ChatActions, llm) -> tuple[str, dict, Any]:
    from perfagent.agent.reasoner.claude import chat

    engagement = state.get("engagement")
    tools: dict[str, Callable[..., Any]] = {"analyze_sql": _sql_answer}
    if engagement:

        def engagement_status() -> dict:
            """The session's engagement: status, current step, headline figures,
            pending question."""
            return actions.status(engagement)

        tools["engagement_status"] = engagement_status
    history = "\n".join(f"{m['role']}: {m['content']}" for m in state.get("messages", [])[-10:])
    question = f"Conversation so far:\n{history}\n\nNow: {text}" if history else text
    answer, record = chat(question, tools=tools, allow=set(tools), llm=llm)
    return answer, {}, record


def build_graph(actions: ChatActions, llm=None, saver=None):
    from langgraph.graph import END, START, StateGraph

    def respond(state: ChatState) -> dict:
        text = state["messages"][-1]["content"]
        try:
            if llm is not None:
                answer, update, record = claude_turn(text, state, actions, llm)
                meta = {"llm": record.model_dump(mode="json")}
            else:
                answer, update = rules_turn(text, state, actions)
                meta = {}
        except PerfagentError as exc:
            answer, update, meta = f"That did not work: {exc}", {}, {}
        return {**update, "messages": [{"role": "assistant", "content": answer, **meta}]}

    graph = StateGraph(ChatState)
    graph.add_node("respond", respond)
    graph.add_edge(START, "respond")
    graph.add_edge("respond", END)
    return graph.compile(checkpointer=saver)


def turn(
    session_id: str,
    text: str,
    actions: ChatActions,
    *,
    llm=None,
    checkpoint_url: str | None = None,
    base: str | None = None,
) -> str:
    """Run one turn of ``session_id`` and return the answer; the thread is checkpointed.
    ``base`` is the session's base folder; the one given on its first turn is kept."""
    with open_checkpointer(checkpoint_url) as saver:
        graph = build_graph(actions, llm, saver)
        config = {"configurable": {"thread_id": f"chat-{session_id}"}}
        known = graph.get_state(config).values or {}
        update: dict = {"messages": [{"role": "user", "content": text}]}
        if base and not known.get("base"):
            update["base"] = base
        values = graph.invoke(update, config, durability="sync")
    return values["messages"][-1]["content"]


def history(session_id: str, *, checkpoint_url: str | None = None) -> ChatState:
    with open_checkpointer(checkpoint_url) as saver:
        graph = build_graph(ChatActions(start=_none, status=_none, decide=_none), None, saver)
        return (
            graph.get_state({"configurable": {"thread_id": f"chat-{session_id}"}}).values
            or ChatState()
        )


def _none(*_args) -> Any:
    raise PerfagentError("not available here")
