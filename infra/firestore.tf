resource "google_firestore_database" "default" {
  name        = "(default)"
  location_id = var.region
  type        = "FIRESTORE_NATIVE"
  depends_on  = [google_project_service.apis]
}

# Expiring documents carry `expires_at` (a timestamp): the replay cache and the dedupe / idempotency records.
resource "google_firestore_field" "ttl" {
  for_each   = toset(["mailgun_tokens", "intake_dedupe", "stage_completions"])
  database   = google_firestore_database.default.name
  collection = each.value
  field      = "expires_at"
  ttl_config {}
}
