// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QWidget>

#include "tanhui/workflow/projecttypes.h"

class QLabel;
class QTableWidget;

namespace tanhui::ui {

/// A parameter set as stored: every species row with its equations, coefficients, validity
/// ranges, factors, status and source; rows not CONFIRMED marked.
class ParameterView : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterView(QWidget* parent = nullptr);
    void setParameterSet(const workflow::ParameterSetInfo& set);
    void retranslate();
    QTableWidget* table() const { return m_table; }

private:
    void fill();
    workflow::ParameterSetInfo m_set;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace tanhui::ui
