"""Contract suite for the ClientDirectory port. The pymongo adapter runs on mongomock: no MongoDB server can
be installed on this machine image, so a real-server run of this suite is not possible here.

Outage cases: real pymongo, built with the production options (mongo_clients.CLIENT_OPTIONS), pointed at a
closed port and at a silent one: every method raises DependencyUnavailable within the server selection
timeout. The local twin's outage is its clients file: an import that cannot write it, and a start that cannot
read it. mongomock itself lives in memory and has no outage to test.
"""

from __future__ import annotations

import mongomock
import pytest

from shared.adapters import mongo_clients
from shared.adapters.mongo_clients import JsonBackedClientDirectory, MongoClientDirectory
from shared.domain.client import ClientRecord, name_key_variants, reference_key
from tests.contracts.outage import assert_unavailable, closed_port, silent_port

MONGO_DEADLINE = mongo_clients.SERVER_SELECTION_TIMEOUT_MS / 1000


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


def test_all_lists_every_client_by_id(directory):
    assert directory.all() == []
    directory.upsert_many([_client("C2", "Anna", "Schmidt"), _client("C1")])
    directory.upsert_many([_client("C1", first="Juergen")])
    assert [(c.client_id, c.first_name) for c in directory.all()] == [("C1", "Juergen"), ("C2", "Anna")]


def test_no_keys_no_candidates(directory):
    directory.upsert_many([_client()])
    assert directory.candidates([], []) == []


def test_json_backed_persists(tmp_path):
    JsonBackedClientDirectory(tmp_path / "c.json").upsert_many([_client()])
    assert JsonBackedClientDirectory(tmp_path / "c.json").get("C1").first_name == "Jürgen"


# --- outages -------------------------------------------------------------------------------------------------
def _every_method(directory):
    return {
        "upsert_many": lambda: directory.upsert_many([_client()]),
        "get": lambda: directory.get("C1"),
        "candidates": lambda: directory.candidates(name_key_variants("Köhler"), []),
        "all": directory.all,
    }


def _mongodb_at(port: int) -> MongoClientDirectory:
    import pymongo

    client = pymongo.MongoClient(f"mongodb://127.0.0.1:{port}", **mongo_clients.CLIENT_OPTIONS)
    return MongoClientDirectory(client["intake"]["clients"])  # builds without I/O: no server needed yet


def test_mongodb_unreachable_raises_dependency_unavailable_in_time():
    assert_unavailable(_every_method(_mongodb_at(closed_port())), "mongodb", MONGO_DEADLINE)


def test_mongodb_not_answering_raises_dependency_unavailable_in_time():
    with silent_port() as port:
        assert_unavailable(_every_method(_mongodb_at(port)), "mongodb", MONGO_DEADLINE)


def test_clients_file_that_cannot_be_written_or_read_is_unavailable(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    unwritable = JsonBackedClientDirectory(blocker / "clients.json")
    (tmp_path / "clients.json").mkdir()  # a folder where the clients file should be
    assert_unavailable({
        "upsert_many": lambda: unwritable.upsert_many([_client()]),
        "start": lambda: JsonBackedClientDirectory(tmp_path / "clients.json"),
    }, "clients file", 0)
