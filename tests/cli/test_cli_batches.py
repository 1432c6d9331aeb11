"""`warrantydesk batch create | export | list | template` as a script runs them."""
from __future__ import annotations

import datetime as dt
import json
import zipfile

from app.domain.enums import BatchStatus
from app.services import batches
from tests.cli.test_cli_import import run
from tests.services.batches.batch_data import claims_to_batch
from tests.services.claims.conftest import dealer  # noqa: F401  (fixture)


def test_create_by_period_prints_the_number_and_the_totals(dealer, db_url):  # noqa: F811
    claims_to_batch(dealer)
    result = run("--db", db_url, "batch", "create", "--from", "2026-05-01", "--to", "2026-05-31",
                 "--today", "2026-06-20")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("batch D3701-2026-001: 2 claim(s); labour 300.00, parts 3,474.00, "
                                     "travel 69.00, other 0.00, total 3,843.00")


def test_create_by_picked_numbers_and_refusals_on_stderr(dealer, db_url):  # noqa: F811
    made = claims_to_batch(dealer)
    result = run("--db", db_url, "batch", "create", "--claims", made.numbers[2].lower(), made.numbers[3],
                 "--today", "2026-06-20")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("batch D3701-2026-001: 2 claim(s);")

    again = run("--db", db_url, "batch", "create", "--claims", made.numbers[3], "--today", "2026-06-20")
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.strip() == (f"warrantydesk: nothing was put in batch D3701-2026-002: claim {made.numbers[3]} "
                                    "is already in batch D3701-2026-001")
    unknown = run("--db", db_url, "batch", "create", "--claims", "SB2099-000001")
    assert unknown.returncode == 2 and "no warranty claim numbered SB2099-000001" in unknown.stderr


def test_export_writes_the_zip_and_locks_the_batch(dealer, db_url, tmp_path):  # noqa: F811
    claims_to_batch(dealer)
    view = batches.create_batch(dealer.db, dealer.clerk, period_to=dt.date(2026, 5, 31), today=dt.date(2026, 6, 20))
    out = tmp_path / "exports"

    result = run("--db", db_url, "batch", "export", view.batch_no, "--out", str(out), "--zip",
                 "--template", "compact-en", "--today", "2026-06-20")

    assert result.returncode == 0, result.stderr
    package = out / "D3701-2026-001.zip"
    assert result.stdout.startswith(f"D3701-2026-001 exported to {package}: 6 files, ")
    assert result.stdout.strip().endswith("; batch locked")
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["template"].startswith("Example:") and len(manifest["files"]) == 5
    assert batches.get_batch(dealer.db, view.batch_no).status == BatchStatus.EXPORTED

    again = run("--db", db_url, "batch", "export", view.batch_no, "--out", str(out), "--zip")
    assert again.returncode == 0 and again.stdout.strip().endswith("batch was already exported and is unchanged")

    listed = run("--db", db_url, "batch", "list", "--status", "exported")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert lines[0].split() == ["D3701-2026-001", "exported", "…", "–", "2026-05-31", "2", "claims", "3,843.00"]
    assert lines[-1] == "1 batch(es)"


def test_unknown_batch_and_bad_template_are_one_line(dealer, db_url, tmp_path):  # noqa: F811
    claims_to_batch(dealer)
    missing = run("--db", db_url, "batch", "export", "D3701-2026-099", "--out", str(tmp_path))
    assert missing.returncode == 1 and missing.stderr.strip() == "warrantydesk: no claim batch numbered D3701-2026-099"
    bad = tmp_path / "bad.json"
    bad.write_text('{"sheets": [{"title": "A", "rows": "claims", "columns": [{"field": "vin"}]}]}', encoding="utf-8")
    refused = run("--db", db_url, "batch", "template", str(bad))
    assert refused.returncode == 2
    assert refused.stderr.startswith("warrantydesk: bad.json cannot be used as a batch template: unknown fields: "
                                     "sheet 'A' (claims): vin")
    chosen = run("--db", db_url, "batch", "template", "compact-en")
    assert chosen.returncode == 0 and "“Example: a manufacturer's compact English layout”" in chosen.stdout
    shown = run("--db", db_url, "batch", "template")
    assert shown.stdout.splitlines() == ["current template: Example: a manufacturer's compact English layout "
                                         "(Claims, Parts, Parts Return, Batch)",
                                         "shipped templates: compact-en, default"]


def test_batch_has_help():
    result = run("batch", "export", "--help")
    assert result.returncode == 0 and "usage: warrantydesk batch export" in result.stdout
