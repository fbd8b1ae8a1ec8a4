"""Pure mail handling (no I/O): MIME parsing into the canonical message, HTML to text, filename hygiene."""
