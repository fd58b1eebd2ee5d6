// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QDialog>
#include <QSize>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace tanhui::ui {

/// The size, resolution and file of a map picture: by default the view's shape at 300 dpi,
/// as wide as an A4 page's text block (16 cm).
class MapExportDialog : public QDialog
{
    Q_OBJECT
public:
    MapExportDialog(const QSize& view, const QString& path, QWidget* parent = nullptr);
    QSize pixels() const;
    int dpi() const;
    QString path() const;

private:
    /// The pixels follow a new resolution from the printed size kept, so that it stays however
    /// often the resolution changes; the line under them says that size.
    void resolutionChanged(int dpi);
    /// Pixels the user typed: the printed size they make at the resolution.
    void pixelsChanged();
    void showPrintedSize();
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QSpinBox* m_dpi = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_printed = nullptr;
    QSizeF m_inches; ///< the printed size, which a new resolution keeps
};

} // namespace tanhui::ui
