"""The review function's requests: the queue, one report, a review posted, static files; Flask in, Flask out.

    GET  /review/                  the queue: reports needing review and audits, oldest first; filters and counts
                                   per reason; automation and the silent-error rate the audits measured
    GET  /review/<email_id>        one report: the email as the stages read it, values at their spans, the form;
                                   ?client_q=... also lists the directory's clients that query names (to choose one)
    POST /review/<email_id>        save / approve / not creditor mail (CSRF token, the version it was made on)
    GET  /review/<email_id>/file   a scanned attachment of that email, as a download
    GET  /review/static/<file>     the page's CSS and JavaScript (a strict CSP allows nothing inline)

Every answer carries a strict Content-Security-Policy and no-store caching. Refusals are clear 4xx pages: 401
without a caseworker identity, 403 without a valid CSRF token, 404 for an unknown report, 400 for a value that
cannot be read, 409 when the report changed since the page was opened (another caseworker saved first).
No email content goes to logs or Sentry: log lines name the email id, the outcome and the caseworker only.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

from shared.domain.audit import AuditIncomplete
from shared.domain.corrections import FINAL_ACTIONS, ReviewConflict, ReviewRejected
from shared.review import csrf
from shared.review.auth import NotSignedIn, reviewer

log = logging.getLogger("pipeline.review")
HERE = Path(__file__).resolve().parent
STATIC = {"review.css": "text/css", "review.js": "text/javascript"}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
_EMAIL_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


@lru_cache(maxsize=1)
def _templates():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    environment = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    from shared.review.view import display, exact

    environment.filters["display"] = display
    environment.filters["exact"] = exact
    return environment


def handle(request, deps, keys) -> "Response":  # noqa: F821
    """Answer one request under /review/. `keys`: IAP's public keys (shared.review.iap.PublicKeys). The
    database or blob store being down is a 503 page saying so (the caseworker retries), never a 500."""
    from shared.errors import DependencyUnavailable

    try:
        return _answer(request, deps, keys)
    except DependencyUnavailable as exc:
        log.warning("review: dependency unavailable: %s", exc)
        return _page("error.html", {"title": "Temporarily unavailable", "message": "The report store is not "
                                    "answering right now; try again in a minute."}, 503)
    except NotConfigured as exc:
        log.error("review: not configured: %s", exc)
        return _page("error.html", {"title": "Not configured", "message": str(exc)}, 503)


class NotConfigured(Exception):
    """A setting the review function needs in the cloud is missing (answered 503, naming it)."""


def _answer(request, deps, keys):
    path = request.path.rstrip("/")
    parts = path.split("/")[2:] if path.startswith("/review") else None
    if parts is None:
        return _page("error.html", {"title": "Not found", "message": "Nothing here."}, 404)
    if parts[:1] == ["static"] and len(parts) == 2 and parts[1] in STATIC:
        return _static(parts[1])
    try:
        who = reviewer(request, deps.settings, keys, deps.clock)
    except NotSignedIn as exc:
        log.info("review: refused 401: %s", exc)
        return _page("error.html", {"title": "Not signed in", "message": str(exc)}, 401)
    key = _csrf_key(deps.settings)
    if not parts:
        return _queue(request, deps, who)
    if not _EMAIL_ID.match(parts[0]) or len(parts) > 2 or (len(parts) == 2 and parts[1] != "file"):
        return _page("error.html", {"title": "Not found", "message": "No such page."}, 404)
    email_id = parts[0]
    report = deps.reports.get(email_id)
    if report is None:
        return _page("error.html", {"title": "Not found", "message": f"No report {email_id}."}, 404)
    if len(parts) == 2:
        return _file(request, deps, report)
    if request.method == "POST":
        if not csrf.valid(key, who, request.form.get(csrf.FIELD)):
            log.info("review: refused 403 for %s: missing or wrong CSRF token", email_id)
            return _page("error.html", {"title": "Refused", "message": "The form's security token is missing "
                                        "or wrong. Reload the page and try again."}, 403)
        return _post(request, deps, who, report)
    return _report(deps, who, key, report, query=request.args.get("client_q"))


def _queue(request, deps, who: str):
    args = request.args
    filters = {"reason_code": args.get("reason") or None, "intent": args.get("intent") or None,
               "creditor": args.get("creditor") or None, "since": _day(args.get("since")),
               "until": _day(args.get("until"))}
    reports = deps.reviews.queue(**filters)
    stats = deps.reviews.stats()
    return _page("queue.html", {"reports": reports, "counts": stats.reasons, "stats": stats, "args": args,
                                "who": who, "done": args.get("done"), "tz": deps.settings.report_tz,
                                "audit_rate": deps.settings.audit_sample_rate})


def _report(deps, who: str, key: bytes, report, problem: str | None = None, status: int = 200,
            query: str | None = None):
    """The report page; `query`: a client directory search whose results it lists (shared.review.search)."""
    from shared.review.form import INTENTS
    from shared.review.search import QueryRejected, search
    from shared.review.view import field_rows, sources

    found = None
    if query and query.strip():
        try:
            found = search(deps.clients, query)
        except QueryRejected as exc:
            problem, status = str(exc), 400
    shown, unreadable = sources(report, deps)
    proposed = {c.get("client_id") for c in report.match_candidates}
    context = {"query": query or "", "found": found, "proposed": proposed,
               "report": report, "sources": shown, "unreadable": unreadable, "rows": field_rows(report),
               "intents": INTENTS, "token": csrf.token(key, who), "who": who, "problem": problem,
               "corrections": deps.reviews.corrections(report.email_id), "final": report.status == "reviewed"}
    return _page("report.html", context, status)


def _post(request, deps, who: str, report):
    from shared.review.form import parse

    key = _csrf_key(deps.settings)
    try:
        version, action, corrections = parse(request.form, report)
        try:
            stored = deps.reviews.review(report.email_id, version, corrections, action, who)
        except AuditIncomplete as exc:  # keep what the caseworker settled; name what is still open
            saved = deps.reviews.review(report.email_id, version, corrections, "save", who) if corrections else report
            return _report(deps, who, key, saved, status=400, problem=f"{exc}. "
                           + ("What you confirmed or corrected is saved." if corrections else ""))
    except ReviewRejected as exc:
        return _report(deps, who, key, report, problem=str(exc), status=400)
    except ReviewConflict:
        log.info("review: %s conflict for %s (version moved on)", report.email_id, who)
        fresh = deps.reports.get(report.email_id)
        return _report(deps, who, key, fresh, status=409,
                       problem="This report changed since you opened it (another caseworker saved first, or it was "
                               "reviewed). Your edits were not saved; the page now shows the current state.")
    log.info("review: %s %s by %s (%d correction(s), version %d)", report.email_id, action, who, len(corrections),
             stored.version)
    target = "/review/?" + urlencode({"done": report.email_id}) if action in FINAL_ACTIONS else \
        f"/review/{report.email_id}"
    return _redirect(target)


def _file(request, deps, report):
    """A scanned PDF of this report's email (only an attachment of its own mail), as a download."""
    from shared.domain.mail import InboundMail

    wanted = request.args.get("key", "")
    try:
        mail = InboundMail.model_validate_json(deps.blobs.get(report.mail_key)) if report.mail_key else None
        attachment = next((a for a in (mail.attachments if mail else []) if a.blob_key == wanted), None)
        data = deps.blobs.get(attachment.blob_key) if attachment else None
    except KeyError:
        data = None
    if data is None:
        return _page("error.html", {"title": "Not found", "message": "No such attachment."}, 404)
    from flask import Response

    response = Response(data, mimetype="application/pdf")
    response.headers["Content-Disposition"] = "attachment; filename=scan.pdf"
    return _secured(response)


def _day(raw: str | None):
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def _csrf_key(settings) -> bytes:
    if settings.review_csrf_secret:
        return settings.review_csrf_secret.encode()
    if settings.runtime == "local":
        return csrf.local_key(settings.local_data_dir)
    raise NotConfigured("REVIEW_CSRF_SECRET is not set")


def _page(template: str, context: dict, status: int = 200):
    from flask import Response

    html = _templates().get_template(template).render(**context)
    return _secured(Response(html, status=status, mimetype="text/html"))


def _static(name: str):
    from flask import Response

    return _secured(Response((HERE / "static" / name).read_bytes(), mimetype=STATIC[name]), cache=True)


def _redirect(target: str):
    from flask import Response

    response = Response("", status=303)
    response.headers["Location"] = target
    return _secured(response)


def _secured(response, cache: bool = False):
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Cache-Control"] = "private, max-age=300" if cache else "no-store"
    return response
