#pragma once

// The sections of the COPIL report, one function each, writing into a ReportHtml (reportbuilder.cpp
// calls them in order). Internal to the reports library.

#include "reportbuilder.h"
#include "reporthtml.h"

namespace pacte::sections {

void writeSummary(const ReportData& data, ReportHtml& out);
// Working groups by territory; `progress` is called once per group.
bool writeGroups(const ReportData& data, ReportHtml& out, const std::function<bool()>& step);
bool writeActionSheets(const ReportData& data, ReportHtml& out, const std::function<bool()>& step);
void writeGovernance(const ReportData& data, ReportHtml& out);
void writeEvaluation(const ReportData& data, ReportHtml& out);
// The working groups' yearly evaluations of the report's year, per axis (issue 18).
void writeGroupEvaluations(const ReportData& data, ReportHtml& out);
// The indicator templates added up across groups and territories, by theme (issue 18).
void writeTemplateSums(const ReportData& data, ReportHtml& out);
// "Qui fait quoi, où": territories × themes, gaps, overlaps, possible duplicates, partners (issue 18).
void writeCoverage(const ReportData& data, ReportHtml& out);
// The evaluation of the governance: bodies, decision circuit, new partners, pilots, coverage counted.
void writeGovernanceEvaluation(const ReportData& data, ReportHtml& out);
// The financing of the scope's actions by axis, territory, funder and year (issue 20).
void writeFunding(const ReportData& data, ReportHtml& out);
// Each territory's local pact of the edition, a page each (issue 20); nothing when the edition has none.
void writeLocalPacts(const ReportData& data, ReportHtml& out);
void writePartners(const ReportData& data, ReportHtml& out);
// What each signatory commits to in the edition, with what each commitment serves (issue 20).
void writeCommitments(const ReportData& data, ReportHtml& out);
void writeCalendar(const ReportData& data, ReportHtml& out);

// What a report says when it rests on illustrative records: a band for the cover (empty when there
// are none) and a warning above a chart drawn from the scope's actions (nothing when none is).
QString illustrativeCoverBand(const ReportData& data);
void writeIllustrativeChartNote(const ReportData& data, ReportHtml& out);

// Shared helpers.
QString partnerName(const EditionData& data, Id partnerId);
QString personName(const EditionData& data, Id personId);
QString pilotsText(const EditionData& data, const WorkingGroup& group);
// Territories of the scope, each with the groups whose territory set starts with it; a group on
// several territories gets its own line ("Biterrois, Petite Camargue"), as in Annexe 1.
QList<QPair<QString, QList<const WorkingGroup*>>> groupsByTerritory(const ReportData& data);
QString statusCountsText(const QMap<ActionStatus, int>& counts);

} // namespace pacte::sections
