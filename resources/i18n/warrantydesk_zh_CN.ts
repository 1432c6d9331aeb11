<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentKind</name>
    <message>
        <location filename="../../app/ui/labels.py" line="92"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93"/>
        <source>Document</source>
        <translation>文件资料</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94"/>
        <source>Customer signature</source>
        <translation>用户签字</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95"/>
        <source>Scan of the signed record</source>
        <translation>签字记录扫描件</translation>
    </message>
</context>
<context>
    <name>BatchStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="112"/>
        <source>Open</source>
        <translation>编制中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="113"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="114"/>
        <source>Settled</source>
        <translation>已核销</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <location filename="../../app/bootstrap.py" line="19"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="76"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79"/>
        <source>In a batch</source>
        <translation>已组批</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80"/>
        <source>Settled in full</source>
        <translation>全额核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81"/>
        <source>Settled in part</source>
        <translation>部分核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82"/>
        <source>Rejected</source>
        <translation>已拒赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="83"/>
        <source>Superseded by a revision</source>
        <translation>已被修订版取代</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../app/ui/widgets/coming_page.py" line="37"/>
        <source>This section is being built and arrives in a coming version.</source>
        <translation>本模块正在开发中，将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="46"/>
        <source>Units registered</source>
        <translation>登记机器</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="47"/>
        <source>Customers</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="48"/>
        <source>Warranty claims in total</source>
        <translation>三包索赔总数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="51"/>
        <source>Claims awaiting approval</source>
        <translation>待审批索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="56"/>
        <source>Approved claims not yet in a batch</source>
        <translation>已审批未组批索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="61"/>
        <source>Claims in a batch</source>
        <translation>已组批索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="66"/>
        <source>Open service log entries</source>
        <translation>未办结的售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="71"/>
        <source>Registration cards due within {days} days</source>
        <translation>{days} 天内到期的三包回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="76"/>
        <source>Registration cards late</source>
        <translation>逾期未寄三包回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="81"/>
        <source>Old parts in store</source>
        <translation>在库旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="85"/>
        <source>Old parts overdue for return</source>
        <translation>逾期未返厂旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="89"/>
        <source>Claim batches open</source>
        <translation>编制中的索赔批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="257"/>
        <source>The figures could not be loaded: {error}</source>
        <translation>无法读取统计数据：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="293"/>
        <source>Dealer code: {code}</source>
        <translation>经销商代码：{code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="295"/>
        <source>Dealer not set up yet</source>
        <translation>尚未设置经销商信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="299"/>
        <source>Figures as of {time}</source>
        <translation>数据更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="303"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="304"/>
        <source>Load the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="305"/>
        <source>Warranty claims by status</source>
        <translation>各状态三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="306"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="306"/>
        <source>Claims</source>
        <translation>索赔数</translation>
    </message>
</context>
<context>
    <name>LedgerKind</name>
    <message>
        <location filename="../../app/ui/labels.py" line="117"/>
        <source>Warranty credit</source>
        <translation>三包费用入账</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="118"/>
        <source>Offset against payable</source>
        <translation>冲抵应付货款</translation>
    </message>
</context>
<context>
    <name>MachineCategory</name>
    <message>
        <location filename="../../app/ui/labels.py" line="40"/>
        <source>Tractor</source>
        <translation>拖拉机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>Combine harvester</source>
        <translation>联合收割机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>Rice transplanter</source>
        <translation>插秧机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>Engine</source>
        <translation>发动机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Units</source>
        <translation>机器档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="44"/>
        <source>Service log</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="45"/>
        <source>Warranty claims</source>
        <translation>三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>Old parts</source>
        <translation>旧件管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Return shipments</source>
        <translation>旧件返厂</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="48"/>
        <source>Claim batches</source>
        <translation>索赔批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49"/>
        <source>Spare-part reserve plan</source>
        <translation>配件储备计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="50"/>
        <source>Master data</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="51"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>Search by serial number, claim or tag arrives with the Units section.</source>
        <translation>按出厂编号、索赔单号或旧件标签查找的功能将随“机器档案”模块一同提供。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>WarrantyDesk — Warranty Service Station</source>
        <translation>三包服务站 WarrantyDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238"/>
        <source>Serial number, claim or tag… (Ctrl+F)</source>
        <translation>出厂编号、索赔单号或旧件标签…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="243"/>
        <source>Automatic (as the system)</source>
        <translation>自动（跟随系统）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Database: {location} ({backend})</source>
        <translation>数据库：{location}（{backend}）</translation>
    </message>
</context>
<context>
    <name>OldPartStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="98"/>
        <source>Kept in store</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99"/>
        <source>Packed</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="100"/>
        <source>Shipped to head office</source>
        <translation>已返厂</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="101"/>
        <source>Received by head office</source>
        <translation>厂家已接收</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="102"/>
        <source>Usable</source>
        <translation>可利用旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="103"/>
        <source>Scrap</source>
        <translation>废件</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="104"/>
        <source>Written off</source>
        <translation>已注销</translation>
    </message>
</context>
<context>
    <name>PaidOrderStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="87"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>PartClass</name>
    <message>
        <location filename="../../app/ui/labels.py" line="135"/>
        <source>Warranty part</source>
        <translation>三包件</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="136"/>
        <source>Wear part</source>
        <translation>易损件</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="137"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="130"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="131"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="132"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
</context>
<context>
    <name>ProductClass</name>
    <message>
        <location filename="../../app/ui/labels.py" line="47"/>
        <source>Tractor over 18 kW</source>
        <translation>拖拉机（大于 18 kW）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48"/>
        <source>Tractor up to 18 kW</source>
        <translation>拖拉机（不大于 18 kW）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49"/>
        <source>Combine harvester</source>
        <translation>联合收割机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50"/>
        <source>Multi-cylinder diesel engine</source>
        <translation>多缸柴油机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="51"/>
        <source>Single-cylinder diesel engine</source>
        <translation>单缸柴油机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52"/>
        <source>Two-stroke petrol engine</source>
        <translation>二冲程汽油机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="53"/>
        <source>Four-stroke petrol engine</source>
        <translation>四冲程汽油机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../app/ui/labels.py" line="35"/>
        <source>Clerk</source>
        <translation>内勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>ServiceChannel</name>
    <message>
        <location filename="../../app/ui/labels.py" line="63"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65"/>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66"/>
        <source>Forwarded by head office</source>
        <translation>总部转派</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67"/>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>ServiceEntryStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="71"/>
        <source>Open</source>
        <translation>待安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72"/>
        <source>Arranged</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="73"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="33"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="36"/>
        <source>Main window position and size</source>
        <translation>主窗口位置和大小</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="39"/>
        <source>Main window toolbars</source>
        <translation>主窗口工具栏</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="42"/>
        <source>Section shown at start</source>
        <translation>启动时显示的模块</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="77"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="78"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="79"/>
        <source>&amp;Interface and printed forms:</source>
        <translation>界面和打印单据(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="80"/>
        <source>Automatic (as the system)</source>
        <translation>自动（跟随系统）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="81"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="82"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="83"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="85"/>
        <source>The dealer profile, users and roles, warranty rules, return windows, seasons, templates and backups are set here too once those parts of the program arrive.</source>
        <translation>经销商信息、用户与角色、三包规则、旧件返厂日期、作业季节、导出模板和备份，将在相应功能推出后在此设置。</translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="107"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="108"/>
        <source>Shipped</source>
        <translation>已发运</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="109"/>
        <source>Received by head office</source>
        <translation>厂家已接收</translation>
    </message>
</context>
<context>
    <name>StockMovementKind</name>
    <message>
        <location filename="../../app/ui/labels.py" line="121"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="122"/>
        <source>Stock adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="123"/>
        <source>Goods received</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="124"/>
        <source>Warranty repair</source>
        <translation>三包维修领用</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="125"/>
        <source>Paid service</source>
        <translation>有偿服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="126"/>
        <source>Counter sale</source>
        <translation>柜台销售</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="127"/>
        <source>Returned to the factory</source>
        <translation>退回厂家</translation>
    </message>
</context>
<context>
    <name>UnitStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="57"/>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58"/>
        <source>Exchanged</source>
        <translation>已换机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59"/>
        <source>Refunded</source>
        <translation>已退机</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
</context>
</TS>
