"""The whole-mail reading client matching looks names and codes up by: which phrases are read as names (and how),
which are left out (signatories, staff), and which codes a known reference could be."""

from __future__ import annotations

from shared.engine.client_mentions import code_keys, read_mail


def _names(body: str, subject: str = "", pdfs: tuple[str, ...] = ()) -> list[str]:
    return [reading.name for reading in read_mail(subject, body, pdfs).readings]


def test_a_name_with_honorific_initial_or_role_word_before_it():
    assert "Jürgen Strauß-Köhler" in _names("wir vertreten Herrn Jürgen Strauß-Köhler in dieser Sache.")
    assert "K. Meyer" in _names("Ihr Schreiben zu K. Meyer haben wir erhalten.")
    assert "Stefan Koch" in _names("Betreff: Patient Stefan Koch, geb. 11.11.1977")
    assert "Hoffmann" in _names("die Schlussrechnung für Frau Hoffmann als Scan.")


def test_surname_comma_first_name_but_not_a_place_and_street():
    assert "Meier, Karin" in _names("Mandantin: Meier, Karin, geb. 30.09.1982")
    assert "Oeztuerk, Fatma" in _names("Abonnentin: Oeztuerk, Fatma, Marktstr. 9, 47051 Duisburg")
    assert not any(n.startswith("Koch, Neckar") for n in _names("Schuldner Koch, Neckarstr. 7, Mannheim"))
    # an honorific after the comma starts a name of its own ("Ihre Mandantin, Frau Anna Lena Fischer")
    assert "Anna Lena Fischer" in _names("Ihre Mandantin, Frau Anna Lena Fischer (Schillerplatz 2), wurde")


def test_a_sloppy_lower_case_name_after_a_lower_case_honorific_in_either_order():
    names = _names("ok passt, 20 € geht klar für hr. meyer klaus (köln).")
    assert "meyer, klaus" in names and "meyer klaus" in names
    assert _names("ich habe herr koch aus mannheim angeschrieben") == ["koch"]


def test_a_single_capitalised_word_is_no_name_without_an_honorific():
    assert _names("Forderung offen. Bitte zahlen Sie.") == []


def test_the_signatory_after_a_closing_formula_is_not_read():
    body = ("Sehr geehrte Damen und Herren,\nwir lehnen ab.\n\nMit freundlichen Grüßen\nKlaus Meyer\n"
            "Forderungsmanagement\n\nAm 01.10.2027 schrieb Kanzlei Berger & Roth:\n> Wir vertreten Frau Karin Meier.")
    names = _names(body)
    assert "Klaus Meyer" not in names and "Karin Meier" in names  # the quoted letter below is read again


def test_a_ticket_thread_reads_the_quoted_letter_after_the_signature():
    # ticket systems quote without '>' or "schrieb": a rule parts the messages, and the firm's letter begins with
    # a salutation, which no signature holds; the signatory's own lines stay unread
    body = ("Ihr Vorschlag ist angenommen.\n\nViele Grüße\nJannik Brandt | Mitgliederservice\n\n"
            "Kanzlei Berger & Roth\n22. Aug. 2028, 09:12\n\n"
            "Sehr geehrte Damen und Herren, für unsere Mandantin Olga Petrova bieten wir an.")
    names = _names(body)
    assert "Olga Petrova" in names and "Jannik Brandt" not in names
    ruled = ("Freundliche Grüße\nNadine Kranz, Forderungsmanagement\n\n" + "-" * 60 + "\nNadine Kranz  11.08.2028\n\n"
             "Guten Tag, der Saldo folgt.\n\n" + "-" * 60 + "\nKanzlei Berger & Roth  10.08.2028\n\n"
             "Sehr geehrte Damen und Herren, wir vertreten Herrn Juergen Strauss-Koehler.")
    names = _names(ruled)
    assert "Juergen Strauss-Koehler" in names  # a long rule parts messages, it is no signature delimiter
    assert "Nadine Kranz" not in _names("Freundliche Grüße\nNadine Kranz, Forderungsmanagement\nHi-Tech Str. 4")


def test_a_name_after_a_staff_cue_is_not_read():
    for line in ("Ihre Ansprechpartnerin: Frau Karin Meier, Tel. 0221 1234", "i.A. Karin Meier", "gez. Karin Meier",
                 "Ihr Sachbearbeiter Herr Karin Meier", "RA Karin Meier"):
        assert not any("Meier" in name for name in _names(line)), line
    assert "Karin Meier" in _names("Ihre Mandantin Frau Karin Meier")  # near miss: a role, not a staff cue


def test_a_pdf_text_is_read_with_its_own_section():
    mentions = read_mail("Mahnung", "siehe Anlage", ["Schuldner: Koch, Stefan\nBetrag 100,00 EUR"])
    reading = next(r for r in mentions.readings if r.name == "Koch, Stefan")
    assert mentions.source_of(reading) == "pdf:0"


def test_a_date_of_birth_and_an_address_count_only_beside_the_name():
    mentions = read_mail("", "Herrn Koch, geb. 11.11.1977, Neckarstr. 7\n" + "x" * 200 + "\nFrau Meier 30.09.1982")
    koch = next(r for r in mentions.readings if r.name == "Koch")
    meier = next(r for r in mentions.readings if r.name == "Meier")
    assert mentions.dates_near(koch, "1977-11-11") and not mentions.dates_near(meier, "1977-11-11")
    assert mentions.address_near(koch, "Neckarstraße 7", None)
    assert not mentions.address_near(koch, "Neckarstr. 8", None)
    assert mentions.address_near(koch, None, None) is False and not mentions.address_near(meier, "Neckarstr. 7", None)


def test_codes_with_a_label_glued_on_or_in_groups():
    assert "4711081599" in code_keys("(Telekom-Kundennummer 4711 0815 99). Diese")
    assert {"kd448812", "448812"} <= code_keys("Kd-Nr. KD-448812 vom 12.03.2027")


def test_no_code_is_cut_out_of_a_longer_number():
    assert "1234567890" not in code_keys("IBAN DE21 2005 0550 1234 5678 90")
    assert "1234567890" in code_keys("Girokonto 1234567890 der Sparkasse")


def test_a_business_named_after_a_person_and_a_contacts_line_are_not_read():
    assert not any("Wagner" in n for n in _names("Ihr Fahrzeug wurde bei Autohaus Peter Wagner GmbH repariert."))
    assert not any("Meyer" in n for n in _names("Rechtsanwälte Klaus Meyer & Partner vertreten die Gläubigerin."))
    assert not any("Koch" in n for n in _names("Praxis Dr. Stefan Koch, Hauptstr. 1"))
    assert not any("Meier" in n for n in _names("Rückfragen: Karin Meier, Tel. 0221 447120, k.meier@example.org"))
    assert "Karin Meier" in _names("wie tel. besprochen die Posten von Karin Meier")  # near miss: no number


def test_the_firms_addressee_and_a_short_closing_formula_end_the_reading():
    assert not any("Roth" in n for n in _names("Kanzlei Berger & Roth\nz. Hd. Frau Sabine Roth\nMusterweg 1"))
    assert _names("Danke!\nKlaus Meyer\nBuchhaltung") == []
    # a letter to the debtor, forwarded: its address block names the debtor
    forwarded = "---------- Weitergeleitete Nachricht ----------\nHerrn\nKlaus Meyer\nLindenstraße 4"
    assert "Klaus Meyer" in _names(forwarded)


def test_a_forms_separate_surname_and_first_name_fields():
    assert "Meyer, Klaus" in _names("Name: Meyer\nVorname: Klaus\nGeburtsdatum: 12.04.1978")
    assert "MEYER, Klaus" in _names("Nachname: MEYER | Vorname: Klaus | geb.: 12.04.1978")
    assert "Smith, John" in _names("Surname: Smith\nFirst name: John")
    assert not any("," in n for n in _names("Name: Stadtwerke Köln GmbH\nVorname: -"))  # no first name given


def test_a_quoted_messages_sender_and_recipient_lines_are_not_read_but_its_subject_is():
    names = _names("> Von: Sabine Roth\n> An: Klaus Meyer\n> Gesendet: Montag\n> Betreff: Forderung Karin Meier")
    assert "Karin Meier" in names and not any("Roth" in n or "Meyer" in n for n in names)


def test_a_name_broken_over_two_lines_of_running_text():
    assert "Klaus Meyer" in _names("wir haben Ihre Anfrage für Herrn Klaus\nMeyer, geb. 12.04.1978, erhalten")
    assert "Olga Petrova" in _names("> our former customer Ms Olga\n> Petrova, date of birth 27.05.1988")
    assert "Klaus Meyer" not in _names("Ihre Nachricht an Klaus.\nMeyer und Co. melden sich")  # a sentence ends
