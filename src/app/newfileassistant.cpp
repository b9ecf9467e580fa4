#include "newfileassistant.h"

#include "domain/clock.h"
#include "domain/validation.h"
#include "storage/repository.h"
#include "ui_newfileassistant.h"

#include <QMessageBox>

namespace pacte {

namespace {

QStringList lines(const QString& text)
{
    QStringList result;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString name = line.simplified();
        if (!name.isEmpty() && !result.contains(name))
            result << name;
    }
    return result;
}

} // namespace

void fillNewFile(Database& db, const NewFilePlan& plan)
{
    for (const QString& name : plan.territories) {
        Territory territory;
        territory.name = name;
        TerritoryRepository(db).insert(territory);
    }
    Edition edition = plan.edition;
    EditionRepository(db).insert(edition);
    for (int i = 0; i < plan.axes.size(); ++i) {
        Axis axis;
        axis.editionId = edition.id;
        axis.number = i + 1;
        axis.title = plan.axes.at(i);
        AxisRepository(db).insert(axis);
    }
}

NewFileAssistant::NewFileAssistant(QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::NewFileAssistant>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newFileAssistant"));
    setOption(QWizard::NoBackButtonOnStartPage);
    // Suggestions, to keep or to change: a pact of four years from this one.
    const int year = Clock::currentDate().year();
    m_ui->titleEdit->setText(QStringLiteral("PTI %1-%2").arg(year).arg(year + 3));
    m_ui->startEdit->setDate(QDate(year, 1, 1));
    m_ui->endEdit->setDate(QDate(year + 3, 12, 31));
    resize(640, 460);
}

NewFileAssistant::~NewFileAssistant() = default;

NewFilePlan NewFileAssistant::plan() const
{
    NewFilePlan plan;
    plan.territories = lines(m_ui->territoriesEdit->toPlainText());
    plan.edition.title = m_ui->titleEdit->text().simplified();
    plan.edition.departement = m_ui->departementEdit->text().simplified();
    plan.edition.startDate = m_ui->startEdit->date();
    plan.edition.endDate = m_ui->endEdit->date();
    plan.axes = lines(m_ui->axesEdit->toPlainText());
    return plan;
}

bool NewFileAssistant::validateCurrentPage()
{
    const NewFilePlan candidate = plan();
    QStringList problems;
    if (currentPage() == m_ui->departementPage) {
        if (candidate.edition.departement.isEmpty())
            problems << tr("Name the département.");
        if (candidate.territories.isEmpty())
            problems << tr("Give at least one territory: working groups, local committees and lists use them.");
    } else if (currentPage() == m_ui->editionPage) {
        for (const auto& error : validate(candidate.edition))
            problems << error.message;
    } else if (currentPage() == m_ui->axesPage && candidate.axes.isEmpty()) {
        problems << tr("Give at least one axis: working groups and actions are filed under one.");
    }
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problems.join(QLatin1Char('\n')));
        return false;
    }
    return QWizard::validateCurrentPage();
}

} // namespace pacte
