<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>pacte::MainWindow</name>
    <message numerus="yes">
        <source>%n signatory partner(s)</source>
        <translation>
            <numerusform>%n signatory partner</numerusform>
            <numerusform>%n signatory partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n axis/axes, %1 theme(s)</source>
        <translation>
            <numerusform>%n axis, %1 theme(s)</numerusform>
            <numerusform>%n axes, %1 theme(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n working group</numerusform>
            <numerusform>%n working groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
</TS>
