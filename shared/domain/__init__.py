"""Domain models: the canonical inbound mail, stage results, the pipeline envelope, reports and clients."""
