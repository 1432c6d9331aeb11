"""The built one-folder bundle, run as a dealer's workstation runs it: no checkout, no Python, no venv.

Not part of `make test`: `make bundle-test` builds dist/warrantydesk with `make package` first, then runs
these (marked `bundle`). WARRANTYDESK_BUNDLE points at another bundle folder.
"""
from __future__ import annotations

import ast
import os
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db import migrate

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("WARRANTYDESK_BUNDLE") or ROOT / "dist" / "warrantydesk")
WINDOWS = sys.platform == "win32"
COMMAND = BUNDLE / ("warrantydesk-cli.exe" if WINDOWS else "warrantydesk")  # Windows: the console twin
WINDOW = BUNDLE / ("warrantydesk.exe" if WINDOWS else "warrantydesk")
CONTENTS = BUNDLE / "_internal"
TIMEOUT_S = 300
QUIT_AFTER_MS = 1500
DEMO_TODAY = "2026-06-30"


@pytest.fixture(scope="module")
def workstation(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment of a fresh workstation: its own folders, nothing pointing back into the checkout."""
    if not COMMAND.is_file():
        pytest.fail(f"no bundle at {BUNDLE}: build it with `make package` (or run `make bundle-test`)")
    home = tmp_path_factory.mktemp("workstation")
    env = {k: v for k, v in os.environ.items()
           if k not in ("WARRANTYDESK_DB", "WARRANTYDESK_RESOURCES", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env["HOME"] = str(home)
    env["APPDATA"] = env["LOCALAPPDATA"] = str(home / "appdata")  # the same on Windows
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["WARRANTYDESK_WORKDIR"] = str(home)
    return env


def run(env: dict[str, str], *args: str, executable: Path = COMMAND) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(executable), *args], env=env, cwd=env["WARRANTYDESK_WORKDIR"], text=True,
                            encoding="utf-8", errors="replace", capture_output=True, timeout=TIMEOUT_S)
    print(f"$ {executable.name} {' '.join(args)}  -> exit {result.returncode}\n{result.stdout}{result.stderr}")
    return result


@pytest.fixture(scope="module")
def demo_db(workstation: dict[str, str]) -> str:
    url = f"sqlite:///{Path(workstation['WARRANTYDESK_WORKDIR']) / 'demo.sqlite3'}"
    result = run(workstation, "--db", url, "demo", "--units", "50", "--claims", "200", "--today", DEMO_TODAY)
    assert result.returncode == 0, result.stderr
    assert "50 units, 200 claims" in result.stdout
    return url


def test_version_is_the_projects(workstation):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

    result = run(workstation, "--version")

    assert result.returncode == 0
    assert result.stdout.strip() == f"WarrantyDesk {version}"


def test_bundle_holds_every_resource_and_migration():
    # The spec collects resources/ and the migrations generically: whatever the checkout has, the bundle has.
    expected = [p for p in (ROOT / "resources").rglob("*") if p.is_file() and p.suffix != ".ts"]
    expected += [p for p in (ROOT / "app" / "db" / "migrations").rglob("*")
                 if p.suffix in (".py", ".mako") and "__pycache__" not in p.parts]
    missing = [str(p.relative_to(ROOT)) for p in expected if not (CONTENTS / p.relative_to(ROOT)).is_file()]
    assert not missing, f"not in the bundle: {missing}"
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        assert (CONTENTS / "resources" / "i18n" / f"{ts.stem}.qm").is_file(), f"{ts.stem}.qm not built into the bundle"


def test_bundle_holds_every_qt_module_the_app_imports():
    # The spec leaves unused Qt modules out; one the app starts to use must come off that list.
    imported = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            imported.update(n.split(".")[1] for n in names if n.startswith("PySide6.") and n.count(".") == 1)
    suffix = ".pyd" if WINDOWS else ".abi3.so"
    missing = sorted(m for m in imported if not (CONTENTS / "PySide6" / f"{m}{suffix}").is_file())
    assert not missing, f"Qt modules the app imports but the bundle lacks: {missing}"


def test_demo_then_check(workstation, demo_db):
    result = run(workstation, "--db", demo_db, "check")

    assert result.returncode == 0, result.stderr
    assert f"schema:    {migrate.head_revision()} (current)" in result.stdout  # the bundle's migrations ran
    assert "integrity: ok" in result.stdout


def test_window_opens_offscreen_and_quits(workstation, demo_db):
    env = {**workstation, "WARRANTYDESK_QUIT_AFTER_MS": str(QUIT_AFTER_MS)}

    result = run(env, "--db", demo_db, executable=WINDOW)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "could not load the qt platform plugin" not in result.stderr.lower()
    log = Path(env["XDG_STATE_HOME"]) / "WarrantyDesk" / "log" / "warrantydesk.log"
    if not WINDOWS:  # the log folder of the platform; on Windows it is under LOCALAPPDATA
        text = log.read_text(encoding="utf-8")
        assert "after the window was shown" in text  # the quit timer starts only once the window is up
        assert " ERROR " not in text and " CRITICAL " not in text


def test_prints_a_repair_record_with_the_shipped_font(workstation, demo_db):
    with sqlite3.connect(demo_db.removeprefix("sqlite:///")) as conn:
        numbers = [row[0] for row in conn.execute("SELECT claim_no FROM warranty_claims ORDER BY id LIMIT 2")]
    out = Path(workstation["WARRANTYDESK_WORKDIR"]) / "repair-records.pdf"

    result = run(workstation, "--db", demo_db, "print", "repair-record", *numbers, "--out", str(out))

    assert result.returncode == 0, result.stderr
    pdf = PdfReader(out)
    assert len(pdf.pages) >= 2
    fonts = {str(font.get_object()["/BaseFont"]) for page in pdf.pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("WenQuanYiMicroHei" in name for name in fonts), fonts  # embedded from resources/fonts
    text = pdf.pages[0].extract_text()
    assert "三包维修记录" in text and numbers[0] in text


def test_opens_a_postgresql_database(workstation, pg_server):
    # psycopg's binary driver and its libpq are inside the bundle, and the migrations run on PostgreSQL too.
    url = pg_server.create_database(f"wd_bundle_{os.getpid()}")

    built = run(workstation, "--db", url, "demo", "--units", "5", "--claims", "10", "--today", DEMO_TODAY)
    checked = run(workstation, "--db", url, "check")

    assert built.returncode == 0, built.stderr
    assert checked.returncode == 0, checked.stderr
    assert "(postgresql)" in checked.stdout and "integrity: ok" in checked.stdout
