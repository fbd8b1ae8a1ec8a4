"""The learned choice among the rules' candidates (choice_debt_amount / _creditor_name / _reference_number /
_payment_deadline): `make train` reproduces the committed artifacts, the plain-Python inference agrees with scikit-learn, and shared/ stays free of
numerical libraries."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from shared.domain.mail import InboundMail
from shared.domain.results import Finding
from shared.engine.learned.choice_features import candidate_features
from shared.engine.learned.linear import load
from tests.engine.learned.artifacts import assert_reproduces

REPO = Path(__file__).resolve().parents[3]
pytest.importorskip("sklearn")
from tools import train_choice  # noqa: E402  (needs scikit-learn, a development tool)


@pytest.fixture(scope="module")
def emails():
    return train_choice.load_all(train_choice.DATA)


def test_retraining_reproduces_the_committed_artifacts(tmp_path):
    """Up to the last of the 12 rounded digits (another CPU's BLAS moves some by one unit; see artifacts.py)."""
    written = train_choice.train(train_choice.DATA, tmp_path)
    assert [p.name for p in written] == ["choice_debt_amount.json", "choice_creditor_name.json",
                                         "choice_reference_number.json", "choice_payment_deadline.json"]
    for path in written:
        assert_reproduces(path, train_choice.OUT / path.name, tolerance=1e-9)


@pytest.mark.parametrize("field", train_choice.FIELDS)
def test_plain_python_probability_equals_scikit_learns(emails, field):
    vectorizer, model = train_choice.fit(emails, field)
    committed = load(f"choice_{field}")
    rows = [features for email in emails for features in email.features[field]][::25]
    assert len(rows) >= 5
    expected = model.predict_proba(vectorizer.transform(rows))[:, 1]
    for features, probability in zip(rows, expected):
        assert committed.probability(features) == pytest.approx(probability, abs=1e-9)


def test_candidate_features_tell_sections_and_sender():
    body = ("Gesamtforderung: 1.250,00 EUR\n\nMit freundlichen Grüßen\nMuster Inkasso GmbH\n\n"
            "Am 01.02.2026 schrieb Kanzlei:\n> Offen: 900,00 EUR\n")
    mail = InboundMail(from_name="Muster Inkasso GmbH", from_address="post@muster-inkasso.de", text=body,
                       subject="Ihre Forderung")
    amounts = [Finding(field="debt_amount", value="1250.00", confidence=0.9, source="email_body", span=(17, 25)),
               Finding(field="debt_amount", value="900.00", confidence=0.5, source="email_body",
                       span=(body.index("900"), body.index("900") + 6), quoted=True)]
    newest, quoted = candidate_features("debt_amount", amounts, mail)
    assert newest["section=newest"] == newest["largest"] == newest["currency_near"] == newest["rank=0"] == 1.0
    assert "L=gesamtforderung" in newest and newest["total_words"] == 1.0
    assert quoted["section=quoted"] == quoted["smallest"] == quoted["rank=1"] == 1.0 and "largest" not in quoted
    start = body.index("Muster")
    creditor = Finding(field="creditor_name", value="Muster Inkasso GmbH", confidence=0.7, source="email_body",
                       span=(start, start + 19), note="signature, sender")
    (features,) = candidate_features("creditor_name", [creditor], mail)
    assert features["section=signature"] == features["in_sender_name"] == features["in_sender_domain"] == 1.0
    assert features["agency_words"] == features["note_part=sender"] == 1.0 and "in_subject" not in features


def _creditor(body: str, value: str, note: str, confidence: float = 0.0) -> Finding:
    """A creditor candidate for `value` where the body writes it."""
    start = body.index(value)
    return Finding(field="creditor_name", value=value, confidence=confidence, source="email_body",
                   span=(start, start + len(value)), note=note)


def test_creditor_features_tell_the_role_a_candidate_plays():
    body = ("Heller Inkasso GmbH\n\nim Auftrag unserer Mandantin, der Brunnen Energie AG, fordern wir 10,00 EUR. Die "
            "Forderung wurde abgetreten an Nordlicht Ankauf AG.\n\nMit freundlichen Grüßen\nDr. Ina Heller\n")
    mail = InboundMail(from_name="Heller Inkasso Kundendienst", from_address="post@heller.example", text=body,
                       subject="Forderung")

    def candidate(value: str, note: str) -> Finding:
        return _creditor(body, value, note, 0.8)

    letterhead, principal, owner, person = (
        candidate("Heller Inkasso GmbH", "signature"), candidate("Brunnen Energie AG", "on behalf of"),
        candidate("Nordlicht Ankauf AG", "assignment"), candidate("Dr. Ina Heller", "signature"))
    sender = Finding(field="creditor_name", value="Heller Inkasso", confidence=0.6, source="sender", span=(0, 14),
                     note="from display name")
    features = candidate_features("creditor_name", [letterhead, principal, owner, person, sender], mail)
    assert features[0]["letterhead"] == features[0]["legal_form"] == features[0]["agency_value_with_legal"] == 1.0
    assert features[1]["principal_cue"] == 1.0 and "new_owner_cue" not in features[1]
    assert features[2]["new_owner_cue"] == 1.0 and "principal_cue" not in features[2]
    assert features[3]["title_start"] == 1.0 and "legal_form" not in features[3]
    assert features[4]["extended_by_other"] == 1.0 and "extended_by_other" not in features[0]
    mail_dept = mail.model_copy(update={"from_name": "Brunnen Energie Kundendienst"})
    dept = Finding(field="creditor_name", value="Brunnen Energie Kundendienst", confidence=0.6, source="sender",
                   span=(0, 28), note="from display name")
    (only,) = candidate_features("creditor_name", [dept], mail_dept)
    assert only["department_end"] == 1.0 and "single_word" not in only


def test_creditor_features_tell_the_debtor_and_the_parties_of_a_caption():
    body = ("in der Sache Ahlgrimm ./. Strauss-Koehler vertreten wir Herrn Bernd Ahlgrimm gegen Herrn Jürgen "
            "Strauß-Köhler.")
    mail = InboundMail(from_name="RAin Vossberg", from_address="kanzlei@vossberg.example", text=body,
                       subject="Darlehen")

    def candidate(value: str) -> Finding:
        return _creditor(body, value, "titled name mention")

    owner, debtor = candidate_features("creditor_name",
                                       [candidate("Bernd Ahlgrimm"), candidate("Jürgen Strauß-Köhler")],
                                       mail, debtors=["Jürgen Strauß-Köhler"])
    assert owner["caption_claimant"] == 1.0 and "names_debtor" not in owner and "caption_other_party" not in owner
    assert debtor["names_debtor"] == debtor["caption_other_party"] == 1.0 and "caption_claimant" not in debtor


def test_creditor_features_tell_an_owner_named_behind_the_firm_that_writes():
    body = ("Hausverwaltung Degenhardt GmbH\n\nim Auftrag des Eigentümers Herrn Konstantin Varga teilen wir mit: "
            "Der Rückstand beträgt 1.240,00 EUR.\n")
    mail = InboundMail(from_name="Hausverwaltung Degenhardt", from_address="mieten@hv.example", text=body,
                       subject="Mietrückstand")

    def candidate(value: str, note: str) -> Finding:
        return _creditor(body, value, note)

    manager, owner = candidate_features("creditor_name", [candidate("Hausverwaltung Degenhardt GmbH", "signature"),
                                                          candidate("Konstantin Varga", "titled name mention")], mail)
    assert owner["owner_cue"] == 1.0 and "owner_named_elsewhere" not in owner
    assert manager["owner_named_elsewhere"] == manager["agency_words"] == 1.0 and "owner_cue" not in manager
    # near miss: with no owner named, nothing marks the manager as writing for someone else
    (alone,) = candidate_features("creditor_name", [candidate("Hausverwaltung Degenhardt GmbH", "signature")], mail)
    assert "owner_named_elsewhere" not in alone


def test_creditor_features_tell_a_forwarding_person_a_public_body_its_office_and_register_lines():
    body = ("Hallo,\nanbei der Bescheid.\nKlaus\n\nStadtkasse der Stadt Talheim\nAmtsgericht Talheim HRB 4471 AG\n")
    mail = InboundMail(from_name="Klaus Meyer", from_address="k.meyer@mail.example", text=body, subject="WG: Bescheid")

    def mention(value: str) -> Finding:
        start = body.index(value)
        return Finding(field="creditor_name", value=value, confidence=0.0, source="email_body",
                       span=(start, start + len(value)), note="organisation mention")

    sender = Finding(field="creditor_name", value="Klaus Meyer", confidence=0.45, source="sender", span=(0, 11),
                     note="from display name")
    office, town, register = mention("Stadtkasse der Stadt Talheim"), mention("Stadt Talheim"), mention("HRB 4471 AG")
    features = candidate_features("creditor_name", [sender, office, town, register], mail)
    assert features[0]["sender_person"] == 1.0 and "sender_person" not in features[1]
    assert features[1]["public_office"] == features[1]["ends_with_other"] == 1.0 and "public_body" not in features[1]
    assert features[2]["public_body"] == 1.0 and "public_office" not in features[2]
    assert features[3]["registry_line"] == 1.0 and "registry_line" not in features[2]


def test_deadline_features_tell_the_sentence_a_period_the_letter_date_and_days_ahead():
    from datetime import datetime, timezone

    body = ("Hamburg, 12.08.2028\n\nMiete vom 01.07.2028 bis 31.07.2028 offen. Geht der Betrag nicht bis zum "
            "05.09.2028 bei uns ein, kündigen wir.\n")
    mail = InboundMail(from_name="X", from_address="x@wohnbau.example", text=body, subject="Mahnung",
                       date=datetime(2028, 8, 12, 9, tzinfo=timezone.utc))

    def day(written: str, iso: str) -> Finding:
        start = body.index(written)
        return Finding(field="payment_deadline", value=iso, confidence=0.0, source="email_body",
                       span=(start, start + len(written)), note="date mention")

    letter, first, last, due = (day("12.08.2028", "2028-08-12"), day("01.07.2028", "2028-07-01"),
                                day("31.07.2028", "2028-07-31"), day("05.09.2028", "2028-09-05"))
    features = candidate_features("payment_deadline", [letter, first, last, due], mail)
    assert features[0]["date_line"] == 1.0 and features[0]["ahead=0-6"] == 1.0 and "by_word" not in features[0]
    assert features[1]["period"] == features[1]["earliest"] == features[1]["ahead=past"] == 1.0
    assert features[2]["period"] == 1.0 and "date_line" not in features[2]
    assert features[3]["by_word"] == features[3]["latest"] == features[3]["ahead=21-45"] == 1.0
    assert {"B=betrag", "A=bei", "A=uns", "A=ein"} <= set(features[3]) and "period" not in features[3]


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), str(path))
    return [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names] + \
        [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module]


def test_nothing_under_shared_imports_a_numerical_library():
    heavy = ("sklearn", "numpy", "scipy")
    found = [f"{path.relative_to(REPO)}: {name}" for path in sorted((REPO / "shared").rglob("*.py"))
             for name in _imports(path) if name.split(".")[0] in heavy]
    assert found == []
    code = ("import sys; from shared.engine.learned import choice_features, linear; linear.load('choice_debt_amount'); "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
