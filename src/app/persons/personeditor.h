#pragma once

#include "app/common/recordeditor.h"
#include "domain/partner.h"
#include "domain/person.h"
#include "domain/territory.h"

#include <memory>
#include <optional>

namespace Ui {
class PersonEditor;
}

namespace pacte {

// The detail editor of a person: contact details, partner, and PTI roles (referent of the partner,
// project officer, departmental referent of territories). A value the domain refuses (a malformed
// e-mail) is shown under the form and not saved; the field keeps the text so that it can be fixed.
class PersonEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonEditor)

public:
    explicit PersonEditor(QWidget* parent = nullptr);
    ~PersonEditor() override;

    // The partners and territories to choose from.
    void setContext(const QList<Partner>& partners, const QList<Territory>& territories);
    void setPerson(const std::optional<Person>& person);
    // The record shown, as it was read (or last stored from this editor).
    const std::optional<Person>& person() const { return m_person; }
    // Selects the placeholder name of a record just added, so that typing replaces it.
    void selectName();

signals:
    // The user asked to see the person's partner.
    void partnerRequested(const QUuid& uuid);

protected:
    void commit() override;

private:
    QList<PersonRole> collectRoles(Id partnerId) const;
    void updatePartnerFields();

    const std::unique_ptr<Ui::PersonEditor> m_ui;
    std::optional<Person> m_person;
    QList<Partner> m_partners;
    QList<Territory> m_territories;
};

} // namespace pacte
