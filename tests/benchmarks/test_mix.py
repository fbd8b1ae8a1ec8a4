"""The chain benchmark's email mix: deterministic, and true to its committed spec."""

from __future__ import annotations

import json

import pytest

from benchmarks.mix import SPEC, Mix
from shared.mail.parse import parse_mime

COUNT = 400


@pytest.fixture(scope="module")
def mix() -> Mix:
    return Mix.load()


def test_spec_is_sane():
    spec = json.loads(SPEC.read_text())
    assert spec["emails"] == 10_000
    assert spec["with_text_pdf"] >= 0.20
    assert abs(sum(b["share"] for b in spec["buckets"]) - 1) < 1e-9
    assert spec["buckets"][0]["min_bytes"] == 2048 and spec["buckets"][-1]["max_bytes"] == 2 * 1024 * 1024


def test_plan_has_exact_shares(mix):
    for count in (10_000, COUNT, 37):
        plan = mix.plan(count)
        assert len(plan) == count
        assert sum(1 for _, pdf in plan if pdf) >= int(mix.spec["with_text_pdf"] * count)
        for index, bucket in enumerate(mix.spec["buckets"]):
            assert abs(sum(1 for b, _ in plan if b == index) - bucket["share"] * count) <= 1
    assert mix.plan(COUNT) == mix.plan(COUNT)


def test_emails_are_deterministic_and_unique(mix):
    plan = mix.plan(COUNT)
    first = [mix.email(i, plan) for i in range(0, COUNT, 7)]
    other = Mix.load()
    again = [other.email(i, other.plan(COUNT)) for i in range(0, COUNT, 7)]
    assert first == again
    assert len(set(first)) == len(first)


def test_sizes_stay_in_their_buckets_and_pdf_share_holds(mix):
    plan = mix.plan(COUNT)
    with_text_pdf = 0
    for index in range(COUNT):
        raw = mix.email(index, plan)
        bucket, pdf = plan[index]
        low, high = mix.buckets[bucket]
        assert low <= len(raw) <= high, (index, len(raw), bucket)
        if bucket >= 3:  # the big ones are only checked for size: parsing them all is slow
            continue
        parsed = parse_mime(raw)
        assert parsed.mail.message_id == f"<mix-{mix.seed}-{index:06d}@bench.invalid>"
        has_pdf = any(a.content_type == "application/pdf" for a in parsed.mail.attachments)
        assert has_pdf == pdf
        with_text_pdf += pdf
    assert with_text_pdf >= 0.2 * sum(1 for b, _ in plan if b < 3) - 5


def test_no_heldout_template(mix):
    with_pdf, without = mix.templates
    assert with_pdf and without
    assert not any(t.name.startswith("heldout") for t in with_pdf + without)
