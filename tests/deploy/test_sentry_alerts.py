"""The Sentry alert rules in infra/sentry (provider jianyuan/sentry), checked statically since the provider cannot
be downloaded here: every rule the runbook names exists, filters on the tags the pipeline really sets (the
fingerprint classes of shared/observability/fingerprints.py and the adapters' dependency names), notifies a target
given as a variable, and uses only attributes of the provider's schema (sentry_issue_alert conditions_v2 /
filters_v2 / actions_v2 since v0.15.0, and sentry_metric_alert triggers, as read in the provider's source)."""

from __future__ import annotations

import re
from pathlib import Path

import hcl2
import pytest

from shared.observability import fingerprints
from tests.conftest import REPO_ROOT
from tests.deploy.checks import _unquote

SENTRY = REPO_ROOT / "infra" / "sentry"

# From the provider's sentry_issue_alert schema (internal/provider/resource_issue_alert.go) and sentrydata.MatchTypes.
CONDITIONS = {"first_seen_event", "regression_event", "reappeared_event", "new_high_priority_issue",
              "existing_high_priority_issue", "event_frequency", "event_unique_user_frequency",
              "event_frequency_percent"}
FILTERS = {"age_comparison", "issue_occurrences", "assigned_to", "latest_adopted_release", "latest_release",
           "issue_category", "event_attribute", "tagged_event", "level"}
MATCH_TYPES = {"CONTAINS", "ENDS_WITH", "EQUAL", "GREATER_OR_EQUAL", "GREATER", "IS_SET", "IS_IN", "LESS_OR_EQUAL",
               "LESS", "NOT_CONTAINS", "NOT_ENDS_WITH", "NOT_EQUAL", "NOT_SET", "NOT_STARTS_WITH", "NOT_IN",
               "STARTS_WITH"}
INTERVALS = {"1m", "5m", "15m", "1h", "1d", "1w", "30d"}
ISSUE_ALERT_REQUIRED = {"organization", "project", "name", "action_match", "filter_match", "frequency",
                        "conditions_v2", "actions_v2"}
METRIC_ALERT_REQUIRED = {"organization", "project", "name", "query", "aggregate", "time_window", "threshold_type",
                         "trigger"}


def load(folder: Path) -> dict:
    merged = {"resource": {}, "variable": set(), "locals": {}, "terraform": []}
    for path in sorted(folder.glob("*.tf")):
        with open(path) as handle:
            doc = _unquote(hcl2.load(handle))
        for block in doc.get("resource", []):
            for kind, named in block.items():
                for name, body in named.items():
                    merged["resource"][(kind, name)] = body
        for block in doc.get("variable", []):
            merged["variable"].update(block)
        for block in doc.get("locals", []):
            merged["locals"].update(block)
        merged["terraform"] += doc.get("terraform", [])
    return merged


@pytest.fixture(scope="module")
def infra():
    return load(SENTRY)


def _resolve(value, infra):
    """`${local.x}` -> the local's value; anything else as written."""
    if isinstance(value, str) and (m := re.fullmatch(r"\$\{local\.(\w+)\}", value)):
        return infra["locals"][m.group(1)]
    return value


def _filters(rule, infra) -> list[tuple[str, str, str]]:
    out = []
    for item in _resolve(rule.get("filters_v2", []), infra):
        tagged = item.get("tagged_event")
        if tagged:
            out.append((tagged["key"], tagged["match"], tagged["value"]))
    return out


def _target_variable(value: str, infra) -> str:
    match = re.fullmatch(r"\$\{var\.(\w+)\}", str(value))
    assert match, f"action target {value!r} is not a variable"
    assert match.group(1) in infra["variable"], f"variable {match.group(1)} is not declared"
    return match.group(1)


def test_the_provider_is_jianyuan_sentry_with_a_version_that_has_the_v2_attributes(infra):
    providers = infra["terraform"][0]["required_providers"][0]["sentry"]
    assert providers["source"] == "jianyuan/sentry"
    assert ">= 0.15.0" in providers["version"]


EXPECTED_FILTERS = {
    "new_issue": [],
    "breaker_open": [("failure", "EQUAL", fingerprints.BREAKER_OPEN)],
    "dead_lettered": [("failure", "EQUAL", fingerprints.DEAD_LETTERED)],
    "database": [("failure", "EQUAL", fingerprints.DEPENDENCY_UNAVAILABLE), ("dependency", "EQUAL", "postgres")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_FILTERS))
def test_each_issue_alert_filters_on_the_tags_the_pipeline_sets_and_notifies_a_variable_target(infra, name):
    rule = infra["resource"][("sentry_issue_alert", name)]
    assert ISSUE_ALERT_REQUIRED <= set(rule), ISSUE_ALERT_REQUIRED - set(rule)
    assert _filters(rule, infra) == EXPECTED_FILTERS[name]
    assert rule["environment"] == "${var.alert_environment}"
    conditions = _resolve(rule["conditions_v2"], infra)
    for condition in conditions:
        [(kind, body)] = condition.items()
        assert kind in CONDITIONS, kind
        if "interval" in (body or {}):
            assert body["interval"] in INTERVALS
    for item in _resolve(rule.get("filters_v2", []), infra):
        [(kind, body)] = item.items()
        assert kind in FILTERS and body.get("match", "EQUAL") in MATCH_TYPES
    [action] = rule["actions_v2"]
    assert action["notify_email"]["target_type"] == "Team"
    assert _target_variable(action["notify_email"]["target_identifier"], infra) == f"{name}_team_id"


def test_a_new_issue_rule_fires_on_first_seen_only(infra):
    rule = infra["resource"][("sentry_issue_alert", "new_issue")]
    assert _resolve(rule["conditions_v2"], infra) == [{"first_seen_event": {}}]


def test_the_error_rate_spike_is_one_metric_alert_per_environment(infra):
    rule = infra["resource"][("sentry_metric_alert", "error_rate")]
    assert METRIC_ALERT_REQUIRED <= set(rule)
    assert rule["for_each"] == "${var.error_rate_thresholds}" and rule["environment"] == "${each.key}"
    assert rule["dataset"] == "events" and "event.type:error" in rule["query"] and rule["aggregate"] == "count()"
    [trigger] = rule["trigger"]
    assert trigger["label"] == "critical" and trigger["alert_threshold"] == "${each.value}"
    [action] = trigger["action"]
    assert action["type"] == "email" and action["target_type"] == "team"
    assert _target_variable(action["target_identifier"], infra) == "error_rate_team_id"


def test_the_tag_values_the_rules_filter_on_are_what_events_carry():
    """The rules name fingerprint classes and a dependency: the same strings the pipeline's events carry."""
    from shared.errors import DependencyUnavailable

    assert fingerprints.failure_class({}, DependencyUnavailable("postgres", "x")) == [
        fingerprints.DEPENDENCY_UNAVAILABLE, "postgres"]
    assert fingerprints.failure_class({"failure": "breaker-open", "dependency": "claude"}, None)[0] == "breaker-open"
    text = (REPO_ROOT / "shared" / "adapters" / "cloud_sql.py").read_text()
    assert 'translated("postgres"' in text  # the Cloud SQL connector's outages are DependencyUnavailable("postgres")
