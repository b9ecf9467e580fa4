#pragma once
// The editing tests' scene: a small database (one edition, its axis with two themes, two territories,
// a partner and its referent, a working group with two actions, indicators and measurements, a
// meeting of the group) opened as a Document with an empty undo stack, and a log of what the
// document announces.
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>
#include <memory>
#include <ostream>

#include <QList>
#include <QUndoStack>

namespace pacte::test {

// One Document::changed() notification; its uuids sorted, as their order says nothing.
struct Notification
{
    Entity entity = Entity::Territory;
    QList<QUuid> uuids;
    ChangeKind kind = ChangeKind::Updated;

    Notification(Entity entity, QList<QUuid> uuids, ChangeKind kind);
    bool operator==(const Notification&) const = default;
};
std::ostream& operator<<(std::ostream& out, const Notification& notification);

// Every notification of `document`, in the order emitted.
class NotificationLog final
{
public:
    explicit NotificationLog(Document& document);
    ~NotificationLog();
    NotificationLog(const NotificationLog&) = delete;
    NotificationLog& operator=(const NotificationLog&) = delete;

    // What was announced since the last take(), in order; the log is emptied.
    QList<Notification> take();

private:
    QList<Notification> m_notifications;
    QMetaObject::Connection m_connection;
};

struct EditingScene
{
    EditingScene();

    Database& db() { return document->database(); }
    QUndoStack& stack() { return *document->undoStack(); }
    template <typename T>
    T read(const T& item)
    {
        const auto found = Repository<T>(db()).findByUuid(item.uuid);
        REQUIRE(found);
        return *found;
    }
    template <typename T>
    bool exists(const T& item)
    {
        return Repository<T>(db()).findByUuid(item.uuid).has_value();
    }

    TempDir dir;
    QString path;
    Edition edition;
    Territory biterrois;
    Territory thau;
    Axis axis; // themes: "Mobilité", "Logement"
    Partner caf;
    Person referent;
    WorkingGroup group;   // theme "Mobilité", Biterrois and Thau, piloted by the CAF
    Action garage;        // theme "Mobilité", two indicators, the first with two measurements
    Action permis;        // theme "Logement", no indicator
    Meeting groupMeeting; // of the group, in Biterrois, with the CAF and its referent
    std::unique_ptr<Document> document;
};

QList<QUuid> sortedUuids(QList<QUuid> uuids);
// The uuids of the action's indicators, and of their measurements.
QList<QUuid> indicatorUuids(const Action& action);
QList<QUuid> measurementUuids(const Action& action);

} // namespace pacte::test
