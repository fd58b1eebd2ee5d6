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
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

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
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 60); // a whole path
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose where the project file goes"));
    auto* where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    m_exists = new QLabel;
    m_exists->setObjectName(QStringLiteral("projectPathNote"));
    m_exists->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Methodology:"), m_methodology);
    form->addRow(fileLabel, where);
    form->addRow(m_exists);
    form->addRow(m_buttons);
    connect(browse, &QPushButton::clicked, this, &NewProjectDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::followName);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
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

// Until a file is typed or chosen, the file follows the name, in the documents folder: a
// newcomer need not know where projects go, and sees where this one will.
void NewProjectDialog::followName()
{
    if (!m_pathChosen)
        m_path->setText(name().isEmpty() ? QString()
                                         : QDir(QStandardPaths::writableLocation(
                                                    QStandardPaths::DocumentsLocation))
                                               .filePath(name() + QStringLiteral(".tanhui")));
    updateOk();
}

void NewProjectDialog::browse()
{
    auto* dialog =
        new QFileDialog(this, tr("Project file"), path(), tr("Tanhui projects (*.tanhui)"));
    dialog->setObjectName(QStringLiteral("projectFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("tanhui"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& chosen) {
        m_pathChosen = true;
        m_path->setText(chosen);
    });
    dialog->open();
}

// A name and a file that does not exist yet: an existing file is never overwritten, and a
// missing folder is named before it is made.
void NewProjectDialog::updateOk()
{
    const bool ok = !name().isEmpty() && !path().isEmpty() && !QFileInfo::exists(path());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    const QString folder = QFileInfo(path()).absolutePath();
    if (QFileInfo::exists(path()))
        m_exists->setText(tr("%1 exists already: choose another file (a project is never "
                             "overwritten).")
                              .arg(QDir::toNativeSeparators(path())));
    else if (!path().isEmpty() && !QFileInfo(folder).isDir())
        m_exists->setText(tr("The folder %1 does not exist yet: it will be created.")
                              .arg(QDir::toNativeSeparators(folder)));
    else
        m_exists->clear();
    m_exists->setVisible(!m_exists->text().isEmpty());
}

} // namespace tanhui::ui
