<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChannelCommand</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message numerus="yes">
        <source>History: %Ln result(s) waiting to be written — %1</source>
        <translation>
            <numerusform>History: %Ln result waiting to be written — %1</numerusform>
            <numerusform>History: %Ln results waiting to be written — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History: %Ln result(s) waiting to be written, %1 dropped — %2</source>
        <translation>
            <numerusform>History: %Ln result waiting to be written, %1 dropped — %2</numerusform>
            <numerusform>History: %Ln results waiting to be written, %1 dropped — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommand</name>
    <message numerus="yes">
        <source>imported %n monitor(s) from %1 (%2 added, %3 replaced)</source>
        <translation>
            <numerusform>imported %n monitor from %1 (%2 added, %3 replaced)</numerusform>
            <numerusform>imported %n monitors from %1 (%2 added, %3 replaced)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n monitor(s) to %1</source>
        <translation>
            <numerusform>exported %n monitor to %1</numerusform>
            <numerusform>exported %n monitors to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>exported %n result(s) to %1</source>
        <translation>
            <numerusform>exported %n result to %1</numerusform>
            <numerusform>exported %n results to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n monitor(s): %1</source>
        <translation>
            <numerusform>%n monitor: %1</numerusform>
            <numerusform>%n monitors: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceCommand</name>
    <message numerus="yes">
        <source>--monitor: there is no monitor with the id or name %1</source>
        <translation>
            <numerusform>--monitor: there is no monitor with the id or name %1</numerusform>
            <numerusform>--monitor: there are no monitors with the ids or names %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceWindow</name>
    <message numerus="yes">
        <source>the weekly maintenance window &apos;%1&apos; must last from 1 minute to one week, not %n minute(s)</source>
        <translation>
            <numerusform>the weekly maintenance window &apos;%1&apos; must last from 1 minute to one week, not %n minute</numerusform>
            <numerusform>the weekly maintenance window &apos;%1&apos; must last from 1 minute to one week, not %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorActions</name>
    <message numerus="yes">
        <source>Delete %n monitor(s) and all their history?</source>
        <translation>
            <numerusform>Delete %n monitor and all its history?</numerusform>
            <numerusform>Delete %n monitors and all their history?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) to %1</source>
        <translation>
            <numerusform>Exported %n result to %1</numerusform>
            <numerusform>Exported %n results to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pausing %n monitor(s)…</source>
        <translation>
            <numerusform>Pausing %n monitor…</numerusform>
            <numerusform>Pausing %n monitors…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n monitor(s)…</source>
        <translation>
            <numerusform>Resuming %n monitor…</numerusform>
            <numerusform>Resuming %n monitors…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n monitor(s)…</source>
        <translation>
            <numerusform>Checking %n monitor…</numerusform>
            <numerusform>Checking %n monitors…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MuteActions</name>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n monitor</numerusform>
            <numerusform>%n monitors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) while notifications were paused</source>
        <translation>
            <numerusform>%n alert while notifications were paused</numerusform>
            <numerusform>%n alerts while notifications were paused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingActivity</name>
    <message numerus="yes">
        <source>Last %n check(s), oldest on the left</source>
        <translation>
            <numerusform>Last %n check, oldest on the left</numerusform>
            <numerusform>Last %n checks, oldest on the left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degraded</numerusform>
            <numerusform>%n degraded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseTimeChart</name>
    <message numerus="yes">
        <source>Average %1 ms (min %2 ms, max %3 ms), %n checks</source>
        <translation>
            <numerusform>Average %1 ms (min %2 ms, max %3 ms), %n check</numerusform>
            <numerusform>Average %1 ms (min %2 ms, max %3 ms), %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n up</numerusform>
            <numerusform>%n up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degraded</numerusform>
            <numerusform>%n degraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message numerus="yes">
        <source>running %n monitor(s) (%1 paused) with %2 worker threads; history in %3</source>
        <translation>
            <numerusform>running %n monitor (%1 paused) with %2 worker threads; history in %3</numerusform>
            <numerusform>running %n monitors (%1 paused) with %2 worker threads; history in %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform>
            <numerusform>%n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n unreachable</numerusform>
            <numerusform>%n unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degraded</numerusform>
            <numerusform>%n degraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n up</numerusform>
            <numerusform>%n up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in maintenance</source>
        <translation>
            <numerusform>%n in maintenance</numerusform>
            <numerusform>%n in maintenance</numerusform>
        </translation>
    </message>
</context>
</TS>
