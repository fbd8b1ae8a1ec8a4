"""Sentry grouping by failure class: every event the pipeline sends gets one fingerprint that names its cause,
so one outage is one issue (not one per stage, route or email) and two different causes never share one.

    breaker-open/<dependency>              a circuit breaker opened (its state change, sent once per opening)
    breaker-half_open/<dependency>         the other state changes of a breaker (info level), each its own issue
    breaker-closed/<dependency>
    dependency-unavailable/<dependency>    an outside service failed (a DependencyUnavailable escaped a function)
    stage-failed/<stage>/<error class>     any other error escaping a function (intake included)
    intake-unparseable/<reason code>       intake accepted mail it could not parse (reason: the parser's error class)
    dead-lettered/<stage>                  an email's delivery attempts ran out at that stage

The first part is also set as the tag `failure` (alert rules and searches filter on it), the dependency as the tag
`dependency`. An event that is none of these (an error log line without an exception) keeps Sentry's default
grouping. Every part is a class, stage or dependency name of ours: never email content.
"""

from __future__ import annotations

from typing import Mapping

from shared.errors import DependencyUnavailable

BREAKER_OPEN = "breaker-open"
DEPENDENCY_UNAVAILABLE = "dependency-unavailable"
STAGE_FAILED = "stage-failed"
INTAKE_UNPARSEABLE = "intake-unparseable"
DEAD_LETTERED = "dead-lettered"
BREAKER_PREFIX = "breaker-"
UNKNOWN = "unknown"


def failure_class(tags: Mapping[str, str], error: BaseException | None) -> list[str] | None:
    """The fingerprint parts of an event with these `tags` and this exception (None: default grouping)."""
    failure = tags.get("failure") or ""
    if failure == INTAKE_UNPARSEABLE:
        return [failure, type(error).__name__ if error is not None else tags.get("reason") or UNKNOWN]
    if failure == DEAD_LETTERED:
        return [failure, tags.get("failed_stage") or UNKNOWN]
    if failure.startswith(BREAKER_PREFIX):
        return [failure, tags.get("dependency") or UNKNOWN]
    if error is None:
        return None
    if type(error).__name__ == "BreakerOpen":  # a fast-fail (normally dropped before sending): the open breaker
        return [BREAKER_OPEN, getattr(error, "dependency", None) or UNKNOWN]
    if isinstance(error, DependencyUnavailable):
        return [DEPENDENCY_UNAVAILABLE, error.dependency or UNKNOWN]
    return [STAGE_FAILED, tags.get("stage") or UNKNOWN, type(error).__name__]


def apply(event: dict, error: BaseException | None) -> dict:
    """Set `fingerprint` and the `failure`/`dependency` tags on `event` (in place) when it has a failure class."""
    tags = event.setdefault("tags", {})
    parts = failure_class(tags, error)
    if parts is None:
        return event
    event["fingerprint"] = ["/".join(parts)]
    tags["failure"] = parts[0]
    if parts[0] in (BREAKER_OPEN, DEPENDENCY_UNAVAILABLE) or parts[0].startswith(BREAKER_PREFIX):
        tags["dependency"] = parts[1]
    return event
