"""Opening the pad for a claim and storing what the customer signed."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.errors import WarrantyDeskError
from app.services import signatures
from app.services.database import Database
from app.ui.claims.common import ActorSource, show_message
from app.ui.signature.pad import SignatureDialog


def capture_signature(parent: QWidget, database: Database, actor: ActorSource, claim_id: int,
                      today: Callable[[], dt.date], *, claim_no: str = "",
                      on_stored: Callable[[signatures.SignatureRecorded], None] | None = None) -> SignatureDialog:
    """Open the pad (window-modal, never exec()); on Accept the signature is stored with the claim."""
    dialog = SignatureDialog(claim_no, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result != QDialog.DialogCode.Accepted or not dialog.png:
            return
        try:
            stored = signatures.record_signature(database, actor(), claim_id, dialog.png, today())
        except WarrantyDeskError as exc:
            show_message(parent, QCoreApplication.translate("SignatureCapture", "Customer signature"), str(exc))
            return
        if on_stored is not None:
            on_stored(stored)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
