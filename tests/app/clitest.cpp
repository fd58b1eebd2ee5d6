// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "clitest.h"

#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

namespace tanhui::test {

CliRun runTool(QStringList arguments)
{
    arguments.prepend(QStringLiteral("tanhui-cli"));
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = cli::runCli(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

void CliFixture::setUpCli()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages.apply(QStringLiteral("en"));
}

QString CliFixture::write(const QString& name, const QByteArray& bytes)
{
    return tanhui::test::writeFile(QDir(m_dir.path()), name, bytes);
}

} // namespace tanhui::test
