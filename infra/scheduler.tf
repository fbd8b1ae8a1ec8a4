# The scheduled replay: Cloud Scheduler calls the `replay` function (internal ingress, OIDC) on the schedule that
# shared/runtime/scheduled_replay.py also gives the Sentry Crons monitor (tests/deploy checks they agree). It
# replays only emails that failed during a dependency outage, at most REPLAY_MAX_PER_RUN per run. No scheduler
# retries: a failed or missed run is reported by Sentry Crons, and the next run comes half an hour later.
locals {
  replay_schedule = "*/30 * * * *"
}

resource "google_service_account" "scheduler" {
  account_id   = "intake-scheduler-${local.suffix}"
  display_name = "Cloud Scheduler identity (OIDC) for the replay function"
}

resource "google_cloud_scheduler_job" "replay" {
  name             = "intake-replay-${local.suffix}"
  description      = "Replay emails that failed while a dependency was down (python main.py dlq replay, bounded)"
  schedule         = local.replay_schedule
  time_zone        = "Etc/UTC"
  attempt_deadline = "300s"
  retry_config {
    retry_count = 0
  }
  http_target {
    http_method = "POST"
    uri         = local.function_url["replay"]
    oidc_token {
      service_account_email = google_service_account.scheduler.email
      audience              = local.function_url["replay"]
    }
  }
  depends_on = [google_project_service.apis]
}
