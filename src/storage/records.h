#pragma once

#include "changelog.h"
#include "domain/action.h"
#include "domain/axis.h"
#include "domain/edition.h"
#include "domain/entity.h"
#include "domain/evaluation.h"
#include "domain/groupevaluation.h"
#include "domain/localpact.h"
#include "domain/meeting.h"
#include "domain/partner.h"
#include "domain/person.h"
#include "domain/reference.h"
#include "domain/territory.h"
#include "domain/workinggroup.h"

#include <QStringList>
#include <QVariantList>

namespace pacte {

class Database;
class Labels;
class SqlQuery;

// How each aggregate maps to tables. Every specialisation provides:
//   kind (its Entity), table, orderBy; columns() after "id, uuid"; read() from a row, by column name; values() in
//   columns() order; label(); fields() for the change log; loadChildren() for a set of records selected by a condition;
//   saveChildren() after a write, given the record as it was before an update (nullptr after an insert, or to write
//   every child): a child list equal to the one before is not written again.
template <typename T>
struct RecordTraits;

#define PACTE_DECLARE_RECORD(Type)                                                                                     \
    template <>                                                                                                        \
    struct RecordTraits<Type>                                                                                          \
    {                                                                                                                  \
        static const char* const table;                                                                                \
        static constexpr Entity kind = Entity::Type;                                                                   \
        static const char* const orderBy;                                                                              \
        static QStringList columns();                                                                                  \
        static void read(Type& item, const SqlQuery& row);                                                             \
        static QVariantList values(const Type& item);                                                                  \
        static QString label(const Type& item);                                                                        \
        static FieldValues fields(const Type& item, Labels& labels);                                                   \
        static void loadChildren(Database& db, QList<Type>& items, const QString& condition,                           \
                                 const QVariantList& binds);                                                           \
        static void saveChildren(Database& db, Type& item, const Type* before);                                        \
    };

PACTE_DECLARE_RECORD(Territory)
PACTE_DECLARE_RECORD(Edition)
PACTE_DECLARE_RECORD(Axis)
PACTE_DECLARE_RECORD(TargetPublic)
PACTE_DECLARE_RECORD(Dispositif)
PACTE_DECLARE_RECORD(Partner)
PACTE_DECLARE_RECORD(Person)
PACTE_DECLARE_RECORD(WorkingGroup)
PACTE_DECLARE_RECORD(Action)
PACTE_DECLARE_RECORD(Meeting)
PACTE_DECLARE_RECORD(Evaluation)
PACTE_DECLARE_RECORD(GroupEvaluation)
PACTE_DECLARE_RECORD(LocalPact)

#undef PACTE_DECLARE_RECORD

} // namespace pacte
