#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pacte {

bool installTranslations(const QString& language)
{
    auto* app = QCoreApplication::instance();
    Q_ASSERT(app);
    const QString lang = language.isEmpty() ? QString::fromLatin1(DefaultLanguage) : language;
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::French,
                                lang == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::France));

    for (auto* old : app->findChildren<QTranslator*>(QStringLiteral("pacteTranslator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto* qt = new QTranslator(app);
    qt->setObjectName(QStringLiteral("pacteTranslator"));
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(app);
    own->setObjectName(QStringLiteral("pacteTranslator"));
    const bool loaded = own->load(QStringLiteral(":/i18n/pacte_") + lang + QStringLiteral(".qm"));
    if (loaded)
        QCoreApplication::installTranslator(own);
    return loaded;
}

QString languageFromEnvironment()
{
    const QString lang = qEnvironmentVariable("PACTE_LANG").left(2).toLower();
    return lang == QLatin1String("en") ? lang : QString::fromLatin1(DefaultLanguage);
}

} // namespace pacte
