// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QStringList>
#include <span>

class QTextStream;

namespace tanhui::cli {

/// One sub-command of tanhui-cli. `run` receives the arguments after the command name
/// with the program name prepended (so QCommandLineParser can process them).
struct CliCommand
{
    const char* name;
    const char* summary; ///< marked with QT_TRANSLATE_NOOP("tanhui::cli::Cli", ...)
    int (*run)(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

/// Every command, in the order `tanhui-cli --help` lists them.
std::span<const CliCommand> cliCommands();

} // namespace tanhui::cli
