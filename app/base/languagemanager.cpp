// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tanhui::ui {

namespace {
const auto kSettingsKey = QStringLiteral("ui/language");
const auto kCatalogDir = QStringLiteral(":/i18n");
} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
    , m_app(std::make_unique<QTranslator>())
    , m_qt(std::make_unique<QTranslator>())
{}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(m_app.get());
    QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString LanguageManager::savedLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

QString LanguageManager::apply(const QString& language, bool persist)
{
    if (persist)
        QSettings().setValue(kSettingsKey, language);

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QCoreApplication::removeTranslator(m_app.get());
    QCoreApplication::removeTranslator(m_qt.get());

    // English is the source language: its catalog holds its plural forms ("1 plot", "2
    // plots"), and is the one taken for a system language Tanhui has none for (C, fr …).
    const bool appLoaded =
        m_app->load(locale, QStringLiteral("tanhui"), QStringLiteral("_"), kCatalogDir) ||
        m_app->load(QLocale(QLocale::English), QStringLiteral("tanhui"), QStringLiteral("_"),
                    kCatalogDir);
    m_current = appLoaded ? m_app->language() : QStringLiteral("en");
    if (appLoaded)
        QCoreApplication::installTranslator(m_app.get());
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    QLocale::setDefault(appLoaded ? QLocale(m_current) : QLocale(QLocale::English));
    return m_current;
}

} // namespace tanhui::ui
