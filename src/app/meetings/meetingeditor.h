#pragma once

#include "app/actions/formsync.h"
#include "app/common/recordeditor.h"
#include "domain/meeting.h"

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace Ui {
class MeetingEditor;
}

namespace pacte {

// What the meeting editor offers to choose from.
struct MeetingChoices
{
    formsync::Options territories;
    formsync::Options groups; // the edition's working groups
    formsync::Options partners;
    formsync::Options persons;
};

// The detail editor of a meeting (instance, §1.3-1.4): kind, status, date, title, territory or
// working group, who took part, agenda and decisions. The domain's rules show inline: a local
// committee without its territory is refused with the reason, and nothing is stored.
class MeetingEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingEditor)

public:
    explicit MeetingEditor(QWidget* parent = nullptr);
    ~MeetingEditor() override;

    void setChoices(const MeetingChoices& choices);
    // Sheet mode: only the group's own meetings (kind "working group") can be chosen or changed; a
    // meeting of another kind the sheet carries (a COPIL the group took part in) is shown read-only,
    // since the coordinator records it and the import refuses any change to it.
    void setGroupScope(bool scoped);
    // The same meeting again only updates the fields that differ (see formsync).
    void setMeeting(const std::optional<Meeting>& meeting);
    const std::optional<Meeting>& meeting() const { return m_meeting; }

protected:
    void commit() override;

private:
    void load();
    void fillKinds(MeetingKind shown);
    bool isLocked(const Meeting& meeting) const;
    Meeting collect() const;
    QString headerText(const Meeting& meeting) const;

    void updateKindFields();

    const std::unique_ptr<Ui::MeetingEditor> m_ui;
    QLabel* m_coveredLabel = nullptr;
    QListWidget* m_coveredList = nullptr;
    QPlainTextEdit* m_presentedEdit = nullptr;
    std::optional<Meeting> m_meeting;
    bool m_groupScope = false;
};

} // namespace pacte
