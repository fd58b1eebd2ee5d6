// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tanhui::ui {

/// A new project: its name, the methodology it is monitored under, and where its file goes.
class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget* parent = nullptr);
    QString name() const;
    QString methodology() const;
    QString path() const; ///< ends in .tanhui

private:
    void followName();
    void browse();
    void updateOk();
    QLineEdit* m_name = nullptr;
    QComboBox* m_methodology = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_exists = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_pathChosen = false; ///< typed or browsed: no longer follows the name
};

} // namespace tanhui::ui
