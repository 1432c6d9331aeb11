<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>ArrangeDialog</name>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="102"/>
        <source>Arrange {number}</source>
        <translation>安排 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="103"/>
        <source>Arrange by {time}</source>
        <translation>须在 {time} 前安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="105"/>
        <source>&amp;Technician:</source>
        <translation>维修人员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="106"/>
        <source>&amp;Arranged at:</source>
        <translation>安排时间(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="107"/>
        <source>&amp;Visit agreed for:</source>
        <translation>约定上门时间(&amp;V)：</translation>
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
        <location filename="../../app/ui/claims/editor.py" line="237"/>
        <location filename="../../app/ui/claims/editor.py" line="353"/>
        <source>The claim cannot be reloaded</source>
        <translation>无法重新载入维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="287"/>
        <source>Enter the unit&apos;s serial number.</source>
        <translation>请输入出厂编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="289"/>
        <source>The claim cannot be saved yet</source>
        <translation>维修记录暂不能保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="301"/>
        <source>The claim was not saved</source>
        <translation>维修记录未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="317"/>
        <source>The claim cannot be marked ready</source>
        <translation>维修记录不能提交审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="328"/>
        <location filename="../../app/ui/claims/editor.py" line="331"/>
        <source>The claim was not approved</source>
        <translation>维修记录未通过审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="341"/>
        <source>The claim cannot be reworked</source>
        <translation>维修记录不能重新修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="357"/>
        <source>Saved on another workstation after you opened it: your changes were NOT saved, but they are still here.</source>
        <translation>打开后该记录已在另一台工作站上保存：您的修改没有保存，但仍保留在本窗口中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="359"/>
        <source>Changed on another workstation</source>
        <translation>已在另一台工作站上修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="360"/>
        <source>Copy what you need from this window, then reload the saved claim and make your changes again.</source>
        <translation>请先从本窗口复制需要的内容，再重新载入已保存的记录并重新修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="373"/>
        <source>Approval needs the service manager role</source>
        <translation>审核需要服务经理角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="380"/>
        <source>New warranty claim</source>
        <translation>新建三包维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="382"/>
        <source>Warranty claim {number} (revision {revision}) — {status}</source>
        <translation>三包维修记录 {number}（第 {revision} 版）— {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="388"/>
        <source>In batch {batch} — read only</source>
        <translation>已在索赔批次 {batch} 中 — 只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="390"/>
        <source>{status}, batch {batch} — read only</source>
        <translation>{status}，索赔批次 {batch} — 只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="393"/>
        <source>{status} — read only</source>
        <translation>{status} — 只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="397"/>
        <source>Repair recor&amp;d</source>
        <translation>维修记录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="397"/>
        <source>&amp;Labour and parts</source>
        <translation>工时与配件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="398"/>
        <source>&amp;Attachments</source>
        <translation>附件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="398"/>
        <source>Aud&amp;it trail</source>
        <translation>修改记录(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="400"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="401"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="402"/>
        <source>&amp;Mark ready</source>
        <translation>提交审核(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="403"/>
        <source>Ready for the service manager: no blocking check may remain</source>
        <translation>提交服务经理审核：不能有阻止项</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="404"/>
        <source>Appro&amp;ve</source>
        <translation>审核通过(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="405"/>
        <source>Rewor&amp;k as a new revision</source>
        <translation>修改为新版本(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="406"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="407"/>
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
        <location filename="../../app/ui/claims/claims_list.py" line="48"/>
        <source>Claim no.</source>
        <translation>维修记录号</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="50"/>
        <source>Repair date</source>
        <translation>维修日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="51"/>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="52"/>
        <source>Model</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="53"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="54"/>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="55"/>
        <source>Total</source>
        <translation>金额合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="56"/>
        <source>Checks</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="176"/>
        <source>{count} claims</source>
        <translation>共 {count} 条维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="189"/>
        <source>Approval needs the service manager role</source>
        <translation>审核需要服务经理角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="207"/>
        <source>The claim cannot be opened</source>
        <translation>无法打开该维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="237"/>
        <source>Too many claims selected</source>
        <translation>选择的维修记录太多</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="238"/>
        <source>{count} claims are selected; act on at most {limit} at a time (narrow the filters).</source>
        <translation>已选择 {count} 条维修记录；一次最多处理 {limit} 条（请缩小筛选范围）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="250"/>
        <location filename="../../app/ui/claims/claims_list.py" line="254"/>
        <source>Run checks</source>
        <translation>运行检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="255"/>
        <source>{count} claims checked: {blocking} blocking, {warning} with warnings, {ok} OK.</source>
        <translation>已检查 {count} 条：{blocking} 条有阻止项，{warning} 条有警告，{ok} 条通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="266"/>
        <location filename="../../app/ui/claims/claims_list.py" line="268"/>
        <source>Approve claims</source>
        <translation>审核维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="268"/>
        <source>{done} approved, {refused} refused.</source>
        <translation>已审核 {done} 条，被拒绝 {refused} 条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="276"/>
        <location filename="../../app/ui/claims/claims_list.py" line="288"/>
        <location filename="../../app/ui/claims/claims_list.py" line="290"/>
        <source>Cancel claims</source>
        <translation>作废维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="277"/>
        <source>Why are these {count} claims cancelled?</source>
        <translation>这 {count} 条维修记录作废的原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="290"/>
        <source>{done} cancelled, {refused} refused.</source>
        <translation>已作废 {done} 条，被拒绝 {refused} 条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="305"/>
        <source>&amp;New claim…</source>
        <translation>新建维修记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="306"/>
        <source>A new warranty repair record (Ctrl+N)</source>
        <translation>新建三包维修记录（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="307"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="308"/>
        <source>Run chec&amp;ks</source>
        <translation>运行检查(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="309"/>
        <source>&amp;Approve</source>
        <translation>审核(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="310"/>
        <source>&amp;Cancel claims…</source>
        <translation>作废(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <location filename="../../app/ui/claims/page.py" line="63"/>
        <source>Warranty claims</source>
        <translation>三包维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/page.py" line="64"/>
        <source>Paid service</source>
        <translation>有偿服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/page.py" line="65"/>
        <source>Import signed scans…</source>
        <translation>导入签字扫描件…</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="133"/>
        <source>Close {number}</source>
        <translation>办结 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="135"/>
        <source>&amp;Answer given:</source>
        <translation>答复内容(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="135"/>
        <source>&amp;Result:</source>
        <translation>处理结果(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="136"/>
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
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="45"/>
        <source>Units registered</source>
        <translation>登记机器</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="46"/>
        <source>Customers</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="47"/>
        <source>Warranty claims in total</source>
        <translation>三包索赔总数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="48"/>
        <source>Claims awaiting approval</source>
        <translation>待审批索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="50"/>
        <source>Approved claims not yet in a batch</source>
        <translation>已审批未组批索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="52"/>
        <source>Claims in a batch</source>
        <translation>已组批索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="54"/>
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
        <location filename="../../app/ui/dashboard/tiles.py" line="56"/>
        <source>Old parts in store</source>
        <translation>在库旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="42"/>
        <source>Old parts overdue for return</source>
        <translation>逾期未返厂旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="58"/>
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
        <source>Click to list them below</source>
        <translation>点击在下方列出明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="274"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="275"/>
        <source>Load the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="276"/>
        <source>Needs action today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="277"/>
        <source>At a glance</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="278"/>
        <source>Warranty claims by status</source>
        <translation>各状态三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="279"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="279"/>
        <source>Claims</source>
        <translation>索赔数</translation>
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
    <name>EntryDetails</name>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="49"/>
        <source>Select an entry to see its details.</source>
        <translation>选择一条登记查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="55"/>
        <source>Received {time} from {who} ({phone})</source>
        <translation>{time} 受理，来自 {who}（{phone}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="59"/>
        <source>Machine {serial} · {model}</source>
        <translation>机器 {serial} · {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="61"/>
        <source>Problem: {problem}</source>
        <translation>故障/诉求：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="62"/>
        <source>Arranged</source>
        <translation>安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="65"/>
        <source>Technician {name}, visit agreed for {time}</source>
        <translation>维修人员 {name}，约定上门 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="67"/>
        <source>Customer informed</source>
        <translation>已通知用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="68"/>
        <source>Reported to head office</source>
        <translation>已报厂家技术部</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="69"/>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="71"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="71"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="74"/>
        <source>Became warranty claim {number}</source>
        <translation>已转为三包索赔 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="76"/>
        <source>Became paid service order {number}</source>
        <translation>已转为有偿服务单 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="84"/>
        <source>(after the target {time})</source>
        <translation>（超过时限 {time}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="89"/>
        <source>not yet; due by {time}</source>
        <translation>尚未完成；时限 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="91"/>
        <source>OVERDUE</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="96"/>
        <source>{caption}: {value}</source>
        <translation>{caption}：{value}</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="52"/>
        <source>Closed at {time}</source>
        <translation>{time} 办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="55"/>
        <source>To be arranged by {time}</source>
        <translation>须在 {time} 前安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="57"/>
        <source>To be closed by {time}</source>
        <translation>须在 {time} 前办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="66"/>
        <source>Number</source>
        <translation>登记号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="67"/>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="68"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="69"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="70"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="71"/>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="72"/>
        <source>Problem</source>
        <translation>故障/诉求</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="74"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="75"/>
        <source>Due by / closed</source>
        <translation>时限 / 办结时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="233"/>
        <location filename="../../app/ui/service_log/entry_list.py" line="305"/>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="287"/>
        <source>New entry…</source>
        <translation>新登记…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="287"/>
        <source>Arrange…</source>
        <translation>安排…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="288"/>
        <source>Customer informed</source>
        <translation>已通知用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="288"/>
        <source>Reported to head office</source>
        <translation>已报厂家</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="289"/>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="289"/>
        <source>Turn into claim</source>
        <translation>转三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="290"/>
        <source>Turn into paid service</source>
        <translation>转有偿服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="295"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="295"/>
        <source>C&amp;hannel:</source>
        <translation>来源(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="296"/>
        <source>&amp;Overdue:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="298"/>
        <location filename="../../app/ui/service_log/entry_list.py" line="301"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="298"/>
        <source>Not closed</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="302"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="302"/>
        <source>Not arranged in time</source>
        <translation>超时未安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="303"/>
        <source>Past the close target</source>
        <translation>超时未办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="303"/>
        <source>Either</source>
        <translation>任一超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="304"/>
        <source>Search number, customer, phone, serial or problem…</source>
        <translation>按登记号、用户、电话、出厂编号或故障查找…</translation>
    </message>
</context>
<context>
    <name>EntryWindow</name>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="138"/>
        <source>Service-log entry</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="147"/>
        <source>Arrange…</source>
        <translation>安排…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="147"/>
        <source>Customer informed</source>
        <translation>已通知用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="148"/>
        <source>Reported to head office</source>
        <translation>已报厂家</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="148"/>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="149"/>
        <source>Turn into claim</source>
        <translation>转三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="149"/>
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
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="159"/>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="159"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="159"/>
        <source>C&amp;hecks:</source>
        <translation>检查(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="160"/>
        <source>&amp;Model:</source>
        <translation>机型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="160"/>
        <source>&amp;Technician:</source>
        <translation>维修人员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="160"/>
        <source>&amp;Part no.:</source>
        <translation>配件号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="161"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="164"/>
        <source>Claim or serial number, customer, phone, complaint…</source>
        <translation>维修记录号、出厂编号、用户、电话、故障现象…</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="165"/>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="166"/>
        <source>&amp;Repaired from</source>
        <translation>维修日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="169"/>
        <source>All current</source>
        <translation>全部（当前版本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="169"/>
        <source>Draft or awaiting approval</source>
        <translation>草稿或待审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="170"/>
        <source>All, with superseded revisions</source>
        <translation>全部（含旧版本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="174"/>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="175"/>
        <source>All models</source>
        <translation>全部机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="176"/>
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
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="154"/>
        <source>1 very dissatisfied</source>
        <translation>1 很不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="154"/>
        <source>2 dissatisfied</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="154"/>
        <source>3 acceptable</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="155"/>
        <source>4 satisfied</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="155"/>
        <source>5 very satisfied</source>
        <translation>5 很满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="164"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="164"/>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="168"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="168"/>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="169"/>
        <source>{kind} to {customer}</source>
        <translation>{kind}：{customer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="171"/>
        <source>&lt;b&gt;{customer}&lt;/b&gt; · {phone} · machine {serial} · about {record}, due {due}</source>
        <translation>&lt;b&gt;{customer}&lt;/b&gt; · {phone} · 机器 {serial} · 关于 {record}，{due} 到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="182"/>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="62"/>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="63"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="71"/>
        <source>Template not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="217"/>
        <source>The list of problems was copied.</source>
        <translation>问题清单已复制。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="222"/>
        <source>Choose the Excel file to import</source>
        <translation>选择要导入的 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="223"/>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="230"/>
        <source>Template saved as {path}</source>
        <translation>模板已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="259"/>
        <source>Nothing was imported: {error}</source>
        <translation>未导入任何数据：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="262"/>
        <source>Nothing was imported: unexpected error ({error}); see the log.</source>
        <translation>未导入任何数据：意外错误（{error}），请查看日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="269"/>
        <source>{file}: {rows:,} rows imported — {created:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation>{file}：已导入 {rows:,} 行 —— 新增 {created:,}，更新 {updated:,}，未变 {unchanged:,}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="274"/>
        <source>{count:,} prices changed; the old prices are kept as history.</source>
        <translation>{count:,} 个价格已变更，原价格保留为历史价格。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="277"/>
        <source>{count:,} stock movements recorded.</source>
        <translation>已记录 {count:,} 条库存变动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="285"/>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} 未导入：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="288"/>
        <source>{file} was not imported: {count:,} problems in {rows:,} rows. Nothing was changed; correct the file and import it again.</source>
        <translation>{file} 未导入：{rows:,} 行中有 {count:,} 个问题。数据未作任何改动；请改正文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="338"/>
        <source>Import from Excel: {kind}</source>
        <translation>从 Excel 导入：{kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="341"/>
        <source>The whole file is checked first. If any row is wrong, nothing is imported and every problem is listed with its row and column. Column titles may be in Chinese or English.</source>
        <translation>先检查整个文件。只要有一行有错，就不导入任何数据，并列出每个问题所在的行和列。表头可以用中文或英文。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="343"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="344"/>
        <source>An .xlsx workbook filled in from the template</source>
        <translation>按模板填写的 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="345"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="346"/>
        <source>Save &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="347"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="348"/>
        <source>Co&amp;py the problems</source>
        <translation>复制问题清单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="350"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="350"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="350"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="350"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="14"/>
        <source>Product models</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="15"/>
        <source>Parts and prices</source>
        <translation>配件及价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="16"/>
        <source>Customers</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="17"/>
        <source>Units sold</source>
        <translation>整机销售</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="18"/>
        <source>Stock on hand</source>
        <translation>配件库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="19"/>
        <source>Head office&apos;s inspection of old parts</source>
        <translation>厂家旧件鉴定结果</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="30"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="31"/>
        <source>the file is {size}; files above {limit} are refused, split it into smaller files</source>
        <translation>文件大小为 {size}；超过 {limit} 的文件不能导入，请拆分成较小的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="33"/>
        <source>not an Excel workbook (.xlsx); save it from Excel as “Excel Workbook (*.xlsx)”</source>
        <translation>不是 Excel 工作簿（.xlsx）；请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="35"/>
        <source>the workbook is protected by a password; open it in Excel, remove the password and save it again</source>
        <translation>工作簿设有密码；请在 Excel 中打开，取消密码后重新保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="37"/>
        <source>an old Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx</source>
        <translation>这是旧版 Excel 97-2003 工作簿（.xls）；请在 Excel 中打开并另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="39"/>
        <source>the workbook cannot be read ({detail})</source>
        <translation>无法读取该工作簿（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="40"/>
        <source>the sheet “{sheet}” is empty</source>
        <translation>工作表“{sheet}”是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="41"/>
        <source>no header row found on the sheet “{sheet}”: the first row must hold the column titles of the template</source>
        <translation>工作表“{sheet}”中找不到表头：第一行必须是模板中的列名</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="43"/>
        <source>there are no rows under the header</source>
        <translation>表头下面没有数据行</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="44"/>
        <source>more than {limit} rows; split the file</source>
        <translation>超过 {limit} 行；请拆分文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="45"/>
        <source>required column missing</source>
        <translation>缺少必填的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="46"/>
        <source>this column appears twice (also column {other})</source>
        <translation>该列重复出现（另见第 {other} 列）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="47"/>
        <source>required, but the cell is empty</source>
        <translation>必填，但单元格为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="48"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="49"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="50"/>
        <source>more than {places} decimal places</source>
        <translation>小数超过 {places} 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="51"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="52"/>
        <source>must be greater than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="53"/>
        <source>not a date (write 2026-03-01, 2026/3/1 or 2026年3月1日)</source>
        <translation>不是日期（请写成 2026-03-01、2026/3/1 或 2026年3月1日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="55"/>
        <source>write 是 or 否 (yes or no)</source>
        <translation>请填写“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="56"/>
        <source>not one of: {choices}</source>
        <translation>不在可选范围内：{choices}</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="57"/>
        <source>longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="58"/>
        <source>also on row {other} of this file</source>
        <translation>与本文件第 {other} 行重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="59"/>
        <source>already in the database</source>
        <translation>系统中已有此记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="60"/>
        <source>no model with this code; import or add the model first</source>
        <translation>没有此机型代码；请先导入或添加该机型</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="61"/>
        <source>no customer with this code or phone number; import or add the customer first</source>
        <translation>没有此编号或电话的用户；请先导入或添加该用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="63"/>
        <source>{count} customers have this phone number; give the customer code instead</source>
        <translation>有 {count} 个用户使用此电话；请改填用户编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="65"/>
        <source>no part with this part number; import or add the part first</source>
        <translation>没有此配件编号；请先导入或添加该配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="66"/>
        <source>in the future (today is {today})</source>
        <translation>晚于今天（今天是 {today}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="67"/>
        <source>before the sale date ({sale_date})</source>
        <translation>早于销售日期（{sale_date}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="68"/>
        <source>before the card was sent ({sent_on})</source>
        <translation>早于回执卡寄出日期（{sent_on}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="69"/>
        <source>a card cannot be acknowledged before it was sent</source>
        <translation>回执卡尚未寄出，不能确认收到</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="70"/>
        <source>shorter than the whole-machine warranty ({months} months)</source>
        <translation>短于整机三包期（{months} 个月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="77"/>
        <source>no old part has this tag number</source>
        <translation>没有此标签号的旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="78"/>
        <source>this old part is already {status}; it cannot be inspected again</source>
        <translation>此旧件已是{status}状态，不能再次鉴定</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="80"/>
        <source>this old part is {status}, not shipped to head office</source>
        <translation>此旧件状态为{status}，尚未发运到总部</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="81"/>
        <source>this old part is in shipment {shipment}, the rest of the file in {main}; one file per shipment</source>
        <translation>此旧件属于返厂单 {shipment}，文件中其他旧件属于 {main}；每个文件只能包含一张返厂单</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="83"/>
        <source>a part head office did not receive cannot have a verdict; leave it empty</source>
        <translation>总部未收到的旧件不能有鉴定结果，请留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="85"/>
        <source>head office already reported this part received</source>
        <translation>总部已报告收到此旧件</translation>
    </message>
</context>
<context>
    <name>ImportStage</name>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="23"/>
        <source>Reading the file… {done:,} rows</source>
        <translation>正在读取文件… 已读 {done:,} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="24"/>
        <source>Checking every row against the database…</source>
        <translation>正在逐行核对数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="25"/>
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
        <location filename="../../app/ui/main_window.py" line="55"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Units</source>
        <translation>机器档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Service log</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Warranty claims</source>
        <translation>三包索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>Old parts</source>
        <translation>旧件管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Return shipments</source>
        <translation>旧件返厂</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>Claim batches</source>
        <translation>索赔批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Spare-part reserve plan</source>
        <translation>配件储备计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>Master data</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="64"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>User: {name} ({role})</source>
        <translation>操作人：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Nothing matches “{text}”.</source>
        <translation>没有找到与“{text}”相符的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305"/>
        <source>WarrantyDesk — Warranty Service Station</source>
        <translation>三包服务站 WarrantyDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314"/>
        <source>Claim checks</source>
        <translation>索赔检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="315"/>
        <source>Serial number, claim or tag… (Ctrl+F)</source>
        <translation>出厂编号、索赔单号或旧件标签…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="318"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320"/>
        <source>Automatic (as the system)</source>
        <translation>自动（跟随系统）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322"/>
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
        <location filename="../../app/ui/master_data/page.py" line="247"/>
        <source>Choose a part in the list first.</source>
        <translation>请先在列表中选择一个配件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="284"/>
        <source>Master data</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="296"/>
        <source>Change price…</source>
        <translation>修改价格…</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="297"/>
        <source>Change the selected part&apos;s price; the old price is kept as history</source>
        <translation>修改所选配件的价格；原价格保留为历史价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="29"/>
        <source>Model code</source>
        <translation>机型代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="30"/>
        <location filename="../../app/ui/master_data/columns.py" line="52"/>
        <location filename="../../app/ui/master_data/columns.py" line="68"/>
        <location filename="../../app/ui/master_data/columns.py" line="78"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="31"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="32"/>
        <source>Product class</source>
        <translation>三包产品类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="34"/>
        <source>Warranty (months)</source>
        <translation>整机三包期（月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="36"/>
        <source>Main components (months)</source>
        <translation>主要部件三包期（月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="38"/>
        <source>Warranty hours</source>
        <translation>三包小时数</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="40"/>
        <source>Warranty area (mu)</source>
        <translation>三包面积（亩）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="42"/>
        <source>Labour rate (yuan/h)</source>
        <translation>工时单价（元/小时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="44"/>
        <source>First service (h)</source>
        <translation>首保（小时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="46"/>
        <source>First service (months)</source>
        <translation>首保（月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="51"/>
        <location filename="../../app/ui/master_data/columns.py" line="77"/>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="53"/>
        <location filename="../../app/ui/master_data/columns.py" line="81"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="54"/>
        <location filename="../../app/ui/master_data/columns.py" line="83"/>
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="56"/>
        <source>Warranty part</source>
        <translation>三包件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="57"/>
        <source>Wear part</source>
        <translation>易损件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="58"/>
        <source>Must return</source>
        <translation>须返旧件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="59"/>
        <source>Photo required</source>
        <translation>须拍照</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="60"/>
        <source>Main component</source>
        <translation>主要部件</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="61"/>
        <source>Wear life (months)</source>
        <translation>易损件寿命（月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="63"/>
        <source>Pack size</source>
        <translation>包装数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="67"/>
        <source>Customer code</source>
        <translation>用户编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="69"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="70"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="71"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="72"/>
        <source>Key customer</source>
        <translation>重点用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="73"/>
        <source>Units</source>
        <translation>机器台数</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="79"/>
        <source>On hand</source>
        <translation>库存数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="80"/>
        <source>On order</source>
        <translation>在途数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="82"/>
        <source>Bin location</source>
        <translation>货位</translation>
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
        <location filename="../../app/ui/paid_orders/editor.py" line="235"/>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}：“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="240"/>
        <source>Labour hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="241"/>
        <source>Hourly rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="242"/>
        <location filename="../../app/ui/paid_orders/editor.py" line="351"/>
        <source>Travel</source>
        <translation>差旅费</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="266"/>
        <source>{model} · {customer} {phone}</source>
        <translation>{model} · {customer} {phone}</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="274"/>
        <source>Parts at catalogue price, no mark-up</source>
        <translation>配件按目录价，不加价</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="275"/>
        <source>Parts at catalogue price plus {percent} %</source>
        <translation>配件按目录价加价 {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="283"/>
        <source>Enter the unit&apos;s serial number.</source>
        <translation>请输入出厂编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="285"/>
        <source>The order cannot be saved yet</source>
        <translation>服务单暂不能保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="292"/>
        <source>The order was not saved</source>
        <translation>服务单未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="307"/>
        <source>Cancel the order</source>
        <translation>作废服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="308"/>
        <source>Why is the order cancelled?</source>
        <translation>服务单作废的原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="318"/>
        <source>Paid service order</source>
        <translation>有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="115"/>
        <source>paid service order {number}.pdf</source>
        <translation>有偿服务单 {number}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="116"/>
        <source>Preview, print or save the paid service order</source>
        <translation>预览、打印或保存有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="334"/>
        <source>The PDF was not written</source>
        <translation>PDF 未生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="340"/>
        <source>New paid service order</source>
        <translation>新建有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="342"/>
        <source>Paid service order {number} — {status}</source>
        <translation>有偿服务单 {number} — {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="346"/>
        <source>{status} — read only</source>
        <translation>{status} — 只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="348"/>
        <source>&amp;Serial no.:</source>
        <translation>出厂编号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="348"/>
        <source>Service &amp;date:</source>
        <translation>服务日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="349"/>
        <source>&amp;Technician:</source>
        <translation>维修人员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="349"/>
        <source>&amp;Work done:</source>
        <translation>服务内容(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="350"/>
        <source>&amp;Labour hours:</source>
        <translation>工时(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="350"/>
        <source>× rate/h:</source>
        <translation>× 工时单价：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="350"/>
        <source>T&amp;ravel:</source>
        <translation>差旅费(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="351"/>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="351"/>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="352"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="358"/>
        <source>Scan or type the serial number, then Enter</source>
        <translation>扫描或输入出厂编号，然后按回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="359"/>
        <source>Add part line</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="360"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="361"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="362"/>
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="363"/>
        <source>Cancel the &amp;order…</source>
        <translation>作废服务单(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="364"/>
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
        <location filename="../../app/ui/paid_orders/page.py" line="146"/>
        <source>Parts mark-up</source>
        <translation>配件加价</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="159"/>
        <source>{count} paid service orders</source>
        <translation>共 {count} 张有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="173"/>
        <source>Paid service order</source>
        <translation>有偿服务单</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="193"/>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="194"/>
        <source>Order or serial number, customer, phone…</source>
        <translation>服务单号、出厂编号、用户、电话…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="195"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="198"/>
        <source>Parts &amp;mark-up:</source>
        <translation>配件加价(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="199"/>
        <source>0 %: parts at catalogue price, no mark-up. Set by a service manager.</source>
        <translation>0%：配件按目录价，不加价。由服务经理设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="200"/>
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
    <name>RecordSaleDialog</name>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="190"/>
        <source>Choose the customer from the list, or switch to a new customer.</source>
        <translation>请从列表中选择用户，或改为新用户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="253"/>
        <location filename="../../app/ui/units/sale_dialog.py" line="270"/>
        <source>Record sale</source>
        <translation>登记销售</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="254"/>
        <source>Unit sold</source>
        <translation>售出机器</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="255"/>
        <source>&amp;Serial number:</source>
        <translation>出厂编号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="256"/>
        <source>Scan or type the serial number</source>
        <translation>扫描或输入出厂编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="257"/>
        <source>&amp;Engine number:</source>
        <translation>发动机号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="258"/>
        <source>&amp;Model:</source>
        <translation>机型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="259"/>
        <source>— choose the model —</source>
        <translation>— 请选择机型 —</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="260"/>
        <source>Sale &amp;date:</source>
        <translation>购机日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="261"/>
        <source>&amp;Invoice date:</source>
        <translation>发票日期(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="262"/>
        <source>Invoice &amp;number:</source>
        <translation>发票号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="263"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="264"/>
        <source>E&amp;xisting customer</source>
        <translation>老用户(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="265"/>
        <source>Ne&amp;w customer</source>
        <translation>新用户(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="266"/>
        <source>Name or phone, then Enter</source>
        <translation>输入姓名或电话后按回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="267"/>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="268"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="269"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>RepairRecordPrinting</name>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="39"/>
        <source>Preparing {count} repair records…</source>
        <translation>正在生成 {count} 份三包维修记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="40"/>
        <source>Preparing the repair record…</source>
        <translation>正在生成三包维修记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="46"/>
        <source>Preview, print or save the warranty repair record</source>
        <translation>预览、打印或保存三包维修记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="43"/>
        <source>repair records.pdf</source>
        <translation>三包维修记录.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="43"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="54"/>
        <location filename="../../app/ui/reports/views.py" line="100"/>
        <location filename="../../app/ui/reports/views.py" line="192"/>
        <location filename="../../app/ui/reports/views.py" line="222"/>
        <source>Number of claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="54"/>
        <source>Claimed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="67"/>
        <source>Nothing to show for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="90"/>
        <source>{month}&lt;br&gt;Claims: {n}&lt;br&gt;Claimed: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="93"/>
        <location filename="../../app/ui/reports/views.py" line="173"/>
        <location filename="../../app/ui/reports/views.py" line="221"/>
        <location filename="../../app/ui/reports/views.py" line="241"/>
        <location filename="../../app/ui/reports/views.py" line="255"/>
        <source>Claims</source>
        <translation>索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="93"/>
        <location filename="../../app/ui/reports/views.py" line="156"/>
        <location filename="../../app/ui/reports/views.py" line="198"/>
        <location filename="../../app/ui/reports/views.py" line="218"/>
        <location filename="../../app/ui/reports/views.py" line="242"/>
        <location filename="../../app/ui/reports/views.py" line="256"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="98"/>
        <location filename="../../app/ui/reports/views.py" line="220"/>
        <source>Claimed amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="102"/>
        <source>Claims by repair date: current revisions, cancelled claims left out.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="127"/>
        <source>Approved</source>
        <translation type="unfinished">已审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="127"/>
        <location filename="../../app/ui/reports/views.py" line="197"/>
        <source>Partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="128"/>
        <location filename="../../app/ui/reports/views.py" line="197"/>
        <source>Rejected</source>
        <translation type="unfinished">已拒赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="128"/>
        <source>Approved amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="129"/>
        <location filename="../../app/ui/reports/views.py" line="173"/>
        <source>Deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="129"/>
        <source>Claims decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="136"/>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="143"/>
        <source>Head office&apos;s decisions, by the month of the settlement notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="144"/>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="154"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="155"/>
        <source>Approved (by count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="157"/>
        <source>Approved (by amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="170"/>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="172"/>
        <source>{reason}&lt;br&gt;Claims: {n} (rejected {r})&lt;br&gt;Deducted: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="184"/>
        <source>Claims with money cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="186"/>
        <source>Deducted (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="189"/>
        <source>Rejected claims and cuts in partly approved ones, by head office&apos;s reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="191"/>
        <source>Deducted amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="196"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="196"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="199"/>
        <source>Share of deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="213"/>
        <source>{name}&lt;br&gt;Claims: {n} ({share} of all)&lt;br&gt;Claimed: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="230"/>
        <source>The part marked as the cause of each claim. The chart shows the {top} largest; the table lists all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="234"/>
        <source>{n} claims have no causal part marked.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="242"/>
        <source>Causal part amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="250"/>
        <source>Claims by the model of the unit repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="254"/>
        <source>Model code</source>
        <translation>机型代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="254"/>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="256"/>
        <source>Average per claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/page.py" line="159"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="184"/>
        <source>The reports could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="194"/>
        <source>{start} to {end}: {n:,} claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="202"/>
        <source>reports {start} to {end}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="211"/>
        <source>Export the reports to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="213"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="233"/>
        <source>Writing the reports workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="239"/>
        <location filename="../../app/ui/reports/page.py" line="245"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="240"/>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="244"/>
        <source>The workbook could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="250"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="251"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="252"/>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="253"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="254"/>
        <source>Last &amp;12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="255"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="256"/>
        <source>Every report for the period, one sheet each, in the program&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="258"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="258"/>
        <source>Claims per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="259"/>
        <source>Approval rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="259"/>
        <source>Deductions by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="260"/>
        <source>Causal parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="260"/>
        <source>Claims by model</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../app/ui/reports/scorecard_view.py" line="96"/>
        <source>{met:,} of {counted:,} met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="98"/>
        <source>Missed: {missed:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="100"/>
        <source>of which not done yet: {n:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="102"/>
        <source>Waiting for head office: {n:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="104"/>
        <source>Not due yet: {n:,}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="12"/>
        <source>Registration cards sent in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="13"/>
        <source>Service tasks arranged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="14"/>
        <source>Old parts returned in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="15"/>
        <source>Claims approved first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="16"/>
        <source>Follow-ups made in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="19"/>
        <source>Target: sent within {n} days of the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="20"/>
        <source>Target: arranged within {n} hours of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="21"/>
        <source>Target: shipped by the return date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="22"/>
        <source>Target: approved in full at the first submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="23"/>
        <source>Target: made by the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="26"/>
        <source>Units sold in the period. A card sent after its due date, or not sent by then, is missed — also when a manager accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="28"/>
        <source>Tasks received in the period, maintenance reminders left out. Closing a task at once counts as arranging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="30"/>
        <source>Old parts due back in the period. Parts written off before shipping or left here by head office are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="32"/>
        <source>First submissions of claims repaired in the period that head office has decided. Drafts are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="34"/>
        <source>Follow-up calls and visits due in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="37"/>
        <source>{n} of the missed accepted by a manager&apos;s override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="38"/>
        <source>{n} not counted (written off, or left here by head office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="141"/>
        <source>What head office rates the dealer on. Only records whose deadline has passed, or that were done, count; the rest are not due yet.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../app/ui/units/service_file.py" line="194"/>
        <source>The service file could not be loaded: {error}</source>
        <translation>无法载入服务档案：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="222"/>
        <source>Card marked as sent on {date}.</source>
        <translation>已登记回执卡于 {date} 寄出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="228"/>
        <source>Head office&apos;s acknowledgement recorded for {date}.</source>
        <translation>已登记厂家于 {date} 确认收到回执卡。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="240"/>
        <source>Override recorded: warranty service is recognised again.</source>
        <translation>特批已记录：该机三包服务重新获得承认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="124"/>
        <source>registration-card-{serial}.pdf</source>
        <translation>三包回执卡-{serial}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="125"/>
        <source>Preview, print or save the warranty registration card</source>
        <translation>预览、打印或保存三包回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="126"/>
        <source>&amp;Print card</source>
        <translation>打印回执卡(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="250"/>
        <source>Registration card saved to {path}.</source>
        <translation>三包回执卡已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="262"/>
        <source>Service file — {serial}</source>
        <translation>服务档案 — {serial}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="264"/>
        <source>Customer: {name}  ·  {phone}  ·  {address}  ({code})</source>
        <translation>用户：{name}  ·  {phone}  ·  {address}（{code}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="268"/>
        <source>Sold {sale}  ·  invoice {invoice} of {invoice_date}  ·  engine number {engine}  ·  model {model}  ·  {status}</source>
        <translation>购机日期 {sale}  ·  发票 {invoice}（{invoice_date}）  ·  发动机号 {engine}  ·  机型 {model}  ·  {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="277"/>
        <source>{days} days in repair added</source>
        <translation>顺延维修期间 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="278"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="284"/>
        <source>{state} (no card recorded yet)</source>
        <translation>{state}（尚未登记回执卡）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="286"/>
        <source>warranty recognised by override</source>
        <translation>经特批承认三包</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="287"/>
        <source>warranty not recognised</source>
        <translation>三包不予承认</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="295"/>
        <source>{reason} — {manager}, {when}</source>
        <translation>{reason} — {manager}，{when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="305"/>
        <source>Only a service manager can do this</source>
        <translation>只有服务经理可以执行此操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="332"/>
        <source>Service log</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="333"/>
        <source>Warranty repair</source>
        <translation>三包维修</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="334"/>
        <source>Main part replaced</source>
        <translation>更换主要部件</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="335"/>
        <source>Paid service</source>
        <translation>有偿服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="339"/>
        <source>Warranty</source>
        <translation>三包</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="340"/>
        <source>Whole machine:</source>
        <translation>整机：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="341"/>
        <source>Main components until:</source>
        <translation>主要部件至：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="342"/>
        <source>Extension:</source>
        <translation>顺延：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="343"/>
        <source>Hour meter:</source>
        <translation>小时计读数：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="344"/>
        <source>Warranty registration card</source>
        <translation>三包回执卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="345"/>
        <source>Due by:</source>
        <translation>寄回期限：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="346"/>
        <source>Sent on:</source>
        <translation>寄出日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="347"/>
        <source>Acknowledged on:</source>
        <translation>厂家确认日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="348"/>
        <source>Override:</source>
        <translation>特批：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="349"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="350"/>
        <source>Mark &amp;sent</source>
        <translation>登记寄出(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="351"/>
        <source>&amp;Acknowledged</source>
        <translation>厂家已确认(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="352"/>
        <source>Manager &amp;override…</source>
        <translation>经理特批(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="354"/>
        <source>History (newest first)</source>
        <translation>服务记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="356"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="356"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="356"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="356"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="356"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="357"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="357"/>
        <source>Technician / details</source>
        <translation>维修人员 / 说明</translation>
    </message>
</context>
<context>
    <name>ServiceLogPage</name>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="74"/>
        <source>Service log</source>
        <translation>售后服务登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="75"/>
        <source>Follow-up calls and visits</source>
        <translation>回访与走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="76"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="77"/>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="130"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="131"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="132"/>
        <source>&amp;Interface and printed forms:</source>
        <translation>界面和打印单据(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="133"/>
        <source>Automatic (as the system)</source>
        <translation>自动（跟随系统）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="134"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="135"/>
        <source>&amp;Working at this workstation:</source>
        <translation>本工作站操作人(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="139"/>
        <source>Changes, approvals and overrides are recorded under this name; approving claims and overriding late registration cards needs the service manager role.</source>
        <translation>修改、审批和特批均以此人名义记录；审批索赔和特批逾期三包回执卡须由服务经理操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="141"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="142"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="143"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="145"/>
        <source>The dealer profile, users and roles, warranty rules, return windows, seasons, templates and backups are set here too once those parts of the program arrive.</source>
        <translation>经销商信息、用户与角色、三包规则、旧件返厂日期、作业季节、导出模板和备份，将在相应功能推出后在此设置。</translation>
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
        <location filename="../../app/ui/shipments/page.py" line="107"/>
        <source>{count} shipments</source>
        <translation>共 {count} 张返厂单</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="132"/>
        <source>New shipment</source>
        <translation>新建返厂单</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="157"/>
        <source>&amp;New shipment</source>
        <translation>新建返厂单(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="158"/>
        <source>Start a return shipment and scan its tags (Ctrl+N)</source>
        <translation>新建旧件返厂单并扫描标签（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>ShippingForm</name>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="139"/>
        <source>Shipping</source>
        <translation>发运</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="140"/>
        <source>&amp;Carrier:</source>
        <translation>承运商(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="140"/>
        <source>&amp;Waybill no.:</source>
        <translation>运单号(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="140"/>
        <source>Shipped &amp;on:</source>
        <translation>发运日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="140"/>
        <source>Pac&amp;kages:</source>
        <translation>件数(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="145"/>
        <source>e.g. 德邦物流</source>
        <translation>如：德邦物流</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="146"/>
        <source>With head office&apos;s &amp;delivery truck</source>
        <translation>随厂家送货车返回(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="147"/>
        <source>W&amp;eight (kg):</source>
        <translation>重量（千克）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="148"/>
        <source>&amp;Ship</source>
        <translation>发运(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="149"/>
        <source>The shipment leaves: it can no longer change</source>
        <translation>发运后返厂单不能再修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="150"/>
        <source>Head office</source>
        <translation>厂家</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="151"/>
        <source>&amp;Received on:</source>
        <translation>接收日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="152"/>
        <source>Verdict:</source>
        <translation>鉴定：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="153"/>
        <source>Mark &amp;received</source>
        <translation>确认已接收(&amp;R)</translation>
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
