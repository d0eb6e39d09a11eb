"""A small background-jobs service: a queue worker, a leader-elected scheduler and an
admin command, one per 12-factor process archetype (perfagent's disposability example)."""
