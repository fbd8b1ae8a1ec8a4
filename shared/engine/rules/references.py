"""Creditor reference numbers: the creditor side's own file, customer, contract and invoice numbers.

Only values after a known label count ("Aktenzeichen", "Kundennummer", "Account number", "Our ref", ...), and
the value is kept exactly as written. The firm's own number ("Ihr Zeichen", "Ihr Az.", "Your ref") is skipped;
phone/fax numbers, IBAN, BIC, HRB, VAT/tax numbers and the SEPA creditor id carry no such label, so they are
never picked up.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from shared.domain.client import reference_key
from shared.domain.results import Finding
from shared.engine.rules.quoting import QuoteMap
from shared.engine.rules.subject import segments

_LABELS = (
    # plural labels before a list: "Invoice nos. A, B" (before "invoice no" below)
    r"(?:invoice|account|agreement|reference)\s+(?:numbers|nos\.?)|"
    # "Member ID", "Contract ID", "Owner's account ID", "Account ref": before "member"/"account" alone
    r"(?:member|contract|customer|client|account|policy|loan|agreement)\s+id|account\s+ref(?:erence)?\.?|"
    r"acct\.?\s+(?:number|no\.?|ref(?:erence)?\.?)|client\s+ref(?:erence)?\.?|"
    # abbreviations: "Vertr.-Nr.", "Kto.-Nr.", "Mitgliedsnr."
    r"vertr\.-?\s?nr\.?|kto\.-?\s?(?:nr\.?)?|mitglieds-?\s?nr\.?|"
    # more label families: "Kassenzeichen" (public bodies), "Schuldner-Nr.", "Debitorennummer", "Auftragsnummer",
    # "Akten-Nr.", "Aktenz.", "Fall-Nr.", "Inkasso-Nr.", "Referenz-Nr.", "Ref.-Nr.", "Vorgangs-ID", "Schadennummer",
    # "Mandatsnummer", "Our file"
    r"re\.?-\s?nr\.?|kassenzeichen|schuldner-?\s?(?:nummer|nr\.?)|debitor(?:en)?-?\s?(?:nummer|nr\.?)|debitor(?=\s*:)|"
    r"auftrags-?\s?(?:nummer|nr\.?)|akten-?\s?(?:nummer|nr\.?)|aktenz\.|fall-?\s?(?:nummer|nr\.?)|"
    r"inkasso-?\s?(?:nummer|nr\.?)|referenz-?\s?(?:nummer|nr\.?)|ref\.-?\s?nr\.?|vorgangs-?\s?id|"
    r"schadens?-?\s?(?:nummer|nr\.?)|mandats-?\s?(?:nummer|nr\.?)|our\s+file(?:\s+(?:ref(?:erence)?|number|no)\.?)?|"
    # a court's file number and the enforcement-order number ("Geschäftsnummer 26-1234567-0-1")
    r"gesch(?:ä|ae)fts-?\s?(?:nummer|nr\.?)|(?:vollstreckungs|mahn)bescheid(?:s?-?\s?(?:nummer|nr\.?))?|"
    r"aktenzeichen|az\.?|(?:unser|mein)(?:e)?\s+(?:zeichen|az\.?|aktenzeichen|referenz|vorgangsnummer)|"
    r"gesch(?:ä|ae)ftszeichen|kunden-?\s?nummer|kunden-?\s?nr\.?|kd\.?-?\s?nr\.?|vertrags-?\s?nummer|"
    r"vertrags-?\s?nr\.?|rechnungs-?\s?nummer|rechnungs-?\s?nr\.?|forderungs-?\s?nummer|forderungs-?\s?nr\.?|"
    r"vorgangs-?\s?nummer|vorgangs-?\s?nr\.?|referenz(?:nummer)?|mitglieds-?\s?nummer|"
    # more label families: "Rg.-Nr.", "Beleg-Nr.", "Bestellnummer", "Mandatsreferenz", "Kontokorrent",
    # "Case ID", "Claim number", "Loan ref", "Statement no.", "Order no."
    r"rg\.?-?\s?nr\.?|beleg-?\s?(?:nummer|nr\.?)|bestell-?\s?(?:nummer|nr\.?)|mandatsreferenz(?:nummer)?|"
    r"kontokorrent(?:konto)?|case\s+id|claim\s+(?:number|no\.?|ref(?:erence)?\.?)|"
    r"loan\s+(?:number|no\.?|ref(?:erence)?\.?)|(?:final\s+)?statement\s+(?:number|no\.?)|"
    r"order\s+(?:number|no\.?)|"
    # a parking/penalty charge notice's number ("Parking Charge Notice: PW 7741203", "PCN no. 88120")
    r"(?:parking|penalty)\s{1,3}charge\s{1,3}notice(?:\s{1,3}(?:number|no\.?|ref(?:erence)?\.?))?|"
    r"pcn(?:\s{1,3}(?:number|no\.?|ref(?:erence)?\.?))?|"
    # a bare "Order"/"Bestellung"/"account" before a code: "Order ORD-558120 (instalments 2 and 3)",
    # "(account NM-44120-7)", "Bestellung 4471-2290 vom …"; prose ("in order to", "account 3 months") has none
    # a bare "file" or a German "…auftrag" (work/repair order) likewise: "- file DR-5590127 -",
    # "Werkstattauftrag WA-88120 (Inspektion)", "Reparaturauftrag Nr. 4471"; "im Auftrag unserer Mandantin" has none
    r"(?:order|bestellung|account|file|[a-zäöüß]{0,30}auftrag)"
    r"(?=[ \t]{1,3}(?!(?:EUR|GBP|USD|CHF)\b)[A-Z]{1,5}[-/]?\d|[ \t]{1,3}\d{3,12}[-/]\d)|"
    r"[a-zäöüß]{0,30}auftrag(?=[ \t]{1,3}nr\.?[ \t]{0,3}\d)|"
    r"(?<=\()account(?=[ \t]{1,3}\d{5})|"
    # "account" before spaced digit groups: "Original creditor: Tollan Retail Credit Ltd, account 5512 7781 0044"
    r"account(?=[ \t]{1,3}\d{3,6}(?:[ \t]\d{3,6}){1,4}(?![\w.,/-]))|"
    r"account\s+(?:number|no\.?)|customer\s+(?:number|no\.?|reference)|contract\s+(?:number|no\.?)|"
    r"invoice\s+(?:number|no\.?)|(?:final\s+)?bill\s+(?:number|no\.?)|agreement\s+(?:number|no\.?)|case\s+(?:number|no\.?|ref(?:erence)?\.?)|"
    r"our\s+ref(?:erence)?\.?|reference(?:\s+(?:number|no\.?))?|ref\.?|"
    r"(?:kunden|miet|mieter|vertrags|kredit|darlehens|beitrags|personen|buchungs|debitoren)konto(?:-?\s?nr\.?|nummer)?|konto-?\s?nr\.?|"
    r"konto|darlehen(?:snummer|s-?nr\.?)?|mahnungs?-?\s?(?:nummer|nr\.?)|\w*vertrag(?:\s+nr\.?)?|\w*rechnung|"
    r"versicherungs(?:schein)?-?\s?(?:nummer|nr\.?)|polic(?:y|e)\s+(?:number|no\.?)|"
    r"reminder\s+(?:number|no\.?)|invoice|agreement|"
    r"vorgang|patienten-?\s?(?:nummer|nr\.?)|membership(?:\s+(?:number|no\.?))?|"
    r"member(?:\s+(?:number|no\.?))?|contract\s+account|(?:loan|card|credit)\s+account|account(?=\s*[:#])|case|"
    # "Debt ID", "Matter no.", "Application no.", "Policy:", "Beleg:": a file's, claim's or request's number
    r"(?:debt|file|matter|application|portfolio|agreement|policy|loan|claim|mortgage|arrangement|order|invoice)"
    r"\s+(?:id|number|no\.?|ref(?:erence)?\.?)|"
    r"(?:policy|beleg|matter)(?=[ \t]*:)|"
    # payment references and identifiers a creditor asks to be quoted: "Verwendungszweck", "Zahlungsreferenz",
    # "Buchungszeichen", "Kundenreferenz", "…kennung", "Geschäftspartner(-Nr.)", "Inkasso-Az.", "Dossier",
    # "Akte:", "Zeichen:", "Bei Zahlung bitte angeben:"; English "Acc no", "A/C no", "URN", "Charge notice"
    r"verwendungszweck|zahlungs-?\s?(?:referenz|grund)|buchungszeichen|kunden-?\s?referenz|"
    r"(?:kunden|forderungs|vorgangs|akten)kennung|gesch(?:ä|ae)ftspartner(?:-?\s?(?:nummer|nr\.?))?|"
    r"inkasso-?\s?az\.?|dossier(?:-?\s?(?:nummer|nr\.?))?|(?:akte|zeichen)(?=[ \t]*:)|"
    r"bei\s{1,3}(?:zahlung|überweisung|ueberweisung)(?:en)?\s{1,3}(?:bitte\s{1,3})?(?:stets\s{1,3}|immer\s{1,3})?angeben|"
    r"acc(?:t)?\.?\s{0,3}no\.?|a/c(?:\s{1,3}no\.?)?|urn|unique\s{1,3}reference(?:\s{1,3}(?:number|no\.?))?|"
    r"charge\s{1,3}notice(?:\s{1,3}(?:number|no\.?))?|"
    # a German compound "<Wort>nummer", "<Wort>-Nr.", "<Wort>-ID", "<Wort>konto", "<Wort>-Aktenzeichen"
    # ("Mieter-Nr.", "Portfolio-ID", "Forderungskonto", "Inkasso-Aktenzeichen"); `_NOT_COMPOUND` drops the
    # numbers that are no claim's (Telefonnummer, Steuernummer, Sendungsnummer, Gläubiger-ID, Girokonto …)
    r"(?P<compound>[A-Za-zÄÖÜäöüß]{2,30}?)"
    r"(?:(?:-[ \t]?)?(?:nummern?|nr\.?|konto)|-[ \t]?(?:id|aktenzeichen|az\.?|ref\.?|referenz))|"
    # plural labels before a list ("Rechnungen 4471-2290 und 4471-2291", "Invoice nos. A, B"); short forms "Kd:",
    # "K.-Nr.", "Knr."; "Contract:", "Customer:", "Acct:" before a number; "Debtor no."; "Forderung Nr."
    r"rechnungen|invoices|"
    r"kd(?=[ \t]*:)|k\.-?\s?nr\.?|knr\.?|(?:contract|customer|acct)(?=[ \t]*:[ \t]*[A-Za-z]{0,5}[-/]?\d)|"
    r"debtor\s+(?:no\.?|number)|forderung\s+nr\.?"
)
# the first part of a compound label whose number is none of the creditor's file numbers
_NOT_COMPOUND = re.compile(
    r"^(?:tel|fax|mobil|handy|ruf|notruf|rückruf|durchwahl|hotline|service|anschluss|steuer|ust|umsatz|wirtschafts|"
    r"register|handelsregister|reg|sendungs|tracking|paket|versand|haus|zähler|zaehler|zählpunkt|identifikation|"
    r"gläubiger|glaeubiger|iban|bic|bank|konto|giro|spar|ander|treuhand|tagesgeld|privat|geschäfts|firmen|empfänger|"
    r"ziel|gehalts|depot|seite|artikel|zimmer|raum|postfach|ausweis|personalausweis|pass|sozialversicherung|renten|"
    r"betriebs|lieferanten|geräte|serien|fahrgestell|kfz|kenn|melde|markt|bafin|fca|ticket|bestätigung|eingangs|"
    r"transaktion|vermittler|berater|filial|mitarbeiter|personal|tarif|fahrzeug|zoll|sepa|leitweg|plz|post|"
    r"telefon|version|modell|typ|fremdgeld|pfändungsschutz|pfaendungsschutz|kautions|festgeld|sammel|guthaben|"
    r"mess|lokation|malo|melo|reisepass|führerschein|fuehrerschein|matrikel|produkt|chargen|wohnung|grundbuch|eori|"
    r"duns|"
    # the patient's health-insurance or social-security number, a doctor's or an institution's code: the
    # insurer's or the authority's, not the creditor's ("Versichertennr. der Krankenkasse: K204471209")
    r"versicherten|krankenversicherten|krankenversicherungs|krankenkassen|institutions|betriebsstätten|"
    r"(?:lei|hr|ik|sim|arzt|kassenarzt)$)", re.I)
_BARE_LABEL = re.compile(r"^(?:\w*rechnung|invoice|agreement|konto|vorgang|case|\w*vertrag)$", re.I)
_JOIN = r"(?<=\d) (?=\d)(?!\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|\d{1,3}(?:\.\d{3})*,\d{2}(?!\d))"
"""A space inside a code ("4711 0815 99"), never before a date or an amount in the next cell of a table row
("Bestellung 7001-339120 02.05.2028 ... 189,99")."""
_IBAN_RE = re.compile(r"^[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,}", re.I)
_SUBJECT_CODE = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)+$")
_LABEL_RE = re.compile(rf"(?<![\w-])(?P<label>{_LABELS})(?![\w])", re.I)
_VALUE_RE = re.compile(
    r"(?:[ \t]+(?i:der|des|bei|of\s+the)[ \t]+(?i:unserer[ \t]+|our[ \t]+)?[\wäöüßÄÖÜ]+"  # "… der Auftraggeberin:"
    r"|[ \t]+(?i:auftraggeber(?:in|s)?|gläubiger(?:in|s)?|mandant(?:in|en)?)"  # "Kundennummer Auftraggeberin …"
    # whose number it is, by a possessive: "Rechnungsnummer meiner Mandantin PS-…", "account number of our client"
    r"|[ \t]+(?:(?i:of)[ \t]+)?(?i:meine[rs]?|unsere[rs]?|ihre[rs]?|seine[rs]?|my|our|your|his|her|the)[ \t]+"
    r"(?i:mandant(?:in|en|schaft)?|auftraggeber(?:in|s)?|kund(?:e|in|en)|gläubiger(?:in|s)?|"
    r"client(?:'s)?|principal(?:'s)?|customer(?:'s)?)"
    r"|[ \t]+(?i:für|for)[ \t]+(?i:diese[nms]?|this|the|your)[ \t]+[\wäöüßÄÖÜ]+"  # "Unser Zeichen für diese …"
    # a remark in brackets, without digits: "Aktenzeichen (bitte stets angeben):", "Reference [please quote]:"
    r"|[ \t]*\*{0,2}[ \t]*[(\[][^()\[\]\n\d]{1,40}[)\]])?"
    # separators: ':', '#', '.', '|', '=', a dash, the '*' of bold text ("*Kundennummer:* KD-1")
    r"(?:[\s:#.|=*–—-]*(?i:nr\.?|no\.?|number|az\.?)(?![A-Za-z])){0,2}[\s:#.|=*–—]*(?:-[ \t]+)?"  # "Our file number: AZ 2026-…"
    # a letter code, a space and a file number with its parts: "RPI 27/0451", "KW-FM 2207/Ho", "HV-K 27-0119"
    r"(?P<value>[A-Z]{1,4}(?:-[A-Z]{1,4}){0,2} \d{2,}(?:[-/.][A-Za-z0-9]{1,8}){1,3}(?![\w/-])"
    r"|[A-Z]{1,4} \d{2,}(?: \d{2,})*(?:-\d{1,3})?(?![\w-])"
    r"|[A-Za-z0-9](?:[A-Za-z0-9/._-]|" + _JOIN + r"|(?<=\d) [A-Z]{1,3} (?=\d))*"
    r"(?:(?P<initials>(?<=\d) (?!EUR\b|GBP\b|USD\b|CHF\b)[A-Z]{2,3}(?![\w-])(?=[ \t]*(?:$|[,;()]|[-–|·][ \t])))"
    r"|(?<=\d) [A-Z](?![\w-])(?=[ \t]*(?:$|[,;)])))?)"  # a check letter closing the number: "558 120 447 K"
)
_FILLER_RE = re.compile(r"[ \t]+(?:for[ \t]+(?:this|the|your[ \t]+client's)[ \t]+(?:account|claim|debt|matter|file)"
                        r"[ \t]+)?(?:(?:ihres|ihrer|des|der)[ \t]+(?:mandant(?:in|en)?|kund(?:in|en)|schuldner(?:in|s)?)[ \t]+)?"
                        r"(?:(?:bei[ \t]+uns|with[ \t]+us|hier)[ \t]+)?(?:is|lautet|ist)\b[ \t:]*", re.I)
_NUMBER_LABEL = re.compile(r"(?:ref\.?|referenz|reference|nummer|nr\.?|number|no\.?|zeichen)$", re.I)
_REGISTRY_LINE = re.compile(r"registriert|\brdg\b|eingetragen|register-?\s?(?:nummer|nr)|registergericht|\bhrb\b|\bhra\b|"
                            r"handelsregister|\bblz\b|"
                            r"registered\s+(?:in|under|with)|ust-?id|vat|"
                            # a regulator's or company register's number: "FCA firm reference number 204471"
                            r"\bfca\b|\bfrn\b|financial\s+conduct|companies\s+house|company\s+(?:number|no\b)|"
                            r"sort\s+code|\biban\b|\bbic\b|bankverbindung|anderkonto|"  # own bank details
                            # a trade body's membership or a data-protection registration: "Member of the
                            # British Parking Association (member no. 0412)", "Mitglied im BDIU", "ICO registration"
                            r"\bmember\s+of\s+(?:the\s+)?(?:[\w&'.-]+\s+){0,6}?(?:association|institute|federation|"
                            r"scheme|society|chamber|ombudsman|council)\b|\bmitglied\s+(?:im|in|des|der|beim)\b|\bico\b|"
                            r"information\s+commissioner|data\s+protection\s+reg", re.I)
_FOREIGN_RE = re.compile(r"(?:\b(?:ihr|ihre|ihres|ihrem|your)\s+)$", re.I)
_OWN_SIDE_LABEL = re.compile(r"^(?:az|akten|ref|referenz|reference|gesch|case|fall|vorgang|zeichen|file)", re.I)
_OUR_LABEL = re.compile(r"^(?:unser|our)", re.I)
_NOT_VALUES = re.compile(r"^(?:vom|from|dated|der|des|the|und|and)$", re.I)
BODY_CONFIDENCE, SUBJECT_CONFIDENCE, QUOTED_CONFIDENCE = 0.85, 0.8, 0.5
_FIRM_LABEL = re.compile(r"(?<![\w-])(?:ihr(?:e|es|em)?[ \t]+(?:zeichen|az\.?|aktenzeichen|referenz|gesch(?:ä|ae)ftszeichen)"
                         r"|your[ \t]+ref(?:erence)?\.?)(?![\w])", re.I)
_CELL = re.compile(r"[^ \t|]+(?: [^ \t|]+)*")
_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile(r"[\t|]")
_WORD = re.compile(r"\S+")
_NEWLINE = re.compile(r"\n")
_OTHER_HEADING = re.compile(  # the other headings of a letterhead row: dates, pages, handler, telephone
    r"datum|date|seite|page|sachbearbeiter(?:in)?|bearbeiter(?:in)?|ansprechpartner(?:in)?|telefon|tel\.?|"
    r"durchwahl|handler|contact|ihre\s+nachricht\s+vom|ihr\s+schreiben\s+vom|your\s+letter\s+of", re.I)
_QUALIFIER = re.compile(r"(?:original|previous|former|prior|urspr(?:ü|ue)ngliche[rs]?|alte[rs]?|bisherige[rs]?|"
                        r"vorherige[rs]?)[ \t]{1,3}(?=\S)", re.I)
_MAX_COLUMN_LINE, _MAX_COLUMNS = 200, 8  # a letterhead row of column labels or values is short
_TICKET = re.compile(r"ticket|support|service[ -]?request|\bsr\b|helpdesk", re.I)
_PIPED = re.compile(r"\|[ \t]*([^|\n]{3,40}?)[ \t]*(?=\||$)")
_SUBJECT_NUMBER = re.compile(r"^(?=[\d/-]{7})\d{2,}(?:[-/]\d+){1,4}(?:-[A-Za-z0-9]{1,3})?$")  # "| 4410-7782", "[26-1234567-0-1]"
_WITH_NUMBER = re.compile(  # "das Konto mit der Nummer 4471-2290", "the account with the number 4471"
    r"(?:\b(?i:[a-zäöüß]{0,30})(?i:forderung|konto|vertrag|akte|rechnung|vorgang|claim|account|agreement|file)[ \t\n]+"
    r"(?i:mit[ \t\n]+der|with(?:[ \t\n]+the)?)[ \t\n]+(?i:nummer|number|referenz|reference)"
    # "the account is held with us under 4471-2290", "recorded under number 4471"
    r"|\b(?i:held|kept|registered|recorded|filed|managed)[ \t\n]+(?:(?i:with[ \t\n]+us|here)[ \t\n]+)?"
    r"(?i:under)(?:[ \t\n]+(?i:the[ \t\n]+)?(?i:number|no\.|reference))?"
    # "When paying, please quote LPL-4471", "quote the number 4471-2290"
    r"|\b(?i:quote)(?:[ \t\n]+(?i:the|our|this))?(?:[ \t\n]+(?i:number|no\.|reference|ref\.?))?(?=[ \t\n]+[A-Za-z]{0,5}[-/]?\d))[ \t\n]+"
    r"(?P<value>(?:[A-Z]{1,4} (?=\d))?[A-Za-z0-9](?:[A-Za-z0-9/._-]|" + _JOIN + r"){2,30})")
_AUTHOR_LINE = re.compile(r"^[> \t]*(?P<author>(?:von|from)[ \t]*:[^\n]{1,200}|(?:am|on)\b[^\n]{1,200}?"
                          r"(?:schrieb|wrote)\b)", re.I | re.M)  # "Von: X <a@b>", "On 3 March, X <a@b> wrote:"
_ADDRESSEE_LINE = re.compile(r"^[> \t]{0,20}(?:an|to)[ \t]*:(?P<to>[^\n]{1,300})", re.I | re.M)  # "An: x@creditor…"
_MAX_HEADER_BLOCK = 1000
_BLANK_LINE = re.compile(r"\n[> \t]{0,20}\n")
_BRACKETED = re.compile(r"[\[(]([^\[\]()\n]{3,40})[\])]")
_HELD_UNDER = re.compile(
    r"\b(?i:unter)[ \t\n]+(?:(?:(?i:der)[ \t\n]+)?(?i:nummer|nr\.?)[ \t\n]*)?"
    r"(?P<value>(?:[A-Z]{1,4} (?=\d))?[A-Za-z0-9](?:[A-Za-z0-9/._-]|" + _JOIN + r"){2,30})"
    r"[ \t\n]+(?:(?i:bei[ \t\n]+uns|hier)[ \t\n]+)?(?i:geführt)"
    # "Bitte geben Sie bei Zahlung stets die Nummer 4471-2290 an."
    r"|\b(?i:geben[ \t\n]+sie)[ \t\n]+(?:(?i:bitte|stets|immer|bei[ \t\n]+(?:zahlung|überweisung|rückfragen)(?:en)?)"
    r"[ \t\n]+){0,3}(?i:die|diese|unsere)[ \t\n]+(?i:nummer)[ \t\n]+"
    r"(?P<value2>(?:[A-Z]{1,4} (?=\d))?[A-Za-z0-9](?:[A-Za-z0-9/._-]|" + _JOIN + r"){2,30})[ \t\n]+(?i:an)\b")
_TABLE_HEADER = re.compile(
    r"^[ \t|]*(?:invoice|rechnung|re|beleg|kunden|vertrag|vertrags|konto|akten|account|customer|contract|policy|"
    r"reference|ref|order|bestell|dokument|document|vorgang|(?:vertrags|kunden|kassen|mieter|beitrags)konto)"
    r"(?:s?-?\s?(?:nummer|nr\.?|no\.?|number|zeichen|id))?"
    # the other columns name dates or amounts: "Invoice | Order date | Amount", "Rechnung Datum Betrag"
    r"[ \t|]+(?=[^\d\n]{0,80}?\b(?:datum|date|betrag|amount|summe|total|fällig|due|saldo|balance|offen|"
    r"outstanding|zeitraum|period)\b)[^\d\n]{2,80}$\n", re.I | re.M)
_TABLE_ROW = re.compile(  # the next cell is a date or an amount, or set apart by a tab, '|' or two spaces;
    # a code may have spaced digit groups ("2041 7730 29")
    r"(?:[ \t]*\n)*[ \t|]*(?P<value>[A-Za-z]{0,6}[-/]?\d[A-Za-z0-9/_-]{2,24}(?: \d{2,6}(?![\d.,]))*)"
    r"(?:[ \t]*[\t|][ \t|]*|[ \t]{2,}|[ \t]+(?=[^\s]*[./,€£$]))[^\n]*\d[^\n]*(?:\n|$)")


def find_references(text: str, source: str, quotes: QuoteMap | None = None,
                    firm_domains: tuple[str, ...] = ()) -> list[Finding]:
    """Reference findings in `text` (the mail body or subject, named by `source`), in order of appearance.

    `firm_domains` (the mail's recipients' domains, the firm's) tell whose quoted message an "Unser Zeichen" is
    in: a quoted message whose "Von:/From:" line names none of them was the creditor side's; in one the firm
    wrote, its "Ihr Zeichen" is the creditor's number."""
    findings: list[tuple[int, Finding]] = []
    registry: dict[int, bool] = {}
    authors = [(m.start(), m.group("author")) for m in _AUTHOR_LINE.finditer(text)] if quotes and firm_domains else []
    line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    labels = list(_LABEL_RE.finditer(text))
    firm_labels = list(_FIRM_LABEL.finditer(text))
    labelled_lines = {line_starts[bisect_right(line_starts, m.start()) - 1] for m in [*labels, *firm_labels]}
    columns = _column_rows(text, labelled_lines)
    for label in labels:
        if label.group("compound") and _NOT_COMPOUND.match(label.group("compound")):
            continue  # "Telefonnummer", "Gläubiger-ID", "Girokonto": no claim's number
        prefix = text[max(0, label.start() - 12): label.start()]
        if _OWN_SIDE_LABEL.match(label.group("label")) and _FOREIGN_RE.search(prefix):
            continue
        line_index = bisect_right(line_starts, label.start()) - 1
        line_start = line_starts[line_index]
        if line_start in columns:
            continue  # a row of column labels: `_column_values` pairs each with the value below it
        line_end = line_starts[line_index + 1] - 1 if line_index + 1 < len(line_starts) else -1
        if line_start not in registry:  # each line is checked once, however many labels it holds
            line = text[line_start: len(text) if line_end == -1 else line_end]
            registry[line_start] = bool(_REGISTRY_LINE.search(line))
        if registry[line_start]:
            continue  # "Registriert nach § 10 RDG …, Az. 3712 E": a registration, not a claim
        value_start = label.end()
        if _NUMBER_LABEL.search(label.group("label")) and (filler := _FILLER_RE.match(text, value_start)):
            value_start = filler.end()  # "Their reference for this account is\nLPL-…"
        span = _value_span(text, value_start)
        if span is None and line_end != -1 and not text[value_start: line_end].strip(" \t:*|"):
            span = _next_line_value(text, line_index, line_starts, labelled_lines)
        for span in _listed(text, span) if span is not None else ():
            if finding := _finding(text, span, source, label.start(), label.group("label"), quotes, authors,
                                   firm_domains):
                findings.append((label.start(), finding))
    for line_start, cells in columns.items():
        for label_start, label_text, span in _column_values(text, line_start, cells):
            if _FIRM_LABEL.fullmatch(label_text):
                if not (quotes and quotes.is_quoted(label_start)
                        and _names_creditors(text, authors, label_start, firm_domains)):
                    continue  # the firm's own number, unless the firm's quoted letter names the creditor's
                label_text = "ref"
            if finding := _finding(text, span, source, label_start, label_text, quotes, authors, firm_domains):
                findings.append((label_start, finding))
    for match in firm_labels if authors else ():
        # the firm's own quoted letter: its "Ihr Zeichen: 7781-004-12" is the creditor's number; so is it in a
        # forwarded message the creditor's agency or lawyer sent to the creditor ("An: forderungen@creditor…")
        if quotes and quotes.is_quoted(match.start()) and _names_creditors(text, authors, match.start(), firm_domains):
            if (span := _value_span(text, match.end())) and (
                    finding := _finding(text, span, source, match.start(), "ref", quotes, authors, firm_domains)):
                findings.append((match.start(), finding))
    return [finding for _, finding in sorted(findings, key=lambda pair: pair[0])]


_MAX_STACK = 6
_MAX_LISTED = 10
_LIST_JOIN = re.compile(r"[ \t]*(?:,|;|&|/|\b(?:und|and|sowie|or|oder)\b)[ \t]*", re.I)


def _listed(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """`span` and the values listed after it under the same label ("Rechnungsnummern 4471-2290, 4471-2291 und
    4471-2292"): each joined by ',', ';', '&', '/', 'und'/'and'/'sowie' and of the first one's shape (digits and
    letters in the same places), so a date or an amount after a comma is not taken for one (at most 10)."""
    spans = [span]
    shape = _shape(text[span[0]: span[1]])
    while len(spans) <= _MAX_LISTED:
        join = _LIST_JOIN.match(text, spans[-1][1])
        if join is None or join.end() == spans[-1][1]:
            break
        following = _value_span(text, join.end())
        if following is None or following[0] != join.end() or _shape(text[following[0]: following[1]]) != shape:
            break
        spans.append(following)
    return spans


def _shape(value: str) -> str:
    """'4471-2290' -> '9-9', 'KD-1188' -> 'A-9': runs of digits and of letters, separators kept."""
    return re.sub(r"[A-Za-z]+", "A", re.sub(r"\d+", "9", value))


def _next_line_value(text: str, line: int, line_starts: list[int], labelled: set[int]) -> tuple[int, int] | None:
    """The value of a label alone on line `line`: on the next line ("Kundenkonto\nKD-451190"), after one blank
    line, or — when labels stand one per line and their values follow in the same order, as text taken from a
    PDF's label and value columns reads ("Kundennummer\nRechnungsnummer\nKD-1\nR-2") — on the line as far
    below the run of labels as this label is from its start."""
    lines = len(line_starts)

    def bounds(index: int) -> tuple[int, int]:
        return line_starts[index], (line_starts[index + 1] - 1 if index + 1 < lines else len(text))

    first = line  # this label's place in a run of label-only lines (at most _MAX_STACK of them)
    while line - first < _MAX_STACK and first - 1 >= 0 and line_starts[first - 1] in labelled \
            and _label_only(text, *bounds(first - 1)):
        first -= 1
    last = line
    while last - first < _MAX_STACK and last + 1 < lines and line_starts[last + 1] in labelled \
            and _label_only(text, *bounds(last + 1)):
        last += 1
    if last - first >= _MAX_STACK:
        return None  # a long list of label words is no label column
    target = last + 1 + (line - first)
    if last == line and target < lines and not text[slice(*bounds(target))].strip():
        target += 1  # one blank line between a label and its value
    if target >= lines:
        return None
    start, end = bounds(target)
    if start in labelled:
        return None
    return _value_span(text, start)


def _label_only(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) holds a label and nothing after it but separators."""
    label = _LABEL_RE.search(text, start, end)
    return bool(label) and label.start() - start <= 4 and not text[label.end(): end].strip(" \t:*|")


def _finding(text: str, span: tuple[int, int], source: str, label_start: int, label: str, quotes: QuoteMap | None,
             authors: list[tuple[int, str]], firm_domains: tuple[str, ...]) -> Finding | None:
    """The finding for the value at `span` after `label`, or None when whose number it is says it is not ours."""
    quoted = bool(quotes and quotes.is_quoted(label_start))
    if quoted and _OUR_LABEL.match(label) and not _creditor_wrote(authors, label_start, firm_domains):
        return None  # "our" in quoted history is the quoted author's (often the firm's own) number
    own = BODY_CONFIDENCE if source == "email_body" else SUBJECT_CONFIDENCE
    confidence = QUOTED_CONFIDENCE if quoted else own
    return Finding(field="reference_number", value=text[span[0]: span[1]], confidence=confidence,
                   source=source, span=span, quoted=quoted)


def _column_rows(text: str, candidates: set[int]) -> dict[int, list[tuple[int, int]]]:
    """Rows of column labels in a letterhead block ("Kundennummer      Vertragskonto      Datum"), by the
    offset of the line, with their cells' spans: two or more cells parted by two spaces, a tab or '|' (or by
    single spaces when every word belongs to a heading), no digit, at least one cell a reference label (or the
    firm's "Ihr Zeichen"/"Your Ref" column). `candidates`: the offsets of the lines holding a label."""
    rows: dict[int, list[tuple[int, int]]] = {}
    for line_start in sorted(candidates):
        line_end = text.find("\n", line_start, line_start + _MAX_COLUMN_LINE + 1)
        line_end = len(text) if line_end == -1 and len(text) - line_start <= _MAX_COLUMN_LINE else line_end
        if line_end != -1 and not _DIGIT.search(text, line_start, line_end):
            cells = _cells(text, line_start, line_end)
            if len(cells) == 1:  # an HTML table's row as text: the headings parted by single spaces
                cells = _headings(text, line_start, line_end)
            if 2 <= len(cells) <= _MAX_COLUMNS and any(_column_label(text[a:b]) for a, b in cells):
                rows[line_start] = cells
    return rows


def _column_values(text: str, line_start: int, cells: list[tuple[int, int]]) -> list[tuple[int, str, tuple[int, int]]]:
    """(label offset, label, value span) for each label cell of the column row at `line_start` whose column the
    next non-blank line fills with a reference-shaped value: the cell under it (overlapping it, starting nearest
    to it), or with '|'/tab separators and as many cells as labels, the cell in its place."""
    below = text.find("\n", line_start)
    for _ in range(2):  # the value row, one blank line between allowed
        if below == -1:
            return []
        next_end = text.find("\n", below + 1)
        next_end = len(text) if next_end == -1 else next_end
        if text[below + 1: next_end].strip(" \t>"):
            break
        below = next_end if next_end < len(text) else -1
    else:
        return []
    row_start = below + 1
    if next_end - row_start > _MAX_COLUMN_LINE:
        return []
    values = _cells(text, row_start, next_end)
    if len(values) > _MAX_COLUMNS:
        return []
    if len(_cells(text, line_start, cells[-1][1])) == 1:  # headings parted by single spaces: so are the values
        words = [m.span() for m in _WORD.finditer(text, row_start, next_end)]
        if len(words) != len(cells):
            return []  # a value with a space in it, or an empty column: no telling which is which
        return [(cell[0], label, value) for cell, value in zip(cells, words)
                if _column_label(label := text[cell[0]: cell[1]].rstrip(" :"))
                and _whole_value(text[value[0]: value[1]])]
    if len(values) == len(cells) and _SEPARATOR.search(text, row_start, next_end):
        pairs = list(zip(cells, values))  # "Kundennummer | Vertrag" over "4471 | V-12": cell by cell
    else:  # columns set by spaces: under each label the value it overlaps that starts nearest to it
        def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
            return min(a[1] - line_start, b[1] - row_start) - max(a[0] - line_start, b[0] - row_start)

        def distance(a: tuple[int, int], b: tuple[int, int]) -> int:
            return abs((a[0] - line_start) - (b[0] - row_start))
        under: dict[tuple[int, int], tuple[int, int]] = {}
        for value in values:
            overlapping = [cell for cell in cells if overlap(cell, value) > 0]
            if overlapping:  # else under no label
                cell = min(overlapping, key=lambda c: distance(c, value))
                if cell not in under or distance(cell, value) < distance(cell, under[cell]):
                    under[cell] = value
        pairs = list(under.items())
    found = []
    for cell, value in pairs:
        label = text[cell[0]: cell[1]].rstrip(" :")
        if _column_label(label) and (span := _value_span(text, value[0])) and span == value:  # the whole cell
            found.append((cell[0], label, span))
    return found


def _headings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the column headings of a row whose cells are parted by single spaces ("Kundennummer Vertrag
    Datum"): every word belongs to a reference label or another letterhead heading, else none."""
    words = [m.span() for m in _WORD.finditer(text, start, end)]
    headings, i = [], 0
    while i < len(words):
        for j in range(min(len(words), i + 4), i, -1):  # the longest heading first ("Ihr Zeichen", "Our ref")
            cell = text[words[i][0]: words[j - 1][1]].rstrip(" :")
            if _column_label(cell) or _OTHER_HEADING.fullmatch(cell):
                headings.append((words[i][0], words[j - 1][1]))
                i = j
                break
        else:
            return []
    return headings


def _whole_value(word: str) -> bool:
    """Whether `word` is a reference value as a whole."""
    return _value_span(word, 0) == (0, len(word))


def _column_label(cell: str) -> bool:
    """Whether the cell is a reference label (or the firm's "Ihr Zeichen"/"Your Ref") and nothing more."""
    cell = cell.rstrip(" :")
    if qualifier := _QUALIFIER.match(cell):  # "Original agreement", "Bisherige Kundennummer": an earlier owner's
        cell = cell[qualifier.end():]
    if _FIRM_LABEL.fullmatch(cell):
        return True
    label = _LABEL_RE.fullmatch(cell)
    return bool(label) and not (label.group("compound") and _NOT_COMPOUND.match(label.group("compound")))


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the cells of the line text[start:end]: text parted by two spaces, a tab or '|'; quote marks
    ('>') are no cells."""
    cells = []
    for match in _CELL.finditer(text, start, end):
        quote_marks = len(match.group()) - len(match.group().lstrip("> "))  # "> Kundennummer" in quoted history
        if match.start() + quote_marks < match.end():
            cells.append((match.start() + quote_marks, match.end()))
    return cells


def _firm_wrote(authors: list[tuple[int, str]], pos: int, firm_domains: tuple[str, ...]) -> bool:
    """Whether the quoted message holding `pos` names its author, and the author is the firm."""
    index = bisect_right(authors, (pos, "\uffff")) - 1
    if index < 0:
        return False
    author = authors[index][1].lower()
    return "@" in author and any(domain in author for domain in firm_domains)


def _names_creditors(text: str, authors: list[tuple[int, str]], pos: int, firm_domains: tuple[str, ...]) -> bool:
    """Whether an "Ihr Zeichen"/"Your ref" at `pos` in quoted history names the creditor side's number: the firm
    wrote the quoted message, or someone else wrote it to an address that is not the firm's (the creditor's
    agency writing to the creditor, forwarded by the creditor)."""
    if _firm_wrote(authors, pos, firm_domains):
        return True
    if not _creditor_wrote(authors, pos, firm_domains):
        return False
    start = authors[bisect_right(authors, (pos, "\uffff")) - 1][0]
    blank_line = _BLANK_LINE.search(text, start, start + _MAX_HEADER_BLOCK)  # the quoted message's header block
    block_end = blank_line.start() if blank_line else start + _MAX_HEADER_BLOCK
    addressee = _ADDRESSEE_LINE.search(text, start, block_end)
    if addressee is None or "@" not in addressee.group("to"):
        return False
    to = addressee.group("to").lower()
    return not any(domain in to for domain in firm_domains)


def _creditor_wrote(authors: list[tuple[int, str]], pos: int, firm_domains: tuple[str, ...]) -> bool:
    """Whether the quoted message holding `pos` names its author, and the author is not the firm."""
    index = bisect_right(authors, (pos, "\uffff")) - 1
    if index < 0:
        return False
    author = authors[index][1].lower()
    return "@" in author and not any(domain in author for domain in firm_domains)


def firm_references(text: str, quotes: QuoteMap | None = None) -> set[str]:
    """Keys (reference_key) of the firm's own numbers the creditor's newest words name as such ("Ihr Zeichen:
    SB-2027-0112", "Your Ref: BR/019/27"): the same number elsewhere (alone in the subject, "| SB-2027-0112") is
    not the creditor's. Quoted history is skipped: there the firm wrote, and its "Ihr Az." is the creditor's."""
    keys = set()
    for match in _FIRM_LABEL.finditer(text):
        if quotes and quotes.is_quoted(match.start()):
            continue
        span = _value_span(text, match.end())
        if span and (key := reference_key(text[span[0]: span[1]])):
            keys.add(key)
    return keys


_SUBJECT_TOPIC = re.compile(  # a claim's document or matter named in a subject, then its number
    r"(?<![\w-])(?:\w{0,20}mahnung|zahlungserinnerung|erinnerung|forderung(?:ssache)?|\w{0,20}verfahren|"
    r"\w{0,20}vereinbarung|kündigung|statement|claim|reminder|arrears|acc\.?)(?:[ \t]+(?:nr\.?|no\.?))?[ \t]+"
    r"(?P<code>(?=[A-Za-z]{0,5}[-/]?\d)[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])){3,30})(?![\w/-]|[.,]\d)", re.I)


def _topic_codes(subject: str) -> list[tuple[int, str]]:
    """'Mahnung 4471-2290', 'Zahlungserinnerung KD-448812', 'Statement LPL-4471 - J Smith': a file-number-shaped
    code (at least four digits; letters and digits, or digits joined by - / .) right after the matter it names."""
    found = []
    for match in _SUBJECT_TOPIC.finditer(subject):
        code = match.group("code")
        digits = sum(c.isdigit() for c in code)
        if digits >= 4 and (re.search(r"[A-Za-z]", code) or re.search(r"\d[-/.]\d", code)) and _plausible(code) \
                and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", code):  # "1.284": an amount's thousands
            found.append((match.start("code"), code))
    return found


def find_subject_codes(subject: str) -> list[Finding]:
    """Unlabelled file numbers standing alone between separators in a subject ("… - John Smith - BC-5512-0099",
    "Mahnung 2. Stufe | RE-88213-B"), in brackets ("Vergleichsangebot Meyer [vk-2207-hs]") or right after the
    matter they number ("Zahlungserinnerung KD-448812")."""
    parts = [(offset, value, False) for offset, value in segments(subject, r" - | / |, |: | ?\| ?| – ")]
    parts += [(m.start(1), m.group(1), True) for m in _PIPED.finditer(subject)]
    if not _TICKET.search(subject):  # "[SR-2027-0042]" of a helpdesk ticket is its token, not a claim's number
        parts += [(m.start(1), m.group(1), True) for m in _BRACKETED.finditer(subject)]
    parts += [(offset, value, None) for offset, value in _topic_codes(subject)]
    findings, seen = [], set()
    for offset, value, set_apart in sorted(parts, key=lambda part: part[:2]):
        shaped = set_apart is None or _SUBJECT_CODE.match(value) or (
            set_apart and _SUBJECT_NUMBER.match(value) and _plausible(value))
        if shaped and offset not in seen and not _IBAN_RE.match(value) and not find_references(value, "subject"):
            seen.add(offset)
            findings.append(Finding(field="reference_number", value=value, confidence=0.7, source="subject",
                                    span=(offset, offset + len(value)), note="unlabelled code in the subject"))
    return findings


def find_sentence_references(text: str, source: str, quotes: QuoteMap | None = None) -> list[Finding]:
    """A number the sentence itself says the claim or account is kept under, without a label word:
    "die unter 4410-7782 geführte Forderung", "wird bei uns unter der Nummer 4410-7782 geführt"."""
    findings = []
    matches = [*_HELD_UNDER.finditer(text), *_WITH_NUMBER.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        start, end = match.span("value" if match.group("value") else "value2")
        while end > start and text[end - 1] in "._-/":  # the sentence's full stop is not part of the number
            end -= 1
        if not _plausible(text[start:end]):
            continue  # a date, an amount or no number at all
        quoted = bool(quotes and quotes.is_quoted(start))
        confidence = QUOTED_CONFIDENCE if quoted else BODY_CONFIDENCE if source == "email_body" else SUBJECT_CONFIDENCE
        findings.append(Finding(field="reference_number", value=text[start:end], confidence=confidence,
                                source=source, span=(start, end), quoted=quoted))
    return findings


def find_table_references(text: str, source: str, quotes: QuoteMap | None = None) -> list[Finding]:
    """Invoice numbers in the first column of an invoice list (an HTML table or a PDF's table as text):
    under a header row "Invoice | Order date | Amount" / "Rechnung Datum Betrag", each row's leading code."""
    findings = []
    for header in _TABLE_HEADER.finditer(text):
        pos = header.end()
        for _ in range(60):  # rows, blank lines between them allowed; a row without a leading code ends the table
            row = _TABLE_ROW.match(text, pos)
            if not row:
                break
            start, end = row.span("value")
            if _plausible(text[start:end]):
                quoted = bool(quotes and quotes.is_quoted(start))
                confidence = QUOTED_CONFIDENCE if quoted else BODY_CONFIDENCE
                findings.append(Finding(field="reference_number", value=text[start:end], confidence=confidence,
                                        source=source, span=(start, end), quoted=quoted, note="invoice list row"))
            pos = row.end()
    return findings


def _value_span(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the reference value right after a label, or None when what follows is no reference."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    match = _VALUE_RE.match(text, pos, line_end)
    if not match:
        return None
    start, end = match.span("value")
    if match.group("initials") and "/" not in text[start: match.start("initials")]:
        end = match.start("initials")  # handler's initials only after a court-style file number ("118/26 SE")
    while end > start and text[end - 1] in "._-/":
        end -= 1
    return (start, end) if _plausible(text[start:end]) else None


def _plausible(value: str) -> bool:
    """Whether `value` can be a reference number: not a date, a year, an amount, a billing period or an IBAN."""
    if len(value) < 3 or not re.search(r"\d", value) or _NOT_VALUES.match(value) or _IBAN_RE.match(value):
        return False
    if re.match(r"(?:(?:0?[1-9]|1[0-2])[-–])?(?:0?[1-9]|1[0-2])/(?:\d\d|\d{4})(?:\s|$)", value):
        return False  # a billing period ("Rechnung 09/2026", "Rechnungen 05-07/2026"), not a number
    if re.fullmatch(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}|(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?|\d{1,3}(?:[.,]\d{3})*[.,]\d\d", value):
        return False  # a date, a year ("Jahresrechnung 2026") or an amount ("Rechnung 59,99"), not a number
    return True
