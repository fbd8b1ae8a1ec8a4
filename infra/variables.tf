variable "project" {
  description = "Google Cloud project id"
  type        = string
}

variable "region" {
  description = "Region for functions, Cloud SQL and the bucket"
  type        = string
  default     = "europe-west3"
}

variable "environment" {
  description = "Environment name, used as a suffix of resource names (e.g. prod, staging)"
  type        = string
  default     = "prod"
}
