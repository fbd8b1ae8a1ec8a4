"""The learned intent model: its features read what the rules read, `make train` reproduces the committed
artifact, the plain-Python inference computes scikit-learn's probabilities, the engine classifies with it (an
auto-reply header first), and shared/ never loads a numerical library for it."""

import json
import subprocess
import sys

import pytest

from shared.domain.mail import InboundMail
from shared.engine.learned.intent import classify
from shared.engine.learned.intent_features import features, intent_text, ngram_features
from shared.engine.learned.linear import HERE, from_dict, load
from tests.conftest import REPO_ROOT
from tests.engine.learned.artifacts import assert_reproduces

QUOTED = ("Sehr geehrte Damen und Herren,\nanbei der Rückstand unseres Kunden.\nMit freundlichen Grüßen\n\n"
          "Am 01.12.2026 schrieb Kanzlei Beispiel:\n> Wir bieten eine Ratenzahlung an.\n")


def test_features_read_the_newest_message_folded_and_the_rules_cues():
    found = features(InboundMail(subject="Kontoauszug", text=QUOTED))
    assert "w:rueckstand" in found and "c:<rue" in found  # umlauts folded, char n-grams with word boundaries
    assert "w:ratenzahlung" not in found  # quoted history is not read
    assert "cue:debt_statement:kontoauszug" in found and found["rule_top:debt_statement"] == 1.0
    assert "auto:header" not in found
    words = [value for name, value in found.items() if name.startswith("w:")]
    assert sum(value * value for value in words) == pytest.approx(1.0)  # each n-gram group has unit length


def test_features_see_an_auto_reply_header_and_the_pdf_text():
    mail = InboundMail(subject="Re: Ihr Schreiben", text="Danke.", headers={"Auto-Submitted": "auto-replied"})
    found = features(mail, ["Forderungsaufstellung per 01.12.2026"])
    assert found["auto:header"] == 1.0 and "w:forderungsaufstellung" in found


def test_retraining_reproduces_the_committed_artifact(tmp_path):
    """With the committed C (`make train` chooses it by leave-one-batch-out: 60 fits, a minute and a half)."""
    pytest.importorskip("sklearn")
    from tools.train import DATA
    from tools.train_intent import train

    committed = json.loads((HERE / "intent.json").read_text())
    [written] = train(DATA, tmp_path, c=committed["c"])
    assert_reproduces(written, HERE / "intent.json", tolerance=2e-6)  # 6 rounded digits, the last may move


def test_plain_python_inference_computes_scikit_learns_probabilities():
    """Exactly (1e-9) those of scikit-learn's model with the artifact's rounded weights, and within 1e-4 those of
    the fitted model before rounding to 6 decimals."""
    pytest.importorskip("sklearn")
    import copy

    import numpy as np

    from tools.train import DATA
    from tools.train_intent import artifact, examples, fit

    everything = examples(DATA)
    fitted, vectorizer = fit([e for e in everything if e.batch in ("dev4", "dev7", "heldout")], 10.0)
    data = artifact(fitted, vectorizer, ["dev4", "dev7", "heldout"], 10.0)
    plain = from_dict(data)
    rounded = copy.deepcopy(fitted)
    names = vectorizer.get_feature_names_out()
    rounded.coef_ = np.array([[data["weights"][label].get(name, 0.0) for name in names] for label in plain.classes])
    rounded.intercept_ = np.array([data["bias"][label] for label in plain.classes])
    assert list(fitted.classes_) == list(plain.classes)
    for example in [e for e in everything if e.batch == "dev9"][:8]:  # emails it was not trained on
        ours = [plain.probabilities(example.features)[label] for label in plain.classes]
        row = vectorizer.transform([example.features])
        assert ours == pytest.approx(list(rounded.predict_proba(row)[0]), abs=1e-9, rel=0)
        assert ours == pytest.approx(list(fitted.predict_proba(row)[0]), abs=1e-4, rel=0)


def test_the_committed_model_knows_every_intent_from_n_grams_only():
    model = load("intent")
    data = json.loads((HERE / "intent.json").read_text())
    assert set(model.classes) == {"debt_statement", "payment_plan_response", "rejection", "information_request",
                                  "auto_reply", "other"}
    from tools.train import DATA
    from tools.train_intent import batches

    assert data["trained_on"] == sorted(folder.name for folder in batches(DATA))  # every labelled batch
    assert (HERE / "intent.json").stat().st_size < 2_000_000
    names = {name for weights in model.weights.values() for name in weights}
    assert names and all(name[:2] in ("w:", "b:", "s:", "c:") for name in names)  # none of the rules' cues
    mail = InboundMail(subject="Automatische Antwort: Ihr Schreiben", text="Ich bin bis zum 10.12. nicht im Büro.")
    probabilities = model.probabilities(ngram_features(*_subject_and_body(mail)))
    assert max(probabilities, key=probabilities.get) == "auto_reply"  # by its wording alone, no header


def _subject_and_body(mail, documents=()):
    subject, newest, rest = intent_text(mail, documents)
    return subject, newest + "\n" + rest


@pytest.mark.parametrize("subject, text, intent", [
    ("Forderungsaufstellung", "Sehr geehrte Damen und Herren,\nder offene Gesamtbetrag beträgt 1.234,56 EUR. "
     "Bitte überweisen Sie bis zum 15.01.2027.\nMit freundlichen Grüßen", "debt_statement"),
    ("Ihr Vergleichsvorschlag", "Sehr geehrte Damen und Herren,\nwir lehnen Ihren Vergleichsvorschlag ab.\n"
     "Mit freundlichen Grüßen", "rejection"),
    ("Re: your client", "Dear Sirs,\nplease send us a signed letter of authority before we can discuss the "
     "account.\nKind regards", "information_request"),
])
def test_the_engine_classifies_with_the_model_and_names_it(subject, text, intent):
    result = classify(InboundMail(subject=subject, text=text))
    assert result.intent == intent
    assert result.reasons[0].startswith("learned intent model p=") and 0 < result.confidence <= 1


def test_an_auto_reply_header_decides_before_the_model():
    mail = InboundMail(subject="Forderungsaufstellung", text="Der offene Gesamtbetrag beträgt 1.234,56 EUR.",
                       headers={"Auto-Submitted": "auto-replied"})
    result = classify(mail)
    assert (result.intent, result.confidence, result.reasons) == ("auto_reply", 0.97, ["header:auto-submitted"])


def test_the_intent_features_and_inference_load_no_numerical_library_and_no_cue_patterns():
    code = ("import sys, json\n"
            "from shared.domain.mail import InboundMail\n"
            "from shared.engine.learned.intent import classify\n"
            "classify(InboundMail(subject='Kontoauszug', text='Saldo 10 EUR'))\n"
            "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    assert [m for m in loaded if m.split(".")[0] in ("sklearn", "numpy", "scipy", "pandas", "joblib")] == []
    assert "shared.engine.rules.intent" not in loaded  # the cues' patterns are not compiled on the intent's path
