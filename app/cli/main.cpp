// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#include "appidentity.h"
#include "cliapp.h"
#include "languagemanager.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tanhui::ui::initApplicationIdentity();
    tanhui::ui::LanguageManager languages;
    languages.apply(tanhui::ui::LanguageManager::savedLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = tanhui::cli::runCli(QCoreApplication::arguments(), out, err);
    return tanhui::cli::finishOutput(code, out, err);
}
