"""The monitor step's promtool runner: an answer is a result, a signal is no verdict."""

from __future__ import annotations

import sys

import pytest

from perfagent.tools.errors import ServiceError
from perfagent.tools.monitoring.promtool import answered


def test_an_exit_code_is_an_answer() -> None:
    done = answered(
        [sys.executable, "-c", "import sys; print('checked'); sys.exit(1)"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and done.stdout == "checked\n"


def test_a_process_killed_by_a_signal_gave_no_verdict() -> None:
    with pytest.raises(ServiceError) as caught:
        answered(["sh", "-c", "kill -KILL $$"], capture_output=True)
    assert str(caught.value) == (
        "`sh -c kill -KILL $$` was killed by SIGKILL before it answered; "
        "the rules were not validated"
    )
