// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace tanhui::ui {

/// Loads Tanhui's and Qt's translation catalogs into the running application.
/// The language follows the system locale unless the user chose one in the settings
/// (key "ui/language": "" for the system, or "zh_CN", "en"). Lives on the GUI thread.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    /// Languages with a shipped catalog, as locale names ("en", "zh_CN").
    static QStringList availableLanguages();

    /// The language stored in the settings; empty means "follow the system".
    static QString savedLanguage();

    /// Installs the catalogs for `language` ("" = system locale) and remembers the choice
    /// when `persist` is true. Returns the locale name actually loaded. Installing new
    /// translators makes Qt send QEvent::LanguageChange to every widget.
    QString apply(const QString& language, bool persist = false);

    /// The locale name currently loaded, e.g. "zh_CN".
    QString currentLanguage() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace tanhui::ui
