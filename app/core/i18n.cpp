// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "i18n.h"

#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace gl {
namespace {

const QString kKey = QStringLiteral("language");

// The translators installed by the last call, removed by the next one (tests switch languages).
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

// The first of the system's preferred languages Greenlight has, else English.
QString systemLanguage()
{
    const QStringList have = availableLanguages();
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = QLocale(ui).name().section(u'_', 0, 0);
        if (have.contains(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

void add(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
}

} // namespace

QStringList availableLanguages()
{
    QStringList out{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("greenlight_*.qm")});
    for (const QString &file : files) {
        const QString code = file.section(u'_', 1).section(u'.', 0, 0);
        if (!out.contains(code)) {
            out.append(code);
        }
    }
    return out;
}

QString languageName(const QString &language)
{
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString languageSetting(const QString &settingsFile)
{
    const QString value = QSettings(settingsFile, QSettings::IniFormat).value(kKey).toString();
    return availableLanguages().contains(value) ? value : QString();
}

void setLanguageSetting(const QString &settingsFile, const QString &language)
{
    QSettings settings(settingsFile, QSettings::IniFormat);
    if (language.isEmpty()) {
        settings.remove(kKey);
    } else {
        settings.setValue(kKey, language);
    }
}

QString installTranslations(const QString &language)
{
    for (QTranslator *t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    QString chosen = language.isEmpty() ? languageSetting(paths::settingsFile()) : language;
    if (!chosen.isEmpty()) {
        QLocale::setDefault(QLocale(chosen)); // dates, numbers and sizes in the language asked for
    } else {
        QLocale::setDefault(QLocale::system());
        chosen = systemLanguage();
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (chosen != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        add(qt);
    } else {
        delete qt;
    }
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral("greenlight_") + chosen, QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("greenlight_en"), QStringLiteral(":/i18n"))) {
        add(own);
    } else {
        delete own;
        return QStringLiteral("en");
    }
    return chosen;
}

} // namespace gl
