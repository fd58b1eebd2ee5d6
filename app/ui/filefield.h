// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace tanhui::ui {

/// A field for an existing file's path, with a Browse… button beside it that opens a
/// window-modal file dialog (the GUI thread never waits in a nested one).
struct FileField
{
    QWidget* row = nullptr; ///< the edit and its button, for a form's row
    QLineEdit* edit = nullptr;
};

/// `name`: the edit's object name; `accessible`: what the file is, for screen readers and the
/// file dialog's title; `filter`: the file dialog's name filter (empty: all files).
FileField fileField(QWidget* owner, const char* name, const QString& accessible,
                    const QString& filter = {});

} // namespace tanhui::ui
