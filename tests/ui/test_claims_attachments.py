"""Photos and scans on the claim editor's Attachments tab: thumbnails, a duplicate refused, the photo check."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from sqlalchemy import select

from app.db.models import Part
from app.domain.enums import AttachmentKind
from app.services import claims
from app.ui.claims.editor import ClaimEditor
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer


def _photo(path: Path, colour: str, size: tuple[int, int] = (640, 480)) -> Path:
    pixmap = QPixmap(*size)
    pixmap.fill(QColor(colour))
    assert pixmap.save(str(path), "PNG")
    return path


def test_photos_show_as_thumbnails_and_a_duplicate_is_refused(qtbot, english, dealer, tmp_path):  # noqa: F811
    with dealer.db.sessions.begin() as s:
        s.scalar(select(Part).where(Part.part_no == "T5-112-10")).photo_required = True
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    editor = ClaimEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY, claim_id=view.id)
    qtbot.addWidget(editor)
    editor.show()
    tab = editor.attachments
    assert editor.findings.codes() == ["PHOTOS_MISSING"]
    assert editor.findings.texts() == ["This part or model needs photos, and none is attached."]
    # WHEN a photo and a scanned PDF are attached (the file dialog would pass these paths)
    photo = _photo(tmp_path / "泵柱塞.png", "#8d6e63")
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned, signed repair record\n")
    assert tab.add_files([photo]) == []
    assert tab.add_files([scan], AttachmentKind.DOCUMENT) == []
    # THEN both are listed, the photo as a thumbnail, the scan with a generic icon
    assert tab.list.count() == 2
    thumbnail = tab.list.item(0).icon().pixmap(tab.list.iconSize())
    assert not thumbnail.isNull() and thumbnail.width() == 128 and thumbnail.height() == 96
    assert tab.list.item(0).text() == "泵柱塞.png\nPhoto" and tab.list.item(1).text() == "signed.pdf\nDocument"
    assert not tab.list.item(1).icon().isNull()
    # the photo check clears, the audit trail lists the files, and the open claim still saves
    assert editor.findings.codes() == []
    actions = [editor.audit.table.item(r, 2).text() for r in range(editor.audit.table.rowCount())]
    assert actions.count("Attached") == 2
    editor.form.fault_code.setText("E102")
    assert editor.save() and not editor.conflict_banner.isVisible()
    # the same picture again, under another name, is refused clearly
    copy = tmp_path / "copy.png"
    copy.write_bytes(photo.read_bytes())
    refusals = tab.add_files([copy])
    assert refusals == ["copy.png is already attached to claim SB2026-000001 (as 泵柱塞.png)"]
    assert tab.message is not None and "already attached" in tab.message.text()
    assert tab.error_label.text() == refusals[0] and tab.list.count() == 2
    # removing the photo brings the check back
    tab.list.setCurrentRow(0)
    tab.remove_button.click()
    assert tab.list.count() == 1 and editor.findings.codes() == ["PHOTOS_MISSING"]


def test_attachments_wait_for_the_first_save_and_big_files_are_refused(qtbot, english, dealer, tmp_path):  # noqa: F811
    editor = ClaimEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(editor)
    tab = editor.attachments
    assert not tab.add_photos_button.isEnabled()
    assert tab.hint.text() == "Save the claim first, then attach photos and scanned documents."
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    editor.load(claims.get_claim(dealer.db, view.id, TODAY))
    assert tab.add_photos_button.isEnabled()
    huge = tmp_path / "video.jpg"
    with huge.open("wb") as out:
        out.truncate(21 * 1024 * 1024)
    assert tab.add_files([huge]) == ["video.jpg is 21.0 MB; attachments may be at most 20 MB"]
    assert tab.add_files([tmp_path / "gone.jpg"])[0].startswith("gone.jpg: cannot be read")
    assert tab.list.count() == 0


def test_the_file_dialog_is_opened_without_blocking(qtbot, english, dealer):  # noqa: F811
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    editor = ClaimEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY, claim_id=view.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.attachments.add_photos_button.click()
    dialog = editor.attachments.file_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowModality() != Qt.WindowModality.NonModal
    dialog.reject()
