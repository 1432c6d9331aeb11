"""Preview, Print and Save as PDF for old-part tags (旧件标签) and a shipment's packing list (旧件返厂单)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.services.database import Database
from app.services.forms import write_packing_list, write_tags
from app.ui.printing.form_printing import FormPrinting, Writer


class TagPrinting(FormPrinting):
    """The tags of the old parts `tags()` names when an action starts: one 100 × 60 mm label a page for the
    label printer, or (`sheet`) ten to an A4 sheet."""

    def __init__(self, database: Database, tags: Callable[[], list[str]], *, parent: QWidget) -> None:
        super().__init__(database, kind="tags", parent=parent)
        self._tags = tags
        self.sheet = False
        self._count = 0

    def job(self) -> Writer | None:
        tags = self._tags()
        if not tags:
            return None
        self._count, sheet = len(tags), self.sheet
        return lambda path, lang: write_tags(self._database, tags, path, lang, sheet=sheet)

    def progress_label(self) -> str:
        return self.tr("Preparing {count} tags…").format(count=self._count)

    def name_hint(self) -> str:
        tags = self._tags()
        return self.tr("tag {tag}.pdf").format(tag=tags[0]) if len(tags) == 1 else self.tr("old-part tags.pdf")

    def tooltip(self) -> str:
        return self.tr("Preview, print or save the tags of the selected old parts")


class PackingListPrinting(FormPrinting):
    """The packing list of the shipment `shipment_no()` names."""

    def __init__(self, database: Database, shipment_no: Callable[[], str], *, parent: QWidget) -> None:
        super().__init__(database, kind="packing-list", parent=parent)
        self._shipment_no = shipment_no

    def job(self) -> Writer | None:
        number = self._shipment_no()
        if not number:
            return None
        return lambda path, lang: write_packing_list(self._database, [number], path, lang)

    def progress_label(self) -> str:
        return self.tr("Preparing the packing list…")

    def name_hint(self) -> str:
        return self.tr("packing list {number}.pdf").format(number=self._shipment_no())

    def tooltip(self) -> str:
        return self.tr("Preview, print or save the packing list that goes in the box")
