#pragma once

#include "app/common/recordeditor.h"
#include "domain/territory.h"

#include <memory>

namespace Ui {
class TerritoryEditor;
}

namespace pacte {

class LocalPactPanel;

// The detail editor of a territory (bassin de vie): name, diagnostic, priorities, notes (shared by all
// editions), and on its second tab the territory's local pact of the edition shown (issue 20).
class TerritoryEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerritoryEditor)

public:
    explicit TerritoryEditor(QWidget* parent = nullptr);
    ~TerritoryEditor() override;

    void setTerritory(const std::optional<Territory>& territory, const QString& summaryHtml, Id editionId = NoId);
    // The record shown, as it was read (or last stored from this editor).
    const std::optional<Territory>& territory() const { return m_territory; }

protected:
    void commit() override;

private:
    const std::unique_ptr<Ui::TerritoryEditor> m_ui;
    std::optional<Territory> m_territory;
    LocalPactPanel* m_localPact;
};

} // namespace pacte
