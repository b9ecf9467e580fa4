#pragma once

#include "app/common/section.h"

class QTextBrowser;

namespace pacte {

// Tableau de bord: for now the selected edition's key counts beside the previous edition's
// (the charts and the compliance panel come with the dashboard issue).
class DashboardSection final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardSection)

public:
    explicit DashboardSection(QWidget* parent = nullptr);

    QString title() const override { return tr("Dashboard"); }
    void setDocument(Document* document) override;
    void setEdition(Id editionId) override;

private:
    void refresh();

    QTextBrowser* m_view;
};

} // namespace pacte
