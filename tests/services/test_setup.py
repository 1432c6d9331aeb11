"""Setting up a dealer: first run, the dealer profile and its logo, users and roles, the warranty rules,
and moving the database file."""
from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from app.db.models import AuditEntry
from app.domain.actors import SYSTEM, Actor, PermissionDenied
from app.domain.enums import Role
from app.domain.errors import DatabaseUnreachable, ValidationError
from app.services import setup
from app.services import shared_settings as keys
from app.services.setup import DealerProfileData, NewUser

PROFILE = DealerProfileData(dealer_code=" d３７０１ ", name="  济南鲁丰农机  服务站 ", address="历城区工业北路 188 号",
                            phone="0531-8860 2218", hotline="400-660-3701", manufacturer="华北农业装备")


def _audit(db, entity: str) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def _set_up(db) -> Actor:  # type: ignore[no-untyped-def]
    return setup.complete_first_run(db, PROFILE, NewUser("Wang.Li", "王力", Role.MANAGER))


def test_a_new_database_is_a_first_run_until_the_wizard_saves(database):
    # GIVEN an empty database
    assert setup.is_first_run(database)
    assert setup.dealer_profile(database) is None
    # WHEN the wizard saves the profile and the first user
    actor = _set_up(database)
    # THEN it is set up, cleaned, and recorded under the new manager's name
    assert not setup.is_first_run(database)
    assert actor.login == "wang.li" and actor.role == Role.MANAGER and actor.user_id is not None
    saved = setup.dealer_profile(database)
    assert saved is not None
    assert (saved.dealer_code, saved.name, saved.hotline) == ("D3701", "济南鲁丰农机 服务站", "400-660-3701")
    assert [u.login for u in setup.all_users(database)] == ["wang.li"]
    assert {a.user_name for a in _audit(database, "dealer_profile")} == {"王力"}
    assert _audit(database, "user")[0].action == "create"
    # and a second workstation finishing its wizard late changes nothing
    with pytest.raises(ValidationError, match="set up meanwhile"):
        setup.complete_first_run(database, PROFILE, NewUser("zhao", "赵", Role.MANAGER))
    assert [u.login for u in setup.all_users(database)] == ["wang.li"]


def test_the_first_user_must_be_able_to_manage(database):
    with pytest.raises(ValidationError, match="service manager"):
        setup.complete_first_run(database, PROFILE, NewUser("li", "李", Role.CLERK))
    assert setup.is_first_run(database)


@pytest.mark.parametrize(("profile", "message"), [
    (DealerProfileData(dealer_code="", name="x"), "dealer code is required"),
    (DealerProfileData(dealer_code="D1", name="  "), "name is required"),
    (DealerProfileData(dealer_code="D1", name="x", phone="1" * 41), "phone number is too long"),
    (DealerProfileData(dealer_code="D1", name="x", logo_png=b"GIF89a"), "PNG"),
])
def test_profile_mistakes_are_named(database, profile, message):
    with pytest.raises(ValidationError, match=message):
        setup.save_dealer_profile(database, SYSTEM, profile)
    assert setup.dealer_profile(database) is None


def test_changing_the_profile_needs_a_manager_and_leaves_an_audit_row_per_field(database):
    manager = _set_up(database)
    clerk_record = setup.create_user(database, manager, NewUser("zhang", "张三", Role.CLERK))
    clerk = Actor(clerk_record.id, clerk_record.login, clerk_record.name, Role.CLERK)
    changed = DealerProfileData(**{**PROFILE.__dict__, "phone": "0531-1234 5678", "dealer_code": "D3701"})
    with pytest.raises(PermissionDenied):
        setup.save_dealer_profile(database, clerk, changed)
    before = len(_audit(database, "dealer_profile"))
    setup.save_dealer_profile(database, manager, changed)
    rows = _audit(database, "dealer_profile")[before:]
    assert [(r.field, r.old_value, r.new_value) for r in rows] == [("phone", "0531-8860 2218", "0531-1234 5678")]


def _picture(path: Path, size: tuple[int, int], fmt: str) -> Path:
    Image.new("RGB", size, (200, 30, 30)).save(path, format=fmt)
    return path


def test_a_logo_is_kept_in_the_database_as_a_small_png(database, tmp_path):
    big = _picture(tmp_path / "logo.jpg", (2400, 1200), "JPEG")
    logo = setup.read_logo(big)
    with Image.open(io.BytesIO(logo)) as image:
        assert image.format == "PNG" and max(image.size) == setup.dealer.MAX_LOGO_PIXELS
    actor = _set_up(database)
    setup.save_dealer_profile(database, actor, DealerProfileData(**{**PROFILE.__dict__, "logo_png": logo}))
    big.unlink()  # the database holds the picture, not a path to it
    saved = setup.dealer_profile(database)
    assert saved is not None and saved.logo_png == logo
    logo_audit = [a for a in _audit(database, "dealer_profile") if a.field == "logo_png"]
    assert logo_audit[-1].new_value == f"{len(logo):,} bytes"


def test_a_file_that_is_no_picture_is_refused(tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"not a picture at all")
    with pytest.raises(ValidationError, match="not a picture"):
        setup.read_logo(fake)
    with pytest.raises(ValidationError, match="cannot read"):
        setup.read_logo(tmp_path / "missing.png")


def test_users_are_added_changed_and_deactivated_by_managers(database):
    manager = _set_up(database)
    clerk = setup.create_user(database, manager, NewUser(" Zhang ", "张三", Role.CLERK))
    assert clerk.login == "zhang" and clerk.active
    with pytest.raises(ValidationError, match="already taken"):
        setup.create_user(database, manager, NewUser("ZHANG", "另一个张三"))
    with pytest.raises(ValidationError, match="may hold only"):
        setup.create_user(database, manager, NewUser("张三", "张三"))
    as_clerk = Actor(clerk.id, clerk.login, clerk.name, Role.CLERK)
    with pytest.raises(PermissionDenied):
        setup.create_user(database, as_clerk, NewUser("li", "李四"))
    with pytest.raises(PermissionDenied):
        setup.update_user(database, as_clerk, clerk.id, role=Role.MANAGER)

    promoted = setup.update_user(database, manager, clerk.id, name="张三丰", role=Role.MANAGER)
    assert (promoted.name, promoted.role) == ("张三丰", Role.MANAGER)
    gone = setup.deactivate_user(database, manager, clerk.id)
    assert not gone.active
    assert [u.login for u in setup.all_users(database)] == ["wang.li", "zhang"]  # kept: records name them
    fields = [(a.field, a.new_value) for a in _audit(database, "user") if a.entity_id == clerk.id]
    assert fields == [("", "zhang 张三 (clerk)"), ("display_name", "张三丰"), ("role", "manager"),
                      ("active", "False")]


def test_the_last_manager_cannot_be_removed_or_demoted(database):
    manager = _set_up(database)
    assert manager.user_id is not None
    with pytest.raises(ValidationError, match="last active service manager"):
        setup.deactivate_user(database, manager, manager.user_id)
    with pytest.raises(ValidationError, match="last active service manager"):
        setup.update_user(database, manager, manager.user_id, role=Role.CLERK)
    # an administrator counts: with one, the manager may step down
    admin = setup.create_user(database, manager, NewUser("admin", "管理员", Role.ADMIN))
    setup.update_user(database, manager, manager.user_id, role=Role.CLERK)
    with pytest.raises(ValidationError, match="last active service manager"):
        setup.deactivate_user(database, SYSTEM, admin.id)
    assert [u.active for u in setup.all_users(database)] == [True, True]


def test_rules_are_saved_together_by_a_manager(database):
    manager = _set_up(database)
    rules = setup.save_rules(database, manager, {keys.CARD_DEADLINE_DAYS: 30, keys.RETURN_WINDOWS: "12-31，6-30",
                                                 keys.EXTEND_FOR_REPAIRS: False})
    assert rules[keys.CARD_DEADLINE_DAYS.key] == 30
    assert rules[keys.RETURN_WINDOWS.key] == "06-30,12-31"
    assert keys.get(database, keys.EXTEND_FOR_REPAIRS) is False
    audited = {a.field for a in _audit(database, "setting")}
    assert audited == {keys.CARD_DEADLINE_DAYS.key, keys.RETURN_WINDOWS.key, keys.EXTEND_FOR_REPAIRS.key}
    clerk = Actor(None, "c", "c", Role.CLERK)
    with pytest.raises(PermissionDenied):
        setup.save_rules(database, clerk, {keys.CARD_DEADLINE_DAYS: 10})
    # nothing is written when one value is wrong
    with pytest.raises(ValidationError, match="not a return date"):
        setup.save_rules(database, manager, {keys.CARD_DEADLINE_DAYS: 10, keys.RETURN_WINDOWS: "02-30"})
    with pytest.raises(ValidationError, match="at most"):
        setup.save_rules(database, manager, {keys.FOLLOW_UP_AFTER_DAYS: 1000})
    assert keys.get(database, keys.CARD_DEADLINE_DAYS) == 30


@pytest.fixture
def sqlite_database(sqlite_url):  # type: ignore[no-untyped-def]
    from app.services.database import Database

    db = Database.open(sqlite_url)
    yield db
    db.close()


def test_moving_the_database_copies_and_checks_it(sqlite_database, tmp_path):
    manager = _set_up(sqlite_database)
    setup.create_user(sqlite_database, manager, NewUser("zhang", "张三"))
    target = tmp_path / "elsewhere"
    target.mkdir()
    info = setup.move_database(sqlite_database, target)  # a folder: the file keeps its name
    assert info.path == (target / "warrantydesk.sqlite3").resolve()
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone() == (2,)
    assert Path(sqlite_database.location).is_file()  # the old file stays
    with pytest.raises(ValidationError, match="already exists"):
        setup.move_database(sqlite_database, info.path)
    with pytest.raises(ValidationError, match="already there"):
        setup.move_database(sqlite_database, sqlite_database.location)
    with pytest.raises(ValidationError, match="does not exist"):
        setup.move_database(sqlite_database, tmp_path / "no" / "such.sqlite3")


def test_moving_is_refused_on_postgresql(pg_server, tmp_path):
    from app.services.database import Database

    db = Database.open(pg_server.create_database(f"wd_test_setup_move_{os.getpid()}"))
    try:
        assert setup.sqlite_file(db) is None
        with pytest.raises(ValidationError, match="PostgreSQL"):
            setup.move_database(db, tmp_path / "x.sqlite3")
    finally:
        db.close()
    assert not (tmp_path / "x.sqlite3").exists()


def test_the_database_opened_at_start(tmp_path, monkeypatch):
    moved = tmp_path / "moved.sqlite3"
    assert setup.database_for_start("sqlite:///x", str(moved)) == "sqlite:///x"  # --db wins
    assert setup.database_for_start(None, "") is None  # the default file
    with pytest.raises(DatabaseUnreachable, match="is missing"):
        setup.database_for_start(None, str(moved))  # never a silently new, empty database
    moved.write_bytes(b"")
    assert setup.database_for_start(None, str(moved)) == f"sqlite:///{moved}"
    monkeypatch.setenv("WARRANTYDESK_DB", "sqlite:///env")
    assert setup.database_for_start(None, str(moved)) is None  # $WARRANTYDESK_DB wins over the setting
