"""Contract suite for the ClientDirectory port. The pymongo adapter runs on mongomock: no MongoDB server can
be installed on this machine image, so a real-server run of this suite is not possible here."""

from __future__ import annotations

import mongomock
import pytest

from shared.adapters.mongo_clients import JsonBackedClientDirectory, MongoClientDirectory
from shared.domain.client import ClientRecord, name_key_variants, reference_key


@pytest.fixture(params=["mongomock", "json-backed"])
def directory(request, tmp_path):
    if request.param == "mongomock":
        yield MongoClientDirectory(mongomock.MongoClient()["db"]["clients"])
    else:
        yield JsonBackedClientDirectory(tmp_path / "clients.json")


def _client(client_id="C1", first="Jürgen", last="Strauß-Köhler", refs=()):
    return ClientRecord(client_id=client_id, first_name=first, last_name=last, date_of_birth="1965-02-28",
                        known_references=[{"creditor": "T", "reference": r} for r in refs])


def test_upsert_and_get(directory):
    assert directory.upsert_many([_client()]) == 1
    assert directory.get("C1").last_name == "Strauß-Köhler"
    assert directory.get("nope") is None


def test_reimport_updates_by_client_id(directory):
    directory.upsert_many([_client()])
    directory.upsert_many([_client(first="Juergen")])
    assert directory.get("C1").first_name == "Juergen"
    assert len(directory.candidates(name_key_variants("Köhler"), [])) == 1


def test_candidates_by_transliterated_name_part(directory):
    directory.upsert_many([_client(), _client("C2", "Anna", "Schmidt")])
    for surname in ("Strauss", "Koehler", "Köhler", "Kohler", "Strauß-Köhler"):
        found = directory.candidates(name_key_variants(surname), [])
        assert [c.client_id for c in found] == ["C1"], surname


def test_candidates_by_reference_ignoring_punctuation(directory):
    directory.upsert_many([_client(refs=["4711 0815 99"]), _client("C2", "Anna", "Schmidt", refs=["X-1"])])
    assert [c.client_id for c in directory.candidates([], [reference_key("4711-081599")])] == ["C1"]


def test_no_keys_no_candidates(directory):
    directory.upsert_many([_client()])
    assert directory.candidates([], []) == []


def test_json_backed_persists(tmp_path):
    JsonBackedClientDirectory(tmp_path / "c.json").upsert_many([_client()])
    assert JsonBackedClientDirectory(tmp_path / "c.json").get("C1").first_name == "Jürgen"
