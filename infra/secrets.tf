# Secret containers; values are added out of band (README "Deploying"), except DB_PASS which Terraform sets.
resource "google_secret_manager_secret" "secret" {
  for_each  = local.secrets
  secret_id = "${each.value}-${local.suffix}"
  replication {
    auto {}
  }
}

# The Sentry auth token of Cloud Build's release step; no function reads it. Terraform stores the placeholder
# "none", so the build can always read a version and the step logs that it skipped until an operator adds the
# token (scopes project:releases, org:read): printf %s "$TOKEN" | gcloud secrets versions add SENTRY_AUTH_TOKEN-prod --data-file=-
resource "google_secret_manager_secret" "sentry_auth_token" {
  secret_id = "SENTRY_AUTH_TOKEN-${local.suffix}"
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "sentry_auth_token_placeholder" {
  secret      = google_secret_manager_secret.sentry_auth_token.id
  secret_data = "none"
}
