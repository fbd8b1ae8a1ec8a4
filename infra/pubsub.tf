# Topics named after the stage that consumes them; each stage subscription has its own dead-letter topic,
# and each dead-letter topic a subscription that feeds the dead_letter function (messages are dropped otherwise).
resource "google_pubsub_topic" "stage" {
  # checkov:skip=CKV_GCP_83: Google-managed encryption at rest, as for the bucket and Cloud SQL that hold the whole mail; a customer-managed key for the topics alone would protect less than those stores, and CMEK is a decision for all three together
  for_each = toset(local.stages)
  name     = "stage-${each.key}"
}

resource "google_pubsub_topic" "dead_letter" {
  # checkov:skip=CKV_GCP_83: Google-managed encryption at rest, as for the bucket and Cloud SQL that hold the whole mail; a customer-managed key for the topics alone would protect less than those stores, and CMEK is a decision for all three together
  for_each = toset(local.stages)
  name     = "stage-${each.key}-dead-letter"
}

resource "google_service_account" "push" {
  account_id   = "intake-push-${local.suffix}"
  display_name = "Pub/Sub push identity (OIDC) for the stage functions"
}

resource "google_pubsub_subscription" "stage" {
  for_each             = toset(local.stages)
  name                 = "stage-${each.key}-sub"
  topic                = google_pubsub_topic.stage[each.key].id
  ack_deadline_seconds = 300
  push_config {
    push_endpoint = "${local.function_url[each.key]}/projects/${var.project}/topics/stage-${each.key}"
    oidc_token {
      service_account_email = google_service_account.push.email
      audience              = local.function_url[each.key]
    }
  }
  dead_letter_policy {
    dead_letter_topic     = google_pubsub_topic.dead_letter[each.key].id
    max_delivery_attempts = var.max_delivery_attempts
  }
  retry_policy {
    minimum_backoff = "10s"
    maximum_backoff = "600s"
  }
}

resource "google_pubsub_subscription" "dead_letter" {
  for_each             = toset(local.stages)
  name                 = "stage-${each.key}-dead-letter-sub"
  topic                = google_pubsub_topic.dead_letter[each.key].id
  ack_deadline_seconds = 300
  push_config {
    push_endpoint = "${local.function_url["dead_letter"]}/projects/${var.project}/topics/stage-${each.key}-dead-letter"
    oidc_token {
      service_account_email = google_service_account.push.email
      audience              = local.function_url["dead_letter"]
    }
  }
  retry_policy {
    minimum_backoff = "10s"
    maximum_backoff = "600s"
  }
}

# Dead-lettering: the Pub/Sub service agent publishes to the dead-letter topics and acks on the source
# subscriptions.
locals {
  pubsub_agent = "serviceAccount:service-${data.google_project.this.number}@gcp-sa-pubsub.iam.gserviceaccount.com"
}

resource "google_pubsub_topic_iam_member" "agent_publishes_dead_letters" {
  for_each = toset(local.stages)
  topic    = google_pubsub_topic.dead_letter[each.key].name
  role     = "roles/pubsub.publisher"
  member   = local.pubsub_agent
}

resource "google_pubsub_subscription_iam_member" "agent_subscribes_sources" {
  for_each     = toset(local.stages)
  subscription = google_pubsub_subscription.stage[each.key].name
  role         = "roles/pubsub.subscriber"
  member       = local.pubsub_agent
}

# The push identity may mint OIDC tokens (the Pub/Sub agent acts as it).
resource "google_service_account_iam_member" "agent_token_creator" {
  service_account_id = google_service_account.push.name
  role               = "roles/iam.serviceAccountTokenCreator"
  member             = local.pubsub_agent
}
