// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QString>
#include <optional>

#include "tanhui/core/discount.h"
#include "tanhui/core/error.h"
#include "tanhui/core/result.h"
#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/resultjson.h"

class QTextStream;

namespace tanhui::cli {

using workflow::jsonNumber;

/// Writes a located, translated error message.
void reportError(const core::Error& error, QTextStream& err);

/// reportError, then ExitInputError: `return failWith(x.error(), err);`.
int failWith(const core::Error& error, QTextStream& err);

/// The value of `result`, or nullopt after reporting its error to `err`.
template <typename T>
std::optional<T> valueOrReport(core::Result<T>&& result, QTextStream& err)
{
    if (!result) {
        reportError(result.error(), err);
        return std::nullopt;
    }
    return std::move(result).value();
}

/// A job context for one command: its notices are written to `err` as they come (in the
/// language of the CLI), and progress is drawn on stderr when it is a terminal.
class CliJob
{
public:
    explicit CliJob(QTextStream& err);
    ~CliJob();
    CliJob(const CliJob&) = delete;
    CliJob& operator=(const CliJob&) = delete;
    workflow::JobContext& context() { return m_context; }
    operator workflow::JobContext&() { return m_context; }

private:
    workflow::JobContext m_context;
    QTextStream& m_err;
    bool m_progressShown = false;
};

/// "project" / "baseline" ↔ Scenario.
std::optional<core::Scenario> scenarioFromName(const QString& name);
QString scenarioName(core::Scenario scenario);

/// A number for CSV output: the shortest text that reads back as the same double; empty
/// for NaN.
QString csvNumber(double value);

/// Quotes a CSV field when it holds a comma, quote or line break (RFC 4180).
QString csvField(const QString& text);
QString csvField(const std::string& text);

} // namespace tanhui::cli
