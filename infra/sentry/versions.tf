# Sentry alert rules as code: a root module of its own (`cd infra/sentry && terraform init && terraform apply`), so
# the Google Cloud infrastructure in infra/ never needs a Sentry token. The provider reads SENTRY_AUTH_TOKEN
# (an organisation token with alerts:write). tests/deploy checks these files statically: the provider cannot be
# downloaded on the development image.
terraform {
  required_version = ">= 1.5"
  required_providers {
    sentry = {
      source  = "jianyuan/sentry"
      version = ">= 0.15.0, < 1.0.0" # conditions_v2 / filters_v2 / actions_v2 of sentry_issue_alert
    }
  }
  backend "gcs" {
    prefix = "creditor-intake-sentry"
  }
}

provider "sentry" {}
