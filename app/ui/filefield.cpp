// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "filefield.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tanhui::ui {

namespace {

class FileFieldText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::FileField)
public:
    static QString browse() { return tr("Browse…"); }
    static QString choose(const QString& what) { return tr("Choose the file: %1").arg(what); }
};

} // namespace

FileField fileField(QWidget* owner, const char* name, const QString& accessible,
                    const QString& filter)
{
    FileField field;
    field.edit = new QLineEdit;
    field.edit->setObjectName(QLatin1String(name));
    field.edit->setAccessibleName(accessible);
    auto* browse = new QPushButton(FileFieldText::browse());
    browse->setAccessibleName(FileFieldText::choose(accessible));
    QLineEdit* edit = field.edit;
    QObject::connect(browse, &QPushButton::clicked, owner, [owner, edit, accessible, filter] {
        auto* dialog = new QFileDialog(owner, accessible, {}, filter);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        dialog->open();
    });
    field.row = new QWidget;
    auto* layout = new QHBoxLayout(field.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field.edit, 1);
    layout->addWidget(browse);
    return field;
}

} // namespace tanhui::ui
