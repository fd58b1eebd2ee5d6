// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QWizardPage>
#include <vector>

#include "tanhui/workflow/fieldimport.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QTableWidget;

namespace tanhui::workflow {
class JobRunner;
}

namespace tanhui::ui {

/// A page of the import wizard for one table (the plots or the tree tally): its first rows
/// as they will be decoded, the encoding (detected, switchable: the preview is decoded again
/// at once), the column of each field (detected from English and Chinese headers, editable)
/// and, for plots, the CRS of the coordinates with what does not fit it. The preview is read
/// as a job: the GUI thread never waits for a spreadsheet.
class TablePage : public QWizardPage
{
    Q_OBJECT
public:
    TablePage(workflow::FieldTable table, const QString& pathField, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    workflow::TableReading reading() const;
    /// The CRS chosen (plots only); empty when none.
    std::string crs() const;
    /// The Easting and Northing columns chosen (plots only).
    std::string column(const std::string& field) const;
    /// The survey CRS to offer (read once, as a job, by the wizard); `layerCrs`, the CRS of
    /// the project's stand raster ("EPSG:4527"), is chosen for plots with coordinates until
    /// another is, and said to be the layer's.
    void setCrsCatalogue(const std::vector<workflow::CrsInfo>& catalogue,
                         const QString& layerCrs = {});

signals:
    void previewShown(bool ok);

private:
    void loadPreview();
    void showPreview(const core::Result<workflow::TablePreview>& preview);
    void checkCoordinates();
    void offerLayerCrs();
    QString fieldText(const std::string& field) const;

    workflow::FieldTable m_table;
    QString m_pathField;
    workflow::JobRunner* m_runner = nullptr;
    QComboBox* m_encoding = nullptr;
    QTableWidget* m_rows = nullptr;
    QFormLayout* m_mapping = nullptr;
    std::vector<std::pair<std::string, QComboBox*>> m_columns;
    QComboBox* m_crs = nullptr;
    QLabel* m_crsNote = nullptr; ///< the CRS offered is the stand raster's
    QLabel* m_warnings = nullptr;
    QLabel* m_status = nullptr;
    std::vector<workflow::CrsInfo> m_catalogue;
    QString m_layerCrs;
    std::optional<workflow::TablePreview> m_preview;
    QString m_loaded; ///< path and encoding of the preview shown or being read
};

} // namespace tanhui::ui
