// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QDialog>
#include <array>
#include <vector>

#include "tanhui/workflow/projecttypes.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace tanhui::ui {

/// The other terms of a period's net removals — project emissions, baseline removals,
/// leakage — each a value (t CO2e over the monitoring interval) with its uncertainty and
/// source, or stated zero with the reason. A row left empty is not entered; a row half
/// filled keeps the dialog open with what is missing named.
class NetRemovalsDialog : public QDialog
{
    Q_OBJECT
public:
    NetRemovalsDialog(const QString& period, const workflow::NetRemovalsSummary& current,
                      QWidget* parent = nullptr);
    /// The rows entered (after accept).
    std::vector<workflow::NetTermInput> terms() const { return m_terms; }
    /// A term's name as the window shows it.
    static QString termText(workflow::NetTerm term);

    void accept() override;

private:
    struct Row
    {
        workflow::NetTerm term = workflow::NetTerm::Baseline;
        QCheckBox* zero = nullptr;
        QLineEdit* value = nullptr;
        QLineEdit* uncertainty = nullptr;
        QLineEdit* source = nullptr;
    };
    /// Row `r` read; false with the problem in m_problem when it is half filled.
    bool read(const Row& r, std::vector<workflow::NetTermInput>& out);
    std::array<Row, 3> m_rows;
    QLabel* m_problem = nullptr;
    std::vector<workflow::NetTermInput> m_terms;
};

} // namespace tanhui::ui
