<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>Bootstrap</name>
    <message>
        <location filename="../../app/bootstrap.py" line="19"/>
        <source>Cannot open the database</source>
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
    <name>ComingPage</name>
    <message>
        <location filename="../../app/ui/widgets/coming_page.py" line="37"/>
        <source>This section is being built and arrives in a coming version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="46"/>
        <source>Units registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="47"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="48"/>
        <source>Warranty claims in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="51"/>
        <source>Claims awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="56"/>
        <source>Approved claims not yet in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="61"/>
        <source>Claims in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="66"/>
        <source>Open service log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="71"/>
        <source>Registration cards due within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="76"/>
        <source>Registration cards late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="81"/>
        <source>Old parts in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="85"/>
        <source>Old parts overdue for return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="89"/>
        <source>Claim batches open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="257"/>
        <source>The figures could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="293"/>
        <source>Dealer code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="295"/>
        <source>Dealer not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="299"/>
        <source>Figures as of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="303"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="304"/>
        <source>Load the figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="305"/>
        <source>Warranty claims by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="306"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="306"/>
        <source>Claims</source>
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
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="44"/>
        <source>Service log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="45"/>
        <source>Warranty claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>Old parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Return shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="48"/>
        <source>Claim batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49"/>
        <source>Spare-part reserve plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="50"/>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="51"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>Search by serial number, claim or tag arrives with the Units section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>WarrantyDesk — Warranty Service Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238"/>
        <source>Serial number, claim or tag… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="243"/>
        <source>Automatic (as the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Database: {location} ({backend})</source>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="77"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="78"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="79"/>
        <source>&amp;Interface and printed forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="80"/>
        <source>Automatic (as the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="81"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="82"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="83"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="85"/>
        <source>The dealer profile, users and roles, warranty rules, return windows, seasons, templates and backups are set here too once those parts of the program arrive.</source>
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
</TS>
