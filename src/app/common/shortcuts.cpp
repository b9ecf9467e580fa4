#include "shortcuts.h"

namespace pacte {

QList<QKeySequence> redoShortcuts()
{
    QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QKeySequence sectionShortcut(SectionId id)
{
    const int index = static_cast<int>(id);
    if (id == SectionId::Evaluation)
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    if (id == SectionId::Coverage)
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    if (index < 9)
        return QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index));
    if (index == 9)
        return QKeySequence(Qt::CTRL | Qt::Key_0);
    return {};
}

} // namespace pacte
