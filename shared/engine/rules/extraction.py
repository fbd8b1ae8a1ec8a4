"""Field extraction of the offline rules engine: creditor, amounts, references, debtor names, dates of birth and
the payment deadline from the subject, the body (quoted history and signature told apart) and readable
attachments, with the review reasons the rules can give. Imported on the first extraction only, so the intent
function's cold start does not compile the extraction patterns (names, references, creditors) it never uses.
"""

from __future__ import annotations

from typing import Sequence

from shared.domain.client import reference_key
from shared.domain.mail import InboundMail
from shared.domain.results import ExtractionResult, Finding, IntentResult
from shared.domain.review import reason
from shared.engine import Document
from shared.engine.consolidate import PASSED_ON
from shared.engine.rules.amounts import scan_amounts
from shared.engine.rules.creditor import find_creditor, names_trading_owner
from shared.engine.rules.dates import find_birth_dates, find_payment_deadlines
from shared.engine.rules.money import find_money
from shared.engine.rules.names import find_debtor_names, find_subject_names
from shared.engine.rules.quoting import passes_on, quote_map
from shared.engine.rules.references import (find_references, find_sentence_references, find_subject_codes,
                                              find_table_references, firm_references)
from shared.engine.rules.unplaced import UNPLACED_REASON, unplaced_candidates

ENGINE_NAME = "rules"
UNRECOGNISED_AMOUNT_REASON = reason("unrecognised_amount")
TRADING_NAME_REASON = reason("trading_name")


def extract(mail: InboundMail, intent: IntentResult, documents: Sequence[Document] = ()) -> ExtractionResult:
    """Findings (creditor, amount, currency, references, debtor name, date of birth, payment deadline) for `mail`.

    An auto-reply yields no findings. Review reasons: "total not stated" when only components are given;
    "creditor trades under another name" when the mail or an attachment says a brand is a trading name of a
    company (which of the two is the creditor of record is a caseworker's call);
    "amount stated but no total recognised" when the newest message or an attachment names a sum of money
    with its currency and no total (nor "nothing owed") was found;
    "possible reference not recognised" when a reference-shaped code no finding covers remains (`unplaced`);
    those codes are findings too, note "unplaced" at confidence 0: candidates the learned reference choice
    weighs (shared.engine.learned.choice), never a value on their own.
    """
    sources = ["subject", "email_body"]
    if intent.intent == "auto_reply":
        return ExtractionResult(findings=[], sources_processed=sources, engine=ENGINE_NAME)
    quotes = quote_map(mail.text)
    amounts = scan_amounts(mail.text, quotes)
    if passes_on(quotes):  # a forwarded statement passed on as current may give the total (consolidate)
        amounts.findings[:] = [f.model_copy(update={"note": PASSED_ON}) if f.quoted and f.field == "debt_amount" else f for f in amounts.findings]
    findings: list[Finding] = [
        *find_creditor(mail, quotes),
        *amounts.findings,
        *find_references(mail.subject, "subject"),
        *find_subject_codes(mail.subject),
        *find_references(mail.text, "email_body", quotes, _domains(mail.to)),
        *find_sentence_references(mail.text, "email_body", quotes),
        *find_table_references(mail.text, "email_body", quotes),
        *find_debtor_names(mail.subject, "subject"),
        *find_subject_names(mail.subject),
        *find_debtor_names(mail.text, "email_body", quotes),
        *find_birth_dates(mail.subject, "subject"),
        *find_birth_dates(mail.text, "email_body", quotes),
        *find_payment_deadlines(mail.subject, "subject"),
        *find_payment_deadlines(mail.text, "email_body", quotes),
    ]
    components_seen = amounts.components_seen
    reasons = []
    for document in documents:
        if document.problem and not document.text:
            sources.append("scanned_pdf" if document.scanned else document.source)
            reasons.append(reason("unreadable_attachment", detail=f"{document.filename}: {document.problem}"))
            continue
        scan = _document_findings(document)
        findings.extend(scan[0])
        components_seen = components_seen or scan[1]
        sources.append(document.source)
    firm = firm_references(mail.text, quotes)  # the creditor's "Ihr Zeichen: X": X is the firm's, wherever it recurs
    findings = [f for f in findings if f.field != "reference_number" or reference_key(f.value) not in firm]
    readable = [d.text for d in documents if d.text]
    if not any(f.field == "debt_amount" for f in findings):
        if components_seen:
            reasons.append(reason("total_not_stated"))
        elif _states_money(quotes.newest_text(), readable):
            reasons.append(UNRECOGNISED_AMOUNT_REASON)  # a figure no total pattern placed: a person looks
    if any(names_trading_owner(text) for text in (mail.text, *readable)):
        reasons.append(TRADING_NAME_REASON)  # brand or company as the creditor: a caseworker's call
    unplaced = unplaced_candidates(mail.subject, quotes, [(d.source, d.text) for d in documents if d.text],
                                   findings, firm)
    if unplaced:  # a reference-shaped code no finding covers: a person looks, unless the learned choice takes it
        reasons.append(UNPLACED_REASON)
        findings.extend(unplaced)  # candidates for the learned reference choice (note "unplaced", confidence 0)
    if mail.from_name or mail.from_address:
        sources.append("sender")
    return ExtractionResult(findings=findings, sources_processed=sources, review_reasons=reasons,
                            engine=ENGINE_NAME)


def _states_money(newest: str, documents: Sequence[str]) -> bool:
    """Whether the creditor's newest words or an attachment name an amount with its currency ("412,90 EUR")."""
    return any(money.currency_span for text in (newest, *documents) for money in find_money(text))


def _domains(addresses: Sequence[str]) -> tuple[str, ...]:
    """The '@domain' part of each recipient address: the firm's own mailboxes."""
    return tuple(f"@{a.rpartition('@')[2].strip('<> ').lower()}" for a in addresses if "@" in a)


def _document_findings(document: Document) -> tuple[list[Finding], bool]:
    """Amounts, references, names, birth dates and payment deadlines in an attachment's text, sourced to it."""
    quotes = quote_map(document.text)
    amounts = scan_amounts(document.text, quotes)
    found = [f.model_copy(update={"source": document.source}) for f in amounts.findings]
    found += find_references(document.text, document.source)
    found += find_sentence_references(document.text, document.source)
    found += find_table_references(document.text, document.source)
    found += find_debtor_names(document.text, document.source)
    found += find_birth_dates(document.text, document.source)
    found += find_payment_deadlines(document.text, document.source, quotes)
    return found, amounts.components_seen
