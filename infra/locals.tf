# The functions and what they need. Mirrors shared/deployment.py; tests/deploy checks they agree.
locals {
  suffix = var.environment
  stages = ["intent", "extraction", "consolidation", "matching", "report"]
  next_topic = {
    intent        = "stage-extraction"
    extraction    = "stage-consolidation"
    consolidation = "stage-matching"
    matching      = "stage-report"
    report        = ""
  }
  functions = {
    intake        = { publishes = ["stage-intent"], secrets = ["SENTRY_DSN", "MAILGUN_SIGNING_KEY", "POSTMARK_BASIC_AUTH", "SENDGRID_BASIC_AUTH", "RAW_WEBHOOK_SECRET"], sql = false }
    intent        = { publishes = ["stage-extraction", "stage-report"], secrets = ["SENTRY_DSN", "ANTHROPIC_API_KEY"], sql = false }
    extraction    = { publishes = ["stage-consolidation", "stage-report"], secrets = ["SENTRY_DSN", "ANTHROPIC_API_KEY"], sql = false }
    consolidation = { publishes = ["stage-matching", "stage-report"], secrets = ["SENTRY_DSN"], sql = false }
    matching      = { publishes = ["stage-report"], secrets = ["SENTRY_DSN", "MONGODB_URI"], sql = false }
    report        = { publishes = [], secrets = ["SENTRY_DSN", "DB_PASS"], sql = true }
    dead_letter   = { publishes = [], secrets = ["SENTRY_DSN", "DB_PASS"], sql = true }
    replay        = { publishes = ["stage-intent", "stage-extraction", "stage-consolidation", "stage-matching", "stage-report"], secrets = ["SENTRY_DSN", "DB_PASS"], sql = true }
    review        = { publishes = [], secrets = ["SENTRY_DSN", "DB_PASS", "REVIEW_CSRF_SECRET"], sql = true }
  }
  # Functions that may create objects only under a prefix of the raw-mail bucket (the others write claim checks
  # and replay inputs anywhere): the review pages write nothing but the PDF-text cache.
  bucket_write_prefix = {
    review = "pdf-text/"
  }
  # Functions behind Identity-Aware Proxy (shared/deployment.py iap=True): IAP lets in var.caseworkers only.
  iap_functions = ["review"]
  secrets       = toset(flatten([for f in local.functions : f.secrets]))
  # Gen2 functions answer on a deterministic cloudfunctions.net URL, so subscriptions can point at a function
  # that Cloud Build deploys later.
  function_url = { for name, _ in local.functions : name => "https://${var.region}-${var.project}.cloudfunctions.net/${replace(name, "_", "-")}-${local.suffix}" }
}
