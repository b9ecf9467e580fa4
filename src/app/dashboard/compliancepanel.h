#pragma once

#include "domain/finding.h"

#include <functional>

#include <QWidget>

class QLabel;

namespace pacte {

// The dashboard's view of the governance rules: how many findings per rule and severity, the most
// serious ones each with a "View" link to the item, and a link to the full compliance section.
class CompliancePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompliancePanel)

public:
    // How many findings the panel lists; the compliance section has them all.
    static constexpr int ShownFindings = 8;

    explicit CompliancePanel(QWidget* parent = nullptr);

    // `canOpen` says whether some section shows items of an entity (a working group...): the others'
    // findings link to the compliance section instead.
    void setFindings(const Findings& findings, const std::function<bool(Entity)>& canOpen = {});
    // Shown while the rules are being checked (the edition changed).
    void setChecking();
    const Findings& shownFindings() const { return m_shown; }

signals:
    void openRequested(pacte::Entity entity, const QUuid& uuid);
    void allFindingsRequested();

private:
    void onLinkActivated(const QString& link);

    Findings m_shown;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_list;
    QLabel* m_allLink;
};

} // namespace pacte
