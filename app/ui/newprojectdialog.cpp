// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "newprojectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tanhui::ui {

NewProjectDialog::NewProjectDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New project"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("projectName"));
    m_name->setAccessibleName(tr("Project name"));
    m_methodology = new QComboBox;
    m_methodology->setObjectName(QStringLiteral("projectMethodology"));
    m_methodology->setEditable(true);
    m_methodology->addItems({QStringLiteral("CCER-14-001-V01"), QStringLiteral("VM0047"),
                             QStringLiteral("AR-ACM0003")});
    m_methodology->setAccessibleName(tr("Methodology"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("projectPath"));
    m_path->setAccessibleName(tr("Project file"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose where the project file goes"));
    auto* where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(browse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Methodology:"), m_methodology);
    form->addRow(tr("&File:"), where);
    form->addRow(m_buttons);
    connect(browse, &QPushButton::clicked, this, &NewProjectDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::updateOk);
    connect(m_path, &QLineEdit::textChanged, this, &NewProjectDialog::updateOk);
    updateOk();
}

QString NewProjectDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewProjectDialog::methodology() const
{
    return m_methodology->currentText().trimmed();
}

QString NewProjectDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(QStringLiteral(".tanhui"), Qt::CaseInsensitive))
        p += QStringLiteral(".tanhui");
    return p;
}

void NewProjectDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Project file"), QDir::home().filePath(name() + QStringLiteral(".tanhui")),
        tr("Tanhui projects (*.tanhui)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

// A name and a file that does not exist yet: an existing file is never overwritten.
void NewProjectDialog::updateOk()
{
    const bool ok = !name().isEmpty() && !path().isEmpty() && !QFileInfo::exists(path());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_path->setToolTip(QFileInfo::exists(path()) ? tr("This file exists already.") : QString());
}

} // namespace tanhui::ui
