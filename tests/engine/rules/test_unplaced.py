"""The unplaced-identifier net: a reference-shaped code no reference finding covers asks for review; dates,
amounts, phone numbers, bank/register/tax ids, postcodes, the firm's own numbers and the like do not."""

from __future__ import annotations

import time

import pytest

from shared.domain.results import Finding
from shared.engine import Document
from shared.engine.rules import RulesEngine
from shared.engine.rules.extraction import extract
from shared.engine.rules.quoting import quote_map
from shared.engine.rules.unplaced import UNPLACED_REASON, unplaced_identifiers
from tests.engine.mails import STATEMENT_DE, STATEMENT_EN, mail

ENGINE = RulesEngine()


def _unplaced(body="", subject="", refs=(), documents=(), firm=()):
    findings = [Finding(field="reference_number", value=r, confidence=0.85, source="email_body") for r in refs]
    return unplaced_identifiers(subject, quote_map(body), list(documents), findings, firm)


def _reasons(body, subject="Forderung", documents=()):
    m = mail(body, subject)
    return ENGINE.extract(m, ENGINE.classify(m, documents), documents).review_reasons


@pytest.mark.parametrize("body, token", [
    ("Der offene Betrag zu FS-0027713 beträgt 412,90 EUR.", "FS-0027713"),
    ("Please quote WB-CLM-20931 with any payment.", "WB-CLM-20931"),
    ("Beitragsrückstand RTV-MR-0004431187 – bitte begleichen.", "RTV-MR-0004431187"),
    ("Die Akte 2026-77812 ist weiterhin offen.", "2026-77812"),
    ("Für die Konten 41 771 200 und 41 771 208 gilt:", "41 771 200"),
    ("Vorgang gespeichert unter 88301442.", "88301442"),
    ("Versicherung VP 44 120 771-3 offen", "VP 44 120 771-3"),  # a letter prefix belongs to the code
    # codes whose parts are set apart by single spaces, as courts, bailiffs, lawyers and ledgers write them
    ("Unser Zeichen: 1187/27 HS04 – bitte stets angeben.", "1187/27 HS04"),
    ("In der Sache 112/27 OL-ks teilen wir mit", "112/27 OL-ks"),
    ("Az. 36n IK 1190/27 (Insolvenzgericht)", "36n IK 1190/27"),
    ("Verfahren 12 C 441/26 ist abgeschlossen", "12 C 441/26"),
    ("Gerichtsvollzieherkosten (Rg. DR II 8841/27)", "DR II 8841/27"),
    ("Kontonummer Rahmenkredit:\n\nRK 5531 0072 18\n", "RK 5531 0072 18"),  # "0072 18" is no phone number
    ("RE 28-10417 vom 14.02.2028, faellig 15.03.2028", "RE 28-10417"),
    ("  INV 88412  (14/05/2028, surgery)", "INV 88412"),
    ("(BG-Nr. 36201//0044712)", "36201//0044712"),
])
def test_a_missed_code_is_flagged(body, token):
    assert token in _unplaced(body)


def test_subject_and_attachment_and_quoted_history_are_read():
    assert _unplaced(subject="Final statement FS-0027713") == ["FS-0027713"]
    assert _unplaced(documents=["Rechnung\nBeleg AB-5512-09 vom 01.10.2026"]) == ["AB-5512-09"]
    quoted = "Danke.\n\nAm 02.11.2026 schrieb Kanzlei:\n> Ihre Forderung KAF-2291-0047 (Herr Meyer)\n"
    assert _unplaced(quoted) == ["KAF-2291-0047"]


def test_an_extracted_reference_covers_its_token():
    assert _unplaced("Kundennummer KD-448812, Konto KD 448812", refs=["KD-448812"]) == []
    assert _unplaced("Vertragskonto 2200 4471 1230 88", refs=["2200 4471 1230 88"]) == []
    assert _unplaced("KdNr.4471123 – Schlussrechnung", refs=["4471123"]) == []  # a glued label
    assert _unplaced("Ref. LF-2026-0042-01", refs=["LF-2026-0042"]) == ["LF-2026-0042-01"]  # longer: not covered
    assert _unplaced("Az. 2026-0042", refs=["LF-2026-0042"]) == []  # contained in an extracted reference


def test_the_firms_own_number_is_not_flagged():
    assert _unplaced("Ihr Zeichen: SB-2027-0112\nBetrag offen.") == []
    assert _unplaced("Your ref: BR/019/27") == []
    assert _unplaced("Betreff SB-2027-0112", firm=["sb20270112"]) == []
    quoted = "Danke.\n\nAm 02.11.2026 schrieb Kanzlei:\n> Unser Zeichen: SB-2026-0402\n"
    assert _unplaced(quoted) == []  # the firm's letter quoted back


@pytest.mark.parametrize("text", [
    # dates, times, years, periods
    "am 17.11.2026, 17/11/26, 2026-11-17, 17. November 2026, November 17, 2026 und 3rd March 2027",
    "Zeitraum 11/2026, Q3/2026, KW 48/2026, 2025/2026, 2025-26, um 14:30 Uhr, 09.30 h",
    # money and percentages
    "Gesamt 1.234.567,89 EUR, € 1,234.56, £ 980.00, 2.500,-- Euro, EUR 450, 450 EUR, 5,12 %, 12 Prozent",
    # phone, fax, mobile
    "Telefon: 0221 178-0\nFax 0221 178-99\nMobil: 0171 1234567\nTel. +49 (0)30 1234 5678\nunter 0800 172 1212 erreichbar",
    "call us on 0044 20 7946 0958 or +44 20 7946 0958",
    # bank, register, tax, SEPA
    "IBAN: DE12 3705 0198 0000 1234 56\nBIC: COLSDE33XXX",
    "IBAN:\nDE12 3705 0198 0000 1234 56",
    "Bankverbindung Sparkasse, IBAN DE12 3705 0198\n0000 1234 56",
    "our bank details are: sort code\n20-44-91, account 60771184.",
    "Amtsgericht Köln HRB 123456\nHandelsregister HRA 445566",
    "USt-IdNr.: DE123456789\nSteuernummer: 215/5701/1234\nVAT number GB123456789",
    "Gläubiger-ID: DE98ZZZ09999999999\nCreditor identifier DE98ZZZ09999999999",
    "Authorised and regulated by the Solicitors Regulation Authority (SRA no. 612907)",
    # addresses: postcodes, house numbers, PO boxes
    "Musterstraße 151, 40549 Düsseldorf\nPostfach 10 22 33, 50667 Köln\n221 Harbour Street, London SW1A 1AA",
    # e-mail, URL, file names, paragraph cites
    "Mail an forderung-4471229@inkasso.example oder https://portal.example/akte/2026-77812",
    "Anlage: Forderungsaufstellung_2026-77812_KD4471.pdf\nVerzugszinsen nach § 288 Abs. 1 BGB",
    # parcel, meter, vehicle, ticket
    "Sendungsnummer: 00340434161094015902\nZählernummer 1ESY1160447112\nFIN: WVWZZZ1JZXW000001",
    "Ihre Anfrage wurde unter [#QK-2027-0216-7781] erfasst. Ticket-Nr. 20261117-0042",
    # short numbers: house numbers, 'Nr. 3', counts
    "Seite 1 von 2, Rate 12 von 24, Haus 12a, Stellplatz P 17, Raum OG 3",
])
def test_explained_numbers_are_not_flagged(text):
    assert _unplaced(text) == []


def test_the_birth_date_is_not_flagged():
    assert _unplaced("Herr Klaus Meyer, geb. 12.04.1978, DOB 01/02/1980") == []


def _extracted(body, documents=()):
    """The rules' own reasons, before the learned reference choice judges the codes (tests/engine/learned)."""
    m = mail(body, "Forderung")
    return extract(m, ENGINE.classify(m, documents), documents)


def test_extraction_reason_only_when_a_code_is_left_and_the_code_is_a_candidate():
    assert UNPLACED_REASON not in _extracted(STATEMENT_DE).review_reasons
    assert UNPLACED_REASON not in _reasons(STATEMENT_EN, "Your client")
    body = STATEMENT_DE.replace("zu Ihrem Mandanten", "zu Ihrem Mandanten (Sache XQ-7731-22)")
    result = _extracted(body)
    assert UNPLACED_REASON in result.review_reasons
    assert not any("XQ-7731-22" in r.render() for r in result.review_reasons)  # the reason never names the token
    [code] = [f for f in result.findings if f.note == "unplaced"]
    assert (code.value, code.confidence, code.source) == ("XQ-7731-22", 0.0, "email_body")
    assert body[slice(*code.span)] == code.value
    pdf = Document(source="pdf:beleg.pdf", filename="beleg.pdf", text="Beleg ZZ-9981-04 über 10,00 EUR")
    result = _extracted(STATEMENT_DE, documents=[pdf])
    assert UNPLACED_REASON in result.review_reasons
    assert [(f.value, f.source, f.span) for f in result.findings if f.note == "unplaced"] == [
        ("ZZ-9981-04", "pdf:beleg.pdf", (6, 16))]


def test_auto_reply_is_not_checked():
    m = mail("Dies ist eine automatische Antwort. Ihre Nachricht zu FS-0027713 ist eingegangen.", "Automatische Antwort",
             headers={"Auto-Submitted": "auto-replied"})
    result = ENGINE.extract(m, ENGINE.classify(m))
    assert result.review_reasons == []


@pytest.mark.parametrize("unit", ["1.", "+4", "a-", "1 ", "DE89 "])
def test_a_200_kb_single_line_finishes(unit):
    line = unit * (200_000 // len(unit))
    started = time.process_time()  # CPU time: another process's load cannot fail it
    _unplaced(line, subject=line[:1000], documents=[line])
    assert time.process_time() - started < 90  # linear patterns: well under a second or two; quadratic: minutes


def test_a_table_row_is_blanked_only_under_its_detail_columns():
    table = ("Our ref          Original agreement     Your ref\n"
             "HCS-5512047      RCF/HP/0098812         BR/141/27\n")
    assert _unplaced(table, refs=["HCS-5512047"]) == ["RCF/HP/0098812"]  # the firm's column alone is explained
    assert _unplaced(table, refs=["HCS-5512047", "RCF/HP/0098812"]) == []
    # a cell before a VIN cell is still read; the VIN itself is explained
    assert _unplaced("RCF/HP/0098812     VIN W0L0AHL4807120447") == ["RCF/HP/0098812"]
    assert _unplaced("Vehicle: Vauxhall Astra, registration LK19 XWT, VIN W0L0AHL4807120447") == []
    # a row of headings naming the property: its values are no reference
    rent = ("Mieterkonto-Nr.    Objekt      Lage                 Ihr Zeichen\n"
            "3.017.204          HH-0412     WE 12, 3. OG rechts  SB-2027-0391\n")
    assert _unplaced(rent, refs=["3.017.204"]) == []
    # a value row that does not fit the headings falls back to blanking the continued line
    assert _unplaced("IBAN          BIC\nDE12 3705 0198 0000 1234 56 COLSDE33XXX") == []


@pytest.mark.parametrize("text", [
    "Org. nr. 556677-8899 | VAT SE556677889901",  # a footer's register details parted by '|'
    "Versichertennr. der Krankenkasse: K204471209 (nur zur Information)",
    "NHS number 485 777 3456",
    "ICO registration ZB120447",
    "Member of the British Parking Association | ICO reg. ZA447120",
])
def test_dev6_explained_numbers(text):
    assert _unplaced(text) == []


def test_dev6_rows_stay_linear():
    for text in ("VIN  " * 40000, ("Our ref   Your ref\n" + "AB-1234  " * 20 + "\n") * 2000, "Objekt  " * 30000):
        started = time.process_time()  # CPU time: another process's load cannot fail it
        _unplaced(text)
        assert time.process_time() - started < 30


# --- the firm's client number --------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "[Hinweis: Bitte dem Mandanten K-2012 zuordnen.]",
    "Please allocate this to your client 2207-H.",
])
def test_the_firms_client_number_after_the_word_for_its_client_is_not_flagged(body):
    assert _unplaced(body) == []


def test_a_code_after_unsere_mandantin_is_still_flagged():
    assert _unplaced("Forderung unserer Mandantin KS-2207-118 offen.") == ["KS-2207-118"]
