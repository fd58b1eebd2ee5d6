// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QApplication>
#include <QTextStream>
#include <cstring>

#include "appidentity.h"
#include "languagemanager.h"
#include "mainwindow.h"

namespace {
// --version and --help must work without a display, so they are answered before a
// QApplication (which needs a windowing system) exists.
bool hasArgument(int argc, char* argv[], const char* longName, const char* shortName)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], longName) || !std::strcmp(argv[i], shortName))
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    const bool version = hasArgument(argc, argv, "--version", "-v");
    if (version || hasArgument(argc, argv, "--help", "-h")) {
        QCoreApplication app(argc, argv);
        tanhui::ui::initApplicationIdentity();
        QTextStream out(stdout);
        if (version)
            out << QStringLiteral("tanhui ") << tanhui::ui::versionDescription() << '\n';
        else
            out << QStringLiteral("Usage: tanhui [--version] [--help] [PROJECT.tanhui]\n"
                                  "Opens the Tanhui main window, with PROJECT when given. See "
                                  "tanhui-cli --help for the command line.\n");
        return 0;
    }
    QApplication app(argc, argv);
    tanhui::ui::initApplicationIdentity();
    tanhui::ui::LanguageManager languages;
    languages.apply(tanhui::ui::LanguageManager::savedLanguage());
    tanhui::ui::MainWindow window(languages);
    window.show();
    // A project given on the command line (the desktop file passes %f).
    const QStringList arguments = QApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i)
        if (!arguments[i].startsWith(QLatin1Char('-'))) {
            window.openProject(arguments[i]);
            break;
        }
    return QApplication::exec();
}
