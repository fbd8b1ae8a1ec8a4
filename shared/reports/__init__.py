"""The processing-report table (SQLAlchemy Core) and how a final envelope becomes a report."""
