variable "organization" {
  description = "Sentry organisation slug"
  type        = string
}

variable "project" {
  description = "Sentry project slug the functions report to (the SENTRY_DSN's project)"
  type        = string
}

variable "alert_environment" {
  description = "SENTRY_ENVIRONMENT (Cloud Build's _ENV) whose issues the issue alerts watch"
  type        = string
  default     = "prod"
}

variable "error_rate_thresholds" {
  description = "Per environment: errors in 10 minutes above which the error-rate alert fires"
  type        = map(number)
  default     = { prod = 25, staging = 100 }
}

# The action target of each rule: the id of the Sentry team whose members are e-mailed.
variable "error_rate_team_id" {
  description = "Sentry team notified of an error-rate spike"
  type        = string
}

variable "new_issue_team_id" {
  description = "Sentry team notified of a new issue in production"
  type        = string
}

variable "breaker_open_team_id" {
  description = "Sentry team notified when a circuit breaker opens (breaker-open/<dependency>)"
  type        = string
}

variable "dead_lettered_team_id" {
  description = "Sentry team notified of dead-lettered emails (dead-lettered/<stage>)"
  type        = string
}

variable "database_team_id" {
  description = "Sentry team notified of report-database connection errors (dependency-unavailable/postgres)"
  type        = string
}
