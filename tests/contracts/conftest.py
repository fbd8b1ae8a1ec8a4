"""Fixtures the contract suites share."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine

from shared.reports.migrate import upgrade


@pytest.fixture(params=["sqlite", "postgres"])
def report_engine(request, tmp_path):
    """The reports' database migrated to the head revision: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'reports.sqlite3'}")
    else:
        engine = create_engine(request.getfixturevalue("postgres_url"))
    upgrade(engine)
    yield engine
    engine.dispose()
