// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tanhui::ui {

/// A new monitoring period: its label and the dates it covers. It starts the day after the
/// latest period ends (or on 1 January of this year in a project without one); its label
/// follows the end's year until one is typed.
class NewPeriodDialog : public QDialog
{
    Q_OBJECT
public:
    /// `labels`: the project's periods, which a new one may not repeat; `latestEnd`: the end
    /// of its latest period (null when there is none).
    NewPeriodDialog(const QStringList& labels, const QDate& latestEnd, QWidget* parent = nullptr);
    QString label() const;
    QString startDate() const; ///< YYYY-MM-DD
    QString endDate() const;   ///< YYYY-MM-DD
    /// A line above the fields saying why the dialog came (e.g. an import without a period).
    void setReason(const QString& reason);

private:
    void update();
    QStringList m_labels;
    QLabel* m_reason = nullptr;
    QLineEdit* m_label = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_labelTyped = false;
};

} // namespace tanhui::ui
