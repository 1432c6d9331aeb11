"""Exporting a claim batch to head office: one package (a folder or a .zip) holding

    <batch no>.xlsx     the workbook, laid out by the dealer's template
    <batch no>.json     the same batch, machine-readable (resources/schemas/claim-batch.schema.json)
    pdf/<claim no>.pdf  each claim's warranty repair record
    attachments/<claim no>/…  each claim's photos and scans
    manifest.json       every file above with its size and SHA-256

The package is written first, under a temporary name; then one transaction locks the batch (status
exported, time, package name and SHA-256) and, still inside it, the package is renamed into place.
Should anything fail before the commit (a PDF that cannot be drawn, a full disk, the batch changed
on another workstation meanwhile) the transaction rolls back and the package is removed: there is
never a package without a locked batch, nor a locked batch without its package, short of the machine
dying in the instant between the rename and the commit (then the batch is still open, and exporting
it again replaces the package).

A batch already exported may be exported again (a lost e-mail, a second copy): its data files come
out byte-identical and its state does not change.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select

from app import __version__
from app.db.models import ClaimAttachment
from app.domain.actors import Actor
from app.domain.enums import BatchStatus
from app.domain.errors import ConcurrentEdit, DatabaseCorrupt, ValidationError, WarrantyDeskError
from app.reports.batch.data import BatchData
from app.reports.batch.json_doc import SCHEMA_VERSION, batch_document, dumps
from app.reports.batch.template import Template
from app.reports.batch.workbook import write_workbook
from app.reports.pdf.record_drawers import RecordDrawers
from app.reports.pdf.repair_record import write_repair_records
from app.services.audit_trail import write_audit
from app.services.batches.listing import find_batch
from app.services.batches.package import PackageWriter
from app.services.batches.snapshot import Fingerprint, batch_data, fingerprint
from app.services.batches.templates import resolve_template
from app.services.batches.views import ExportResult
from app.services.business_time import business_today
from app.services.database import Database
from app.services.forms import dealer_header, repair_record_data, write_exchange_record_forms


class ExportFailed(WarrantyDeskError):
    """The package could not be written (folder not writable, disk full …); nothing was left behind."""


Progress = Callable[[str, int, int], None]  # stage ("workbook", "json", "pdf", "attachments", "locking"), done, total


def package_path(out: Path, batch_no: str, as_zip: bool) -> Path:
    """`out` is the folder the package goes in (created when missing); for a zip, a path ending in .zip
    names the file itself."""
    if as_zip and out.suffix.lower() == ".zip":
        return out
    return out / (f"{batch_no}.zip" if as_zip else batch_no)


def export_batch(db: Database, actor: Actor, batch_no: str, out: Path | str, *, as_zip: bool,
                 progress: Progress | None = None, template: Template | Path | str | None = None,
                 lang: str = "zh_CN", today: dt.date | None = None) -> ExportResult:
    """Write the batch's package under `out` and lock the batch (see the module's description).
    `template`: a Template, a template file or a shipped template's name; None: the dealer's template."""
    started = time.perf_counter()
    report = progress or (lambda _stage, _done, _total: None)
    layout = template if isinstance(template, Template) else resolve_template(db, template)
    with db.translated_errors(), db.sessions() as s:
        batch = find_batch(s, batch_no)
        if batch.claim_count == 0:
            raise ValidationError(f"batch {batch.batch_no} holds no claims; there is nothing to export")
        data = batch_data(s, batch)
        seen = fingerprint(s, batch)
        batch_id = batch.id
    number = data.header.batch_no
    final = package_path(Path(out), number, as_zip)
    seconds: dict[str, float] = {}
    try:
        with PackageWriter(final, as_zip=as_zip) as package:
            mark = time.perf_counter()
            report("workbook", 0, 1)
            write_workbook(data, layout, package.target(f"{number}.xlsx"))
            package.added(f"{number}.xlsx")
            seconds["workbook"], mark = time.perf_counter() - mark, time.perf_counter()
            report("json", 0, 1)
            package.add_bytes(f"{number}.json", dumps(batch_document(data)))
            seconds["json"], mark = time.perf_counter() - mark, time.perf_counter()
            _repair_records(db, data, package, lang, today or business_today(), report)
            _return_records(db, data, package, lang)
            seconds["pdf"], mark = time.perf_counter() - mark, time.perf_counter()
            _attachments(db, data, package, report)
            seconds["attachments"], mark = time.perf_counter() - mark, time.perf_counter()
            report("locking", 0, 1)
            digest = package.finish({"batchNumber": number, "schema_version": SCHEMA_VERSION,
                                     "generator": f"WarrantyDesk {__version__}",
                                     "template": layout.name,
                                     "createdAt": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})
            locked = _lock_and_publish(db, actor, batch_id, seen, package, digest)
            seconds["locking"] = time.perf_counter() - mark
            files, size = len(package.files) + 1, package.total_bytes
    except OSError as exc:
        raise ExportFailed(f"cannot write the package {final}: {exc.strerror or exc}") from exc
    seconds["total"] = time.perf_counter() - started
    return ExportResult(number, final, digest, files, size, locked, seconds)


def _repair_records(db: Database, data: BatchData, package: PackageWriter, lang: str, today: dt.date,
                    report: Progress) -> None:
    """The records are read here and drawn by a few worker processes meanwhile (app.reports.pdf.record_drawers);
    they are packed in the batch's order, and a record that fails to draw fails the export."""
    total = len(data.claims)
    dealer = dealer_header(db)
    names: dict[str, str] = {}  # where a record is drawn -> its name in the package
    done = 0

    def pack(paths: Iterable[str]) -> None:
        nonlocal done
        for path in paths:
            package.added(names.pop(path))
            done += 1
            report("pdf", done, total)

    with RecordDrawers(total, lang, draw=write_repair_records) as drawers:
        for claim in data.claims:
            # the same record the clerk prints and the customer signs, one PDF per claim
            path = str(package.target(claim.record_path))
            names[path] = claim.record_path
            pack(drawers.add(repair_record_data(db, claim.claim_id, today, dealer=dealer), path))
        pack(drawers.rest())


def _return_records(db: Database, data: BatchData, package: PackageWriter, lang: str) -> None:
    """The exchange and refund records as the customer signed them, one PDF each."""
    for record in data.returns:
        write_exchange_record_forms(db, [record.record_no], package.target(record.record_path), lang)
        package.added(record.record_path)


def _attachments(db: Database, data: BatchData, package: PackageWriter, report: Progress) -> None:
    with_files = [claim for claim in data.claims if claim.attachments]
    for done, claim in enumerate(with_files, start=1):
        with db.translated_errors(), db.sessions() as s:  # one claim's files in memory at a time
            contents = dict(s.execute(select(ClaimAttachment.id, ClaimAttachment.content)
                                      .where(ClaimAttachment.claim_id == claim.claim_id)).tuples().all())
        for attachment in claim.attachments:
            packed = package.add_bytes(attachment.path, bytes(contents[attachment.attachment_id]))
            if packed.sha256 != attachment.sha256:
                raise DatabaseCorrupt(f"attachment {attachment.file_name} of claim {claim.claim_no} does not match "
                                      "the checksum it was stored with; the database may be damaged")
        report("attachments", done, len(with_files))


def _lock_and_publish(db: Database, actor: Actor, batch_id: int, seen: Fingerprint, package: PackageWriter,
                      digest: str) -> bool:
    """Lock the batch and rename the package into place in one transaction; True if this export locked it."""
    published = False
    try:
        with db.translated_errors(), db.sessions.begin() as s:
            batch = find_batch(s, batch_id, lock=True)
            now = fingerprint(s, batch)
            first = batch.status == BatchStatus.OPEN
            changed = now != seen if first else [c for c, _v in now.claims] != [c for c, _v in seen.claims]
            if changed:  # claims added or removed (or, while open, edited) since the package was read
                raise ConcurrentEdit(f"batch {batch.batch_no} was changed on another workstation while it was being "
                                     "exported; nothing was exported; export it again")
            if first:
                write_audit(s, actor, "batch", batch.id, "transition", "status", batch.status.value,
                            BatchStatus.EXPORTED.value)
                batch.status = BatchStatus.EXPORTED
                batch.exported_at = dt.datetime.now(dt.UTC)
                batch.package_name = package.final.name
                batch.package_sha256 = digest
            else:  # a copy of a package already sent: recorded, the batch stays as it is
                write_audit(s, actor, "batch", batch.id, "export", "package", None, f"{package.final.name} {digest}")
            s.flush()
            package.publish()  # last step before the commit: if the rename fails, the lock is rolled back
            published = True
    except BaseException:
        if published:
            package.withdraw()
        raise
    package.settle()
    return first
