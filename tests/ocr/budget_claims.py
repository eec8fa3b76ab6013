"""What RapidOCR's runs claim from the memory budget, recorded for the tests that check the claims."""

from __future__ import annotations

from typing import Any

import pytest

from cardbook.ocr import rapid_engine


def recorded_claims(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The list every later ``INFERENCE_BUDGET.claim`` appends its estimate to (the claim itself still made)."""
    claims: list[int] = []
    original = rapid_engine.INFERENCE_BUDGET.claim

    def recorded(estimate: int) -> Any:
        claims.append(estimate)
        return original(estimate)

    monkeypatch.setattr(rapid_engine.INFERENCE_BUDGET, "claim", recorded)
    return claims
