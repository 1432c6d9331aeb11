"""The command line once sign-in is on: commands that change data need --user and the password
($WARRANTYDESK_PASSWORD or a prompt); with sign-in off they run as before."""
from __future__ import annotations

import io

import pytest

from app import cli, cli_actor
from app.domain import passwords as hashing
from app.services import batches
from app.services import passwords as sign_in


@pytest.fixture
def quick_hashes(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(hashing, "N", 2**10)
    monkeypatch.delenv(cli_actor.PASSWORD_ENV, raising=False)


def _run(db_url: str, *args: str) -> int:
    return cli.main(["--db", db_url, *args])


def test_with_sign_in_off_commands_run_as_before(database, db_url, staff, quick_hashes, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(db_url, "batch", "template", "compact-en") == cli.EXIT_OK  # the default user: the manager
    assert batches.current_template(database).name.startswith("Example:")
    # Naming a clerk makes the command hers, and a manager's task is refused.
    assert _run(db_url, "--user", "li.na", "batch", "template", "default") == cli.EXIT_ERROR
    assert "service manager role" in capsys.readouterr().err
    assert _run(db_url, "--user", "nobody", "batch", "template", "default") == cli.EXIT_USAGE


def test_with_sign_in_on_the_user_and_password_are_required(database, db_url, staff, quick_hashes, monkeypatch,
                                                            capsys) -> None:  # type: ignore[no-untyped-def]
    sign_in.set_password(database, staff.manager, staff.manager.user_id, "manager-pass")
    sign_in.set_sign_in_required(database, staff.manager, True)
    assert _run(db_url, "batch", "template", "compact-en") == cli.EXIT_ERROR
    assert "give --user LOGIN" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask in
    assert _run(db_url, "--user", "zhang.wei", "batch", "template", "compact-en") == cli.EXIT_USAGE
    assert cli_actor.PASSWORD_ENV in capsys.readouterr().err
    monkeypatch.setenv(cli_actor.PASSWORD_ENV, "wrong-pass")
    assert _run(db_url, "--user", "zhang.wei", "batch", "template", "compact-en") == cli.EXIT_ERROR
    assert "wrong login or password" in capsys.readouterr().err
    assert batches.current_template(database).name == batches.load_template("default").name
    monkeypatch.setenv(cli_actor.PASSWORD_ENV, "manager-pass")
    assert _run(db_url, "--user", "zhang.wei", "batch", "template", "compact-en") == cli.EXIT_OK
    assert batches.current_template(database).name.startswith("Example:")


def test_a_typed_password_is_asked_for_in_a_terminal(database, db_url, staff, quick_hashes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sign_in.set_password(database, staff.manager, staff.manager.user_id, "manager-pass")
    sign_in.set_sign_in_required(database, staff.manager, True)
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "manager-pass")
    assert _run(db_url, "--user", "zhang.wei", "batch", "template", "compact-en") == cli.EXIT_OK
    assert asked == ["password for zhang.wei: "]


def test_help_documents_the_user_option(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "--user LOGIN" in out and "WARRANTYDESK_PASSWORD" in out
