"""The learned choices of debt_amount, creditor_name, the references and the payment deadline: linear models over
the rules' candidates.

The rules' finders are good at proposing values and poor at choosing between them (a component line, a figure from
quoted history, an older balance; the agency rather than its principal). The amount candidates are the rules'
grounded debt_amount findings plus every other money mention of the subject, body and PDF texts (`money_mentions`);
the creditor candidates are the rules' grounded creditor findings plus every other organisation the subject, body
and PDF texts name (`organisation_mentions`: a creditor's letter forwarded by a client names its owner with no cue
the finders know) and every person written with a title and first name (`titled_name_mentions`: the landlord or
lender a manager or lawyer writes for); the reference candidates are the rules' labelled reference finds plus every
reference-shaped code nothing explains (the "unplaced" net, shared.engine.rules.unplaced); the deadline candidates
are the rules' deadline findings plus every other date written (`date_mentions`: "Geht der Betrag nicht bis zum
05.09.2028 bei uns ein" has no cue the finder knows). Each is described by `shared.engine.learned.choice_features`
and scored by `choice_<field>.json` (P(this candidate is a true value), trained by tools/train_choice.py). Amount,
creditor and deadline: the best candidate is kept with that probability as its confidence when it reaches STATE_AT;
below, the field is not stated ("null is better than wrong") and, for the amount, consolidation asks a person.
References are a list: every candidate at STATE_AT or above is kept; a code left out at FLAG_AT or above still asks
a person ("possible reference not recognised"). Calibration maps the probabilities like any raw confidence
(shared/engine/calibration).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, Sequence

from shared.domain.mail import InboundMail
from shared.domain.results import Finding
from shared.domain.review import ReviewReason, reason
from shared.engine import Document
from shared.engine.rules.unplaced import UNPLACED_NOTE as UNPLACED

if TYPE_CHECKING:
    from shared.engine.rules.quoting import QuoteMap

FIELD = "debt_amount"
CREDITOR = "creditor_name"
ORGANISATION_NOTE = "organisation mention"
MONEY_NOTE = "money mention"
MENTION_CURRENCY = 0.75
"""The raw confidence of a currency written beside a money mention chosen as the amount: the rules' amount scan
gives a currency its total's confidence, most often 0.75; calibration maps it like theirs."""
REFERENCE = "reference_number"
DEADLINE = "payment_deadline"
DATE_NOTE = "date mention"
TITLED_NOTE = "titled name mention"
_TITLED_NAME = re.compile(r"(?<![\w-])(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?)[ \t]+(?:Dr\.[ \t]+)?"
                          r"(?P<name>[A-ZÄÖÜ][a-zäöüßé'-]+(?:-[A-ZÄÖÜ][a-zäöüßé'-]+)?[ \t]+"
                          r"(?:[A-ZÄÖÜ][a-zäöüßé'-]+[ \t]+)?[A-ZÄÖÜ][a-zäöüßé'-]+(?:-[A-ZÄÖÜ][a-zäöüßé'-]+)?)"
                          r"(?![\w-])")
"""A person written with a title and first name ("Herrn Konstantin Varga", "Mrs Jane Doe"): a private person who
may own the claim (a landlord, a lender) behind the manager or lawyer who writes; also the debtor, a handler, a
signer — the creditor model tells them apart (`choice_features`: the debtor's name, the caption "X ./. Y")."""
FIELDS = ("debt_amount", "creditor_name", REFERENCE, DEADLINE)
# The lowest probability at which the best candidate is stated, per field. Leave-one-batch-out over the twenty
# batches (python -m tools.train_choice --lobo; a null counts as right when the truth is null): amounts stated at
# p >= 0.5 are right 95.0% of the time (93.3% at 0.3) at the same overall accuracy (88.5%): null is better than
# wrong. Creditors: always the best candidate, as consolidation did; its probability, calibrated, sends a doubtful
# one to review.
# References, leave-one-batch-out over 24 batches (731 mails, scans read by OCR; python -m tools.train_choice
# --lobo): kept at p >= 0.7, P 97.6% R 91.5% F1 0.945, against P 97.7% R 85.2% F1 0.910 for the rules' labelled
# finds alone (at 0.5: P 96.5% R 93.4%; at 0.9: P 98.4% R 86.7%).
# Payment deadlines, leave-one-batch-out over the 28 batches that label them (841 mails; most set none, and a null
# is then right): the best date stated at p >= 0.7 is stated in 29.0% of mails and right in 99.2% of those,
# 96.8% right overall, against 90.5% for the rules' finder alone (stated in 22.9%, right in 97.9%).
STATE_AT = {"debt_amount": 0.5, "creditor_name": 0.0, REFERENCE: 0.7, DEADLINE: 0.7}
FLAG_AT = 0.1
"""A reference-shaped code the reference model leaves out at this probability or above keeps the review reason
"possible reference not recognised"; below it, the code is taken for what the model says it is (a number of no
consequence) and no longer stops auto-approval on its own. Leave-one-batch-out: the reason is left in 57 of 731
mails (the unplaced net alone: 141), and 1 true reference falls below 0.1 unflagged (0.2: 49 mails)."""


def _texts(mail: InboundMail, documents: Sequence[Document]) -> Iterator[tuple[str, str, QuoteMap | None]]:
    """(source, text, quote map of the body or None) of the subject, the body and each readable PDF: where the
    mention nets below look."""
    from shared.engine.rules.quoting import quote_map

    yield "subject", mail.subject, None
    yield "email_body", mail.text, quote_map(mail.text)
    for document in documents:
        if document.text:
            yield document.source, document.text, None


def _mention(field: str, value: str, source: str, span: tuple[int, int], quotes: QuoteMap | None,
             note: str) -> Finding:
    """A candidate the engine's nets propose beside the finders' findings: confidence 0, its note says which net."""
    return Finding(field=field, value=value, confidence=0.0, source=source, span=span,
                   quoted=bool(quotes and quotes.is_quoted(span[0])), note=note)


def _covered(start: int, source: str, taken: Sequence[tuple[str, tuple[int, int]]]) -> bool:
    return any(s == source and span[0] <= start < span[1] for s, span in taken)


def money_mentions(findings: Sequence[Finding], mail: InboundMail, documents: Sequence[Document]) -> list[Finding]:
    """Each money mention (rules.money.find_money) of the subject, body and PDF texts that no debt_amount finding
    covers, as a candidate with note "money mention" and confidence 0."""
    from shared.engine.rules.money import find_money

    taken = [(f.source, f.span) for f in findings if f.field == FIELD and f.span]
    return [_mention(FIELD, money.value, source, money.span, quotes, MONEY_NOTE)
            for source, text, quotes in _texts(mail, documents) for money in find_money(text)
            if not _covered(money.span[0], source, taken)]


def organisation_mentions(findings: Sequence[Finding], mail: InboundMail,
                          documents: Sequence[Document]) -> list[Finding]:
    """Each organisation the subject, body and PDF texts name (rules.organisations.organisation_spans) that is
    not a creditor finding already (the same span: a name inside a finding's, "Stadt X" in "Magistrat der Stadt
    X", stays), as a candidate with note "organisation mention" and confidence 0."""
    from shared.engine.rules.organisations import organisation_spans

    taken = {(f.source, tuple(f.span)) for f in findings if f.field == CREDITOR and f.span}
    return [_mention(CREDITOR, " ".join(text[start:end].split()), source, (start, end), quotes, ORGANISATION_NOTE)
            for source, text, quotes in _texts(mail, documents) for start, end in organisation_spans(text)
            if (source, (start, end)) not in taken]


def titled_name_mentions(findings: Sequence[Finding], mail: InboundMail,
                         documents: Sequence[Document]) -> list[Finding]:
    """Each person the subject, body and PDF texts write with a title and a first name (`_TITLED_NAME`) that no
    creditor finding covers, as a creditor candidate with note "titled name mention" and confidence 0."""
    taken = [(f.source, f.span) for f in findings if f.field == CREDITOR and f.span]
    return [_mention(CREDITOR, " ".join(match.group("name").split()), source, match.span("name"), quotes, TITLED_NOTE)
            for source, text, quotes in _texts(mail, documents) for match in _TITLED_NAME.finditer(text or "")
            if not _covered(match.start("name"), source, taken)]


def date_mentions(findings: Sequence[Finding], mail: InboundMail, documents: Sequence[Document]) -> list[Finding]:
    """Each date the subject, body and PDF texts write (rules.dates.date_mentions) that no payment-deadline or
    date-of-birth finding covers, as a payment-deadline candidate with note "date mention" and confidence 0."""
    from shared.engine.rules.dates import date_mentions as dates_in

    taken = [(f.source, f.span) for f in findings if f.field in (DEADLINE, "debtor_date_of_birth") and f.span]
    return [_mention(DEADLINE, iso, source, (start, end), quotes, DATE_NOTE)
            for source, text, quotes in _texts(mail, documents) for start, end, iso in dates_in(text or "")
            if not _covered(start, source, taken)]


def mention_currency(amount: Finding, mail: InboundMail, documents: Sequence[Document]) -> Finding | None:
    """The currency written beside a money mention chosen as the amount ("612,30 EUR"), as the rules' amount scan
    links a currency to its total (note "for amount at N", which consolidation reads); None when none is written
    or `amount` is no money mention (a rules finding brings its own)."""
    from shared.engine.grounding import source_text
    from shared.engine.rules.money import find_money

    if amount.note != MONEY_NOTE or amount.span is None:
        return None
    text = source_text(amount.source, mail, documents) or ""
    money = next((m for m in find_money(text, max(0, amount.span[0] - 40), min(len(text), amount.span[1] + 40))
                  if m.span == amount.span), None)
    if money is None or not money.currency or not money.currency_span:
        return None
    return Finding(field="currency", value=money.currency, confidence=MENTION_CURRENCY, source=amount.source,
                   span=money.currency_span, quoted=amount.quoted, note=f"for amount at {amount.span[0]}")


def candidates(field: str, findings: Sequence[Finding], mail: InboundMail,
               documents: Sequence[Document]) -> list[Finding]:
    """The candidates of `field`: its grounded findings, for the amount then every other money mention, for the
    creditor every other organisation named, for the payment deadline every other date written."""
    own = [f for f in findings if f.field == field]
    if field == FIELD:
        return [*own, *money_mentions(findings, mail, documents)]
    if field == CREDITOR:
        return [*own, *organisation_mentions(findings, mail, documents),
                *titled_name_mentions(findings, mail, documents)]
    if field == DEADLINE:
        return [*own, *date_mentions(findings, mail, documents)]
    return own


def choose(findings: Sequence[Finding], mail: InboundMail, documents: Sequence[Document] = (),
           components_only: bool = False) -> tuple[list[Finding], list[ReviewReason]]:
    """`findings` (grounded) with the findings of each field of FIELDS replaced by the learned choice among its
    candidates (`candidates`): one finding at confidence P(right), or none when the best is below STATE_AT. A
    field without a committed model keeps its findings. `components_only`: the rules found only components of
    the amount ("total not stated"), a feature of every amount candidate. With the findings, the review reasons
    an amount left unstated calls for (`_unstated_amount`) and a doubtful reference code left out (FLAG_AT).
    Without a reference model the unplaced codes are dropped (the rules' own reason stays)."""
    from shared.engine.learned.choice_features import candidate_features
    from shared.engine.learned.linear import load

    out, reasons = list(findings), []
    for field in FIELDS:
        model = load(f"choice_{field}")
        if model is None:
            if field == REFERENCE:  # without a model the unplaced codes are no values, only the rules' reason
                out = [f for f in out if not (f.field == REFERENCE and f.note == UNPLACED)]
            continue
        pool = candidates(field, findings, mail, documents)
        out = [f for f in out if f.field != field]
        if not pool:
            continue
        debtors = stated_debtor(findings)
        scored = [(model.probability(features), index) for index, features in
                  enumerate(candidate_features(field, pool, mail, documents, components_only, debtors))]
        if field == REFERENCE:
            out += [pool[i].model_copy(update={"confidence": round(p, 3)}) for p, i in scored if p >= STATE_AT[field]]
            if any(pool[i].note == UNPLACED and FLAG_AT <= p < STATE_AT[field] for p, i in scored):
                reasons.append(reason("unplaced_reference"))
            continue
        p, index = max(scored, key=lambda pair: (pair[0], -pair[1]))  # the first among equals
        if p >= STATE_AT[field]:  # its note stays: consolidation reads it (a quoted total "passed on as current")
            out.append(pool[index].model_copy(update={"confidence": round(p, 3)}))
            currency = mention_currency(pool[index], mail, documents) if field == FIELD else None
            out += [currency] if currency else []
        elif field == FIELD:
            reasons += _unstated_amount(pool)
    return out, reasons


def stated_debtor(findings: Sequence[Finding]) -> list[str]:
    """The debtor name consolidation would state (the best debtor_name finding), as a list of none or one."""
    from shared.engine.consolidate import pick_best

    named = [f for f in findings if f.field == "debtor_name" and isinstance(f.value, str) and f.value]
    return [pick_best(named).value] if named else []


def _unstated_amount(pool: Sequence[Finding]) -> list[ReviewReason]:
    """Why no amount is stated although money is mentioned: every candidate was in quoted history ("total only in
    quoted history"), or none was convincing ("amount stated but no total recognised")."""
    if all(f.quoted for f in pool):
        return [reason("total_only_in_quoted_history")]
    return [reason("unrecognised_amount")]


def decides_references() -> bool:
    """Whether a reference model is committed: then its verdict on the unplaced codes replaces the rules' reason."""
    from shared.engine.learned.linear import load

    return load(f"choice_{REFERENCE}") is not None
