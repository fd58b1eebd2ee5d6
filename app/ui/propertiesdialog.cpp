// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "propertiesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "errortext.h"

namespace tanhui::ui {

namespace {

QLineEdit* field(const char* name, const std::string& value, const QString& accessible)
{
    auto* edit = new QLineEdit(QString::fromStdString(value));
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    return edit;
}

std::string text(const QLineEdit* edit)
{
    return edit->text().trimmed().toStdString();
}

} // namespace

PropertiesDialog::PropertiesDialog(const workflow::ProjectProperties& p, QWidget* parent)
    : QDialog(parent)
    , m_properties(p)
{
    setObjectName(QStringLiteral("propertiesDialog"));
    setWindowTitle(tr("Project properties"));
    m_name = field("propertyName", p.name, tr("Project name"));
    m_registration =
        field("propertyRegistration", p.registrationId, tr("Project ID or registration number"));
    m_methodology = field("propertyMethodology", p.methodology, tr("Methodology"));
    m_methodologyVersion =
        field("propertyMethodologyVersion", p.methodologyVersion, tr("Methodology version"));
    m_proponent = field("propertyProponent", p.proponent, tr("Project proponent"));
    m_creditingStart =
        field("propertyCreditingStart", p.creditingStart, tr("Start of the crediting period"));
    m_creditingEnd =
        field("propertyCreditingEnd", p.creditingEnd, tr("End of the crediting period"));
    for (QLineEdit* date : {m_creditingStart, m_creditingEnd})
        date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_location = field("propertyLocation", p.location, tr("Location"));
    m_location->setPlaceholderText(tr("province, county, township; coordinates"));
    m_boundary = field("propertyBoundary", p.boundary, tr("Project boundary"));
    m_boundary->setPlaceholderText(tr("how the boundary is defined: map, layer, area"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Project &name:"), m_name);
    form->addRow(tr("Project &ID / registration no.:"), m_registration);
    form->addRow(tr("&Methodology:"), m_methodology);
    form->addRow(tr("Methodology &version:"), m_methodologyVersion);
    form->addRow(tr("&Proponent:"), m_proponent);
    form->addRow(tr("Crediting period &from:"), m_creditingStart);
    form->addRow(tr("Crediting period &to:"), m_creditingEnd);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Boundary:"), m_boundary);
    if (p.nameLocked) {
        m_name->setReadOnly(true);
        m_methodology->setReadOnly(true);
        auto* note = new QLabel(tr("A period is sealed, and its seal covers the project's name "
                                   "and methodology: they stay as they are."));
        note->setObjectName(QStringLiteral("propertiesLockedNote"));
        note->setWordWrap(true);
        form->addRow(note);
    }
    auto* audited = new QLabel(tr("Every change is kept in the audit log, with its values before "
                                  "and after."));
    audited->setWordWrap(true);
    form->addRow(audited);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("propertiesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

// What the project would refuse (a blank name, a date not YYYY-MM-DD, an end before the
// start) is said here, and the dialog stays open with what was typed.
void PropertiesDialog::accept()
{
    if (auto ok = workflow::checkProperties(properties()); !ok) {
        m_problem->setText(errorText(ok.error()));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

workflow::ProjectProperties PropertiesDialog::properties() const
{
    workflow::ProjectProperties p = m_properties;
    p.name = text(m_name);
    p.methodology = text(m_methodology);
    p.registrationId = text(m_registration);
    p.methodologyVersion = text(m_methodologyVersion);
    p.proponent = text(m_proponent);
    p.creditingStart = text(m_creditingStart);
    p.creditingEnd = text(m_creditingEnd);
    p.location = text(m_location);
    p.boundary = text(m_boundary);
    return p;
}

} // namespace tanhui::ui
