"""perfagent, installed as one package so that none of its names can collide with a target's.

The source folders stay at the top of the repository (agent/, tools/, api/, prompts/, evals/);
``perfagent/<name>`` is a link to each, so ``perfagent.tools`` is ``tools/``. A wheel holds the
files themselves under ``perfagent/``. Import them as ``perfagent.tools...``, never as a bare
``tools`` (tests/test_installed_names.py checks both).
"""
