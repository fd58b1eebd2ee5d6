// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "cliapp.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "appidentity.h"
#include "clicommand.h"

namespace tanhui::cli {

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::Cli)
public:
    static void printHelp(QTextStream& out)
    {
        out << tr("Usage: tanhui-cli <command> [options]") << '\n'
            << tr("Forest carbon-stock monitoring: stratify, estimate, compare and verify.")
            << "\n\n"
            << tr("Commands:") << '\n';
        for (const CliCommand& command : cliCommands())
            out << QStringLiteral("  %1").arg(QString::fromLatin1(command.name), -12)
                << QCoreApplication::translate("tanhui::cli::Cli", command.summary) << '\n';
        out << '\n'
            << tr("Options:") << '\n'
            << QStringLiteral("  %1").arg(QStringLiteral("-h, --help"), -12)
            << tr("Show this help, or a command's help after the command name") << '\n'
            << QStringLiteral("  %1").arg(QStringLiteral("--version"), -12)
            << tr("Show the version of Tanhui and of the libraries it uses") << '\n';
    }
    static QString outputFailed(const QString& reason)
    {
        return tr("The results could not be written to the standard output (%1): they are "
                  "incomplete; do not use them.")
            .arg(reason);
    }
    static QString unknownCommand(const QString& name)
    {
        return tr("Unknown command \"%1\". Run \"tanhui-cli --help\" for the list.").arg(name);
    }
};

} // namespace

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("-h") || first == QLatin1String("--help")) {
        Cli::printHelp(first.isEmpty() ? err : out);
        return first.isEmpty() ? ExitUsage : ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("tanhui-cli ") << ui::versionDescription() << '\n';
        return ExitOk;
    }
    for (const CliCommand& command : cliCommands()) {
        if (first == QLatin1String(command.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(first);
            return command.run(rest, out, err);
        }
    }
    err << Cli::unknownCommand(first) << '\n';
    return ExitUsage;
}

int finishOutput(int code, QTextStream& out, QTextStream& err)
{
    out.flush();
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0 && !std::ferror(stdout);
    const int reason = errno;
    if (flushed && out.status() == QTextStream::Ok)
        return code;
    // The stream's own device saw the failure first, with the system's reason.
    const QIODevice* device = out.device();
    const QString why = device && out.status() != QTextStream::Ok
                            ? device->errorString()
                            : QString::fromLocal8Bit(std::strerror(reason ? reason : EIO));
    err << Cli::outputFailed(why) << '\n';
    return ExitOutputError;
}

} // namespace tanhui::cli
