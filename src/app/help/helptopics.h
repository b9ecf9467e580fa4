#pragma once

#include "app/common/sectionid.h"

#include <optional>

#include <QString>
#include <QUrl>

namespace pacte::help {

// A place in the user guide: a page and one of its headings (empty: the page's start).
struct Topic
{
    QUrl page;
    QString heading;
};

// The guide's heading about a section of the main window, for F1 (the guide's start without one).
Topic topicForSection(std::optional<SectionId> section);
// The referents' guide at its heading about filling the sheet in, for F1 in the sheet window.
Topic sheetTopic();

} // namespace pacte::help
