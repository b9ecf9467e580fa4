#include "historydialog.h"

#include "domain/enums.h"
#include "domain/format.h"
#include "storage/changelog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacte {

QString fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Name")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Title")},
        {QStringLiteral("acronym"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Acronym")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Category")},
        {QStringLiteral("territories"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Territories")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Notes")},
        {QStringLiteral("diagnostic"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Diagnostic")},
        {QStringLiteral("priorities"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Priorities")},
        {QStringLiteral("firstName"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "First name")},
        {QStringLiteral("lastName"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Last name")},
        {QStringLiteral("function"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Function")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "E-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Telephone")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Partner")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Roles")},
        {QStringLiteral("axis"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Axis")},
        {QStringLiteral("theme"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Theme")},
        {QStringLiteral("themes"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Themes")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Number")},
        {QStringLiteral("objective"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Objective")},
        {QStringLiteral("pilot"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Pilot")},
        {QStringLiteral("coPilot"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Co-pilot")},
        {QStringLiteral("pilotPerson"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Pilot (person)")},
        {QStringLiteral("coPilotPerson"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Co-pilot (person)")},
        {QStringLiteral("members"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Member partners")},
        {QStringLiteral("memberPersons"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Member persons")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Status")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Working group")},
        {QStringLiteral("objectives"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Objectives")},
        {QStringLiteral("publics"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Target publics")},
        {QStringLiteral("modalities"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Implementation modalities")},
        {QStringLiteral("deliverables"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Deliverables")},
        {QStringLiteral("dispositifs"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Linked schemes")},
        {QStringLiteral("startDate"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Start date")},
        {QStringLiteral("endDate"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "End date")},
        {QStringLiteral("experimentation"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Experimentation")},
        {QStringLiteral("continues"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Continues")},
        {QStringLiteral("indicators"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Indicators")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Kind")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Date")},
        {QStringLiteral("territory"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Territory")},
        {QStringLiteral("partners"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Partners")},
        {QStringLiteral("persons"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Participants")},
        {QStringLiteral("headCount"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Head count")},
        {QStringLiteral("agenda"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Agenda")},
        {QStringLiteral("decisions"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Decisions")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Unit")},
        {QStringLiteral("baseline"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Baseline")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Target")},
        {QStringLiteral("departement"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Département")},
        {QStringLiteral("predecessor"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Previous edition")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Year")},
        {QStringLiteral("assessment"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Assessment")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Description")},
        {QStringLiteral("signatory"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Signatory")},
        {QStringLiteral("signatoryFunction"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Signatory's function")},
        {QStringLiteral("deliberation"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Deliberation")},
        {QStringLiteral("measurements"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Measurement")},
        {QStringLiteral("user_version"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Data format")},
        {QStringLiteral("declaredSignatories"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Declared signatories")},
        {QStringLiteral("declaredSignatoriesQuote"),
         QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Declared signatories: quote")},
        {QStringLiteral("declaredSignatoriesSource"),
         QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Declared signatories: where in the pact")},
        {QStringLiteral("nameHistory"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Names over time")},
        {QStringLiteral("commitments"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Commitments")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Text")},
        {QStringLiteral("axes"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Axes")},
        {QStringLiteral("actions"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Actions")},
        {QStringLiteral("rules"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Governance rules")},
        {QStringLiteral("provenance"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Provenance")},
        {QStringLiteral("coveredTerritories"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Territories covered")},
        {QStringLiteral("ptiPresented"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Presented by the PTI")},
        {QStringLiteral("effects"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Effects observed")},
        {QStringLiteral("coherence"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Coherence with existing schemes")},
        {QStringLiteral("partnershipQuality"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Quality of the partnership")},
        {QStringLiteral("partnershipComment"),
         QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Quality of the partnership: comment")},
        {QStringLiteral("difficulties"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Difficulties met")},
        {QStringLiteral("adjustments"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Adjustments proposed")},
        {QStringLiteral("fundings"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Funding line")},
        {QStringLiteral("funder"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Funder")},
        {QStringLiteral("scheme"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Scheme or call")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Reference")},
        {QStringLiteral("rate"), QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Co-financing rate (%)")},
        {QStringLiteral("amounts"),
         QT_TRANSLATE_NOOP("pacte::HistoryDialog", "Amounts in euros (planned / committed / paid)")},
    };
    // Paths such as indicators[Taux].target or signatures[PTI 2022-2025].status: translate each part.
    QStringList parts;
    for (const QString& part : field.split(QLatin1Char('.'))) {
        const auto bracket = part.indexOf(QLatin1Char('['));
        const QString key = bracket < 0 ? part : part.left(bracket);
        QString inside = bracket < 0 ? QString() : part.mid(bracket + 1).chopped(1);
        // A measurement is named by its date: read as a date.
        if (const QDate date = QDate::fromString(inside, Qt::ISODate); date.isValid())
            inside = formatDate(date);
        const QString rest = bracket < 0 ? QString() : QStringLiteral(" « %1 »").arg(inside);
        const auto it = labels.constFind(key);
        parts << (it == labels.cend() ? key : QCoreApplication::translate("pacte::HistoryDialog", it.value())) + rest;
    }
    return parts.join(QStringLiteral(" › "));
}

QString displayValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return value;
    QString key = field.section(QLatin1Char('.'), -1);
    key = key.left(key.indexOf(QLatin1Char('[')) < 0 ? key.size() : key.indexOf(QLatin1Char('[')));
    if (key == QLatin1String("experimentation"))
        return value == QLatin1String("1")   ? QCoreApplication::translate("pacte::HistoryDialog", "yes")
               : value == QLatin1String("0") ? QCoreApplication::translate("pacte::HistoryDialog", "no")
                                             : value;
    if (key == QLatin1String("status") || key == QLatin1String("kind") || key == QLatin1String("category") ||
        key == QLatin1String("partnershipQuality")) {
        const QString label = labelForCode(value);
        return label.isEmpty() ? value : label;
    }
    if (key == QLatin1String("funder")) {
        // A fund by its code ("fse_plus", "fonds_autre: Fondation X"); a partner by its name.
        const QString code = value.section(QLatin1Char(':'), 0, 0);
        const QString label = labelForCode(code);
        return label.isEmpty() ? value : label + value.mid(code.size());
    }
    if (key == QLatin1String("roles")) {
        QStringList roles;
        for (const QString& role : value.split(QStringLiteral(", "))) {
            const QString code = role.section(QLatin1Char(' '), 0, 0);
            const QString label = labelForCode(code);
            roles << (label.isEmpty() ? role : label + role.mid(code.size()));
        }
        return roles.join(QStringLiteral(", "));
    }
    // ISO dates read as dates.
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (isoDate.match(value).hasMatch())
        return formatDate(QDate::fromString(value, Qt::ISODate));
    return value;
}

QString operationLabel(const QString& operation)
{
    if (operation == QLatin1String("insert"))
        return QCoreApplication::translate("pacte::HistoryDialog", "created");
    if (operation == QLatin1String("delete"))
        return QCoreApplication::translate("pacte::HistoryDialog", "deleted");
    if (operation == QLatin1String("migration"))
        return QCoreApplication::translate("pacte::HistoryDialog", "format update");
    return QCoreApplication::translate("pacte::HistoryDialog", "modified");
}

QString sourceLabel(const QString& source, const QString& detail)
{
    QString label;
    if (source == QLatin1String("sheet"))
        label = QCoreApplication::translate("pacte::HistoryDialog", "sheet import");
    else if (source == QLatin1String("import"))
        label = QCoreApplication::translate("pacte::HistoryDialog", "import");
    else if (source == QLatin1String("migration"))
        label = QCoreApplication::translate("pacte::HistoryDialog", "format update");
    else if (source == QLatin1String("renew"))
        label = QCoreApplication::translate("pacte::HistoryDialog", "renewal of the pact");
    else
        label = QCoreApplication::translate("pacte::HistoryDialog", "editor");
    return detail.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, detail);
}

HistoryDialog::HistoryDialog(Database& db, const QUuid& uuid, const QString& label, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of \"%1\"").arg(label));
    auto* layout = new QVBoxLayout(this);
    const auto entries = ChangeLog(db).forEntity(uuid);
    auto* intro = new QLabel(
        entries.isEmpty() ? tr("No change has been recorded for this item.")
                          : tr("%n recorded change(s), newest first.", nullptr, static_cast<int>(entries.size())),
        this);
    layout->addWidget(intro);
    auto* table = new QTableWidget(static_cast<int>(entries.size()), 6, this);
    table->setObjectName(QStringLiteral("historyTable"));
    table->setAccessibleName(tr("Recorded changes"));
    table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Change"), tr("Field"), tr("Old value"), tr("New value")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    for (int row = 0; row < entries.size(); ++row) {
        const auto& e = entries.at(row);
        const QStringList cells{formatDateTime(e.changedAt),
                                e.userName,
                                operationLabel(e.operation) + QStringLiteral(" · ") +
                                    sourceLabel(e.source, e.sourceDetail),
                                e.field.isEmpty() ? QString() : fieldLabel(e.field),
                                displayValue(e.field, e.oldValue),
                                displayValue(e.field, e.newValue)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    for (int column = 0; column < 6; ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), 260));
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 480);
}

} // namespace pacte
