# One service account per function, with only what its code does (shared/deployment.py says what that is).
resource "google_service_account" "function" {
  for_each     = local.functions
  account_id   = "fn-${replace(each.key, "_", "-")}-${local.suffix}"
  display_name = "Cloud Function ${each.key} (${var.environment})"
}

# Every function keeps completion records, breaker state and dedupe records in Firestore.
resource "google_project_iam_member" "firestore_user" {
  for_each = local.functions
  project  = var.project
  role     = "roles/datastore.user"
  member   = "serviceAccount:${google_service_account.function[each.key].email}"
}

# Every function reads the canonical mail and writes claim checks / replay inputs in the raw-mail bucket.
resource "google_storage_bucket_iam_member" "object_reader" {
  for_each = local.functions
  bucket   = google_storage_bucket.raw_mail.name
  role     = "roles/storage.objectViewer"
  member   = "serviceAccount:${google_service_account.function[each.key].email}"
}

resource "google_storage_bucket_iam_member" "object_creator" {
  for_each = local.functions
  bucket   = google_storage_bucket.raw_mail.name
  role     = "roles/storage.objectCreator"
  member   = "serviceAccount:${google_service_account.function[each.key].email}"
  dynamic "condition" {
    for_each = contains(keys(local.bucket_write_prefix), each.key) ? [local.bucket_write_prefix[each.key]] : []
    content {
      title      = "only-under-${trimsuffix(condition.value, "/")}"
      expression = "resource.name.startsWith(\"projects/_/buckets/${google_storage_bucket.raw_mail.name}/objects/${condition.value}\")"
    }
  }
}

# A function may publish only to the topics it publishes to (its next stage, and the report topic for failures).
resource "google_pubsub_topic_iam_member" "publisher" {
  for_each = { for pair in flatten([for name, f in local.functions : [for t in f.publishes : { name = name, topic = t }]]) : "${pair.name}:${pair.topic}" => pair }
  topic    = each.value.topic
  role     = "roles/pubsub.publisher"
  member   = "serviceAccount:${google_service_account.function[each.value.name].email}"
}

resource "google_project_iam_member" "cloudsql_client" {
  for_each = { for name, f in local.functions : name => f if f.sql }
  project  = var.project
  role     = "roles/cloudsql.client"
  member   = "serviceAccount:${google_service_account.function[each.key].email}"
}

resource "google_secret_manager_secret_iam_member" "accessor" {
  for_each  = { for pair in flatten([for name, f in local.functions : [for s in f.secrets : { name = name, secret = s }]]) : "${pair.name}:${pair.secret}" => pair }
  secret_id = google_secret_manager_secret.secret[each.value.secret].id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.function[each.value.name].email}"
}

# Cloud Build deploys the functions as their service accounts and migrates the database.
locals {
  cloudbuild_sa = "serviceAccount:${data.google_project.this.number}@cloudbuild.gserviceaccount.com"
}

resource "google_project_iam_member" "cloudbuild" {
  for_each = toset(["roles/cloudfunctions.developer", "roles/run.admin", "roles/cloudsql.client"])
  project  = var.project
  role     = each.value
  member   = local.cloudbuild_sa
}

resource "google_service_account_iam_member" "cloudbuild_acts_as" {
  for_each           = local.functions
  service_account_id = google_service_account.function[each.key].name
  role               = "roles/iam.serviceAccountUser"
  member             = local.cloudbuild_sa
}

resource "google_secret_manager_secret_iam_member" "cloudbuild_db_pass" {
  secret_id = google_secret_manager_secret.secret["DB_PASS"].id
  role      = "roles/secretmanager.secretAccessor"
  member    = local.cloudbuild_sa
}

resource "google_secret_manager_secret_iam_member" "cloudbuild_sentry_auth_token" {
  secret_id = google_secret_manager_secret.sentry_auth_token.id
  role      = "roles/secretmanager.secretAccessor"
  member    = local.cloudbuild_sa
}
