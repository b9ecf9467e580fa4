#include "editorheaders.h"

#include <QApplication>
#include <QLabel>

namespace pacte {

void enlargeEditorHeaders(QWidget* root)
{
    for (QLabel* label : root->findChildren<QLabel*>(QStringLiteral("headerLabel"))) {
        QFont font = label->font();
        font.setPointSizeF(QApplication::font().pointSizeF() * 1.35);
        font.setBold(true);
        label->setFont(font);
    }
}

} // namespace pacte
