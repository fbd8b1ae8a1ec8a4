resource "google_project_service" "apis" {
  for_each = toset([
    "cloudfunctions.googleapis.com", "run.googleapis.com", "cloudbuild.googleapis.com",
    "artifactregistry.googleapis.com", "pubsub.googleapis.com", "firestore.googleapis.com",
    "sqladmin.googleapis.com", "secretmanager.googleapis.com", "storage.googleapis.com",
    "logging.googleapis.com", "monitoring.googleapis.com", "iam.googleapis.com", "cloudscheduler.googleapis.com",
    "iap.googleapis.com",
  ])
  service            = each.value
  disable_on_destroy = false
}

data "google_project" "this" {}
