"""The dealer profile's fields, used by the first-run wizard and by Settings: code, name, address, phone,
service hotline, manufacturer and the logo printed on every form."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import WarrantyDeskError
from app.services.setup import DealerProfileData, read_logo
from app.ui.settings import common

LOGO_PREVIEW = 64  # pixels high: about how big the logo prints in a form's header


class DealerProfileForm(QWidget):
    changed = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo: bytes | None = None
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("dealerCode")
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("dealerName")
        self.name_edit.setMaxLength(200)
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("dealerAddress")
        self.address_edit.setMaxLength(300)
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("dealerPhone")
        self.phone_edit.setMaxLength(40)
        self.hotline_edit = QLineEdit()
        self.hotline_edit.setObjectName("dealerHotline")
        self.hotline_edit.setMaxLength(40)
        self.manufacturer_edit = QLineEdit()
        self.manufacturer_edit.setObjectName("dealerManufacturer")
        self.manufacturer_edit.setMaxLength(200)
        for edit in self.edits():
            edit.textEdited.connect(self.changed)
        for edit in (self.name_edit, self.address_edit, self.manufacturer_edit):
            edit.setMinimumWidth(320)
        for edit, width in ((self.code_edit, 200), (self.phone_edit, 260), (self.hotline_edit, 260)):
            edit.setMinimumWidth(width * 3 // 4)
            edit.setMaximumWidth(width)

        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setMinimumSize(LOGO_PREVIEW * 2, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo_button = QPushButton()
        self.logo_button.setObjectName("chooseLogo")
        self.logo_button.clicked.connect(self.on_logo_button_clicked)
        self.clear_logo_button = QPushButton()
        self.clear_logo_button.clicked.connect(self.on_clear_logo_button_clicked)
        self.logo_problem = common.status_label()
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.clear_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        self.labels = [QLabel() for _ in range(7)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self.labels, [*self.edits(), None], strict=True):
            if field is None:
                form.addRow(label, logo_row)
            else:
                label.setBuddy(field)
                form.addRow(label, field)
        form.addRow(self.logo_problem)
        self.retranslate_ui()
        self._show_logo()

    def edits(self) -> list[QLineEdit]:
        return [self.code_edit, self.name_edit, self.address_edit, self.phone_edit, self.hotline_edit,
                self.manufacturer_edit]

    def profile(self) -> DealerProfileData:
        return DealerProfileData(dealer_code=self.code_edit.text(), name=self.name_edit.text(),
                                 address=self.address_edit.text(), phone=self.phone_edit.text(),
                                 hotline=self.hotline_edit.text(), manufacturer=self.manufacturer_edit.text(),
                                 logo_png=self._logo)

    def set_profile(self, profile: DealerProfileData | None) -> None:
        data = profile or DealerProfileData(dealer_code="", name="")
        self.code_edit.setText(data.dealer_code)
        self.name_edit.setText(data.name)
        self.address_edit.setText(data.address)
        self.phone_edit.setText(data.phone)
        self.hotline_edit.setText(data.hotline)
        self.manufacturer_edit.setText(data.manufacturer)
        self._logo = data.logo_png
        self.logo_problem.clear()
        self._show_logo()

    def set_editable(self, editable: bool) -> None:
        for edit in self.edits():
            edit.setReadOnly(not editable)
        self.logo_button.setEnabled(editable)
        self.clear_logo_button.setEnabled(editable and self._logo is not None)

    def use_logo_file(self, path: str) -> bool:
        """Read, check and show the picture at `path`; a problem is shown under the logo."""
        try:
            self._logo = read_logo(path)
        except WarrantyDeskError as exc:
            common.say(self.logo_problem, str(exc), error=True)
            return False
        self.logo_problem.clear()
        self._show_logo()
        self.changed.emit()
        return True

    def on_logo_button_clicked(self) -> None:
        path = common.ask_open_path(self, self.tr("Choose the dealer's logo"),
                                    self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"))
        if path:
            self.use_logo_file(path)

    def on_clear_logo_button_clicked(self) -> None:
        self._logo = None
        self._show_logo()
        self.changed.emit()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(LOGO_PREVIEW, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(no logo)"))
        self.clear_logo_button.setEnabled(self._logo is not None and self.logo_button.isEnabled())

    def retranslate_ui(self) -> None:
        texts = [self.tr("Dealer &code:"), self.tr("&Name:"), self.tr("&Address:"), self.tr("&Phone:"),
                 self.tr("Service &hotline:"), self.tr("&Manufacturer:"), self.tr("Logo:")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.code_edit.setPlaceholderText(self.tr("as head office gave it, e.g. D3701"))
        self.name_edit.setPlaceholderText(self.tr("printed on every form"))
        self.hotline_edit.setPlaceholderText(self.tr("the number customers call for service"))
        self.manufacturer_edit.setPlaceholderText(self.tr("whose warranty the station serves"))
        self.logo_button.setText(self.tr("Choose &picture…"))
        self.clear_logo_button.setText(self.tr("Remove"))
        if not self._logo:
            self.logo_preview.setText(self.tr("(no logo)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
