"""Runtime plumbing around the pure stages: Pub/Sub CloudEvents, the stage runner, the local dispatcher."""
