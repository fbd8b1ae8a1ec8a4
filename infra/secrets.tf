# Secret containers; values are added out of band (README "Deploying"), except DB_PASS which Terraform sets.
resource "google_secret_manager_secret" "secret" {
  for_each  = local.secrets
  secret_id = "${each.value}-${local.suffix}"
  replication {
    auto {}
  }
}
