// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QCommandLineParser>
#include <optional>

class QTextStream;

namespace tanhui::cli {

/// QCommandLineParser with the conventions every tanhui-cli command shares: -h/--help
/// prints the command's help to `out`; parse errors go to `err` with the usage line.
class CommandParser : public QCommandLineParser
{
public:
    explicit CommandParser(const QString& description);

    /// Parses; returns an exit code when the command must stop here (help shown: ExitOk;
    /// bad options or wrong number of positional arguments: ExitUsage), or nullopt to go on.
    std::optional<int> parse(const QStringList& arguments, int positionalCount, QTextStream& out,
                             QTextStream& err);

    /// Qt's help with "tanhui-cli <command>" in the usage line instead of the program path
    /// (hides QCommandLineParser::helpText, which is not virtual).
    QString helpText() const;
    /// Reads a floating-point option; writes an error and returns nullopt if it is not a number.
    std::optional<double> number(const QString& option, double fallback, QTextStream& err) const;

private:
    QString m_command; ///< the command's words, from the arguments parsed
};

} // namespace tanhui::cli
