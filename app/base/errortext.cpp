// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "errortext.h"

#include <QCoreApplication>

namespace tanhui::ui {

namespace {

// A translation context for lupdate; not a QObject.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::ErrorText)
public:
    static QString codeText(core::ErrorCode code);
    static QString location(const core::Error& error);
    static QString join(const QString& a, const QString& b)
    {
        return a.isEmpty() ? b : tr("%1, %2", "joins the parts of a location").arg(a, b);
    }
};

QString ErrorText::codeText(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::InvalidArgument:
        return tr("invalid value");
    case ErrorCode::FileNotFound:
        return tr("file not found");
    case ErrorCode::FileUnreadable:
        return tr("the file cannot be opened or read");
    case ErrorCode::UnsupportedFormat:
        return tr("the file format is not supported");
    case ErrorCode::CorruptData:
        return tr("the file is damaged or truncated");
    case ErrorCode::MissingColumn:
        return tr("a required column is missing");
    case ErrorCode::NotANumber:
        return tr("a number was expected");
    case ErrorCode::OutOfRange:
        return tr("the value is outside the allowed range");
    case ErrorCode::DuplicateId:
        return tr("the identifier appears more than once");
    case ErrorCode::UnknownReference:
        return tr("the name is not known");
    case ErrorCode::InsufficientData:
        return tr("not enough observations");
    case ErrorCode::EquationError:
        return tr("the equation cannot be evaluated");
    case ErrorCode::CrsMissing:
        return tr("the layer has no coordinate reference system");
    case ErrorCode::CrsMismatch:
        return tr("the layers use different coordinate reference systems");
    case ErrorCode::GridMismatch:
        return tr("the rasters are not on the same grid");
    case ErrorCode::DatabaseError:
        return tr("the project database reported an error");
    case ErrorCode::SchemaTooNew:
        return tr("the project file was written by a newer version of Tanhui");
    case ErrorCode::CellCount:
        return tr("the row has another number of cells than the header (an unquoted comma, "
                  "such as a decimal comma in 5,9, splits a cell: quote the cell or write 5.9)");
    case ErrorCode::Cancelled:
        return tr("cancelled");
    }
    return tr("unknown error");
}

QString ErrorText::location(const core::Error& error)
{
    QString where;
    if (!error.file.empty())
        where = QString::fromStdString(error.file);
    if (error.row > 0)
        where = join(where, tr("row %1").arg(error.row));
    if (!error.column.empty())
        where = join(where, tr("column \"%1\"").arg(QString::fromStdString(error.column)));
    return where;
}

} // namespace

QString errorText(const core::Error& error)
{
    const QString where = ErrorText::location(error);
    QString text = ErrorText::codeText(error.code);
    if (!error.detail.empty())
        text = ErrorText::tr("%1 (%2)", "message (technical detail)")
                   .arg(text, QString::fromStdString(error.detail));
    return where.isEmpty() ? text : ErrorText::tr("%1: %2", "location: message").arg(where, text);
}

} // namespace tanhui::ui
