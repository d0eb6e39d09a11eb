"""The comparison verdict: small, keyword-only, pure. Never reads the environment."""

from __future__ import annotations

from perfagent.tools.bench.models import Verdict


def decide(
    *,
    ratio: float,
    ci_low: float,
    ci_high: float,
    p_value: float,
    min_effect: float = 0.02,
    alpha: float = 0.05,
) -> tuple[Verdict, str]:
    """Verdict for B against A from the ratio of medians (B/A) and its confidence interval.

    - ``slower``/``faster``: the whole interval lies beyond the minimum effect and the
      rank test agrees (p < alpha);
    - ``unchanged``: the whole interval lies within +/- the minimum effect (an
      equivalence test), or the difference is not significant and the interval does
      not reach past the threshold;
    - ``inconclusive``: the interval straddles a threshold: the noise allows no verdict.

    >>> decide(ratio=1.10, ci_low=1.08, ci_high=1.12, p_value=0.001)[0]
    'slower'
    >>> decide(ratio=0.90, ci_low=0.88, ci_high=0.92, p_value=0.001)[0]
    'faster'
    >>> decide(ratio=1.001, ci_low=0.995, ci_high=1.008, p_value=0.6)[0]
    'unchanged'
    >>> decide(ratio=1.025, ci_low=1.01, ci_high=1.04, p_value=0.01)[0]
    'inconclusive'
    >>> decide(ratio=1.00, ci_low=0.95, ci_high=1.06, p_value=0.9)[0]
    'inconclusive'
    """
    upper, lower = 1.0 + min_effect, 1.0 - min_effect
    pct = (ratio - 1.0) * 100.0
    interval = f"[{(ci_low - 1) * 100:+.2f}%, {(ci_high - 1) * 100:+.2f}%]"
    threshold = f"{min_effect * 100:g}%"
    if ci_low > upper and p_value < alpha:
        return "slower", f"{pct:+.2f}% (CI {interval}) is beyond the {threshold} minimum effect"
    if ci_high < lower and p_value < alpha:
        return "faster", f"{pct:+.2f}% (CI {interval}) is beyond the {threshold} minimum effect"
    if lower <= ci_low and ci_high <= upper:
        return "unchanged", f"{pct:+.2f}%: the whole CI {interval} is within +/-{threshold}"
    why = (
        f"{pct:+.2f}%: the CI {interval} straddles the +/-{threshold} threshold; "
        "more samples or a quieter machine are needed"
    )
    return "inconclusive", why
