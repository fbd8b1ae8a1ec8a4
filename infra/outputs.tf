output "intake_urls" {
  description = "Webhook URLs per provider"
  value = {
    for route in ["mailgun", "sendgrid", "postmark", "raw"] : route => "${local.function_url["intake"]}/${route}"
  }
}

output "topics" {
  value = concat([for t in google_pubsub_topic.stage : t.name], [for t in google_pubsub_topic.dead_letter : t.name])
}

output "bucket" {
  value = google_storage_bucket.raw_mail.name
}

output "instance_connection_name" {
  value = google_sql_database_instance.reports.connection_name
}

output "service_accounts" {
  value = { for name, sa in google_service_account.function : name => sa.email }
}

output "push_service_account" {
  value = google_service_account.push.email
}
