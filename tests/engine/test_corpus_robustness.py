"""The whole chain of engine functions on every real corpus message: no exception, grounded spans, sane ranges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shared.engine.client_mentions import read_mail
from shared.engine.consolidate import consolidate
from shared.engine.match import match_client
from shared.engine.rules import RulesEngine
from shared.mail.parse import parse_mime
from tests.conftest import corpus_dir
from tests.engine.fakes import FakeClientDirectory

EXPECTATIONS = json.loads((Path(__file__).parents[1] / "intake" / "corpus_expectations.json").read_text())
ACCEPTED = sorted(name for name, outcome in EXPECTATIONS.items() if outcome["status"] == 200)


@pytest.mark.parametrize("name", ACCEPTED)
def test_engine_on_corpus_message(name):
    mail = parse_mime((corpus_dir() / "mime" / name).read_bytes()).mail
    engine = RulesEngine()
    intent = engine.classify(mail)
    extraction = engine.extract(mail, intent)
    for finding in extraction.findings:
        text = {"email_body": mail.text, "subject": mail.subject}.get(finding.source)
        if text is not None:
            assert 0 <= finding.span[0] < finding.span[1] <= len(text)
        assert 0.0 <= finding.confidence <= 1.0
    result = consolidate(intent, extraction)
    assert 0.0 <= result.overall_confidence <= 1.0
    match_client(result, FakeClientDirectory(), read_mail(mail.subject, mail.text))
