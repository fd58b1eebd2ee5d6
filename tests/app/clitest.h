// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "cliapp.h"
#include "languagemanager.h"
#include "testutil.h"

// What the tst_cli_*.cpp tests share: tanhui-cli run in-process with its output captured, and
// a temporary directory for the files it reads.
namespace tanhui::test {

/// The namespace of runCli and its exit codes; the only place the tests name it.
namespace cli = tanhui::cli;
using cli::ExitInputError;
using cli::ExitOk;
using cli::ExitUsage;

/// What one run of tanhui-cli gave.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs tanhui-cli in-process on `arguments` (without the program name).
CliRun runTool(QStringList arguments);

/// What every CLI test class holds. Derive from QObject first, then from this, and call
/// setUpCli() in initTestCase().
class CliFixture
{
protected:
    /// Test-mode standard paths and the English catalog, so that messages compare as written.
    void setUpCli();
    /// Writes `bytes` to `name` in the temporary directory and returns the path.
    QString write(const QString& name, const QByteArray& bytes);
    QString demo(const char* file) const
    {
        return QStringLiteral(TANHUI_SOURCE_DIR "/resources/demo/") + QLatin1String(file);
    }
    tanhui::ui::LanguageManager m_languages;
    QTemporaryDir m_dir;
};

} // namespace tanhui::test
