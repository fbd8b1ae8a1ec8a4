resource "google_logging_metric" "dead_lettered" {
  name   = "intake-dead-lettered-${local.suffix}"
  filter = "resource.type=\"cloud_run_revision\" AND jsonPayload.message=~\"^dead_letter: failed report written\""
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}

resource "google_logging_metric" "breaker_opened" {
  name   = "intake-breaker-opened-${local.suffix}"
  filter = "resource.type=\"cloud_run_revision\" AND jsonPayload.message=~\"^breaker .* -> open$\""
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}

resource "google_monitoring_notification_channel" "email" {
  count        = var.alert_email == "" ? 0 : 1
  display_name = "Creditor intake alerts (${var.environment})"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
}

resource "google_monitoring_alert_policy" "log_metric" {
  for_each = {
    dead_lettered  = google_logging_metric.dead_lettered.name
    breaker_opened = google_logging_metric.breaker_opened.name
  }
  display_name          = "Creditor intake: ${each.key} (${var.environment})"
  combiner              = "OR"
  notification_channels = google_monitoring_notification_channel.email[*].id
  conditions {
    display_name = each.key
    condition_threshold {
      filter          = "metric.type=\"logging.googleapis.com/user/${each.value}\" AND resource.type=\"cloud_run_revision\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "0s"
      aggregations {
        alignment_period   = "300s"
        per_series_aligner = "ALIGN_SUM"
      }
    }
  }
}
