resource "google_storage_bucket" "raw_mail" {
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
