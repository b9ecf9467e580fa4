<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>pacte::ActionsSection</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned</source>
        <translation>
            <numerusform>%n abandoned</numerusform>
            <numerusform>%n abandoned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n action(s) of the edition…</source>
        <translation>
            <numerusform>Reading the %n action of the edition…</numerusform>
            <numerusform>Reading the %n actions of the edition…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::AxesSection</name>
    <message numerus="yes">
        <source>%n axis/axes</source>
        <translation>
            <numerusform>%n axis</numerusform>
            <numerusform>%n axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n axis/axes</source>
        <translation>
            <numerusform>%1 shown out of %n axis</numerusform>
            <numerusform>%1 shown out of %n axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::AxisEditor</name>
    <message numerus="yes">
        <source>%n indicator(s) made from &quot;%1&quot; will be unlinked from it (they are kept). Remove the template?</source>
        <translation>
            <numerusform>%n indicator made from &quot;%1&quot; will be unlinked from it (it is kept). Remove the template?</numerusform>
            <numerusform>%n indicators made from &quot;%1&quot; will be unlinked from it (they are kept). Remove the template?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::CompliancePanel</name>
    <message numerus="yes">
        <source>Governance rules (§1.4): %n finding(s)</source>
        <translation>
            <numerusform>Governance rules (§1.4): %n finding</numerusform>
            <numerusform>Governance rules (§1.4): %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <translation>
            <numerusform>%n for information</numerusform>
            <numerusform>%n for information</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::ComplianceSection</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · %n error</numerusform>
            <numerusform> · %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n warning(s)</source>
        <translation>
            <numerusform> · %n warning</numerusform>
            <numerusform> · %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n for information</source>
        <translation>
            <numerusform> · %n for information</numerusform>
            <numerusform> · %n for information</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::CountsView</name>
    <message numerus="yes">
        <source>%1 of %n territory(ies)</source>
        <translation>
            <numerusform>%1 of %n territory</numerusform>
            <numerusform>%1 of %n territories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::CoverageLists</name>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n working group</numerusform>
            <numerusform>%n working groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::CoverageSection</name>
    <message numerus="yes">
        <source>%1 × %2: %n cell(s) with a working group.</source>
        <translation>
            <numerusform>%1 × %2: %n cell with a working group.</numerusform>
            <numerusform>%1 × %2: %n cells with a working group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n territory</numerusform>
            <numerusform>%n territories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::CoverageTexts</name>
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
        <source>%n working group(s):</source>
        <translation>
            <numerusform>%n working group:</numerusform>
            <numerusform>%n working groups:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s):</source>
        <translation>
            <numerusform>%n action:</numerusform>
            <numerusform>%n actions:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::DashboardCharts</name>
    <message numerus="yes">
        <source>%n of %1 territories did</source>
        <translation>
            <numerusform>%n of %1 territories did</numerusform>
            <numerusform>%n of %1 territories did</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required</source>
        <translation>
            <numerusform>%n required</numerusform>
            <numerusform>%n required</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::DashboardSection</name>
    <message numerus="yes">
        <source>&lt;b&gt;No action recorded yet in the %n working group(s) of %1.&lt;/b&gt;&lt;br&gt;Add the actions in the &lt;a href=&apos;actions&apos;&gt;Actions&lt;/a&gt; section (or import a group&apos;s sheet filled in by its referent): this dashboard will chart them by status, axis, territory and theme.</source>
        <translation>
            <numerusform>&lt;b&gt;No action recorded yet in the %n working group of %1.&lt;/b&gt;&lt;br&gt;Add the actions in the &lt;a href=&apos;actions&apos;&gt;Actions&lt;/a&gt; section (or import a group&apos;s sheet filled in by its referent): this dashboard will chart them by status, axis, territory and theme.</numerusform>
            <numerusform>&lt;b&gt;No action recorded yet in the %n working groups of %1.&lt;/b&gt;&lt;br&gt;Add the actions in the &lt;a href=&apos;actions&apos;&gt;Actions&lt;/a&gt; section (or import a group&apos;s sheet filled in by its referent): this dashboard will chart them by status, axis, territory and theme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::Database</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::DeclaredCount</name>
    <message numerus="yes">
        <source>%n partner(s) recorded</source>
        <translation>
            <numerusform>%n partner recorded</numerusform>
            <numerusform>%n partners recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declared signatory(ies)</source>
        <translation>
            <numerusform>%n declared signatory</numerusform>
            <numerusform>%n declared signatories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::DeletionQuestion</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
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
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n axis/axes</source>
        <translation>
            <numerusform>%n axis</numerusform>
            <numerusform>%n axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) of persons</source>
        <translation>
            <numerusform>%n role of persons</numerusform>
            <numerusform>%n roles of persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliberation(s)</source>
        <translation>
            <numerusform>%n deliberation</numerusform>
            <numerusform>%n deliberations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s) lose this reference (pilot, axis or theme)</source>
        <translation>
            <numerusform>%n working group loses this reference (pilot, axis or theme)</numerusform>
            <numerusform>%n working groups lose this reference (pilot, axis or theme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) lose their territory or working group</source>
        <translation>
            <numerusform>%n meeting loses its territory or working group</numerusform>
            <numerusform>%n meetings lose their territory or working group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are no longer attached to a partner</source>
        <translation>
            <numerusform>%n person is no longer attached to a partner</numerusform>
            <numerusform>%n persons are no longer attached to a partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edition(s) lose their previous edition</source>
        <translation>
            <numerusform>%n edition loses its previous edition</numerusform>
            <numerusform>%n editions lose their previous edition</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former or dated name(s)</source>
        <translation>
            <numerusform>%n former or dated name</numerusform>
            <numerusform>%n former or dated names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) lose their axis, their theme or the earlier action they continue</source>
        <translation>
            <numerusform>%n action loses its axis, its theme or the earlier action it continues</numerusform>
            <numerusform>%n actions lose their axis, their theme or the earlier action they continue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewed edition(s) no longer name the edition they renew</source>
        <translation>
            <numerusform>%n renewed edition no longer names the edition it renews</numerusform>
            <numerusform>%n renewed editions no longer name the edition they renew</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n governance rule setting(s)</source>
        <translation>
            <numerusform>its %n governance rule setting</numerusform>
            <numerusform>its %n governance rule settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n funding line</numerusform>
            <numerusform>%n funding lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yearly amount(s) of funding lines</source>
        <translation>
            <numerusform>%n yearly amount of funding lines</numerusform>
            <numerusform>%n yearly amounts of funding lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s) lose their funder: the amounts stay, choose another funder</source>
        <translation>
            <numerusform>%n funding line loses its funder: the amounts stay, choose another funder</numerusform>
            <numerusform>%n funding lines lose their funder: the amounts stay, choose another funder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) of the partner</source>
        <translation>
            <numerusform>%n commitment of the partner</numerusform>
            <numerusform>%n commitments of the partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local pact(s)</source>
        <translation>
            <numerusform>%n local pact</numerusform>
            <numerusform>%n local pacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local pact priority(ies)</source>
        <translation>
            <numerusform>%n local pact priority</numerusform>
            <numerusform>%n local pact priorities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yearly review(s) of a local pact</source>
        <translation>
            <numerusform>%n yearly review of a local pact</numerusform>
            <numerusform>%n yearly reviews of a local pact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its place in %n partner commitment(s)</source>
        <translation>
            <numerusform>its place in %n partner commitment</numerusform>
            <numerusform>its place in %n partner commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::EvaluationSection</name>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frozen</source>
        <translation>
            <numerusform>%n frozen</numerusform>
            <numerusform>%n frozen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::Format</name>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n character)</numerusform>
            <numerusform>%1… (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::FundingSummaryPanel</name>
    <message numerus="yes">
        <source>%1 (%n unknown)</source>
        <translation>
            <numerusform>%1 (%n unknown)</numerusform>
            <numerusform>%1 (%n unknown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned: %1 · committed: %2 · paid: %3 — %n funding line(s) of %4 action(s).</source>
        <translation>
            <numerusform>Planned: %1 · committed: %2 · paid: %3 — %n funding line of %4 action(s).</numerusform>
            <numerusform>Planned: %1 · committed: %2 · paid: %3 — %n funding lines of %4 action(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) unknown, counted apart and not added (unknown is not zero).</source>
        <translation>
            <numerusform>%n amount unknown, counted apart and not added (unknown is not zero).</numerusform>
            <numerusform>%n amounts unknown, counted apart and not added (unknown is not zero).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::GroupEditor</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::GroupsSection</name>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n working group</numerusform>
            <numerusform>%n working groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n working group(s)</source>
        <translation>
            <numerusform>%1 shown out of %n working group</numerusform>
            <numerusform>%1 shown out of %n working groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a co-pilot from another structure</source>
        <translation>
            <numerusform>%n without a co-pilot from another structure</numerusform>
            <numerusform>%n without a co-pilot from another structure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::HistoryDialog</name>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation>
            <numerusform>%n recorded change, newest first.</numerusform>
            <numerusform>%n recorded changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorChart</name>
    <message numerus="yes">
        <source>Measured (%n not reported, not drawn)</source>
        <translation>
            <numerusform>Measured (%n not reported, not drawn)</numerusform>
            <numerusform>Measured (%n not reported, not drawn)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorDetail</name>
    <message numerus="yes">
        <source>(%n measurement(s) not reported left out)</source>
        <translation>
            <numerusform>(%n measurement not reported left out)</numerusform>
            <numerusform>(%n measurements not reported left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorsPanel</name>
    <message numerus="yes">
        <source>Remove the indicator &quot;%1&quot; and its %n measurement(s)?</source>
        <translation>
            <numerusform>Remove the indicator &quot;%1&quot; and its %n measurement?</numerusform>
            <numerusform>Remove the indicator &quot;%1&quot; and its %n measurements?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorsSection</name>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s)</source>
        <translation>
            <numerusform>%1 of %n indicator</numerusform>
            <numerusform>%1 of %n indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::ListExport</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::ListSection</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more table(s)</source>
        <translation>
            <numerusform>… and %n more table</numerusform>
            <numerusform>… and %n more tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::MeetingsSection</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::PartnerContributions</name>
    <message numerus="yes">
        <source>%1 (%n unknown)</source>
        <translation>
            <numerusform>%1 (%n unknown)</numerusform>
            <numerusform>%1 (%n unknown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s). By year: </source>
        <translation>
            <numerusform>%n funding line. By year: </numerusform>
            <numerusform>%n funding lines. By year: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without any amount yet.</source>
        <translation>
            <numerusform>%n line without any amount yet.</numerusform>
            <numerusform>%n lines without any amount yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::PartnersSection</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partner(s) shown</source>
        <translation>
            <numerusform>%1 of %n partner shown</numerusform>
            <numerusform>%1 of %n partners shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signatory(ies) of %1</source>
        <translation>
            <numerusform>%n signatory of %1</numerusform>
            <numerusform>%n signatories of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without referent</source>
        <translation>
            <numerusform>%n without referent</numerusform>
            <numerusform>%n without referent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) expected to sign %1</source>
        <translation>
            <numerusform>%n partner expected to sign %1</numerusform>
            <numerusform>%n partners expected to sign %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) recorded</source>
        <translation>
            <numerusform>%n signature recorded</numerusform>
            <numerusform>%n signatures recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::PersonsSection</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) shown</source>
        <translation>
            <numerusform>%1 of %n person shown</numerusform>
            <numerusform>%1 of %n persons shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PTI referent(s)</source>
        <translation>
            <numerusform>%n PTI referent</numerusform>
            <numerusform>%n PTI referents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::Renewal</name>
    <message numerus="yes">
        <source>%n axis(es)</source>
        <translation>
            <numerusform>%n axis</numerusform>
            <numerusform>%n axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to sign</source>
        <translation>
            <numerusform>%n partner to sign</numerusform>
            <numerusform>%n partners to sign</numerusform>
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
        <source>%n action(s) carried on</source>
        <translation>
            <numerusform>%n action carried on</numerusform>
            <numerusform>%n actions carried on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::RenewalDialog</name>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n axis(es)</source>
        <translation>
            <numerusform>%n axis</numerusform>
            <numerusform>%n axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to sign</source>
        <translation>
            <numerusform>%n partner to sign</numerusform>
            <numerusform>%n partners to sign</numerusform>
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
        <source>%n action(s) carried on</source>
        <translation>
            <numerusform>%n action carried on</numerusform>
            <numerusform>%n actions carried on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::SheetExportDialog</name>
    <message numerus="yes">
        <source>%n sheet(s) written:</source>
        <translation>
            <numerusform>%n sheet written:</numerusform>
            <numerusform>%n sheets written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::SheetImport</name>
    <message numerus="yes">
        <source>%n conflict(s) must be decided before the sheet is imported.</source>
        <translation>
            <numerusform>%n conflict must be decided before the sheet is imported.</numerusform>
            <numerusform>%n conflicts must be decided before the sheet is imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::SheetImportDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation>
            <numerusform>%n to decide</numerusform>
            <numerusform>%n to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::TableImport</name>
    <message numerus="yes">
        <source>%n records have this name; rename them in Pacte first</source>
        <translation>
            <numerusform>%n record has this name; rename it in Pacte first</numerusform>
            <numerusform>%n records have this name; rename them in Pacte first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working groups have this name; give the group&apos;s territories in a « Territoires » column to tell them apart</source>
        <translation>
            <numerusform>%n working group has this name; give the group&apos;s territories in a « Territoires » column to tell them apart</numerusform>
            <numerusform>%n working groups have this name; give the group&apos;s territories in a « Territoires » column to tell them apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are rejected: fix them, or import the others only.</source>
        <translation>
            <numerusform>%n row is rejected: fix it, or import the others only.</numerusform>
            <numerusform>%n rows are rejected: fix them, or import the others only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::TableImportDialog</name>
    <message numerus="yes">
        <source>%n record(s) already as the sheet says.</source>
        <translation>
            <numerusform>%n record already as the sheet says.</numerusform>
            <numerusform>%n records already as the sheet says.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::TerritoriesSection</name>
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
        <source>%n local committee meeting(s) held</source>
        <translation>
            <numerusform>%n local committee meeting held</numerusform>
            <numerusform>%n local committee meetings held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::cli</name>
    <message numerus="yes">
        <source>%1 : %n conflict(s) between the sheet and the database; nothing was imported. Decide them in Pacte (File ▸ Import a sheet).</source>
        <translation>
            <numerusform>%1: %n conflict between the sheet and the database; nothing was imported. Decide it in Pacte (File ▸ Import a sheet).</numerusform>
            <numerusform>%1: %n conflicts between the sheet and the database; nothing was imported. Decide them in Pacte (File ▸ Import a sheet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to import; nothing was changed (--dry-run).</source>
        <translation>
            <numerusform>%n change to import; nothing was changed (--dry-run).</numerusform>
            <numerusform>%n changes to import; nothing was changed (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) imported from %1 (backup: %2).</source>
        <translation>
            <numerusform>%n change imported from %1 (backup: %2).</numerusform>
            <numerusform>%n changes imported from %1 (backup: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n status change</numerusform>
            <numerusform>%n status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) moved</source>
        <translation>
            <numerusform>%n indicator moved</numerusform>
            <numerusform>%n indicators moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new working group(s)</source>
        <translation>
            <numerusform>%n new working group</numerusform>
            <numerusform>%n new working groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s) closed</source>
        <translation>
            <numerusform>%n working group closed</numerusform>
            <numerusform>%n working groups closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n row(s).</source>
        <translation>
            <numerusform>Wrote %1: %2, %n row.</numerusform>
            <numerusform>Wrote %1: %2, %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n axis(es) to edit</source>
        <translation>
            <numerusform>%n axis to edit</numerusform>
            <numerusform>%n axes to edit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to sign (signature pending)</source>
        <translation>
            <numerusform>%n partner to sign (signature pending)</numerusform>
            <numerusform>%n partners to sign (signature pending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s) still active, with their pilot and co-pilot</source>
        <translation>
            <numerusform>%n working group still active, with its pilot and co-pilot</numerusform>
            <numerusform>%n working groups still active, with their pilot and co-pilot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) carried on (not finished)</source>
        <translation>
            <numerusform>%n action carried on (not finished)</numerusform>
            <numerusform>%n actions carried on (not finished)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would be created; nothing was changed (--dry-run).</source>
        <translation>
            <numerusform>%n record would be created; nothing was changed (--dry-run).</numerusform>
            <numerusform>%n records would be created; nothing was changed (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created: the edition %1 is the current one.</source>
        <translation>
            <numerusform>%n record created: the edition %1 is the current one.</numerusform>
            <numerusform>%n records created: the edition %1 is the current one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <translation>
            <numerusform>%n for information</numerusform>
            <numerusform>%n for information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n territory</numerusform>
            <numerusform>%n territories</numerusform>
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
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s), %1 without a known value</source>
        <translation>
            <numerusform>%n indicator, %1 without a known value</numerusform>
            <numerusform>%n indicators, %1 without a known value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n tables compared, identical.</source>
        <translation>
            <numerusform>Copied %1 to %2: %n table compared, identical.</numerusform>
            <numerusform>Copied %1 to %2: %n tables compared, identical.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) imported from %1.</source>
        <translation>
            <numerusform>%n change imported from %1.</numerusform>
            <numerusform>%n changes imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::help::HelpWindow</name>
    <message numerus="yes">
        <source>%n match(es) on this page</source>
        <translation>
            <numerusform>%n match on this page</numerusform>
            <numerusform>%n matches on this page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::Commitments</name>
    <message numerus="yes">
        <source>%n action(s) outside the report&apos;s scope</source>
        <translation>
            <numerusform>%n action outside the report&apos;s scope</numerusform>
            <numerusform>%n actions outside the report&apos;s scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) recorded, partner by partner, with the axes, themes and actions each serves.</source>
        <translation>
            <numerusform>%n commitment recorded, with the axes, themes and actions it serves.</numerusform>
            <numerusform>%n commitments recorded, partner by partner, with the axes, themes and actions each serves.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::Coverage</name>
    <message numerus="yes">
        <source>and %n other(s).</source>
        <translation>
            <numerusform>and %n other.</numerusform>
            <numerusform>and %n others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no group recorded on %1 of the %n theme(s): %2.</source>
        <translation>
            <numerusform>no group recorded on %1 of the %n theme: %2.</numerusform>
            <numerusform>no group recorded on %1 of the %n themes: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the table where two groups or more work on the same theme in the same territory: a coordination to look at, not necessarily a duplication.</source>
        <translation>
            <numerusform>%n cell of the table where two groups or more work on the same theme in the same territory: a coordination to look at, not necessarily a duplication.</numerusform>
            <numerusform>%n cells of the table where two groups or more work on the same theme in the same territory: a coordination to look at, not necessarily a duplication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n territory</numerusform>
            <numerusform>%n territories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::Evaluation</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … and %n more</source>
        <translation>
            <numerusform> … and %n more</numerusform>
            <numerusform> … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved by their deliberative body</source>
        <translation>
            <numerusform>%n approved by their deliberative body</numerusform>
            <numerusform>%n approved by their deliberative body</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of unknown status</source>
        <translation>
            <numerusform>%n of unknown status</numerusform>
            <numerusform>%n of unknown status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n declined</numerusform>
            <numerusform>%n declined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) expected</source>
        <translation>
            <numerusform>%n partner expected</numerusform>
            <numerusform>%n partners expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) recorded</source>
        <translation>
            <numerusform>%n signature recorded</numerusform>
            <numerusform>%n signatures recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::Funding</name>
    <message numerus="yes">
        <source>Funding of %n action(s), in %1: the amounts planned, committed and paid, in euros. An amount that is not known is counted in the last column and never added as zero; a cell where no amount of the kind is known says so.</source>
        <translation>
            <numerusform>Funding of %n action, in %1: the amounts planned, committed and paid, in euros. An amount that is not known is counted in the last column and never added as zero; a cell where no amount of the kind is known says so.</numerusform>
            <numerusform>Funding of %n actions, in %1: the amounts planned, committed and paid, in euros. An amount that is not known is counted in the last column and never added as zero; a cell where no amount of the kind is known says so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n funding line</numerusform>
            <numerusform>%n funding lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::Governance</name>
    <message numerus="yes">
        <source>%n finding(s) as of %1</source>
        <translation>
            <numerusform>%n finding as of %1</numerusform>
            <numerusform>%n findings as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, listed by Pacte&apos;s compliance view and by pacte-cli check.</source>
        <translation>
            <numerusform>… and %n more, listed by Pacte&apos;s compliance view and by pacte-cli check.</numerusform>
            <numerusform>… and %n more, listed by Pacte&apos;s compliance view and by pacte-cli check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <translation>
            <numerusform>%n for information</numerusform>
            <numerusform>%n for information</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::GovernanceEvaluation</name>
    <message numerus="yes">
        <source>%n working group(s) established</source>
        <translation>
            <numerusform>%n working group established</numerusform>
            <numerusform>%n working groups established</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) led by the Département alone, as recorded:</source>
        <translation>
            <numerusform>%n group led by the Département alone, as recorded:</numerusform>
            <numerusform>%n groups led by the Département alone, as recorded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) without any pilot recorded:</source>
        <translation>
            <numerusform>%n group without any pilot recorded:</numerusform>
            <numerusform>%n groups without any pilot recorded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) engaged in %1 and not in the previous pact; %2 in at least one working group.</source>
        <translation>
            <numerusform>%n partner engaged in %1 and not in the previous pact; %2 in at least one working group.</numerusform>
            <numerusform>%n partners engaged in %1 and not in the previous pact; %2 in at least one working group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::Groups</name>
    <message numerus="yes">
        <source>%n action sheet(s): objectives, publics, modalities and deliverables, indicators (§1.4).</source>
        <translation>
            <numerusform>%n action sheet: objectives, publics, modalities and deliverables, indicators (§1.4).</numerusform>
            <numerusform>%n action sheets: objectives, publics, modalities and deliverables, indicators (§1.4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s). The pact has each led by a pilot and a co-pilot from two different structures (§1.4); the Governance section lists those that are not yet.</source>
        <translation>
            <numerusform>%n working group. The pact has each led by a pilot and a co-pilot from two different structures (§1.4); the Governance section lists those that are not yet.</numerusform>
            <numerusform>%n working groups. The pact has each led by a pilot and a co-pilot from two different structures (§1.4); the Governance section lists those that are not yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s), with their pilot and co-pilot as recorded.</source>
        <translation>
            <numerusform>%n working group, with its pilot and co-pilot as recorded.</numerusform>
            <numerusform>%n working groups, with their pilot and co-pilot as recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) not reported left out</source>
        <translation>
            <numerusform>%n measurement not reported left out</numerusform>
            <numerusform>%n measurements not reported left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::Illustrative</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n axis(es)</source>
        <translation>
            <numerusform>%n axis</numerusform>
            <numerusform>%n axes</numerusform>
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
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n other record</numerusform>
            <numerusform>%n other records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn from illustrative data: %n of the %1 actions shown invented for the example.</source>
        <translation>
            <numerusform>Drawn from illustrative data: %n of the %1 actions shown is invented for the example.</numerusform>
            <numerusform>Drawn from illustrative data: %n of the %1 actions shown are invented for the example.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::Summary</name>
    <message numerus="yes">
        <source>partners recorded out of %n declared signatory(ies)</source>
        <translation>
            <numerusform>partners recorded out of %n declared signatory</numerusform>
            <numerusform>partners recorded out of %n declared signatories</numerusform>
        </translation>
    </message>
</context>
</TS>
