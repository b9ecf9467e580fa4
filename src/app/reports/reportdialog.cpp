#include "reportdialog.h"

#include "app/common/backgroundread.h"
#include "domain/clock.h"
#include "domain/format.h"
#include "editing/document.h"
#include "reportpreview.h"
#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "reports/reportpages.h"
#include "storage/repository.h"
#include "storage/storageerror.h"
#include "ui_reportdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrinter>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>

namespace pacte {

namespace {

// A progress callback over a QProgressDialog: shown after a moment, cancel stops the work.
ReportProgress progressOf(QProgressDialog& dialog)
{
    // Thousands of steps (one per action sheet): the dialog is updated every 30 ms at most.
    auto since = std::make_shared<QElapsedTimer>();
    return [&dialog, since](int done, int total) {
        if (since->isValid() && since->elapsed() < 30 && done != total && done != 0)
            return !dialog.wasCanceled();
        since->start();
        dialog.setMaximum(total);
        dialog.setValue(done);
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

std::unique_ptr<QProgressDialog> progressDialog(QWidget* parent, const QString& text)
{
    auto dialog = std::make_unique<QProgressDialog>(text, ReportDialog::tr("Cancel"), 0, 0, parent);
    dialog->setObjectName(QStringLiteral("reportProgressDialog"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    return dialog;
}

} // namespace

ReportDialog::ReportDialog(Document& document, Id editionId, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_ui(std::make_unique<Ui::ReportDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reportDialog"));
    m_ui->reportVersionCombo->addItem(tr("Working document"), false);
    m_ui->reportVersionCombo->addItem(tr("COPIL version"), true);
    fillEditionChoices(editionId);
    connect(m_ui->reportEditionCombo, &QComboBox::currentIndexChanged, this, &ReportDialog::onEditionChanged);
    connect(m_ui->reportPreviewButton, &QPushButton::clicked, this, &ReportDialog::showPreview);
    connect(m_ui->reportSaveButton, &QPushButton::clicked, this, &ReportDialog::saveWithDialog);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::fillEditionChoices(Id editionId)
{
    Database& db = m_document.database();
    const QSignalBlocker blocker(m_ui->reportEditionCombo);
    for (const auto& edition : EditionRepository(db).all())
        m_ui->reportEditionCombo->addItem(edition.title, QVariant::fromValue<qint64>(edition.id));
    const int index = m_ui->reportEditionCombo->findData(QVariant::fromValue<qint64>(editionId));
    m_ui->reportEditionCombo->setCurrentIndex(index >= 0 ? index : m_ui->reportEditionCombo->count() - 1);
    m_ui->reportTerritoryCombo->addItem(tr("Whole département"), QVariant::fromValue<qint64>(NoId));
    for (const auto& territory : TerritoryRepository(db).all())
        m_ui->reportTerritoryCombo->addItem(territory.name, QVariant::fromValue<qint64>(territory.id));
    onEditionChanged();
}

void ReportDialog::onEditionChanged()
{
    Database& db = m_document.database();
    const Id editionId = m_ui->reportEditionCombo->currentData().toLongLong();
    m_ui->reportAxisCombo->clear();
    m_ui->reportYearCombo->clear();
    m_ui->reportAxisCombo->addItem(tr("Every axis"), QVariant::fromValue<qint64>(NoId));
    m_ui->reportYearCombo->addItem(tr("Current data"), 0);
    const auto edition = EditionRepository(db).find(editionId);
    if (!edition)
        return;
    for (const auto& axis : AxisRepository(db).ofEdition(editionId))
        m_ui->reportAxisCombo->addItem(QStringLiteral("%1. %2").arg(axis.number).arg(axis.title),
                                       QVariant::fromValue<qint64>(axis.id));
    const int lastYear = std::min(edition->lastYear(), Clock::currentDate().year());
    for (int year = edition->firstYear(); year <= lastYear; ++year)
        m_ui->reportYearCombo->addItem(tr("Year %1 (evaluation)").arg(year), year);
}

ReportScope ReportDialog::scope() const
{
    ReportScope scope;
    scope.editionId = m_ui->reportEditionCombo->currentData().toLongLong();
    scope.territoryId = m_ui->reportTerritoryCombo->currentData().toLongLong();
    scope.axisId = m_ui->reportAxisCombo->currentData().toLongLong();
    scope.year = m_ui->reportYearCombo->currentData().toInt();
    scope.copilVersion = m_ui->reportVersionCombo->currentData().toBool();
    scope.sections.cover = m_ui->coverCheck->isChecked();
    scope.sections.contents = m_ui->contentsCheck->isChecked();
    scope.sections.summary = m_ui->summaryCheck->isChecked();
    scope.sections.groups = m_ui->groupsCheck->isChecked();
    scope.sections.actionSheets = m_ui->sheetsCheck->isChecked();
    scope.sections.governance = m_ui->governanceCheck->isChecked();
    scope.sections.evaluation = m_ui->evaluationCheck->isChecked();
    scope.sections.coverage = m_ui->coverageCheck->isChecked();
    scope.sections.governanceEvaluation = m_ui->governanceEvaluationCheck->isChecked();
    scope.sections.partners = m_ui->partnersCheck->isChecked();
    scope.sections.calendar = m_ui->calendarCheck->isChecked();
    return scope;
}

std::optional<Report> ReportDialog::buildReport()
{
    Database& db = m_document.database();
    const ReportScope chosen = scope();
    try {
        // A file's records are read on a worker (0.7 s at 6,000 actions), the window painted meanwhile
        // and a progress shown if it takes long. A server's are read on the window's connection, as
        // everywhere else; so is a file's again when the background read failed, to say why.
        std::optional<ReportData> data;
        if (!db.isServer()) {
            bool cancelled = false;
            data = readWaiting<ReportData>(
                this, db, tr("Reading the report's data…"),
                [chosen](Database& reader) { return loadReportData(reader, chosen); }, cancelled);
            if (cancelled)
                return std::nullopt;
        }
        if (!data)
            data = loadReportData(db, chosen);
        auto progress = progressDialog(this, tr("Building the report…"));
        return pacte::buildReport(*data, progressOf(*progress));
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("COPIL report"), error.message());
        return std::nullopt;
    }
}

QString ReportDialog::saveTo(const QString& path)
{
    const auto format = reportFormatForPath(path);
    if (!format)
        return tr("%1: the report must end in .pdf, .odt or .html.").arg(QDir::toNativeSeparators(path));
    const auto report = buildReport();
    if (!report)
        return tr("The report was cancelled.");
    auto progress = progressDialog(this, tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    return writeReportFile(*report, path, *format, progressOf(*progress));
}

void ReportDialog::saveWithDialog()
{
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("reports/folder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    QString selectedFilter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the COPIL report"), QDir(folder).filePath(defaultFileName()),
                                     tr("PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (!reportFormatForPath(target)) {
        // The suffix of the chosen filter, when the name has none of ours.
        const int star = selectedFilter.indexOf(QStringLiteral("*."));
        target += selectedFilter.mid(star + 1, selectedFilter.indexOf(QLatin1Char(')')) - star - 1);
    }
    settings.setValue(QStringLiteral("reports/folder"), QFileInfo(target).absolutePath());
    const QString error = saveTo(target);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("COPIL report"), error);
}

void ReportDialog::showPreview()
{
    const auto report = buildReport();
    if (!report)
        return;
    // Laid out by the preview: its first page at once, the rest while it is open.
    ReportPages pages(*report, ReportPages::Deferred{});
    auto* save = new QAction(tr("Save as PDF, ODT or HTML…"));
    save->setObjectName(QStringLiteral("reportPreviewSaveAction"));
    connect(save, &QAction::triggered, this, &ReportDialog::saveWithDialog);
    ReportPreviewDialog preview(pages, tr("COPIL report — print preview"), {save}, this);
    preview.setObjectName(QStringLiteral("reportPreviewDialog"));
    preview.exec();
}

QString ReportDialog::defaultFileName() const
{
    const ReportScope chosen = scope();
    Database& db = m_document.database();
    QStringList parts{tr("COPIL report")};
    const auto edition = EditionRepository(db).find(chosen.editionId);
    if (edition)
        parts << edition->title;
    if (const auto territory = TerritoryRepository(db).find(chosen.territoryId))
        parts << territory->name;
    else if (edition && !edition->departement.isEmpty())
        parts << edition->departement;
    parts << (chosen.year > 0 ? QString::number(chosen.year)
                              : tr("data of %1").arg(Clock::currentDate().toString(QStringLiteral("dd-MM-yyyy"))));
    return portableFileStem(parts.join(QStringLiteral(" - "))) + QStringLiteral(".pdf");
}

void openReportDialog(QWidget* parent, Document* document, Id editionId)
{
    if (!document)
        return;
    auto* dialog = new ReportDialog(*document, editionId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pacte
