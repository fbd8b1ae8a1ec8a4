# Topics named after the stage that consumes them (shared/topics.py is the source of truth), each with a
# dead-letter topic. Subscriptions, IAM and the rest of the deployment are tracked in the "Deploy" issue.
locals {
  stages = ["intent", "extraction", "consolidation", "matching", "report"]
}

resource "google_pubsub_topic" "stage" {
  for_each = toset(local.stages)
  name     = "stage-${each.key}"
}

resource "google_pubsub_topic" "dead_letter" {
  for_each = toset(local.stages)
  name     = "stage-${each.key}-dead-letter"
}
