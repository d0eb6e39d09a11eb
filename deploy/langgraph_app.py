"""The engagement graph for LangGraph Studio / Agent Server (``langgraph.json`` names it).

Compiled without a checkpointer: the server brings its own (PostgreSQL), and runs
each thread as an engagement. The graph is the same one ``perfagent run`` drives.
"""

from perfagent.agent.graph import build

graph = build()
