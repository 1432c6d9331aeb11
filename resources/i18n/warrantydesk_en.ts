<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="103"/>
        <source>installed program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="103"/>
        <source>source checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="104"/>
        <source>SQLite file on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="105"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="128"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="132"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="133"/>
        <source>Copy these details to the clipboard, to paste into a message to your support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="137"/>
        <source>About WarrantyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="138"/>
        <source>WarrantyDesk 三包服务站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="139"/>
        <source>Warranty service desk for farm-machinery dealers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="141"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="142"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="143"/>
        <source>Database type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="144"/>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="145"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="146"/>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="147"/>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="148"/>
        <source>Components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="149"/>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="161"/>
        <source>WarrantyDesk is proprietary software, licensed to the dealer who installed it. It includes Qt for Python (LGPL-3.0), the WenQuanYi Micro Hei font (Apache-2.0) and other open-source components under their own licences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="167"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="191"/>
        <source>The account could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="223"/>
        <source>Deductions by reason: batch {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="224"/>
        <source>Deductions by reason: all batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="247"/>
        <source>Record an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="257"/>
        <source>Export the account to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="259"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="261"/>
        <source>account with head office {day}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="271"/>
        <source>Writing the account workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="276"/>
        <location filename="../../app/ui/batches/account_view.py" line="282"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="276"/>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="281"/>
        <source>The workbook could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="287"/>
        <location filename="../../app/ui/batches/account_tables.py" line="45"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="287"/>
        <location filename="../../app/ui/batches/account_tables.py" line="46"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="287"/>
        <location filename="../../app/ui/batches/account_tables.py" line="47"/>
        <location filename="../../app/ui/batches/account_tables.py" line="65"/>
        <source>Deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="288"/>
        <source>Awaiting settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="288"/>
        <location filename="../../app/ui/batches/account_tables.py" line="50"/>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="289"/>
        <location filename="../../app/ui/batches/account_tables.py" line="51"/>
        <location filename="../../app/ui/batches/account_tables.py" line="87"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="289"/>
        <source>Credit not offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="290"/>
        <location filename="../../app/ui/batches/account_tables.py" line="52"/>
        <source>Still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="293"/>
        <source>Claims head office has not settled plus credit not yet offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="294"/>
        <source>Record an &amp;offset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="295"/>
        <source>Credit used against the dealer&apos;s payable to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="296"/>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="297"/>
        <source>The ledger, the batches, the deductions and the ageing, one sheet each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="299"/>
        <source>Per batch (choose one to see its deductions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="300"/>
        <source>Ageing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_view.py" line="301"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="31"/>
        <source>{count:,} claims head office has not settled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="33"/>
        <source>Claimed minus approved, deducted and awaiting leaves {amount} unexplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="42"/>
        <location filename="../../app/ui/batches/account_tables.py" line="82"/>
        <source>Batch no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="43"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="44"/>
        <location filename="../../app/ui/batches/account_tables.py" line="64"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="48"/>
        <source>Awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="62"/>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="63"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="80"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="81"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="83"/>
        <source>Settlement no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="84"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="85"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="86"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="88"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionListPanel</name>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="44"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="45"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="62"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="63"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="64"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="66"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="67"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="68"/>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="69"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="70"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="140"/>
        <location filename="../../app/ui/dashboard/action_list.py" line="163"/>
        <location filename="../../app/ui/dashboard/action_list.py" line="185"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="157"/>
        <source>First service due on {date}: book the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="166"/>
        <source>Service log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="166"/>
        <source>Service-log entry {number} was made for {serial}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="185"/>
        <source>The unit&apos;s service file is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="213"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="216"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="217"/>
        <location filename="../../app/ui/dashboard/action_list.py" line="220"/>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="221"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="221"/>
        <source>in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="228"/>
        <source>sold {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="230"/>
        <source>hour meter reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="235"/>
        <source>{title}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="243"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="244"/>
        <source>Open the selected row (double-click or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="245"/>
        <source>Make service-log &amp;entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/action_list.py" line="246"/>
        <source>Hide list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="92"/>
        <source>Say why the stock is adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="96"/>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="97"/>
        <source>&amp;Part no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="98"/>
        <source>Quantity &amp;counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="99"/>
        <source>C&amp;hange (+ in, − out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="100"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="100"/>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="103"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="105"/>
        <source>Stock count, damaged in store, found …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeingTable</name>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="145"/>
        <source>Awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="145"/>
        <source>Exported claims head office has not settled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="146"/>
        <source>Not offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="146"/>
        <source>Credited by head office, not yet offset against the payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="147"/>
        <location filename="../../app/ui/batches/account_tables.py" line="153"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="152"/>
        <source>0–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="152"/>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="152"/>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/account_tables.py" line="153"/>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrangeDialog</name>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="96"/>
        <source>Arrange {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="97"/>
        <source>Arrange by {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="99"/>
        <source>&amp;Technician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="100"/>
        <source>&amp;Arranged at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="101"/>
        <source>&amp;Visit agreed for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="321"/>
        <source>Emergency order {number} received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="323"/>
        <source>{part} {name} × {quantity} for claim {claim}, ordered on {ordered}. It goes into stock, and the days waited are recorded on the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="328"/>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="330"/>
        <source>&amp;Delivery list no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="332"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskBeforeClosing</name>
    <message>
        <location filename="../../app/ui/claims/closing.py" line="38"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/closing.py" line="39"/>
        <source>There are changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <location filename="../../app/ui/labels.py" line="92"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94"/>
        <source>Customer signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95"/>
        <source>Scan of the signed record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="118"/>
        <source>{name} · {size} KB · SHA-256 {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="135"/>
        <source>{name} is {size} MB; attachments may be at most {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="142"/>
        <source>{name}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="148"/>
        <location filename="../../app/ui/claims/attachments_tab.py" line="182"/>
        <location filename="../../app/ui/claims/attachments_tab.py" line="200"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="155"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="155"/>
        <source>Add scanned documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="158"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="159"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="233"/>
        <source>Save the claim first, then attach photos and scanned documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="235"/>
        <source>The claim is read only: its attachments cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="237"/>
        <source>{count} attached. Photos count for the photo check; at most 20 MB a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="239"/>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="240"/>
        <source>Add scanned &amp;documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="241"/>
        <source>Capture &amp;signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="242"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/attachments_tab.py" line="243"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="87"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="87"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="87"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="87"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="88"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="88"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="97"/>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="108"/>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="114"/>
        <source>Backup written and checked: {file} ({units} units, {claims} claims).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="123"/>
        <source>Backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="123"/>
        <source>WarrantyDesk backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="130"/>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="137"/>
        <source>Restore the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="138"/>
        <source>{file} is intact and holds {units} units and {claims} claims.

Restoring closes the database, sets the current one aside (nothing is deleted) and puts the backup in its place. Work entered since the backup was written will not be in it. Close WarrantyDesk on the other workstations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="143"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="149"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="150"/>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="151"/>
        <source>Automatic backups to &amp;keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="152"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="153"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="154"/>
        <source>Res&amp;tore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="156"/>
        <source>The database is on a PostgreSQL server, which the program does not back up itself. Ask whoever runs the server to do it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="160"/>
        <source>A checked copy is written when the program starts and once a day while it runs; the oldest beyond the number kept are removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="53"/>
        <source>Claim no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="55"/>
        <source>Repair date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="56"/>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="57"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="58"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="59"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="60"/>
        <location filename="../../app/ui/batches/batch_panel.py" line="315"/>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="61"/>
        <location filename="../../app/ui/batches/batch_panel.py" line="315"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="62"/>
        <location filename="../../app/ui/batches/batch_panel.py" line="315"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="63"/>
        <location filename="../../app/ui/batches/batch_panel.py" line="316"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="109"/>
        <source>Print &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="180"/>
        <source>Claim batch {number} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="184"/>
        <source>Settled by head office: read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="186"/>
        <source>Exported on {time} as {package}: read only. Its claims stay locked until head office&apos;s settlement comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="189"/>
        <source>Repair dates: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="190"/>
        <source>Claims picked one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="191"/>
        <source>made {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="199"/>
        <source>{count:,} claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="260"/>
        <source>Add claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="269"/>
        <source>Remove claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="274"/>
        <location filename="../../app/ui/batches/batch_panel.py" line="293"/>
        <source>Delete batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="275"/>
        <source>Delete batch {number}? Its {count:,} claims go back to the approved claims waiting for a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="316"/>
        <source>Grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="316"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="319"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="320"/>
        <source>Write the package for head office and lock the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="321"/>
        <source>&amp;Delete batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="322"/>
        <source>Only an open batch; its claims wait for the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="323"/>
        <source>&amp;Add claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="324"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="325"/>
        <source>The claims go back to approved and wait for the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batch_panel.py" line="326"/>
        <source>Choose a batch on the left, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="112"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="113"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="114"/>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSummaryPrinting</name>
    <message>
        <location filename="../../app/ui/batches/summary_printing.py" line="27"/>
        <source>Preparing the batch summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/summary_printing.py" line="30"/>
        <source>batch summary {number}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/summary_printing.py" line="33"/>
        <source>Preview, print or save the summary of the batch, to send with it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <location filename="../../app/ui/batches/page.py" line="78"/>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/page.py" line="79"/>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/page.py" line="80"/>
        <source>Account with head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/page.py" line="81"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="34"/>
        <source>Batch no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="36"/>
        <source>Repair dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="38"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="40"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="42"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="46"/>
        <source>All batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="115"/>
        <source>{count:,} batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="183"/>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="188"/>
        <source>Gathering the claims into a new batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="197"/>
        <source>&amp;New batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/batches_view.py" line="198"/>
        <source>Gather the approved claims of a repair-date period (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <location filename="../../app/bootstrap.py" line="27"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <location filename="../../app/ui/change_follow.py" line="250"/>
        <source>The database answers again; the lists were reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../../app/ui/change_follow.py" line="86"/>
        <source>Changed on another workstation — reload when you have saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/change_follow.py" line="87"/>
        <source>Reload now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/change_follow.py" line="88"/>
        <source>Reload the list; open editors keep what you typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckLevel</name>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="60"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="61"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="62"/>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRulesBox</name>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="31"/>
        <source>Registration card late or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="32"/>
        <source>Outside warranty by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="33"/>
        <source>Outside warranty by hours or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="34"/>
        <source>Failure date after repair date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="35"/>
        <source>Date in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="36"/>
        <source>Repair before the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="37"/>
        <source>Same unit and causal part claimed again within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="38"/>
        <source>Same part repaired more than (times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="39"/>
        <source>Unit repaired more than (times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="40"/>
        <source>Labour above the flat rate by more than (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="41"/>
        <source>Hour meter lower than an earlier reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="42"/>
        <source>Must-return part not retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="43"/>
        <source>Customer signature not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="44"/>
        <source>Photos missing where required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="45"/>
        <source>Cause is a warranty exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="120"/>
        <source>Claim checks not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="125"/>
        <source>Saved. Checks run with these settings from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="137"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="137"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="137"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="138"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="146"/>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="147"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="154"/>
        <source>&amp;Save checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="155"/>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/check_rules.py" line="156"/>
        <source>Only a service manager can save changes to the checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimAuditAction</name>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="39"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="40"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="41"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="42"/>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="43"/>
        <source>Attachment removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimAuditField</name>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="12"/>
        <source>Failure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="13"/>
        <source>Repair date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="14"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="15"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="16"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="17"/>
        <source>Fault code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="18"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="19"/>
        <source>Hour meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="20"/>
        <source>Area worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="21"/>
        <source>Exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="22"/>
        <source>Travel distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="23"/>
        <source>Travel rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="24"/>
        <source>Labour amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="25"/>
        <source>Parts amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="26"/>
        <source>Travel amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="27"/>
        <source>Other costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="28"/>
        <source>Other costs note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="29"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="30"/>
        <source>Days waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="31"/>
        <source>Customer signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="32"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="33"/>
        <source>Labour lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="34"/>
        <source>Part lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="35"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/audit_tab.py" line="36"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <location filename="../../app/ui/claims/editor_parts.py" line="64"/>
        <source>Old part {tags} overdue for return since {due}: ship it back, or head office will not pay this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor_parts.py" line="71"/>
        <source>Old parts: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor_parts.py" line="80"/>
        <source>{status}, due back {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor_parts.py" line="108"/>
        <source>{model} · {customer} {phone} · sold {sale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="248"/>
        <location filename="../../app/ui/claims/editor.py" line="374"/>
        <source>The claim cannot be reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="298"/>
        <source>Enter the unit&apos;s serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="300"/>
        <source>The claim cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="312"/>
        <source>The claim was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="328"/>
        <source>The claim cannot be marked ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="339"/>
        <location filename="../../app/ui/claims/editor.py" line="342"/>
        <source>The claim was not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="352"/>
        <source>The claim cannot be reworked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="378"/>
        <source>Saved on another workstation after you opened it: your changes were NOT saved, but they are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="380"/>
        <source>Changed on another workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="381"/>
        <source>Copy what you need from this window, then reload the saved claim and make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="394"/>
        <source>Approval needs the service manager role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="402"/>
        <source>New warranty claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="404"/>
        <source>Warranty claim {number} (revision {revision}) — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="410"/>
        <source>In batch {batch} — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="412"/>
        <source>{status}, batch {batch} — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="415"/>
        <source>{status} — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="419"/>
        <source>Repair recor&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="419"/>
        <source>&amp;Labour and parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="420"/>
        <source>&amp;Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="420"/>
        <source>Aud&amp;it trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="422"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="423"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="424"/>
        <source>&amp;Mark ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="425"/>
        <source>Ready for the service manager: no blocking check may remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="426"/>
        <source>Appro&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="427"/>
        <source>Rewor&amp;k as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="428"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="429"/>
        <source>&amp;Emergency order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="431"/>
        <source>Order a part this repair waits for; the waiting days go on the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor.py" line="432"/>
        <source>Reload the saved claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimFinding</name>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="20"/>
        <source>The registration card was late or never sent: head office does not recognise the warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="22"/>
        <source>The failure date is outside the warranty period, or the unit&apos;s warranty is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="24"/>
        <source>The hour meter or the area worked is beyond the warranty&apos;s usage limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="26"/>
        <source>The failure date {failure} is after the repair date {repair}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="28"/>
        <source>The date {date} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="29"/>
        <source>The failure or repair is dated before the unit was sold on {sale}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="31"/>
        <source>The same causal part was already claimed on this unit within {days} days (claim {claim}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="33"/>
        <source>Part {part} has been repaired {times} times on this unit: consider replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="35"/>
        <source>This unit has now been repaired {times} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="36"/>
        <source>Operation {operation}: {actual} h worked is more than the flat rate of {flat} h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="38"/>
        <source>The hour meter reading {reading} is lower than the {earlier} recorded before for this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="40"/>
        <source>Parts that must go back to head office are not kept as old parts: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="42"/>
        <source>The customer&apos;s signature is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="43"/>
        <source>This part or model needs photos, and none is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="45"/>
        <source>The cause is recorded as an exclusion ({exclusion}): not a warranty case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <location filename="../../app/ui/claims/form.py" line="213"/>
        <source>&amp;Serial no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="213"/>
        <source>&amp;Failure date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="214"/>
        <source>&amp;Repair date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="214"/>
        <source>&amp;Technician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="215"/>
        <source>&amp;Hour meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="215"/>
        <source>Area &amp;worked (mu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="216"/>
        <source>Fault &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="216"/>
        <source>Com&amp;plaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="216"/>
        <source>Ca&amp;use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="217"/>
        <source>C&amp;orrection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="217"/>
        <source>E&amp;xclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="218"/>
        <source>Days waiting for parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="221"/>
        <source>Scan or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="222"/>
        <source>Scan the serial number or type it, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="223"/>
        <source>What the customer reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="224"/>
        <source>What the technician found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="225"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="226"/>
        <source>Customer has si&amp;gned the repair record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="244"/>
        <source>Hour meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="245"/>
        <source>Area worked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimPeriods</name>
    <message>
        <location filename="../../app/ui/claims/editor_periods.py" line="95"/>
        <source>Less than 15 days after the sale: the customer may choose an exchange instead of this repair (for a safety or performance fault up to {date}). An exchange is recorded in the unit&apos;s service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/editor_periods.py" line="98"/>
        <source>Less than 15 days after an exchange: the customer may choose a refund instead of this repair (for a safety or performance fault up to {date}). A refund is recorded in the unit&apos;s service file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimPickDialog</name>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="37"/>
        <source>Claim no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="38"/>
        <source>Repair date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="39"/>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="40"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="41"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="42"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="207"/>
        <source>Create with all of them ({count:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="208"/>
        <source>Add the chosen ({count:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="209"/>
        <source>Create with the chosen ({count:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="213"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="215"/>
        <source>{total:,} approved claims wait for a batch; {count:,} chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="220"/>
        <source>New claim batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="222"/>
        <source>Approved claims not yet in a batch, repaired in the period. Create the batch with all of them, or choose some (Ctrl or Shift) and create it with those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="225"/>
        <source>Add claims to batch {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="227"/>
        <source>Approved claims not yet in a batch that fit the batch&apos;s period. Choose them (Ctrl or Shift) and add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="229"/>
        <source>Repaired &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="230"/>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="231"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="232"/>
        <source>Claim number, serial number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/pick_dialog.py" line="233"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="76"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77"/>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79"/>
        <source>In a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80"/>
        <source>Settled in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81"/>
        <source>Settled in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="83"/>
        <source>Superseded by a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsListView</name>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="49"/>
        <source>Claim no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="51"/>
        <source>Repair date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="52"/>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="53"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="54"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="55"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="56"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="57"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="59"/>
        <source>Repair clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="179"/>
        <source>{count} claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="192"/>
        <source>Approval needs the service manager role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="210"/>
        <source>The claim cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="240"/>
        <source>Too many claims selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="241"/>
        <source>{count} claims are selected; act on at most {limit} at a time (narrow the filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="253"/>
        <location filename="../../app/ui/claims/claims_list.py" line="257"/>
        <source>Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="258"/>
        <source>{count} claims checked: {blocking} blocking, {warning} with warnings, {ok} OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="269"/>
        <location filename="../../app/ui/claims/claims_list.py" line="271"/>
        <source>Approve claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="271"/>
        <source>{done} approved, {refused} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="279"/>
        <location filename="../../app/ui/claims/claims_list.py" line="291"/>
        <location filename="../../app/ui/claims/claims_list.py" line="293"/>
        <source>Cancel claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="280"/>
        <source>Why are these {count} claims cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="293"/>
        <source>{done} cancelled, {refused} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="308"/>
        <source>&amp;New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="309"/>
        <source>A new warranty repair record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="310"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="311"/>
        <source>Run chec&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="312"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/claims_list.py" line="313"/>
        <source>&amp;Cancel claims…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <location filename="../../app/ui/claims/page.py" line="68"/>
        <source>Warranty claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/page.py" line="69"/>
        <source>Paid service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/page.py" line="70"/>
        <source>Import signed scans…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockStrip</name>
    <message>
        <location filename="../../app/ui/widgets/clocks.py" line="116"/>
        <source>Warranty clocks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/clocks.py" line="117"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <location filename="../../app/ui/widgets/clocks.py" line="22"/>
        <source>Reply within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/clocks.py" line="23"/>
        <source>Busy-season fix within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/clocks.py" line="24"/>
        <source>Repair within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="127"/>
        <source>Close {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="129"/>
        <source>&amp;Answer given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="129"/>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="130"/>
        <source>&amp;Closed at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../app/ui/widgets/coming_page.py" line="37"/>
        <source>This section is being built and arrives in a coming version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="36"/>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="37"/>
        <source>Part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="38"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="39"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="41"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="43"/>
        <source>Stock planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="44"/>
        <source>On hand and on order when the plan was made, and the quantity ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="46"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="47"/>
        <source>Short (+) / left (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="165"/>
        <source>Add a season first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="173"/>
        <source>The season starts {start}: nothing used yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="176"/>
        <source> (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="177"/>
        <source>From {start} to {end}{through} the season used {used} parts ({qty} pieces); {covered} of them stayed within the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="182"/>
        <source>No plan was made for this season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="184"/>
        <source>Plan {number} ({status}) covered {parts} parts: forecast {forecast}, stock planned {qty} pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="190"/>
        <source>&amp;Season:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="191"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="192"/>
        <source>Find a part number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="193"/>
        <source>Short only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/compare_view.py" line="194"/>
        <source>Parts the season used more of than the plan held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostsForm</name>
    <message>
        <location filename="../../app/ui/claims/form.py" line="337"/>
        <source>Travel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="338"/>
        <source>Distanc&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="339"/>
        <source>Fi&amp;xed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="340"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="341"/>
        <source>yuan/km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="342"/>
        <source>&amp;Other costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="343"/>
        <source>for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="344"/>
        <source>What the other costs are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="349"/>
        <source>Travel distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="350"/>
        <source>Travel rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="351"/>
        <source>Travel amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="353"/>
        <source>Travel: enter both the distance and the rate per km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="355"/>
        <source>Other costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterSaleDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="138"/>
        <source>Counter sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="139"/>
        <source>&amp;Part no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="139"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="140"/>
        <source>Unit &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="140"/>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="141"/>
        <source>&amp;Sold on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="147"/>
        <source>Catalogue price: {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="148"/>
        <source>Empty: the catalogue price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="149"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../app/ui/crash.py" line="58"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="61"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="62"/>
        <source>WarrantyDesk met an unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="65"/>
        <source>Nothing was half-saved: a change that was being saved when it happened was not written at all. You can carry on working; if it happens again, send the log to your support: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="59"/>
        <source>Units registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="60"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="61"/>
        <source>Warranty claims in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="62"/>
        <source>Claims awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="64"/>
        <source>Approved claims not yet in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="66"/>
        <source>Claims in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="68"/>
        <source>Open service log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="28"/>
        <source>Registration cards due within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="30"/>
        <source>Registration cards late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="32"/>
        <source>Service entries not arranged within {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="34"/>
        <source>Open entries past the {close} h close target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="36"/>
        <source>Follow-up calls and visits due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="38"/>
        <source>First services due within {within} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="40"/>
        <source>Old parts due for return within {soon} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="44"/>
        <source>Spare-part reserve plans due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="47"/>
        <source>Requests with a warranty clock running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="49"/>
        <source>Requests past a warranty clock, still not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="51"/>
        <source>Repairs nearing the 40-day limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="53"/>
        <source>Repairs past the 40-day limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="55"/>
        <source>Models without a product class or below the statutory periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="70"/>
        <source>Old parts in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="42"/>
        <source>Old parts overdue for return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="72"/>
        <source>Claim batches open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="199"/>
        <source>The figures could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="249"/>
        <source>Dealer code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="251"/>
        <source>Dealer not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="255"/>
        <source>Figures as of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="269"/>
        <source>Click to open the list of old parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="271"/>
        <source>Click to open the service log, filtered to these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="273"/>
        <source>Click to open the claims list, filtered to these repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="275"/>
        <source>Click to open the reserve plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="277"/>
        <source>Click to list them below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="280"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="281"/>
        <source>Load the figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="282"/>
        <source>Needs action today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="283"/>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="284"/>
        <source>Warranty claims by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="285"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="285"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealerProfileBox</name>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="60"/>
        <source>The database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="66"/>
        <source>Saved. Forms print the new profile from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="70"/>
        <source>Dealer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="71"/>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="72"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_box.py" line="73"/>
        <source>Only a service manager can change the dealer profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealerProfileForm</name>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="122"/>
        <source>Choose the dealer&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="123"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="138"/>
        <location filename="../../app/ui/settings/dealer_form.py" line="153"/>
        <source>(no logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="142"/>
        <source>Dealer &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="142"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="142"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="142"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="143"/>
        <source>Service &amp;hotline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="143"/>
        <source>&amp;Manufacturer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="143"/>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="146"/>
        <source>as head office gave it, e.g. D3701</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="147"/>
        <source>printed on every form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="148"/>
        <source>the number customers call for service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="149"/>
        <source>whose warranty the station serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="150"/>
        <source>Choose &amp;picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/dealer_form.py" line="151"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="254"/>
        <source>Models, parts, customers and machines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="255"/>
        <source>Service log and warranty claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="256"/>
        <source>Batches, old parts and stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="257"/>
        <source>Writing the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="258"/>
        <source>Checking the open claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="259"/>
        <location filename="../../app/ui/first_run/pages.py" line="276"/>
        <source>Building the demo dealer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="266"/>
        <source>The demo dealer is ready. Finish opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="272"/>
        <source>Demo dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="273"/>
        <source>A made-up dealer with two thousand machines and their claims, to try every screen. This takes a little while.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyOrderDialog</name>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="159"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="195"/>
        <source>Emergency order {number}: {part} × {quantity} ordered on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="223"/>
        <source>{number} received; the claim waited {days} days for parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="239"/>
        <source>Emergency orders of claim {claim}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="240"/>
        <source>Claim {claim} ({status}): {days} days waiting for parts recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="243"/>
        <source>The claim is no longer at the dealer: no new orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="246"/>
        <source>Emergency orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="247"/>
        <source>Parts of the claim (choose one to order it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="248"/>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="251"/>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="248"/>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="251"/>
        <source>Part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="248"/>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="249"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="250"/>
        <source>Emergency orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="251"/>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="252"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="253"/>
        <source>Ordered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="253"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="254"/>
        <source>Days waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="255"/>
        <source>&amp;Received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="256"/>
        <source>New emergency order for a part not in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="257"/>
        <source>&amp;Part no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="257"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="258"/>
        <source>Ordered &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="258"/>
        <source>Order &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="262"/>
        <source>Optional: the factory&apos;s order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/emergency_dialog.py" line="263"/>
        <source>Place &amp;emergency order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyPanel</name>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="371"/>
        <source>{count} emergency orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="375"/>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="376"/>
        <source>Order, claim or part number, part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="377"/>
        <source>&amp;Open orders only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <location filename="../../app/ui/service_log/actions.py" line="106"/>
        <source>Warranty claim created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/actions.py" line="107"/>
        <source>{entry} became warranty claim {claim}, a draft. Complete it in the Warranty claims section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/actions.py" line="119"/>
        <source>Paid service order created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/actions.py" line="120"/>
        <source>{entry} became paid service order {order}, a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/actions.py" line="151"/>
        <source>Service log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryClockPanel</name>
    <message>
        <location filename="../../app/ui/service_log/entry_clocks.py" line="71"/>
        <source>Fault difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_clocks.py" line="76"/>
        <source>&amp;Fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_clocks.py" line="77"/>
        <source>Easy (fixed within 2 days in the busy season)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_clocks.py" line="78"/>
        <source>Hard (fixed within 5 days in the busy season)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="50"/>
        <source>Select an entry to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="56"/>
        <source>Received {time} from {who} ({phone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="60"/>
        <source>Machine {serial} · {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="62"/>
        <source>Problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="63"/>
        <source>Arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="66"/>
        <source>Technician {name}, visit agreed for {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="68"/>
        <source>Customer informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="69"/>
        <source>Reported to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="70"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="72"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="72"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="75"/>
        <source>Became warranty claim {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="77"/>
        <source>Became paid service order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="85"/>
        <source>(after the target {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="90"/>
        <source>not yet; due by {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="92"/>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="97"/>
        <source>{caption}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="54"/>
        <source>Closed at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="57"/>
        <source>To be arranged by {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="59"/>
        <source>To be closed by {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="68"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="69"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="70"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="71"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="72"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="73"/>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="74"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="77"/>
        <source>Due by / closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="78"/>
        <source>Warranty clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="250"/>
        <location filename="../../app/ui/service_log/entry_list.py" line="326"/>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="306"/>
        <source>New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="306"/>
        <source>Arrange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="307"/>
        <source>Customer informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="307"/>
        <source>Reported to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="308"/>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="308"/>
        <source>Turn into claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="309"/>
        <source>Turn into paid service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="314"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="314"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="315"/>
        <source>&amp;Overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="315"/>
        <source>Warranty c&amp;lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="317"/>
        <location filename="../../app/ui/service_log/entry_list.py" line="320"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="317"/>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="321"/>
        <location filename="../../app/ui/service_log/entry_list.py" line="323"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="321"/>
        <source>Not arranged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="322"/>
        <source>Past the close target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="322"/>
        <source>Either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="323"/>
        <source>Amber: running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="324"/>
        <source>Red: missed, not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_list.py" line="325"/>
        <source>Search number, customer, phone, serial or problem…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryWindow</name>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="143"/>
        <source>Service-log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="152"/>
        <source>Arrange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="152"/>
        <source>Customer informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="153"/>
        <source>Reported to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="153"/>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="154"/>
        <source>Turn into claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_view.py" line="154"/>
        <source>Turn into paid service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exclusion</name>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="51"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="52"/>
        <source>Misuse or improper maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="53"/>
        <source>Self-modification or abnormal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="54"/>
        <source>Unstable supply voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="55"/>
        <source>Force majeure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings.py" line="56"/>
        <source>No, altered or mismatched warranty certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBatchDialog</name>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="40"/>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="41"/>
        <source>Writing the JSON file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="42"/>
        <source>Drawing the repair records… {done:,} of {total:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="43"/>
        <source>Copying the photos and scans… {done:,} of {total:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="44"/>
        <source>Checking the package and locking the batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="170"/>
        <source>Choose the folder for the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="192"/>
        <source>Exporting batch {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="206"/>
        <source>Batch {number} was exported to {path}: {files:,} files, {size}. The batch and its claims are now locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="208"/>
        <source>A copy of batch {number} was written to {path}: {files:,} files, {size}. The batch was exported before and stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="226"/>
        <source>The batch stays open; correct the problem and export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="227"/>
        <source>The batch stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="228"/>
        <source>Nothing was exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="264"/>
        <source>Export batch {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="266"/>
        <source>The package for head office holds the workbook, the same data as JSON, every claim&apos;s repair record as PDF with its photos and scans, and a manifest with the checksum of every file. Once it is written, the batch and its {count:,} claims are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="270"/>
        <source>This batch was exported on {time}. Exporting it again writes a copy with the same data and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="272"/>
        <source>Workbook layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="273"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="274"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="275"/>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="276"/>
        <source>One .&amp;zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="277"/>
        <source>A f&amp;older of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="278"/>
        <source>Written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="279"/>
        <source>&amp;Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/export_dialog.py" line="280"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPlanDialog</name>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="51"/>
        <source>Export plan {number} to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="61"/>
        <source>The dealer&apos;s template: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="63"/>
        <source>Shipped: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="64"/>
        <source>Template &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="69"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="76"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="88"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="89"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="98"/>
        <source>Choose the manufacturer&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="99"/>
        <source>Workbook templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="101"/>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="105"/>
        <source>Save the plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="106"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="116"/>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="120"/>
        <source>Exporting plan {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="128"/>
        <source>Written: {path} ({lines} lines, layout “{template}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="136"/>
        <source>The workbook could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/export_dialog.py" line="137"/>
        <source>Nothing was written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactoryReturnDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="272"/>
        <source>Say why the part cannot be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="277"/>
        <source>Return to the factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="280"/>
        <source>&amp;Part no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="280"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="280"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="280"/>
        <source>&amp;What is wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="281"/>
        <source>Restoration &amp;labour (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="281"/>
        <source>Returned &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="291"/>
        <source>Required for other unsaleable stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="292"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="294"/>
        <source>At most {count} (on hand)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="172"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="172"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="172"/>
        <source>C&amp;hecks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="173"/>
        <source>Repair c&amp;lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="174"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="174"/>
        <source>&amp;Technician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="174"/>
        <source>&amp;Part no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="175"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="178"/>
        <source>Claim or serial number, customer, phone, complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="179"/>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="180"/>
        <source>&amp;Repaired from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="183"/>
        <source>All current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="183"/>
        <source>Draft or awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="184"/>
        <source>All, with superseded revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="188"/>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="189"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="189"/>
        <source>Amber: running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="189"/>
        <source>Red: over 40 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="191"/>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/filters.py" line="192"/>
        <source>All technicians</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="122"/>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="122"/>
        <source>Enter the unit&apos;s serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="131"/>
        <source>Totals (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="132"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="133"/>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="133"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="133"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="134"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/findings_panel.py" line="134"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="129"/>
        <source>Setting up WarrantyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="130"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="131"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="132"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/wizard.py" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="148"/>
        <source>1 very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="148"/>
        <source>2 dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="148"/>
        <source>3 acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="149"/>
        <source>4 satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="149"/>
        <source>5 very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="158"/>
        <source>Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="158"/>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="162"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="162"/>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="163"/>
        <source>{kind} to {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="165"/>
        <source>&lt;b&gt;{customer}&lt;/b&gt; · {phone} · machine {serial} · about {record}, due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/step_dialogs.py" line="176"/>
        <source>Choose how satisfied the customer is (1 to 5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="38"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="38"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="49"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="50"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="51"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="52"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="53"/>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="54"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="55"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="56"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="57"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="59"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="184"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="187"/>
        <source>Key-customer visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="188"/>
        <source>{count} visits planned; every key customer now has one pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="192"/>
        <source>{count} follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="201"/>
        <source>Record result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="202"/>
        <source>Record the result of the selected call or visit (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="203"/>
        <source>Plan key-customer visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="204"/>
        <source>Give every key customer without a pending visit their next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="205"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="206"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="208"/>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="208"/>
        <source>Not made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="209"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="209"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="210"/>
        <source>Calls and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="210"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="211"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/follow_up_panel.py" line="220"/>
        <source>Search customer, phone, serial or entry number…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPrinting</name>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="71"/>
        <source>Preparing the form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="77"/>
        <source>Preview, print or save the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="103"/>
        <source>The form could not be prepared: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="104"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="154"/>
        <location filename="../../app/ui/printing/form_printing.py" line="180"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="156"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="181"/>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="29"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="30"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="31"/>
        <source>Service log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="32"/>
        <source>Warranty claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="33"/>
        <source>Old parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="34"/>
        <source>Return shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="35"/>
        <source>Claim batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="36"/>
        <source>Spare-part reserve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="37"/>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="38"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="104"/>
        <source>There is no help for this section yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="109"/>
        <source>WarrantyDesk help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="63"/>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="64"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="72"/>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="218"/>
        <source>The list of problems was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="223"/>
        <source>Choose the Excel file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="224"/>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="231"/>
        <source>Template saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="260"/>
        <source>Nothing was imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="263"/>
        <source>Nothing was imported: unexpected error ({error}); see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="270"/>
        <source>{file}: {rows:,} rows imported — {created:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="275"/>
        <source>{count:,} prices changed; the old prices are kept as history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="278"/>
        <source>{count:,} stock movements recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="280"/>
        <source>Imported with a warning — correct these models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="289"/>
        <source>{file} was not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="292"/>
        <source>{file} was not imported: {count:,} problems in {rows:,} rows. Nothing was changed; correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="342"/>
        <source>Import from Excel: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="345"/>
        <source>The whole file is checked first. If any row is wrong, nothing is imported and every problem is listed with its row and column. Column titles may be in Chinese or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="347"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="348"/>
        <source>An .xlsx workbook filled in from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="349"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="350"/>
        <source>Save &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="351"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="352"/>
        <source>Co&amp;py the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="354"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="354"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="354"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/import_dialog.py" line="354"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="20"/>
        <source>Product models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="21"/>
        <source>Parts and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="22"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="23"/>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="24"/>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="25"/>
        <source>Head office&apos;s inspection of old parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="26"/>
        <source>Head office&apos;s settlement notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="37"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="38"/>
        <source>the file is {size}; files above {limit} are refused, split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="40"/>
        <source>not an Excel workbook (.xlsx); save it from Excel as “Excel Workbook (*.xlsx)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="42"/>
        <source>the workbook is protected by a password; open it in Excel, remove the password and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="44"/>
        <source>an old Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="46"/>
        <source>the workbook cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="47"/>
        <source>the sheet “{sheet}” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="48"/>
        <source>no header row found on the sheet “{sheet}”: the first row must hold the column titles of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="50"/>
        <source>there are no rows under the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="51"/>
        <source>more than {limit} rows; split the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="52"/>
        <source>required column missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="53"/>
        <source>this column appears twice (also column {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="54"/>
        <source>required, but the cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="55"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="56"/>
        <source>too large; at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="57"/>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="58"/>
        <source>more than {places} decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="59"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="60"/>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="61"/>
        <source>not a date (write 2026-03-01, 2026/3/1 or 2026年3月1日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="63"/>
        <source>write 是 or 否 (yes or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="64"/>
        <source>not one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="65"/>
        <source>longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="66"/>
        <source>also on row {other} of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="67"/>
        <source>already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="68"/>
        <source>no model with this code; import or add the model first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="69"/>
        <source>no customer with this code or phone number; import or add the customer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="71"/>
        <source>{count} customers have this phone number; give the customer code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="73"/>
        <source>no part with this part number; import or add the part first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="74"/>
        <source>in the future (today is {today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="75"/>
        <source>before the sale date ({sale_date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="76"/>
        <source>before the card was sent ({sent_on})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="77"/>
        <source>a card cannot be acknowledged before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="78"/>
        <source>shorter than the whole-machine warranty ({months} months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="85"/>
        <source>no old part has this tag number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="86"/>
        <source>this old part is already {status}; it cannot be inspected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="88"/>
        <source>this old part is {status}, not shipped to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="89"/>
        <source>this old part is in shipment {shipment}, the rest of the file in {main}; one file per shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="91"/>
        <source>a part head office did not receive cannot have a verdict; leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="93"/>
        <source>head office already reported this part received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="98"/>
        <source>the notice sheet has {count} rows; one settlement notice per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="100"/>
        <source>{what} must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="101"/>
        <source>schema_version {version} is not understood; this version reads {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="103"/>
        <source>this file was already imported on {day} as settlement {settlement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="105"/>
        <source>settlement {settlement} was already imported on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="106"/>
        <source>no claim batch has this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="107"/>
        <source>batch {batch} has not been exported yet; head office cannot have settled it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="109"/>
        <source>batch {batch} is already settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="110"/>
        <source>the lines add up to {lines}, the notice says {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="111"/>
        <source>no claim has this number{revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="112"/>
        <source>this claim is {status} and in no exported batch; only claims sent to head office can be settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="114"/>
        <source>this claim is in batch {batch}, the notice settles batch {main}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="116"/>
        <source>this claim is already {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="117"/>
        <source>the claim&apos;s total is {total}, not {claimed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="118"/>
        <source>approved {approved} + deducted {deducted} is not the claimed {claimed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="120"/>
        <source>a deduction needs a reason code or a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="124"/>
        <source> (revision {number})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStage</name>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="30"/>
        <source>Reading the file… {done:,} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="31"/>
        <source>Checking every row against the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/texts.py" line="32"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionImportDialog</name>
    <message>
        <location filename="../../app/ui/shipments/inspection_dialog.py" line="35"/>
        <source>{file}: shipment {shipment}: {received} received ({usable} usable, {scrap} scrap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/inspection_dialog.py" line="39"/>
        <source>{count} not received by head office: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabourLinesModel</name>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="135"/>
        <source>Operation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="136"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="137"/>
        <source>Flat-rate h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="138"/>
        <source>Actual h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="139"/>
        <source>Rate/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="140"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="186"/>
        <source>Blank: the model&apos;s labour rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="224"/>
        <source>Labour line {n}: enter the operation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="227"/>
        <source>Labour line {n}: enter the hours worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="230"/>
        <source>Labour line {n}: the hours “{text}” are not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="234"/>
        <source>Labour line {n}: the hours must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="237"/>
        <source>Labour line {n}: the rate “{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="241"/>
        <source>Labour line {n}: the rate must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveAtDealerDialog</name>
    <message>
        <location filename="../../app/ui/old_parts/leave_dialog.py" line="65"/>
        <source>Left at the dealer: {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/leave_dialog.py" line="67"/>
        <source>Head office has judged this part at the dealer and does not want it back. Record its word, then the bin can be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/leave_dialog.py" line="69"/>
        <source>&amp;Keep it: usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/leave_dialog.py" line="70"/>
        <source>&amp;Dispose of it: scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/leave_dialog.py" line="71"/>
        <source>Head office&apos;s &amp;instruction (who, when, reference):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerKind</name>
    <message>
        <location filename="../../app/ui/labels.py" line="117"/>
        <source>Warranty credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="118"/>
        <source>Offset against payable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="108"/>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="109"/>
        <source>Add labour line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="111"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="112"/>
        <source>Add part line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="113"/>
        <source>Adds a line (Insert in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="114"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines_table.py" line="115"/>
        <source>Removes the current line (Delete in the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachineCategory</name>
    <message>
        <location filename="../../app/ui/labels.py" line="40"/>
        <source>Tractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>Combine harvester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>Rice transplanter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/sections.py" line="20"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="21"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="22"/>
        <source>Service log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="23"/>
        <source>Warranty claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="24"/>
        <source>Old parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="25"/>
        <source>Return shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="26"/>
        <source>Claim batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="27"/>
        <source>Spare-part reserve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="28"/>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py" line="29"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Backup written: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>The automatic backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>User: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369"/>
        <source>Nothing matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="398"/>
        <source>WarrantyDesk — Warranty Service Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="406"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <location filename="../../app/ui/main_window.py" line="408"/>
        <source>Claim checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="409"/>
        <source>Serial number, claim or tag… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="410"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="411"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="413"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="414"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="415"/>
        <source>Automatic (as the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="416"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="417"/>
        <source>Help on this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="418"/>
        <source>&amp;About WarrantyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="420"/>
        <source>Database: {location} ({backend})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterDataPage</name>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="49"/>
        <source>Model code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="50"/>
        <source>Part number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="52"/>
        <source>Code, name, phone or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="53"/>
        <source>Import the units sold from the manufacturer&apos;s or your sales list. Each new unit gets its warranty registration card with its deadline. The units themselves are listed in the Units section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="58"/>
        <source>Part number, name or bin location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="164"/>
        <source>The list could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="169"/>
        <source>{count:,} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="176"/>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="177"/>
        <source>Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="252"/>
        <source>Choose a part in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="289"/>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="301"/>
        <source>Change price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/page.py" line="302"/>
        <source>Change the selected part&apos;s price; the old price is kept as history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="30"/>
        <source>Model code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="31"/>
        <location filename="../../app/ui/master_data/columns.py" line="55"/>
        <location filename="../../app/ui/master_data/columns.py" line="71"/>
        <location filename="../../app/ui/master_data/columns.py" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="32"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="33"/>
        <source>Product class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="35"/>
        <source>Warranty (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="37"/>
        <source>Main components (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="40"/>
        <source>Statutory floor (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="41"/>
        <source>Warranty hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="43"/>
        <source>Warranty area (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="45"/>
        <source>Labour rate (yuan/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="47"/>
        <source>First service (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="49"/>
        <source>First service (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="54"/>
        <location filename="../../app/ui/master_data/columns.py" line="80"/>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="56"/>
        <location filename="../../app/ui/master_data/columns.py" line="84"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="57"/>
        <location filename="../../app/ui/master_data/columns.py" line="86"/>
        <source>Unit price (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="59"/>
        <source>Warranty part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="60"/>
        <source>Wear part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="61"/>
        <source>Must return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="62"/>
        <source>Photo required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="63"/>
        <source>Main component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="64"/>
        <source>Wear life (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="66"/>
        <source>Pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="70"/>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="72"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="73"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="74"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="75"/>
        <source>Key customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="76"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="82"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="83"/>
        <source>On order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/columns.py" line="85"/>
        <source>Bin location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="28"/>
        <source>Not set — choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="37"/>
        <source>{months} / {main}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="49"/>
        <source>No product class: the statutory floor for other machinery is used until one is set (import the model again with its class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="53"/>
        <source>The whole-machine warranty is below the statutory floor: the floor is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="56"/>
        <source>The main-component warranty is below the statutory floor: the floor is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="69"/>
        <source>no product class; the floor for other machinery ({months} months) applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="72"/>
        <source>warranty below the statutory floor ({months} / {main} months), which applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="74"/>
        <source>Row {row}, model {code}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/statutory_columns.py" line="77"/>
        <source>… and {count:,} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDatabaseButton</name>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="188"/>
        <source>Move the database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="189"/>
        <source>WarrantyDesk database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="203"/>
        <source>Database copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="204"/>
        <source>The database was copied to {file} and checked. WarrantyDesk opens it from the next start.

Close WarrantyDesk now: what you enter before restarting goes into the old file only. The old file stays where it was; remove it once the new place works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="208"/>
        <source>&amp;Close WarrantyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="215"/>
        <source>Database not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backup_box.py" line="218"/>
        <source>&amp;Move database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="135"/>
        <source>Machine {serial} · {model} · {customer} {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="140"/>
        <source>Customer {name} · {phone} · {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="145"/>
        <source>Type at least two characters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="149"/>
        <source>Nobody found: type the caller&apos;s name and phone below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="208"/>
        <source>No customer chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="210"/>
        <source>Customer: {name} ({phone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="213"/>
        <source>Machine: {serial} {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="218"/>
        <source>New service-log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="219"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="219"/>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="219"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="220"/>
        <source>Matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="220"/>
        <source>Caller&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="221"/>
        <source>Caller&apos;s &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="221"/>
        <source>Pro&amp;blem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="223"/>
        <source>Phone, name or serial number (scan or type, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="224"/>
        <source>What the customer reports, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="225"/>
        <source>If not the customer, or not a customer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="226"/>
        <source>&amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/entry_dialog.py" line="227"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="61"/>
        <source>New reserve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="63"/>
        <source>The plan forecasts what the season will use from the machines in the field and past seasons, and suggests what to order. You can change every quantity before the service manager approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="77"/>
        <source>Forecast and create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="81"/>
        <source>Season:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="82"/>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="83"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="111"/>
        <source>Add a season first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="114"/>
        <source>{due} (the season starts {start})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffsetDialog</name>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="100"/>
        <source>The amount is not a number: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="104"/>
        <source>Type the amount offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="119"/>
        <source>Record an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="121"/>
        <source>Warranty credit used against what the dealer owes head office for machines and parts, as head office&apos;s statement or voucher shows it. At most the credit not yet offset: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="124"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="125"/>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="126"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="127"/>
        <source>Head office&apos;s voucher or statement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="128"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="129"/>
        <source>&amp;Against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="130"/>
        <source>The oldest credit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/offset_dialog.py" line="131"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OldPartPanel</name>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="121"/>
        <source>Old part {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="122"/>
        <source>{claim} (repaired {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="129"/>
        <source>{status}, left at the dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="155"/>
        <source>Claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="155"/>
        <source>Serial no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="155"/>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="156"/>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="156"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="156"/>
        <source>Due back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="157"/>
        <source>Shipment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="157"/>
        <source>Head office / reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="160"/>
        <source>Storage &amp;place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="161"/>
        <source>Bin or shelf, e.g. A-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="162"/>
        <source>Co&amp;ndition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="163"/>
        <source>What the part looked like when it came off the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="164"/>
        <source>Save place and condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="165"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="166"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="166"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="166"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="166"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/detail.py" line="167"/>
        <source>Choose an old part in the list, or scan its tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OldPartStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="98"/>
        <source>Kept in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="100"/>
        <source>Shipped to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="101"/>
        <source>Received by head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="102"/>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="103"/>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="104"/>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OldPartTexts</name>
    <message>
        <location filename="../../app/ui/old_parts/texts.py" line="12"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/texts.py" line="13"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/texts.py" line="14"/>
        <source>Not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/texts.py" line="15"/>
        <source>Returned or settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/texts.py" line="17"/>
        <source>Not received by head office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OldPartsPage</name>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="56"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="57"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="58"/>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="59"/>
        <source>Part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="60"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="62"/>
        <source>Storage place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="63"/>
        <source>Due back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="66"/>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="67"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="73"/>
        <source>On the shelf (to return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="74"/>
        <source>All old parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="78"/>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="79"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="80"/>
        <source>Due within 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="81"/>
        <source>Not received by head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="146"/>
        <source>Print &amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="236"/>
        <source>{count} old parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="300"/>
        <source>Save the old part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="308"/>
        <source>Write off {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="309"/>
        <source>Why is the old part written off (lost, released by head office …)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="317"/>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="331"/>
        <source>Left at the dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="357"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="358"/>
        <source>Scan a tag, or type a tag, claim or part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="359"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="365"/>
        <source>Open &amp;claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="366"/>
        <source>&amp;Write off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="367"/>
        <source>Lost, or released by head office: it leaves the list to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="368"/>
        <source>&amp;Left at dealer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="369"/>
        <source>Head office judged the part here: keep it or dispose of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/old_parts/page.py" line="370"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPlacedDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="176"/>
        <source>Order placed with the factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="177"/>
        <source>The quantity is added to what is on order until the delivery list is received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="180"/>
        <source>&amp;Part no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="180"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="181"/>
        <source>Order &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="186"/>
        <source>Whole packs of {size}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/ui/units/override_dialog.py" line="48"/>
        <source>Accept a late registration card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/override_dialog.py" line="50"/>
        <source>The registration card of {serial} is late, so the manufacturer does not recognise warranty service on it. Record why it is accepted all the same (who agreed, and when).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/override_dialog.py" line="53"/>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/override_dialog.py" line="54"/>
        <source>Record override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingListPrinting</name>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="55"/>
        <source>Preparing the packing list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="58"/>
        <source>packing list {number}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="61"/>
        <source>Preview, print or save the packing list that goes in the box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaidOrderEditor</name>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="234"/>
        <source>{field}: “{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="239"/>
        <source>Labour hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="240"/>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="241"/>
        <location filename="../../app/ui/paid_orders/editor.py" line="349"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="265"/>
        <source>{model} · {customer} {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="273"/>
        <source>Parts at catalogue price, no mark-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="274"/>
        <source>Parts at catalogue price plus {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="282"/>
        <source>Enter the unit&apos;s serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="284"/>
        <source>The order cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="291"/>
        <source>The order was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="306"/>
        <source>Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="307"/>
        <source>Why is the order cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="317"/>
        <source>Paid service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="114"/>
        <source>paid service order {number}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="115"/>
        <source>Preview, print or save the paid service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="332"/>
        <source>The PDF was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="338"/>
        <source>New paid service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="340"/>
        <source>Paid service order {number} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="344"/>
        <source>{status} — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="346"/>
        <source>&amp;Serial no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="346"/>
        <source>Service &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="347"/>
        <source>&amp;Technician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="347"/>
        <source>&amp;Work done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="348"/>
        <source>&amp;Labour hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="348"/>
        <source>× rate/h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="348"/>
        <source>T&amp;ravel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="349"/>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="349"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="350"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="356"/>
        <source>Scan or type the serial number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="357"/>
        <source>Add part line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="358"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="359"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="360"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="361"/>
        <source>Cancel the &amp;order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/editor.py" line="362"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaidOrderStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="87"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaidOrdersView</name>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="39"/>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="41"/>
        <source>Service date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="42"/>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="43"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="44"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="45"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="46"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="145"/>
        <source>Parts mark-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="158"/>
        <source>{count} paid service orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="172"/>
        <source>Paid service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="192"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="193"/>
        <source>Order or serial number, customer, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="194"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="197"/>
        <source>Parts &amp;mark-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="198"/>
        <source>0 %: parts at catalogue price, no mark-up. Set by a service manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/page.py" line="199"/>
        <source>&amp;New paid service order…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaidPartsTable</name>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="73"/>
        <source>Part line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="98"/>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="98"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="98"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="99"/>
        <source>Catalogue price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="99"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paid_orders/parts_table.py" line="99"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartClass</name>
    <message>
        <location filename="../../app/ui/labels.py" line="135"/>
        <source>Warranty part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="136"/>
        <source>Wear part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="137"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartField</name>
    <message>
        <location filename="../../app/ui/stock/forms.py" line="105"/>
        <source>Type or scan the part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/forms.py" line="108"/>
        <source>Not in the parts catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/forms.py" line="111"/>
        <source>{name} · {kind} · {on_hand} on hand, {on_order} on order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartLinesModel</name>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="267"/>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="268"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="269"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="270"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="271"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="272"/>
        <source>Causal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="273"/>
        <source>Keep old part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="274"/>
        <source>Old serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="275"/>
        <source>New serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="331"/>
        <source>Blank: the catalogue price on the repair date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="333"/>
        <source>Head office wants this part back: keep it as an old part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="336"/>
        <source>For a replaced main component (engine, gearbox, pump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="388"/>
        <source>Part line {n}: enter the part number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="391"/>
        <source>Part line {n}: the quantity “{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="395"/>
        <source>Part line {n}: the quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="398"/>
        <source>Part line {n}: the unit price “{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/lines.py" line="402"/>
        <source>Part line {n}: the unit price must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartPriceDialog</name>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="93"/>
        <source>Change the price of {part_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="94"/>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="95"/>
        <source>Current price (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="96"/>
        <source>&amp;New price (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="97"/>
        <source>The current price is kept in the history below; warranty claims already written keep the price they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="99"/>
        <source>Price history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="100"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="100"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/master_data/price_dialog.py" line="100"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="55"/>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="68"/>
        <source>Password of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="69"/>
        <source>At least 6 characters. Passwords are stored only as a salted scrypt hash: nobody can read them back, a forgotten one is reset by a service manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="71"/>
        <source>&amp;Old password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="72"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/password_dialog.py" line="73"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="78"/>
        <source>{date} (sales invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="79"/>
        <source>{date} (sale date: no invoice date recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="80"/>
        <source>{date} (exchange date: the periods started again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="82"/>
        <location filename="../../app/ui/widgets/periods.py" line="84"/>
        <source>until {date} ({months} months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="95"/>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="96"/>
        <source>none listed for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="99"/>
        <source>{days} days in repair or waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="100"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="102"/>
        <source>no parts on this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="111"/>
        <source>{name}: life not recorded, whole machine until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="113"/>
        <source>{name}: {months} months, until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="118"/>
        <source>main component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="119"/>
        <source>wear part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="120"/>
        <source>whole machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="122"/>
        <source>{name} ({number}): {basis}, until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="127"/>
        <source>within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="127"/>
        <source>outside the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="134"/>
        <source>No invoice date is recorded for this sale: the periods are counted from the sale date. Enter the date on the sales invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="137"/>
        <source>The model has no product class: the statutory floor for other machinery ({months} months) is used. Set the class in Master data → Models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="141"/>
        <source>The model&apos;s terms are below the statutory floor ({months} / {main} months): the floor is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="144"/>
        <source>China&apos;s public holidays for {years} are not published yet: only weekends were taken as days off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="150"/>
        <source>No invoice date: counted from the sale date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="151"/>
        <source>Model without a product class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="152"/>
        <source>Model&apos;s terms below the statutory floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="153"/>
        <source>Holidays not yet published: weekends only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="157"/>
        <source>Statutory warranty periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="158"/>
        <source>Counted from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="158"/>
        <source>Whole machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="159"/>
        <source>Main components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="159"/>
        <source>Main components are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="160"/>
        <source>Wear parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="160"/>
        <source>Extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/periods.py" line="161"/>
        <source>Parts on this claim:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickPartsDialog</name>
    <message>
        <location filename="../../app/ui/shipments/pick_dialog.py" line="97"/>
        <source>{count} of {total} chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/pick_dialog.py" line="100"/>
        <source>Pick old parts for the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/pick_dialog.py" line="101"/>
        <source>Old parts on the shelf and in no shipment, the earliest due first. Choose with Ctrl or Shift, then OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/pick_dialog.py" line="103"/>
        <source>Only those due within 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/pick_dialog.py" line="104"/>
        <source>Add to the shipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="48"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="95"/>
        <source>Change the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="127"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="200"/>
        <source>No plan chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="206"/>
        <source> (revision {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="207"/>
        <source>Reserve plan {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="210"/>
        <source>{label} (starts {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="212"/>
        <source>{name}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="228"/>
        <source>{day} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="229"/>
        <source>{day} (in {days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="269"/>
        <source>Use the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="276"/>
        <source>Save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="281"/>
        <source>Revise the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="282"/>
        <source>Plan {number} is {status}. A change starts revision {next}, which the service manager approves (and you submit) again. Change it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="302"/>
        <source>Approve the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="317"/>
        <source>Record the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="334"/>
        <source>Season:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="334"/>
        <source>Due at the manufacturer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="335"/>
        <source>Approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="335"/>
        <source>Submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="335"/>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="336"/>
        <source>Total (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="339"/>
        <source>Find a part number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="343"/>
        <source>Changed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="344"/>
        <source>Lines whose chosen quantity is not the suggested one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="345"/>
        <source>To order only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="346"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="347"/>
        <source>Use the &amp;suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="348"/>
        <source>Set every chosen quantity back to the suggested one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="349"/>
        <source>&amp;Revise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="350"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="351"/>
        <source>The service manager approves the plan as it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="352"/>
        <source>Record &amp;submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/editor.py" line="353"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanLinesModel</name>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="28"/>
        <source>On hand {on_hand}, on order {on_order} when the plan was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="34"/>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="35"/>
        <source>Part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="36"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="37"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="39"/>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="41"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="43"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="45"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="47"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="48"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="50"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/lines_model.py" line="100"/>
        <source>“{text}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <location filename="../../app/ui/plans/printing.py" line="28"/>
        <source>Preparing the reserve plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/printing.py" line="31"/>
        <source>reserve plan {number}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/printing.py" line="34"/>
        <source>Preview, print or save the reserve plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReason</name>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="12"/>
        <source>{units} units of {model} aged {band} years, {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="13"/>
        <source>{units} units of {model} (new model) aged {band} years, {rate} as other models&apos; parts of its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="15"/>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="16"/>
        <source>{value} per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="17"/>
        <source>{value}% failure in past seasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="18"/>
        <source>{value} used per unit in past seasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="19"/>
        <source>paid service and counter sales {qty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="20"/>
        <source>same season {year}: {qty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="21"/>
        <source>no use recorded in past seasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="22"/>
        <source>safety stock {qty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="23"/>
        <source>minimum stock {qty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="24"/>
        <source>on hand {on_hand}, on order {on_order}, pack of {pack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="25"/>
        <source>because: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="26"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="27"/>
        <source>Suggested = {target} to hold − {on_hand} on hand − {on_order} on order, in whole packs of {pack} = {suggested}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/texts.py" line="29"/>
        <source>To hold = forecast {forecast} + safety stock {safety}, at least the minimum {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="130"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="131"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="132"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../app/ui/plans/view.py" line="47"/>
        <source>Plan no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="49"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="51"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="52"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="54"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="55"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="56"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="146"/>
        <source>{count} plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="156"/>
        <source>No reserve plan is due in the next 45 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="160"/>
        <source>overdue since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="160"/>
        <source>due {day}, in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="162"/>
        <source>not made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="163"/>
        <source>{number} is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="164"/>
        <source>Plan for {season}: {when} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="192"/>
        <location filename="../../app/ui/plans/view.py" line="195"/>
        <location filename="../../app/ui/plans/view.py" line="227"/>
        <source>New reserve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="196"/>
        <source>Add the dealer&apos;s seasons first (Seasons…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="210"/>
        <source>Forecasting every part for the season…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="225"/>
        <source>The plan could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="251"/>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="252"/>
        <source>Forecast a season and make its draft plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="253"/>
        <source>S&amp;easons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="254"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/view.py" line="255"/>
        <source>Last year&apos;s plan vs actual use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="114"/>
        <source>Preparing the form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="122"/>
        <location filename="../../app/ui/printing/preview.py" line="165"/>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="157"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="158"/>
        <source>Form language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="159"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="160"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="161"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="162"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/preview.py" line="163"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="212"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="214"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="215"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="216"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="217"/>
        <source>Form &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/form_printing.py" line="218"/>
        <source>As the program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductClass</name>
    <message>
        <location filename="../../app/ui/labels.py" line="47"/>
        <source>Tractor over 18 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48"/>
        <source>Tractor up to 18 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49"/>
        <source>Combine harvester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50"/>
        <source>Multi-cylinder diesel engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="51"/>
        <source>Single-cylinder diesel engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52"/>
        <source>Two-stroke petrol engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="53"/>
        <source>Four-stroke petrol engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="137"/>
        <source>Dealer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="138"/>
        <source>Printed at the head of every form; the dealer code starts every batch number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDeliveryDialog</name>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="56"/>
        <source>Delivery list {number} received on {day}: {lines} lines, {parts} parts, {quantity} pieces into stock; {off} taken off what was on order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="71"/>
        <source>Receive a delivery list (销售发货清单)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="74"/>
        <source>Choose the workbook of the signed delivery list. The whole list is checked first: if any row is wrong (a part not in the catalogue, a wrong quantity, a list received before) nothing is received and every problem is listed. Received parts are added to stock and taken off what was on order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="77"/>
        <source>An .xlsx workbook: delivery list no., part number, quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="78"/>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/delivery_dialog.py" line="80"/>
        <source>Goods &amp;arrived on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSaleDialog</name>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="185"/>
        <source>Choose the customer from the list, or switch to a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="248"/>
        <location filename="../../app/ui/units/sale_dialog.py" line="265"/>
        <source>Record sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="249"/>
        <source>Unit sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="250"/>
        <source>&amp;Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="251"/>
        <source>Scan or type the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="252"/>
        <source>&amp;Engine number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="253"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="254"/>
        <source>— choose the model —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="255"/>
        <source>Sale &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="256"/>
        <source>&amp;Invoice date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="257"/>
        <source>Invoice &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="258"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="259"/>
        <source>E&amp;xisting customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="260"/>
        <source>Ne&amp;w customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="261"/>
        <source>Name or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="262"/>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="263"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/sale_dialog.py" line="264"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairRecordPrinting</name>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="40"/>
        <source>Preparing {count} repair records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="41"/>
        <source>Preparing the repair record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="47"/>
        <source>Preview, print or save the warranty repair record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="44"/>
        <source>repair records.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/repair_records.py" line="44"/>
        <source>repair record.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRangeDialog</name>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="112"/>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="126"/>
        <source>Service log report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="127"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="128"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="129"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="130"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="131"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="111"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="111"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="112"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="122"/>
        <source>{month}&lt;br&gt;Approved: {a}&lt;br&gt;Partly approved: {p}&lt;br&gt;Rejected: {r}&lt;br&gt;Approved by count: {rate}&lt;br&gt;Approved by amount: {amount_rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="127"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/views.py" line="240"/>
        <source>Part name</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <location filename="../../app/ui/reports/page.py" line="165"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="190"/>
        <source>The reports could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="200"/>
        <source>{n:,} claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="201"/>
        <source>Figures for {start} to {end}, as of {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="209"/>
        <source>reports {start} to {end}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="218"/>
        <source>Export the reports to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="220"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="240"/>
        <source>Writing the reports workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="246"/>
        <location filename="../../app/ui/reports/page.py" line="252"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="247"/>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="251"/>
        <source>The workbook could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="257"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="258"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="259"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="260"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="261"/>
        <source>Last &amp;12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="262"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="263"/>
        <source>Every report for the period, one sheet each, in the program&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="265"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="265"/>
        <source>Claims per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="266"/>
        <source>Approval rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="266"/>
        <source>Deductions by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="267"/>
        <source>Causal parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="267"/>
        <source>Claims by model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservePage</name>
    <message>
        <location filename="../../app/ui/reserve/page.py" line="40"/>
        <source>Reserve plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reserve/page.py" line="41"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <location filename="../../app/ui/restoring.py" line="27"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restoring.py" line="31"/>
        <source>Nothing was restored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restoring.py" line="33"/>
        <source>{file} was restored. WarrantyDesk closes now; start it again to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restoring.py" line="37"/>
        <source>The database it replaced is kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message numerus="yes">
        <location filename="../../app/ui/settings/retention_box.py" line="73"/>
        <source>%n closed claim(s) repaired before this day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="79"/>
        <source>Write the archive to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="81"/>
        <source>WarrantyDesk database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="88"/>
        <source>The database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="92"/>
        <location filename="../../app/ui/settings/retention_box.py" line="96"/>
        <source>Writing the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="97"/>
        <source>Copying records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="102"/>
        <source>Archive written: {file}, {claims} claims. Nothing was removed from this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="110"/>
        <source>Data retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="112"/>
        <source>Records are kept at least {years} years. Closed claims older than that can be copied, with everything they refer to, into a separate archive file that WarrantyDesk opens read-only (warrantydesk --db sqlite:///FILE). Nothing is removed from this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="115"/>
        <source>Claims repaired &amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/retention_box.py" line="116"/>
        <source>&amp;Write archive…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="103"/>
        <source>The refund amount “{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="130"/>
        <source>Refund (退货)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="132"/>
        <source>A safety or performance fault less than 15 days after the exchange lets the customer choose a refund. The unit&apos;s warranty ends with it; print the record for the customer to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="135"/>
        <source>Exchange (换货)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="137"/>
        <source>A safety or performance fault less than 15 days after the sale lets the customer choose an exchange instead of a repair. The customer takes the new unit below; the unit given back returns to stock and the new unit&apos;s warranty periods start on the exchange date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="140"/>
        <source>Safety fault (安全性能故障)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="141"/>
        <source>Performance fault (使用性能故障)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="142"/>
        <source>&amp;Fault date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="142"/>
        <source>&amp;Kind of fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="143"/>
        <source>&amp;What the fault is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="143"/>
        <source>&amp;Date of the exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="144"/>
        <source>&amp;Date of the refund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="145"/>
        <source>What was &amp;agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="145"/>
        <source>New unit&apos;s &amp;serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="146"/>
        <source>New unit&apos;s &amp;engine number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="146"/>
        <source>New unit&apos;s &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="147"/>
        <source>Amount &amp;refunded (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_dialog.py" line="150"/>
        <source>e.g. the customer chose an exchange; the old unit goes back to stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsBox</name>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="70"/>
        <source>Preview, print or save the exchange or refund record for the customer to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="71"/>
        <source>Print &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="126"/>
        <source>{serial} (this unit replaced it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="127"/>
        <source>new unit {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="128"/>
        <source>refunded ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="145"/>
        <source>No exchange or refund: the unit was exchanged and is back in the dealer&apos;s stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="147"/>
        <source>No exchange or refund: the unit was refunded; its warranty is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="149"/>
        <source>No exchange or refund: the unit is in the dealer&apos;s stock, not with a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="152"/>
        <source>Exchange or repair: for a safety or performance fault up to {date} (less than 15 days after the sale) the customer may choose an exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="155"/>
        <source>Refund or repair: for a safety or performance fault up to {date} (less than 15 days after the exchange) the customer may choose a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="158"/>
        <source>The 15 days after the exchange ended on {date}: a fault found later is repaired (a refund only for a fault up to that day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="160"/>
        <source>The 15 days after the sale ended on {date}: a fault found later is repaired (an exchange only for a fault up to that day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="164"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="164"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="167"/>
        <source>Exchange and refund (换货 / 退货)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="168"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="168"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="168"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="169"/>
        <source>Unit given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="169"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="170"/>
        <source>E&amp;xchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="171"/>
        <source>The customer takes a new unit for this one (service manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="172"/>
        <source>Re&amp;fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/returns_box.py" line="173"/>
        <source>The customer gives this replacement back for a refund (service manager)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPanel</name>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="306"/>
        <source>{count} returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="310"/>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="311"/>
        <source>Return number, part number or name, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="312"/>
        <source>Every reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../app/ui/labels.py" line="35"/>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesBox</name>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="133"/>
        <source>The database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="142"/>
        <source>Saved. Every workstation works with these rules from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="145"/>
        <source>Warranty rules and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="147"/>
        <source>Registration card due within (days of the sale):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="148"/>
        <source>Arrange a service request within (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="149"/>
        <source>Close a service request within (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="150"/>
        <source>Follow-up call after a repair (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="151"/>
        <source>Visit key customers every (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="152"/>
        <source>Mark-up on parts in paid service (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="156"/>
        <source>Warranty clocks turn amber with this share left (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="157"/>
        <source>Time in repair and waiting for parts extends the warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="158"/>
        <source>Old parts go back before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="160"/>
        <source>Month and day (MM-DD) of each yearly return date, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="161"/>
        <source>The warranty rules ask for travel cost and wages only, no mark-up: leave 0 unless the manufacturer allows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="163"/>
        <source>&amp;Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="164"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rules_box.py" line="165"/>
        <source>Only a service manager can change the rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="35"/>
        <source>Attached, claim signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="36"/>
        <source>Already attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="37"/>
        <source>No code readable: scan or type the claim number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="38"/>
        <source>Unknown claim number: scan or type the right one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="39"/>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScansDialog</name>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="97"/>
        <source>Signed scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="99"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="100"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="105"/>
        <source>The scanner&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="140"/>
        <location filename="../../app/ui/scans/dialog.py" line="153"/>
        <location filename="../../app/ui/scans/dialog.py" line="210"/>
        <source>Import signed scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="188"/>
        <source>Scan the barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="189"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="200"/>
        <source>{attached} of {total} scans attached; {open} to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="211"/>
        <source>Scans of signed repair records (PDF or pictures) are matched to their claim by the QR code on the paper; each claim becomes signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="213"/>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="214"/>
        <source>Add a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="215"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="216"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="216"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/scans/dialog.py" line="216"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="121"/>
        <source>{met:,} of {counted:,} met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="123"/>
        <source>Missed: {missed:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="125"/>
        <source>of which not done yet: {n:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="127"/>
        <source>Waiting for head office: {n:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="129"/>
        <source>Not due yet: {n:,}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="24"/>
        <source>Registration cards sent in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="25"/>
        <source>Service tasks arranged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="26"/>
        <source>Old parts returned in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="27"/>
        <source>Claims approved first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="28"/>
        <source>Follow-ups made in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="29"/>
        <source>三包 requests answered within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="30"/>
        <source>Busy-season faults fixed in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="31"/>
        <source>Repairs finished within 40 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="34"/>
        <source>Target: sent within {n} days of the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="35"/>
        <source>Target: arranged within {n} hours of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="36"/>
        <source>Target: shipped by the return date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="37"/>
        <source>Target: approved in full at the first submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="38"/>
        <source>Target: made by the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="39"/>
        <source>Target: the customer told within {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="40"/>
        <source>Target: fixed within 2 days (easy) or 5 days (hard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="41"/>
        <source>Target: repaired within {n} days of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="44"/>
        <source>Units sold in the period. A card sent after its due date, or not sent by then, is missed — also when a manager accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="46"/>
        <source>Tasks received in the period, maintenance reminders left out. Closing a task at once counts as arranging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="48"/>
        <source>Old parts due back in the period. Parts written off before shipping or left here by head office are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="50"/>
        <source>First submissions of claims repaired in the period that head office has decided. Drafts are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="52"/>
        <source>Follow-up calls and visits due in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="53"/>
        <source>Requests received in the period (the dealer&apos;s own maintenance reminders left out): answered when the customer was told who comes and when, or the request was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="56"/>
        <source>Requests received on a day of one of the dealer&apos;s seasons: closed within 2 days for an easy fault, 5 for a hard one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="58"/>
        <source>Claims that failed in the period: repaired within 40 days of the request (or the failure date without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="62"/>
        <source>{n} of the missed accepted by a manager&apos;s override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="63"/>
        <source>{n} not counted (written off, or left here by head office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/scorecard_view.py" line="166"/>
        <source>What head office rates the dealer on. Only records whose deadline has passed, or that were done, count; the rest are not due yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonsBox</name>
    <message>
        <location filename="../../app/ui/settings/seasons_box.py" line="38"/>
        <source>Seasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/seasons_box.py" line="39"/>
        <source>The sales seasons the spare-part reserve plan is made for: each plan is due at head office 30 days before its season starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/seasons_box.py" line="41"/>
        <source>&amp;Edit seasons…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonsDialog</name>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="128"/>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="129"/>
        <source>{start} to {end}, plan due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="198"/>
        <source>Seasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="199"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="199"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="199"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="200"/>
        <source>Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="200"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="201"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="203"/>
        <source>e.g. SPRING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="204"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="206"/>
        <source>e.g. 春耕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="207"/>
        <source>Starts every year on (month-day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="208"/>
        <source>Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="209"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="210"/>
        <source>&amp;New season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="211"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="212"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/seasons_dialog.py" line="213"/>
        <source>Only a season without plans can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceChannel</name>
    <message>
        <location filename="../../app/ui/labels.py" line="63"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66"/>
        <source>Forwarded by head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceEntryStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="71"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72"/>
        <source>Arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="73"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFileDialog</name>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="208"/>
        <source>The service file could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="242"/>
        <source>Card marked as sent on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="248"/>
        <source>Head office&apos;s acknowledgement recorded for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="260"/>
        <source>Override recorded: warranty service is recognised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="135"/>
        <source>registration-card-{serial}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="136"/>
        <source>Preview, print or save the warranty registration card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="137"/>
        <source>&amp;Print card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="270"/>
        <source>Registration card saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="282"/>
        <source>Service file — {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="284"/>
        <source>Customer: {name}  ·  {phone}  ·  {address}  ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="288"/>
        <source>Sold {sale}  ·  invoice {invoice} of {invoice_date}  ·  engine number {engine}  ·  model {model}  ·  {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="298"/>
        <source>{days} days in repair added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="299"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="305"/>
        <source>{state} (no card recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="307"/>
        <source>warranty recognised by override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="308"/>
        <source>warranty not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="316"/>
        <source>{reason} — {manager}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="326"/>
        <source>Only a service manager can do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="353"/>
        <source>Service log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="354"/>
        <source>Warranty repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="355"/>
        <source>Main part replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="356"/>
        <source>Paid service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="360"/>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="361"/>
        <source>Whole machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="362"/>
        <source>Main components until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="363"/>
        <source>Extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="364"/>
        <source>Hour meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="365"/>
        <source>Warranty registration card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="366"/>
        <source>Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="367"/>
        <source>Sent on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="368"/>
        <source>Acknowledged on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="369"/>
        <source>Override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="370"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="371"/>
        <source>Mark &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="372"/>
        <source>&amp;Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="373"/>
        <source>Manager &amp;override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="375"/>
        <source>History (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="377"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="377"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="377"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="377"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="377"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="378"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/service_file.py" line="378"/>
        <source>Technician / details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceLogPage</name>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="79"/>
        <source>Service log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="80"/>
        <source>Follow-up calls and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="81"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/page.py" line="82"/>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceLogPrinting</name>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="55"/>
        <source>Preparing the service log report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="58"/>
        <source>service log {start} to {end}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/service_log/report_printing.py" line="61"/>
        <source>Preview, print or save the service log for a date range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="33"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="36"/>
        <source>Main window position and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="39"/>
        <source>Main window toolbars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="42"/>
        <source>Section shown at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="46"/>
        <source>User working at this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="50"/>
        <source>Folder for the automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="53"/>
        <source>Automatic backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="57"/>
        <source>Database file this workstation opens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="207"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="208"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="209"/>
        <source>&amp;Interface and printed forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="210"/>
        <source>Automatic (as the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="211"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="212"/>
        <source>&amp;Working at this workstation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="216"/>
        <source>Changes, approvals and overrides are recorded under this name; approving claims and overriding late registration cards needs the service manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="218"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="219"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="220"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="222"/>
        <source>The dealer profile, users and roles, warranty rules, return windows, seasons, templates and backups are set here too once those parts of the program arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementImportDialog</name>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="34"/>
        <source>Choose head office&apos;s settlement notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="35"/>
        <source>Settlement notices (*.xlsx *.json);;Excel workbook (*.xlsx);;JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="44"/>
        <source>{file}: settlement {number} of {date}: {approved:,} claims approved in full, {partial:,} in part, {rejected:,} rejected. Claimed {claimed}, approved {credited} (credited to the account with head office), deducted {deducted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="52"/>
        <source>Settled in full: batch {batches}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="55"/>
        <source>{count:,} claims of these batches still wait for head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="61"/>
        <source>Import head office&apos;s settlement notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="64"/>
        <source>Head office&apos;s settlement notice as a workbook (.xlsx) or JSON file. The whole notice is checked first: claims not in an exported batch, amounts that do not add up to the notice&apos;s totals, a notice imported before — if anything is wrong nothing is imported and every problem is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlement_import.py" line="67"/>
        <source>The settlement notice: an .xlsx workbook or a .json file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementsView</name>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="36"/>
        <source>Settlement no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="37"/>
        <source>Notice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="38"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="39"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="40"/>
        <location filename="../../app/ui/batches/settlements_view.py" line="54"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="41"/>
        <location filename="../../app/ui/batches/settlements_view.py" line="55"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="43"/>
        <location filename="../../app/ui/batches/settlements_view.py" line="56"/>
        <source>Deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="53"/>
        <source>Claim no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="57"/>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="58"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="59"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="61"/>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="149"/>
        <source>{count:,} settlement notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="189"/>
        <source>Choose a settlement notice to see its claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="192"/>
        <source>Settlement {number} of {date}: claimed {claimed}, approved {approved}, deducted {deducted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="221"/>
        <location filename="../../app/ui/batches/settlements_view.py" line="227"/>
        <source>Rework claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="228"/>
        <source>Claim {number} is now revision {revision}, a draft: correct it, mark it ready and approve it, and it goes in a later batch. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="257"/>
        <source>&amp;Import settlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="258"/>
        <source>Head office&apos;s settlement notice, as a workbook or a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="259"/>
        <source>Re&amp;work claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="260"/>
        <source>A rejected or partly approved claim becomes a new draft revision for a later batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/batches/settlements_view.py" line="262"/>
        <source>Open c&amp;laim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentPanel</name>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="69"/>
        <source>Packing &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="71"/>
        <source>Print &amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="180"/>
        <source>Return shipment {number} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="182"/>
        <source>{count} old parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="224"/>
        <source>Added {tag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="239"/>
        <source>{added} added; refused: {refused}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="242"/>
        <source>{count} old parts added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="281"/>
        <location filename="../../app/ui/shipments/panel.py" line="285"/>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="281"/>
        <source>The weight is not a number: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="297"/>
        <source>Mark received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="322"/>
        <source>Head office&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="344"/>
        <source>S&amp;can tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="345"/>
        <source>Scan the tag&apos;s barcode, or type the tag number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="346"/>
        <source>&amp;Pick from the shelf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="347"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="347"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="347"/>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="348"/>
        <source>Part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="348"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="348"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="349"/>
        <source>Head office remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="350"/>
        <source>&amp;Remove from the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="351"/>
        <source>Enter the &amp;verdict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="352"/>
        <source>Type in head office&apos;s verdict tag by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="353"/>
        <source>&amp;Import the inspection result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="354"/>
        <source>Head office&apos;s Excel file: received, usable or scrap, per tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/panel.py" line="355"/>
        <source>Choose a shipment on the left, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="107"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="108"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="109"/>
        <source>Received by head office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="41"/>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="42"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="43"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="44"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="45"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="108"/>
        <source>{count} shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="138"/>
        <source>New shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="163"/>
        <source>&amp;New shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/page.py" line="164"/>
        <source>Start a return shipment and scan its tags (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShippingForm</name>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="140"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="141"/>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="141"/>
        <source>&amp;Waybill no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="141"/>
        <source>Shipped &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="141"/>
        <source>Pac&amp;kages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="146"/>
        <source>e.g. 德邦物流</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="147"/>
        <source>With head office&apos;s &amp;delivery truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="148"/>
        <source>W&amp;eight (kg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="149"/>
        <source>&amp;Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="150"/>
        <source>The shipment leaves: it can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="151"/>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="152"/>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="153"/>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/shipping_form.py" line="154"/>
        <source>Mark &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="83"/>
        <source>Type your login and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="102"/>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="104"/>
        <source>Too many wrong passwords: try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="106"/>
        <source>{name} has no password yet: a service manager sets one in Settings › Users and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="114"/>
        <source>Sign in — WarrantyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="115"/>
        <source>WarrantyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="116"/>
        <source>Sign in with your login and password. A service manager sets passwords in Settings › Users and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="118"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="119"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="120"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="122"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/dialog.py" line="122"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInSwitch</name>
    <message>
        <location filename="../../app/ui/sign_in/switch.py" line="68"/>
        <source>Cannot sign in until a password is set: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/switch.py" line="71"/>
        <source>Every workstation asks for a login and password at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/switch.py" line="73"/>
        <source>Off: each workstation works as the user chosen for it in Settings. Set your own password (Set password…) before turning sign-in on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in/switch.py" line="81"/>
        <source>Users sign in with a password (on every workstation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureCapture</name>
    <message>
        <location filename="../../app/ui/signature/capture.py" line="31"/>
        <source>Customer signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="184"/>
        <source>Customer signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="186"/>
        <source>Claim {number}: the customer signs below to confirm the repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="189"/>
        <source>The customer signs below to confirm the repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="190"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="191"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signature/pad.py" line="192"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDetailsDialog</name>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="219"/>
        <source>Minimum stock and bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="220"/>
        <source>&amp;Part no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="220"/>
        <source>&amp;Minimum stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/dialogs.py" line="221"/>
        <source>&amp;Bin location:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockForm</name>
    <message>
        <location filename="../../app/ui/stock/forms.py" line="58"/>
        <source>{what}: not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/forms.py" line="60"/>
        <source>{what}: required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockListPanel</name>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="231"/>
        <source>{count} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="252"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="253"/>
        <source>Part number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="254"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="257"/>
        <source>&amp;Below minimum only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="260"/>
        <source>Movements of {part} {name}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="262"/>
        <source>Choose a part to see its movements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockMovementKind</name>
    <message>
        <location filename="../../app/ui/labels.py" line="121"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="122"/>
        <source>Stock adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="123"/>
        <source>Goods received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="124"/>
        <source>Warranty repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="125"/>
        <source>Paid service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="126"/>
        <source>Counter sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="127"/>
        <source>Returned to the factory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockTexts</name>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="20"/>
        <source>Quality defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="21"/>
        <source>Dismantled by the dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="22"/>
        <source>Other unsaleable stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="25"/>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="26"/>
        <source>Dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="29"/>
        <source>The factory pays the freight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="30"/>
        <source>The dealer pays the freight and the labour to restore the part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="32"/>
        <source>The dealer pays the freight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="35"/>
        <source>delivery list {delivery_no} was already received on {received_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/texts.py" line="37"/>
        <source>another delivery list than row {first} ({delivery_no}); one list per file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../app/ui/stock/page.py" line="166"/>
        <source>{part} {name}: {count} on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="173"/>
        <source>Counter sale {number}: {part} × {quantity}, {amount} yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="181"/>
        <source>{part} {name}: {count} on order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="189"/>
        <source>{part} {name}: minimum {minimum}, bin {bin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="196"/>
        <source>{number}: {part} × {quantity} back to the factory. {rule} Freight paid by: {payer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="211"/>
        <source>{number} received: {part} × {quantity} into stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="215"/>
        <source>Claim {claim} waited {days} days for parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="217"/>
        <source>Claim {claim} is {status}: its record is closed and its waiting time was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="248"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="249"/>
        <source>Returns to the factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="250"/>
        <source>Emergency orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="251"/>
        <source>Receive &amp;delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="252"/>
        <source>Book a signed delivery list (销售发货清单) into stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="253"/>
        <source>&amp;Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="254"/>
        <source>Counter &amp;sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="255"/>
        <source>Order &amp;placed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="256"/>
        <source>&amp;Minimum and bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="257"/>
        <source>Return to &amp;factory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="258"/>
        <source>&amp;Received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/page.py" line="259"/>
        <source>Open &amp;claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="53"/>
        <location filename="../../app/ui/stock/panels.py" line="79"/>
        <location filename="../../app/ui/stock/panels.py" line="334"/>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="54"/>
        <location filename="../../app/ui/stock/panels.py" line="80"/>
        <location filename="../../app/ui/stock/panels.py" line="335"/>
        <source>Part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="55"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="56"/>
        <location filename="../../app/ui/stock/panels.py" line="342"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="58"/>
        <source>On order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="59"/>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="61"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="62"/>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="63"/>
        <source>Last movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="64"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="67"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="68"/>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="69"/>
        <location filename="../../app/ui/stock/panels.py" line="81"/>
        <location filename="../../app/ui/stock/panels.py" line="336"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="71"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="72"/>
        <location filename="../../app/ui/stock/panels.py" line="343"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="73"/>
        <location filename="../../app/ui/stock/panels.py" line="82"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="74"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="77"/>
        <source>Return no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="78"/>
        <source>Returned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="83"/>
        <source>Freight paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="85"/>
        <source>Restoration labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="87"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="332"/>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="333"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="338"/>
        <source>Ordered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="339"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stock/panels.py" line="340"/>
        <source>Days waited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="33"/>
        <source>Record the submission of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="34"/>
        <source>The day the approved plan was sent to the manufacturer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPrinting</name>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="31"/>
        <source>Preparing {count} tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="35"/>
        <source>tag {tag}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="35"/>
        <source>old-part tags.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/old_parts.py" line="38"/>
        <source>Preview, print or save the tags of the selected old parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateBox</name>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="150"/>
        <source>The database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="156"/>
        <source>Batches are exported with “{name}” from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="159"/>
        <source>Batch workbook template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="160"/>
        <source>In use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="161"/>
        <source>&amp;Use this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="162"/>
        <source>Only a service manager can choose the template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="79"/>
        <source>The manufacturer&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="79"/>
        <source>Templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_box.py" line="94"/>
        <source>From a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="155"/>
        <source>Manufacturer&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="156"/>
        <source>The layout of the workbook sent to head office with each claim batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="157"/>
        <source>Keep the standard layout unless head office asks for its own; a template file from the manufacturer can be chosen here or later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitStatus</name>
    <message>
        <location filename="../../app/ui/labels.py" line="57"/>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58"/>
        <source>Exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTexts</name>
    <message>
        <location filename="../../app/ui/units/texts.py" line="29"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="39"/>
        <source>{area} mu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="40"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="45"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="46"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="47"/>
        <source>Acknowledged by head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="48"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="56"/>
        <location filename="../../app/ui/units/texts.py" line="70"/>
        <source>Due by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="58"/>
        <source>Sent {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="60"/>
        <location filename="../../app/ui/units/texts.py" line="71"/>
        <source>Acknowledged {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="63"/>
        <source>Late (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="86"/>
        <source>In warranty until {limits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="87"/>
        <source>Warranty ended on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="88"/>
        <source>Warranty ended: over {limits} ({hours} now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="90"/>
        <source>Warranty void: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="91"/>
        <source>Warranty starts on {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="95"/>
        <source>Warranty not recognised: the registration card is late. {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="103"/>
        <source>Not recognised (card late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="105"/>
        <source>Until {limits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="106"/>
        <source>Ended {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="107"/>
        <source>Ended: over {limits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="108"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/texts.py" line="109"/>
        <source>Starts {start}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../app/ui/units/page.py" line="45"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="47"/>
        <source>Engine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="49"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="51"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="53"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="54"/>
        <source>Sale date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="56"/>
        <source>Registration card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="58"/>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="61"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="64"/>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="65"/>
        <source>Card due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="66"/>
        <source>Card due within 5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="67"/>
        <source>Card late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="68"/>
        <source>Warranty not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="69"/>
        <source>Card sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="70"/>
        <source>Card acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="274"/>
        <location filename="../../app/ui/units/page.py" line="304"/>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="297"/>
        <source>The list could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="299"/>
        <source>{count} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="302"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="303"/>
        <source>Serial or engine number, customer, phone or model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="307"/>
        <source>Record sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="308"/>
        <source>Register a machine sold and its warranty registration card (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="309"/>
        <source>Open service file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/units/page.py" line="310"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreachableBanner</name>
    <message>
        <location filename="../../app/ui/change_follow.py" line="122"/>
        <source>Database server unreachable — retrying every {seconds} s; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/change_follow.py" line="124"/>
        <source>The database cannot be reached — retrying every {seconds} s; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreachableMark</name>
    <message>
        <location filename="../../app/ui/change_follow.py" line="144"/>
        <source>● Database unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="88"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="88"/>
        <source>Change user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="89"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="90"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="91"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="92"/>
        <source>letters and digits, e.g. wang.li</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="215"/>
        <source>First user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="216"/>
        <source>The service manager who approves claims and adds the other users in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="217"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="217"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="217"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="220"/>
        <source>letters and digits, e.g. wang.li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="223"/>
        <source>This workstation works as this user; changes and approvals are recorded under the name. Finish saves the profile, the template and the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="167"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="167"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="168"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="168"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="194"/>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="195"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="217"/>
        <location filename="../../app/ui/settings/users_box.py" line="244"/>
        <source>The database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="223"/>
        <source>The password of {name} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="253"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="265"/>
        <source>{name} can work again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="266"/>
        <source>{name} no longer works here; their records keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="276"/>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="277"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="277"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="277"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="277"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="278"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="279"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="280"/>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="281"/>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/users_box.py" line="282"/>
        <source>Only a service manager can change users and roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictsDialog</name>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="118"/>
        <source>Say for at least one tag whether head office received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="130"/>
        <source>Head office&apos;s verdict: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="132"/>
        <source>For each tag head office reported on: received or not, and for a received part usable or scrap. Rows left empty are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="134"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="134"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="134"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="135"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="135"/>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="137"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="137"/>
        <source>No, not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shipments/verdicts_dialog.py" line="141"/>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="101"/>
        <source>Welcome to WarrantyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="102"/>
        <source>A few steps set up this service station. Everything can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="104"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="105"/>
        <source>Automatic (as the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="106"/>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="107"/>
        <source>&amp;Set up this dealer: profile, batch template and the first user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="108"/>
        <source>Open the &amp;demo dealer instead, to try the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run/pages.py" line="109"/>
        <source>The demo fills this database with a made-up dealer, its machines and claims. To start for real later, use a new database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Fields</name>
    <message>
        <location filename="../../app/ui/claims/form.py" line="90"/>
        <source>{field}: “{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/claims/form.py" line="93"/>
        <source>{field} must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
