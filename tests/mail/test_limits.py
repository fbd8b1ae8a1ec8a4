"""ParseLimits: defaults, validation, and how a limit that was hit is named in the defects."""

import pytest

from shared.mail.limits import ParseLimits, limit_defect, limits_hit


def test_defaults_are_far_above_real_mail_and_frozen():
    limits = ParseLimits()
    assert (limits.header_length, limits.header_bytes, limits.parts, limits.max_depth) == (65536, 262144, 1000, 20)
    with pytest.raises(AttributeError):
        limits.parts = 5  # type: ignore[misc]


@pytest.mark.parametrize("value", [0, -1, 2.5, True, "10"])
def test_a_limit_must_be_a_positive_int(value):
    with pytest.raises(ValueError, match=r"ParseLimits\.parts "):
        ParseLimits(parts=value)


def test_depth_is_capped_where_the_standard_library_would_run_out_of_stack():
    with pytest.raises(ValueError, match=r"ParseLimits\.max_depth "):
        ParseLimits(max_depth=101)


def test_defect_names():
    assert limit_defect("parts") == "limit:parts" and limit_defect("max_depth") == "limit:depth"
    assert limits_hit(["NoBoundaryInMultipartDefect", "limit:depth", "limit:parts"]) == ["depth", "parts"]
    assert limits_hit([]) == []
