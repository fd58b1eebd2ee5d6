// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QWizard>

#include "tanhui/workflow/projecttypes.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tanhui::workflow {
class JobRunner;
}

namespace tanhui::ui {

class TablePage;

/// Import a period's plots and tree tally from CSV, XLSX, Shapefile or GeoPackage: the files,
/// then each table's preview, encoding and columns (and the plots' CRS), then a check as a
/// job that lists every problem (file, row, column, what was expected), exportable as CSV,
/// before anything is written. Finish is offered only when the check found none; the import
/// itself is the main window's job.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    /// `periods`: the draft periods to import into; `project`: the project file.
    /// `stratifications`: those drawn from a map, to place the plots on by their coordinates;
    /// `layerCrs`: the stand raster's CRS ("EPSG:4527"), offered for the plots' coordinates.
    ImportWizard(const QString& project, const QStringList& periods,
                 const QStringList& stratifications, const QString& layerCrs = {},
                 QWidget* parent = nullptr);

    /// What the pages describe now.
    workflow::ImportRequest request() const;
    /// Runs the check (the last page does it when shown).
    void check();
    /// The problems of the last check as CSV (file,row,column,problem).
    /// Written as a job (a save file, whole or not at all); problemsExported tells how it went,
    /// and a failure is shown in a dialog.
    void exportProblems(const QString& path);
    void accept() override;

signals:
    void checked(bool ok, int problems);
    void problemsExported(bool ok, const QString& path);
    /// Finish was pressed on a request that checked without a problem.
    void importRequested(const tanhui::workflow::ImportRequest& request);

private:
    QWizardPage* filesPage(const QStringList& periods, const QStringList& stratifications);
    QWizardPage* checkPage();
    void showCheck(const core::Result<workflow::ImportSummary>& summary);

    QString m_project;
    workflow::JobRunner* m_runner = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_placeOn = nullptr;
    TablePage* m_plots = nullptr;
    TablePage* m_trees = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QTableWidget* m_problems = nullptr;
    QPushButton* m_export = nullptr;
    QWizardPage* m_checkPage = nullptr;
    bool m_clean = false;
    std::vector<core::Error> m_found;
};

} // namespace tanhui::ui
