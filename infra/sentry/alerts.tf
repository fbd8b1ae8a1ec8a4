# Sentry alert rules. Issues are grouped by failure class (shared/observability/fingerprints.py): every event has
# the tag `failure` (breaker-open, dependency-unavailable, stage-failed, intake-unparseable, dead-lettered) and,
# for an outage, `dependency`. README "Alerts: which fires when" lists these next to the Cloud Monitoring policies.

locals {
  # "Fires on every event of a matching issue": a new issue, a resolved one coming back, or any event of an open
  # one (more than 0 in 5 minutes); `frequency` then limits notifications to one per issue per hour.
  any_event = [
    { first_seen_event = {} },
    { regression_event = {} },
    { event_frequency = { comparison_type = "count", value = 0, interval = "5m" } },
  ]
}

# An error-rate spike, per environment: more errors in 10 minutes than that environment's threshold.
resource "sentry_metric_alert" "error_rate" {
  for_each          = var.error_rate_thresholds
  organization      = var.organization
  project           = var.project
  name              = "Creditor intake: error-rate spike (${each.key})"
  environment       = each.key
  dataset           = "events"
  query             = "event.type:error"
  aggregate         = "count()"
  time_window       = 10
  threshold_type    = 0
  resolve_threshold = floor(each.value / 2)

  trigger {
    label           = "critical"
    alert_threshold = each.value
    threshold_type  = 0
    action {
      type              = "email"
      target_type       = "team"
      target_identifier = var.error_rate_team_id
    }
  }
}

# A new issue in production: a failure class (or a cause within one) never seen before.
resource "sentry_issue_alert" "new_issue" {
  organization  = var.organization
  project       = var.project
  name          = "Creditor intake: new issue (${var.alert_environment})"
  environment   = var.alert_environment
  action_match  = "any"
  filter_match  = "all"
  frequency     = 30
  conditions_v2 = [{ first_seen_event = {} }]
  actions_v2 = [{
    notify_email = {
      target_type       = "Team"
      target_identifier = var.new_issue_team_id
      fallthrough_type  = "ActiveMembers"
    }
  }]
}

# Any circuit breaker opening (breaker-open/<dependency>; one event per opening).
resource "sentry_issue_alert" "breaker_open" {
  organization  = var.organization
  project       = var.project
  name          = "Creditor intake: circuit breaker open (${var.alert_environment})"
  environment   = var.alert_environment
  action_match  = "any"
  filter_match  = "all"
  frequency     = 60
  conditions_v2 = local.any_event
  filters_v2    = [{ tagged_event = { key = "failure", match = "EQUAL", value = "breaker-open" } }]
  actions_v2 = [{
    notify_email = {
      target_type       = "Team"
      target_identifier = var.breaker_open_team_id
      fallthrough_type  = "ActiveMembers"
    }
  }]
}

# Dead-lettered emails (dead-lettered/<stage>; one event per email whose delivery attempts ran out).
resource "sentry_issue_alert" "dead_lettered" {
  organization  = var.organization
  project       = var.project
  name          = "Creditor intake: emails dead-lettered (${var.alert_environment})"
  environment   = var.alert_environment
  action_match  = "any"
  filter_match  = "all"
  frequency     = 60
  conditions_v2 = local.any_event
  filters_v2    = [{ tagged_event = { key = "failure", match = "EQUAL", value = "dead-lettered" } }]
  actions_v2 = [{
    notify_email = {
      target_type       = "Team"
      target_identifier = var.dead_lettered_team_id
      fallthrough_type  = "ActiveMembers"
    }
  }]
}

# Report-database connection errors (dependency-unavailable/postgres: Cloud SQL refused, timed out or unreachable).
resource "sentry_issue_alert" "database" {
  organization  = var.organization
  project       = var.project
  name          = "Creditor intake: report database connection errors (${var.alert_environment})"
  environment   = var.alert_environment
  action_match  = "any"
  filter_match  = "all"
  frequency     = 30
  conditions_v2 = local.any_event
  filters_v2 = [
    { tagged_event = { key = "failure", match = "EQUAL", value = "dependency-unavailable" } },
    { tagged_event = { key = "dependency", match = "EQUAL", value = "postgres" } },
  ]
  actions_v2 = [{
    notify_email = {
      target_type       = "Team"
      target_identifier = var.database_team_id
      fallthrough_type  = "ActiveMembers"
    }
  }]
}
