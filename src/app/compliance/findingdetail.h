#pragma once

#include "domain/finding.h"

#include <memory>
#include <optional>

#include <QWidget>

namespace Ui {
class FindingDetail;
}

namespace pacte {

// The compliance panel's detail pane: what the selected finding means (the rule, the item, the
// message, what to do) and a button that opens the offending item.
class FindingDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDetail)

public:
    explicit FindingDetail(QWidget* parent = nullptr);
    ~FindingDetail() override;

    void setFinding(const std::optional<Finding>& finding);

signals:
    void openRequested();

private:
    const std::unique_ptr<Ui::FindingDetail> m_ui;
};

} // namespace pacte
