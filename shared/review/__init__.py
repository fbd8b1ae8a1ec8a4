"""The caseworker review function: queue, report page, corrections (see the README)."""
