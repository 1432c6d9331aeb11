"""A small but complete demo dealer (claims in every status, batches, settlements, old parts, stock) on
each backend, for the fault tests to break and inspect. It is built once per backend and copied for
each test (a SQLite backup copy; a PostgreSQL database made from it as a template)."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator

import pytest
from sqlalchemy import make_url

TODAY = dt.date(2026, 11, 20)  # the demo's working day: fixed, so every run builds the same dealer


def _build(url: str) -> None:
    from app.services.database import Database
    from app.services.demo import build_demo

    db = Database.open(url)
    try:
        build_demo(db, units=40, claims=300, seed=7, today=TODAY)
    finally:
        db.close()


@pytest.fixture(scope="session")
def _demo_templates() -> dict[str, str]:
    return {}


@pytest.fixture
def demo_url(db_url: str, _demo_templates: dict[str, str], request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo dealer in a fresh database, on each backend."""
    return _copy_of_demo(db_url, _demo_templates, request, tmp_path_factory)


@pytest.fixture
def sqlite_demo_url(sqlite_url: str, _demo_templates: dict[str, str], request: pytest.FixtureRequest,
                    tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo dealer in a fresh SQLite file only (for what only SQLite has: its file, its backups)."""
    return _copy_of_demo(sqlite_url, _demo_templates, request, tmp_path_factory)


def _copy_of_demo(db_url: str, _demo_templates: dict[str, str], request: pytest.FixtureRequest,
                  tmp_path_factory: pytest.TempPathFactory) -> str:
    url = make_url(db_url)
    backend = url.get_backend_name()
    if backend not in _demo_templates:
        if backend == "sqlite":
            template = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}"
        else:
            template = request.getfixturevalue("pg_server").create_database(f"wd_faults_demo_{os.getpid()}")
        _build(template)
        _demo_templates[backend] = template
    template_url = make_url(_demo_templates[backend])
    if backend == "sqlite":
        source, target = sqlite3.connect(template_url.database), sqlite3.connect(url.database)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
    else:
        import psycopg

        server = request.getfixturevalue("pg_server")
        with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{url.database}"')
            conn.execute(f'CREATE DATABASE "{url.database}" TEMPLATE "{template_url.database}"')
    return db_url


@pytest.fixture(scope="session")
def zygote() -> Iterator[object]:
    from tests.faults.children import Zygote

    spawner = Zygote()
    yield spawner
    spawner.close()
