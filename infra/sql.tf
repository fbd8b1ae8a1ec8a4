resource "google_sql_database_instance" "reports" {
  # checkov:skip=CKV_GCP_79: Postgres 15 is what the tests and migrations run on (the development image's only server); a major upgrade is its own tested change
  # checkov:skip=CKV_GCP_60: the public IP has no authorized networks, so only the Cloud SQL connector (IAM-authorized, client certificate) reaches it; a private IP would need a VPC and a Serverless VPC Access connector for every SQL function
  # checkov:skip=CKV_GCP_108: connections arrive through Cloud SQL's proxy, so a reverse DNS lookup per connection names the proxy, not the client, and only adds latency; log_connections records user and address
  # checkov:skip=CKV_GCP_110: pgAudit needs CREATE EXTENSION in a migration the local Postgres cannot run (no pgaudit) and its role class would log ALTER ROLE ... PASSWORD; DDL is logged by log_statement below
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
      # The connector (functions, the build's migrate step) always presents its ephemeral client certificate.
      ssl_mode = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
    }
    # What happened to the database, never what is in it: statements are logged only for DDL (migrations; with
    # bound parameters no row data, and the app's password is set through the Admin API by google_sql_user,
    # never by SQL, which `ddl` would log), durations without statement text, connections, lock waits,
    # checkpoints, and the statement text (no parameters) of a statement that failed.
    database_flags {
      name  = "log_statement"
      value = "ddl"
    }
    database_flags {
      name  = "log_duration"
      value = "on"
    }
    database_flags {
      name  = "log_connections"
      value = "on"
    }
    database_flags {
      name  = "log_disconnections"
      value = "on"
    }
    database_flags {
      name  = "log_lock_waits"
      value = "on"
    }
    database_flags {
      name  = "log_checkpoints"
      value = "on"
    }
    database_flags {
      name  = "log_min_error_statement"
      value = "error"
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
