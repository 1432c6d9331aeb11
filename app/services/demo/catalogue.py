"""The fixed material a demo dealer is built from: models, part templates, names and places."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.enums import MachineCategory, ProductClass

DEALER = {
    "dealer_code": "D3701",
    "name": "济南鲁丰农机销售服务有限公司",
    "address": "山东省济南市历城区工业北路 188 号",
    "phone": "0531-8860 2218",
    "service_hotline": "400-660-3701",
    "manufacturer": "华北农业装备股份有限公司",
}

USERS = [  # login, display name, role
    ("admin", "王建国", "manager"),
    ("liuyan", "刘燕", "clerk"),
    ("zhaomin", "赵敏", "clerk"),
    ("sunwei", "孙伟", "manager"),
]

TECHNICIANS = ["张海涛", "李志强", "王磊", "陈刚", "杨帆", "周建华"]


@dataclass(frozen=True)
class DemoModel:
    code: str
    name: str
    category: MachineCategory
    product_class: ProductClass
    power_kw: str
    warranty_months: int
    main_component_months: int
    warranty_hours: int | None
    labour_rate: str
    family: str  # part-number prefix shared by the parts that fit
    weight: int  # how common it is among units sold


MODELS = [
    DemoModel("LF-504", "LF-504 轮式拖拉机", MachineCategory.TRACTOR, ProductClass.TRACTOR_OVER_18KW,
              "36.8", 12, 24, 1500, "60.00", "T5", 14),
    DemoModel("LF-704", "LF-704 轮式拖拉机", MachineCategory.TRACTOR, ProductClass.TRACTOR_OVER_18KW,
              "51.5", 12, 24, 1500, "60.00", "T7", 12),
    DemoModel("LF-1004", "LF-1004 四驱拖拉机", MachineCategory.TRACTOR, ProductClass.TRACTOR_OVER_18KW,
              "73.5", 24, 24, 2000, "70.00", "T10", 9),
    DemoModel("LF-1304", "LF-1304 大马力拖拉机", MachineCategory.TRACTOR, ProductClass.TRACTOR_OVER_18KW,
              "95.6", 24, 36, 2500, "80.00", "T13", 5),
    DemoModel("LF-180", "LF-180 手扶拖拉机", MachineCategory.TRACTOR, ProductClass.TRACTOR_UP_TO_18KW,
              "13.2", 9, 18, None, "50.00", "T1", 8),
    DemoModel("4LZ-6", "4LZ-6 谷物联合收割机", MachineCategory.COMBINE_HARVESTER, ProductClass.COMBINE_HARVESTER,
              "92.0", 12, 24, 600, "80.00", "H6", 11),
    DemoModel("4LZ-8", "4LZ-8 履带式谷物收割机", MachineCategory.COMBINE_HARVESTER, ProductClass.COMBINE_HARVESTER,
              "118.0", 12, 24, 800, "80.00", "H8", 6),
    DemoModel("4YZP-3", "4YZP-3 自走式玉米收获机", MachineCategory.COMBINE_HARVESTER,
              ProductClass.COMBINE_HARVESTER, "88.0", 12, 24, 600, "80.00", "Y3", 9),
    DemoModel("2ZGQ-6", "2ZGQ-6 高速插秧机", MachineCategory.RICE_TRANSPLANTER, ProductClass.OTHER,
              "14.7", 12, 24, 800, "60.00", "R6", 7),
    DemoModel("2ZS-4", "2ZS-4 手扶式插秧机", MachineCategory.RICE_TRANSPLANTER, ProductClass.OTHER,
              "3.7", 12, 12, None, "50.00", "R4", 4),
    DemoModel("YN4102", "YN4102 柴油发动机", MachineCategory.ENGINE, ProductClass.DIESEL_MULTI_CYLINDER,
              "66.0", 12, 24, 2000, "70.00", "E4", 3),
    DemoModel("S1110", "S1110 单缸柴油机", MachineCategory.ENGINE, ProductClass.DIESEL_SINGLE_CYLINDER,
              "14.7", 9, 18, None, "50.00", "E1", 2),
]


@dataclass(frozen=True)
class PartTemplate:
    name: str
    price: str  # typical price in yuan
    wear: bool = False
    must_return: bool = False
    main_component: bool = False
    photo: bool = False
    wear_life_months: int | None = None
    pack_size: int = 1
    unit: str = "件"
    failure_weight: int = 10  # how often it is the part replaced in a claim
    fits: str = "all"  # all | tractor | combine | transplanter | engine


PART_TEMPLATES = [
    PartTemplate("机油滤清器", "28.50", wear=True, wear_life_months=3, pack_size=10, failure_weight=30),
    PartTemplate("燃油滤清器", "35.00", wear=True, wear_life_months=3, pack_size=10, failure_weight=25),
    PartTemplate("空气滤芯", "46.80", wear=True, wear_life_months=6, pack_size=5, failure_weight=25),
    PartTemplate("V 带", "32.00", wear=True, wear_life_months=6, pack_size=5, failure_weight=20),
    PartTemplate("油封", "12.60", wear=True, wear_life_months=6, pack_size=20, failure_weight=20),
    PartTemplate("密封垫", "8.40", wear=True, wear_life_months=6, pack_size=20, failure_weight=15),
    PartTemplate("轴承", "65.00", failure_weight=18),
    PartTemplate("离合器片", "186.00", wear=True, wear_life_months=12, failure_weight=14, fits="tractor"),
    PartTemplate("离合器总成", "980.00", must_return=True, photo=True, failure_weight=6, fits="tractor"),
    PartTemplate("喷油器", "245.00", must_return=True, failure_weight=10),
    PartTemplate("喷油泵", "1680.00", must_return=True, main_component=True, photo=True, failure_weight=5),
    PartTemplate("水泵", "320.00", must_return=True, main_component=True, failure_weight=9),
    PartTemplate("液压泵", "1450.00", must_return=True, main_component=True, photo=True, failure_weight=5),
    PartTemplate("启动机", "760.00", must_return=True, failure_weight=8),
    PartTemplate("发电机", "680.00", must_return=True, failure_weight=7),
    PartTemplate("缸盖", "1980.00", must_return=True, main_component=True, photo=True, failure_weight=2),
    PartTemplate("缸体", "4200.00", must_return=True, main_component=True, photo=True, failure_weight=1),
    PartTemplate("飞轮", "860.00", must_return=True, main_component=True, failure_weight=1),
    PartTemplate("发动机总成", "18600.00", must_return=True, main_component=True, photo=True, failure_weight=1),
    PartTemplate("变速箱总成", "9800.00", must_return=True, main_component=True, photo=True, failure_weight=1,
                 fits="tractor"),
    PartTemplate("变速箱壳体", "2600.00", must_return=True, main_component=True, photo=True, failure_weight=1),
    PartTemplate("转向器", "1250.00", must_return=True, main_component=True, failure_weight=3, fits="tractor"),
    PartTemplate("半轴", "720.00", must_return=True, failure_weight=3, fits="tractor"),
    PartTemplate("差速器总成", "2300.00", must_return=True, main_component=True, failure_weight=2, fits="tractor"),
    PartTemplate("提升器壳体", "1850.00", must_return=True, main_component=True, failure_weight=1, fits="tractor"),
    PartTemplate("制动蹄片", "96.00", wear=True, wear_life_months=12, failure_weight=10, fits="tractor"),
    PartTemplate("割刀组件", "420.00", wear=True, wear_life_months=12, failure_weight=16, fits="combine"),
    PartTemplate("动刀片", "6.80", wear=True, wear_life_months=6, pack_size=50, failure_weight=22, fits="combine"),
    PartTemplate("脱粒滚筒纹杆", "138.00", wear=True, wear_life_months=12, failure_weight=12, fits="combine"),
    PartTemplate("输送链条", "268.00", wear=True, wear_life_months=12, failure_weight=12, fits="combine"),
    PartTemplate("履带", "3600.00", must_return=True, photo=True, failure_weight=3, fits="combine"),
    PartTemplate("摘穗辊", "560.00", must_return=True, failure_weight=5, fits="combine"),
    PartTemplate("秧针", "18.00", wear=True, wear_life_months=6, pack_size=20, failure_weight=20,
                 fits="transplanter"),
    PartTemplate("栽植臂总成", "385.00", must_return=True, failure_weight=8, fits="transplanter"),
    PartTemplate("送秧皮带", "56.00", wear=True, wear_life_months=6, pack_size=5, failure_weight=12,
                 fits="transplanter"),
    PartTemplate("仪表总成", "420.00", must_return=True, failure_weight=5),
    PartTemplate("线束总成", "350.00", failure_weight=6),
    PartTemplate("蓄电池", "480.00", failure_weight=8),
    PartTemplate("前照灯", "85.00", failure_weight=8),
    PartTemplate("液压油管", "75.00", failure_weight=10),
    PartTemplate("散热器", "890.00", must_return=True, failure_weight=5),
    PartTemplate("柴油机油 15W-40", "26.00", wear=True, unit="升", pack_size=18, failure_weight=12),
]

FAMILY_FITS = {
    MachineCategory.TRACTOR: {"all", "tractor"},
    MachineCategory.COMBINE_HARVESTER: {"all", "combine"},
    MachineCategory.RICE_TRANSPLANTER: {"all", "transplanter"},
    MachineCategory.ENGINE: {"all", "engine"},
    MachineCategory.OTHER: {"all"},
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN_CHARS = "建国志强海涛明华秀英桂兰玉梅红霞立新文军伟磊勇刚丽娟敏静春生永福德宝庆山林峰俊杰长江振东学民"

PLACES = [
    ("历城区", ["唐王镇", "遥墙街道", "港沟街道", "柳埠街道"]),
    ("章丘区", ["宁家埠街道", "相公庄街道", "白云湖街道", "官庄街道"]),
    ("济阳区", ["崔寨街道", "曲堤街道", "仁风镇", "垛石街道"]),
    ("商河县", ["玉皇庙镇", "殷巷镇", "怀仁镇", "龙桑寺镇"]),
    ("平阴县", ["孝直镇", "东阿镇", "洪范池镇", "玫瑰镇"]),
    ("长清区", ["归德街道", "孝里街道", "万德街道", "马山镇"]),
    ("齐河县", ["焦庙镇", "赵官镇", "胡官屯镇", "华店镇"]),
]
VILLAGE_SUFFIX = ["庄", "村", "屯", "营", "铺", "寨"]

COMPLAINTS = [  # complaint, cause, correction, fault code, which machines
    ("发动机启动困难，冒黑烟", "喷油器雾化不良", "更换喷油器，调整供油提前角", "E101", "all"),
    ("作业中发动机水温过高", "水泵叶轮损坏，漏水", "更换水泵及密封垫", "E204", "all"),
    ("液压提升无力", "液压泵内泄严重", "更换液压泵，清洗液压系统", "H310", "tractor"),
    ("离合器打滑，分离不彻底", "离合器片磨损超限", "更换离合器片，调整自由行程", "C120", "tractor"),
    ("蓄电池亏电，无法启动", "发电机不发电", "更换发电机，检查充电线路", "L402", "all"),
    ("割台割刀卡滞", "割刀组件变形", "更换割刀组件，调整间隙", "G501", "combine"),
    ("脱粒不净，损失大", "纹杆磨损", "更换脱粒滚筒纹杆", "G520", "combine"),
    ("输送链条断裂", "链条疲劳断裂", "更换输送链条，调整张紧度", "G530", "combine"),
    ("插秧机漏插严重", "秧针磨损", "更换秧针，校正取秧量", "R610", "transplanter"),
    ("转向沉重", "转向器内部卡滞", "更换转向器总成", "S701", "tractor"),
    ("后桥异响", "差速器齿轮损坏", "更换差速器总成", "D805", "tractor"),
    ("仪表无显示", "仪表总成故障", "更换仪表总成", "L420", "all"),
    ("发动机机油压力低", "机油滤清器堵塞，油封渗漏", "更换机油滤清器及油封", "E230", "all"),
    ("作业时变速箱异响", "轴承损坏", "更换轴承及油封", "D812", "tractor"),
]

LABOUR_OPERATIONS = [  # code, description, flat-rate hours, which machines
    ("L-E01", "发动机供油系统检修", "2.0", "all"),
    ("L-E02", "冷却系统检修", "1.5", "all"),
    ("L-H01", "液压系统检修", "3.0", "tractor"),
    ("L-C01", "离合器拆装调整", "4.0", "tractor"),
    ("L-L01", "电气系统检修", "1.0", "all"),
    ("L-G01", "割台检修", "2.5", "combine"),
    ("L-G02", "脱粒系统检修", "3.5", "combine"),
    ("L-R01", "插植机构检修", "1.5", "transplanter"),
    ("L-D01", "传动系统拆装", "6.0", "all"),
    ("L-S01", "转向系统检修", "2.5", "tractor"),
]

EXCLUSIONS = ["misuse", "modification", "voltage", "force_majeure", "no_certificate"]

SEASONS = [  # code, name, month, day, length in days
    ("SPRING", "春耕", 3, 1, 61),
    ("SUMMER", "三夏麦收", 5, 25, 40),
    ("AUTUMN", "三秋玉米收获", 9, 15, 50),
]

REJECTION_REASONS = [
    ("R01", "超出三包期"),
    ("R02", "旧件未返回"),
    ("R03", "人为损坏，不属三包范围"),
    ("R04", "工时超出标准"),
    ("R05", "单据不全，缺用户签字"),
]

ZERO = Decimal(0)
