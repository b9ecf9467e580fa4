#pragma once

#include "app/common/recordeditor.h"
#include "domain/edition.h"
#include "domain/enums.h"
#include "domain/partner.h"
#include "domain/territory.h"

#include <memory>
#include <optional>

namespace Ui {
class PartnerEditor;
}

namespace pacte {

class CommitmentsPanel;
class NameHistoryField;
class PartnerContributions;
class ProvenanceField;

// The detail editor of a partner: who it is, the territories it covers, and its signature of the
// selected edition with the deliberation that approved it. Signatures of other editions are kept as
// they are. A tally that does not add up is shown as a warning, never refused (rule deliberation-tally).
class PartnerEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerEditor)

public:
    explicit PartnerEditor(QWidget* parent = nullptr);
    ~PartnerEditor() override;

    // The edition whose signature is edited and the territories to choose from.
    void setContext(const Edition& edition, const QList<Territory>& territories);
    // `referents` are the partner's PTI referents; `missingReferent` the rule's finding, if any, in
    // red when an error, in amber when a warning (a partner still expected to sign).
    void setPartner(const std::optional<Partner>& partner, const QStringList& referents, const QString& missingReferent,
                    Severity missingReferentSeverity);
    // The record shown, as it was read (or last stored from this editor).
    const std::optional<Partner>& partner() const { return m_partner; }

    // Selects the placeholder name of a record just added, so that typing replaces it.
    void selectName();

signals:
    // "Add a referent…" beside the partner's referents.
    void addReferentRequested();

protected:
    void commit() override;

private:
    void loadSignature(const Signature* signature);
    void loadDeliberation(const std::optional<Deliberation>& deliberation);
    // The edition's signature as the form states it; none when "Not a signatory" is chosen.
    std::optional<Signature> collectSignature(const Signature* before) const;
    Deliberation collectDeliberation(Deliberation deliberation) const;
    QStringList tallyWarnings() const;
    void updateSignatureFields();
    void showTally();
    void commitFromForm();

    const std::unique_ptr<Ui::PartnerEditor> m_ui;
    NameHistoryField* m_nameHistory = nullptr;
    PartnerContributions* m_contributions = nullptr; // issue 20, read-only
    CommitmentsPanel* m_commitments = nullptr;       // the current edition's
    std::optional<Partner> m_partner;
    Id m_editionId = NoId;
    QString m_editionTitle;
    ProvenanceField* m_signatureProvenance = nullptr; // the edition's signature's
    QList<Territory> m_territories;
};

} // namespace pacte
