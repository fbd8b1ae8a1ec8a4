"""The MIME parser on hostile input (the classes of tests/mail/hostile.py): each parses, records the limits it
hit, serialises, leaves the standard library no more parts or depth than the limits allow, and costs in
proportion to its size - counted in Python function calls, traced allocations and resident memory, never timed.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import re
import subprocess
import sys
import tracemalloc
from email.parser import BytesParser
from pathlib import Path

import pytest

from shared.mail import parse
from shared.mail.limits import ParseLimits, limits_hit
from shared.mail.parse import parse_mime
from shared.mail.prepass import bound_message
from tests.mail.hostile import CLASSES, message_shape

SIZE = 2_500_000  # above html_bytes, so every class hits its limits
MAX_BODY_BYTES = 25 * 1024 * 1024  # intake's default body limit
LINEAR_SIZES = (128 * 1024, 512 * 1024)
MEMORY_SIZE = 2 * 1024 * 1024
PROBE = Path(__file__).with_name("memory_probe.py")
REPORTED = ["subject_encoded_words", "content_type_quotes", "content_type_parens", "to_addresses",
            "html_nested_divs", "subject_plain", "nested_messages", "mime_parts", "header_fields"]




def _check(name: str, raw: bytes) -> None:
    parsed = parse_mime(raw)
    hit = set(limits_hit(parsed.mail.defects))
    assert CLASSES[name].limits <= hit if CLASSES[name].limits else not hit, hit
    parsed.mail.model_dump_json().encode("utf-8")


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_each_class_parses_records_its_limits_and_serialises(name):
    raw = CLASSES[name].build(SIZE)
    _check(name, raw)
    policy, limits = parse._POLICY.clone(memo={}), ParseLimits()
    message = BytesParser(policy=policy).parsebytes(bound_message(raw, limits, policy, parse._READ_FIELDS).raw)
    parts, depth = message_shape(message)
    assert parts <= limits.parts and depth <= limits.max_depth


@pytest.mark.parametrize("name", REPORTED)
def test_the_reported_failures_parse_at_the_largest_accepted_body(name):
    _check(name, CLASSES[name].build(MAX_BODY_BYTES))


def _cost(raw: bytes) -> tuple[int, int]:
    """(Python function calls, standard library included; peak traced allocation) of one parse."""
    parse._parsed_header.cache_clear()
    re.purge()
    profile = cProfile.Profile()
    profile.enable()
    parse_mime(raw).mail.model_dump_json()
    profile.disable()
    parse._parsed_header.cache_clear()
    re.purge()
    tracemalloc.start()
    try:
        parse_mime(raw).mail.model_dump_json()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return pstats.Stats(profile).total_calls, peak


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_cost_grows_at_most_five_fold_when_the_input_grows_four_fold(name):
    small, large = LINEAR_SIZES
    parse_mime(CLASSES[name].build(1000))  # imports and lazy initialisation outside the measurement
    calls_small, peak_small = _cost(CLASSES[name].build(small))
    calls_large, peak_large = _cost(CLASSES[name].build(large))
    assert calls_large <= 5 * calls_small, (calls_small, calls_large)
    assert peak_large <= 5 * peak_small, (peak_small, peak_large)


def test_peak_memory_stays_within_three_times_the_input_plus_50_mb():
    """Measured in a process of its own under an address-space cap (tests/mail/memory_probe.py)."""
    result = subprocess.run([sys.executable, str(PROBE), str(MEMORY_SIZE)], capture_output=True, text=True,
                            timeout=600, check=False, cwd=PROBE.parents[2])
    assert result.returncode == 0, result.stderr[-2000:]
    measured = [json.loads(line) for line in result.stdout.splitlines()]
    assert [entry["name"] for entry in measured] == list(CLASSES)
    over = [entry for entry in measured
            if entry["error"] or entry["peak"] > 3 * entry["size"] + 50 * 1024 * 1024]
    assert not over, over
