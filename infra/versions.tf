terraform {
  required_version = ">= 1.5"
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = ">= 5.0"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }
  # Remote state: `terraform init -backend-config="bucket=<project>-tfstate"` (README "Deploying").
  backend "gcs" {
    prefix = "creditor-intake"
  }
}

provider "google" {
  project = var.project
  region  = var.region
}
