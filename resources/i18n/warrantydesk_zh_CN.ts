<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="103"/>
        <source>installed program</source>
        <translation>安装版</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="103"/>
        <source>source checkout</source>
        <translation>源代码运行</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="104"/>
        <source>SQLite file on this workstation</source>
        <translation>本机 SQLite 数据库文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="105"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="128"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="132"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="133"/>
        <source>Copy these details to the clipboard, to paste into a message to your support</source>
        <translation>将以上信息复制到剪贴板，以便粘贴到发给技术支持的消息中</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="137"/>
        <source>About WarrantyDesk</source>
        <translation>关于 WarrantyDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="138"/>
        <source>WarrantyDesk 三包服务站</source>
        <translation>WarrantyDesk 三包服务站</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="139"/>
        <source>Warranty service desk for farm-machinery dealers</source>
        <translation>农机经销商三包服务管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="141"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="142"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="143"/>
        <source>Database type:</source>
        <translation>数据库类型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="144"/>
        <source>Schema version:</source>
        <translation>数据结构版本：</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="145"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="146"/>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="147"/>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="148"/>
        <source>Components:</source>
        <translation>组件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="149"/>
        <source>Operating system:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="161"/>
        <source>WarrantyDesk is proprietary software, licensed to the dealer who installed it. It includes Qt for Python (LGPL-3.0), the WenQuanYi Micro Hei font (Apache-2.0) and other open-source components under their own licences.</source>
        <translation>WarrantyDesk 为专有软件，授权给安装它的经销商使用。其中包含 Qt for Python（LGPL-3.0）、文泉驿微米黑字体（Apache-2.0）以及其他开源组件，它们各自适用其许可证。</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="167"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="191"/>
        <source>The account could not be loaded: {error}</source>
        <translation>往来账无法加载：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="223"/>
        <source>Deductions by reason: batch {number}</source>
        <translation>扣款原因：批次 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="224"/>
        <source>Deductions by reason: all batches</source>
        <translation>扣款原因：全部批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="247"/>
        <source>Record an offset</source>
        <translation>登记冲抵</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="257"/>
        <source>Export the account to Excel</source>
        <translation>将往来账导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="259"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="261"/>
        <source>account with head office {day}.xlsx</source>
        <translation>三包费用往来台账 {day}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="271"/>
        <source>Writing the account workbook…</source>
        <translation>正在写入往来台账…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="276"/>
        <location filename="../../app/ui/batches/account_view.py" line="282"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="276"/>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="281"/>
        <source>The workbook could not be written: {error}</source>
        <translation>工作簿无法写入：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="287"/>
        <location filename="../../app/ui/batches/account_tables.py" line="45"/>
        <source>Claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="287"/>
        <location filename="../../app/ui/batches/account_tables.py" line="46"/>
        <source>Approved</source>
        <translation>核准金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="287"/>
        <location filename="../../app/ui/batches/account_tables.py" line="47"/>
        <location filename="../../app/ui/batches/account_tables.py" line="65"/>
        <source>Deducted</source>
        <translation>扣款金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="288"/>
        <source>Awaiting settlement</source>
        <translation>待核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="288"/>
        <location filename="../../app/ui/batches/account_tables.py" line="50"/>
        <source>Credited</source>
        <translation>已入账</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="289"/>
        <location filename="../../app/ui/batches/account_tables.py" line="51"/>
        <location filename="../../app/ui/batches/account_tables.py" line="87"/>
        <source>Offset</source>
        <translation>已冲抵</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="289"/>
        <source>Credit not offset</source>
        <translation>未冲抵入账</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="290"/>
        <location filename="../../app/ui/batches/account_tables.py" line="52"/>
        <source>Still owed</source>
        <translation>总部尚欠</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="293"/>
        <source>Claims head office has not settled plus credit not yet offset</source>
        <translation>总部尚未核销的索赔金额加上尚未冲抵的入账</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="294"/>
        <source>Record an &amp;offset…</source>
        <translation>登记冲抵(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="295"/>
        <source>Credit used against the dealer&apos;s payable to head office</source>
        <translation>用三包费用入账冲抵应付总部的货款</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="296"/>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="297"/>
        <source>The ledger, the batches, the deductions and the ageing, one sheet each</source>
        <translation>台账、批次往来、扣款原因和账龄，各一个工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="299"/>
        <source>Per batch (choose one to see its deductions)</source>
        <translation>按批次（选中一个批次查看其扣款）</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="300"/>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="301"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="31"/>
        <source>{count:,} claims head office has not settled yet</source>
        <translation>总部尚未核销的索赔 {count:,} 单</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="33"/>
        <source>Claimed minus approved, deducted and awaiting leaves {amount} unexplained</source>
        <translation>索赔金额减去核准、扣款和待核销后有 {amount} 无法对上</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="42"/>
        <location filename="../../app/ui/batches/account_tables.py" line="82"/>
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="43"/>
        <source>Exported</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="44"/>
        <location filename="../../app/ui/batches/account_tables.py" line="64"/>
        <source>Claims</source>
        <translation>索赔数</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="48"/>
        <source>Awaiting</source>
        <translation>待核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="62"/>
        <source>Reason code</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="63"/>
        <source>Reason</source>
        <translation>扣款原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="80"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="81"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="83"/>
        <source>Settlement no.</source>
        <translation>核销通知号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="84"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="85"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="86"/>
        <source>Credit</source>
        <translation>入账</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="88"/>
        <source>Balance</source>
        <translation>未冲抵余额</translation>
    </message>
</context>
<context>
    <name>ActionListPanel</name>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="44"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="45"/>
        <source>Call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="62"/>
        <source>Number</source>
        <translation>登记号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="63"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="64"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="66"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="67"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="68"/>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="69"/>
        <source>Model</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="70"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="140"/>
        <location filename="../../app/ui/dashboard/action_list.py" line="163"/>
        <location filename="../../app/ui/dashboard/action_list.py" line="185"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="157"/>
        <source>First service due on {date}: book the visit</source>
        <translation>首次保养于 {date} 到期：请预约上门</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="166"/>
        <source>Service log</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="166"/>
        <source>Service-log entry {number} was made for {serial}.</source>
        <translation>已为 {serial} 建立售后服务登记 {number}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="185"/>
        <source>The unit&apos;s service file is not available.</source>
        <translation>无法打开该机器的服务档案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="213"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="216"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="217"/>
        <location filename="../../app/ui/dashboard/action_list.py" line="220"/>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="221"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="221"/>
        <source>in {days} days</source>
        <translation>还有 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="228"/>
        <source>sold {date}</source>
        <translation>{date} 售出</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="230"/>
        <source>hour meter reached</source>
        <translation>已达小时数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="235"/>
        <source>{title}: {count}</source>
        <translation>{title}：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="243"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="244"/>
        <source>Open the selected row (double-click or Enter)</source>
        <translation>打开选中的一行（双击或回车）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="245"/>
        <source>Make service-log &amp;entry</source>
        <translation>建立售后服务登记(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="246"/>
        <source>Hide list</source>
        <translation>收起列表</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="92"/>
        <source>Say why the stock is adjusted.</source>
        <translation>请填写调整库存的原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="96"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="97"/>
        <source>&amp;Part no.:</source>
        <translation>配件编号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="98"/>
        <source>Quantity &amp;counted</source>
        <translation>盘点数量(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="99"/>
        <source>C&amp;hange (+ in, − out)</source>
        <translation>增减数量（+ 入，− 出）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="100"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="100"/>
        <source>&amp;Change:</source>
        <translation>增减(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="103"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="105"/>
        <source>Stock count, damaged in store, found …</source>
        <translation>盘点、库内损坏、盘盈……</translation>
    </message>
</context>
<context>
    <name>AgeingTable</name>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="145"/>
        <source>Awaiting</source>
        <translation>待核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="145"/>
        <source>Exported claims head office has not settled yet</source>
        <translation>已导出、总部尚未核销的索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="146"/>
        <source>Not offset</source>
        <translation>未冲抵</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="146"/>
        <source>Credited by head office, not yet offset against the payable</source>
        <translation>总部已入账、尚未冲抵货款的金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="147"/>
        <location filename="../../app/ui/batches/account_tables.py" line="153"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="152"/>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="152"/>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="152"/>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="153"/>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
</context>
<context>
    <name>ArrangeDialog</name>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="96"/>
        <source>Arrange {number}</source>
        <translation>安排 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="97"/>
        <source>Arrange by {time}</source>
        <translation>须在 {time} 前安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="99"/>
        <source>&amp;Technician:</source>
        <translation>维修人员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="100"/>
        <source>&amp;Arranged at:</source>
        <translation>安排时间(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="101"/>
        <source>&amp;Visit agreed for:</source>
        <translation>约定上门时间(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>ArrivalDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="321"/>
        <source>Emergency order {number} received</source>
        <translation>紧急订货 {number} 到货</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="323"/>
        <source>{part} {name} × {quantity} for claim {claim}, ordered on {ordered}. It goes into stock, and the days waited are recorded on the claim.</source>
        <translation>{part} {name} × {quantity}，三包维修记录 {claim}，{ordered} 订货。到货入库，待件天数记入维修记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="328"/>
        <source>&amp;Received on:</source>
        <translation>到货日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="330"/>
        <source>&amp;Delivery list no.:</source>
        <translation>发货清单号(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="332"/>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
</context>
<context>
    <name>AskBeforeClosing</name>
    <message>
        <location filename="../../app/ui/claims/closing.py" line="38"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/closing.py" line="39"/>
        <source>There are changes that are not saved.</source>
        <translation>有未保存的修改。</translation>
    </message>
</context>
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
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="118"/>
        <source>{name} · {size} KB · SHA-256 {hash}</source>
        <translation>{name} · {size} KB · SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="135"/>
        <source>{name} is {size} MB; attachments may be at most {limit} MB</source>
        <translation>{name} 大小为 {size} MB；附件不得超过 {limit} MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="142"/>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="148"/>
        <location filename="../../app/ui/claims/attachments_tab.py" line="182"/>
        <location filename="../../app/ui/claims/attachments_tab.py" line="200"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="155"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="155"/>
        <source>Add scanned documents</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="158"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="159"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="233"/>
        <source>Save the claim first, then attach photos and scanned documents.</source>
        <translation>请先保存维修记录，再添加照片和扫描件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="235"/>
        <source>The claim is read only: its attachments cannot change.</source>
        <translation>该维修记录为只读，附件不能更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="237"/>
        <source>{count} attached. Photos count for the photo check; at most 20 MB a file.</source>
        <translation>已有 {count} 个附件。照片计入照片检查；每个文件不超过 20 MB。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="239"/>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="240"/>
        <source>Add scanned &amp;documents…</source>
        <translation>添加扫描件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="241"/>
        <source>Capture &amp;signature…</source>
        <translation>采集签名(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="242"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="243"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="87"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="87"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="87"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="87"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="88"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="88"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="97"/>
        <source>Folder for the backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="108"/>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="114"/>
        <source>Backup written and checked: {file} ({units} units, {claims} claims).</source>
        <translation>备份已写入并检查：{file}（{units} 台机器，{claims} 张索赔单）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="123"/>
        <source>Backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="123"/>
        <source>WarrantyDesk backups (*.sqlite3)</source>
        <translation>WarrantyDesk 备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="130"/>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="137"/>
        <source>Restore the backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="138"/>
        <source>{file} is intact and holds {units} units and {claims} claims.

Restoring closes the database, sets the current one aside (nothing is deleted) and puts the backup in its place. Work entered since the backup was written will not be in it. Close WarrantyDesk on the other workstations first.</source>
        <translation>{file} 完好，包含 {units} 台机器和 {claims} 张索赔单。

恢复时将关闭数据库，把当前数据库另存（不删除任何数据），并用此备份替换它。备份之后录入的内容不在其中。请先关闭其他工作站上的 WarrantyDesk。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="143"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="149"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="150"/>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="151"/>
        <source>Automatic backups to &amp;keep:</source>
        <translation>保留自动备份数(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="152"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="153"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="154"/>
        <source>Res&amp;tore…</source>
        <translation>恢复备份(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="156"/>
        <source>The database is on a PostgreSQL server, which the program does not back up itself. Ask whoever runs the server to do it:</source>
        <translation>数据库位于 PostgreSQL 服务器上，本程序不自行备份。请服务器管理员用以下方法备份：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="160"/>
        <source>A checked copy is written when the program starts and once a day while it runs; the oldest beyond the number kept are removed.</source>
        <translation>程序启动时以及运行期间每天写入一份经过检查的备份；超出保留数量的最旧备份会被删除。</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="53"/>
        <source>Claim no.</source>
        <translation>索赔单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="55"/>
        <source>Repair date</source>
        <translation>维修日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="56"/>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="57"/>
        <source>Model</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="58"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="59"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="60"/>
        <location filename="../../app/ui/batches/batch_panel.py" line="315"/>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="61"/>
        <location filename="../../app/ui/batches/batch_panel.py" line="315"/>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="62"/>
        <location filename="../../app/ui/batches/batch_panel.py" line="315"/>
        <source>Travel</source>
        <translation>外出费</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="63"/>
        <location filename="../../app/ui/batches/batch_panel.py" line="316"/>
        <source>Other</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="109"/>
        <source>Print &amp;summary</source>
        <translation>打印汇总表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="180"/>
        <source>Claim batch {number} — {status}</source>
        <translation>索赔批次 {number} — {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="184"/>
        <source>Settled by head office: read only.</source>
        <translation>总部已核销：只读。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="186"/>
        <source>Exported on {time} as {package}: read only. Its claims stay locked until head office&apos;s settlement comes back.</source>
        <translation>已于 {time} 导出为 {package}：只读。批次中的索赔在总部核销通知回来之前保持锁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="189"/>
        <source>Repair dates: {period}</source>
        <translation>维修日期：{period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="190"/>
        <source>Claims picked one by one</source>
        <translation>逐条挑选的索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="191"/>
        <source>made {time}</source>
        <translation>创建于 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="199"/>
        <source>{count:,} claims</source>
        <translation>共 {count:,} 单索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="260"/>
        <source>Add claims</source>
        <translation>加入索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="269"/>
        <source>Remove claims</source>
        <translation>移出索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="274"/>
        <location filename="../../app/ui/batches/batch_panel.py" line="293"/>
        <source>Delete batch</source>
        <translation>删除批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="275"/>
        <source>Delete batch {number}? Its {count:,} claims go back to the approved claims waiting for a batch.</source>
        <translation>删除批次 {number}？其中的 {count:,} 单索赔将退回到待组批的已审批索赔中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="316"/>
        <source>Grand total</source>
        <translation>索赔总额</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="316"/>
        <source>Claims</source>
        <translation>索赔单数</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="319"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="320"/>
        <source>Write the package for head office and lock the batch</source>
        <translation>生成报送总部的索赔包并锁定批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="321"/>
        <source>&amp;Delete batch</source>
        <translation>删除批次(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="322"/>
        <source>Only an open batch; its claims wait for the next one</source>
        <translation>只能删除编制中的批次；其中的索赔等待下一个批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="323"/>
        <source>&amp;Add claims…</source>
        <translation>加入索赔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="324"/>
        <source>&amp;Remove selected</source>
        <translation>移出选中的索赔(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="325"/>
        <source>The claims go back to approved and wait for the next batch</source>
        <translation>索赔退回已审批状态，等待下一个批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="326"/>
        <source>Choose a batch on the left, or make a new one.</source>
        <translation>请在左侧选择一个批次，或新建批次。</translation>
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
    <name>BatchSummaryPrinting</name>
    <message>
        <location filename="../../app/ui/batches/summary_printing.py" line="27"/>
        <source>Preparing the batch summary…</source>
        <translation>正在准备批次汇总表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/summary_printing.py" line="30"/>
        <source>batch summary {number}.pdf</source>
        <translation>索赔批次汇总表 {number}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/summary_printing.py" line="33"/>
        <source>Preview, print or save the summary of the batch, to send with it</source>
        <translation>预览、打印或保存随批次报送的汇总表</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <location filename="../../app/ui/batches/page.py" line="78"/>
        <source>Batches</source>
        <translation>索赔批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/page.py" line="79"/>
        <source>Settlements</source>
        <translation>核销通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/page.py" line="80"/>
        <source>Account with head office</source>
        <translation>三包费用往来</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/page.py" line="81"/>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="34"/>
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="36"/>
        <source>Repair dates</source>
        <translation>维修日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="38"/>
        <source>Claims</source>
        <translation>索赔数</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="40"/>
        <source>Total</source>
        <translation>索赔总额</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="42"/>
        <source>Exported</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="46"/>
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="115"/>
        <source>{count:,} batches</source>
        <translation>共 {count:,} 个批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="183"/>
        <source>New batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="188"/>
        <source>Gathering the claims into a new batch…</source>
        <translation>正在将索赔组成新批次…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="197"/>
        <source>&amp;New batch…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="198"/>
        <source>Gather the approved claims of a repair-date period (Ctrl+N)</source>
        <translation>将某一维修日期区间内已审批的索赔组成批次 (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <location filename="../../app/bootstrap.py" line="27"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <location filename="../../app/ui/change_follow.py" line="250"/>
        <source>The database answers again; the lists were reloaded.</source>
        <translation>数据库已恢复连接，列表已重新加载。</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../../app/ui/change_follow.py" line="86"/>
        <source>Changed on another workstation — reload when you have saved.</source>
        <translation>数据已在其他工作站上更改——请在保存后重新加载。</translation>
    </message>
    <message>
        <location filename="../../app/ui/change_follow.py" line="87"/>
        <source>Reload now</source>
        <translation>立即重新加载</translation>
    </message>
    <message>
        <location filename="../../app/ui/change_follow.py" line="88"/>
        <source>Reload the list; open editors keep what you typed</source>
        <translation>重新加载列表；已打开的编辑窗口保留您输入的内容</translation>
    </message>
</context>
<context>
    <name>CheckLevel</name>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="60"/>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="61"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="62"/>
        <source>Blocking</source>
        <translation>阻止</translation>
    </message>
</context>
<context>
    <name>CheckRulesBox</name>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="31"/>
        <source>Registration card late or missing</source>
        <translation>三包回执卡逾期或缺失</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="32"/>
        <source>Outside warranty by date</source>
        <translation>超出三包期（日期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="33"/>
        <source>Outside warranty by hours or area</source>
        <translation>超出三包期（小时或面积）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="34"/>
        <source>Failure date after repair date</source>
        <translation>故障日期晚于维修日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="35"/>
        <source>Date in the future</source>
        <translation>日期在将来</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="36"/>
        <source>Repair before the sale</source>
        <translation>维修早于销售</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="37"/>
        <source>Same unit and causal part claimed again within (days)</source>
        <translation>同一机器同一故障件重复索赔间隔（天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="38"/>
        <source>Same part repaired more than (times)</source>
        <translation>同一配件维修超过（次）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="39"/>
        <source>Unit repaired more than (times)</source>
        <translation>整机维修超过（次）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="40"/>
        <source>Labour above the flat rate by more than (%)</source>
        <translation>工时超出定额（%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="41"/>
        <source>Hour meter lower than an earlier reading</source>
        <translation>小时表读数低于以前记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="42"/>
        <source>Must-return part not retained</source>
        <translation>须返厂配件未留旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="43"/>
        <source>Customer signature not recorded</source>
        <translation>未记录用户签字</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="44"/>
        <source>Photos missing where required</source>
        <translation>缺少要求的照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="45"/>
        <source>Cause is a warranty exclusion</source>
        <translation>故障原因属三包除外责任</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="120"/>
        <source>Claim checks not saved</source>
        <translation>索赔检查设置未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="125"/>
        <source>Saved. Checks run with these settings from now on.</source>
        <translation>已保存。今后按此设置进行检查。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="137"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="137"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="137"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="138"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="146"/>
        <source>Blocking</source>
        <translation>阻止</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="147"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="154"/>
        <source>&amp;Save checks</source>
        <translation>保存检查设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="155"/>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="156"/>
        <source>Only a service manager can save changes to the checks.</source>
        <translation>只有服务经理可以保存检查设置的修改。</translation>
    </message>
</context>
<context>
    <name>ClaimAuditAction</name>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="39"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="40"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="41"/>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="42"/>
        <source>Attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="43"/>
        <source>Attachment removed</source>
        <translation>删除附件</translation>
    </message>
</context>
<context>
    <name>ClaimAuditField</name>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="12"/>
        <source>Failure date</source>
        <translation>故障日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="13"/>
        <source>Repair date</source>
        <translation>维修日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="14"/>
        <source>Complaint</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="15"/>
        <source>Cause</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="16"/>
        <source>Correction</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="17"/>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="18"/>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="19"/>
        <source>Hour meter</source>
        <translation>小时表读数</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="20"/>
        <source>Area worked</source>
        <translation>作业面积</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="21"/>
        <source>Exclusion</source>
        <translation>除外责任</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="22"/>
        <source>Travel distance</source>
        <translation>外出里程</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="23"/>
        <source>Travel rate</source>
        <translation>里程单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="24"/>
        <source>Labour amount</source>
        <translation>工时费</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="25"/>
        <source>Parts amount</source>
        <translation>配件费</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="26"/>
        <source>Travel amount</source>
        <translation>差旅费</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="27"/>
        <source>Other costs</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="28"/>
        <source>Other costs note</source>
        <translation>其他费用说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="29"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="30"/>
        <source>Days waiting for parts</source>
        <translation>待件天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="31"/>
        <source>Customer signed</source>
        <translation>用户已签字</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="32"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="33"/>
        <source>Labour lines</source>
        <translation>工时明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="34"/>
        <source>Part lines</source>
        <translation>配件明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="35"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="36"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <location filename="../../app/ui/claims/editor_parts.py" line="64"/>
        <source>Old part {tags} overdue for return since {due}: ship it back, or head office will not pay this claim</source>
        <translation>旧件 {tags} 自 {due} 起已逾期未返厂：请尽快返厂，否则厂家不予结算本索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor_parts.py" line="71"/>
        <source>Old parts: {parts}</source>
        <translation>旧件：{parts}</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor_parts.py" line="80"/>
        <source>{status}, due back {due}</source>
        <translation>{status}，应于 {due} 前返厂</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor_parts.py" line="108"/>
        <source>{model} · {customer} {phone} · sold {sale}</source>
        <translation>{model} · {customer} {phone} · 购机日期 {sale}</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="248"/>
        <location filename="../../app/ui/claims/editor.py" line="374"/>
        <source>The claim cannot be reloaded</source>
        <translation>无法重新载入维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="298"/>
        <source>Enter the unit&apos;s serial number.</source>
        <translation>请输入出厂编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="300"/>
        <source>The claim cannot be saved yet</source>
        <translation>维修记录暂不能保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="312"/>
        <source>The claim was not saved</source>
        <translation>维修记录未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="328"/>
        <source>The claim cannot be marked ready</source>
        <translation>维修记录不能提交审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="339"/>
        <location filename="../../app/ui/claims/editor.py" line="342"/>
        <source>The claim was not approved</source>
        <translation>维修记录未通过审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="352"/>
        <source>The claim cannot be reworked</source>
        <translation>维修记录不能重新修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="378"/>
        <source>Saved on another workstation after you opened it: your changes were NOT saved, but they are still here.</source>
        <translation>打开后该记录已在另一台工作站上保存：您的修改没有保存，但仍保留在本窗口中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="380"/>
        <source>Changed on another workstation</source>
        <translation>已在另一台工作站上修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="381"/>
        <source>Copy what you need from this window, then reload the saved claim and make your changes again.</source>
        <translation>请先从本窗口复制需要的内容，再重新载入已保存的记录并重新修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="394"/>
        <source>Approval needs the service manager role</source>
        <translation>审核需要服务经理角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="402"/>
        <source>New warranty claim</source>
        <translation>新建三包维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="404"/>
        <source>Warranty claim {number} (revision {revision}) — {status}</source>
        <translation>三包维修记录 {number}（第 {revision} 版）— {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="410"/>
        <source>In batch {batch} — read only</source>
        <translation>已在索赔批次 {batch} 中 — 只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="412"/>
        <source>{status}, batch {batch} — read only</source>
        <translation>{status}，索赔批次 {batch} — 只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="415"/>
        <source>{status} — read only</source>
        <translation>{status} — 只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="419"/>
        <source>Repair recor&amp;d</source>
        <translation>维修记录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="419"/>
        <source>&amp;Labour and parts</source>
        <translation>工时与配件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="420"/>
        <source>&amp;Attachments</source>
        <translation>附件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="420"/>
        <source>Aud&amp;it trail</source>
        <translation>修改记录(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="422"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="423"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="424"/>
        <source>&amp;Mark ready</source>
        <translation>提交审核(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="425"/>
        <source>Ready for the service manager: no blocking check may remain</source>
        <translation>提交服务经理审核：不能有阻止项</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="426"/>
        <source>Appro&amp;ve</source>
        <translation>审核通过(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="427"/>
        <source>Rewor&amp;k as a new revision</source>
        <translation>修改为新版本(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="428"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="429"/>
        <source>&amp;Emergency order…</source>
        <translation>紧急订货(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="431"/>
        <source>Order a part this repair waits for; the waiting days go on the claim</source>
        <translation>订购本次维修等待的配件；等件天数记入索赔单</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="432"/>
        <source>Reload the saved claim</source>
        <translation>重新载入已保存的记录</translation>
    </message>
</context>
<context>
    <name>ClaimFinding</name>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="20"/>
        <source>The registration card was late or never sent: head office does not recognise the warranty.</source>
        <translation>三包回执卡逾期或未寄回：厂家不承认该机的三包服务。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="22"/>
        <source>The failure date is outside the warranty period, or the unit&apos;s warranty is void.</source>
        <translation>故障日期超出三包有效期，或该机三包已失效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="24"/>
        <source>The hour meter or the area worked is beyond the warranty&apos;s usage limit.</source>
        <translation>小时表读数或作业面积超出三包使用限额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="26"/>
        <source>The failure date {failure} is after the repair date {repair}.</source>
        <translation>故障日期 {failure} 晚于维修日期 {repair}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="28"/>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="29"/>
        <source>The failure or repair is dated before the unit was sold on {sale}.</source>
        <translation>故障或维修日期早于购机日期 {sale}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="31"/>
        <source>The same causal part was already claimed on this unit within {days} days (claim {claim}).</source>
        <translation>该机同一故障件在 {days} 天内已索赔过（维修记录 {claim}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="33"/>
        <source>Part {part} has been repaired {times} times on this unit: consider replacing it.</source>
        <translation>配件 {part} 在该机上已修理 {times} 次：应考虑更换。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="35"/>
        <source>This unit has now been repaired {times} times.</source>
        <translation>该机已修理 {times} 次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="36"/>
        <source>Operation {operation}: {actual} h worked is more than the flat rate of {flat} h.</source>
        <translation>工时项目 {operation}：实际 {actual} 小时超过定额 {flat} 小时。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="38"/>
        <source>The hour meter reading {reading} is lower than the {earlier} recorded before for this unit.</source>
        <translation>小时表读数 {reading} 低于该机以前记录的 {earlier}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="40"/>
        <source>Parts that must go back to head office are not kept as old parts: {parts}.</source>
        <translation>须返厂的配件未留作旧件：{parts}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="42"/>
        <source>The customer&apos;s signature is not recorded.</source>
        <translation>未记录用户签字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="43"/>
        <source>This part or model needs photos, and none is attached.</source>
        <translation>该配件或机型需要照片，但没有附照片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="45"/>
        <source>The cause is recorded as an exclusion ({exclusion}): not a warranty case.</source>
        <translation>故障原因属于除外责任（{exclusion}）：不属于三包范围。</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <location filename="../../app/ui/claims/form.py" line="213"/>
        <source>&amp;Serial no.:</source>
        <translation>出厂编号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="213"/>
        <source>&amp;Failure date:</source>
        <translation>故障日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="214"/>
        <source>&amp;Repair date:</source>
        <translation>维修日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="214"/>
        <source>&amp;Technician:</source>
        <translation>维修人员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="215"/>
        <source>&amp;Hour meter:</source>
        <translation>小时表(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="215"/>
        <source>Area &amp;worked (mu):</source>
        <translation>作业面积（亩）(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="216"/>
        <source>Fault &amp;code:</source>
        <translation>故障代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="216"/>
        <source>Com&amp;plaint:</source>
        <translation>故障现象(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="216"/>
        <source>Ca&amp;use:</source>
        <translation>故障原因(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="217"/>
        <source>C&amp;orrection:</source>
        <translation>处理措施(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="217"/>
        <source>E&amp;xclusion:</source>
        <translation>除外责任(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="218"/>
        <source>Days waiting for parts:</source>
        <translation>待件天数：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="221"/>
        <source>Scan or type</source>
        <translation>扫描或输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="222"/>
        <source>Scan the serial number or type it, then press Enter</source>
        <translation>扫描或输入出厂编号，然后按回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="223"/>
        <source>What the customer reports</source>
        <translation>用户反映的情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="224"/>
        <source>What the technician found</source>
        <translation>维修人员查明的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="225"/>
        <source>What was done</source>
        <translation>采取的处理措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="226"/>
        <source>Customer has si&amp;gned the repair record</source>
        <translation>用户已在维修记录上签字(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="244"/>
        <source>Hour meter</source>
        <translation>小时表读数</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="245"/>
        <source>Area worked</source>
        <translation>作业面积</translation>
    </message>
</context>
<context>
    <name>ClaimPeriods</name>
    <message>
        <location filename="../../app/ui/claims/editor_periods.py" line="95"/>
        <source>Less than 15 days after the sale: the customer may choose an exchange instead of this repair (for a safety or performance fault up to {date}). An exchange is recorded in the unit&apos;s service file.</source>
        <translation>售出后不满 15 日：出现安全性能或使用性能故障（{date} 之前）的，用户可以选择换货而不修理。换货在机器的服务档案中办理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor_periods.py" line="98"/>
        <source>Less than 15 days after an exchange: the customer may choose a refund instead of this repair (for a safety or performance fault up to {date}). A refund is recorded in the unit&apos;s service file.</source>
        <translation>换货后不满 15 日：出现安全性能或使用性能故障（{date} 之前）的，用户可以选择退货而不修理。退货在机器的服务档案中办理。</translation>
    </message>
</context>
<context>
    <name>ClaimPickDialog</name>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="37"/>
        <source>Claim no.</source>
        <translation>索赔单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="38"/>
        <source>Repair date</source>
        <translation>维修日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="39"/>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="40"/>
        <source>Model</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="41"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="42"/>
        <source>Total</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="207"/>
        <source>Create with all of them ({count:,})</source>
        <translation>全部组批（{count:,} 单）</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="208"/>
        <source>Add the chosen ({count:,})</source>
        <translation>加入选中的索赔（{count:,} 单）</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="209"/>
        <source>Create with the chosen ({count:,})</source>
        <translation>用选中的索赔组批（{count:,} 单）</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="213"/>
        <source>The period ends before it starts.</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="215"/>
        <source>{total:,} approved claims wait for a batch; {count:,} chosen</source>
        <translation>待组批的已审批索赔 {total:,} 单；已选 {count:,} 单</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="220"/>
        <source>New claim batch</source>
        <translation>新建索赔批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="222"/>
        <source>Approved claims not yet in a batch, repaired in the period. Create the batch with all of them, or choose some (Ctrl or Shift) and create it with those.</source>
        <translation>该期间内维修、已审批且尚未组批的索赔。可将全部索赔组成批次，也可按住 Ctrl 或 Shift 选择部分索赔组批。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="225"/>
        <source>Add claims to batch {number}</source>
        <translation>向批次 {number} 加入索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="227"/>
        <source>Approved claims not yet in a batch that fit the batch&apos;s period. Choose them (Ctrl or Shift) and add them.</source>
        <translation>符合本批次维修日期区间、已审批且尚未组批的索赔。按住 Ctrl 或 Shift 选择后加入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="229"/>
        <source>Repaired &amp;from:</source>
        <translation>维修日期从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="230"/>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="231"/>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="232"/>
        <source>Claim number, serial number or customer</source>
        <translation>索赔单号、出厂编号或用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="233"/>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>ClaimsListView</name>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="49"/>
        <source>Claim no.</source>
        <translation>维修记录号</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="51"/>
        <source>Repair date</source>
        <translation>维修日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="52"/>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="53"/>
        <source>Model</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="54"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="55"/>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="56"/>
        <source>Total</source>
        <translation>金额合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="57"/>
        <source>Checks</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="59"/>
        <source>Repair clock</source>
        <translation>修复时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="179"/>
        <source>{count} claims</source>
        <translation>共 {count} 条维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="192"/>
        <source>Approval needs the service manager role</source>
        <translation>审核需要服务经理角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="210"/>
        <source>The claim cannot be opened</source>
        <translation>无法打开该维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="240"/>
        <source>Too many claims selected</source>
        <translation>选择的维修记录太多</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="241"/>
        <source>{count} claims are selected; act on at most {limit} at a time (narrow the filters).</source>
        <translation>已选择 {count} 条维修记录；一次最多处理 {limit} 条（请缩小筛选范围）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="253"/>
        <location filename="../../app/ui/claims/claims_list.py" line="257"/>
        <source>Run checks</source>
        <translation>运行检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="258"/>
        <source>{count} claims checked: {blocking} blocking, {warning} with warnings, {ok} OK.</source>
        <translation>已检查 {count} 条：{blocking} 条有阻止项，{warning} 条有警告，{ok} 条通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="269"/>
        <location filename="../../app/ui/claims/claims_list.py" line="271"/>
        <source>Approve claims</source>
        <translation>审核维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="271"/>
        <source>{done} approved, {refused} refused.</source>
        <translation>已审核 {done} 条，被拒绝 {refused} 条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="279"/>
        <location filename="../../app/ui/claims/claims_list.py" line="291"/>
        <location filename="../../app/ui/claims/claims_list.py" line="293"/>
        <source>Cancel claims</source>
        <translation>作废维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="280"/>
        <source>Why are these {count} claims cancelled?</source>
        <translation>这 {count} 条维修记录作废的原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="293"/>
        <source>{done} cancelled, {refused} refused.</source>
        <translation>已作废 {done} 条，被拒绝 {refused} 条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="308"/>
        <source>&amp;New claim…</source>
        <translation>新建维修记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="309"/>
        <source>A new warranty repair record (Ctrl+N)</source>
        <translation>新建三包维修记录（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="310"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="311"/>
        <source>Run chec&amp;ks</source>
        <translation>运行检查(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="312"/>
        <source>&amp;Approve</source>
        <translation>审核(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="313"/>
        <source>&amp;Cancel claims…</source>
        <translation>作废(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <location filename="../../app/ui/claims/page.py" line="68"/>
        <source>Warranty claims</source>
        <translation>三包维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/page.py" line="69"/>
        <source>Paid service</source>
        <translation>有偿服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/page.py" line="70"/>
        <source>Import signed scans…</source>
        <translation>导入签字扫描件…</translation>
    </message>
</context>
<context>
    <name>ClockStrip</name>
    <message>
        <location filename="../../app/ui/widgets/clocks.py" line="116"/>
        <source>Warranty clocks:</source>
        <translation>三包时限：</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/clocks.py" line="117"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <location filename="../../app/ui/widgets/clocks.py" line="22"/>
        <source>Reply within {days} days</source>
        <translation>{days}日内答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/clocks.py" line="23"/>
        <source>Busy-season fix within {days} days</source>
        <translation>农忙{days}日内修复</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/clocks.py" line="24"/>
        <source>Repair within {days} days</source>
        <translation>{days}日内修复完毕</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="127"/>
        <source>Close {number}</source>
        <translation>办结 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="129"/>
        <source>&amp;Answer given:</source>
        <translation>答复内容(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="129"/>
        <source>&amp;Result:</source>
        <translation>处理结果(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="130"/>
        <source>&amp;Closed at:</source>
        <translation>办结时间(&amp;C)：</translation>
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
    <name>CompareView</name>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="36"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="37"/>
        <source>Part name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="38"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="39"/>
        <source>Forecast</source>
        <translation>预测用量</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="41"/>
        <source>Ordered</source>
        <translation>订货数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="43"/>
        <source>Stock planned</source>
        <translation>计划库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="44"/>
        <source>On hand and on order when the plan was made, and the quantity ordered</source>
        <translation>制订计划时的库存和在途数量，加上订货数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="46"/>
        <source>Used</source>
        <translation>实际用量</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="47"/>
        <source>Short (+) / left (−)</source>
        <translation>短缺（+）/ 剩余（−）</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="165"/>
        <source>Add a season first.</source>
        <translation>请先添加作业季节。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="173"/>
        <source>The season starts {start}: nothing used yet.</source>
        <translation>该季节 {start} 开始，尚无用量。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="176"/>
        <source> (so far)</source>
        <translation>（截至目前）</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="177"/>
        <source>From {start} to {end}{through} the season used {used} parts ({qty} pieces); {covered} of them stayed within the plan.</source>
        <translation>{start} 至 {end}{through}，本季节共用配件 {used} 种（{qty} 件），其中 {covered} 种未超出计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="182"/>
        <source>No plan was made for this season.</source>
        <translation>该季节未制订储备计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="184"/>
        <source>Plan {number} ({status}) covered {parts} parts: forecast {forecast}, stock planned {qty} pieces.</source>
        <translation>计划 {number}（{status}）共 {parts} 种配件：预测用量 {forecast}，计划库存 {qty} 件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="190"/>
        <source>&amp;Season:</source>
        <translation>季节(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="191"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="192"/>
        <source>Find a part number or name</source>
        <translation>查找配件编号或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="193"/>
        <source>Short only</source>
        <translation>仅看短缺</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="194"/>
        <source>Parts the season used more of than the plan held</source>
        <translation>实际用量超出计划库存的配件</translation>
    </message>
</context>
<context>
    <name>CostsForm</name>
    <message>
        <location filename="../../app/ui/claims/form.py" line="337"/>
        <source>Travel:</source>
        <translation>差旅费：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="338"/>
        <source>Distanc&amp;e</source>
        <translation>按里程(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="339"/>
        <source>Fi&amp;xed amount</source>
        <translation>固定金额(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="340"/>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="341"/>
        <source>yuan/km</source>
        <translation>元/公里</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="342"/>
        <source>&amp;Other costs:</source>
        <translation>其他费用(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="343"/>
        <source>for:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="344"/>
        <source>What the other costs are</source>
        <translation>其他费用的说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="349"/>
        <source>Travel distance</source>
        <translation>外出里程</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="350"/>
        <source>Travel rate</source>
        <translation>里程单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="351"/>
        <source>Travel amount</source>
        <translation>差旅费</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="353"/>
        <source>Travel: enter both the distance and the rate per km.</source>
        <translation>差旅费：请同时填写里程和每公里单价。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="355"/>
        <source>Other costs</source>
        <translation>其他费用</translation>
    </message>
</context>
<context>
    <name>CounterSaleDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="138"/>
        <source>Counter sale</source>
        <translation>配件零售</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="139"/>
        <source>&amp;Part no.:</source>
        <translation>配件编号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="139"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="140"/>
        <source>Unit &amp;price:</source>
        <translation>单价(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="140"/>
        <source>C&amp;ustomer:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="141"/>
        <source>&amp;Sold on:</source>
        <translation>销售日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="147"/>
        <source>Catalogue price: {price}</source>
        <translation>目录价：{price}</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="148"/>
        <source>Empty: the catalogue price</source>
        <translation>空白为目录价</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="149"/>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../app/ui/crash.py" line="58"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="61"/>
        <source>Something went wrong</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="62"/>
        <source>WarrantyDesk met an unexpected error: {error}</source>
        <translation>三包服务站遇到意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="65"/>
        <source>Nothing was half-saved: a change that was being saved when it happened was not written at all. You can carry on working; if it happens again, send the log to your support: {folder}</source>
        <translation>没有任何记录只保存了一半：出错时正在保存的修改完全没有写入。您可以继续工作；如果再次出现，请把日志发给技术支持：{folder}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="59"/>
        <source>Units registered</source>
        <translation>登记机器</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="60"/>
        <source>Customers</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="61"/>
        <source>Warranty claims in total</source>
        <translation>三包索赔总数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="62"/>
        <source>Claims awaiting approval</source>
        <translation>待审批索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="64"/>
        <source>Approved claims not yet in a batch</source>
        <translation>已审批未组批索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="66"/>
        <source>Claims in a batch</source>
        <translation>已组批索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="68"/>
        <source>Open service log entries</source>
        <translation>未办结的售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="28"/>
        <source>Registration cards due within {days} days</source>
        <translation>{days} 天内到期的三包回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="30"/>
        <source>Registration cards late</source>
        <translation>逾期未寄三包回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="32"/>
        <source>Service entries not arranged within {hours} h</source>
        <translation>超过 {hours} 小时未安排的服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="34"/>
        <source>Open entries past the {close} h close target</source>
        <translation>超过 {close} 小时未办结的服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="36"/>
        <source>Follow-up calls and visits due</source>
        <translation>到期的回访和走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="38"/>
        <source>First services due within {within} days</source>
        <translation>{within} 天内到期的首次保养</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="40"/>
        <source>Old parts due for return within {soon} days</source>
        <translation>{soon} 天内到期返厂的旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="44"/>
        <source>Spare-part reserve plans due</source>
        <translation>到期的配件储备计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="47"/>
        <source>Requests with a warranty clock running out</source>
        <translation>三包时限即将到期的服务请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="49"/>
        <source>Requests past a warranty clock, still not done</source>
        <translation>三包时限已过仍未完成的服务请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="51"/>
        <source>Repairs nearing the 40-day limit</source>
        <translation>临近40日修复时限的维修</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="53"/>
        <source>Repairs past the 40-day limit</source>
        <translation>超过40日修复时限的维修</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="55"/>
        <source>Models without a product class or below the statutory periods</source>
        <translation>未设产品类别或低于法定三包期的机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="70"/>
        <source>Old parts in store</source>
        <translation>在库旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="42"/>
        <source>Old parts overdue for return</source>
        <translation>逾期未返厂旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="72"/>
        <source>Claim batches open</source>
        <translation>编制中的索赔批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="199"/>
        <source>The figures could not be loaded: {error}</source>
        <translation>无法读取统计数据：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="249"/>
        <source>Dealer code: {code}</source>
        <translation>经销商代码：{code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="251"/>
        <source>Dealer not set up yet</source>
        <translation>尚未设置经销商信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="255"/>
        <source>Figures as of {time}</source>
        <translation>数据更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="269"/>
        <source>Click to open the list of old parts</source>
        <translation>点击打开旧件清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="271"/>
        <source>Click to open the service log, filtered to these entries</source>
        <translation>点击打开售后服务登记表，只显示这些登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="273"/>
        <source>Click to open the claims list, filtered to these repairs</source>
        <translation>点击打开索赔列表，只显示这些维修</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="275"/>
        <source>Click to open the reserve plans</source>
        <translation>点击打开储备计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="277"/>
        <source>Click to list them below</source>
        <translation>点击在下方列出明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="280"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="281"/>
        <source>Load the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="282"/>
        <source>Needs action today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="283"/>
        <source>At a glance</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="284"/>
        <source>Warranty claims by status</source>
        <translation>各状态三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="285"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="285"/>
        <source>Claims</source>
        <translation>索赔数</translation>
    </message>
</context>
<context>
    <name>DealerProfileBox</name>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="60"/>
        <source>The database cannot be reached.</source>
        <translation>无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="66"/>
        <source>Saved. Forms print the new profile from now on.</source>
        <translation>已保存。今后表单按新的经销商信息打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="70"/>
        <source>Dealer profile</source>
        <translation>经销商信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="71"/>
        <source>&amp;Save profile</source>
        <translation>保存经销商信息(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="72"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="73"/>
        <source>Only a service manager can change the dealer profile.</source>
        <translation>只有服务经理可以修改经销商信息。</translation>
    </message>
</context>
<context>
    <name>DealerProfileForm</name>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="122"/>
        <source>Choose the dealer&apos;s logo</source>
        <translation>选择经销商标志</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="123"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="138"/>
        <location filename="../../app/ui/settings/dealer_form.py" line="153"/>
        <source>(no logo)</source>
        <translation>（无标志）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="142"/>
        <source>Dealer &amp;code:</source>
        <translation>经销商代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="142"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="142"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="142"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="143"/>
        <source>Service &amp;hotline:</source>
        <translation>服务热线(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="143"/>
        <source>&amp;Manufacturer:</source>
        <translation>厂家(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="143"/>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="146"/>
        <source>as head office gave it, e.g. D3701</source>
        <translation>厂家分配的代码，例如 D3701</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="147"/>
        <source>printed on every form</source>
        <translation>印在每张表单上</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="148"/>
        <source>the number customers call for service</source>
        <translation>用户报修拨打的号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="149"/>
        <source>whose warranty the station serves</source>
        <translation>本服务站承担其三包服务的厂家</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="150"/>
        <source>Choose &amp;picture…</source>
        <translation>选择图片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="151"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="254"/>
        <source>Models, parts, customers and machines…</source>
        <translation>机型、配件、用户和机器…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="255"/>
        <source>Service log and warranty claims…</source>
        <translation>售后服务登记和三包索赔单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="256"/>
        <source>Batches, old parts and stock…</source>
        <translation>索赔批次、旧件和库存…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="257"/>
        <source>Writing the database…</source>
        <translation>正在写入数据库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="258"/>
        <source>Checking the open claims…</source>
        <translation>正在检查未结索赔单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="259"/>
        <location filename="../../app/ui/first_run/pages.py" line="276"/>
        <source>Building the demo dealer…</source>
        <translation>正在生成演示经销商…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="266"/>
        <source>The demo dealer is ready. Finish opens it.</source>
        <translation>演示经销商已就绪。点击“完成”打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="272"/>
        <source>Demo dealer</source>
        <translation>演示经销商</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="273"/>
        <source>A made-up dealer with two thousand machines and their claims, to try every screen. This takes a little while.</source>
        <translation>一个虚构的经销商，有两千台机器及其索赔单，可以试用每个界面。需要稍等片刻。</translation>
    </message>
</context>
<context>
    <name>EmergencyOrderDialog</name>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="159"/>
        <source>Waiting</source>
        <translation>待到货</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="195"/>
        <source>Emergency order {number}: {part} × {quantity} ordered on {day}.</source>
        <translation>紧急订货 {number}：{part} × {quantity}，{day} 订货。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="223"/>
        <source>{number} received; the claim waited {days} days for parts.</source>
        <translation>{number} 已到货；该维修记录待件 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="239"/>
        <source>Emergency orders of claim {claim}</source>
        <translation>三包维修记录 {claim} 的紧急订货</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="240"/>
        <source>Claim {claim} ({status}): {days} days waiting for parts recorded.</source>
        <translation>三包维修记录 {claim}（{status}）：已记录待件 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="243"/>
        <source>The claim is no longer at the dealer: no new orders.</source>
        <translation>该维修记录已上报，不能再紧急订货。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="246"/>
        <source>Emergency orders</source>
        <translation>紧急订货</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="247"/>
        <source>Parts of the claim (choose one to order it):</source>
        <translation>维修记录中的配件（选中一项即可订货）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="248"/>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="251"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="248"/>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="251"/>
        <source>Part name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="248"/>
        <source>Needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="249"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="250"/>
        <source>Emergency orders:</source>
        <translation>紧急订货：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="251"/>
        <source>Order no.</source>
        <translation>订货单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="252"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="253"/>
        <source>Ordered on</source>
        <translation>订货日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="253"/>
        <source>Received on</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="254"/>
        <source>Days waited</source>
        <translation>待件天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="255"/>
        <source>&amp;Received…</source>
        <translation>到货(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="256"/>
        <source>New emergency order for a part not in stock</source>
        <translation>缺货配件紧急订货</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="257"/>
        <source>&amp;Part no.:</source>
        <translation>配件编号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="257"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="258"/>
        <source>Ordered &amp;on:</source>
        <translation>订货日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="258"/>
        <source>Order &amp;reference:</source>
        <translation>订单号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="262"/>
        <source>Optional: the factory&apos;s order number</source>
        <translation>可不填：厂家的订单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="263"/>
        <source>Place &amp;emergency order</source>
        <translation>紧急订货(&amp;E)</translation>
    </message>
</context>
<context>
    <name>EmergencyPanel</name>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="371"/>
        <source>{count} emergency orders</source>
        <translation>{count} 条紧急订货</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="375"/>
        <source>Sea&amp;rch:</source>
        <translation>查找(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="376"/>
        <source>Order, claim or part number, part name</source>
        <translation>订货单号、维修记录号、配件编号或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="377"/>
        <source>&amp;Open orders only</source>
        <translation>只看未到货(&amp;O)</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <location filename="../../app/ui/service_log/actions.py" line="106"/>
        <source>Warranty claim created</source>
        <translation>已建立三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/actions.py" line="107"/>
        <source>{entry} became warranty claim {claim}, a draft. Complete it in the Warranty claims section.</source>
        <translation>{entry} 已转为三包索赔 {claim}（草稿），请在“三包索赔”中补充完整。</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/actions.py" line="119"/>
        <source>Paid service order created</source>
        <translation>已建立有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/actions.py" line="120"/>
        <source>{entry} became paid service order {order}, a draft.</source>
        <translation>{entry} 已转为有偿服务单 {order}（草稿）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/actions.py" line="151"/>
        <source>Service log</source>
        <translation>售后服务登记</translation>
    </message>
</context>
<context>
    <name>EntryClockPanel</name>
    <message>
        <location filename="../../app/ui/service_log/entry_clocks.py" line="71"/>
        <source>Fault difficulty</source>
        <translation>故障难易</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_clocks.py" line="76"/>
        <source>&amp;Fault:</source>
        <translation>故障(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_clocks.py" line="77"/>
        <source>Easy (fixed within 2 days in the busy season)</source>
        <translation>一般故障（农忙2日内修复）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_clocks.py" line="78"/>
        <source>Hard (fixed within 5 days in the busy season)</source>
        <translation>较难故障（农忙5日内修复）</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="50"/>
        <source>Select an entry to see its details.</source>
        <translation>选择一条登记查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="56"/>
        <source>Received {time} from {who} ({phone})</source>
        <translation>{time} 受理，来自 {who}（{phone}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="60"/>
        <source>Machine {serial} · {model}</source>
        <translation>机器 {serial} · {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="62"/>
        <source>Problem: {problem}</source>
        <translation>故障/诉求：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="63"/>
        <source>Arranged</source>
        <translation>安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="66"/>
        <source>Technician {name}, visit agreed for {time}</source>
        <translation>维修人员 {name}，约定上门 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="68"/>
        <source>Customer informed</source>
        <translation>已通知用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="69"/>
        <source>Reported to head office</source>
        <translation>已报厂家技术部</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="70"/>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="72"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="72"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="75"/>
        <source>Became warranty claim {number}</source>
        <translation>已转为三包索赔 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="77"/>
        <source>Became paid service order {number}</source>
        <translation>已转为有偿服务单 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="85"/>
        <source>(after the target {time})</source>
        <translation>（超过时限 {time}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="90"/>
        <source>not yet; due by {time}</source>
        <translation>尚未完成；时限 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="92"/>
        <source>OVERDUE</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="97"/>
        <source>{caption}: {value}</source>
        <translation>{caption}：{value}</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="54"/>
        <source>Closed at {time}</source>
        <translation>{time} 办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="57"/>
        <source>To be arranged by {time}</source>
        <translation>须在 {time} 前安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="59"/>
        <source>To be closed by {time}</source>
        <translation>须在 {time} 前办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="68"/>
        <source>Number</source>
        <translation>登记号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="69"/>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="70"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="71"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="72"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="73"/>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="74"/>
        <source>Problem</source>
        <translation>故障/诉求</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="76"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="77"/>
        <source>Due by / closed</source>
        <translation>时限 / 办结时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="78"/>
        <source>Warranty clock</source>
        <translation>三包时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="250"/>
        <location filename="../../app/ui/service_log/entry_list.py" line="326"/>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="306"/>
        <source>New entry…</source>
        <translation>新登记…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="306"/>
        <source>Arrange…</source>
        <translation>安排…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="307"/>
        <source>Customer informed</source>
        <translation>已通知用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="307"/>
        <source>Reported to head office</source>
        <translation>已报厂家</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="308"/>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="308"/>
        <source>Turn into claim</source>
        <translation>转三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="309"/>
        <source>Turn into paid service</source>
        <translation>转有偿服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="314"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="314"/>
        <source>C&amp;hannel:</source>
        <translation>来源(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="315"/>
        <source>&amp;Overdue:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="315"/>
        <source>Warranty c&amp;lock:</source>
        <translation>三包时限(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="317"/>
        <location filename="../../app/ui/service_log/entry_list.py" line="320"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="317"/>
        <source>Not closed</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="321"/>
        <location filename="../../app/ui/service_log/entry_list.py" line="323"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="321"/>
        <source>Not arranged in time</source>
        <translation>超时未安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="322"/>
        <source>Past the close target</source>
        <translation>超时未办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="322"/>
        <source>Either</source>
        <translation>任一超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="323"/>
        <source>Amber: running out</source>
        <translation>黄色：即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="324"/>
        <source>Red: missed, not done</source>
        <translation>红色：已超时未完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="325"/>
        <source>Search number, customer, phone, serial or problem…</source>
        <translation>按登记号、用户、电话、出厂编号或故障查找…</translation>
    </message>
</context>
<context>
    <name>EntryWindow</name>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="143"/>
        <source>Service-log entry</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="152"/>
        <source>Arrange…</source>
        <translation>安排…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="152"/>
        <source>Customer informed</source>
        <translation>已通知用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="153"/>
        <source>Reported to head office</source>
        <translation>已报厂家</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="153"/>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="154"/>
        <source>Turn into claim</source>
        <translation>转三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="154"/>
        <source>Turn into paid service</source>
        <translation>转有偿服务</translation>
    </message>
</context>
<context>
    <name>Exclusion</name>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="51"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="52"/>
        <source>Misuse or improper maintenance</source>
        <translation>使用、保养不当</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="53"/>
        <source>Self-modification or abnormal use</source>
        <translation>擅自改装或非正常使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="54"/>
        <source>Unstable supply voltage</source>
        <translation>电压不稳</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="55"/>
        <source>Force majeure</source>
        <translation>不可抗力</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="56"/>
        <source>No, altered or mismatched warranty certificate</source>
        <translation>无三包凭证，或凭证涂改、与实物不符</translation>
    </message>
</context>
<context>
    <name>ExportBatchDialog</name>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="40"/>
        <source>Writing the workbook…</source>
        <translation>正在写入 Excel 工作簿…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="41"/>
        <source>Writing the JSON file…</source>
        <translation>正在写入 JSON 文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="42"/>
        <source>Drawing the repair records… {done:,} of {total:,}</source>
        <translation>正在生成维修记录 PDF… {done:,} / {total:,}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="43"/>
        <source>Copying the photos and scans… {done:,} of {total:,}</source>
        <translation>正在复制照片和扫描件… {done:,} / {total:,}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="44"/>
        <source>Checking the package and locking the batch…</source>
        <translation>正在校验索赔包并锁定批次…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="170"/>
        <source>Choose the folder for the package</source>
        <translation>选择索赔包的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="192"/>
        <source>Exporting batch {number}…</source>
        <translation>正在导出批次 {number}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="206"/>
        <source>Batch {number} was exported to {path}: {files:,} files, {size}. The batch and its claims are now locked.</source>
        <translation>批次 {number} 已导出到 {path}：{files:,} 个文件，共 {size}。批次及其索赔现已锁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="208"/>
        <source>A copy of batch {number} was written to {path}: {files:,} files, {size}. The batch was exported before and stays as it was.</source>
        <translation>批次 {number} 的副本已写入 {path}：{files:,} 个文件，共 {size}。该批次此前已导出，状态不变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="226"/>
        <source>The batch stays open; correct the problem and export it again.</source>
        <translation>批次仍为编制中；请解决问题后重新导出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="227"/>
        <source>The batch stays as it was.</source>
        <translation>批次状态不变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="228"/>
        <source>Nothing was exported: {reason}</source>
        <translation>未导出任何内容：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="264"/>
        <source>Export batch {number}</source>
        <translation>导出批次 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="266"/>
        <source>The package for head office holds the workbook, the same data as JSON, every claim&apos;s repair record as PDF with its photos and scans, and a manifest with the checksum of every file. Once it is written, the batch and its {count:,} claims are locked.</source>
        <translation>报送总部的索赔包包括 Excel 工作簿、内容相同的 JSON 文件、每单索赔的维修记录 PDF 及其照片和扫描件，以及列出每个文件校验值的清单。写入完成后，批次及其 {count:,} 单索赔即被锁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="270"/>
        <source>This batch was exported on {time}. Exporting it again writes a copy with the same data and changes nothing.</source>
        <translation>该批次已于 {time} 导出。再次导出只会写出一份数据相同的副本，不改变任何状态。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="272"/>
        <source>Workbook layout:</source>
        <translation>工作簿格式：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="273"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="274"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="275"/>
        <source>Package:</source>
        <translation>索赔包：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="276"/>
        <source>One .&amp;zip file</source>
        <translation>一个 .zip 文件(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="277"/>
        <source>A f&amp;older of files</source>
        <translation>一个文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="278"/>
        <source>Written as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="279"/>
        <source>&amp;Open the folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="280"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ExportPlanDialog</name>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="51"/>
        <source>Export plan {number} to Excel</source>
        <translation>导出计划 {number} 到 Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="61"/>
        <source>The dealer&apos;s template: {name}</source>
        <translation>本站模板：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="63"/>
        <source>Shipped: {name}</source>
        <translation>内置模板：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="64"/>
        <source>Template &amp;file…</source>
        <translation>模板文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="69"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="76"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="88"/>
        <source>Layout:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="89"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="98"/>
        <source>Choose the manufacturer&apos;s template</source>
        <translation>选择厂家模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="99"/>
        <source>Workbook templates (*.json)</source>
        <translation>工作簿模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="101"/>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="105"/>
        <source>Save the plan as</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="106"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="116"/>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="120"/>
        <source>Exporting plan {number}…</source>
        <translation>正在导出计划 {number}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="128"/>
        <source>Written: {path} ({lines} lines, layout “{template}”)</source>
        <translation>已写入：{path}（{lines} 项，格式“{template}”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="136"/>
        <source>The workbook could not be written: {error}</source>
        <translation>无法写入工作簿：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="137"/>
        <source>Nothing was written: {reason}</source>
        <translation>未写入任何文件：{reason}</translation>
    </message>
</context>
<context>
    <name>FactoryReturnDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="272"/>
        <source>Say why the part cannot be sold.</source>
        <translation>请说明配件无法销售的原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="277"/>
        <source>Return to the factory</source>
        <translation>退回厂家</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="280"/>
        <source>&amp;Part no.:</source>
        <translation>配件编号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="280"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="280"/>
        <source>R&amp;eason:</source>
        <translation>退货原因(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="280"/>
        <source>&amp;What is wrong:</source>
        <translation>情况说明(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="281"/>
        <source>Restoration &amp;labour (yuan):</source>
        <translation>恢复工时费（元）(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="281"/>
        <source>Returned &amp;on:</source>
        <translation>退货日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="291"/>
        <source>Required for other unsaleable stock</source>
        <translation>其它无法销售的产品必须填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="292"/>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="294"/>
        <source>At most {count} (on hand)</source>
        <translation>最多 {count}（库存）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="172"/>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="172"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="172"/>
        <source>C&amp;hecks:</source>
        <translation>检查(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="173"/>
        <source>Repair c&amp;lock:</source>
        <translation>修复时限(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="174"/>
        <source>&amp;Model:</source>
        <translation>机型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="174"/>
        <source>&amp;Technician:</source>
        <translation>维修人员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="174"/>
        <source>&amp;Part no.:</source>
        <translation>配件号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="175"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="178"/>
        <source>Claim or serial number, customer, phone, complaint…</source>
        <translation>维修记录号、出厂编号、用户、电话、故障现象…</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="179"/>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="180"/>
        <source>&amp;Repaired from</source>
        <translation>维修日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="183"/>
        <source>All current</source>
        <translation>全部（当前版本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="183"/>
        <source>Draft or awaiting approval</source>
        <translation>草稿或待审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="184"/>
        <source>All, with superseded revisions</source>
        <translation>全部（含旧版本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="188"/>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="189"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="189"/>
        <source>Amber: running out</source>
        <translation>黄色：即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="189"/>
        <source>Red: over 40 days</source>
        <translation>红色：超过40日</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="191"/>
        <source>All models</source>
        <translation>全部机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="192"/>
        <source>All technicians</source>
        <translation>全部维修人员</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="122"/>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="122"/>
        <source>Enter the unit&apos;s serial number.</source>
        <translation>请输入出厂编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="131"/>
        <source>Totals (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="132"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="133"/>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="133"/>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="133"/>
        <source>Travel</source>
        <translation>差旅费</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="134"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="134"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="129"/>
        <source>Setting up WarrantyDesk</source>
        <translation>设置 WarrantyDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="130"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="131"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="132"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="133"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="148"/>
        <source>1 very dissatisfied</source>
        <translation>1 很不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="148"/>
        <source>2 dissatisfied</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="148"/>
        <source>3 acceptable</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="149"/>
        <source>4 satisfied</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="149"/>
        <source>5 very satisfied</source>
        <translation>5 很满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="158"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="158"/>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="162"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="162"/>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="163"/>
        <source>{kind} to {customer}</source>
        <translation>{kind}：{customer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="165"/>
        <source>&lt;b&gt;{customer}&lt;/b&gt; · {phone} · machine {serial} · about {record}, due {due}</source>
        <translation>&lt;b&gt;{customer}&lt;/b&gt; · {phone} · 机器 {serial} · 关于 {record}，{due} 到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="176"/>
        <source>Choose how satisfied the customer is (1 to 5).</source>
        <translation>请选择用户满意度（1 至 5）。</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="38"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="38"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="49"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="50"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="51"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="52"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="53"/>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="54"/>
        <source>About</source>
        <translation>关联单据</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="55"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="56"/>
        <source>By</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="57"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="59"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="184"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="187"/>
        <source>Key-customer visits</source>
        <translation>重点用户走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="188"/>
        <source>{count} visits planned; every key customer now has one pending.</source>
        <translation>已安排 {count} 次走访，每位重点用户都有一次待走访。</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="192"/>
        <source>{count} follow-ups</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="201"/>
        <source>Record result…</source>
        <translation>记录回访结果…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="202"/>
        <source>Record the result of the selected call or visit (Ctrl+Shift+R)</source>
        <translation>记录选中回访或走访的结果（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="203"/>
        <source>Plan key-customer visits</source>
        <translation>安排重点用户走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="204"/>
        <source>Give every key customer without a pending visit their next one</source>
        <translation>为没有待走访安排的重点用户安排下一次走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="205"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="206"/>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="208"/>
        <source>Due now</source>
        <translation>已到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="208"/>
        <source>Not made yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="209"/>
        <source>Made</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="209"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="210"/>
        <source>Calls and visits</source>
        <translation>电话和走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="210"/>
        <source>Calls</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="211"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="220"/>
        <source>Search customer, phone, serial or entry number…</source>
        <translation>按用户、电话、出厂编号或登记号查找…</translation>
    </message>
</context>
<context>
    <name>FormPrinting</name>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="71"/>
        <source>Preparing the form…</source>
        <translation>正在生成表单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="77"/>
        <source>Preview, print or save the form</source>
        <translation>预览、打印或保存表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="103"/>
        <source>The form could not be prepared: {error}</source>
        <translation>无法生成表单：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="104"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="154"/>
        <location filename="../../app/ui/printing/form_printing.py" line="180"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="156"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="181"/>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="29"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="30"/>
        <source>Units</source>
        <translation>机器档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="31"/>
        <source>Service log</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="32"/>
        <source>Warranty claims</source>
        <translation>三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="33"/>
        <source>Old parts</source>
        <translation>旧件管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="34"/>
        <source>Return shipments</source>
        <translation>旧件返厂</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="35"/>
        <source>Claim batches</source>
        <translation>索赔批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="36"/>
        <source>Spare-part reserve plan</source>
        <translation>配件储备计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="37"/>
        <source>Master data</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="38"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="104"/>
        <source>There is no help for this section yet.</source>
        <translation>此栏目暂无帮助。</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="109"/>
        <source>WarrantyDesk help</source>
        <translation>WarrantyDesk 帮助</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="63"/>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="64"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="72"/>
        <source>Template not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="218"/>
        <source>The list of problems was copied.</source>
        <translation>问题清单已复制。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="223"/>
        <source>Choose the Excel file to import</source>
        <translation>选择要导入的 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="224"/>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="231"/>
        <source>Template saved as {path}</source>
        <translation>模板已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="260"/>
        <source>Nothing was imported: {error}</source>
        <translation>未导入任何数据：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="263"/>
        <source>Nothing was imported: unexpected error ({error}); see the log.</source>
        <translation>未导入任何数据：意外错误（{error}），请查看日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="270"/>
        <source>{file}: {rows:,} rows imported — {created:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation>{file}：已导入 {rows:,} 行 —— 新增 {created:,}，更新 {updated:,}，未变 {unchanged:,}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="275"/>
        <source>{count:,} prices changed; the old prices are kept as history.</source>
        <translation>{count:,} 个价格已变更，原价格保留为历史价格。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="278"/>
        <source>{count:,} stock movements recorded.</source>
        <translation>已记录 {count:,} 条库存变动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="280"/>
        <source>Imported with a warning — correct these models:</source>
        <translation>已导入，但有提醒——请更正以下机型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="289"/>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} 未导入：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="292"/>
        <source>{file} was not imported: {count:,} problems in {rows:,} rows. Nothing was changed; correct the file and import it again.</source>
        <translation>{file} 未导入：{rows:,} 行中有 {count:,} 个问题。数据未作任何改动；请改正文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="342"/>
        <source>Import from Excel: {kind}</source>
        <translation>从 Excel 导入：{kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="345"/>
        <source>The whole file is checked first. If any row is wrong, nothing is imported and every problem is listed with its row and column. Column titles may be in Chinese or English.</source>
        <translation>先检查整个文件。只要有一行有错，就不导入任何数据，并列出每个问题所在的行和列。表头可以用中文或英文。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="347"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="348"/>
        <source>An .xlsx workbook filled in from the template</source>
        <translation>按模板填写的 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="349"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="350"/>
        <source>Save &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="351"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="352"/>
        <source>Co&amp;py the problems</source>
        <translation>复制问题清单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="354"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="354"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="354"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="354"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="20"/>
        <source>Product models</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="21"/>
        <source>Parts and prices</source>
        <translation>配件及价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="22"/>
        <source>Customers</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="23"/>
        <source>Units sold</source>
        <translation>整机销售</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="24"/>
        <source>Stock on hand</source>
        <translation>配件库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="25"/>
        <source>Head office&apos;s inspection of old parts</source>
        <translation>厂家旧件鉴定结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="26"/>
        <source>Head office&apos;s settlement notice</source>
        <translation>总部三包费用核销通知</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="37"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="38"/>
        <source>the file is {size}; files above {limit} are refused, split it into smaller files</source>
        <translation>文件大小为 {size}；超过 {limit} 的文件不能导入，请拆分成较小的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="40"/>
        <source>not an Excel workbook (.xlsx); save it from Excel as “Excel Workbook (*.xlsx)”</source>
        <translation>不是 Excel 工作簿（.xlsx）；请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="42"/>
        <source>the workbook is protected by a password; open it in Excel, remove the password and save it again</source>
        <translation>工作簿设有密码；请在 Excel 中打开，取消密码后重新保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="44"/>
        <source>an old Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx</source>
        <translation>这是旧版 Excel 97-2003 工作簿（.xls）；请在 Excel 中打开并另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="46"/>
        <source>the workbook cannot be read ({detail})</source>
        <translation>无法读取该工作簿（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="47"/>
        <source>the sheet “{sheet}” is empty</source>
        <translation>工作表“{sheet}”是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="48"/>
        <source>no header row found on the sheet “{sheet}”: the first row must hold the column titles of the template</source>
        <translation>工作表“{sheet}”中找不到表头：第一行必须是模板中的列名</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="50"/>
        <source>there are no rows under the header</source>
        <translation>表头下面没有数据行</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="51"/>
        <source>more than {limit} rows; split the file</source>
        <translation>超过 {limit} 行；请拆分文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="52"/>
        <source>required column missing</source>
        <translation>缺少必填的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="53"/>
        <source>this column appears twice (also column {other})</source>
        <translation>该列重复出现（另见第 {other} 列）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="54"/>
        <source>required, but the cell is empty</source>
        <translation>必填，但单元格为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="55"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="56"/>
        <source>too large; at most {limit}</source>
        <translation>数值过大；最大为 {limit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="57"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="58"/>
        <source>more than {places} decimal places</source>
        <translation>小数超过 {places} 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="59"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="60"/>
        <source>must be greater than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="61"/>
        <source>not a date (write 2026-03-01, 2026/3/1 or 2026年3月1日)</source>
        <translation>不是日期（请写成 2026-03-01、2026/3/1 或 2026年3月1日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="63"/>
        <source>write 是 or 否 (yes or no)</source>
        <translation>请填写“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="64"/>
        <source>not one of: {choices}</source>
        <translation>不在可选范围内：{choices}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="65"/>
        <source>longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="66"/>
        <source>also on row {other} of this file</source>
        <translation>与本文件第 {other} 行重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="67"/>
        <source>already in the database</source>
        <translation>系统中已有此记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="68"/>
        <source>no model with this code; import or add the model first</source>
        <translation>没有此机型代码；请先导入或添加该机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="69"/>
        <source>no customer with this code or phone number; import or add the customer first</source>
        <translation>没有此编号或电话的用户；请先导入或添加该用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="71"/>
        <source>{count} customers have this phone number; give the customer code instead</source>
        <translation>有 {count} 个用户使用此电话；请改填用户编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="73"/>
        <source>no part with this part number; import or add the part first</source>
        <translation>没有此配件编号；请先导入或添加该配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="74"/>
        <source>in the future (today is {today})</source>
        <translation>晚于今天（今天是 {today}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="75"/>
        <source>before the sale date ({sale_date})</source>
        <translation>早于销售日期（{sale_date}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="76"/>
        <source>before the card was sent ({sent_on})</source>
        <translation>早于回执卡寄出日期（{sent_on}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="77"/>
        <source>a card cannot be acknowledged before it was sent</source>
        <translation>回执卡尚未寄出，不能确认收到</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="78"/>
        <source>shorter than the whole-machine warranty ({months} months)</source>
        <translation>短于整机三包期（{months} 个月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="85"/>
        <source>no old part has this tag number</source>
        <translation>没有此标签号的旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="86"/>
        <source>this old part is already {status}; it cannot be inspected again</source>
        <translation>此旧件已是{status}状态，不能再次鉴定</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="88"/>
        <source>this old part is {status}, not shipped to head office</source>
        <translation>此旧件状态为{status}，尚未发运到总部</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="89"/>
        <source>this old part is in shipment {shipment}, the rest of the file in {main}; one file per shipment</source>
        <translation>此旧件属于返厂单 {shipment}，文件中其他旧件属于 {main}；每个文件只能包含一张返厂单</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="91"/>
        <source>a part head office did not receive cannot have a verdict; leave it empty</source>
        <translation>总部未收到的旧件不能有鉴定结果，请留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="93"/>
        <source>head office already reported this part received</source>
        <translation>总部已报告收到此旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="98"/>
        <source>the notice sheet has {count} rows; one settlement notice per file</source>
        <translation>“核销通知”表有 {count} 行；每个文件只能是一份核销通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="100"/>
        <source>{what} must be a JSON object</source>
        <translation>{what} 必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="101"/>
        <source>schema_version {version} is not understood; this version reads {supported}</source>
        <translation>无法识别 schema_version {version}；本版本读取 {supported}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="103"/>
        <source>this file was already imported on {day} as settlement {settlement}</source>
        <translation>该文件已于 {day} 作为核销通知 {settlement} 导入过</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="105"/>
        <source>settlement {settlement} was already imported on {day}</source>
        <translation>核销通知 {settlement} 已于 {day} 导入过</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="106"/>
        <source>no claim batch has this number</source>
        <translation>没有此编号的索赔批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="107"/>
        <source>batch {batch} has not been exported yet; head office cannot have settled it</source>
        <translation>批次 {batch} 尚未导出，总部不可能已核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="109"/>
        <source>batch {batch} is already settled</source>
        <translation>批次 {batch} 已核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="110"/>
        <source>the lines add up to {lines}, the notice says {total}</source>
        <translation>明细合计为 {lines}，通知上写的是 {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="111"/>
        <source>no claim has this number{revision}</source>
        <translation>没有此编号的索赔{revision}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="112"/>
        <source>this claim is {status} and in no exported batch; only claims sent to head office can be settled</source>
        <translation>该索赔状态为“{status}”，不在任何已导出的批次中；只有已报送总部的索赔才能核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="114"/>
        <source>this claim is in batch {batch}, the notice settles batch {main}</source>
        <translation>该索赔属于批次 {batch}，而通知核销的是批次 {main}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="116"/>
        <source>this claim is already {status}</source>
        <translation>该索赔已是“{status}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="117"/>
        <source>the claim&apos;s total is {total}, not {claimed}</source>
        <translation>该索赔的合计金额是 {total}，不是 {claimed}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="118"/>
        <source>approved {approved} + deducted {deducted} is not the claimed {claimed}</source>
        <translation>核准 {approved} + 扣款 {deducted} 不等于索赔金额 {claimed}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="120"/>
        <source>a deduction needs a reason code or a reason</source>
        <translation>有扣款时必须填写扣款原因代码或扣款原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="124"/>
        <source> (revision {number})</source>
        <translation>（修订版 {number}）</translation>
    </message>
</context>
<context>
    <name>ImportStage</name>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="30"/>
        <source>Reading the file… {done:,} rows</source>
        <translation>正在读取文件… 已读 {done:,} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="31"/>
        <source>Checking every row against the database…</source>
        <translation>正在逐行核对数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="32"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>InspectionImportDialog</name>
    <message>
        <location filename="../../app/ui/shipments/inspection_dialog.py" line="35"/>
        <source>{file}: shipment {shipment}: {received} received ({usable} usable, {scrap} scrap).</source>
        <translation>{file}：返厂单 {shipment}：厂家收到 {received} 件（可利用 {usable} 件，废件 {scrap} 件）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/inspection_dialog.py" line="39"/>
        <source>{count} not received by head office: {tags}</source>
        <translation>厂家未收到 {count} 件：{tags}</translation>
    </message>
</context>
<context>
    <name>LabourLinesModel</name>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="135"/>
        <source>Operation code</source>
        <translation>工时代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="136"/>
        <source>Description</source>
        <translation>项目说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="137"/>
        <source>Flat-rate h</source>
        <translation>定额工时</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="138"/>
        <source>Actual h</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="139"/>
        <source>Rate/h</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="140"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="186"/>
        <source>Blank: the model&apos;s labour rate</source>
        <translation>空白：按机型工时单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="224"/>
        <source>Labour line {n}: enter the operation code.</source>
        <translation>工时第 {n} 行：请填写工时代码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="227"/>
        <source>Labour line {n}: enter the hours worked.</source>
        <translation>工时第 {n} 行：请填写实际工时。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="230"/>
        <source>Labour line {n}: the hours “{text}” are not a number.</source>
        <translation>工时第 {n} 行：工时“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="234"/>
        <source>Labour line {n}: the hours must be more than zero.</source>
        <translation>工时第 {n} 行：工时必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="237"/>
        <source>Labour line {n}: the rate “{text}” is not a number.</source>
        <translation>工时第 {n} 行：单价“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="241"/>
        <source>Labour line {n}: the rate must be more than zero.</source>
        <translation>工时第 {n} 行：单价必须大于零。</translation>
    </message>
</context>
<context>
    <name>LeaveAtDealerDialog</name>
    <message>
        <location filename="../../app/ui/old_parts/leave_dialog.py" line="65"/>
        <source>Left at the dealer: {tag}</source>
        <translation>留站处理：{tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/leave_dialog.py" line="67"/>
        <source>Head office has judged this part at the dealer and does not want it back. Record its word, then the bin can be cleared.</source>
        <translation>厂家已在本站鉴定此旧件，不要求返厂。记录厂家的意见后即可清空货位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/leave_dialog.py" line="69"/>
        <source>&amp;Keep it: usable</source>
        <translation>留用：可利用件(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/leave_dialog.py" line="70"/>
        <source>&amp;Dispose of it: scrap</source>
        <translation>报废：废件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/leave_dialog.py" line="71"/>
        <source>Head office&apos;s &amp;instruction (who, when, reference):</source>
        <translation>厂家意见（何人、何时、文号）(&amp;I)：</translation>
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
    <name>LinesTable</name>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="108"/>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="109"/>
        <source>Add labour line</source>
        <translation>添加工时</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="111"/>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="112"/>
        <source>Add part line</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="113"/>
        <source>Adds a line (Insert in the table)</source>
        <translation>添加一行（表格中按 Insert）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="114"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="115"/>
        <source>Removes the current line (Delete in the table)</source>
        <translation>删除当前行（表格中按 Delete）</translation>
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
        <location filename="../../app/ui/sections.py" line="20"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="21"/>
        <source>Units</source>
        <translation>机器档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="22"/>
        <source>Service log</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="23"/>
        <source>Warranty claims</source>
        <translation>三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="24"/>
        <source>Old parts</source>
        <translation>旧件管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="25"/>
        <source>Return shipments</source>
        <translation>旧件返厂</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="26"/>
        <source>Claim batches</source>
        <translation>索赔批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="27"/>
        <source>Spare-part reserve plan</source>
        <translation>配件储备计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="28"/>
        <source>Master data</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="29"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Backup written: {file}</source>
        <translation>已备份：{file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>The automatic backup failed: {error}</source>
        <translation>自动备份失败：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>User: {name} ({role})</source>
        <translation>操作人：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369"/>
        <source>Nothing matches “{text}”.</source>
        <translation>没有找到与“{text}”相符的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="398"/>
        <source>WarrantyDesk — Warranty Service Station</source>
        <translation>三包服务站 WarrantyDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="406"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <location filename="../../app/ui/main_window.py" line="408"/>
        <source>Claim checks</source>
        <translation>索赔检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="409"/>
        <source>Serial number, claim or tag… (Ctrl+F)</source>
        <translation>出厂编号、索赔单号或旧件标签…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="410"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="411"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="413"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="414"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="415"/>
        <source>Automatic (as the system)</source>
        <translation>自动（跟随系统）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="416"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="417"/>
        <source>Help on this section</source>
        <translation>本栏目帮助</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="418"/>
        <source>&amp;About WarrantyDesk</source>
        <translation>关于三包服务站(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="420"/>
        <source>Database: {location} ({backend})</source>
        <translation>数据库：{location}（{backend}）</translation>
    </message>
</context>
<context>
    <name>MasterDataPage</name>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="49"/>
        <source>Model code or name</source>
        <translation>机型代码或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="50"/>
        <source>Part number or name</source>
        <translation>配件编号或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="52"/>
        <source>Code, name, phone or address</source>
        <translation>编号、姓名、电话或地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="53"/>
        <source>Import the units sold from the manufacturer&apos;s or your sales list. Each new unit gets its warranty registration card with its deadline. The units themselves are listed in the Units section.</source>
        <translation>从厂家或本站的销售清单导入已售整机。每台新机器同时建立三包回执卡及其寄出期限。整机列表见“机器档案”栏目。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="58"/>
        <source>Part number, name or bin location</source>
        <translation>配件编号、名称或货位</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="164"/>
        <source>The list could not be loaded: {error}</source>
        <translation>列表无法加载：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="169"/>
        <source>{count:,} shown</source>
        <translation>共 {count:,} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="176"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="177"/>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="252"/>
        <source>Choose a part in the list first.</source>
        <translation>请先在列表中选择一个配件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="289"/>
        <source>Master data</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="301"/>
        <source>Change price…</source>
        <translation>修改价格…</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="302"/>
        <source>Change the selected part&apos;s price; the old price is kept as history</source>
        <translation>修改所选配件的价格；原价格保留为历史价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="30"/>
        <source>Model code</source>
        <translation>机型代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="31"/>
        <location filename="../../app/ui/master_data/columns.py" line="55"/>
        <location filename="../../app/ui/master_data/columns.py" line="71"/>
        <location filename="../../app/ui/master_data/columns.py" line="81"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="32"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="33"/>
        <source>Product class</source>
        <translation>三包产品类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="35"/>
        <source>Warranty (months)</source>
        <translation>整机三包期（月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="37"/>
        <source>Main components (months)</source>
        <translation>主要部件三包期（月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="40"/>
        <source>Statutory floor (months)</source>
        <translation>法定最低期限（月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="41"/>
        <source>Warranty hours</source>
        <translation>三包小时数</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="43"/>
        <source>Warranty area (mu)</source>
        <translation>三包面积（亩）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="45"/>
        <source>Labour rate (yuan/h)</source>
        <translation>工时单价（元/小时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="47"/>
        <source>First service (h)</source>
        <translation>首保（小时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="49"/>
        <source>First service (months)</source>
        <translation>首保（月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="54"/>
        <location filename="../../app/ui/master_data/columns.py" line="80"/>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="56"/>
        <location filename="../../app/ui/master_data/columns.py" line="84"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="57"/>
        <location filename="../../app/ui/master_data/columns.py" line="86"/>
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="59"/>
        <source>Warranty part</source>
        <translation>三包件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="60"/>
        <source>Wear part</source>
        <translation>易损件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="61"/>
        <source>Must return</source>
        <translation>须返旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="62"/>
        <source>Photo required</source>
        <translation>须拍照</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="63"/>
        <source>Main component</source>
        <translation>主要部件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="64"/>
        <source>Wear life (months)</source>
        <translation>易损件寿命（月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="66"/>
        <source>Pack size</source>
        <translation>包装数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="70"/>
        <source>Customer code</source>
        <translation>用户编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="72"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="73"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="74"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="75"/>
        <source>Key customer</source>
        <translation>重点用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="76"/>
        <source>Units</source>
        <translation>机器台数</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="82"/>
        <source>On hand</source>
        <translation>库存数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="83"/>
        <source>On order</source>
        <translation>在途数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="85"/>
        <source>Bin location</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="28"/>
        <source>Not set — choose one</source>
        <translation>未设置——请选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="37"/>
        <source>{months} / {main}</source>
        <translation>{months} / {main}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="49"/>
        <source>No product class: the statutory floor for other machinery is used until one is set (import the model again with its class).</source>
        <translation>未设置产品类别：在设置之前按“其他农机”的法定最低期限计算（请带上类别重新导入该机型）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="53"/>
        <source>The whole-machine warranty is below the statutory floor: the floor is used.</source>
        <translation>整机三包期限低于法定最低期限：按法定期限计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="56"/>
        <source>The main-component warranty is below the statutory floor: the floor is used.</source>
        <translation>主要部件三包期限低于法定最低期限：按法定期限计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="69"/>
        <source>no product class; the floor for other machinery ({months} months) applies</source>
        <translation>未设置产品类别，按“其他农机”的法定最低期限（{months} 个月）计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="72"/>
        <source>warranty below the statutory floor ({months} / {main} months), which applies</source>
        <translation>三包期限低于法定最低期限（{months} / {main} 个月），按法定期限计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="74"/>
        <source>Row {row}, model {code}: {reason}</source>
        <translation>第 {row} 行，机型 {code}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="77"/>
        <source>… and {count:,} more</source>
        <translation>……另有 {count:,} 个</translation>
    </message>
</context>
<context>
    <name>MoveDatabaseButton</name>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="188"/>
        <source>Move the database to</source>
        <translation>把数据库移动到</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="189"/>
        <source>WarrantyDesk database (*.sqlite3)</source>
        <translation>WarrantyDesk 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="203"/>
        <source>Database copied</source>
        <translation>数据库已复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="204"/>
        <source>The database was copied to {file} and checked. WarrantyDesk opens it from the next start.

Close WarrantyDesk now: what you enter before restarting goes into the old file only. The old file stays where it was; remove it once the new place works.</source>
        <translation>数据库已复制到 {file} 并通过检查。下次启动时 WarrantyDesk 将打开它。

请现在关闭 WarrantyDesk：重新启动之前录入的内容只会进入旧文件。旧文件保留在原处；新位置使用正常后可以删除旧文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="208"/>
        <source>&amp;Close WarrantyDesk</source>
        <translation>关闭 WarrantyDesk(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="215"/>
        <source>Database not moved</source>
        <translation>数据库未移动</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="218"/>
        <source>&amp;Move database…</source>
        <translation>移动数据库(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="135"/>
        <source>Machine {serial} · {model} · {customer} {phone}</source>
        <translation>机器 {serial} · {model} · {customer} {phone}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="140"/>
        <source>Customer {name} · {phone} · {region}</source>
        <translation>用户 {name} · {phone} · {region}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="145"/>
        <source>Type at least two characters or digits</source>
        <translation>请至少输入两个字或两位数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="149"/>
        <source>Nobody found: type the caller&apos;s name and phone below</source>
        <translation>未找到：请在下方填写来电人姓名和电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="208"/>
        <source>No customer chosen yet.</source>
        <translation>尚未选择用户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="210"/>
        <source>Customer: {name} ({phone})</source>
        <translation>用户：{name}（{phone}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="213"/>
        <source>Machine: {serial} {model}</source>
        <translation>机器：{serial} {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="218"/>
        <source>New service-log entry</source>
        <translation>新建售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="219"/>
        <source>&amp;Channel:</source>
        <translation>来源(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="219"/>
        <source>&amp;Received:</source>
        <translation>受理时间(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="219"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="220"/>
        <source>Matches:</source>
        <translation>查找结果：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="220"/>
        <source>Caller&apos;s &amp;name:</source>
        <translation>来电人姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="221"/>
        <source>Caller&apos;s &amp;phone:</source>
        <translation>来电人电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="221"/>
        <source>Pro&amp;blem:</source>
        <translation>故障/诉求(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="223"/>
        <source>Phone, name or serial number (scan or type, then Enter)</source>
        <translation>电话、姓名或出厂编号（扫码或输入后回车）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="224"/>
        <source>What the customer reports, in their words</source>
        <translation>用户反映的情况（照用户原话）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="225"/>
        <source>If not the customer, or not a customer yet</source>
        <translation>来电人不是用户本人或尚未建档时填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="226"/>
        <source>&amp;Save entry</source>
        <translation>保存登记(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="227"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="61"/>
        <source>New reserve plan</source>
        <translation>新建储备计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="63"/>
        <source>The plan forecasts what the season will use from the machines in the field and past seasons, and suggests what to order. You can change every quantity before the service manager approves it.</source>
        <translation>系统根据在用机器和往年同季用量预测本季节的配件用量，并给出建议订货数量。服务经理审批前，每项数量都可以修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="77"/>
        <source>Forecast and create</source>
        <translation>预测并创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="81"/>
        <source>Season:</source>
        <translation>作业季节：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="82"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="83"/>
        <source>Due:</source>
        <translation>报送期限：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="111"/>
        <source>Add a season first</source>
        <translation>请先添加作业季节</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="114"/>
        <source>{due} (the season starts {start})</source>
        <translation>{due}（季节 {start} 开始）</translation>
    </message>
</context>
<context>
    <name>OffsetDialog</name>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="100"/>
        <source>The amount is not a number: {text}</source>
        <translation>金额不是数字：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="104"/>
        <source>Type the amount offset.</source>
        <translation>请填写冲抵金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="119"/>
        <source>Record an offset</source>
        <translation>登记冲抵</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="121"/>
        <source>Warranty credit used against what the dealer owes head office for machines and parts, as head office&apos;s statement or voucher shows it. At most the credit not yet offset: {amount}.</source>
        <translation>按总部对账单或凭证，用三包费用入账冲抵应付总部的整机和配件货款。最多可冲抵尚未冲抵的入账：{amount}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="124"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="125"/>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="126"/>
        <source>&amp;Reference:</source>
        <translation>凭证号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="127"/>
        <source>Head office&apos;s voucher or statement number</source>
        <translation>总部的凭证号或对账单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="128"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="129"/>
        <source>&amp;Against:</source>
        <translation>冲抵对象(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="130"/>
        <source>The oldest credit first</source>
        <translation>先冲抵最早的入账</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="131"/>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OldPartPanel</name>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="121"/>
        <source>Old part {tag}</source>
        <translation>旧件 {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="122"/>
        <source>{claim} (repaired {date})</source>
        <translation>{claim}（维修日期 {date}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="129"/>
        <source>{status}, left at the dealer</source>
        <translation>{status}，留站处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="155"/>
        <source>Claim:</source>
        <translation>索赔单：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="155"/>
        <source>Serial no.:</source>
        <translation>出厂编号：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="155"/>
        <source>Part:</source>
        <translation>配件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="156"/>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="156"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="156"/>
        <source>Due back:</source>
        <translation>应返厂日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="157"/>
        <source>Shipment:</source>
        <translation>返厂单：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="157"/>
        <source>Head office / reason:</source>
        <translation>厂家意见/原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="160"/>
        <source>Storage &amp;place:</source>
        <translation>存放货位(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="161"/>
        <source>Bin or shelf, e.g. A-03</source>
        <translation>货架或货位，如 A-03</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="162"/>
        <source>Co&amp;ndition:</source>
        <translation>旧件状况(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="163"/>
        <source>What the part looked like when it came off the machine</source>
        <translation>旧件拆下时的状况</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="164"/>
        <source>Save place and condition</source>
        <translation>保存货位和状况</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="165"/>
        <source>History</source>
        <translation>经历</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="166"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="166"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="166"/>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="166"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="167"/>
        <source>Choose an old part in the list, or scan its tag.</source>
        <translation>在清单中选择一个旧件，或扫描其标签。</translation>
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
    <name>OldPartTexts</name>
    <message>
        <location filename="../../app/ui/old_parts/texts.py" line="12"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/texts.py" line="13"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/texts.py" line="14"/>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/texts.py" line="15"/>
        <source>Returned or settled</source>
        <translation>已返厂或已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/texts.py" line="17"/>
        <source>Not received by head office</source>
        <translation>厂家未收到</translation>
    </message>
</context>
<context>
    <name>OldPartsPage</name>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="56"/>
        <source>Tag</source>
        <translation>标签号</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="57"/>
        <source>Claim</source>
        <translation>索赔单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="58"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="59"/>
        <source>Part name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="60"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="62"/>
        <source>Storage place</source>
        <translation>存放货位</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="63"/>
        <source>Due back</source>
        <translation>应返厂日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="66"/>
        <source>Shipment</source>
        <translation>返厂单</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="67"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="73"/>
        <source>On the shelf (to return)</source>
        <translation>在库（待返厂）</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="74"/>
        <source>All old parts</source>
        <translation>全部旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="78"/>
        <source>Any due date</source>
        <translation>不限到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="79"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="80"/>
        <source>Due within 14 days</source>
        <translation>14 天内到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="81"/>
        <source>Not received by head office</source>
        <translation>厂家未收到</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="146"/>
        <source>Print &amp;tags</source>
        <translation>打印标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="236"/>
        <source>{count} old parts</source>
        <translation>共 {count} 件旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="300"/>
        <source>Save the old part</source>
        <translation>保存旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="308"/>
        <source>Write off {tag}</source>
        <translation>核销 {tag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="309"/>
        <source>Why is the old part written off (lost, released by head office …)?</source>
        <translation>旧件为何核销（丢失、厂家同意不返回……）？</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="317"/>
        <source>Write off</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="331"/>
        <source>Left at the dealer</source>
        <translation>留站处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="357"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="358"/>
        <source>Scan a tag, or type a tag, claim or part number</source>
        <translation>扫描标签，或输入标签号、索赔单号、配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="359"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="365"/>
        <source>Open &amp;claim</source>
        <translation>打开索赔单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="366"/>
        <source>&amp;Write off…</source>
        <translation>核销(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="367"/>
        <source>Lost, or released by head office: it leaves the list to return</source>
        <translation>丢失或厂家同意不返回：不再列入待返厂清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="368"/>
        <source>&amp;Left at dealer…</source>
        <translation>留站处理(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="369"/>
        <source>Head office judged the part here: keep it or dispose of it</source>
        <translation>厂家在本站鉴定：留用或报废</translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="370"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>OrderPlacedDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="176"/>
        <source>Order placed with the factory</source>
        <translation>向厂家订货</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="177"/>
        <source>The quantity is added to what is on order until the delivery list is received.</source>
        <translation>订货数量计入在途数量，直到发货清单入库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="180"/>
        <source>&amp;Part no.:</source>
        <translation>配件编号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="180"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="181"/>
        <source>Order &amp;reference:</source>
        <translation>订单号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="186"/>
        <source>Whole packs of {size}</source>
        <translation>按整包订货，每包 {size}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/ui/units/override_dialog.py" line="48"/>
        <source>Accept a late registration card</source>
        <translation>接受逾期的三包回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/override_dialog.py" line="50"/>
        <source>The registration card of {serial} is late, so the manufacturer does not recognise warranty service on it. Record why it is accepted all the same (who agreed, and when).</source>
        <translation>{serial} 的三包回执卡已逾期，厂家不承认该机的三包服务。请记录仍予接受的理由（谁同意的，何时同意）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/override_dialog.py" line="53"/>
        <source>Reason for the override</source>
        <translation>特批理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/override_dialog.py" line="54"/>
        <source>Record override</source>
        <translation>记录特批</translation>
    </message>
</context>
<context>
    <name>PackingListPrinting</name>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="55"/>
        <source>Preparing the packing list…</source>
        <translation>正在生成旧件返厂单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="58"/>
        <source>packing list {number}.pdf</source>
        <translation>旧件返厂单 {number}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="61"/>
        <source>Preview, print or save the packing list that goes in the box</source>
        <translation>预览、打印或保存随箱的旧件返厂单</translation>
    </message>
</context>
<context>
    <name>PaidOrderEditor</name>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="234"/>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}：“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="239"/>
        <source>Labour hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="240"/>
        <source>Hourly rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="241"/>
        <location filename="../../app/ui/paid_orders/editor.py" line="349"/>
        <source>Travel</source>
        <translation>差旅费</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="265"/>
        <source>{model} · {customer} {phone}</source>
        <translation>{model} · {customer} {phone}</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="273"/>
        <source>Parts at catalogue price, no mark-up</source>
        <translation>配件按目录价，不加价</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="274"/>
        <source>Parts at catalogue price plus {percent} %</source>
        <translation>配件按目录价加价 {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="282"/>
        <source>Enter the unit&apos;s serial number.</source>
        <translation>请输入出厂编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="284"/>
        <source>The order cannot be saved yet</source>
        <translation>服务单暂不能保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="291"/>
        <source>The order was not saved</source>
        <translation>服务单未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="306"/>
        <source>Cancel the order</source>
        <translation>作废服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="307"/>
        <source>Why is the order cancelled?</source>
        <translation>服务单作废的原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="317"/>
        <source>Paid service order</source>
        <translation>有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="114"/>
        <source>paid service order {number}.pdf</source>
        <translation>有偿服务单 {number}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="115"/>
        <source>Preview, print or save the paid service order</source>
        <translation>预览、打印或保存有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="332"/>
        <source>The PDF was not written</source>
        <translation>PDF 未生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="338"/>
        <source>New paid service order</source>
        <translation>新建有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="340"/>
        <source>Paid service order {number} — {status}</source>
        <translation>有偿服务单 {number} — {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="344"/>
        <source>{status} — read only</source>
        <translation>{status} — 只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="346"/>
        <source>&amp;Serial no.:</source>
        <translation>出厂编号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="346"/>
        <source>Service &amp;date:</source>
        <translation>服务日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="347"/>
        <source>&amp;Technician:</source>
        <translation>维修人员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="347"/>
        <source>&amp;Work done:</source>
        <translation>服务内容(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="348"/>
        <source>&amp;Labour hours:</source>
        <translation>工时(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="348"/>
        <source>× rate/h:</source>
        <translation>× 工时单价：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="348"/>
        <source>T&amp;ravel:</source>
        <translation>差旅费(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="349"/>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="349"/>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="350"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="356"/>
        <source>Scan or type the serial number, then Enter</source>
        <translation>扫描或输入出厂编号，然后按回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="357"/>
        <source>Add part line</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="358"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="359"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="360"/>
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="361"/>
        <source>Cancel the &amp;order…</source>
        <translation>作废服务单(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="362"/>
        <source>Close</source>
        <translation>关闭</translation>
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
    <name>PaidOrdersView</name>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="39"/>
        <source>Order no.</source>
        <translation>服务单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="41"/>
        <source>Service date</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="42"/>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="43"/>
        <source>Model</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="44"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="45"/>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="46"/>
        <source>Total</source>
        <translation>金额合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="145"/>
        <source>Parts mark-up</source>
        <translation>配件加价</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="158"/>
        <source>{count} paid service orders</source>
        <translation>共 {count} 张有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="172"/>
        <source>Paid service order</source>
        <translation>有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="192"/>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="193"/>
        <source>Order or serial number, customer, phone…</source>
        <translation>服务单号、出厂编号、用户、电话…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="194"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="197"/>
        <source>Parts &amp;mark-up:</source>
        <translation>配件加价(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="198"/>
        <source>0 %: parts at catalogue price, no mark-up. Set by a service manager.</source>
        <translation>0%：配件按目录价，不加价。由服务经理设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="199"/>
        <source>&amp;New paid service order…</source>
        <translation>新建有偿服务单(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>PaidPartsTable</name>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="73"/>
        <source>Part line {n}</source>
        <translation>配件第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="98"/>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="98"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="98"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="99"/>
        <source>Catalogue price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="99"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="99"/>
        <source>Amount</source>
        <translation>金额</translation>
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
    <name>PartField</name>
    <message>
        <location filename="../../app/ui/stock/forms.py" line="105"/>
        <source>Type or scan the part number</source>
        <translation>输入或扫描配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/forms.py" line="108"/>
        <source>Not in the parts catalogue</source>
        <translation>配件目录中没有此配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/forms.py" line="111"/>
        <source>{name} · {kind} · {on_hand} on hand, {on_order} on order</source>
        <translation>{name} · {kind} · 库存 {on_hand}，在途 {on_order}</translation>
    </message>
</context>
<context>
    <name>PartLinesModel</name>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="267"/>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="268"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="269"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="270"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="271"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="272"/>
        <source>Causal</source>
        <translation>故障件</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="273"/>
        <source>Keep old part</source>
        <translation>留旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="274"/>
        <source>Old serial no.</source>
        <translation>旧件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="275"/>
        <source>New serial no.</source>
        <translation>新件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="331"/>
        <source>Blank: the catalogue price on the repair date</source>
        <translation>空白：按维修日期的目录价</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="333"/>
        <source>Head office wants this part back: keep it as an old part</source>
        <translation>该配件须返厂：请留作旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="336"/>
        <source>For a replaced main component (engine, gearbox, pump)</source>
        <translation>更换主要部件（发动机、变速箱、油泵）时填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="388"/>
        <source>Part line {n}: enter the part number.</source>
        <translation>配件第 {n} 行：请填写配件号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="391"/>
        <source>Part line {n}: the quantity “{text}” is not a number.</source>
        <translation>配件第 {n} 行：数量“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="395"/>
        <source>Part line {n}: the quantity must be more than zero.</source>
        <translation>配件第 {n} 行：数量必须大于零。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="398"/>
        <source>Part line {n}: the unit price “{text}” is not a number.</source>
        <translation>配件第 {n} 行：单价“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="402"/>
        <source>Part line {n}: the unit price must not be negative.</source>
        <translation>配件第 {n} 行：单价不能为负数。</translation>
    </message>
</context>
<context>
    <name>PartPriceDialog</name>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="93"/>
        <source>Change the price of {part_no}</source>
        <translation>修改 {part_no} 的价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="94"/>
        <source>Part:</source>
        <translation>配件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="95"/>
        <source>Current price (yuan):</source>
        <translation>现价（元）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="96"/>
        <source>&amp;New price (yuan):</source>
        <translation>新价格（元）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="97"/>
        <source>The current price is kept in the history below; warranty claims already written keep the price they were made with.</source>
        <translation>现价会保留在下面的历史价格中；已填写的三包维修记录仍按当时的价格计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="99"/>
        <source>Price history</source>
        <translation>历史价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="100"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="100"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="100"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="55"/>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="68"/>
        <source>Password of {name}</source>
        <translation>{name} 的密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="69"/>
        <source>At least 6 characters. Passwords are stored only as a salted scrypt hash: nobody can read them back, a forgotten one is reset by a service manager.</source>
        <translation>至少 6 个字符。密码只以加盐的 scrypt 散列保存，任何人都无法读出；忘记密码时由服务经理重设。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="71"/>
        <source>&amp;Old password:</source>
        <translation>原密码(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="72"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="73"/>
        <source>&amp;Repeat:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PeriodsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="78"/>
        <source>{date} (sales invoice)</source>
        <translation>{date}（购机发票日期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="79"/>
        <source>{date} (sale date: no invoice date recorded)</source>
        <translation>{date}（销售日期：未登记发票日期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="80"/>
        <source>{date} (exchange date: the periods started again)</source>
        <translation>{date}（换货日期：三包有效期重新计算）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="82"/>
        <location filename="../../app/ui/widgets/periods.py" line="84"/>
        <source>until {date} ({months} months)</source>
        <translation>至 {date}（{months} 个月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="95"/>
        <source>and {count} more</source>
        <translation>另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="96"/>
        <source>none listed for this model</source>
        <translation>本机型未登记易损件</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="99"/>
        <source>{days} days in repair or waiting for parts</source>
        <translation>修理及待件 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="100"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="102"/>
        <source>no parts on this claim</source>
        <translation>本单无配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="111"/>
        <source>{name}: life not recorded, whole machine until {date}</source>
        <translation>{name}：未登记寿命，按整机至 {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="113"/>
        <source>{name}: {months} months, until {date}</source>
        <translation>{name}：{months} 个月，至 {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="118"/>
        <source>main component</source>
        <translation>主要部件</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="119"/>
        <source>wear part</source>
        <translation>易损件</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="120"/>
        <source>whole machine</source>
        <translation>整机</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="122"/>
        <source>{name} ({number}): {basis}, until {date}</source>
        <translation>{name}（{number}）：{basis}，至 {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="127"/>
        <source>within the period</source>
        <translation>在有效期内</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="127"/>
        <source>outside the period</source>
        <translation>已超出有效期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="134"/>
        <source>No invoice date is recorded for this sale: the periods are counted from the sale date. Enter the date on the sales invoice.</source>
        <translation>该销售未登记发票日期：三包有效期暂按销售日期计算。请补录购机发票日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="137"/>
        <source>The model has no product class: the statutory floor for other machinery ({months} months) is used. Set the class in Master data → Models.</source>
        <translation>该机型未设置产品类别：暂按“其他农机”的法定最低期限（{months} 个月）计算。请在“基础资料 → 机型”中设置类别。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="141"/>
        <source>The model&apos;s terms are below the statutory floor ({months} / {main} months): the floor is used.</source>
        <translation>该机型的三包期限低于法定最低期限（{months} / {main} 个月）：按法定期限计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="144"/>
        <source>China&apos;s public holidays for {years} are not published yet: only weekends were taken as days off.</source>
        <translation>{years} 年的法定节假日尚未公布：暂只按周末顺延。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="150"/>
        <source>No invoice date: counted from the sale date</source>
        <translation>未登记发票日期：按销售日期计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="151"/>
        <source>Model without a product class</source>
        <translation>机型未设置产品类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="152"/>
        <source>Model&apos;s terms below the statutory floor</source>
        <translation>机型三包期限低于法定最低期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="153"/>
        <source>Holidays not yet published: weekends only</source>
        <translation>节假日尚未公布：只按周末顺延</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="157"/>
        <source>Statutory warranty periods</source>
        <translation>三包有效期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="158"/>
        <source>Counted from:</source>
        <translation>起算日：</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="158"/>
        <source>Whole machine:</source>
        <translation>整机：</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="159"/>
        <source>Main components:</source>
        <translation>主要部件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="159"/>
        <source>Main components are:</source>
        <translation>主要部件包括：</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="160"/>
        <source>Wear parts:</source>
        <translation>易损件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="160"/>
        <source>Extension:</source>
        <translation>顺延：</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="161"/>
        <source>Parts on this claim:</source>
        <translation>本单配件：</translation>
    </message>
</context>
<context>
    <name>PickPartsDialog</name>
    <message>
        <location filename="../../app/ui/shipments/pick_dialog.py" line="97"/>
        <source>{count} of {total} chosen</source>
        <translation>已选 {count} / 共 {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/pick_dialog.py" line="100"/>
        <source>Pick old parts for the shipment</source>
        <translation>选择要返厂的旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/pick_dialog.py" line="101"/>
        <source>Old parts on the shelf and in no shipment, the earliest due first. Choose with Ctrl or Shift, then OK.</source>
        <translation>在库且未装入返厂单的旧件，最早到期的在前。按住 Ctrl 或 Shift 多选，然后确定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/pick_dialog.py" line="103"/>
        <source>Only those due within 14 days</source>
        <translation>只显示 14 天内到期的</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/pick_dialog.py" line="104"/>
        <source>Add to the shipment</source>
        <translation>加入返厂单</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="48"/>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="95"/>
        <source>Change the plan</source>
        <translation>修改计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="127"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="200"/>
        <source>No plan chosen</source>
        <translation>未选择计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="206"/>
        <source> (revision {n})</source>
        <translation>（第 {n} 版）</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="207"/>
        <source>Reserve plan {number}</source>
        <translation>配件储备计划 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="210"/>
        <source>{label} (starts {start})</source>
        <translation>{label}（{start} 开始）</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="212"/>
        <source>{name}, {day}</source>
        <translation>{name}，{day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="228"/>
        <source>{day} (overdue)</source>
        <translation>{day}（已逾期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="229"/>
        <source>{day} (in {days} days)</source>
        <translation>{day}（还有 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="269"/>
        <source>Use the suggestions</source>
        <translation>采用建议数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="276"/>
        <source>Save the note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="281"/>
        <source>Revise the plan</source>
        <translation>修订计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="282"/>
        <source>Plan {number} is {status}. A change starts revision {next}, which the service manager approves (and you submit) again. Change it?</source>
        <translation>计划 {number} {status}。修改后将生成第 {next} 版，需服务经理重新审批并重新报送。确定修改吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="302"/>
        <source>Approve the plan</source>
        <translation>审批计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="317"/>
        <source>Record the submission</source>
        <translation>登记报送</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="334"/>
        <source>Season:</source>
        <translation>作业季节：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="334"/>
        <source>Due at the manufacturer:</source>
        <translation>报送厂家期限：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="335"/>
        <source>Approved:</source>
        <translation>审批：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="335"/>
        <source>Submitted:</source>
        <translation>报送日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="335"/>
        <source>Lines:</source>
        <translation>配件项数：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="336"/>
        <source>Total (yuan):</source>
        <translation>金额合计（元）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="339"/>
        <source>Find a part number or name</source>
        <translation>查找配件编号或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="343"/>
        <source>Changed only</source>
        <translation>仅看已改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="344"/>
        <source>Lines whose chosen quantity is not the suggested one</source>
        <translation>储备数量与建议数量不同的配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="345"/>
        <source>To order only</source>
        <translation>仅看需订货</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="346"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="347"/>
        <source>Use the &amp;suggestions</source>
        <translation>采用建议数量(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="348"/>
        <source>Set every chosen quantity back to the suggested one</source>
        <translation>把每项储备数量恢复为建议数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="349"/>
        <source>&amp;Revise…</source>
        <translation>修订(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="350"/>
        <source>&amp;Approve</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="351"/>
        <source>The service manager approves the plan as it stands</source>
        <translation>服务经理按当前内容审批计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="352"/>
        <source>Record &amp;submission…</source>
        <translation>登记报送(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="353"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>PlanLinesModel</name>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="28"/>
        <source>On hand {on_hand}, on order {on_order} when the plan was made</source>
        <translation>制订计划时库存 {on_hand}，在途 {on_order}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="34"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="35"/>
        <source>Part name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="36"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="37"/>
        <source>Forecast</source>
        <translation>预测用量</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="39"/>
        <source>In stock</source>
        <translation>库存+在途</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="41"/>
        <source>Suggested</source>
        <translation>建议储备</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="43"/>
        <source>Chosen</source>
        <translation>储备数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="45"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="47"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="48"/>
        <source>Reason</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="50"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="100"/>
        <source>“{text}” is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <location filename="../../app/ui/plans/printing.py" line="28"/>
        <source>Preparing the reserve plan…</source>
        <translation>正在准备储备计划…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/printing.py" line="31"/>
        <source>reserve plan {number}.pdf</source>
        <translation>配件储备计划 {number}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/printing.py" line="34"/>
        <source>Preview, print or save the reserve plan</source>
        <translation>预览、打印或保存储备计划</translation>
    </message>
</context>
<context>
    <name>PlanReason</name>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="12"/>
        <source>{units} units of {model} aged {band} years, {rate}</source>
        <translation>{model} 机龄{band}年 {units} 台，往年同季{rate}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="13"/>
        <source>{units} units of {model} (new model) aged {band} years, {rate} as other models&apos; parts of its kind</source>
        <translation>{model}（新机型）机龄{band}年 {units} 台，按其他机型同类配件{rate}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="15"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="16"/>
        <source>{value} per unit</source>
        <translation>每台 {value} 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="17"/>
        <source>{value}% failure in past seasons</source>
        <translation>故障率 {value}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="18"/>
        <source>{value} used per unit in past seasons</source>
        <translation>每台用 {value} 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="19"/>
        <source>paid service and counter sales {qty}</source>
        <translation>有偿服务及柜台销售预计 {qty}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="20"/>
        <source>same season {year}: {qty}</source>
        <translation>{year}年同季用量 {qty}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="21"/>
        <source>no use recorded in past seasons</source>
        <translation>往年同季无用量记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="22"/>
        <source>safety stock {qty}</source>
        <translation>安全库存 {qty}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="23"/>
        <source>minimum stock {qty}</source>
        <translation>最低库存 {qty}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="24"/>
        <source>on hand {on_hand}, on order {on_order}, pack of {pack}</source>
        <translation>库存 {on_hand}，在途 {on_order}，每包 {pack}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="25"/>
        <source>because: {reasons}</source>
        <translation>依据：{reasons}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="26"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="27"/>
        <source>Suggested = {target} to hold − {on_hand} on hand − {on_order} on order, in whole packs of {pack} = {suggested}</source>
        <translation>建议储备 = 应备 {target} − 库存 {on_hand} − 在途 {on_order}，按每包 {pack} 取整 = {suggested}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="29"/>
        <source>To hold = forecast {forecast} + safety stock {safety}, at least the minimum {minimum}</source>
        <translation>应备 = 预测用量 {forecast} + 安全库存 {safety}，且不少于最低库存 {minimum}</translation>
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
    <name>PlansView</name>
    <message>
        <location filename="../../app/ui/plans/view.py" line="47"/>
        <source>Plan no.</source>
        <translation>计划号</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="49"/>
        <source>Season</source>
        <translation>作业季节</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="51"/>
        <source>Due</source>
        <translation>报送期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="52"/>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="54"/>
        <source>Lines</source>
        <translation>项数</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="55"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="56"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="146"/>
        <source>{count} plans</source>
        <translation>共 {count} 份计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="156"/>
        <source>No reserve plan is due in the next 45 days.</source>
        <translation>45 天内没有到期的储备计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="160"/>
        <source>overdue since {day}</source>
        <translation>已于 {day} 逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="160"/>
        <source>due {day}, in {days} days</source>
        <translation>{day} 到期，还有 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="162"/>
        <source>not made yet</source>
        <translation>尚未制订</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="163"/>
        <source>{number} is {status}</source>
        <translation>{number} {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="164"/>
        <source>Plan for {season}: {when} — {state}</source>
        <translation>{season} 储备计划：{when} — {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="192"/>
        <location filename="../../app/ui/plans/view.py" line="195"/>
        <location filename="../../app/ui/plans/view.py" line="227"/>
        <source>New reserve plan</source>
        <translation>新建储备计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="196"/>
        <source>Add the dealer&apos;s seasons first (Seasons…).</source>
        <translation>请先添加本站的作业季节（作业季节…）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="210"/>
        <source>Forecasting every part for the season…</source>
        <translation>正在预测本季节每种配件的用量…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="225"/>
        <source>The plan could not be made: {error}</source>
        <translation>无法制订计划：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="251"/>
        <source>&amp;New plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="252"/>
        <source>Forecast a season and make its draft plan</source>
        <translation>预测一个季节的用量并生成计划草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="253"/>
        <source>S&amp;easons…</source>
        <translation>作业季节(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="254"/>
        <source>Plan</source>
        <translation>储备计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="255"/>
        <source>Last year&apos;s plan vs actual use</source>
        <translation>去年计划与实际用量对比</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="114"/>
        <source>Preparing the form…</source>
        <translation>正在生成表单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="122"/>
        <location filename="../../app/ui/printing/preview.py" line="165"/>
        <source>of {count}</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="157"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="158"/>
        <source>Form language:</source>
        <translation>表单语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="159"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="160"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="161"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="162"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="163"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="212"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="214"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="215"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="216"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="217"/>
        <source>Form &amp;language</source>
        <translation>表单语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="218"/>
        <source>As the program</source>
        <translation>与程序界面相同</translation>
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
    <name>ProfilePage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="137"/>
        <source>Dealer profile</source>
        <translation>经销商信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="138"/>
        <source>Printed at the head of every form; the dealer code starts every batch number.</source>
        <translation>印在每张表单的抬头；经销商代码是每个批次号的开头。</translation>
    </message>
</context>
<context>
    <name>ReceiveDeliveryDialog</name>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="56"/>
        <source>Delivery list {number} received on {day}: {lines} lines, {parts} parts, {quantity} pieces into stock; {off} taken off what was on order.</source>
        <translation>发货清单 {number} 于 {day} 入库：{lines} 行，{parts} 种配件，入库 {quantity} 件；在途数量减少 {off}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="71"/>
        <source>Receive a delivery list (销售发货清单)</source>
        <translation>销售发货清单入库</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="74"/>
        <source>Choose the workbook of the signed delivery list. The whole list is checked first: if any row is wrong (a part not in the catalogue, a wrong quantity, a list received before) nothing is received and every problem is listed. Received parts are added to stock and taken off what was on order.</source>
        <translation>选择已签收的销售发货清单 Excel 文件。先检查整张清单：任何一行有错误（配件目录中没有的配件、数量不对、清单已入库）时整张清单都不入库，并列出每个错误。入库的配件计入库存，并从在途数量中减去。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="77"/>
        <source>An .xlsx workbook: delivery list no., part number, quantity</source>
        <translation>Excel 文件（.xlsx）：发货清单号、配件编号、数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="78"/>
        <source>&amp;Receive</source>
        <translation>入库(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="80"/>
        <source>Goods &amp;arrived on:</source>
        <translation>到货日期(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>RecordSaleDialog</name>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="185"/>
        <source>Choose the customer from the list, or switch to a new customer.</source>
        <translation>请从列表中选择用户，或改为新用户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="248"/>
        <location filename="../../app/ui/units/sale_dialog.py" line="265"/>
        <source>Record sale</source>
        <translation>登记销售</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="249"/>
        <source>Unit sold</source>
        <translation>售出机器</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="250"/>
        <source>&amp;Serial number:</source>
        <translation>出厂编号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="251"/>
        <source>Scan or type the serial number</source>
        <translation>扫描或输入出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="252"/>
        <source>&amp;Engine number:</source>
        <translation>发动机号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="253"/>
        <source>&amp;Model:</source>
        <translation>机型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="254"/>
        <source>— choose the model —</source>
        <translation>— 请选择机型 —</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="255"/>
        <source>Sale &amp;date:</source>
        <translation>购机日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="256"/>
        <source>&amp;Invoice date:</source>
        <translation>发票日期(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="257"/>
        <source>Invoice &amp;number:</source>
        <translation>发票号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="258"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="259"/>
        <source>E&amp;xisting customer</source>
        <translation>老用户(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="260"/>
        <source>Ne&amp;w customer</source>
        <translation>新用户(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="261"/>
        <source>Name or phone, then Enter</source>
        <translation>输入姓名或电话后按回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="262"/>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="263"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="264"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>RepairRecordPrinting</name>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="40"/>
        <source>Preparing {count} repair records…</source>
        <translation>正在生成 {count} 份三包维修记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="41"/>
        <source>Preparing the repair record…</source>
        <translation>正在生成三包维修记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="47"/>
        <source>Preview, print or save the warranty repair record</source>
        <translation>预览、打印或保存三包维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="44"/>
        <source>repair records.pdf</source>
        <translation>三包维修记录.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="44"/>
        <source>repair record.pdf</source>
        <translation>三包维修记录.pdf</translation>
    </message>
</context>
<context>
    <name>ReportRangeDialog</name>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="112"/>
        <source>The range ends before it starts.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="126"/>
        <source>Service log report</source>
        <translation>售后服务登记表</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="127"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="128"/>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="129"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="130"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="131"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ReportViews</name>
    <message>
        <location filename="../../app/ui/reports/views.py" line="53"/>
        <location filename="../../app/ui/reports/views.py" line="144"/>
        <location filename="../../app/ui/reports/views.py" line="191"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="54"/>
        <location filename="../../app/ui/reports/views.py" line="100"/>
        <location filename="../../app/ui/reports/views.py" line="192"/>
        <location filename="../../app/ui/reports/views.py" line="222"/>
        <source>Number of claims</source>
        <translation>索赔单数</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="54"/>
        <source>Claimed amount</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="67"/>
        <source>Nothing to show for this period.</source>
        <translation>本期间没有可显示的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="90"/>
        <source>{month}&lt;br&gt;Claims: {n}&lt;br&gt;Claimed: {amount}</source>
        <translation>{month}&lt;br&gt;索赔单数：{n}&lt;br&gt;索赔金额：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="93"/>
        <location filename="../../app/ui/reports/views.py" line="173"/>
        <location filename="../../app/ui/reports/views.py" line="221"/>
        <location filename="../../app/ui/reports/views.py" line="241"/>
        <location filename="../../app/ui/reports/views.py" line="255"/>
        <source>Claims</source>
        <translation>索赔单数</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="93"/>
        <location filename="../../app/ui/reports/views.py" line="156"/>
        <location filename="../../app/ui/reports/views.py" line="198"/>
        <location filename="../../app/ui/reports/views.py" line="218"/>
        <location filename="../../app/ui/reports/views.py" line="242"/>
        <location filename="../../app/ui/reports/views.py" line="256"/>
        <source>Claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="98"/>
        <location filename="../../app/ui/reports/views.py" line="220"/>
        <source>Claimed amount (yuan)</source>
        <translation>索赔金额（元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="102"/>
        <source>Claims by repair date: current revisions, cancelled claims left out.</source>
        <translation>按维修日期统计当前有效的索赔，不含已作废的索赔。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="109"/>
        <location filename="../../app/ui/reports/views.py" line="150"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="110"/>
        <location filename="../../app/ui/reports/views.py" line="154"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="110"/>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="111"/>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="111"/>
        <source>Travel</source>
        <translation>差旅费</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="112"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="122"/>
        <source>{month}&lt;br&gt;Approved: {a}&lt;br&gt;Partly approved: {p}&lt;br&gt;Rejected: {r}&lt;br&gt;Approved by count: {rate}&lt;br&gt;Approved by amount: {amount_rate}</source>
        <translation>{month}&lt;br&gt;全额通过：{a}&lt;br&gt;部分通过：{p}&lt;br&gt;拒赔：{r}&lt;br&gt;按单数通过率：{rate}&lt;br&gt;按金额通过率：{amount_rate}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="127"/>
        <source>Approved</source>
        <translation>全额通过</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="127"/>
        <location filename="../../app/ui/reports/views.py" line="197"/>
        <source>Partly approved</source>
        <translation>部分通过</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="128"/>
        <location filename="../../app/ui/reports/views.py" line="197"/>
        <source>Rejected</source>
        <translation>拒赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="128"/>
        <source>Approved amount</source>
        <translation>核准金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="129"/>
        <location filename="../../app/ui/reports/views.py" line="173"/>
        <source>Deducted</source>
        <translation>扣减金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="129"/>
        <source>Claims decided</source>
        <translation>已核销单数</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="136"/>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="143"/>
        <source>Head office&apos;s decisions, by the month of the settlement notice.</source>
        <translation>厂家的核销结论，按核销通知的月份统计。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="144"/>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="154"/>
        <source>Decided</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="155"/>
        <source>Approved (by count)</source>
        <translation>通过率（按单数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="157"/>
        <source>Approved (by amount)</source>
        <translation>通过率（按金额）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="170"/>
        <source>(no reason given)</source>
        <translation>（未注明原因）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="172"/>
        <source>{reason}&lt;br&gt;Claims: {n} (rejected {r})&lt;br&gt;Deducted: {amount}</source>
        <translation>{reason}&lt;br&gt;索赔单数：{n}（其中拒赔 {r}）&lt;br&gt;扣减金额：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="184"/>
        <source>Claims with money cut</source>
        <translation>被扣款的索赔单数</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="186"/>
        <source>Deducted (yuan)</source>
        <translation>扣减金额（元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="189"/>
        <source>Rejected claims and cuts in partly approved ones, by head office&apos;s reason code.</source>
        <translation>拒赔及部分通过索赔的扣款，按厂家的原因代码统计。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="191"/>
        <source>Deducted amount</source>
        <translation>扣减金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="196"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="196"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="199"/>
        <source>Share of deductions</source>
        <translation>占扣减总额</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="213"/>
        <source>{name}&lt;br&gt;Claims: {n} ({share} of all)&lt;br&gt;Claimed: {amount}</source>
        <translation>{name}&lt;br&gt;索赔单数：{n}（占全部 {share}）&lt;br&gt;索赔金额：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="230"/>
        <source>The part marked as the cause of each claim. The chart shows the {top} largest; the table lists all.</source>
        <translation>每单索赔标明的故障件。图表显示前 {top} 项，表格列出全部。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="234"/>
        <source>{n} claims have no causal part marked.</source>
        <translation>有 {n} 单索赔未标明故障件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="240"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="240"/>
        <source>Part name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="241"/>
        <location filename="../../app/ui/reports/views.py" line="255"/>
        <source>Share of claims</source>
        <translation>占索赔单数</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="242"/>
        <source>Causal part amount</source>
        <translation>故障件金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="250"/>
        <source>Claims by the model of the unit repaired.</source>
        <translation>按所修机器的机型统计索赔。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="254"/>
        <source>Model code</source>
        <translation>机型代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="254"/>
        <source>Model name</source>
        <translation>机型名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="256"/>
        <source>Average per claim</source>
        <translation>平均每单</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/page.py" line="165"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="190"/>
        <source>The reports could not be loaded: {error}</source>
        <translation>无法加载报表：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="200"/>
        <source>{n:,} claims</source>
        <translation>索赔 {n:,} 单</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="201"/>
        <source>Figures for {start} to {end}, as of {today}</source>
        <translation>{start} 至 {end} 的数据，统计至 {today}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="209"/>
        <source>reports {start} to {end}.xlsx</source>
        <translation>索赔报表 {start} 至 {end}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="218"/>
        <source>Export the reports to Excel</source>
        <translation>导出报表到 Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="220"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="240"/>
        <source>Writing the reports workbook…</source>
        <translation>正在写入报表工作簿…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="246"/>
        <location filename="../../app/ui/reports/page.py" line="252"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="247"/>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="251"/>
        <source>The workbook could not be written: {error}</source>
        <translation>无法写入工作簿：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="257"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="258"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="259"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="260"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="261"/>
        <source>Last &amp;12 months</source>
        <translation>最近 12 个月(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="262"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="263"/>
        <source>Every report for the period, one sheet each, in the program&apos;s language</source>
        <translation>本期间的全部报表，每个报表一个工作表，使用程序当前语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="265"/>
        <source>Scorecard</source>
        <translation>服务考核</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="265"/>
        <source>Claims per month</source>
        <translation>每月索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="266"/>
        <source>Approval rate</source>
        <translation>核销结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="266"/>
        <source>Deductions by reason</source>
        <translation>扣款原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="267"/>
        <source>Causal parts</source>
        <translation>故障件</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="267"/>
        <source>Claims by model</source>
        <translation>各机型索赔</translation>
    </message>
</context>
<context>
    <name>ReservePage</name>
    <message>
        <location filename="../../app/ui/reserve/page.py" line="40"/>
        <source>Reserve plans</source>
        <translation>储备计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/reserve/page.py" line="41"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <location filename="../../app/ui/restoring.py" line="27"/>
        <source>Restore</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/restoring.py" line="31"/>
        <source>Nothing was restored: {error}</source>
        <translation>未恢复任何数据：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/restoring.py" line="33"/>
        <source>{file} was restored. WarrantyDesk closes now; start it again to work on it.</source>
        <translation>已恢复 {file}。三包服务站现在关闭，请重新启动后继续工作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/restoring.py" line="37"/>
        <source>The database it replaced is kept as {file}.</source>
        <translation>被替换的数据库已保留为 {file}。</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message numerus="yes">
        <location filename="../../app/ui/settings/retention_box.py" line="73"/>
        <source>%n closed claim(s) repaired before this day</source>
        <translation>
            <numerusform>此日期之前维修的已结索赔单 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="79"/>
        <source>Write the archive to</source>
        <translation>归档文件保存到</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="81"/>
        <source>WarrantyDesk database (*.sqlite3)</source>
        <translation>WarrantyDesk 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="88"/>
        <source>The database cannot be reached.</source>
        <translation>无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="92"/>
        <location filename="../../app/ui/settings/retention_box.py" line="96"/>
        <source>Writing the archive…</source>
        <translation>正在写入归档…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="97"/>
        <source>Copying records…</source>
        <translation>正在复制记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="102"/>
        <source>Archive written: {file}, {claims} claims. Nothing was removed from this database.</source>
        <translation>归档已写入：{file}，{claims} 张索赔单。本数据库中没有删除任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="110"/>
        <source>Data retention</source>
        <translation>数据保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="112"/>
        <source>Records are kept at least {years} years. Closed claims older than that can be copied, with everything they refer to, into a separate archive file that WarrantyDesk opens read-only (warrantydesk --db sqlite:///FILE). Nothing is removed from this database.</source>
        <translation>记录至少保存 {years} 年。更早的已结索赔单可以连同其引用的全部记录复制到单独的归档文件中，WarrantyDesk 以只读方式打开它（warrantydesk --db sqlite:///文件）。本数据库中不删除任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="115"/>
        <source>Claims repaired &amp;before:</source>
        <translation>维修日期早于(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="116"/>
        <source>&amp;Write archive…</source>
        <translation>写入归档(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="103"/>
        <source>The refund amount “{text}” is not a number.</source>
        <translation>退款金额“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="130"/>
        <source>Refund (退货)</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="132"/>
        <source>A safety or performance fault less than 15 days after the exchange lets the customer choose a refund. The unit&apos;s warranty ends with it; print the record for the customer to sign.</source>
        <translation>换货后 15 日内出现安全性能故障或使用性能故障的，用户可以选择退货。退货后该机三包责任终止；请打印记录交用户签字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="135"/>
        <source>Exchange (换货)</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="137"/>
        <source>A safety or performance fault less than 15 days after the sale lets the customer choose an exchange instead of a repair. The customer takes the new unit below; the unit given back returns to stock and the new unit&apos;s warranty periods start on the exchange date.</source>
        <translation>售出后 15 日内出现安全性能故障或使用性能故障的，用户可以选择换货或修理。用户领取下面的新机；退回的机器返回库存，新机三包有效期自换货之日起重新计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="140"/>
        <source>Safety fault (安全性能故障)</source>
        <translation>安全性能故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="141"/>
        <source>Performance fault (使用性能故障)</source>
        <translation>使用性能故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="142"/>
        <source>&amp;Fault date:</source>
        <translation>故障日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="142"/>
        <source>&amp;Kind of fault:</source>
        <translation>故障类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="143"/>
        <source>&amp;What the fault is:</source>
        <translation>故障描述(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="143"/>
        <source>&amp;Date of the exchange:</source>
        <translation>换货日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="144"/>
        <source>&amp;Date of the refund:</source>
        <translation>退货日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="145"/>
        <source>What was &amp;agreed:</source>
        <translation>处理说明(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="145"/>
        <source>New unit&apos;s &amp;serial number:</source>
        <translation>新机出厂编号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="146"/>
        <source>New unit&apos;s &amp;engine number:</source>
        <translation>新机发动机号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="146"/>
        <source>New unit&apos;s &amp;model:</source>
        <translation>新机机型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="147"/>
        <source>Amount &amp;refunded (yuan):</source>
        <translation>退款金额（元）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="150"/>
        <source>e.g. the customer chose an exchange; the old unit goes back to stock</source>
        <translation>例如：用户选择换货；旧机退回库存</translation>
    </message>
</context>
<context>
    <name>ReturnsBox</name>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="70"/>
        <source>Preview, print or save the exchange or refund record for the customer to sign</source>
        <translation>预览、打印或保存换货/退货记录，交用户签字</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="71"/>
        <source>Print &amp;record</source>
        <translation>打印记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="126"/>
        <source>{serial} (this unit replaced it)</source>
        <translation>{serial}（本机为其换货新机）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="127"/>
        <source>new unit {serial}</source>
        <translation>新机 {serial}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="128"/>
        <source>refunded ¥{amount}</source>
        <translation>已退款 ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="145"/>
        <source>No exchange or refund: the unit was exchanged and is back in the dealer&apos;s stock.</source>
        <translation>不能换货或退货：该机已换货，已退回服务站库存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="147"/>
        <source>No exchange or refund: the unit was refunded; its warranty is closed.</source>
        <translation>不能换货或退货：该机已退货，三包责任已终止。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="149"/>
        <source>No exchange or refund: the unit is in the dealer&apos;s stock, not with a customer.</source>
        <translation>不能换货或退货：该机在服务站库存中，不在用户手中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="152"/>
        <source>Exchange or repair: for a safety or performance fault up to {date} (less than 15 days after the sale) the customer may choose an exchange.</source>
        <translation>换货或修理：{date} 之前（售出后 15 日内）出现安全性能或使用性能故障的，用户可以选择换货。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="155"/>
        <source>Refund or repair: for a safety or performance fault up to {date} (less than 15 days after the exchange) the customer may choose a refund.</source>
        <translation>退货或修理：{date} 之前（换货后 15 日内）出现安全性能或使用性能故障的，用户可以选择退货。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="158"/>
        <source>The 15 days after the exchange ended on {date}: a fault found later is repaired (a refund only for a fault up to that day).</source>
        <translation>换货后 15 日已于 {date} 届满：此后出现的故障予以修理（仅该日之前出现的故障可以退货）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="160"/>
        <source>The 15 days after the sale ended on {date}: a fault found later is repaired (an exchange only for a fault up to that day).</source>
        <translation>售出后 15 日已于 {date} 届满：此后出现的故障予以修理（仅该日之前出现的故障可以换货）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="164"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="164"/>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="167"/>
        <source>Exchange and refund (换货 / 退货)</source>
        <translation>换货 / 退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="168"/>
        <source>Record</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="168"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="168"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="169"/>
        <source>Unit given back</source>
        <translation>退回的机器</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="169"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="170"/>
        <source>E&amp;xchange…</source>
        <translation>换货(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="171"/>
        <source>The customer takes a new unit for this one (service manager)</source>
        <translation>用户以本机换取新机（服务经理办理）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="172"/>
        <source>Re&amp;fund…</source>
        <translation>退货(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="173"/>
        <source>The customer gives this replacement back for a refund (service manager)</source>
        <translation>用户退回此换货新机并退款（服务经理办理）</translation>
    </message>
</context>
<context>
    <name>ReturnsPanel</name>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="306"/>
        <source>{count} returns</source>
        <translation>{count} 条退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="310"/>
        <source>S&amp;earch:</source>
        <translation>查找(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="311"/>
        <source>Return number, part number or name, note</source>
        <translation>退货单号、配件编号或名称、说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="312"/>
        <source>Every reason</source>
        <translation>全部原因</translation>
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
    <name>RulesBox</name>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="133"/>
        <source>The database cannot be reached.</source>
        <translation>无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="142"/>
        <source>Saved. Every workstation works with these rules from now on.</source>
        <translation>已保存。今后所有工作站都按这些规则工作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="145"/>
        <source>Warranty rules and thresholds</source>
        <translation>三包规则和时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="147"/>
        <source>Registration card due within (days of the sale):</source>
        <translation>三包回执卡寄出期限（销售后天数）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="148"/>
        <source>Arrange a service request within (hours):</source>
        <translation>服务请求安排时限（小时）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="149"/>
        <source>Close a service request within (hours):</source>
        <translation>服务请求结束时限（小时）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="150"/>
        <source>Follow-up call after a repair (days):</source>
        <translation>维修后回访（天）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="151"/>
        <source>Visit key customers every (months):</source>
        <translation>重点用户走访间隔（月）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="152"/>
        <source>Mark-up on parts in paid service (%):</source>
        <translation>有偿服务配件加价（%）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="156"/>
        <source>Warranty clocks turn amber with this share left (%):</source>
        <translation>三包时限剩余此比例时变黄（%）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="157"/>
        <source>Time in repair and waiting for parts extends the warranty</source>
        <translation>维修和等待配件的时间顺延三包有效期</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="158"/>
        <source>Old parts go back before:</source>
        <translation>旧件返厂日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="160"/>
        <source>Month and day (MM-DD) of each yearly return date, separated by commas.</source>
        <translation>每年返厂日期的月和日（MM-DD），多个日期用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="161"/>
        <source>The warranty rules ask for travel cost and wages only, no mark-up: leave 0 unless the manufacturer allows one.</source>
        <translation>三包规定有偿服务只收差旅费和工时费，严禁漫天要价：除非厂家允许，请保持 0。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="163"/>
        <source>&amp;Save rules</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="164"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="165"/>
        <source>Only a service manager can change the rules.</source>
        <translation>只有服务经理可以修改规则。</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="35"/>
        <source>Attached, claim signed</source>
        <translation>已附加，已记录用户签名</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="36"/>
        <source>Already attached</source>
        <translation>此前已附加</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="37"/>
        <source>No code readable: scan or type the claim number</source>
        <translation>无法识别条码：请扫描或输入三包维修记录编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="38"/>
        <source>Unknown claim number: scan or type the right one</source>
        <translation>编号不存在：请扫描或输入正确的编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="39"/>
        <source>Not attached</source>
        <translation>未附加</translation>
    </message>
</context>
<context>
    <name>ScansDialog</name>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="97"/>
        <source>Signed scans</source>
        <translation>签字扫描件</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="99"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="100"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="105"/>
        <source>The scanner&apos;s folder</source>
        <translation>扫描仪文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="140"/>
        <location filename="../../app/ui/scans/dialog.py" line="153"/>
        <location filename="../../app/ui/scans/dialog.py" line="210"/>
        <source>Import signed scans</source>
        <translation>导入签字扫描件</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="188"/>
        <source>Scan the barcode</source>
        <translation>扫描条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="189"/>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="200"/>
        <source>{attached} of {total} scans attached; {open} to resolve.</source>
        <translation>共 {total} 份扫描件，已附加 {attached} 份，待处理 {open} 份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="211"/>
        <source>Scans of signed repair records (PDF or pictures) are matched to their claim by the QR code on the paper; each claim becomes signed.</source>
        <translation>用户签字的三包维修记录扫描件（PDF 或图片）按纸面上的二维码匹配到对应的三包维修记录，并记为用户已签名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="213"/>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="214"/>
        <source>Add a f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="215"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="216"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="216"/>
        <source>Claim</source>
        <translation>三包维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="216"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="121"/>
        <source>{met:,} of {counted:,} met</source>
        <translation>{counted:,} 项中达标 {met:,} 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="123"/>
        <source>Missed: {missed:,}</source>
        <translation>未达标：{missed:,}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="125"/>
        <source>of which not done yet: {n:,}</source>
        <translation>其中尚未完成：{n:,}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="127"/>
        <source>Waiting for head office: {n:,}</source>
        <translation>等待厂家核销：{n:,}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="129"/>
        <source>Not due yet: {n:,}</source>
        <translation>尚未到期：{n:,}</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="24"/>
        <source>Registration cards sent in time</source>
        <translation>三包回执卡按时寄出</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="25"/>
        <source>Service tasks arranged in time</source>
        <translation>服务任务按时安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="26"/>
        <source>Old parts returned in time</source>
        <translation>旧件按时返厂</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="27"/>
        <source>Claims approved first time</source>
        <translation>索赔一次通过</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="28"/>
        <source>Follow-ups made in time</source>
        <translation>回访按时完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="29"/>
        <source>三包 requests answered within 7 days</source>
        <translation>三包请求 7 日内答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="30"/>
        <source>Busy-season faults fixed in time</source>
        <translation>农忙季节故障按时排除</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="31"/>
        <source>Repairs finished within 40 days</source>
        <translation>40 日内修复完毕</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="34"/>
        <source>Target: sent within {n} days of the sale</source>
        <translation>目标：售出后 {n} 天内寄出</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="35"/>
        <source>Target: arranged within {n} hours of receipt</source>
        <translation>目标：受理后 {n} 小时内安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="36"/>
        <source>Target: shipped by the return date</source>
        <translation>目标：返厂日期前发运</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="37"/>
        <source>Target: approved in full at the first submission</source>
        <translation>目标：首次提交即全额通过</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="38"/>
        <source>Target: made by the due date</source>
        <translation>目标：到期日前完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="39"/>
        <source>Target: the customer told within {n} days</source>
        <translation>目标：受理后 {n} 日内告知用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="40"/>
        <source>Target: fixed within 2 days (easy) or 5 days (hard)</source>
        <translation>目标：一般故障 2 日、较大故障 5 日内排除</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="41"/>
        <source>Target: repaired within {n} days of the request</source>
        <translation>目标：请求后 {n} 日内修复</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="44"/>
        <source>Units sold in the period. A card sent after its due date, or not sent by then, is missed — also when a manager accepted it.</source>
        <translation>按本期间售出的机器统计。回执卡在到期日后寄出或到期仍未寄出即为未达标，经理特批的也计为未达标。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="46"/>
        <source>Tasks received in the period, maintenance reminders left out. Closing a task at once counts as arranging it.</source>
        <translation>按本期间受理的服务任务统计，不含保养提醒。当场处理完毕视同已安排。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="48"/>
        <source>Old parts due back in the period. Parts written off before shipping or left here by head office are not counted.</source>
        <translation>按本期间应返厂的旧件统计。发运前报损或厂家同意留站的旧件不计入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="50"/>
        <source>First submissions of claims repaired in the period that head office has decided. Drafts are not counted.</source>
        <translation>按本期间维修、厂家已核销的首次提交索赔统计。草稿不计入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="52"/>
        <source>Follow-up calls and visits due in the period.</source>
        <translation>按本期间到期的回访电话和走访统计。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="53"/>
        <source>Requests received in the period (the dealer&apos;s own maintenance reminders left out): answered when the customer was told who comes and when, or the request was closed.</source>
        <translation>期间内受理的三包请求（不含服务站自己安排的保养提醒）：告知用户派谁、何时上门，或已办结，即为已答复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="56"/>
        <source>Requests received on a day of one of the dealer&apos;s seasons: closed within 2 days for an easy fault, 5 for a hard one.</source>
        <translation>在服务站的农忙季节内受理的请求：一般故障 2 日内、较大故障 5 日内办结。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="58"/>
        <source>Claims that failed in the period: repaired within 40 days of the request (or the failure date without one).</source>
        <translation>期间内发生故障的索赔：自请求（无请求时自故障日期）起 40 日内修复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="62"/>
        <source>{n} of the missed accepted by a manager&apos;s override</source>
        <translation>未达标中有 {n} 项经经理特批</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="63"/>
        <source>{n} not counted (written off, or left here by head office)</source>
        <translation>{n} 项不计入（已报损或厂家同意留站）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="166"/>
        <source>What head office rates the dealer on. Only records whose deadline has passed, or that were done, count; the rest are not due yet.</source>
        <translation>厂家对经销商的考核项目。只统计已完成或已过期限的记录，其余为尚未到期。</translation>
    </message>
</context>
<context>
    <name>SeasonsBox</name>
    <message>
        <location filename="../../app/ui/settings/seasons_box.py" line="38"/>
        <source>Seasons</source>
        <translation>销售季节</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/seasons_box.py" line="39"/>
        <source>The sales seasons the spare-part reserve plan is made for: each plan is due at head office 30 days before its season starts.</source>
        <translation>配件储备计划所针对的销售季节：每份计划须在季节开始前 30 天报送厂家。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/seasons_box.py" line="41"/>
        <source>&amp;Edit seasons…</source>
        <translation>编辑销售季节(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>SeasonsDialog</name>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="128"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="129"/>
        <source>{start} to {end}, plan due {due}</source>
        <translation>{start} 至 {end}，计划报送期限 {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="198"/>
        <source>Seasons</source>
        <translation>作业季节</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="199"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="199"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="199"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="200"/>
        <source>Lasts</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="200"/>
        <source>Next</source>
        <translation>下一季</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="201"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="203"/>
        <source>e.g. SPRING</source>
        <translation>例如 SPRING</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="204"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="206"/>
        <source>e.g. 春耕</source>
        <translation>例如 春耕</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="207"/>
        <source>Starts every year on (month-day):</source>
        <translation>每年开始日期（月-日）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="208"/>
        <source>Lasts:</source>
        <translation>持续：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="209"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="210"/>
        <source>&amp;New season</source>
        <translation>新建季节(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="211"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="212"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="213"/>
        <source>Only a season without plans can be deleted</source>
        <translation>只能删除没有储备计划的季节</translation>
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
    <name>ServiceFileDialog</name>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="208"/>
        <source>The service file could not be loaded: {error}</source>
        <translation>无法载入服务档案：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="242"/>
        <source>Card marked as sent on {date}.</source>
        <translation>已登记回执卡于 {date} 寄出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="248"/>
        <source>Head office&apos;s acknowledgement recorded for {date}.</source>
        <translation>已登记厂家于 {date} 确认收到回执卡。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="260"/>
        <source>Override recorded: warranty service is recognised again.</source>
        <translation>特批已记录：该机三包服务重新获得承认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="135"/>
        <source>registration-card-{serial}.pdf</source>
        <translation>三包回执卡-{serial}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="136"/>
        <source>Preview, print or save the warranty registration card</source>
        <translation>预览、打印或保存三包回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="137"/>
        <source>&amp;Print card</source>
        <translation>打印回执卡(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="270"/>
        <source>Registration card saved to {path}.</source>
        <translation>三包回执卡已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="282"/>
        <source>Service file — {serial}</source>
        <translation>服务档案 — {serial}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="284"/>
        <source>Customer: {name}  ·  {phone}  ·  {address}  ({code})</source>
        <translation>用户：{name}  ·  {phone}  ·  {address}（{code}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="288"/>
        <source>Sold {sale}  ·  invoice {invoice} of {invoice_date}  ·  engine number {engine}  ·  model {model}  ·  {status}</source>
        <translation>购机日期 {sale}  ·  发票 {invoice}（{invoice_date}）  ·  发动机号 {engine}  ·  机型 {model}  ·  {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="298"/>
        <source>{days} days in repair added</source>
        <translation>顺延维修期间 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="299"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="305"/>
        <source>{state} (no card recorded yet)</source>
        <translation>{state}（尚未登记回执卡）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="307"/>
        <source>warranty recognised by override</source>
        <translation>经特批承认三包</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="308"/>
        <source>warranty not recognised</source>
        <translation>三包不予承认</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="316"/>
        <source>{reason} — {manager}, {when}</source>
        <translation>{reason} — {manager}，{when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="326"/>
        <source>Only a service manager can do this</source>
        <translation>只有服务经理可以执行此操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="353"/>
        <source>Service log</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="354"/>
        <source>Warranty repair</source>
        <translation>三包维修</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="355"/>
        <source>Main part replaced</source>
        <translation>更换主要部件</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="356"/>
        <source>Paid service</source>
        <translation>有偿服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="360"/>
        <source>Warranty</source>
        <translation>三包</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="361"/>
        <source>Whole machine:</source>
        <translation>整机：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="362"/>
        <source>Main components until:</source>
        <translation>主要部件至：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="363"/>
        <source>Extension:</source>
        <translation>顺延：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="364"/>
        <source>Hour meter:</source>
        <translation>小时计读数：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="365"/>
        <source>Warranty registration card</source>
        <translation>三包回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="366"/>
        <source>Due by:</source>
        <translation>寄回期限：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="367"/>
        <source>Sent on:</source>
        <translation>寄出日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="368"/>
        <source>Acknowledged on:</source>
        <translation>厂家确认日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="369"/>
        <source>Override:</source>
        <translation>特批：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="370"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="371"/>
        <source>Mark &amp;sent</source>
        <translation>登记寄出(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="372"/>
        <source>&amp;Acknowledged</source>
        <translation>厂家已确认(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="373"/>
        <source>Manager &amp;override…</source>
        <translation>经理特批(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="375"/>
        <source>History (newest first)</source>
        <translation>服务记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="377"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="377"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="377"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="377"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="377"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="378"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="378"/>
        <source>Technician / details</source>
        <translation>维修人员 / 说明</translation>
    </message>
</context>
<context>
    <name>ServiceLogPage</name>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="79"/>
        <source>Service log</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="80"/>
        <source>Follow-up calls and visits</source>
        <translation>回访与走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="81"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="82"/>
        <source>Print report…</source>
        <translation>打印登记表…</translation>
    </message>
</context>
<context>
    <name>ServiceLogPrinting</name>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="55"/>
        <source>Preparing the service log report…</source>
        <translation>正在生成售后服务登记表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="58"/>
        <source>service log {start} to {end}.pdf</source>
        <translation>售后服务登记表 {start} 至 {end}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="61"/>
        <source>Preview, print or save the service log for a date range</source>
        <translation>预览、打印或保存某一时间段的售后服务登记表</translation>
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
    <message>
        <location filename="../../app/settings.py" line="46"/>
        <source>User working at this workstation</source>
        <translation>本工作站操作人</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="50"/>
        <source>Folder for the automatic backups</source>
        <translation>自动备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="53"/>
        <source>Automatic backups to keep</source>
        <translation>保留的自动备份份数</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="57"/>
        <source>Database file this workstation opens</source>
        <translation>本工作站打开的数据库文件</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="207"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="208"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="209"/>
        <source>&amp;Interface and printed forms:</source>
        <translation>界面和打印单据(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="210"/>
        <source>Automatic (as the system)</source>
        <translation>自动（跟随系统）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="211"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="212"/>
        <source>&amp;Working at this workstation:</source>
        <translation>本工作站操作人(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="216"/>
        <source>Changes, approvals and overrides are recorded under this name; approving claims and overriding late registration cards needs the service manager role.</source>
        <translation>修改、审批和特批均以此人名义记录；审批索赔和特批逾期三包回执卡须由服务经理操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="218"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="219"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="220"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="222"/>
        <source>The dealer profile, users and roles, warranty rules, return windows, seasons, templates and backups are set here too once those parts of the program arrive.</source>
        <translation>经销商信息、用户与角色、三包规则、旧件返厂日期、作业季节、导出模板和备份，将在相应功能推出后在此设置。</translation>
    </message>
</context>
<context>
    <name>SettlementImportDialog</name>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="34"/>
        <source>Choose head office&apos;s settlement notice</source>
        <translation>选择总部的三包费用核销通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="35"/>
        <source>Settlement notices (*.xlsx *.json);;Excel workbook (*.xlsx);;JSON (*.json);;All files (*)</source>
        <translation>核销通知 (*.xlsx *.json);;Excel 工作簿 (*.xlsx);;JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="44"/>
        <source>{file}: settlement {number} of {date}: {approved:,} claims approved in full, {partial:,} in part, {rejected:,} rejected. Claimed {claimed}, approved {credited} (credited to the account with head office), deducted {deducted}.</source>
        <translation>{file}：{date} 的核销通知 {number}：全额核销 {approved:,} 单，部分核销 {partial:,} 单，拒赔 {rejected:,} 单。索赔金额 {claimed}，核准 {credited}（已记入三包费用往来），扣款 {deducted}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="52"/>
        <source>Settled in full: batch {batches}.</source>
        <translation>已全部核销的批次：{batches}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="55"/>
        <source>{count:,} claims of these batches still wait for head office.</source>
        <translation>这些批次中还有 {count:,} 单索赔等待总部核销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="61"/>
        <source>Import head office&apos;s settlement notice</source>
        <translation>导入总部的三包费用核销通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="64"/>
        <source>Head office&apos;s settlement notice as a workbook (.xlsx) or JSON file. The whole notice is checked first: claims not in an exported batch, amounts that do not add up to the notice&apos;s totals, a notice imported before — if anything is wrong nothing is imported and every problem is listed.</source>
        <translation>总部的核销通知，可以是 Excel 工作簿 (.xlsx) 或 JSON 文件。导入前先检查整份通知：索赔不在已导出的批次中、金额与通知合计不符、通知已导入过——只要有任何错误，就不导入任何内容，并列出每个问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="67"/>
        <source>The settlement notice: an .xlsx workbook or a .json file</source>
        <translation>核销通知：.xlsx 工作簿或 .json 文件</translation>
    </message>
</context>
<context>
    <name>SettlementsView</name>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="36"/>
        <source>Settlement no.</source>
        <translation>核销通知号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="37"/>
        <source>Notice date</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="38"/>
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="39"/>
        <source>Claims</source>
        <translation>索赔数</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="40"/>
        <location filename="../../app/ui/batches/settlements_view.py" line="54"/>
        <source>Claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="41"/>
        <location filename="../../app/ui/batches/settlements_view.py" line="55"/>
        <source>Approved</source>
        <translation>核准金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="43"/>
        <location filename="../../app/ui/batches/settlements_view.py" line="56"/>
        <source>Deducted</source>
        <translation>扣款金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="53"/>
        <source>Claim no.</source>
        <translation>索赔单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="57"/>
        <source>Reason code</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="58"/>
        <source>Reason</source>
        <translation>扣款原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="59"/>
        <source>Outcome</source>
        <translation>核销结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="61"/>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="149"/>
        <source>{count:,} settlement notices</source>
        <translation>共 {count:,} 份核销通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="189"/>
        <source>Choose a settlement notice to see its claims.</source>
        <translation>选择一份核销通知查看其索赔明细。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="192"/>
        <source>Settlement {number} of {date}: claimed {claimed}, approved {approved}, deducted {deducted}</source>
        <translation>{date} 的核销通知 {number}：索赔 {claimed}，核准 {approved}，扣款 {deducted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="221"/>
        <location filename="../../app/ui/batches/settlements_view.py" line="227"/>
        <source>Rework claim</source>
        <translation>重新提交索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="228"/>
        <source>Claim {number} is now revision {revision}, a draft: correct it, mark it ready and approve it, and it goes in a later batch. Open it now?</source>
        <translation>索赔 {number} 已生成第 {revision} 版草稿：修改后标记为待审、审批通过，即可放入以后的批次。现在打开吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="257"/>
        <source>&amp;Import settlement…</source>
        <translation>导入核销通知(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="258"/>
        <source>Head office&apos;s settlement notice, as a workbook or a JSON file</source>
        <translation>总部的核销通知，Excel 工作簿或 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="259"/>
        <source>Re&amp;work claim</source>
        <translation>重新提交索赔(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="260"/>
        <source>A rejected or partly approved claim becomes a new draft revision for a later batch</source>
        <translation>被拒赔或部分核销的索赔生成新的草稿修订版，放入以后的批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="262"/>
        <source>Open c&amp;laim</source>
        <translation>打开索赔单(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ShipmentPanel</name>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="69"/>
        <source>Packing &amp;list</source>
        <translation>返厂单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="71"/>
        <source>Print &amp;tags</source>
        <translation>打印标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="180"/>
        <source>Return shipment {number} — {status}</source>
        <translation>旧件返厂单 {number} — {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="182"/>
        <source>{count} old parts</source>
        <translation>共 {count} 件旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="224"/>
        <source>Added {tag}.</source>
        <translation>已加入 {tag}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="239"/>
        <source>{added} added; refused: {refused}</source>
        <translation>已加入 {added} 件；拒绝：{refused}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="242"/>
        <source>{count} old parts added.</source>
        <translation>已加入 {count} 件旧件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="281"/>
        <location filename="../../app/ui/shipments/panel.py" line="285"/>
        <source>Ship</source>
        <translation>发运</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="281"/>
        <source>The weight is not a number: {text}</source>
        <translation>重量不是数字：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="297"/>
        <source>Mark received</source>
        <translation>确认厂家已接收</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="322"/>
        <source>Head office&apos;s verdict</source>
        <translation>厂家鉴定结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="344"/>
        <source>S&amp;can tag:</source>
        <translation>扫描标签(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="345"/>
        <source>Scan the tag&apos;s barcode, or type the tag number and press Enter</source>
        <translation>扫描标签条码，或输入标签号后按回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="346"/>
        <source>&amp;Pick from the shelf…</source>
        <translation>从库中选择(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="347"/>
        <source>Tag</source>
        <translation>标签号</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="347"/>
        <source>Claim</source>
        <translation>索赔单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="347"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="348"/>
        <source>Part name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="348"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="348"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="349"/>
        <source>Head office remark</source>
        <translation>厂家意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="350"/>
        <source>&amp;Remove from the shipment</source>
        <translation>移出返厂单(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="351"/>
        <source>Enter the &amp;verdict…</source>
        <translation>录入鉴定结论(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="352"/>
        <source>Type in head office&apos;s verdict tag by tag</source>
        <translation>逐个标签录入厂家的鉴定结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="353"/>
        <source>&amp;Import the inspection result…</source>
        <translation>导入鉴定结果(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="354"/>
        <source>Head office&apos;s Excel file: received, usable or scrap, per tag</source>
        <translation>厂家的 Excel 文件：逐个标签注明是否收到、可利用或废件</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="355"/>
        <source>Choose a shipment on the left, or start a new one.</source>
        <translation>在左侧选择一张返厂单，或新建一张。</translation>
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
    <name>ShipmentsPage</name>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="41"/>
        <source>Shipment</source>
        <translation>返厂单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="43"/>
        <source>Parts</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="44"/>
        <source>Shipped</source>
        <translation>发运日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="45"/>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="108"/>
        <source>{count} shipments</source>
        <translation>共 {count} 张返厂单</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="138"/>
        <source>New shipment</source>
        <translation>新建返厂单</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="163"/>
        <source>&amp;New shipment</source>
        <translation>新建返厂单(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="164"/>
        <source>Start a return shipment and scan its tags (Ctrl+N)</source>
        <translation>新建旧件返厂单并扫描标签（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>ShippingForm</name>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="140"/>
        <source>Shipping</source>
        <translation>发运</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="141"/>
        <source>&amp;Carrier:</source>
        <translation>承运商(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="141"/>
        <source>&amp;Waybill no.:</source>
        <translation>运单号(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="141"/>
        <source>Shipped &amp;on:</source>
        <translation>发运日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="141"/>
        <source>Pac&amp;kages:</source>
        <translation>件数(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="146"/>
        <source>e.g. 德邦物流</source>
        <translation>如：德邦物流</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="147"/>
        <source>With head office&apos;s &amp;delivery truck</source>
        <translation>随厂家送货车返回(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="148"/>
        <source>W&amp;eight (kg):</source>
        <translation>重量（千克）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="149"/>
        <source>&amp;Ship</source>
        <translation>发运(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="150"/>
        <source>The shipment leaves: it can no longer change</source>
        <translation>发运后返厂单不能再修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="151"/>
        <source>Head office</source>
        <translation>厂家</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="152"/>
        <source>&amp;Received on:</source>
        <translation>接收日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="153"/>
        <source>Verdict:</source>
        <translation>鉴定：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="154"/>
        <source>Mark &amp;received</source>
        <translation>确认已接收(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="83"/>
        <source>Type your login and your password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="102"/>
        <source>Wrong login or password.</source>
        <translation>登录名或密码不对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="104"/>
        <source>Too many wrong passwords: try again in {seconds} seconds.</source>
        <translation>密码错误次数过多，请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="106"/>
        <source>{name} has no password yet: a service manager sets one in Settings › Users and roles.</source>
        <translation>{name} 还没有密码：请服务经理在“设置 › 用户和角色”中设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="114"/>
        <source>Sign in — WarrantyDesk</source>
        <translation>登录 — 三包服务站</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="115"/>
        <source>WarrantyDesk</source>
        <translation>三包服务站</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="116"/>
        <source>Sign in with your login and password. A service manager sets passwords in Settings › Users and roles.</source>
        <translation>请用登录名和密码登录。密码由服务经理在“设置 › 用户和角色”中设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="118"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="119"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="120"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="122"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SignInSwitch</name>
    <message>
        <location filename="../../app/ui/sign_in/switch.py" line="68"/>
        <source>Cannot sign in until a password is set: {names}</source>
        <translation>以下用户设置密码后才能登录：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/switch.py" line="71"/>
        <source>Every workstation asks for a login and password at start.</source>
        <translation>每台工作站启动时都要求输入登录名和密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/switch.py" line="73"/>
        <source>Off: each workstation works as the user chosen for it in Settings. Set your own password (Set password…) before turning sign-in on.</source>
        <translation>未开启：每台工作站以设置中选定的用户身份工作。开启登录前，请先设置自己的密码（“设置密码…”）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/switch.py" line="81"/>
        <source>Users sign in with a password (on every workstation)</source>
        <translation>用户须用密码登录（所有工作站）</translation>
    </message>
</context>
<context>
    <name>SignatureCapture</name>
    <message>
        <location filename="../../app/ui/signature/capture.py" line="31"/>
        <source>Customer signature</source>
        <translation>用户签名</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="184"/>
        <source>Customer signature</source>
        <translation>用户签名</translation>
    </message>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="186"/>
        <source>Claim {number}: the customer signs below to confirm the repair.</source>
        <translation>三包维修记录 {number}：请用户在下方签名，确认维修完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="189"/>
        <source>The customer signs below to confirm the repair.</source>
        <translation>请用户在下方签名，确认维修完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="190"/>
        <source>Accept</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="191"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="192"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StockDetailsDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="219"/>
        <source>Minimum stock and bin</source>
        <translation>最低库存和货位</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="220"/>
        <source>&amp;Part no.:</source>
        <translation>配件编号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="220"/>
        <source>&amp;Minimum stock:</source>
        <translation>最低库存(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="221"/>
        <source>&amp;Bin location:</source>
        <translation>货位(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>StockForm</name>
    <message>
        <location filename="../../app/ui/stock/forms.py" line="58"/>
        <source>{what}: not a number</source>
        <translation>{what}：不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/forms.py" line="60"/>
        <source>{what}: required</source>
        <translation>{what}：必须填写</translation>
    </message>
</context>
<context>
    <name>StockListPanel</name>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="231"/>
        <source>{count} parts</source>
        <translation>{count} 种配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="252"/>
        <source>&amp;Search:</source>
        <translation>查找(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="253"/>
        <source>Part number or name</source>
        <translation>配件编号或名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="254"/>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="257"/>
        <source>&amp;Below minimum only</source>
        <translation>只看低于最低库存(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="260"/>
        <source>Movements of {part} {name}: {count}</source>
        <translation>{part} {name} 的出入库记录：{count} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="262"/>
        <source>Choose a part to see its movements.</source>
        <translation>选择一种配件，查看其出入库记录。</translation>
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
    <name>StockTexts</name>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="20"/>
        <source>Quality defect</source>
        <translation>产品质量问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="21"/>
        <source>Dismantled by the dealer</source>
        <translation>经销商拆件</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="22"/>
        <source>Other unsaleable stock</source>
        <translation>其它无法销售</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="25"/>
        <source>Factory</source>
        <translation>厂家</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="26"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="29"/>
        <source>The factory pays the freight.</source>
        <translation>厂家承担退货运费。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="30"/>
        <source>The dealer pays the freight and the labour to restore the part.</source>
        <translation>经销商承担全部运费和恢复产品的工时费用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="32"/>
        <source>The dealer pays the freight.</source>
        <translation>经销商承担运费。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="35"/>
        <source>delivery list {delivery_no} was already received on {received_on}</source>
        <translation>发货清单 {delivery_no} 已于 {received_on} 入库</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="37"/>
        <source>another delivery list than row {first} ({delivery_no}); one list per file</source>
        <translation>与第 {first} 行的发货清单（{delivery_no}）不同；一个文件只能是一张清单</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../app/ui/stock/page.py" line="166"/>
        <source>{part} {name}: {count} on hand.</source>
        <translation>{part} {name}：库存 {count}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="173"/>
        <source>Counter sale {number}: {part} × {quantity}, {amount} yuan.</source>
        <translation>配件零售 {number}：{part} × {quantity}，{amount} 元。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="181"/>
        <source>{part} {name}: {count} on order.</source>
        <translation>{part} {name}：在途 {count}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="189"/>
        <source>{part} {name}: minimum {minimum}, bin {bin}.</source>
        <translation>{part} {name}：最低库存 {minimum}，货位 {bin}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="196"/>
        <source>{number}: {part} × {quantity} back to the factory. {rule} Freight paid by: {payer}.</source>
        <translation>{number}：{part} × {quantity} 退回厂家。{rule}运费承担方：{payer}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="211"/>
        <source>{number} received: {part} × {quantity} into stock.</source>
        <translation>{number} 已到货：{part} × {quantity} 入库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="215"/>
        <source>Claim {claim} waited {days} days for parts.</source>
        <translation>三包维修记录 {claim} 待件 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="217"/>
        <source>Claim {claim} is {status}: its record is closed and its waiting time was not changed.</source>
        <translation>三包维修记录 {claim} 为{status}状态，记录已不能修改，待件天数未改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="248"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="249"/>
        <source>Returns to the factory</source>
        <translation>退回厂家</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="250"/>
        <source>Emergency orders</source>
        <translation>紧急订货</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="251"/>
        <source>Receive &amp;delivery…</source>
        <translation>发货清单入库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="252"/>
        <source>Book a signed delivery list (销售发货清单) into stock</source>
        <translation>将已签收的销售发货清单入库</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="253"/>
        <source>&amp;Adjust…</source>
        <translation>调整库存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="254"/>
        <source>Counter &amp;sale…</source>
        <translation>配件零售(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="255"/>
        <source>Order &amp;placed…</source>
        <translation>登记订货(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="256"/>
        <source>&amp;Minimum and bin…</source>
        <translation>最低库存和货位(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="257"/>
        <source>Return to &amp;factory…</source>
        <translation>退回厂家(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="258"/>
        <source>&amp;Received…</source>
        <translation>到货(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="259"/>
        <source>Open &amp;claim</source>
        <translation>打开维修记录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="53"/>
        <location filename="../../app/ui/stock/panels.py" line="79"/>
        <location filename="../../app/ui/stock/panels.py" line="334"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="54"/>
        <location filename="../../app/ui/stock/panels.py" line="80"/>
        <location filename="../../app/ui/stock/panels.py" line="335"/>
        <source>Part name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="55"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="56"/>
        <location filename="../../app/ui/stock/panels.py" line="342"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="58"/>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="59"/>
        <source>Minimum</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="61"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="62"/>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="63"/>
        <source>Last movement</source>
        <translation>最近出入库</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="64"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="67"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="68"/>
        <source>Movement</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="69"/>
        <location filename="../../app/ui/stock/panels.py" line="81"/>
        <location filename="../../app/ui/stock/panels.py" line="336"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="71"/>
        <source>Balance</source>
        <translation>结存</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="72"/>
        <location filename="../../app/ui/stock/panels.py" line="343"/>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="73"/>
        <location filename="../../app/ui/stock/panels.py" line="82"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="74"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="77"/>
        <source>Return no.</source>
        <translation>退货单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="78"/>
        <source>Returned on</source>
        <translation>退货日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="83"/>
        <source>Freight paid by</source>
        <translation>运费承担</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="85"/>
        <source>Restoration labour</source>
        <translation>恢复工时费</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="87"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="332"/>
        <source>Order no.</source>
        <translation>订货单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="333"/>
        <source>Claim</source>
        <translation>维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="338"/>
        <source>Ordered on</source>
        <translation>订货日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="339"/>
        <source>Received on</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="340"/>
        <source>Days waited</source>
        <translation>待件天数</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="33"/>
        <source>Record the submission of {number}</source>
        <translation>登记 {number} 的报送</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="34"/>
        <source>The day the approved plan was sent to the manufacturer:</source>
        <translation>已审批的计划报送厂家的日期：</translation>
    </message>
</context>
<context>
    <name>TagPrinting</name>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="31"/>
        <source>Preparing {count} tags…</source>
        <translation>正在生成 {count} 张标签…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="35"/>
        <source>tag {tag}.pdf</source>
        <translation>旧件标签 {tag}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="35"/>
        <source>old-part tags.pdf</source>
        <translation>旧件标签.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="38"/>
        <source>Preview, print or save the tags of the selected old parts</source>
        <translation>预览、打印或保存所选旧件的标签</translation>
    </message>
</context>
<context>
    <name>TemplateBox</name>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="150"/>
        <source>The database cannot be reached.</source>
        <translation>无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="156"/>
        <source>Batches are exported with “{name}” from now on.</source>
        <translation>今后索赔批次按“{name}”导出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="159"/>
        <source>Batch workbook template</source>
        <translation>索赔批次工作簿模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="160"/>
        <source>In use:</source>
        <translation>正在使用：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="161"/>
        <source>&amp;Use this template</source>
        <translation>使用此模板(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="162"/>
        <source>Only a service manager can choose the template.</source>
        <translation>只有服务经理可以选择模板。</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="79"/>
        <source>The manufacturer&apos;s template</source>
        <translation>厂家模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="79"/>
        <source>Templates (*.json)</source>
        <translation>模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="94"/>
        <source>From a &amp;file…</source>
        <translation>从文件选择(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="155"/>
        <source>Manufacturer&apos;s template</source>
        <translation>厂家模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="156"/>
        <source>The layout of the workbook sent to head office with each claim batch.</source>
        <translation>每个索赔批次报送厂家的工作簿格式。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="157"/>
        <source>Keep the standard layout unless head office asks for its own; a template file from the manufacturer can be chosen here or later in Settings.</source>
        <translation>除非厂家要求自己的格式，否则保留标准格式；厂家提供的模板文件可以在这里或以后在“设置”中选择。</translation>
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
<context>
    <name>UnitTexts</name>
    <message>
        <location filename="../../app/ui/units/texts.py" line="29"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="39"/>
        <source>{area} mu</source>
        <translation>{area} 亩</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="40"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="45"/>
        <source>Due</source>
        <translation>待寄回</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="46"/>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="47"/>
        <source>Acknowledged by head office</source>
        <translation>厂家已确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="48"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="56"/>
        <location filename="../../app/ui/units/texts.py" line="70"/>
        <source>Due by {date}</source>
        <translation>{date} 前寄回</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="58"/>
        <source>Sent {date}</source>
        <translation>{date} 已寄出</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="60"/>
        <location filename="../../app/ui/units/texts.py" line="71"/>
        <source>Acknowledged {date}</source>
        <translation>{date} 厂家已确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="63"/>
        <source>Late (override)</source>
        <translation>逾期（已特批）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="86"/>
        <source>In warranty until {limits}</source>
        <translation>三包期内，至 {limits}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="87"/>
        <source>Warranty ended on {date}</source>
        <translation>三包期已于 {date} 结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="88"/>
        <source>Warranty ended: over {limits} ({hours} now)</source>
        <translation>三包期已结束：超过 {limits}（现为 {hours}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="90"/>
        <source>Warranty void: {reason}</source>
        <translation>三包失效：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="91"/>
        <source>Warranty starts on {start}</source>
        <translation>三包期自 {start} 起</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="95"/>
        <source>Warranty not recognised: the registration card is late. {verdict}</source>
        <translation>三包不予承认：三包回执卡逾期。{verdict}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="103"/>
        <source>Not recognised (card late)</source>
        <translation>不予承认（回执卡逾期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="105"/>
        <source>Until {limits}</source>
        <translation>至 {limits}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="106"/>
        <source>Ended {date}</source>
        <translation>{date} 已过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="107"/>
        <source>Ended: over {limits}</source>
        <translation>已过期：超过 {limits}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="108"/>
        <source>Void</source>
        <translation>三包失效</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="109"/>
        <source>Starts {start}</source>
        <translation>{start} 起</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../app/ui/units/page.py" line="45"/>
        <source>Serial number</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="47"/>
        <source>Engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="49"/>
        <source>Model</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="51"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="54"/>
        <source>Sale date</source>
        <translation>购机日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="56"/>
        <source>Registration card</source>
        <translation>三包回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="58"/>
        <source>Warranty</source>
        <translation>三包</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="61"/>
        <source>Claims</source>
        <translation>索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="64"/>
        <source>All cards</source>
        <translation>全部回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="65"/>
        <source>Card due</source>
        <translation>回执卡待寄回</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="66"/>
        <source>Card due within 5 days</source>
        <translation>回执卡 5 天内到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="67"/>
        <source>Card late</source>
        <translation>回执卡逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="68"/>
        <source>Warranty not recognised</source>
        <translation>三包不予承认</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="69"/>
        <source>Card sent</source>
        <translation>回执卡已寄出</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="70"/>
        <source>Card acknowledged</source>
        <translation>回执卡厂家已确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="274"/>
        <location filename="../../app/ui/units/page.py" line="304"/>
        <source>All models</source>
        <translation>全部机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="297"/>
        <source>The list could not be loaded: {error}</source>
        <translation>无法载入列表：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="299"/>
        <source>{count} units</source>
        <translation>共 {count} 台</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="302"/>
        <source>&amp;Search:</source>
        <translation>查找(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="303"/>
        <source>Serial or engine number, customer, phone or model…</source>
        <translation>出厂编号、发动机号、用户、电话或机型…</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="307"/>
        <source>Record sale…</source>
        <translation>登记销售…</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="308"/>
        <source>Register a machine sold and its warranty registration card (Ctrl+N)</source>
        <translation>登记售出的机器及其三包回执卡（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="309"/>
        <source>Open service file</source>
        <translation>打开服务档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="310"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>UnreachableBanner</name>
    <message>
        <location filename="../../app/ui/change_follow.py" line="122"/>
        <source>Database server unreachable — retrying every {seconds} s; nothing you typed is lost.</source>
        <translation>无法连接数据库服务器——每 {seconds} 秒重试一次；您输入的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/change_follow.py" line="124"/>
        <source>The database cannot be reached — retrying every {seconds} s; nothing you typed is lost.</source>
        <translation>无法访问数据库——每 {seconds} 秒重试一次；您输入的内容不会丢失。</translation>
    </message>
</context>
<context>
    <name>UnreachableMark</name>
    <message>
        <location filename="../../app/ui/change_follow.py" line="144"/>
        <source>● Database unreachable</source>
        <translation>● 数据库无法连接</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="88"/>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="88"/>
        <source>Change user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="89"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="91"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="92"/>
        <source>letters and digits, e.g. wang.li</source>
        <translation>字母和数字，例如 wang.li</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="215"/>
        <source>First user</source>
        <translation>第一个用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="216"/>
        <source>The service manager who approves claims and adds the other users in Settings.</source>
        <translation>负责审批索赔单、并在“设置”中添加其他用户的服务经理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="217"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="217"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="217"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="220"/>
        <source>letters and digits, e.g. wang.li</source>
        <translation>字母和数字，例如 wang.li</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="223"/>
        <source>This workstation works as this user; changes and approvals are recorded under the name. Finish saves the profile, the template and the user.</source>
        <translation>本工作站以此用户身份工作；修改和审批都以此姓名记录。点击“完成”保存经销商信息、模板和用户。</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="167"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="167"/>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="168"/>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="168"/>
        <source>None</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="194"/>
        <source>&amp;Reactivate</source>
        <translation>恢复在职(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="195"/>
        <source>&amp;Deactivate</source>
        <translation>设为离职(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="217"/>
        <location filename="../../app/ui/settings/users_box.py" line="244"/>
        <source>The database cannot be reached.</source>
        <translation>无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="223"/>
        <source>The password of {name} is saved.</source>
        <translation>{name} 的密码已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="253"/>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="265"/>
        <source>{name} can work again.</source>
        <translation>{name} 已恢复在职。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="266"/>
        <source>{name} no longer works here; their records keep their name.</source>
        <translation>{name} 已离职；其经手的记录仍保留其姓名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="276"/>
        <source>Users and roles</source>
        <translation>用户和角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="277"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="277"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="277"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="277"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="278"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="279"/>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="280"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="281"/>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="282"/>
        <source>Only a service manager can change users and roles.</source>
        <translation>只有服务经理可以修改用户和角色。</translation>
    </message>
</context>
<context>
    <name>VerdictsDialog</name>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="118"/>
        <source>Say for at least one tag whether head office received it.</source>
        <translation>请至少为一个标签注明厂家是否收到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="130"/>
        <source>Head office&apos;s verdict: {number}</source>
        <translation>厂家鉴定结论：{number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="132"/>
        <source>For each tag head office reported on: received or not, and for a received part usable or scrap. Rows left empty are not changed.</source>
        <translation>逐个录入厂家反馈的标签：是否收到；已收到的注明可利用或废件。留空的行不作更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="134"/>
        <source>Tag</source>
        <translation>标签号</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="134"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="134"/>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="135"/>
        <source>Verdict</source>
        <translation>鉴定结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="135"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="137"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="137"/>
        <source>No, not received</source>
        <translation>否，未收到</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="141"/>
        <source>Not judged yet</source>
        <translation>尚未鉴定</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="101"/>
        <source>Welcome to WarrantyDesk</source>
        <translation>欢迎使用 WarrantyDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="102"/>
        <source>A few steps set up this service station. Everything can be changed later in Settings.</source>
        <translation>只需几步即可设置好本服务站。以后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="104"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="105"/>
        <source>Automatic (as the system)</source>
        <translation>自动（跟随系统）</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="106"/>
        <source>What would you like to do?</source>
        <translation>您想做什么？</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="107"/>
        <source>&amp;Set up this dealer: profile, batch template and the first user</source>
        <translation>设置本经销商(&amp;S)：经销商信息、批次模板和第一个用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="108"/>
        <source>Open the &amp;demo dealer instead, to try the program</source>
        <translation>改为打开演示经销商(&amp;D)，试用本程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="109"/>
        <source>The demo fills this database with a made-up dealer, its machines and claims. To start for real later, use a new database.</source>
        <translation>演示会在此数据库中填入虚构的经销商及其机器和索赔单。以后正式使用时，请使用一个新数据库。</translation>
    </message>
</context>
<context>
    <name>_Fields</name>
    <message>
        <location filename="../../app/ui/claims/form.py" line="90"/>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}：“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="93"/>
        <source>{field} must not be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
</context>
</TS>
