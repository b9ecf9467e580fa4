// Qt's own strings that Debian's qtbase_fr.qm (qt6-translations-l10n 6.4) leaves untranslated: Qt 6
// moved them to a new context that its French file does not have yet, so the file dialogs said
// "Folder". Listed here so that lupdate keeps them in pacte_*.ts, whose translator is searched before
// Qt's (translations.cpp installs it last).
#include <QtGlobal>

namespace pacte {

namespace {

// QT_TRANSLATE_NOOP3 gives {source, comment}; the context is the first argument, read by lupdate.
struct QtString
{
    const char* source;
    const char* comment;
};

[[maybe_unused]] constexpr QtString qtStrings[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Alias", "macOS Finder"),
    {QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"), ""},
    {QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"), ""},
};

} // namespace

} // namespace pacte
