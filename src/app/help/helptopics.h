#pragma once

#include <QString>
#include <QUrl>

namespace pacte::help {

// A place in the user guide: a page and one of its headings (empty: the page's start).
struct Topic
{
    QUrl page;
    QString heading;
};

// The guide's heading about a section of the main window, for F1. Sections are named by their
// objectName ("actionsSection"); this is the one place that knows those names.
Topic topicForSection(const QString& sectionName);

} // namespace pacte::help
