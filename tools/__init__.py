"""Deterministic instruments: each usable alone, typed in and out, no LLM.

tools/ never imports agent/ or api/.
"""
