resource "google_storage_bucket" "raw_mail" {
  # checkov:skip=CKV_GCP_78: raw mail must be gone after raw_mail_retention_days; versioning would keep deleted or overwritten mail as noncurrent copies past it
  # checkov:skip=CKV_GCP_62: who reads or writes objects is recorded by Cloud Audit Logs (data access for storage.googleapis.com, below), not legacy usage logs in a second bucket
  name                        = "${var.project}-raw-mail-${local.suffix}"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  force_destroy               = false
  versioning {
    enabled = false
  }
  dynamic "lifecycle_rule" {
    for_each = var.raw_mail_retention_days > 0 ? [var.raw_mail_retention_days] : []
    content {
      condition {
        age = lifecycle_rule.value
      }
      action {
        type = "Delete"
      }
    }
  }
}

# Data Access audit logs for Cloud Storage: every read and write of an object (raw mail, attachments, extracted
# text) is logged with the principal that made it, so access outside the functions' own accounts shows up.
# Project-wide for the storage service (the build's and the functions' source buckets are logged too; little
# traffic). Entries carry object names (content hashes), never contents.
resource "google_project_iam_audit_config" "storage_data_access" {
  project = var.project
  service = "storage.googleapis.com"
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
