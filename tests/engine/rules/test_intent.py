"""Intent classification: one realistic snippet per intent, in German and English, plus the cue rules."""

from __future__ import annotations

import pytest

from shared.engine.rules import RulesEngine
from shared.engine.rules.intent import auto_reply_header, classify
from tests.engine.mails import STATEMENT_DE, STATEMENT_EN, mail


@pytest.mark.parametrize("subject, text, expected", [
    ("Forderungsaufstellung", STATEMENT_DE, "debt_statement"),
    ("Your client John Smith", STATEMENT_EN, "debt_statement"),
    ("Mahnung", "Trotz Zahlungserinnerung ist die Rechnung offen. Gesamtbetrag: 89,90 EUR", "debt_statement"),
    ("Final bill", "Please find the final bill for your client's account. Total due: £120.00", "debt_statement"),
    ("Ihr Vergleichsangebot", "Wir stimmen dem Vergleichsangebot Ihres Mandanten zu.", "payment_plan_response"),
    ("Schuldenbereinigungsplan", "Dem Schuldenbereinigungsplan erteilen wir unsere Zustimmung.",
     "payment_plan_response"),
    ("Settlement", "We accept your client's settlement offer of £500.00 in full and final settlement.",
     "payment_plan_response"),
    ("Ratenzahlung", "Wir lehnen Ihr Angebot ab. Wir wären jedoch bereit, eine Ratenzahlung von 50,00 EUR "
                     "monatlich zu akzeptieren (Gegenvorschlag).", "payment_plan_response"),
    ("Vergleich", "Wir lehnen das Vergleichsangebot Ihres Mandanten ab.", "rejection"),
    ("Vergleich", "Einem Vergleich können wir nicht zustimmen.", "rejection"),
    ("Your proposal", "We must decline your client's proposal.", "rejection"),
    ("Vollmacht", "Bevor wir Auskunft erteilen, bitten wir um Übersendung einer Vollmacht Ihres Mandanten.",
     "information_request"),
    ("Request", "Please send us a signed letter of authority and proof of identity before we can respond.",
     "information_request"),
    ("Abtretung", "Die Forderung wurde an die Inkasso Nord GmbH abgetreten. Bitte wenden Sie sich dorthin.",
     "other"),
    ("Ihr Schreiben", "Das Kundenkonto Ihres Mandanten ist ausgeglichen, es besteht kein offener Betrag.", "other"),
    ("Ihr Zeichen", "namens und in Vollmacht unserer Mandantin teilen wir mit, dass sich die Forderung wie folgt "
                    "zusammensetzt:\nHauptforderung: 450,00 EUR\nGesamt offen: 532,50 EUR", "debt_statement"),
    ("Hello", "Thank you for your letter.", "other"),
])
def test_intents(subject, text, expected):
    result = classify(mail(text, subject))
    assert result.intent == expected, result.reasons
    assert 0.0 <= result.confidence <= 1.0
    assert result.engine == "rules"


@pytest.mark.parametrize("headers", [
    {"auto-submitted": "auto-replied"}, {"x-autoreply": "yes"}, {"x-autorespond": "1"},
    {"precedence": "auto_reply"}, {"precedence": "bulk"}, {"precedence": "junk"},
])
def test_auto_reply_headers(headers):
    result = classify(mail(STATEMENT_DE, "Forderungsaufstellung", headers=headers))
    assert result.intent == "auto_reply"
    assert result.confidence > 0.9
    assert result.reasons[0].startswith("header:")


def test_auto_submitted_no_is_not_an_auto_reply():
    assert auto_reply_header({"auto-submitted": "no"}) is None
    assert classify(mail(STATEMENT_DE, headers={"auto-submitted": "no"})).intent == "debt_statement"


@pytest.mark.parametrize("subject, text", [
    ("Automatische Antwort: Ihr Schreiben", "Vielen Dank für Ihre Nachricht."),
    ("Abwesenheitsnotiz", "Ich bin bis zum 20.11. nicht im Büro."),
    ("Out of Office", "I am out of the office until Monday."),
    ("Re: your letter", "This is an automated response. Please do not reply."),
])
def test_auto_reply_text(subject, text):
    assert classify(mail(text, subject)).intent == "auto_reply"


def test_refusal_is_masked_so_it_is_not_acceptance():
    result = classify(mail("Dem Vorschlag können wir nicht zustimmen."))
    assert result.intent == "rejection"
    assert "payment_plan_response:acceptance" not in result.reasons


def test_quoted_history_does_not_drive_intent():
    text = ("Wir lehnen ab.\n\nAm 02.11.2026 um 10:00 schrieb Kanzlei Beispiel <info@kanzlei.example>:\n"
            "> Wir bieten einen Vergleich an und bitten um Zustimmung.\n")
    assert classify(mail(text, "Re: Vergleich")).intent == "rejection"


def test_reasons_name_cues_not_email_text():
    result = classify(mail(STATEMENT_DE, "Forderungsaufstellung"))
    assert "debt_statement:forderungsaufstellung" in result.reasons
    assert all("Meyer" not in reason for reason in result.reasons)


def test_engine_classify_delegates():
    engine = RulesEngine()
    assert engine.name == "rules"
    assert engine.classify(mail(STATEMENT_DE)).intent == "debt_statement"


def test_clear_statement_is_more_confident_than_a_weak_cue():
    strong = classify(mail(STATEMENT_DE, "Forderungsaufstellung")).confidence
    weak = classify(mail("Wir bitten um Rückruf wegen der Ratenzahlung.")).confidence
    assert strong > weak


@pytest.mark.parametrize("subject, text, expected", [
    # a bare condition ("if a proposal is made") does not turn a statement into an answer to a proposal
    ("Kontokündigung", "Gesamtbetrag: 780,00 EUR. Über eine Ratenvereinbarung sprechen wir gern, sofern Ihr "
                       "Mandant Einkommensnachweise vorlegt.", "debt_statement"),
    # a stated total with neither label nor keyword subject: "die Forderung … beträgt"
    ("Ihr Schreiben", "Die Forderung gegen Ihre Mandantin beträgt derzeit 312,40 EUR.", "debt_statement"),
    ("Your letter", "The debt on this account now stands at £212.00.", "debt_statement"),
    # the answer to the offer is announced for later: what is stated now is the balance
    ("AW: Angebot", "Der Restsaldo beträgt 640,00 EUR. Zu Ihrem Ratenangebot äußern wir uns gesondert.",
     "debt_statement"),
    ("RE: offer", "The outstanding balance is £410.00. We will respond to your proposal separately.",
     "debt_statement"),
    # a refusal wrapped over a line break, and "Zustimmung … kommt nicht in Betracht"
    ("Plan", "Dem Plan stimmen\nwir nicht zu.", "rejection"),
    ("Plan", "Eine Zustimmung zum Vergleich kommt nicht in Betracht.", "rejection"),
    # confirming the proposed instalments is an acceptance, even when the remaining balance is stated
    ("Raten", "Wir bestätigen die vorgeschlagene Ratenzahlung von 25,00 EUR. Restsaldo 410,00 EUR.",
     "payment_plan_response"),
    ("Instalments", "We confirm the proposed instalments of £20.00. Total outstanding £300.00.",
     "payment_plan_response"),
])
def test_statement_versus_answer_wording(subject, text, expected):
    assert classify(mail(text, subject)).intent == expected


def test_balance_in_an_assignment_notice_does_not_compete_with_it():
    result = classify(mail("Wir haben die Forderung an die Beispiel Kapital GmbH abgetreten. Die abgetretene "
                           "Forderung beträgt 900,00 EUR.", "Abtretungsanzeige"))
    assert result.intent == "other"
    assert result.confidence >= 0.85


@pytest.mark.parametrize("subject, text, expected", [
    ("Ihr Vorschlag", "Unsere Mandantin sieht sich nicht in der Lage, Ihrem Vorschlag näherzutreten.", "rejection"),
    ("Vergleich", "Wir bitten, von weiteren Vergleichsangeboten abzusehen.", "rejection"),
    ("Your letter", "Our client cannot accept £20 per month. It would, however, be prepared to accept £900.00 "
                    "provided that it is paid within 14 days.", "payment_plan_response"),
])
def test_refusal_wording_and_a_counter_offer_after_it(subject, text, expected):
    assert classify(mail(text, subject)).intent == expected


@pytest.mark.parametrize("text, expected", [
    ("Diese Adresse dient ausschließlich dem Versand. Eingehende E-Mails werden nicht gelesen.", "auto_reply"),
    ("Please note this mailbox is not monitored.", "auto_reply"),
    ("We have considered your proposal and will not be accepting it. No alternative proposal will be made.",
     "rejection"),
    ("Before we can discuss this, please confirm the date of birth and send us:\n\n - a signed letter of authority",
     "information_request"),
    ("unsere Mandantin macht gegen Ihren Mandanten folgende Positionen geltend:\n Beiträge 10,00 EUR",
     "debt_statement"),
    ("Das Kundenkonto ist weiterhin nicht ausgeglichen. Bitte zahlen Sie bis Monatsende.", "other"),  # no 'nothing owed'
    ("The balance now stands at EUR 90.00. We will reply to your settlement proposal\nseparately.", "debt_statement"),
    ("die Forderung wurde an uns abgetreten. Eine Forderungsaufstellung erhalten Sie\ngesondert.", "other"),
])
def test_more_general_wordings(text, expected):
    result = classify(mail(text), [])
    assert result.intent == expected, result.reasons
    if "weiterhin nicht" in text:
        assert "other:nothing owed" not in result.reasons


def test_deferral_reading_stays_linear_on_long_wrapped_text():
    import time

    from shared.engine.rules.intent import DEFERRAL
    text = ("Angebot gesondert Stellung ohne Satzende " * 40 + "\n") * 400
    started = time.process_time()  # CPU time: another process's load cannot fail it
    DEFERRAL.sub(" ", text)
    assert time.process_time() - started < 1.5


@pytest.mark.parametrize("text, expected", [
    # an invitation to propose a plan answers no proposal; the figures make it a statement
    ("Your customer's overdraft is in arrears. The total balance now owed is €980.00.\n"
     "Please send us your proposal by 1 May.", "debt_statement"),
    ("Closing statement for the account below.\nBalance to pay £ 120.10\n"
     "Call us if you would like to discuss a repayment plan.", "debt_statement"),
    # a returned direct debit is a payment arrear, not a file returned to the principal
    ("Die Lastschrift für März wurde mangels Deckung zurückgegeben. Der Mietrückstand beträgt "
     "insgesamt 410,00 €. Bitte veranlassen Sie die Zahlung bis zum 01.06.", "debt_statement"),
    # a refusal that names its counter-offer over a line break, or as 'would accept'
    ("Eine Rate von 20 EUR können wir nicht annehmen. Wir wären allerdings\nbereit, 60 EUR monatlich "
     "zu akzeptieren.", "payment_plan_response"),
    ("We cannot agree to £10 a month, but we would accept £30 a month.", "payment_plan_response"),
    # refusals worded without 'ablehnen' and with the counter-offer negated after or before it
    ("Die Gläubigerin lehnt den für Frau X\nunterbreiteten Vergleich ab. Ein Gegenangebot werden wir "
     "nicht unterbreiten.", "rejection"),
    ("We are not in a position to accept the offer. We do not intend to make a counter-offer.", "rejection"),
    ("Unsere Mandantin ist zu einem Nachlass nicht bereit. Die Forderung bleibt bestehen.", "rejection"),
    # a notice that the claim was sold, worded 'sold and assigned the above account'
    ("NOTICE OF ASSIGNMENT\nThe bank has sold and assigned the above account to us. "
     "The balance assigned was €500.00.", "other"),
    # instalments mentioned in a statement's items answer no proposal
    ("The account shows the following items:\nArrears of instalments EUR 80.00\nFees EUR 5.00", "debt_statement"),
])
def test_wording_families_of_the_third_batch(text, expected):
    result = classify(mail(text), [])
    assert result.intent == expected, result.reasons


def test_a_document_request_spans_an_abbreviation():
    text = "Vorab benötigen wir eine vom Kunden bzw. der Kundin unterschriebene Vollmacht. Die Rechnung ist offen."
    assert classify(mail(text), []).intent == "information_request"


@pytest.mark.parametrize("text", [
    "This is an automatically generated message. Thank you for your email.",
    "Your enquiry has been logged under ticket 4411 and passed to the team.",
    "Diese Nachricht wurde automatisch erzeugt. Ihre Anfrage wurde unter Vorgang 77 erfasst.",
])
def test_machine_generated_acknowledgements_are_automatic_replies(text):
    assert classify(mail(text), []).intent == "auto_reply"


@pytest.mark.parametrize("subject, text", [
    ("Scan", "anbei unser Mahnschreiben als PDF."),
    ("Your client", "Please find enclosed the current statement for your client."),
    ("Zahlungsaufforderung", "Bitte beachten Sie die beigefügte Zahlungsaufforderung."),
])
def test_a_statement_or_dunning_letter_only_in_the_attachment(subject, text):
    assert classify(mail(text, subject=subject), []).intent == "debt_statement"


def test_new_wording_families_stay_linear_on_a_long_unbroken_token():
    import time
    text = "Rückstand" + "x" * 130_000 + " gegenvorschlag" + "y" * 50_000
    started = time.process_time()  # CPU time: another process's load cannot fail it
    classify(mail(text), [])
    assert time.process_time() - started < 6


@pytest.mark.parametrize("text, expected", [
    ("We have decided not to accept the proposed repayment arrangement. The full amount of £ 512.18 remains due.",
     "rejection"),
    ("Our client is unable to accept that figure but would agree to £75 per month for 36 months.",
     "payment_plan_response"),
])
def test_decided_not_to_accept_and_would_agree_to(text, expected):
    result = classify(mail(text), [])
    assert result.intent == expected, result.reasons


def test_document_request_in_a_transliterated_pdf_text():
    text = ("bevor wir einem Vergleich naehertreten, benoetigen wir eine aktuelle\n"
            "Meldebescheinigung Ihrer Mandantin.\nDer offene Saldo betraegt derzeit 356,90 EUR.")
    result = classify(mail("anbei erhalten Sie unser Schreiben zu Ihrer Anfrage."), [text])
    assert result.intent == "information_request", result.reasons


@pytest.mark.parametrize("text, expected", [
    # a conditional acceptance on a changed term is a counter-offer, also when it states the balance
    ("wir können Ihrem Vorschlag zustimmen, wenn die monatliche Rate auf 60,00 EUR statt der angebotenen 40,00 EUR "
     "festgesetzt wird. Nach Verrechnung der Gutschrift aus der Endabrechnung beträgt die Restforderung aktuell "
     "933,50 EUR.", "payment_plan_response"),
    ("We could agree if the monthly payment is £60 instead of the offered £40.", "payment_plan_response"),
    # near miss: "if you agree" asks, it does not accept; the statement's figures decide
    ("Please pay the outstanding balance of £300.00. If you agree, sign below.", "debt_statement"),
    # a third person accepts: "Our client accepts your client's proposal"
    ("Our client accepts your client's proposal of £120 per month, on the basis that the balance of £4,210.00 "
     "is repaid in full.", "payment_plan_response"),
    # near miss: an invitation to make proposals answers none
    ("The balance outstanding on the account is £1,936.55. Please let us have your client's proposals within "
     "14 days.", "debt_statement"),
    # first person singular refusal (a town's cash office)
    ("Ihren Antrag auf Ratenzahlung lehne ich ab. Der Rückstand beträgt insgesamt 742,30 EUR.", "rejection"),
    # "no counter-offer will be made", in the passive and shortened forms
    ("Unsere Auftraggeberin lehnt Ihren Vergleichsvorschlag ab. Ein Gegenangebot wird nicht unterbreitet. Die "
     "Gesamtforderung von 3.004,90 EUR ist zu begleichen.", "rejection"),
    ("We're unable to accept it and we won't be making a counter-offer. The full balance of £264.99 is due.",
     "rejection"),
    # near miss: a refusal with a real counter-offer stays a payment plan response
    ("We're unable to accept it. As a counter-offer we would accept £40 per month.", "payment_plan_response"),
    # the newest figure after a recalculation is a statement
    ("Further to our email below, the balance has been recalculated. The amount now outstanding is £1,204.60.",
     "debt_statement"),
])
def test_wording_families_of_the_fifth_batch(text, expected):
    result = classify(mail(text), [])
    assert result.intent == expected, result.reasons


@pytest.mark.parametrize("text, expected", [
    ("Bitte teilen Sie uns das Geburtsdatum und die vollständige Anschrift mit, damit wir Ihre Anfrage zuordnen "
     "können. Der offene Betrag beträgt 289,00 €.", "information_request"),
    ("Could you confirm your client's date of birth? The balance is £90.00.", "information_request"),
    # near misses: a date-of-birth label in a statement, and a creditor telling (not asking)
    ("Geburtsdatum: 01.02.1980\nBitte überweisen Sie den Betrag. Gesamtforderung: 289,00 EUR", "debt_statement"),
    ("Wir teilen Ihnen mit, dass die Gesamtforderung 289,00 EUR beträgt. Geburtsdatum laut Akte: 01.02.1980.",
     "debt_statement"),
])
def test_asking_for_the_debtors_particulars_is_an_information_request(text, expected):
    result = classify(mail(text), [])
    assert result.intent == expected, result.reasons


@pytest.mark.parametrize("text, expected", [
    # a refusal with the verb before the subject: "Einen Gegenvorschlag unterbreiten wir nicht"
    ("Ihren Vorschlag, die Restforderung in Raten von 50,00 EUR zu tilgen, lehnen wir ab. Einen Gegenvorschlag "
     "unterbreiten wir nicht. Die Restforderung beträgt 5.870,13 EUR.", "rejection"),
    ("Ihren Vorschlag lehnen wir ab. Einen Gegenvorschlag unterbreiten wir Ihnen gern: 80,00 EUR monatlich.",
     "payment_plan_response"),
    # "We do not accept reduced offers … we will not be proposing any alternative"
    ("We do not accept reduced offers on parking charges and we will not be proposing any alternative. The "
     "amount payable is £170.00.", "rejection"),
    ("We're not able to accept it. We won't be putting forward an alternative.", "rejection"),
    # a conditional request for documents later is no request now
    ("We're not able to accept it. We won't be putting forward an alternative - if his circumstances change "
     "please send us a full income and expenditure statement and we'll look again.", "rejection"),
    ("We're not able to accept it until you send us a full income and expenditure statement.",
     "information_request"),
    # information only once the document is in
    ("Under data protection rules we cannot discuss the account until we receive a form of authority signed by "
     "the patient.", "information_request"),
    ("Aus Datenschutzgründen dürfen wir Auskünfte erst erteilen, wenn uns eine von der Kundin unterschriebene "
     "Vollmacht vorliegt.", "information_request"),
    ("Die Vollmacht Ihrer Mandantin liegt uns vor. Die Forderung beträgt 120,00 EUR.", "debt_statement"),
    # "Erst danach können wir Ihnen eine Forderungsaufstellung zusenden": the statement is still to come
    ("Bitte übersenden Sie uns eine Vollmacht. Erst danach können wir Ihnen eine Forderungsaufstellung zusenden. "
     "Derzeit ist ein Rückstand von 1.306,90 EUR gebucht.", "information_request"),
    # a counter-offer in a short reply: "40 € würden wir mitmachen"
    ("25 € im Monat geht leider nicht, 40 € würden wir mitmachen. Rest steht aktuell bei 688,20 €.",
     "payment_plan_response"),
    # willing to lower the rate on a condition
    ("Wir sind bereit, die monatliche Rate von 180,00 EUR auf 60,00 EUR herabzusetzen, wenn Ihr Mandant einen "
     "Einkommensnachweis vorlegt. Die Restschuld beträgt 9.412,77 EUR.", "payment_plan_response"),
    ("Wir sind nicht bereit, die Rate herabzusetzen. Die Restschuld beträgt 9.412,77 EUR.", "rejection"),
    # a closed account's final bill is a statement; a table label "Account closed" is no closure notice
    ("Account closed 28/02/2027\nWater supply £312.48\nBalance now due £486.12", "debt_statement"),
    ("Your client's account has been closed. There is no outstanding balance.", "other"),
])
def test_dev6_wording_families(text, expected):
    result = classify(mail(text, "Ihr Schreiben"))
    assert result.intent == expected, result.reasons


def test_card_payments_notice_is_no_refusal():
    text = "Please note we do not accept card payments. Total due: £120.00"
    assert classify(mail(text, "Statement")).intent == "debt_statement"


def test_ratenangebot_in_subject_is_a_settlement_offer():
    assert "payment_plan_response:settlement offer" in classify(mail("Kurz: passt so.", "AW: Ratenangebot")).reasons
    assert "payment_plan_response:settlement offer" not in classify(mail("Kurz: passt so.", "AW: Raten")).reasons


@pytest.mark.parametrize("subject, text, expected", [
    # a reply thread giving the current settlement figure is a statement
    ("RE: settlement figure", "Following the payment received, the settlement figure today is GBP 1,310.55.",
     "debt_statement"),
    # open invoices after dunning letters, the figures only in an attachment
    ("Offene Rechnungen", "anbei die Aufstellung der offenen Werkstattrechnungen. Trotz zweier Mahnungen ist bisher "
     "keine Zahlung eingegangen.", "debt_statement"),
    ("Invoices", "Please find attached a copy of the unpaid invoices.", "debt_statement"),
    # "pleased to accept" the firm's repayment proposal
    ("Re: Repayment proposal", "We have considered your repayment proposal and are pleased to accept monthly "
     "payments of £60.00. The balance of £2,088.00 will be frozen.", "payment_plan_response"),
    # a lawyer's refusal: "nicht zustimmt", "wird nicht gewährt"
    ("Ratenzahlung", "teile ich mit, dass meine Mandantin dem Vorschlag einer Ratenzahlung nicht zustimmt.",
     "rejection"),
    ("Ratenzahlung", "Eine Ratenzahlung wird nicht gewährt.", "rejection"),
    ("Ratenzahlung", "Eine Ratenzahlung wird gewährt, wir stimmen zu.", "payment_plan_response"),  # near miss
    # documents asked for, named only in a scanned letter
    ("Ihre Anfrage – Unterlagen erforderlich", "anbei unser Schreiben als Scan. Bitte beachten Sie die dort "
     "genannten Unterlagen.", "information_request"),
    ("Documents", "We cannot proceed: the required documents have not been received.", "information_request"),
    # near miss: the creditor sends the documents the firm asked for
    ("Ihre Anfrage", "anbei erhalten Sie die angeforderten Unterlagen. Gesamtforderung: 120,00 EUR",
     "debt_statement"),
])
def test_dev7_wording_families(subject, text, expected):
    result = classify(mail(text, subject))
    assert result.intent == expected, result.reasons
