// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QStringList>

class QTextStream;

namespace tanhui::cli {

/// Exit codes of tanhui-cli.
enum CliExit : int
{
    ExitOk = 0,
    ExitInputError = 1,  ///< bad input data; the message names file, row and column
    ExitUsage = 2,       ///< unknown command or option
    ExitOutputError = 3, ///< the results could not be written (disk full, pipe closed)
};

/// Runs tanhui-cli with `arguments` (argv, program name first), writing results to `out`
/// and messages to `err`. A QCoreApplication must exist. Returns a CliExit code.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

/// `code`, unless what was written to `out` (the process's standard output) did not all reach
/// it: then the system's reason goes to `err` and the result is ExitOutputError, so that a
/// script never takes a truncated or empty result for a finished one.
int finishOutput(int code, QTextStream& out, QTextStream& err);

} // namespace tanhui::cli
