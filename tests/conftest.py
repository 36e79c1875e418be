"""Shared test fixtures: where the seeds and gold answers live."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What the tests read of ../shared (the seed pages, the dev gold and the scorer), copied
# here in its layout, so that a clone passes its tests with nothing beside it.
SHARED = ROOT / "tests" / "data" / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "eval" / "dev"
EXAMPLES = ROOT / "examples"
TEAM_GOLD = ROOT / "tests" / "data" / "gold"
# The sample pages with gold answers in tests/data/gold, scored by test_scores.
TEAM_PAGES = sorted(EXAMPLES / (p.name.removesuffix(".gold.json") + ".txt") for p in TEAM_GOLD.glob("*.gold.json"))
# The sample pages whose answers the query tests check by hand, named so that a new
# sample page does not change what they expect.
HAND_CHECKED_PAGES = [EXAMPLES / "2024-04_jiuquan_page2.txt", EXAMPLES / "2024-04_provinces_page4.txt"]


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the seed pages are missing: {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory):
    """A real Bolt server (ArcadeDB) for the session. Missing in CI is a failure."""
    import os

    from bolt_server import BoltServer, find_arcadedb_package

    if find_arcadedb_package() is None:
        message = "arcadedb-embedded is not installed (pip install -e '.[test]'), so no Bolt server can start"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = BoltServer(tmp_path_factory.mktemp("arcadedb"), databases=("kg", "other"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def neo4j_settings(bolt_server):
    """Settings for the test server's ``kg`` database, emptied before each test."""
    from neo4j import GraphDatabase

    from kg.graph.neo4j_store import Neo4jSettings

    with GraphDatabase.driver(bolt_server.uri, auth=(bolt_server.user, bolt_server.password)) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n", database_=bolt_server.database)
    return Neo4jSettings(bolt_server.uri, bolt_server.user, bolt_server.password, bolt_server.database)
