"""A shopping cart kept in process memory: perfagent's example of a scaling blocker."""
