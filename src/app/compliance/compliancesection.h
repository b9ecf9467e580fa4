#pragma once

#include "app/common/listsection.h"
#include "app/common/listtablemodel.h"
#include "domain/editiondata.h"
#include "domain/finding.h"

#include <optional>

#include <QDate>
#include <QHash>
#include <QSet>

class QComboBox;
class QTimer;

namespace pacte {

class FindingDetail;

struct FindingRow : RowBase
{
    Finding finding;
    int ruleIndex = -1; // in rules::allRuleIds(): the rule facet's value and the rule column's order
};

// Conformité: every finding of the governance rules (domain.md rules 1-6 and the deliberation tally)
// for the selected edition, today or as of the 31 December of one of its years; errors first, each
// one opening the offending item. The sidebar shows their number in red.
class ComplianceSection final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceSection)

public:
    explicit ComplianceSection(QWidget* parent = nullptr);
    ~ComplianceSection() override;

    SectionId id() const override { return SectionId::Compliance; }
    QString title() const override { return tr("Compliance"); }
    bool countIsAlert() const override { return true; }
    void setDocument(Document* document) override;
    void setEdition(Id editionId) override;
    // Findings are fixed where the items are edited, not deleted here.
    void deleteSelectedItem() override {}

    // The day the rules were checked on.
    QDate checkedOn() const { return m_checkedOn; }
    // The findings listed, in the model's order (unfiltered, unsorted).
    Findings findings() const;

protected:
    void showEvent(QShowEvent* event) override;
    // The rules read every action sheet: a hidden list checks them once the window has been painted.
    int countRecords() const override { return ReadSoon; }
    // Today's check reads every action sheet: on a worker thread, the window answering meanwhile.
    bool startBackgroundRead() override;
    void reloadRows() override;
    void showRecord(const QUuid& uuid) override;
    // Every change may change the findings: they are refreshed on a timer (scheduleRefresh()) rather
    // than by ListSection.
    EntitySet shownEntities() const override { return {}; }
    QString footerText() const override;

private:
    void onDocumentChanged(Entity entity, const QList<QUuid>& uuids, ChangeKind kind);
    // Today's findings of these actions' sheets (rule 5, which depends on the action alone), in place.
    void updateActionFindings(const QList<QUuid>& uuids);
    // The findings and their rows for the reload: everything, or all but the action sheets kept.
    QList<FindingRow> checkedRows(int year);
    FindingRow makeRow(const Finding& finding, QSet<QUuid>& taken) const;
    void refresh();
    void fillYears();
    void openSelectedFinding();
    const FindingRow* selectedRow() const;

    ListTableModel<FindingRow>* m_model = nullptr;
    FindingDetail* m_detail = nullptr;
    QComboBox* m_yearCombo = nullptr;
    QTimer* m_refreshTimer = nullptr;
    // Today's check only: the edition as the rules read it, without the action sheets, whose findings
    // are kept per action, so that an edited action is checked alone.
    EditionData m_today;
    std::optional<EditionData> m_readInBackground; // by startBackgroundRead(), for the next reload
    int m_readGeneration = 0;                      // the background read whose result is awaited
    QList<FindingRow> m_sheetRows;                 // today's rule-5 findings, in the edition's action order
    bool m_othersOnly = false;                     // the next reload reads everything but the action sheets
    QDate m_checkedOn;
    bool m_stale = false; // a change came while a past year was listed out of sight
};

} // namespace pacte
