"""Photos and scanned documents of a claim, as thumbnails. Files are read and stored through
app.services.claims.attachments, which refuses duplicates and oversized files with a clear reason."""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AttachmentKind
from app.domain.errors import WarrantyDeskError
from app.services import claims
from app.services.claims.attachments import MAX_BYTES, AttachmentInfo
from app.services.database import Database
from app.ui.claims.common import ActorSource, show_message
from app.ui.claims.findings import RED
from app.ui.labels import label
from app.ui.signature.capture import capture_signature

THUMBNAIL = QSize(128, 128)


class AttachmentsTab(QWidget):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    changed = Signal()  # an attachment was added or removed: the checks may change (PHOTOS_MISSING)

    def __init__(self, database: Database, actor: ActorSource, today: Callable[[], dt.date], *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self.claim_id: int | None = None
        self.read_only = False
        self.file_dialog: QFileDialog | None = None
        self.message: object = None
        self.attachments: list[AttachmentInfo] = []
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("attachmentError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {RED.name()};")
        self.list = QListWidget()
        self.list.setObjectName("claimAttachments")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setGridSize(QSize(THUMBNAIL.width() + 48, THUMBNAIL.height() + 48))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self.on_list_item_activated)
        self.list.currentItemChanged.connect(self._enable)
        self.add_photos_button = QPushButton()
        self.add_photos_button.setObjectName("addPhotos")
        self.add_scans_button = QPushButton()
        self.add_scans_button.setObjectName("addScans")
        self.signature_button = QPushButton()
        self.signature_button.setObjectName("captureSignature")
        self.signature_dialog: QWidget | None = None
        self.open_button = QPushButton()
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeAttachment")
        for button in (self.add_photos_button, self.add_scans_button, self.signature_button, self.open_button,
                       self.remove_button):
            button.setAutoDefault(False)
        self.add_photos_button.clicked.connect(lambda: self.choose_files(AttachmentKind.PHOTO))
        self.add_scans_button.clicked.connect(lambda: self.choose_files(AttachmentKind.DOCUMENT))
        self.signature_button.clicked.connect(self.on_signature_button_clicked)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        buttons = QHBoxLayout()
        for button in (self.add_photos_button, self.add_scans_button, self.signature_button, self.open_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.list, 1)
        self.retranslate_ui()
        self._enable()

    # --- what the editor calls ----------------------------------------------------------------------

    def set_claim(self, claim_id: int | None, *, read_only: bool) -> None:
        self.claim_id, self.read_only = claim_id, read_only
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.attachments = []
        if self.claim_id is not None:
            try:
                self.attachments = claims.list_attachments(self._database, self.claim_id)
            except WarrantyDeskError as exc:
                self.error_label.setText(str(exc))
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for info in self.attachments:
            item = QListWidgetItem(self._icon(info) or file_icon, f"{info.file_name}\n{label(info.kind)}")
            item.setData(self.ID_ROLE, info.id)
            item.setToolTip(self.tr("{name} · {size} KB · SHA-256 {hash}").format(
                name=info.file_name, size=f"{max(1, info.size_bytes // 1024):,}", hash=info.sha256[:16]))
            self.list.addItem(item)
        self.retranslate_ui()
        self._enable()

    def add_files(self, paths: Iterable[str | Path], kind: AttachmentKind = AttachmentKind.PHOTO) -> list[str]:
        """Attach each file; returns the refusals (also shown), e.g. a file already attached."""
        if self.claim_id is None or self.read_only:
            return []
        refusals: list[str] = []
        added = 0
        for raw in paths:
            path = Path(raw)
            try:
                size = path.stat().st_size
                if size > MAX_BYTES:  # refuse before reading a huge file into memory
                    raise WarrantyDeskError(self.tr("{name} is {size} MB; attachments may be at most {limit} MB")
                                            .format(name=path.name, size=f"{size / 1024 / 1024:.1f}",
                                                    limit=MAX_BYTES // 1024 // 1024))
                claims.add_attachment(self._database, self._actor(), self.claim_id, path.name, path.read_bytes(),
                                      kind, today=self._today())
                added += 1
            except OSError as exc:
                refusals.append(self.tr("{name}: cannot be read ({reason})").format(name=path.name,
                                                                                    reason=exc.strerror or exc))
            except WarrantyDeskError as exc:
                refusals.append(str(exc))
        self.error_label.setText("\n".join(refusals))
        if refusals:
            self.message = show_message(self, self.tr("Attachments"), "\n".join(refusals))
        if added:
            self.reload()
            self.changed.emit()
        return refusals

    def choose_files(self, kind: AttachmentKind) -> None:
        title = self.tr("Add photos") if kind == AttachmentKind.PHOTO else self.tr("Add scanned documents")
        dialog = QFileDialog(self, title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([self.tr("Photos and scans (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)"),
                               self.tr("All files (*)")])
        dialog.filesSelected.connect(lambda paths: self.add_files(paths, kind))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()

    def on_signature_button_clicked(self) -> None:
        if self.claim_id is None or self.read_only:
            return

        def stored(_result: object) -> None:
            self.reload()
            self.changed.emit()
        self.signature_dialog = capture_signature(self, self._database, self._actor, self.claim_id, self._today,
                                                  on_stored=stored)

    def on_remove_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None or self.read_only:
            return
        try:
            claims.remove_attachment(self._database, self._actor(), int(item.data(self.ID_ROLE)), today=self._today())
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("Attachments"), str(exc))
            return
        self.reload()
        self.changed.emit()

    def on_open_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.on_list_item_activated(item)

    def on_list_item_activated(self, item: QListWidgetItem) -> None:
        """Open the file in the system's viewer, from a private temporary copy."""
        info = next((a for a in self.attachments if a.id == item.data(self.ID_ROLE)), None)
        if info is None:
            return
        try:
            content = claims.get_attachment_content(self._database, info.id)
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("Attachments"), str(exc))
            return
        folder = Path(tempfile.mkdtemp(prefix="warrantydesk-"))
        target = folder / info.file_name
        target.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # --- inside ---------------------------------------------------------------------------------------

    def _icon(self, info: AttachmentInfo) -> QIcon | None:
        if not info.is_image:
            return None
        try:
            content = claims.get_attachment_content(self._database, info.id)
        except WarrantyDeskError:
            return None
        pixmap = QPixmap()
        if not pixmap.loadFromData(content):
            return None  # a format Qt cannot draw (HEIC): the generic icon
        return QIcon(pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation))

    def _enable(self, *_args: object) -> None:
        can_change = self.claim_id is not None and not self.read_only
        self.add_photos_button.setEnabled(can_change)
        self.add_scans_button.setEnabled(can_change)
        self.signature_button.setEnabled(can_change)
        has_current = self.list.currentItem() is not None
        self.remove_button.setEnabled(can_change and has_current)
        self.open_button.setEnabled(has_current)

    def retranslate_ui(self) -> None:
        if self.claim_id is None:
            self.hint.setText(self.tr("Save the claim first, then attach photos and scanned documents."))
        elif self.read_only:
            self.hint.setText(self.tr("The claim is read only: its attachments cannot change."))
        else:
            self.hint.setText(self.tr("{count} attached. Photos count for the photo check; at most 20 MB a file.")
                              .format(count=len(self.attachments)))
        self.add_photos_button.setText(self.tr("Add &photos…"))
        self.add_scans_button.setText(self.tr("Add scanned &documents…"))
        self.signature_button.setText(self.tr("Capture &signature…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
