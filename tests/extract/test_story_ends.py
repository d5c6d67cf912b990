"""End-of-story markers (``kadhimi_ds.extract.story_ends``): "(End)", "-Ends-", "###", "— END —" close the
body, and "ENDS" in capitals is no dateline. All lines written for these tests."""
from __future__ import annotations

import pytest

from helpers import ferry_body


@pytest.mark.parametrize("marker", ["(End)", "-Ends-", "(ENDS)", "###", "— END —", "END"])
def test_an_end_marker_closes_the_body(marker):
    assert ferry_body(marker).endswith("a spokeswoman said.")


def test_an_end_marker_in_capitals_is_no_dateline_and_closes_the_body():
    assert ferry_body("ENDS", "For press questions, please contact:", "Press Office, Northport: +44 20 7946 0000") \
        .endswith("a spokeswoman said.")
