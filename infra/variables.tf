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

variable "raw_mail_retention_days" {
  description = "Days raw mail and attachments are kept in the bucket before deletion (0 keeps them forever)"
  type        = number
  default     = 365
}

variable "sql_tier" {
  description = "Cloud SQL machine tier (db-f1-micro is the cheapest; size up for production load)"
  type        = string
  default     = "db-custom-1-3840"
}

variable "max_delivery_attempts" {
  description = "Delivery attempts before a stage message is dead-lettered"
  type        = number
  default     = 10
}

variable "alert_email" {
  description = "Where alert notifications go (empty: alerts without a notification channel)"
  type        = string
  default     = ""
}

variable "caseworkers" {
  description = "Who may open the review pages through Identity-Aware Proxy: \"user:EMAIL\" or \"group:EMAIL\" members (apply after the first build deployed the review function)"
  type        = list(string)
  default     = []
  validation {
    condition     = alltrue([for m in var.caseworkers : can(regex("^(user|group):[^@\\s]+@[^@\\s]+$", m))])
    error_message = "Each caseworker is \"user:EMAIL\" or \"group:EMAIL\"."
  }
}
