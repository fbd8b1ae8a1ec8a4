resource "google_sql_database_instance" "reports" {
  name                = "intake-reports-${local.suffix}"
  database_version    = "POSTGRES_15"
  region              = var.region
  deletion_protection = true
  settings {
    tier              = var.sql_tier
    availability_type = "ZONAL"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
    ip_configuration {
      ipv4_enabled = true # reached only through the Cloud SQL connector (IAM-authorized, TLS); no authorized networks
    }
  }
}

resource "google_sql_database" "reports" {
  name     = "intake"
  instance = google_sql_database_instance.reports.name
}

resource "random_password" "db" {
  length  = 32
  special = false
}

resource "google_sql_user" "app" {
  name     = "intake"
  instance = google_sql_database_instance.reports.name
  password = random_password.db.result
}

resource "google_secret_manager_secret_version" "db_pass" {
  secret      = google_secret_manager_secret.secret["DB_PASS"].id
  secret_data = random_password.db.result
}
