"""`reports list`, `reports show` and `reports stats` (and `process`'s printout): reports as a caseworker and an on-call
person read them. Times are shown in REPORT_TZ, and say so."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from shared.cli import where

_FIELD_WIDTH = 44  # characters of a field value shown in `reports show`


def cmd_reports(args) -> int:
    from shared import bootstrap

    deps = bootstrap.deps()
    zone = ZoneInfo(deps.settings.report_tz)
    if args.reports_command == "stats":
        print(json.dumps(stats_json(deps.reviews.stats()), indent=2) if args.json else
              describe_stats(deps.reviews.stats(), deps.settings.audit_sample_rate, where.report_store(deps.settings)))
        return 0
    if args.reports_command == "show":
        report = deps.reports.get(args.email_id)
        if report is None:
            print(f"error: no report for email_id {args.email_id} in {where.report_store(deps.settings)}",
                  file=sys.stderr)
            return 1
        print(json.dumps(report.cli_json(), ensure_ascii=False, indent=2) if args.json else describe(report, zone))
        return 0
    since = local_midnight(args.since, zone) if args.since else None
    until = local_midnight(args.until + timedelta(days=1), zone) if args.until else None
    reports = deps.reports.list(since=since, until=until, needs_review=True if args.needs_review else None)
    summary = f"{len(reports)} report(s) in {where.report_store(deps.settings)}"
    if args.json:
        for report in reports:
            print(json.dumps(report.cli_json(), ensure_ascii=False))
        if not reports:
            print(summary, file=sys.stderr)
        return 0
    print(list_header(deps.settings.report_tz))
    for report in reports:
        print(list_row(report, zone))
    print(summary)
    return 0


def describe_stats(stats, audit_rate: float, store: str) -> str:
    """`reports stats` as a person reads it: what the engine approved, what waits, what audits found."""
    if not stats.reports:
        return f"no reports in {store}"
    lines = [f"reports: {stats.reports} in {store}",
             f"automation: {stats.automation:.1%} auto-approved ({stats.auto_approved}); failed {stats.failed}",
             f"review queue: {stats.in_queue} waiting; reviewed {stats.reviewed}",
             f"audits (AUDIT_SAMPLE_RATE {audit_rate:g}): {stats.audits_sampled} sampled, {stats.audits_done} "
             f"done, {stats.audit_wrong_fields} wrong field(s) found",
             f"measured: {stats.audit_line()}"]
    if stats.reasons:
        lines.append("waiting per reason:")
        lines += [f"  {code:<32} {count}" for code, count in stats.reasons.items()]
    return "\n".join(lines)


def stats_json(stats) -> dict:
    """`reports stats --json`: the counts, and the rate and its 90% upper bound (null when nothing is audited)."""
    from dataclasses import asdict

    return {**asdict(stats), "automation": stats.automation, "silent_error_rate": stats.silent_error_rate,
            "silent_error_bound_90": stats.silent_error_bound}


_COLUMNS = ("{received:<{width}}  {email_id:<28}  {status:<9}  {intent:<22}  {sender:<36}  {client:<20}  "
            "{amount:>14}  {review}")


def _received_title(zone_name: str) -> str:
    return f"received ({zone_name})"


def list_header(zone_name: str) -> str:
    return _COLUMNS.format(received=_received_title(zone_name), width=len(_received_title(zone_name)),
                           email_id="email_id", status="status", intent="intent", sender="from", client="client",
                           amount="amount", review="review")


def list_row(report, zone: ZoneInfo) -> str:
    amount = f"{report.debt_amount} {report.currency or ''}".strip() if report.debt_amount is not None else "-"
    return _COLUMNS.format(received=local_time(report.received_at or report.created_at, zone),
                           width=len(_received_title(zone.key)), email_id=report.email_id, status=report.status,
                           intent=report.intent or "-", sender=_cut(report.sender or "-", 36),
                           client=_cut(report.client_name or "-", 20), amount=amount,
                           review="REVIEW" if report.needs_review else "ok")


def describe(report, zone: ZoneInfo) -> str:
    """The report for a caseworker: who wrote, about what, when; the outcome; every field with its value,
    confidence, source and own review reason."""
    received = report.received_at or report.created_at
    status = report.status + (f" at {report.failed_stage}: {report.error}" if report.error else "")
    review = ("yes: " + report.review_reason) if report.needs_review and report.review_reason else (
        "yes" if report.needs_review else "no")
    confidence = ("-" if report.overall_confidence is None
                  else f"{report.overall_confidence:.2f} ({report.confidence_route})")
    lines = [
        f"  email_id:     {report.email_id}",
        f"  from:         {report.sender or '(unknown)'}",
        f"  subject:      {report.subject or '(none)'}",
        f"  received:     {local_time(received, zone)} ({zone.key})",
        f"  status:       {status}",
        f"  needs review: {review}",
        f"  intent:       {report.intent or '-'}",
        f"  client:       {report.client_name or '-'} ({report.client_id or 'no match'})",
        f"  confidence:   {confidence}",
    ]
    if report.extracted_fields:
        lines.append("  fields:")
        lines.append(f"    {'field':<22} {'value':<{_FIELD_WIDTH}} {'conf.':>5}  {'source':<12} review")
        for name, field in report.extracted_fields.items():
            lines.append(_field_line(name, field))
    if report.missing_fields:
        lines.append(f"  missing:      {', '.join(report.missing_fields)}")
    message_id = f"  message-id {report.message_id}" if report.message_id else ""
    lines.append(f"  correlation:  {report.correlation_id}{message_id}")
    return "\n".join(lines)


def _field_line(name: str, field: dict) -> str:
    value = field.get("value")
    if isinstance(value, list):
        value = ", ".join(map(str, value))
    shown = "-" if value in (None, "") else _cut(str(value), _FIELD_WIDTH)
    confidence = field.get("confidence")
    conf = "-" if confidence is None else f"{confidence:.2f}"
    return (f"    {name:<22} {shown:<{_FIELD_WIDTH}} {conf:>5}  {field.get('source') or '-':<12} "
            f"{field.get('review_reason') or '-'}")


def local_time(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else "?"


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(timezone.utc)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
