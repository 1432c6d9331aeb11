"""The five kinds of master data a manufacturer sends as Excel, each declared once.

Templates (template.py) and the reader (reader.py) are both built from these declarations, so a
column added here appears in the template, is read on import and is explained on the notes sheet.
"""
from __future__ import annotations

from app.domain.enums import MachineCategory, ProductClass
from app.reports.excel.columns import CellType, Choice, ColumnSpec, SheetSpec

C = ColumnSpec
T = CellType

CATEGORIES = (
    Choice(MachineCategory.TRACTOR, "拖拉机", "Tractor"),
    Choice(MachineCategory.COMBINE_HARVESTER, "联合收割机", "Combine harvester"),
    Choice(MachineCategory.RICE_TRANSPLANTER, "插秧机", "Rice transplanter"),
    Choice(MachineCategory.ENGINE, "发动机", "Engine"),
    Choice(MachineCategory.OTHER, "其他", "Other"),
)
PRODUCT_CLASSES = (
    Choice(ProductClass.TRACTOR_OVER_18KW, "拖拉机（大于18kW）", "Tractor over 18 kW"),
    Choice(ProductClass.TRACTOR_UP_TO_18KW, "拖拉机（不大于18kW）", "Tractor up to 18 kW"),
    Choice(ProductClass.COMBINE_HARVESTER, "联合收割机", "Combine harvester"),
    Choice(ProductClass.DIESEL_MULTI_CYLINDER, "多缸柴油机", "Multi-cylinder diesel engine"),
    Choice(ProductClass.DIESEL_SINGLE_CYLINDER, "单缸柴油机", "Single-cylinder diesel engine"),
    Choice(ProductClass.PETROL_TWO_STROKE, "二冲程汽油机", "Two-stroke petrol engine"),
    Choice(ProductClass.PETROL_FOUR_STROKE, "四冲程汽油机", "Four-stroke petrol engine"),
    Choice(ProductClass.OTHER, "其他", "Other"),
)
_KEEP_ZH = "表中没有此列时，已有记录保留原值。"
_KEEP_EN = "A column left out of the file keeps the values already recorded."
_MONTHS_ZH = "整数，单位：月。"
_MONTHS_EN = "Whole months."

MODELS = SheetSpec("models", "机型", "Models", (
    C("code", "机型代码", "Model code", T.CODE, required=True, unique=True, max_length=40,
      aliases=("型号代码", "机型编码", "Code"), example="LF-504",
      note_zh="每个机型唯一；已有的机型按代码更新。", note_en="Unique; an existing model with this code is updated."),
    C("name", "机型名称", "Model name", T.TEXT, required=True, max_length=200, aliases=("名称", "Name"),
      example="LF-504 轮式拖拉机"),
    C("category", "类别", "Category", T.CHOICE, required=True, choices=CATEGORIES, example="拖拉机",
      note_zh="拖拉机、联合收割机、插秧机、发动机、其他。",
      note_en="Tractor, Combine harvester, Rice transplanter, Engine or Other."),
    C("product_class", "三包产品类别", "Product class", T.CHOICE, choices=PRODUCT_CLASSES,
      example="拖拉机（大于18kW）", note_zh="按《农业机械产品修理、更换、退货责任规定》分类，可空。",
      note_en="The class of the national farm-machinery warranty rules; may be empty."),
    C("warranty_months", "整机三包期（月）", "Warranty months", T.INT, required=True, positive=True, example="12",
      note_zh=_MONTHS_ZH, note_en=_MONTHS_EN),
    C("main_component_months", "主要部件三包期（月）", "Main-component months", T.INT, positive=True, example="24",
      note_zh="不得短于整机三包期；空白则与整机相同。",
      note_en="Not shorter than the whole-machine warranty; empty: the same."),
    C("warranty_hours", "三包小时数", "Warranty hours", T.HOURS, positive=True, example="1500",
      note_zh="按工作小时计的三包限额，可空。", note_en="Hour-meter limit of the warranty; may be empty."),
    C("warranty_area", "三包作业面积（亩）", "Warranty area (mu)", T.HOURS, positive=True,
      note_zh="按作业面积计的三包限额，可空。", note_en="Area-worked limit of the warranty; may be empty."),
    C("labour_rate", "工时单价（元/小时）", "Labour rate per hour", T.MONEY, required=True, minimum=0,
      aliases=("工时费", "Labour rate"), example="60.00", note_zh="元，最多两位小数。",
      note_en="Yuan, at most two decimals."),
    C("first_service_hours", "首保小时数", "First service hours", T.INT, positive=True, example="50"),
    C("first_service_months", "首保月数", "First service months", T.INT, positive=True, example="3"),
), notes_zh=(_KEEP_ZH,), notes_en=(_KEEP_EN,))

PARTS = SheetSpec("parts", "配件价格表", "Parts price list", (
    C("part_no", "配件编号", "Part number", T.CODE, required=True, unique=True, max_length=40,
      aliases=("配件号", "零件号", "图号", "件号", "Part no", "Part no."), example="T5-101-10",
      note_zh="全角字符和空格会自动规范；已有的配件按编号更新。",
      note_en="Full-width characters and spaces are normalised; an existing part is updated."),
    C("name", "配件名称", "Part name", T.TEXT, required=True, max_length=200, aliases=("名称", "零件名称", "Name"),
      example="机油滤清器"),
    C("unit", "单位", "Unit", T.TEXT, max_length=10, default="件", example="件", note_zh="空白为“件”。",
      note_en="Empty: 件 (piece)."),
    C("unit_price", "单价（元）", "Unit price", T.MONEY, required=True, minimum=0, aliases=("价格", "销售价", "Price"),
      example="28.50", note_zh="元，最多两位小数；改价时旧价格保留为历史，已有三包维修记录的价格不变。",
      note_en="Yuan, two decimals; a changed price keeps the old one as history and existing claims keep "
              "their prices."),
    C("is_warranty_part", "三包件", "Warranty part", T.BOOL, default=True, example="是", note_zh="是/否，空白为是。",
      note_en="Yes/no; empty: yes."),
    C("is_wear_part", "易损件", "Wear part", T.BOOL, default=False, example="否", note_zh="是/否，空白为否。",
      note_en="Yes/no; empty: no."),
    C("must_return", "须返旧件", "Must return", T.BOOL, default=False, example="是",
      note_zh="更换后旧件须返厂。是/否，空白为否。", note_en="The old part goes back to the factory. Empty: no."),
    C("photo_required", "须拍照", "Photo required", T.BOOL, default=False, example="否",
      note_zh="是/否，空白为否。", note_en="Yes/no; empty: no."),
    C("is_main_component", "主要部件", "Main component", T.BOOL, default=False, example="否",
      note_zh="发动机体、缸盖、变速箱壳体等。是/否，空白为否。",
      note_en="Engine block, cylinder head, gearbox housing… Empty: no."),
    C("wear_life_months", "易损件寿命（月）", "Wear life months", T.INT, positive=True,
      note_zh="易损件按说明书的寿命，可空。", note_en="The wear part's life from the manual; may be empty."),
    C("pack_size", "包装数量", "Pack size", T.INT, positive=True, default=1, example="1", note_zh="空白为 1。",
      note_en="Empty: 1."),
), notes_zh=(_KEEP_ZH,), notes_en=(_KEEP_EN,))

CUSTOMERS = SheetSpec("customers", "用户", "Customers", (
    C("code", "用户编号", "Customer code", T.CODE, unique=True, max_length=40, aliases=("客户编号", "Code"),
      note_zh="空白时自动编号（KH年份-序号）；已有的用户按编号更新。",
      note_en="Empty: numbered automatically (KH<year>-<number>); an existing customer is updated."),
    C("name", "用户姓名", "Customer name", T.TEXT, required=True, max_length=200,
      aliases=("姓名", "用户名称", "客户名称", "Name"), example="王建国"),
    C("phone", "联系电话", "Phone", T.PHONE, max_length=40, default="", aliases=("电话", "手机", "手机号", "Telephone"),
      example="13800000000", note_zh="没有编号的行按姓名加电话与已有用户对应。",
      note_en="A row without a code is matched to an existing customer by name and phone."),
    C("address", "地址", "Address", T.TEXT, max_length=300, default="", aliases=("住址",),
      example="历城区唐王镇东村"),
    C("region", "地区", "Region", T.TEXT, max_length=100, default="", aliases=("区域", "乡镇"), example="历城区"),
    C("key_customer", "重点用户", "Key customer", T.BOOL, default=False, example="否",
      note_zh="重点用户每年或每半年回访。是/否，空白为否。", note_en="Key customers get regular visits. Empty: no."),
), notes_zh=(_KEEP_ZH,), notes_en=(_KEEP_EN,))

UNITS = SheetSpec("units", "整机销售", "Units sold", (
    C("serial_no", "出厂编号", "Serial number", T.CODE, required=True, unique=True, max_length=40,
      aliases=("整机编号", "机号", "Serial no"), example="LF50426000123",
      note_zh="不得与已登记的机器重复。", note_en="Must not repeat a unit already registered."),
    C("engine_no", "发动机号", "Engine number", T.CODE, max_length=40, default="", aliases=("发动机编号", "Engine no"),
      example="YN26A01234"),
    C("model_code", "机型代码", "Model code", T.CODE, required=True, max_length=40, aliases=("机型", "型号", "Model"),
      example="LF-504", note_zh="须是已导入的机型。", note_en="Must be a model already imported."),
    C("customer", "用户编号或电话", "Customer code or phone", T.CODE, required=True, max_length=40,
      aliases=("用户编号", "用户电话", "Customer"), example="KH2026-000001",
      note_zh="须是已导入的用户。", note_en="Must be a customer already imported."),
    C("sale_date", "销售日期", "Sale date", T.DATE, required=True, aliases=("购机日期", "售出日期"),
      example="2026-03-01", note_zh="不得晚于今天。三包回执卡的寄出期限由此计算。",
      note_en="Not after today. The registration card's deadline counts from it."),
    C("invoice_date", "发票日期", "Invoice date", T.DATE, example="2026-03-01", note_zh="不得早于销售日期。",
      note_en="Not before the sale date."),
    C("invoice_no", "发票号码", "Invoice number", T.CODE, max_length=40, default="", aliases=("发票号",),
      example="37001234"),
    C("card_sent_on", "回执卡寄出日期", "Card sent on", T.DATE,
      note_zh="已寄出三包回执卡的机器填写，可空。",
      note_en="For units whose registration card was sent; may be empty."),
    C("card_acknowledged_on", "回执卡确认日期", "Card acknowledged on", T.DATE,
      note_zh="厂家确认收到回执卡的日期，可空。", note_en="When head office acknowledged the card; may be empty."),
), notes_zh=("每台新机器同时建立三包回执卡。",), notes_en=("Each new unit gets its warranty registration card.",))

STOCK = SheetSpec("stock", "配件库存", "Stock on hand", (
    C("part_no", "配件编号", "Part number", T.CODE, required=True, unique=True, max_length=40,
      aliases=("配件号", "零件号", "图号", "Part no"), example="T5-101-10", note_zh="须是已导入的配件。",
      note_en="Must be a part already imported."),
    C("on_hand", "库存数量", "On hand", T.QUANTITY, required=True, minimum=0, aliases=("库存", "数量", "Quantity"),
      example="12", note_zh="盘点后的数量；与原数量的差额记为导入调整。",
      note_en="The counted quantity; the difference is recorded as an import movement."),
    C("on_order", "在途数量", "On order", T.QUANTITY, minimum=0, example="0", note_zh="空白为 0。",
      note_en="Empty: 0."),
    C("bin_location", "货位", "Bin location", T.TEXT, max_length=60, default="", aliases=("库位",), example="A-03-2"),
), notes_zh=(_KEEP_ZH,), notes_en=(_KEEP_EN,))

SPECS: dict[str, SheetSpec] = {spec.kind: spec for spec in (MODELS, PARTS, CUSTOMERS, UNITS, STOCK)}
KINDS: tuple[str, ...] = tuple(SPECS)


def spec_for(kind: str) -> SheetSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise ValueError(f"unknown kind of import {kind!r}; one of {', '.join(KINDS)}") from None
