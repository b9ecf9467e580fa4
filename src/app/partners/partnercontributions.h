#pragma once

#include "domain/ids.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace pacte {

class Database;

// The partner's financial contributions ("contributions financières", issue 20), read-only on its
// screen: the funding lines of which it is the funder, one row per year, and its totals by year.
// Unknown amounts are shown as unknown and counted apart, never added as zero.
class PartnerContributions final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerContributions)

public:
    explicit PartnerContributions(QWidget* parent = nullptr);
    // `db` null or `partnerId` NoId: nothing shown.
    void setPartner(Database* db, Id partnerId);

private:
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace pacte
