"""The signature pad: strokes drawn with the mouse become a trimmed PNG stored with the claim."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from app.domain.enums import AttachmentKind
from app.services import claims
from app.services.signatures import latest_signature
from app.ui.claims.attachments_tab import AttachmentsTab
from app.ui.signature.pad import SignatureDialog, SignaturePad
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer


def _sign(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(60, 120))
    for x in range(70, 300, 10):
        qtbot.mouseMove(pad, QPoint(x, 120 - (x % 40)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))


def test_mouse_strokes_make_a_trimmed_png(qtbot, english):
    dialog = SignatureDialog("SB2026-000001")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.accept_button.isEnabled()
    _sign(qtbot, dialog.pad)
    assert dialog.accept_button.isEnabled() and not dialog.pad.is_empty()
    dialog.clear_button.click()
    assert dialog.pad.is_empty() and not dialog.accept_button.isEnabled()
    _sign(qtbot, dialog.pad)
    dialog.accept_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    image = QImage.fromData(dialog.png, "PNG")
    assert dialog.png.startswith(b"\x89PNG") and not image.isNull()
    # trimmed to the strokes (about 240 x 40 pixels), not the whole pad
    assert 230 <= image.width() <= 260 and image.height() < 80
    assert image.pixelColor(0, 0).alpha() == 0  # a transparent background prints on any form


def test_capture_from_the_attachments_tab_stores_the_signature(qtbot, english, dealer):  # noqa: F811
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(customer_signed=False), TODAY)
    tab = AttachmentsTab(dealer.db, lambda: dealer.clerk, lambda: TODAY)
    qtbot.addWidget(tab)
    tab.set_claim(view.id, read_only=False)
    tab.show()
    assert tab.signature_button.isEnabled() and tab.signature_button.text() == "Capture &signature…"
    with qtbot.waitSignal(tab.changed):
        tab.signature_button.click()
        dialog = tab.signature_dialog
        assert isinstance(dialog, SignatureDialog) and dialog.isVisible()
        _sign(qtbot, dialog.pad)
        dialog.accept_button.click()
    assert latest_signature(dealer.db, view.id) is not None
    assert claims.get_claim(dealer.db, view.id, TODAY).input.customer_signed
    assert [a.kind for a in tab.attachments] == [AttachmentKind.SIGNATURE]
    tab.set_claim(view.id, read_only=True)
    assert not tab.signature_button.isEnabled()
