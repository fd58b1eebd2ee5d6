// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "mapexportdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <cmath>

namespace tanhui::ui {

MapExportDialog::MapExportDialog(const QSize& view, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_width(new QSpinBox)
    , m_height(new QSpinBox)
    , m_dpi(new QSpinBox)
    , m_path(new QLineEdit(path))
    , m_printed(new QLabel)
{
    setObjectName(QStringLiteral("mapExportDialog"));
    setWindowTitle(tr("Export the map as PNG"));
    const std::pair<QSpinBox*, const char*> boxes[] = {
        {m_width, "exportWidth"}, {m_height, "exportHeight"}, {m_dpi, "exportDpi"}};
    for (const auto& [box, name] : boxes) {
        box->setObjectName(QLatin1String(name));
        box->setRange(16, 20000);
    }
    m_dpi->setRange(72, 1200);
    m_dpi->setValue(300);
    // 16 cm at 300 dpi, the view's shape.
    const int width = int(std::lround(16.0 / 2.54 * 300.0));
    m_width->setValue(width);
    m_height->setValue(
        std::max(16, int(std::lround(width * double(view.height()) / std::max(1, view.width())))));
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_width->setAccessibleName(tr("Width of the picture in pixels"));
    m_height->setAccessibleName(tr("Height of the picture in pixels"));
    m_dpi->setAccessibleName(tr("Resolution of the picture in dots per inch"));
    m_printed->setObjectName(QStringLiteral("exportPrintedSize"));
    m_printed->setAccessibleName(tr("Printed size of the picture"));
    connect(m_dpi, &QSpinBox::valueChanged, this, &MapExportDialog::resolutionChanged);
    for (QSpinBox* box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &MapExportDialog::pixelsChanged);
    pixelsChanged();
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File to write the picture to"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the file to write the picture to"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto* files = new QFileDialog(this, tr("Export the map as PNG"), m_path->text(),
                                      tr("PNG pictures (*.png)"));
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setDefaultSuffix(QStringLiteral("png"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        connect(files, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
        files->open();
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
    });
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution (dpi):"), m_dpi);
    form->addRow(tr("Printed:"), m_printed);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(buttons);
}

void MapExportDialog::resolutionChanged(int dpi)
{
    const QSizeF inches = m_inches;
    m_width->setValue(int(std::lround(inches.width() * dpi)));
    m_height->setValue(int(std::lround(inches.height() * dpi)));
    m_inches = inches; // not the rounded pixels' size
    showPrintedSize();
}

void MapExportDialog::pixelsChanged()
{
    m_inches = QSizeF(m_width->value(), m_height->value()) / m_dpi->value();
    showPrintedSize();
}

void MapExportDialog::showPrintedSize()
{
    const QLocale locale;
    m_printed->setText(tr("%1 × %2 cm")
                           .arg(locale.toString(m_inches.width() * 2.54, 'f', 1),
                                locale.toString(m_inches.height() * 2.54, 'f', 1)));
}

QSize MapExportDialog::pixels() const
{
    return {m_width->value(), m_height->value()};
}

int MapExportDialog::dpi() const
{
    return m_dpi->value();
}

QString MapExportDialog::path() const
{
    return m_path->text().trimmed();
}

} // namespace tanhui::ui
