"""How the models list shows the statutory floor: the floor of each model's class beside its own terms,
in red with the reason when the model has no product class or its terms undercut the floor (the app
then counts with the floor, and the clerk should correct the model)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.errors import WarrantyDeskError
from app.domain.statutory import TermsIssue
from app.services.statutory import floor_for, terms_issues
from app.ui.labels import label

RED = QColor("#c62828")


def _issues(row: Any) -> tuple[TermsIssue, ...]:
    try:
        return terms_issues(row.product_class, row.warranty_months, row.main_component_months)
    except WarrantyDeskError:  # a damaged table file: the list still shows
        return ()


def class_text(row: Any) -> str:
    if row.product_class is None:
        return QCoreApplication.translate("MasterDataPage", "Not set — choose one")
    return label(row.product_class)


def floor_text(row: Any) -> str:
    try:
        floor = floor_for(row.product_class)
    except WarrantyDeskError:
        return ""
    return QCoreApplication.translate("MasterDataPage", "{months} / {main}").format(
        months=floor.whole_machine_months, main=floor.main_floor_months)


def floor_colour(row: Any) -> QColor | None:
    return RED if _issues(row) else None


def floor_tooltip(row: Any) -> str:
    texts = []
    for issue in _issues(row):
        if issue == TermsIssue.NO_PRODUCT_CLASS:
            texts.append(QCoreApplication.translate(
                "MasterDataPage", "No product class: the statutory floor for other machinery is used until one is "
                                  "set (import the model again with its class)."))
        elif issue == TermsIssue.WHOLE_BELOW_FLOOR:
            texts.append(QCoreApplication.translate(
                "MasterDataPage", "The whole-machine warranty is below the statutory floor: the floor is used."))
        else:
            texts.append(QCoreApplication.translate(
                "MasterDataPage", "The main-component warranty is below the statutory floor: the floor is used."))
    return "\n".join(texts)


WARNINGS_SHOWN = 10


def import_warnings(warnings: tuple[Any, ...]) -> str:
    """The models an import took in below the floor or without a class, one line each (the first ten)."""
    lines = []
    for w in warnings[:WARNINGS_SHOWN]:
        if TermsIssue.NO_PRODUCT_CLASS in w.issues:
            reason = QCoreApplication.translate(
                "MasterDataPage", "no product class; the floor for other machinery ({months} months) applies")
        else:
            reason = QCoreApplication.translate(
                "MasterDataPage", "warranty below the statutory floor ({months} / {main} months), which applies")
        lines.append(QCoreApplication.translate("MasterDataPage", "Row {row}, model {code}: {reason}").format(
            row=w.row, code=w.code, reason=reason.format(months=w.floor_months, main=w.floor_main_months)))
    if len(warnings) > WARNINGS_SHOWN:
        lines.append(QCoreApplication.translate("MasterDataPage", "… and {count:,} more").format(
            count=len(warnings) - WARNINGS_SHOWN))
    return "\n".join(lines)
