"""Builders for InboundMail objects used by the engine tests."""

from __future__ import annotations

from shared.domain.mail import InboundMail


def mail(text: str = "", subject: str = "", from_name: str | None = "Stadtwerke Köln GmbH",
         from_address: str | None = "forderungen@stadtwerke-koeln.example", headers: dict | None = None) -> InboundMail:
    return InboundMail(subject=subject, text=text, from_name=from_name, from_address=from_address,
                       headers=headers or {})


STATEMENT_DE = """Sehr geehrte Damen und Herren,

bezugnehmend auf Ihr Schreiben vom 02.11.2026 übersenden wir Ihnen die gewünschte Forderungsaufstellung
zu Ihrem Mandanten Herrn Klaus Meyer, geb. 12.04.1978.

Kundennummer: KD-448812
Rechnungsnummer: R-2026-00731

Hauptforderung:        1.104,20 EUR
Zinsen:                   38,17 EUR
Mahnkosten:               15,00 EUR
Gesamtforderung:       1.157,37 EUR

Wir bitten um Mitteilung, ob Ihr Mandant eine Ratenzahlung anstrebt.

Mit freundlichen Grüßen

Stadtwerke Köln GmbH
Forderungsmanagement
Telefon: 0221 178-0
IBAN: DE12 3705 0198 0000 1234 56
Amtsgericht Köln HRB 12345
"""

STATEMENT_EN = """Dear Sirs,

Re: your client Mr John Smith, date of birth 01/02/1980

Account number: 55501234
Our ref: LF/2026/0042

We confirm the outstanding balance on the above account is £1,240.50.

Kind regards

Collections Team
Lowell Financial Ltd
Registered in England, company no 12345678
"""
