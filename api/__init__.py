"""The ways in: CLI, HTTP, MCP, chat. Thin: they translate, agent/ decides, tools/ measure."""
