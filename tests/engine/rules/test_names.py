"""Debtor names in the body and the subject, in German and English forms."""

from __future__ import annotations

import pytest

from shared.engine.rules.names import find_debtor_names
from shared.engine.rules.quoting import quote_map


@pytest.mark.parametrize("text, expected", [
    ("zu Ihrem Mandanten Herrn Klaus Meyer, geb. 12.04.1978.", "Klaus Meyer"),
    ("Ihre Mandantin, Frau Aylin Çelik, hat", "Aylin Çelik"),
    ("Schuldner: Meyer, Klaus", "Meyer, Klaus"),
    ("Re: your client Mr John Smith", "John Smith"),
    ("Kunde: Jürgen Strauß-Köhler\nKundennummer: 1", "Jürgen Strauß-Köhler"),
    ("Ihr Mandant K. Meyer schuldet uns noch Geld.", "K. Meyer"),
    ("In Sachen Herr Hans von der Heide teilen wir mit", "Hans von der Heide"),
    ("unser Kunde Herr Peter Schulz hat", "Peter Schulz"),
])
def test_body_forms(text, expected):
    findings = find_debtor_names(text, "email_body", quote_map(text))
    assert findings[0].value == expected
    assert text[findings[0].span[0]: findings[0].span[1]] == expected


def test_subject_name():
    subject = "Forderungsaufstellung zu Ihrem Mandanten Klaus Meyer, Kundennummer KD-448812"
    [finding] = find_debtor_names(subject, "subject")
    assert (finding.value, finding.source) == ("Klaus Meyer", "subject")


def test_subject_versus_form():
    [finding] = find_debtor_names("Meyer ./. Stadtwerke Köln", "subject")
    assert finding.value == "Meyer"


def test_no_name_after_cue():
    assert find_debtor_names("Ihr Mandant hat uns nicht geantwortet.", "email_body") == []


def test_label_words_end_the_name():
    [finding] = find_debtor_names("Ihres Mandanten Jürgen Strauß-Köhler Forderungsaufstellung", "email_body")
    assert finding.value == "Jürgen Strauß-Köhler"


def test_sender_salutation_is_not_the_debtor():
    assert find_debtor_names("Sehr geehrter Herr Rechtsanwalt Schulz,", "email_body") == []


def test_honorific_in_subject_names_the_debtor_but_not_in_body():
    [finding] = find_debtor_names("RE: Mr John Smith - settlement proposal", "subject")
    assert finding.value == "John Smith"
    assert find_debtor_names("Dear Mr John Smith,", "email_body") == []


@pytest.mark.parametrize("text, expected", [
    ("Mieter: Berger, Lindenweg 7, 12345 Musterstadt", "Berger"),  # a street after the comma is no first name
    ("Kunde: Krause, Am Hang 2", "Krause"),
    ("Customer: Hill, Station Road 4", "Hill"),
    ("Schuldner: Berger, Petra", "Berger, Petra"),
])
def test_address_after_a_comma_is_not_a_first_name(text, expected):
    assert find_debtor_names(text, "email_body", quote_map(text))[0].value == expected


@pytest.mark.parametrize("text, expected", [
    ("Borrower on our file: NOWAK, Bergstraße 5", "NOWAK"),  # a role label with words before its colon
    ("Schuldner Brandt, Ulrike (geb. 01.01.1970)", "Brandt, Ulrike"),
    ("in der Sache Beispiel Bau GmbH gegen Lange-Roth, H., geb. 1.1.1960", "Lange-Roth, H."),
    ("Re: Mrs E Novak, DOB 01.02.1970", "E Novak"),  # an initial without its dot
    ("betrifft: Aksoy, Emre – jetzt Hauptstr. 1", "Aksoy, Emre"),
    ("Versicherungsnehmerin: Greta Hansen, geb. 3.3.1953", "Greta Hansen"),
    ("Ihr Schreiben wegen Herrn Ömer Kaya ist eingegangen", "Ömer Kaya"),
    ("für unseren Mandanten Herrn Vogel, Ralf, geb. 1.1.1970", "Vogel, Ralf"),
    ("Beispiel Leasing AG ./. Brandt, U., geb. am 2.2.1962", "Brandt, U."),
])
def test_more_debtor_forms(text, expected):
    assert [f.value for f in find_debtor_names(text, "email_body", quote_map(text))][0] == expected


@pytest.mark.parametrize("text", [
    "hat unsere\nMandantin Ihren Vorschlag geprüft",  # the creditor's lawyer speaking of the creditor
    "Our client: Beispiel Bank plc",  # an organisation is never the debtor
    "Customer Accounts, Beispiel Energy Ltd",
])
def test_organisations_and_the_lawyers_own_client_are_no_debtor(text):
    assert find_debtor_names(text, "email_body", quote_map(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Customer Mrs Jane Example, born 01/01/1980", "Jane Example"),
    ("Ihr Schreiben zugunsten von Frau Eva Muster, Weg 1", "Eva Muster"),
    ("zu unserer Kundin\n\nMuster, Eva-Maria\ngeb. am 01.01.1980", "Muster, Eva-Maria"),
])
def test_role_words_and_names_on_the_next_line(text, expected):
    assert [f.value for f in find_debtor_names(text, "email_body", quote_map(text))] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("wir kommen auf Ihr Schreiben zu Herrn Lukas Becker (geb. 14.2.1999) zurück.", "Lukas Becker"),
    ("betr.: Herrn K. Meyer, geb. 12.04.1978, Lindenstraße 4", "K. Meyer"),
])
def test_zu_herrn_and_betr_abbreviation(text, expected):
    assert [f.value for f in find_debtor_names(text, "email_body", quote_map(text))][:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a person given with an address or a date of birth right after the name
    ("Herrn Stefan Koch, Neckarstrasse 7, 68159 Mannheim\nSehr geehrte Damen und Herren,", "Stefan Koch"),
    ("Thank you for your enquiry about Ms O. Petrova, Leipziger Str. 40, 10117 Berlin. Our records show",
     "O. Petrova"),
    ("in respect of the above account held by\nMr John Smith (DOB 10/10/1975).", "John Smith"),
    ("the hire purchase agreement with\nMs A-L Fischer of Schillerplatz 2, 70173 Stuttgart", "A-L Fischer"),
    ("Versicherter: Herr Peter Wagner, geboren am 19. Juli 1958", "Peter Wagner"),
    # a first name cut short: "Th.", and a double first name's initials: "A.-L."
    ("betreffend Herrn Th. Schulz, geb. 22.1.69, Gartenweg 3", "Th. Schulz"),
    ("Kunde: A.-L. Fischer", "A.-L. Fischer"),
    # the surname wrapped onto the next line of a sentence
    ("please find attached a statement for our former customer Ms Olga\nPetrova, date of birth 27/05/1988.",
     "Olga Petrova"),
])
def test_fifth_batch_person_forms(text, expected):
    assert [f.value for f in find_debtor_names(text, "email_body", quote_map(text))][:1] == [expected]


@pytest.mark.parametrize("text", [
    "Client account: AHR-004471-Z",  # a reference's letters before its digits are no name
    "Client account: TE/0448/1203",
    "Sehr geehrte Frau Roth,\nanbei die Aufstellung.",  # a salutation with no address or birth date
    "unsere Mandantin Stadtwerke Musterstadt, Hauptstr. 5, 12345 Musterstadt",  # an organisation with an address
    "Kunde: Fa. Becker",  # "Fa." (Firma) is no shortened first name
])
def test_fifth_batch_near_misses(text):
    assert find_debtor_names(text, "email_body", quote_map(text)) == []


def test_the_firms_own_client_in_its_quoted_letter():
    text = ("wir stimmen zu.\n\n> -----Ursprüngliche Nachricht-----\n> Von: Kanzlei <a@b.example>\n"
            "> Datum: 24.03.2027\n>\n> Für unseren Mandanten Jürgen Strauß-Köhler, Am Markt 1, 80331 München, "
            "bieten wir Raten an.")
    assert [f.value for f in find_debtor_names(text, "email_body", quote_map(text))] == ["Jürgen Strauß-Köhler"]
    # near miss: in the newest message a lawyer's "unsere Mandantin" is the creditor, never the debtor
    newest = "Für unsere Mandantin Eva Roth, Am Markt 1, 80331 München, fordern wir 100,00 EUR."
    assert find_debtor_names(newest, "email_body", quote_map(newest)) == []


def test_a_one_word_name_in_an_address_block_is_not_joined_to_the_next_line():
    text = "Frau Meyer\nKöln, den 5.4.2027"
    assert [f.value for f in find_debtor_names(text, "subject")] == ["Meyer"]


@pytest.mark.parametrize("text", [
    "Herrn " + "Ab" * 60_000 + ", ",  # one long mixed-case token: a name is only tried from a word's start
    "Herrn " + "Ab-" * 40_000 + ", ",
    "Herrn Klaus Meyer, " + "Ab-Cd. " * 20_000 + "1, 12345 X",  # an address that never ends
    "Kunde Herr Olga\n" * 10_000,
    "Client: " * 16_000,  # 130 KB on one line: a wrapped surname is looked for in the last words only
])
def test_person_forms_stay_linear_on_long_input(text):
    import time
    started = time.process_time()  # CPU time: another process's load cannot fail it
    find_debtor_names(text, "email_body", quote_map(text))
    assert time.process_time() - started < 6


@pytest.mark.parametrize("text, expected", [
    ("zum Darlehensvertrag mit Herrn Lukas Becker teilen wir mit", ["Lukas Becker"]),
    ("the tenancy agreement with Mrs Jane Example is in arrears", ["Jane Example"]),
    ("the account held by Mr John Smith", ["John Smith"]),
    # near misses: no honorific, or a talk with the firm's caseworker
    ("der Vertrag mit Stadtwerke Köln", []),
    ("wie mit Frau Roth besprochen", []),
])
def test_whose_account_or_agreement_it_is(text, expected):
    assert [f.value for f in find_debtor_names(text, "email_body", quote_map(text))] == expected


def test_pasted_reversed_name_with_a_space_before_the_comma():
    text = "Mitglied  :  Meier ,  Karin          Geb.-Dat. :  30.09.1982"
    findings = find_debtor_names(text, "email_body", quote_map(text))
    assert findings[0].value == "Meier, Karin"


def test_three_spaces_end_a_name_in_a_column_layout():
    text = "Patient: Miss Anna-Lena Fischer    Patient account: HPH-2291-04"
    assert find_debtor_names(text, "pdf:x.pdf")[0].value == "Anna-Lena Fischer"
    text = "Patient: Miss Anna  Lena Fischer"
    assert find_debtor_names(text, "pdf:x.pdf")[0].value == "Anna Lena Fischer"


def test_surname_wrapped_onto_the_next_line_before_a_verb():
    text = "Ihre Mandantin Frau Olga\nPetrowa schuldet meiner Mandantschaft das Honorar."
    assert find_debtor_names(text, "email_body", quote_map(text))[0].value == "Olga Petrowa"
    text = "Ihre Mandantin Frau Olga\nSehr geehrte Damen und Herren"
    assert find_debtor_names(text, "email_body", quote_map(text))[0].value == "Olga"


def test_agency_names_its_principals_customer():
    text = "zu unserem Az. LI 27/3381 (Ihr Kunde Klaus Meyer, geb. 12.04.1978, Köln):"
    assert find_debtor_names(text, "email_body", quote_map(text))[0].value == "Klaus Meyer"
    text = "Ihr Kundenservice"
    assert find_debtor_names(text, "email_body", quote_map(text)) == []


def test_subject_name_after_a_forward_prefix_and_statement_titles_are_no_names():
    from shared.engine.rules.names import find_subject_names
    assert [f.value for f in find_subject_names("WG: Meyer, Klaus – Ratenkauf ZF-7712-0448 / Vergleich")] == \
        ["Meyer, Klaus"]
    assert find_subject_names("Kontoauszug Mitgliedschaft Meier") == []
    assert find_subject_names("Offene Krankenhausrechnung – Strauss-Koehler, Juergen")[0].value == \
        "Strauss-Koehler, Juergen"
    assert find_subject_names("Rückstandsaufstellung Rundfunkbeitrag – Beitragsnummer 512") == []


def test_cardholder_label_names_the_debtor():
    text = "Cardholder name given: Mrs A. Celik, 3 November 1990"
    assert [f.value for f in find_debtor_names(text, "email_body", quote_map(text))] == ["A. Celik"]
    text = "Karteninhaberin: Frau Aylin Çelik"
    assert [f.value for f in find_debtor_names(text, "email_body", quote_map(text))] == ["Aylin Çelik"]


def test_a_role_label_of_a_number_names_nobody():
    text = "Customer account: GW 0447 1209 33"
    assert find_debtor_names(text, "email_body", quote_map(text)) == []
    text = "Customer name: Thomas Schulz"  # near miss: a name label after the role still names the debtor
    assert [f.value for f in find_debtor_names(text, "email_body", quote_map(text))] == ["Thomas Schulz"]
