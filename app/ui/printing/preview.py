"""The print preview: a saved PDF shown page by page, with the form language, Print and Save as PDF.

The dialog shows what will be printed: the PDF the forms service wrote, rendered one page at a time
(a selection of 200 records makes hundreds of pages; rendering them all up front would take seconds
and hundreds of megabytes).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import LANGUAGE_NAMES
from app.ui.printing.pages import PdfPages

MAX_PREVIEW_DPI = 150


class PreviewDialog(QDialog):
    language_chosen = Signal(str)  # the clerk picked another form language: the caller writes the PDF again
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, lang: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pages: PdfPages | None = None
        self._lang = lang

        self.language = QComboBox()
        self.language.setObjectName("formLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.language.currentIndexChanged.connect(self.on_language_changed)
        self.language_label = QLabel()
        self.page = QSpinBox()
        self.page.setObjectName("previewPage")
        self.page.setMinimum(1)
        self.page.valueChanged.connect(lambda _v: self.show_page())
        self.page_total = QLabel()
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self.page.setValue(self.page.value() - 1))
        self.next_button.clicked.connect(lambda: self.page.setValue(self.page.value() + 1))
        self.print_button = QPushButton()
        self.print_button.setObjectName("previewPrint")
        self.save_button = QPushButton()
        self.save_button.setObjectName("previewSave")
        self.close_button = QPushButton()
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.close_button.clicked.connect(self.reject)
        for button in (self.previous_button, self.next_button, self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)

        self.image = QLabel()
        self.image.setObjectName("previewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #808080; }")
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self.show_page)

        bar = QHBoxLayout()
        bar.addWidget(self.language_label)
        bar.addWidget(self.language)
        bar.addSpacing(16)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page)
        bar.addWidget(self.page_total)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.resize(820, 980)
        self.set_busy(True)
        self.retranslate_ui()

    @property
    def lang(self) -> str:
        return self._lang

    def page_count(self) -> int:
        return len(self.pages) if self.pages is not None else 0

    def set_busy(self, busy: bool) -> None:
        """While the PDF is written: nothing to print or save yet."""
        for widget in (self.print_button, self.save_button, self.language, self.page):
            widget.setEnabled(not busy)
        if busy:
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("Preparing the form…"))

    def load(self, pages: PdfPages) -> None:
        if self.pages is not None:
            self.pages.close()
        self.pages = pages
        self.set_busy(False)
        self.page.setMaximum(max(len(pages), 1))
        self.page_total.setText(self.tr("of {count}").format(count=len(pages)))
        if self.page.value() == 1:
            self.show_page()
        else:
            self.page.setValue(1)

    def show_page(self) -> None:
        if self.pages is None or not len(self.pages):
            return
        index = self.page.value() - 1
        width_pt, _height = self.pages.size(index)
        room = max(self.scroll.viewport().width() - 24, 200)
        dpi = min(room * 72 / width_pt, MAX_PREVIEW_DPI)
        self.image.setPixmap(QPixmap.fromImage(self.pages.image(index, dpi)))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)

    def on_language_changed(self, _index: int) -> None:
        lang = self.language.currentData()
        if lang and lang != self._lang:
            self._lang = lang
            self.set_busy(True)
            self.language_chosen.emit(lang)

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._resize_timer.start()

    def done(self, result: int) -> None:
        if self.pages is not None:
            self.pages.close()
            self.pages = None
        super().done(result)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print preview"))
        self.language_label.setText(self.tr("Form language:"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        if self.pages is not None:
            self.page_total.setText(self.tr("of {count}").format(count=len(self.pages)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
