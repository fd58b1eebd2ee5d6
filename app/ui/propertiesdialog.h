// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QDialog>

#include "tanhui/workflow/projectproperties.h"

class QLabel;
class QLineEdit;

namespace tanhui::ui {

/// The project's properties: what a report's title block and a registry need (name,
/// registration number, methodology and version, proponent, crediting period, location and
/// boundary). The name and methodology are read-only once a period is sealed.
class PropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PropertiesDialog(const workflow::ProjectProperties& properties,
                              QWidget* parent = nullptr);
    /// What the dialog holds now.
    workflow::ProjectProperties properties() const;
    void accept() override;

private:
    workflow::ProjectProperties m_properties;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_methodology = nullptr;
    QLineEdit* m_methodologyVersion = nullptr;
    QLineEdit* m_registration = nullptr;
    QLineEdit* m_proponent = nullptr;
    QLineEdit* m_creditingStart = nullptr;
    QLineEdit* m_creditingEnd = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_boundary = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tanhui::ui
