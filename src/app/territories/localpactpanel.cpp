#include "localpactpanel.h"

#include "domain/clock.h"
#include "domain/format.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/editionloader.h"
#include "storage/groupevaluationstore.h"
#include "storage/localpactstore.h"
#include "storage/storageerror.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pacte {

namespace {

QPlainTextEdit* textEdit(QWidget* parent, const char* name, const QString& accessibleName, int height = 70)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(height);
    return edit;
}

QPushButton* button(QWidget* parent, const QString& text, const char* name)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

void setText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QList<Id> checkedIds(const QListWidget* list)
{
    QList<Id> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

} // namespace

LocalPactPanel::LocalPactPanel(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_diagnosisEdit(textEdit(this, "localPactDiagnosisEdit", tr("Diagnosis of the territory"), 110))
    , m_sourcesEdit(textEdit(this, "localPactSourcesEdit", tr("Sources of the diagnosis"), 50))
    , m_prioritiesList(new QListWidget(this))
    , m_addButton(button(this, tr("&Add…"), "addPriorityButton"))
    , m_editButton(button(this, tr("&Edit…"), "editPriorityButton"))
    , m_removeButton(button(this, tr("Re&move"), "removePriorityButton"))
    , m_upButton(button(this, tr("&Up"), "movePriorityUpButton"))
    , m_downButton(button(this, tr("Do&wn"), "movePriorityDownButton"))
    , m_partnersList(new QListWidget(this))
    , m_personsList(new QListWidget(this))
    , m_committeesLabel(new QLabel(this))
    , m_yearCombo(new QComboBox(this))
    , m_progressEdit(textEdit(this, "reviewProgressEdit", tr("What moved during the year")))
    , m_difficultiesEdit(textEdit(this, "reviewDifficultiesEdit", tr("Difficulties met during the year")))
    , m_adjustmentsEdit(textEdit(this, "reviewAdjustmentsEdit", tr("Adjustments decided")))
    , m_notesEdit(textEdit(this, "localPactNotesEdit", tr("Notes on the local pact"), 50))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("localPactPanel"));
    m_titleLabel->setObjectName(QStringLiteral("localPactTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_prioritiesList->setObjectName(QStringLiteral("localPrioritiesList"));
    m_prioritiesList->setAccessibleName(tr("Territorial priorities, by rank"));
    m_prioritiesList->setWordWrap(true);
    m_prioritiesList->setMinimumHeight(100);
    m_partnersList->setObjectName(QStringLiteral("localPactPartnersList"));
    m_partnersList->setAccessibleName(tr("Partners members of the local pact"));
    m_personsList->setObjectName(QStringLiteral("localPactPersonsList"));
    m_personsList->setAccessibleName(tr("Persons members of the local pact"));
    for (auto* list : {m_partnersList, m_personsList})
        list->setMaximumHeight(120);
    m_committeesLabel->setObjectName(QStringLiteral("localCommitteesLabel"));
    m_committeesLabel->setWordWrap(true);
    m_committeesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_yearCombo->setObjectName(QStringLiteral("reviewYearCombo"));
    m_yearCombo->setAccessibleName(tr("Year reviewed"));
    m_messageLabel->setObjectName(QStringLiteral("localPactMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_messageLabel);
    const auto formBox = [this, layout](const QString& title, const char* name) {
        auto* box = new QGroupBox(title, this);
        box->setObjectName(QString::fromLatin1(name));
        layout->addWidget(box);
        return new QFormLayout(box);
    };
    const auto addRow = [this](QFormLayout* form, const QString& text, QWidget* field) {
        auto* caption = new QLabel(text, this);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    QFormLayout* diagnosis = formBox(tr("Shared diagnosis"), "localPactDiagnosisBox");
    addRow(diagnosis, tr("D&iagnosis:"), m_diagnosisEdit);
    addRow(diagnosis, tr("&Sources:"), m_sourcesEdit);

    auto* priorities = new QGroupBox(tr("Territorial priorities"), this);
    priorities->setObjectName(QStringLiteral("localPrioritiesBox"));
    auto* prioritiesLayout = new QVBoxLayout(priorities);
    prioritiesLayout->addWidget(m_prioritiesList);
    // Two short rows, so that the pane does not need a horizontal scroll bar at 1366 pixels.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_addButton, 0, 0);
    buttons->addWidget(m_editButton, 0, 1);
    buttons->addWidget(m_removeButton, 0, 2);
    buttons->addWidget(m_upButton, 1, 0);
    buttons->addWidget(m_downButton, 1, 1);
    buttons->setColumnStretch(3, 1);
    prioritiesLayout->addLayout(buttons);
    layout->addWidget(priorities);

    QFormLayout* members = formBox(tr("Members and local committees"), "localPactMembersBox");
    addRow(members, tr("&Partners:"), m_partnersList);
    addRow(members, tr("Pe&rsons:"), m_personsList);
    addRow(members, tr("Local committees:"), m_committeesLabel);

    QFormLayout* review = formBox(tr("Yearly review"), "localPactReviewBox");
    addRow(review, tr("&Year:"), m_yearCombo);
    addRow(review, tr("What &moved:"), m_progressEdit);
    addRow(review, tr("Di&fficulties:"), m_difficultiesEdit);
    addRow(review, tr("Ad&justments:"), m_adjustmentsEdit);
    QFormLayout* notes = formBox(tr("Notes"), "localPactNotesBox");
    addRow(notes, tr("N&otes:"), m_notesEdit);
    layout->addStretch();

    for (auto* edit :
         {m_diagnosisEdit, m_sourcesEdit, m_progressEdit, m_difficultiesEdit, m_adjustmentsEdit, m_notesEdit})
        edit->installEventFilter(this);
    connect(m_addButton, &QPushButton::clicked, this, [this] { editPriority(-1); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editPriority(m_prioritiesList->currentRow()); });
    connect(m_prioritiesList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { editPriority(m_prioritiesList->row(item)); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removePriority(); });
    connect(m_upButton, &QPushButton::clicked, this, [this] { movePriority(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { movePriority(1); });
    for (auto* list : {m_partnersList, m_personsList})
        connect(list, &QListWidget::itemChanged, this, [this] { commitMembers(); });
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading == 0)
            showReview();
    });
    setEnabled(false);
}

LocalPactPanel::~LocalPactPanel() = default;

void LocalPactPanel::showTerritory(Document* document, Id editionId, Id territoryId)
{
    if (document != m_document) {
        disconnect(m_changes);
        m_document = document;
        if (m_document)
            m_changes = connect(m_document, &Document::changed, this, [this](Entity entity) {
                static const EntitySet shown{Entity::LocalPact, Entity::Meeting,      Entity::Evaluation,
                                             Entity::Axis,      Entity::WorkingGroup, Entity::Action,
                                             Entity::Partner,   Entity::Person,       Entity::Territory};
                if (shown.contains(entity) && m_territoryId != NoId)
                    load();
            });
    }
    const bool sameEdition = editionId == m_editionId;
    m_editionId = editionId;
    m_territoryId = territoryId;
    if (!sameEdition)
        m_yearCombo->clear();
    load();
}

int LocalPactPanel::reviewYear() const
{
    return m_yearCombo->currentIndex() < 0 ? 0 : m_yearCombo->currentData().toInt();
}

void LocalPactPanel::load()
{
    ++m_loading;
    m_shown = LocalPact{};
    m_shown.editionId = m_editionId;
    m_shown.territoryId = m_territoryId;
    m_context = EditionData{};
    if (m_document && m_editionId != NoId && m_territoryId != NoId) {
        try {
            m_context = loadEditionData(m_document->database(), m_editionId, ActionLoading::SheetsOnly);
            if (const auto stored = findLocalPact(m_document->database(), m_editionId, m_territoryId))
                m_shown = *stored;
        } catch (const StorageError& error) {
            showMessage(error.message());
        }
    }
    const Territory* territory = m_context.territory(m_territoryId);
    m_titleLabel->setText(territory ? tr("Local pact of %1 for %2: what its local committee shares and decides.")
                                          .arg(territory->name, m_context.edition.title)
                                    : QString());
    setText(m_diagnosisEdit, m_shown.diagnosis);
    setText(m_sourcesEdit, m_shown.diagnosisSources);
    setText(m_notesEdit, m_shown.notes);
    if (m_yearCombo->count() == 0 && m_context.edition.startDate.isValid() && m_context.edition.endDate.isValid()) {
        for (int year = m_context.edition.firstYear(); year <= m_context.edition.lastYear(); ++year)
            m_yearCombo->addItem(QString::number(year), year);
        const int wanted =
            std::clamp(Clock::currentDate().year(), m_context.edition.firstYear(), m_context.edition.lastYear());
        m_yearCombo->setCurrentIndex(std::max(0, m_yearCombo->findData(wanted)));
    }
    showPriorities();
    showMembers();
    showCommittees();
    --m_loading;
    showReview();
    const bool editable = m_document && m_document->mayChange(Entity::LocalPact) && territory;
    setEnabled(territory != nullptr);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_diagnosisEdit, m_sourcesEdit, m_notesEdit, m_addButton, m_editButton,
                                         m_removeButton, m_upButton, m_downButton, m_partnersList, m_personsList})
        field->setEnabled(editable);
}

void LocalPactPanel::showMembers()
{
    const auto fill = [](QListWidget* list, const QList<QPair<Id, QString>>& entries, const QList<Id>& checked) {
        list->clear();
        for (const auto& [id, name] : entries) {
            auto* item = new QListWidgetItem(name, list);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    };
    QList<QPair<Id, QString>> partners;
    for (const auto& partner : m_context.partners)
        partners.append({partner.id, partner.displayName()});
    QList<QPair<Id, QString>> persons;
    for (const auto& person : m_context.persons)
        persons.append({person.id, person.displayName()});
    fill(m_partnersList, partners, m_shown.memberPartnerIds);
    fill(m_personsList, persons, m_shown.memberPersonIds);
}

void LocalPactPanel::showCommittees()
{
    QStringList lines;
    for (const auto& meeting : localCommitteeMeetings(m_context, m_territoryId)) {
        const QString date = meeting.date.isValid() ? formatDate(meeting.date) : tr("date not known");
        lines << tr("%1 (%2): %3").arg(date, enumLabel(meeting.status), meeting.title);
    }
    m_committeesLabel->setText(lines.isEmpty() ? tr("No local committee meeting recorded in this edition.")
                                               : lines.join(QLatin1Char('\n')));
}

void LocalPactPanel::showReview()
{
    ++m_loading;
    const int year = reviewYear();
    const LocalPactReview* review = m_shown.review(year);
    setText(m_progressEdit, review ? review->progress : QString());
    setText(m_difficultiesEdit, review ? review->difficulties : QString());
    setText(m_adjustmentsEdit, review ? review->adjustments : QString());
    m_reviewFrozen = false;
    if (m_document && m_editionId != NoId && year != 0) {
        try {
            m_reviewFrozen = isYearFrozen(m_document->database(), m_editionId, year);
        } catch (const StorageError& error) {
            showMessage(error.message());
        }
    }
    const bool editable = m_document && m_document->mayChange(Entity::LocalPact) && !m_reviewFrozen && year != 0;
    for (auto* edit : {m_progressEdit, m_difficultiesEdit, m_adjustmentsEdit})
        edit->setEnabled(editable);
    if (m_reviewFrozen)
        showMessage(
            tr("The evaluation of %1 is frozen: the local pact's review of that year can no longer change.").arg(year));
    else
        m_messageLabel->hide();
    --m_loading;
}

bool LocalPactPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit*>(watched)) {
        if (watched == m_progressEdit || watched == m_difficultiesEdit || watched == m_adjustmentsEdit)
            commitReview();
        else
            commitTexts();
    }
    return QWidget::eventFilter(watched, event);
}

void LocalPactPanel::commitTexts()
{
    if (m_loading > 0)
        return;
    LocalPact after = m_shown;
    after.diagnosis = m_diagnosisEdit->toPlainText();
    after.diagnosisSources = m_sourcesEdit->toPlainText();
    after.notes = m_notesEdit->toPlainText();
    if (after.diagnosis != m_shown.diagnosis)
        save(after, tr("Edit the diagnosis of the local pact"));
    else if (after.diagnosisSources != m_shown.diagnosisSources)
        save(after, tr("Edit the sources of the diagnosis"));
    else if (after.notes != m_shown.notes)
        save(after, tr("Edit the notes of the local pact"));
}

void LocalPactPanel::commitReview()
{
    const int year = reviewYear();
    if (m_loading > 0 || m_reviewFrozen || year == 0)
        return;
    LocalPact after = m_shown;
    LocalPactReview review;
    if (const LocalPactReview* stored = m_shown.review(year))
        review = *stored;
    review.year = year;
    review.progress = m_progressEdit->toPlainText();
    review.difficulties = m_difficultiesEdit->toPlainText();
    review.adjustments = m_adjustmentsEdit->toPlainText();
    after.reviews.removeIf([year](const LocalPactReview& r) { return r.year == year; });
    after.reviews.append(review);
    after.normalise();
    const LocalPactReview* before = m_shown.review(year);
    if ((before ? *before : LocalPactReview{NoId, {}, year, {}, {}, {}}) == review)
        return;
    save(after, tr("Edit the review %1 of the local pact").arg(year));
}

void LocalPactPanel::commitMembers()
{
    if (m_loading > 0)
        return;
    LocalPact after = m_shown;
    after.memberPartnerIds = checkedIds(m_partnersList);
    after.memberPersonIds = checkedIds(m_personsList);
    if (after.memberPartnerIds != m_shown.memberPartnerIds || after.memberPersonIds != m_shown.memberPersonIds)
        save(after, tr("Edit the members of the local pact"));
}

bool LocalPactPanel::save(LocalPact after, const QString& text)
{
    if (!m_document)
        return false;
    const auto result = edit::saveLocalPact(*m_document, std::move(after), text);
    if (!result.ok()) {
        showMessage(result.message);
        return false;
    }
    m_messageLabel->hide();
    if (m_shown != result.item) {
        m_shown = result.item;
        ++m_loading;
        showPriorities();
        --m_loading;
    }
    return true;
}

void LocalPactPanel::showMessage(const QString& message)
{
    m_messageLabel->setText(message);
    m_messageLabel->show();
}

} // namespace pacte
