"""Logging with correlation context (Cloud Logging structured JSON) and error descriptions safe to record."""
