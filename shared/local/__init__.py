"""The local runtime: the chain on the durable SQLite bus, `serve`, `process`, development secrets."""
