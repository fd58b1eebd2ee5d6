// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "commandparser.h"

#include <QCoreApplication>
#include <QTextStream>

#include "cliapp.h"

namespace tanhui::cli {

namespace {
class CommandParserText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::CommandParser)
public:
    static QString wrongCount(int expected, qsizetype got)
    {
        return tr("expected %n file argument(s), got %1", nullptr, expected).arg(got);
    }
    static QString notNumber(const QString& option, const QString& value)
    {
        return tr("option --%1: \"%2\" is not a number").arg(option, value);
    }
};
} // namespace

CommandParser::CommandParser(const QString& description)
{
    setApplicationDescription(description);
    addHelpOption();
}

QString CommandParser::helpText() const
{
    // Qt names the program as it was started, in the first line; a user types
    // "tanhui-cli <command>". Any language: Qt translates the words around it.
    QString text = QCommandLineParser::helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < lineEnd && !m_command.isEmpty())
        text.replace(at, program.size(), QStringLiteral("tanhui-cli ") + m_command);
    return text;
}

std::optional<int> CommandParser::parse(const QStringList& arguments, int positionalCount,
                                        QTextStream& out, QTextStream& err)
{
    m_command = arguments.value(0);
    if (!QCommandLineParser::parse(arguments)) {
        err << errorText() << "\n\n" << helpText();
        return ExitUsage;
    }
    if (isSet(QStringLiteral("help"))) {
        out << helpText();
        return ExitOk;
    }
    if (positionalCount >= 0 && positionalArguments().size() != positionalCount) {
        err << CommandParserText::wrongCount(positionalCount, positionalArguments().size())
            << "\n\n"
            << helpText();
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<double> CommandParser::number(const QString& option, double fallback,
                                            QTextStream& err) const
{
    if (!isSet(option))
        return fallback;
    bool ok = false;
    const double v = value(option).toDouble(&ok);
    if (!ok) {
        err << CommandParserText::notNumber(option, value(option)) << '\n';
        return std::nullopt;
    }
    return v;
}

} // namespace tanhui::cli
