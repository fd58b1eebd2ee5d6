// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "clisupport.h"

#include <QLocale>
#include <QTextStream>
#include <cmath>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define TANHUI_ISATTY(fd) _isatty(fd)
#define TANHUI_FILENO(f) _fileno(f)
#else
#include <unistd.h>
#define TANHUI_ISATTY(fd) isatty(fd)
#define TANHUI_FILENO(f) fileno(f)
#endif

#include "tanhui/core/csv.h"

#include "cliapp.h"
#include "errortext.h"
#include "noticetext.h"

namespace tanhui::cli {

void reportError(const core::Error& error, QTextStream& err)
{
    err << ui::errorText(error) << '\n';
}

int failWith(const core::Error& error, QTextStream& err)
{
    reportError(error, err);
    return ExitInputError;
}

CliJob::CliJob(QTextStream& err)
    : m_err(err)
{
    m_context.onNotice([this](const workflow::Notice& notice) {
        m_err << ui::noticeText(notice) << '\n';
        m_err.flush();
    });
    if (!TANHUI_ISATTY(TANHUI_FILENO(stderr)))
        return;
    // A terminal: one line redrawn in place, written directly (reports come from workers).
    m_context.onProgress([this](const workflow::Progress& p) {
        if (p.total <= 0)
            return;
        m_progressShown = true;
        std::fprintf(stderr, "\r%s %lld/%lld  ", ui::phaseText(p.phase).toLocal8Bit().constData(),
                     static_cast<long long>(p.done), static_cast<long long>(p.total));
        std::fflush(stderr);
    });
}

CliJob::~CliJob()
{
    m_context.detachHandlers();
    if (m_progressShown)
        std::fputs("\r\033[K", stderr);
}

std::optional<core::Scenario> scenarioFromName(const QString& name)
{
    if (name == QLatin1String("project"))
        return core::Scenario::Project;
    if (name == QLatin1String("baseline"))
        return core::Scenario::Baseline;
    return std::nullopt;
}

QString scenarioName(core::Scenario scenario)
{
    return scenario == core::Scenario::Project ? QStringLiteral("project")
                                               : QStringLiteral("baseline");
}

QString csvNumber(double value)
{
    return std::isnan(value) ? QString()
                             : QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString csvField(const QString& text)
{
    return csvField(text.toStdString());
}

QString csvField(const std::string& text)
{
    return QString::fromStdString(core::csvField(text));
}

} // namespace tanhui::cli
