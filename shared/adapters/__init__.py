"""Adapters: one module per technology implementing a port from `shared.ports`.

Local adapters (`local_bus`, `file_blobs`, `sqlite_state`, `sql_reports` on SQLite, `mongo_clients` on
mongomock) run the whole pipeline on one machine; the cloud adapters put the same ports on Google Cloud.
Modules here import their SDKs at top level, so only `shared.bootstrap` imports them, lazily.
"""
