// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QDialog>

#include "tanhui/workflow/projecttypes.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace tanhui::workflow {
class JobRunner;
struct Progress;
} // namespace tanhui::workflow

namespace tanhui::ui {

/// Stratify the project: a stand-age raster (with optional species-group and origin rasters
/// on its grid) classified by a row of the 龄组 table, ages rolled forward from their base
/// year to the monitoring date, and the five age groups mapped onto young / middle / mature;
/// or stand polygons with stratum rules. The area per stratum (ha and mu) is previewed as a
/// job, with progress and Cancel, before anything is recorded; what the workflow reports
/// (a grid or CRS mismatch, a missing file) is shown as it says it. Apply records it.
class StratifyDialog : public QDialog
{
    Q_OBJECT
public:
    /// `project`: the file whose screening the preview applies (as recording will);
    /// `date`: the monitoring date offered (the selected period's end).
    StratifyDialog(const QString& project, const QString& date, QWidget* parent = nullptr);
    ~StratifyDialog() override;

    /// What the dialog describes now.
    workflow::StratifyRequest request() const;
    /// Starts the preview job (Preview does the same).
    void preview();
    bool previewRunning() const;

signals:
    /// The preview job ended: ok when its areas are shown.
    void previewFinished(bool ok);
    /// Apply was pressed on a previewed request; the dialog has closed.
    void applyRequested(const tanhui::workflow::StratifyRequest& request);

private:
    QWidget* rasterPage();
    QWidget* standsPage();
    QLineEdit* pathField(const char* name, const QString& accessible, QWidget** row);
    void invalidate();
    void showProgress(const workflow::Progress& progress);
    void showAreas(const core::Result<workflow::AreasResult>& result);

    QString m_project;
    workflow::JobRunner* m_runner = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_raster = nullptr;
    QLineEdit* m_speciesRaster = nullptr;
    QLineEdit* m_originRaster = nullptr;
    QComboBox* m_species = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_origin = nullptr;
    QCheckBox* m_rollForward = nullptr;
    QSpinBox* m_baseYear = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_young = nullptr;
    QLineEdit* m_middle = nullptr;
    QLineEdit* m_mature = nullptr;
    QLineEdit* m_stands = nullptr;
    QLineEdit* m_rules = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_apply = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_areas = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace tanhui::ui
