"""The report page's client directory search: a surname (umlauts or not, part of a double-barrelled one), a known
reference or a client id finds the client through the directory's index lookups; nonsense finds nothing; an
over-long query is refused."""

from __future__ import annotations

import json

import pytest

from shared.domain.client import ClientRecord
from shared.review.search import MAX_QUERY, QueryRejected, search
from tests.conftest import REPO_ROOT
from tests.engine.fakes import FakeClientDirectory


@pytest.fixture
def directory():
    records = json.loads((REPO_ROOT / "samples" / "clients.json").read_text())
    extra = ClientRecord(client_id="C-1004", first_name="Anna", last_name="Meyer", city="Bonn")
    return FakeClientDirectory([*(ClientRecord.model_validate(r) for r in records), extra])


def ids(records):
    return [r.client_id for r in records]


@pytest.mark.parametrize("query, expected", [
    ("Meyer", ["C-1001", "C-1004"]),
    ("strauss", ["C-1003"]),  # one part of 'Strauß-Köhler', written without ß
    ("Kohler", ["C-1003"]),  # the umlaut lost
    ("celik", ["C-1002"]),
    ("KD-448812", ["C-1001"]),  # a reference the client is known by
    ("4711 0815 99", ["C-1003"]),  # a reference written with spaces
    ("c-1002", ["C-1002"]),  # a client id, as typed
])
def test_a_query_finds_the_clients_it_names(directory, query, expected):
    assert ids(search(directory, query)) == expected


def test_clients_named_by_every_word_come_first(directory):
    assert ids(search(directory, "Anna Meyer")) == ["C-1004", "C-1001"]
    assert ids(search(directory, "Meyer Klaus")) == ["C-1001", "C-1004"]


def test_nothing_matching_and_empty_queries_find_nobody(directory):
    assert search(directory, "Zzyzx") == []
    assert search(directory, "   ") == [] and search(directory, "") == []


def test_the_result_is_limited(directory):
    assert len(search(directory, "Meyer", limit=1)) == 1


def test_an_over_long_query_is_refused_not_cut(directory):
    with pytest.raises(QueryRejected, match=str(MAX_QUERY)):
        search(directory, "Meyer " * 20)


def test_a_common_surname_does_not_crowd_out_the_client_the_other_words_name():
    import mongomock

    from shared.adapters.mongo_clients import MongoClientDirectory

    real = MongoClientDirectory(mongomock.MongoClient()["firm"]["clients"])  # the real adapter, on mongomock
    real.upsert_many([ClientRecord(client_id=f"C-{n:04d}", first_name="Hans", last_name="Müller")
                      for n in range(30)] + [ClientRecord(client_id="C-9999", first_name="Anna", last_name="Müller")])
    assert ids(search(real, "Müller Anna"))[0] == "C-9999"
    assert len(search(real, "Müller")) == 20  # the page lists at most LIMIT


def test_too_many_words_are_refused():
    with pytest.raises(QueryRejected, match="at most 6 words"):
        search(FakeClientDirectory([]), "a b c d e f g")
