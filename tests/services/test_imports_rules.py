"""The rules of importing, one story each: every problem listed, typed forms normalised, prices kept as
history, files that are not workbooks refused by name, and the database left as it was."""
from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import (
    ClaimPartLine,
    Customer,
    ImportRun,
    Part,
    PartPrice,
    ProductModel,
    RegistrationCard,
    StockLevel,
    StockMovement,
    Unit,
)
from app.domain.cards import CardFacts, CardState
from app.reports.excel import ProblemCode
from app.services import shared_settings
from app.services.imports import ImportRefused, import_file
from tests.db import factories
from tests.reports import filling

TODAY = dt.date(2026, 11, 27)


def _refused(db, kind, path, **kwargs) -> ImportRefused:  # type: ignore[no-untyped-def]
    before = db.check().row_counts
    with pytest.raises(ImportRefused) as refused:
        import_file(db, kind, path, today=TODAY, **kwargs)
    assert db.check().row_counts == before, "a refused file must change nothing"
    return refused.value


def _found(refused: ImportRefused) -> set[tuple[int | None, str, ProblemCode]]:
    return {(p.row, p.column, p.code) for p in refused.problems}


def _seed_units_refs(db) -> None:  # type: ignore[no-untyped-def]
    with db.sessions.begin() as s:
        factories.model(s, "LF-504")
        factories.customer(s, "KH2026-000001")
        s.add_all([Customer(code="KH2026-000002", name="李秀英", phone="13900000002"),
                   Customer(code="KH2026-000003", name="李秀英", phone="13900000003"),
                   Customer(code="KH2026-000004", name="张三", phone="13900000003")])
        factories.unit(s, "LF50426000001")


def test_a_units_file_with_many_problems_lists_every_one(database, tmp_path):
    _seed_units_refs(database)
    sale = dt.date(2026, 3, 1)
    rows = [
        ["LF504-A1", "", "LF-504", "KH2026-000001", sale, None, "", None, None],  # 2: fine
        ["LF50426000001", "", "LF-504", "KH2026-000001", sale, None, "", None, None],  # 3: already registered
        ["LF504-A3", "", "LX-999", "13900000002", sale, None, "", None, None],  # 4: unknown model; phone ok
        ["LF504-A4", "", "LF-504", "13900000003", sale, None, "", None, None],  # 5: two customers, one phone
        ["LF504-A5", "", "LF-504", "NOBODY", "2027-01-01", None, "", None, None],  # 6: unknown, future
        ["LF504-A6", "", "LF-504", "KH2026-000001", sale, "2026-02-01", "", None, None],  # 7: invoice before sale
        ["lf504-a1", "", "", "KH2026-000001", "soon", None, "", None, None],  # 8: dup, empty model, bad date
        ["LF504-A8", "", "LF-504", "KH2026-000001", sale, None, "", None, "2026-03-05"],  # 9: ack, not sent
        ["LF504-A9", "", "LF-504", "KH2026-000001", sale, None, "", "2026-03-10", "2026-03-05"],  # 10
    ]
    refused = _refused(database, "units", filling.filled("units", tmp_path / "units.xlsx", rows))
    assert _found(refused) == {
        (3, "A", ProblemCode.ALREADY_EXISTS),
        (4, "C", ProblemCode.UNKNOWN_MODEL),
        (5, "D", ProblemCode.AMBIGUOUS_CUSTOMER),
        (6, "D", ProblemCode.UNKNOWN_CUSTOMER),
        (6, "E", ProblemCode.FUTURE_DATE),
        (7, "F", ProblemCode.BEFORE_SALE),
        (8, "A", ProblemCode.DUPLICATE_IN_FILE),
        (8, "C", ProblemCode.REQUIRED),
        (8, "E", ProblemCode.NOT_A_DATE),
        (9, "I", ProblemCode.NOT_SENT),
        (10, "I", ProblemCode.BEFORE_SENT),
    }
    assert [p.row for p in refused.problems] == sorted(p.row for p in refused.problems)  # in sheet order
    assert refused.bad_rows == 8
    duplicate = next(p for p in refused.problems if p.code == ProblemCode.DUPLICATE_IN_FILE)
    assert duplicate.reason == "also on row 2 of this file"
    ambiguous = next(p for p in refused.problems if p.code == ProblemCode.AMBIGUOUS_CUSTOMER)
    assert ambiguous.reason.startswith("2 customers have this phone number")
    assert str(refused) == "units.xlsx: 11 problems in 8 rows; nothing was imported"


def test_a_parts_file_with_many_problems_lists_every_one(database, tmp_path):
    rows = [
        ["T5-101", "机油滤清器", "件", "-1", "是", "否", "否", "否", "否", None, 1],  # 2: negative
        ["T5-102", "", "件", "12.345", "maybe", "否", "否", "否", "否", None, 0],  # 3: name, decimals, bool, pack
        ["T5-103", "柴油滤清器", "件", "abc", "是", "否", "否", "否", "否", 1.5, 1],  # 4: price, wear life
        ["T5-104" * 8, "x" * 201, "件", "1", "是", "否", "否", "否", "否", None, 1],  # 5: too long ×2
    ]
    refused = _refused(database, "parts", filling.filled("parts", tmp_path / "parts.xlsx", rows))
    assert _found(refused) == {
        (2, "D", ProblemCode.NEGATIVE),
        (3, "B", ProblemCode.REQUIRED), (3, "D", ProblemCode.TOO_MANY_DECIMALS),
        (3, "E", ProblemCode.NOT_YES_NO), (3, "K", ProblemCode.NOT_POSITIVE),
        (4, "D", ProblemCode.NOT_A_NUMBER), (4, "J", ProblemCode.NOT_WHOLE),
        (5, "A", ProblemCode.TOO_LONG), (5, "B", ProblemCode.TOO_LONG),
    }
    line = next(p for p in refused.problems if p.row == 2).line("parts.xlsx")
    assert line == "parts.xlsx, row 2, column D (单价（元） Unit price): \u201c-1\u201d \u2014 must not be negative"


def test_reimporting_a_price_list_keeps_history_and_claims_keep_their_prices(database, tmp_path):
    # GIVEN a price list imported on one day, and a claim made at that price
    first = [["T5-101-10", "机油滤清器", "件", "28.50", "是", "否", "否", "否", "否", None, 1],
             ["T5-102-10", "柴油滤清器", "件", "35.00", "是", "否", "否", "否", "否", None, 1]]
    import_file(database, "parts", filling.filled("parts", tmp_path / "p1.xlsx", first), today=dt.date(2026, 3, 1))
    with database.sessions.begin() as s:
        part_id = s.scalar(select(Part.id).where(Part.part_no == "T5-101-10"))
        claim = factories.claim(s)
        s.add(ClaimPartLine(claim_id=claim.id, line_no=1, part_id=part_id, quantity=Decimal(1),
                            unit_price=Decimal("28.50"), amount=Decimal("28.50")))
        legacy = Part(part_no="OLD-1", name="旧配件", unit_price=Decimal("9.90"),
                      created_at=dt.datetime(2025, 1, 5, tzinfo=dt.UTC))  # from before price history was kept
        s.add(legacy)
    # WHEN next season's list raises one price (and names the legacy part) …
    second = [["T5-101-10", "机油滤清器", "件", 31.2, "是", "否", "否", "否", "否", None, 1],
              ["T5-102-10", "柴油滤清器", "件", "35", "是", "否", "否", "否", "否", None, 1],
              ["OLD-1", "旧配件", "件", "10.90", "是", "否", "否", "否", "否", None, 1]]
    result = import_file(database, "parts", filling.filled("parts", tmp_path / "p2.xlsx", second),
                         today=dt.date(2026, 9, 1))
    assert (result.created, result.updated, result.unchanged, result.prices_changed) == (0, 2, 1, 2)
    # … and a correction comes the same day
    second[0][3] = "31.00"
    import_file(database, "parts", filling.filled("parts", tmp_path / "p3.xlsx", second), today=dt.date(2026, 9, 1))
    # THEN the current price is the new one, every earlier price is kept, and the claim is untouched
    with database.sessions() as s:
        def history(part_no: str) -> list[tuple[dt.date, Decimal]]:
            return [(row.valid_from, row.unit_price) for row in s.scalars(
                select(PartPrice).join(Part).where(Part.part_no == part_no).order_by(PartPrice.valid_from))]

        assert history("T5-101-10") == [(dt.date(2026, 3, 1), Decimal("28.50")),
                                        (dt.date(2026, 9, 1), Decimal("31.00"))]
        assert history("T5-102-10") == [(dt.date(2026, 3, 1), Decimal("35.00"))]
        assert history("OLD-1") == [(dt.date(2025, 1, 5), Decimal("9.90")), (dt.date(2026, 9, 1), Decimal("10.90"))]
        assert s.scalar(select(Part.unit_price).where(Part.part_no == "T5-101-10")) == Decimal("31.00")
        assert s.scalar(select(ClaimPartLine.unit_price)) == Decimal("28.50")
        assert s.scalar(select(func.count()).select_from(ImportRun)) == 3


@pytest.mark.parametrize("language", ["zh", "en"])
def test_titles_in_one_language_only_are_accepted(database, tmp_path, language):
    rows = [["KH-7", "王建国", "13800000000", "唐王镇", "历城区", "是"], [None, "李秀英", "", "", "", ""]]
    path = filling.filled("customers", tmp_path / f"customers-{language}.xlsx", rows, headers=language)
    result = import_file(database, "customers", path, today=TODAY)
    assert result.created == 2
    with database.sessions() as s:
        assert s.scalar(select(Customer.key_customer).where(Customer.code == "KH-7")) is True
        assert s.scalar(select(Customer.code).where(Customer.name == "李秀英")) == "KH2026-000001"


def test_what_clerks_type_is_normalised(database, tmp_path):
    parts = [["ＬＦ５０４－１０１", " 机油  滤清器 ", "", "¥1,234.50", "Y", "n", "√", "×", "FALSE", None, None],
             [" t5 102 ", "柴油滤清器", "个", 35, True, False, 1, 0, "否", "６", "２"]]
    import_file(database, "parts", filling.filled("parts", tmp_path / "parts.xlsx", parts), today=TODAY)
    with database.sessions.begin() as s:
        one = s.scalars(select(Part).where(Part.part_no == "LF504-101")).one()
        assert (one.name, one.unit, one.unit_price, one.pack_size) == ("机油 滤清器", "件", Decimal("1234.50"), 1)
        assert (one.is_warranty_part, one.is_wear_part, one.must_return, one.photo_required,
                one.is_main_component) == (True, False, True, False, False)
        two = s.scalars(select(Part).where(Part.part_no == "T5102")).one()
        assert (two.unit, two.wear_life_months, two.pack_size, two.must_return) == ("个", 6, 2, True)
        factories.model(s, "LF-504")
        factories.customer(s, "KH2026-000001")
    forms = [dt.datetime(2026, 3, 1), "2026-03-01", "2026/3/1", "2026年3月1日", "２０２６年３月１日", 46082, "20260301"]
    units = [[f"ＳＮ０{n}", f" yn {n} ", "lf-504", "kh2026-000001", form, None, "", None, None]
             for n, form in enumerate(forms)]
    import_file(database, "units", filling.filled("units", tmp_path / "units.xlsx", units), today=TODAY)
    with database.sessions() as s:
        assert s.scalars(select(Unit.sale_date).distinct()).all() == [dt.date(2026, 3, 1)]
        assert sorted(s.scalars(select(Unit.serial_no))) == [f"SN0{n}" for n in range(len(forms))]
        assert s.scalar(select(Unit.engine_no).where(Unit.serial_no == "SN03")) == "YN3"


def test_units_get_cards_with_the_configured_deadline_and_recorded_dates(database, tmp_path):
    shared_settings.put(database, shared_settings.CARD_DEADLINE_DAYS, 30)
    with database.sessions.begin() as s:
        factories.model(s, "LF-504")
        factories.customer(s, "KH2026-000001")
    sale = dt.date(2025, 5, 1)
    rows = [["SN-1", "", "LF-504", "KH2026-000001", sale, sale, "F1", None, None],
            ["SN-2", "", "LF-504", "13800000000", sale, None, "", "2025-05-10", "2025-05-20"]]
    import_file(database, "units", filling.filled("units", tmp_path / "units.xlsx", rows), today=TODAY)
    with database.sessions() as s:
        cards = {serial: card for serial, card in s.execute(
            select(Unit.serial_no, RegistrationCard).join(RegistrationCard, RegistrationCard.unit_id == Unit.id))}
    assert {card.due_date for card in cards.values()} == {dt.date(2025, 5, 31)}
    states = {serial: CardFacts(c.due_date, c.sent_on, c.acknowledged_on, None).state(TODAY)
              for serial, c in cards.items()}
    assert states == {"SN-1": CardState.LATE, "SN-2": CardState.ACKNOWLEDGED}


def test_customers_without_a_code_are_numbered_and_found_again_by_name_and_phone(database, tmp_path):
    with database.sessions.begin() as s:
        s.add(Customer(code="KH2026-000002", name="已有用户", phone="1"))  # a number the sequence will reach
    rows = [[None, "王建国", "138 0000 0001", "", "", ""], [None, "李秀英", "", "", "", ""],
            [None, "张伟", "13800000003", "", "", ""]]
    first = import_file(database, "customers", filling.filled("customers", tmp_path / "c1.xlsx", rows), today=TODAY)
    assert first.created == 3
    rows[0][3] = "唐王镇"  # the same list again, with an address added
    again = import_file(database, "customers", filling.filled("customers", tmp_path / "c2.xlsx", rows), today=TODAY)
    assert (again.created, again.updated, again.unchanged) == (1, 1, 1)  # 李秀英 has no phone: cannot be matched
    with database.sessions() as s:
        codes = {name: code for name, code in s.execute(
            select(Customer.name, Customer.code).where(Customer.name != "李秀英"))}
        assert codes == {"已有用户": "KH2026-000002", "王建国": "KH2026-000001", "张伟": "KH2026-000004"}
        assert s.scalar(select(Customer.address).where(Customer.name == "王建国")) == "唐王镇"
        assert s.scalar(select(Customer.phone).where(Customer.name == "王建国")) == "13800000001"
    duplicate = [[None, "王建国", "13800000001", "", "", ""], [None, "王建国", "13800000001", "", "", ""]]
    refused = _refused(database, "customers", filling.filled("customers", tmp_path / "c3.xlsx", duplicate))
    assert _found(refused) == {(3, "C", ProblemCode.DUPLICATE_IN_FILE)}


def test_a_stock_count_sets_levels_and_records_the_differences(database, tmp_path):
    parts = [[f"P-{n}", "配件", "件", "1.00", "是", "否", "否", "否", "否", None, 1] for n in (1, 2, 3)]
    import_file(database, "parts", filling.filled("parts", tmp_path / "parts.xlsx", parts), today=TODAY)
    import_file(database, "stock", filling.filled("stock", tmp_path / "s1.xlsx",
                                                  [["P-1", 5, 1, "A-1"], ["P-2", 0, None, ""]]), today=TODAY)
    result = import_file(database, "stock", filling.filled("stock", tmp_path / "s2.xlsx",
                                                           [["P-1", "3.5", 0, "A-1"], ["P-2", 0, 4, "B"],
                                                            ["P-3", 2, 0, ""]]), today=TODAY)
    assert (result.created, result.updated, result.movements) == (1, 2, 2)
    with database.sessions() as s:
        levels = {part_no: (level.on_hand, level.on_order, level.bin_location) for part_no, level in s.execute(
            select(Part.part_no, StockLevel).join(StockLevel, StockLevel.part_id == Part.id))}
        assert levels == {"P-1": (Decimal("3.5"), Decimal(0), "A-1"), "P-2": (Decimal(0), Decimal(4), "B"),
                          "P-3": (Decimal(2), Decimal(0), "")}
        moves = sorted((m.quantity, m.reference) for m in s.scalars(select(StockMovement)))
        assert moves == [(Decimal("-1.5"), "s2.xlsx"), (Decimal(2), "s2.xlsx"), (Decimal(5), "s1.xlsx")]


def test_a_model_whose_main_components_are_covered_for_less_is_refused(database, tmp_path):
    rows = [["LF-1", "拖拉机", "拖拉机", "", 24, 12, None, None, "60", None, None],
            ["LF-2", "拖拉机", "tractor", "Tractor over 18 kW", 12, None, None, None, "60", None, None]]
    refused = _refused(database, "models", filling.filled("models", tmp_path / "models.xlsx", rows))
    assert _found(refused) == {(2, "F", ProblemCode.SHORTER_THAN_WARRANTY)}
    rows[0][5] = 24
    import_file(database, "models", filling.filled("models", tmp_path / "models.xlsx", rows), today=TODAY)
    with database.sessions() as s:
        assert s.scalar(select(ProductModel.main_component_months).where(ProductModel.code == "LF-2")) == 12


def _encrypted(path):  # type: ignore[no-untyped-def]
    # What Excel writes for a workbook with a password: an OLE2 compound file holding an encryption stream.
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    path.write_bytes(ole2 + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(600))
    return path


def _zip_but_not_a_workbook(path):  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return path


def _truncated_sheet(path):  # type: ignore[no-untyped-def]
    source = filling.filled("parts", path.with_name("whole.xlsx"), filling.part_rows(50))
    with zipfile.ZipFile(source) as whole, zipfile.ZipFile(path, "w") as broken:
        for name in whole.namelist():
            data = whole.read(name)
            broken.writestr(name, data[: len(data) // 2] if name.endswith("sheet1.xml") else data)
    return path


def _header_only(path):  # type: ignore[no-untyped-def]
    return filling.filled("parts", path, [])


def _missing_column(path):  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["配件编号", "配件名称"])
    workbook.active.append(["T5-1", "滤清器"])
    workbook.save(path)
    return path


def _empty_sheet(path):  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    Workbook().save(path)
    return path


@pytest.mark.parametrize(("make", "name", "expected"), [
    (lambda p: p.write_text("part_no,name\nT5,filter\n"), "prices.csv", "not an Excel workbook (.xlsx)"),
    (lambda p: p.write_bytes(b"GIF89a" + bytes(100)), "prices.xlsx", "not an Excel workbook (.xlsx)"),
    (_encrypted, "locked.xlsx", "protected by a password"),
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)), "old.xls", "Excel 97-2003"),
    (_zip_but_not_a_workbook, "archive.xlsx", "the workbook cannot be read"),
    (_truncated_sheet, "cut.xlsx", "the workbook cannot be read (unclosed token"),
    (_empty_sheet, "empty.xlsx", "the sheet \u201cSheet\u201d is empty"),
    (_header_only, "header.xlsx", "there are no rows under the header"),
    (lambda p: None, "missing.xlsx", "the file does not exist"),
], ids=["csv", "gif", "encrypted", "xls", "zip", "truncated", "empty", "header-only", "missing"])
def test_files_that_cannot_be_imported_are_refused_by_name(database, tmp_path, make, name, expected):
    path = tmp_path / name
    make(path)
    refused = _refused(database, "parts", path)
    assert str(refused).startswith(f"{name}: ") and expected in str(refused)
    assert str(refused).endswith("nothing was imported")


def test_a_missing_required_column_is_named(database, tmp_path):
    refused = _refused(database, "parts", _missing_column(tmp_path / "short.xlsx"))
    assert [(p.row, p.header, p.code) for p in refused.problems] == [
        (1, "单价（元） Unit price", ProblemCode.MISSING_COLUMN)]


def test_a_file_above_the_size_limit_is_refused_before_it_is_read(database, tmp_path):
    path = filling.filled("parts", tmp_path / "huge.xlsx", filling.part_rows(200))
    refused = _refused(database, "parts", path, max_bytes=4096)
    assert str(refused).startswith("huge.xlsx: the file is ")
    assert "KB; files above 4 KB are refused, split it into smaller files" in str(refused)


def test_too_many_rows_are_refused(database, tmp_path):
    path = filling.filled("customers", tmp_path / "many.xlsx", filling.customer_rows(30))
    assert "more than 20 rows" in str(_refused(database, "customers", path, max_rows=20))
