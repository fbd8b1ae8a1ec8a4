# The caseworkers' review pages (shared/review) behind Identity-Aware Proxy, Cloud Run's direct integration: Cloud
# Build deploys the `review` function, turns IAP on for its Cloud Run service (step iap-review) and lets only IAP's
# service agent (service-NUMBER@gcp-sa-iap.iam.gserviceaccount.com) invoke it (step invoker-review). Terraform
# decides who gets through IAP: the members of var.caseworkers. These grants name the deployed service, so they
# are applied once the first build has deployed it (README "Deploying"); with no caseworkers nothing is created.
locals {
  iap_accessors = { for pair in flatten([for name in local.iap_functions : [for m in var.caseworkers : { name = name, member = m }]]) : "${pair.name}:${pair.member}" => pair }
}

resource "google_iap_web_cloud_run_service_iam_member" "caseworker" {
  for_each               = local.iap_accessors
  project                = var.project
  location               = var.region
  cloud_run_service_name = "${replace(each.value.name, "_", "-")}-${local.suffix}"
  role                   = "roles/iap.httpsResourceAccessor"
  member                 = each.value.member
  depends_on             = [google_project_service.apis]
}

# The review function's CSRF-token key (REVIEW_CSRF_SECRET): generated here like the database password; nobody
# needs to know it. Replacing it (terraform apply -replace=random_password.review_csrf) voids open forms only.
resource "random_password" "review_csrf" {
  length  = 48
  special = false
}

resource "google_secret_manager_secret_version" "review_csrf" {
  secret      = google_secret_manager_secret.secret["REVIEW_CSRF_SECRET"].id
  secret_data = random_password.review_csrf.result
}
