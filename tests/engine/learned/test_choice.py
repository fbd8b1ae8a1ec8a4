"""The engine's learned choice of debt_amount and creditor_name (shared/engine/learned/choice.py): every money
mention is an amount candidate, one value or none is kept at the model's probability, other fields pass through,
and the engine skips it for automatic replies."""

from __future__ import annotations

from shared.domain.mail import InboundMail
from shared.domain.results import Finding, IntentResult
from shared.engine.grounding import ground
from shared.engine.learned import choice
from shared.engine.rules import RulesEngine
from shared.engine.rules.extraction import extract

TOTAL_ONLY_AS_MONEY = ("Sehr geehrte Damen und Herren,\n\nunsere Kundin Frau Sabine Schulz hat die Rechnungen "
                       "vom März und April nicht bezahlt.\nRechnung März: 40,00 EUR\nRechnung April: 40,00 EUR\n"
                       "Mahngebühren: 5,00 EUR\nGesamtbetrag: 85,00 EUR, zahlbar bis zum 30.01.2027.\n\n"
                       "Mit freundlichen Grüßen\nStadtwerke Beispiel GmbH\n")


def _mail(text: str, subject: str = "Zahlungserinnerung") -> InboundMail:
    return InboundMail(subject=subject, text=text, from_name="Stadtwerke Beispiel GmbH",
                       from_address="forderungen@stadtwerke-beispiel.example")


def test_money_mentions_add_the_amounts_no_finding_covers():
    mail = _mail(TOTAL_ONLY_AS_MONEY)
    found = [Finding(field="debt_amount", value="85.00", confidence=0.9, source="email_body",
                     span=(TOTAL_ONLY_AS_MONEY.index("85,00"), TOTAL_ONLY_AS_MONEY.index("85,00") + 5))]
    extra = choice.money_mentions(found, mail, ())
    assert sorted(f.value for f in extra) == ["40.00", "40.00", "5.00"]  # 85,00 is the finding's already
    assert {f.note for f in extra} == {"money mention"} and {f.confidence for f in extra} == {0.0}


FORWARDED = ("Hallo,\n\nanbei die Mahnung, die heute kam.\nKlaus\n\n---------- Weitergeleitete Nachricht ----------\n"
             "Von: Versandhaus Elbtal GmbH <mahnung@elbtal.example>\n\nSehr geehrter Herr Meyer,\n"
             "Ihr Kundenkonto weist einen offenen Betrag von 243,90 EUR aus.\nMit freundlichen Grüßen\n"
             "Versandhaus Elbtal GmbH, Forderungsmanagement\n")


def test_organisation_mentions_add_the_names_no_creditor_finding_covers():
    mail = InboundMail(subject="WG: Mahnung", text=FORWARDED, from_name="Klaus Meyer",
                       from_address="klaus.meyer@mail.example")
    sender = Finding(field="creditor_name", value="Klaus Meyer", confidence=0.45, source="sender", span=(0, 11))
    extra = choice.organisation_mentions([sender], mail, ())
    assert {f.value for f in extra} == {"Versandhaus Elbtal GmbH"} and len(extra) == 2  # "Von:" line, signature
    assert {f.note for f in extra} == {choice.ORGANISATION_NOTE} and {f.confidence for f in extra} == {0.0}
    assert [f.value for f in choice.candidates("creditor_name", [sender], mail, ())][0] == "Klaus Meyer"
    covered = Finding(field="creditor_name", value="Versandhaus Elbtal GmbH", confidence=0.75, source="email_body",
                      span=(FORWARDED.rindex("Versandhaus"), FORWARDED.rindex("Versandhaus") + 23))
    assert len(choice.organisation_mentions([covered], mail, ())) == 1  # the signature's is a finding already


def test_one_value_per_field_at_the_models_probability_and_other_fields_untouched():
    mail = _mail(TOTAL_ONLY_AS_MONEY)
    intent = IntentResult(intent="debt_statement", confidence=0.9)
    grounded = ground(extract(mail, intent), mail).findings
    chosen, reasons = choice.choose(grounded, mail)
    amounts = [f for f in chosen if f.field == "debt_amount"]
    assert [f.value for f in amounts] == ["85.00"] and reasons == []
    assert choice.STATE_AT["debt_amount"] <= amounts[0].confidence <= 1
    assert len([f for f in chosen if f.field == "creditor_name"]) <= 1
    untouched = [f for f in grounded if f.field not in choice.FIELDS]
    assert [f for f in chosen if f.field not in choice.FIELDS] == untouched


def test_nothing_is_stated_below_the_threshold_and_the_reason_says_money_was_mentioned(monkeypatch):
    mail = _mail(TOTAL_ONLY_AS_MONEY)
    grounded = ground(extract(mail, IntentResult(intent="debt_statement", confidence=0.9)), mail).findings
    monkeypatch.setattr(choice, "STATE_AT", {field: 1.01 for field in choice.FIELDS})  # no probability reaches it
    chosen, reasons = choice.choose(grounded, mail)
    assert [f for f in chosen if f.field in choice.FIELDS] == []
    assert [r.code for r in reasons] == ["unrecognised_amount"]


def test_an_unstated_amount_whose_totals_are_all_quoted_says_so(monkeypatch):
    quoted = Finding(field="debt_amount", value="410.20", confidence=0.6, source="email_body", span=(7, 13),
                     quoted=True, note="total")
    monkeypatch.setattr(choice, "STATE_AT", {field: 1.01 for field in choice.FIELDS})
    _chosen, reasons = choice.choose([quoted], InboundMail(subject="Re: statement", text="> Due: 410.20 EUR\n"))
    assert [r.code for r in reasons] == ["total_only_in_quoted_history"]


def test_a_chosen_finding_keeps_its_note_for_consolidation(monkeypatch):
    passed_on = Finding(field="debt_amount", value="410.20", confidence=0.6, source="email_body", span=(5, 11),
                        quoted=True, note="passed on as current")
    text = "Due: 410.20 EUR\n"
    monkeypatch.setattr(choice, "STATE_AT", {field: 0.0 for field in choice.FIELDS})  # whatever its probability
    chosen, _reasons = choice.choose([passed_on], InboundMail(subject="FW: statement", text=text))
    assert [(f.value, f.note) for f in chosen if f.field == "debt_amount"] == [("410.20", "passed on as current")]


def test_an_automatic_reply_gets_no_chosen_amount():
    mail = InboundMail(subject="Automatische Antwort", text=TOTAL_ONLY_AS_MONEY, headers={"Auto-Submitted": "auto-replied"})
    engine = RulesEngine()
    assert engine.extract(mail, engine.classify(mail)).findings == []


CASE_CODE = ("Sehr geehrte Damen und Herren,\n\nin der Sache XQ-7731-22 Ihrer Mandantin Frau Sabine Schulz ist der "
             "Betrag von 85,00 EUR weiterhin offen.\n\nMit freundlichen Grüßen\nStadtwerke Beispiel GmbH\n")


class _Fixed:
    """A reference model whose probability is fixed per kind of candidate (unplaced code or labelled find)."""

    def __init__(self, unplaced: float, labelled: float = 0.99):
        self.unplaced, self.labelled = unplaced, labelled

    def probability(self, features):
        return self.labelled if features.get("labelled_finder") else self.unplaced


def _with_reference_model(monkeypatch, model):
    from shared.engine.learned import linear

    real = linear.load
    monkeypatch.setattr(linear, "load", lambda name: model if name == "choice_reference_number" else real(name))


def _engine_references(mail):
    engine = RulesEngine()
    result = engine.extract(mail, IntentResult(intent="debt_statement", confidence=0.9))
    return [(f.value, f.confidence) for f in result.findings if f.field == "reference_number"], \
        [r.code for r in result.review_reasons]


def test_a_code_only_the_unplaced_net_saw_is_a_candidate_the_committed_model_can_take():
    references, reasons = _engine_references(_mail(CASE_CODE))
    assert [value for value, _p in references] == ["XQ-7731-22"]
    assert references[0][1] >= choice.STATE_AT["reference_number"]
    assert "unplaced_reference" not in reasons


def test_without_a_reference_model_unplaced_codes_are_no_values_and_the_rules_reason_stays(monkeypatch):
    _with_reference_model(monkeypatch, None)
    references, reasons = _engine_references(_mail(CASE_CODE))
    assert references == [] and "unplaced_reference" in reasons


def test_a_doubtful_code_is_left_out_and_still_asks_a_person(monkeypatch):
    _with_reference_model(monkeypatch, _Fixed(unplaced=0.3))
    references, reasons = _engine_references(_mail(CASE_CODE))
    assert references == [] and reasons.count("unplaced_reference") == 1


def test_a_code_the_model_calls_no_reference_is_dropped_without_a_reason(monkeypatch):
    _with_reference_model(monkeypatch, _Fixed(unplaced=choice.FLAG_AT / 2))
    references, reasons = _engine_references(_mail(CASE_CODE))
    assert references == [] and "unplaced_reference" not in reasons


MANAGED = ("Sehr geehrte Damen und Herren,\n\nim Auftrag des Eigentümers, Herrn Konstantin Varga, teilen wir Ihnen "
           "mit, dass Frau Olga Petrova mit 1.240,00 EUR Miete im Rückstand ist.\n\nMit freundlichen Grüßen\n"
           "Hausverwaltung Degenhardt GmbH\n")


def test_titled_name_mentions_add_the_persons_written_with_a_title_and_first_name():
    mail = InboundMail(subject="Mietrückstand Varga ./. Petrova", text=MANAGED, from_name="Hausverwaltung Degenhardt",
                       from_address="mieten@hv-degenhardt.example")
    extra = choice.titled_name_mentions([], mail, ())
    assert [f.value for f in extra] == ["Konstantin Varga", "Olga Petrova"]
    assert {f.note for f in extra} == {choice.TITLED_NOTE} and {f.confidence for f in extra} == {0.0}
    assert "Konstantin Varga" in [f.value for f in choice.candidates("creditor_name", [], mail, ())]
    # near misses: a surname alone ("Herr Varga") and a title before a company are no titled names
    assert choice.titled_name_mentions([], mail.model_copy(update={"text": "Herr Varga und Frau Müller GmbH"}), ()) \
        == []


def test_the_owner_a_property_manager_writes_for_is_the_creditor():
    """The committed creditor model: the landlord named after "im Auftrag des Eigentümers" (a titled name
    mention), not the manager who writes, nor the debtor named with a title too."""
    mail = InboundMail(subject="Mietrückstand", text=MANAGED, from_name="Hausverwaltung Degenhardt",
                       from_address="mieten@hv-degenhardt.example")
    intent = IntentResult(intent="debt_statement", confidence=0.9)
    found = ground(extract(mail, intent), mail, ())
    chosen, _ = choice.choose(found.findings, mail)
    assert [f.value for f in chosen if f.field == "creditor_name"] == ["Konstantin Varga"]


def test_a_letter_forwarded_by_the_client_is_the_creditors_not_the_clients():
    """The committed creditor model: the client who forwards a dunning letter is no creditor; the company
    the forwarded letter names (an organisation mention, no finder cue) is."""
    mail = InboundMail(subject="WG: Mahnung", text=FORWARDED, from_name="Klaus Meyer",
                       from_address="klaus.meyer@mail.example")
    found = RulesEngine().extract(mail, IntentResult(intent="debt_statement", confidence=0.9)).findings
    assert [f.value for f in found if f.field == "creditor_name"] == ["Versandhaus Elbtal GmbH"]


def test_a_money_mention_chosen_as_the_amount_brings_the_currency_written_beside_it():
    text = "Guten Tag,\nIhr Rückstand beträgt 612,30 EUR; Raten zu 50,00 EUR sind möglich.\n"
    mail = _mail(text)
    mention = next(f for f in choice.money_mentions([], mail, ()) if f.value == "612.30")
    currency = choice.mention_currency(mention, mail, ())
    assert currency is not None and currency.value == "EUR" and currency.note == f"for amount at {mention.span[0]}"
    assert text[currency.span[0]: currency.span[1]] == "EUR" and currency.confidence == choice.MENTION_CURRENCY
    ruled = mention.model_copy(update={"note": "total label"})  # a rules finding brings its own currency
    assert choice.mention_currency(ruled, mail, ()) is None
    bare = _mail("Offen sind noch 1.316,- laut Aufstellung.\n")
    assert [choice.mention_currency(f, bare, ()) for f in choice.money_mentions([], bare, ())] in ([], [None])


DEADLINE_WITHOUT_CUE = ("Hamburg, 12.08.2028\n\nSehr geehrte Damen und Herren,\nfür Ihre Mandantin Sabine Schulz "
                        "ist die Miete vom 01.07.2028 bis 31.07.2028 offen: 640,00 EUR.\nGeht der Gesamtbetrag nicht "
                        "bis zum 05.09.2028 bei uns ein, kündigen wir das Mietverhältnis.\n\nMit freundlichen Grüßen\n"
                        "Wohnbau Alsterbogen eG\n")


def test_date_mentions_are_deadline_candidates_except_where_a_finding_stands():
    mail = _mail(DEADLINE_WITHOUT_CUE)
    dates = choice.date_mentions([], mail, ())
    assert [f.value for f in dates] == ["2028-08-12", "2028-07-01", "2028-07-31", "2028-09-05"]
    assert {f.note for f in dates} == {choice.DATE_NOTE} and {f.confidence for f in dates} == {0.0}
    start = DEADLINE_WITHOUT_CUE.index("05.09.2028")
    found = Finding(field="payment_deadline", value="2028-09-05", confidence=0.85, source="email_body",
                    span=(start, start + 10))
    assert "2028-09-05" not in [f.value for f in choice.date_mentions([found], mail, ())]
    assert [f.value for f in choice.candidates("payment_deadline", [found], mail, ())][0] == "2028-09-05"


def test_the_committed_deadline_model_takes_the_date_to_pay_by_not_the_letter_or_period_dates():
    from datetime import datetime, timezone

    mail = _mail(DEADLINE_WITHOUT_CUE).model_copy(update={"date": datetime(2028, 8, 12, 9, tzinfo=timezone.utc)})
    found = RulesEngine().extract(mail, IntentResult(intent="debt_statement", confidence=0.9)).findings
    deadlines = [f for f in found if f.field == "payment_deadline"]
    assert [f.value for f in deadlines] == ["2028-09-05"]
    assert deadlines[0].confidence >= choice.STATE_AT["payment_deadline"]
