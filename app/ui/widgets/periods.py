"""The regulation's three answers for a unit, as a box: whole machine until …, main components until …,
wear parts for their own life — with the day counting started from, the days added for repairs and
parts waiting, and what the clerk should fix (no invoice date, no product class, terms below the floor,
holidays not yet published). The service file and the claim editor both show it.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain.statutory import PartBasis, PeriodWarning, StartBasis
from app.services.warranty_periods import PartPeriod, UnitPeriods

WEAR_PARTS_SHOWN = 6  # more are in the tooltip: a combine can list dozens of belts and chains
COMPACT_WEAR_PARTS, COMPACT_MAIN_COMPONENTS = 2, 4  # a narrow column (the claim editor)
WARNING_STYLE = "background: #fff4e5; color: #8a4b00; padding: 4px; border-radius: 3px;"
IN_COLOUR, OUT_COLOUR = "#2e7d32", "#c62828"


class PeriodsPanel(QGroupBox):
    def __init__(self, *, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warrantyPeriods")
        self._compact = compact
        self._periods: UnitPeriods | None = None
        self._parts: tuple[PartPeriod, ...] = ()
        self._on: dt.date | None = None
        self.captions = {key: QLabel() for key in ("start", "whole", "main", "list", "wear", "extension", "parts")}
        self.values = {key: QLabel() for key in self.captions}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, value in self.values.items():
            value.setObjectName(f"period_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.captions[key], value)
        self.values["parts"].setTextFormat(Qt.TextFormat.RichText)
        if compact:  # a narrow column: the values get its whole width under their captions
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.setVerticalSpacing(2)
        self._form = form
        self.warning_label = QLabel()
        self.warning_label.setObjectName("periodWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)  # first: what the clerk should fix is seen without scrolling
        layout.addLayout(form)
        self.retranslate_ui()

    # --- public API --------------------------------------------------------------------------------

    def show_periods(self, periods: UnitPeriods | None, parts: tuple[PartPeriod, ...] | None = None,
                     on: dt.date | None = None) -> None:
        """The unit's periods; with `parts` (a claim's part lines) each judged for a failure on `on`."""
        self._periods, self._parts, self._on = periods, tuple(parts or ()), on
        self._set_row_visible("parts", parts is not None)
        self._show()

    # --- presentation --------------------------------------------------------------------------------

    def _set_row_visible(self, key: str, visible: bool) -> None:
        self._form.setRowVisible(self.values[key], visible)

    def _show(self) -> None:
        p = self._periods
        if p is None:
            for value in self.values.values():
                value.setText("—")
            self.warning_label.hide()
            return
        self.values["start"].setText({
            StartBasis.INVOICE: self.tr("{date} (sales invoice)"),
            StartBasis.SALE_DATE: self.tr("{date} (sale date: no invoice date recorded)"),
            StartBasis.EXCHANGE: self.tr("{date} (exchange date: the periods started again)"),
        }[p.start_basis].format(date=p.starts_on.isoformat()))
        self.values["whole"].setText(self.tr("until {date} ({months} months)").format(
            date=p.whole_machine_ends_on.isoformat(), months=p.whole_machine_months))
        self.values["main"].setText(self.tr("until {date} ({months} months)").format(
            date=p.main_components_end_on.isoformat(), months=p.main_component_months))
        names = list(p.main_components)
        if self._compact and len(names) > COMPACT_MAIN_COMPONENTS:
            names = [*names[:COMPACT_MAIN_COMPONENTS], "…"]
        self.values["list"].setText("、".join(names) or "—")
        self.values["list"].setToolTip("、".join(p.main_components))
        wear = [self._wear_text(part) for part in p.wear_parts]
        limit = COMPACT_WEAR_PARTS if self._compact else WEAR_PARTS_SHOWN
        shown = wear[:limit]
        if len(wear) > limit:
            shown.append(self.tr("and {count} more").format(count=len(wear) - limit))
        self.values["wear"].setText("\n".join(shown) if wear else self.tr("none listed for this model"))
        self.values["wear"].setToolTip("\n".join(wear))
        self.values["extension"].setText(
            self.tr("{days} days in repair or waiting for parts").format(days=p.extension_days)
            if p.extension_days else self.tr("none"))
        self.values["parts"].setText("<br>".join(self._part_html(part) for part in self._parts)
                                     or html.escape(self.tr("no parts on this claim")))
        warnings = [self._warning(w) for w in p.warnings]
        short = [self._short_warning(w) for w in p.warnings]
        self.warning_label.setText("\n".join(short if self._compact else warnings))
        self.warning_label.setToolTip("\n".join(warnings) if self._compact else "")
        self.warning_label.setVisible(bool(warnings))

    def _wear_text(self, part: PartPeriod) -> str:
        if part.life_months is None:
            return self.tr("{name}: life not recorded, whole machine until {date}").format(
                name=part.name, date=part.ends_on.isoformat())
        return self.tr("{name}: {months} months, until {date}").format(
            name=part.name, months=part.life_months, date=part.ends_on.isoformat())

    def _part_html(self, part: PartPeriod) -> str:
        basis = {
            PartBasis.MAIN_COMPONENT: self.tr("main component"),
            PartBasis.WEAR_PART: self.tr("wear part"),
            PartBasis.WHOLE_MACHINE: self.tr("whole machine"),
        }[part.basis]
        text = html.escape(self.tr("{name} ({number}): {basis}, until {date}").format(
            name=part.name, number=part.part_no, basis=basis, date=part.ends_on.isoformat()))
        if self._on is None or self._periods is None:
            return text
        inside = part.covers(self._on, self._periods.starts_on)
        verdict = self.tr("within the period") if inside else self.tr("outside the period")
        return f'{text} — <span style="color: {IN_COLOUR if inside else OUT_COLOUR};">{verdict}</span>'

    def _warning(self, warning: PeriodWarning) -> str:
        p = self._periods
        assert p is not None
        if warning == PeriodWarning.NO_INVOICE_DATE:
            return self.tr("No invoice date is recorded for this sale: the periods are counted from the sale "
                           "date. Enter the date on the sales invoice.")
        if warning == PeriodWarning.NO_PRODUCT_CLASS:
            return self.tr("The model has no product class: the statutory floor for other machinery "
                           "({months} months) is used. Set the class in Master data → Models.").format(
                months=p.floor.whole_machine_months)
        if warning == PeriodWarning.TERMS_BELOW_FLOOR:
            return self.tr("The model's terms are below the statutory floor ({months} / {main} months): the "
                           "floor is used.").format(months=p.floor.whole_machine_months,
                                                    main=p.floor.main_floor_months)
        return self.tr("China's public holidays for {years} are not published yet: only weekends were taken "
                       "as days off.").format(years=", ".join(str(y) for y in p.guessed_years))

    def _short_warning(self, warning: PeriodWarning) -> str:
        """One line per warning for a narrow column; the full text is the tooltip."""
        return {
            PeriodWarning.NO_INVOICE_DATE: self.tr("No invoice date: counted from the sale date"),
            PeriodWarning.NO_PRODUCT_CLASS: self.tr("Model without a product class"),
            PeriodWarning.TERMS_BELOW_FLOOR: self.tr("Model's terms below the statutory floor"),
            PeriodWarning.HOLIDAYS_UNKNOWN: self.tr("Holidays not yet published: weekends only"),
        }[warning]

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Statutory warranty periods"))
        for key, text in (("start", self.tr("Counted from:")), ("whole", self.tr("Whole machine:")),
                          ("main", self.tr("Main components:")), ("list", self.tr("Main components are:")),
                          ("wear", self.tr("Wear parts:")), ("extension", self.tr("Extension:")),
                          ("parts", self.tr("Parts on this claim:"))):
            self.captions[key].setText(text)
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
