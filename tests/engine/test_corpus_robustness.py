"""The whole chain of engine functions on every real corpus message: no exception, grounded spans, sane ranges."""

from __future__ import annotations

import pytest

from shared.engine.consolidate import consolidate
from shared.engine.match import match_client
from shared.engine.rules import RulesEngine
from shared.mail.parse import NotAnEmail, TooDeeplyNested, parse_mime
from tests.conftest import CORPUS
from tests.engine.fakes import FakeClientDirectory

FILES = sorted((CORPUS / "mime").glob("*.eml")) if (CORPUS / "mime").is_dir() else []


@pytest.mark.skipif(not FILES, reason="corpus not available")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_engine_on_corpus_message(path):
    try:
        mail = parse_mime(path.read_bytes()).mail
    except (NotAnEmail, TooDeeplyNested):
        pytest.skip("not parseable as email")
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
    match_client(result, FakeClientDirectory())
