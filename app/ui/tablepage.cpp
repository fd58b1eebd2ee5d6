// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tablepage.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include "tanhui/workflow/jobrunner.h"

#include "errortext.h"

namespace tanhui::ui {

namespace {

QString coordinateWarningText(workflow::CoordinateWarning w)
{
    switch (w) {
    case workflow::CoordinateWarning::PrefixedEastingWithoutZoneCrs:
        return TablePage::tr("The eastings have 8 digits (the zone number in front), but this "
                             "CRS has none: choose its \"zone\" form (e.g. CGCS2000 / 3-degree "
                             "Gauss-Kruger zone 39).");
    case workflow::CoordinateWarning::ZoneCrsWithoutPrefix:
        return TablePage::tr("The eastings have 6 digits (no zone number), but this CRS expects "
                             "the zone in front: choose its \"CM\" form (e.g. CGCS2000 / "
                             "3-degree Gauss-Kruger CM 117E).");
    case workflow::CoordinateWarning::ZoneDiffers:
        return TablePage::tr("The zone number in front of the eastings is not this CRS's zone.");
    case workflow::CoordinateWarning::LooksSwapped:
        return TablePage::tr("The Easting column seems to hold northings (Gauss-Krüger sheets "
                             "often call the northing X): swap Easting and Northing.");
    case workflow::CoordinateWarning::NotDegrees:
        return TablePage::tr("This CRS is in degrees, but the coordinates are not longitudes "
                             "and latitudes.");
    }
    return {};
}

} // namespace

TablePage::TablePage(workflow::FieldTable table, const QString& pathField, QWidget* parent)
    : QWizardPage(parent)
    , m_table(table)
    , m_pathField(pathField)
    , m_runner(new workflow::JobRunner(this))
{
    const bool plots = table == workflow::FieldTable::Plots;
    setObjectName(plots ? QStringLiteral("plotsPage") : QStringLiteral("treesPage"));
    setTitle(plots ? tr("Plots: columns and coordinates") : tr("Tree tally: columns"));
    setSubTitle(tr("Check that the text reads right and that each field is in its column."));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->setAccessibleName(tr("Encoding of the file's text"));
    m_encoding->addItem(tr("Detected"), int(core::TextEncoding::Detect));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(core::TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("GB18030 (GBK)"), int(core::TextEncoding::Gb18030));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &TablePage::loadPreview);
    m_rows = new QTableWidget;
    m_rows->setObjectName(QStringLiteral("previewRows"));
    m_rows->setAccessibleName(tr("The first rows of the file"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_mapping = new QFormLayout;
    for (const workflow::FieldInfo& f : workflow::fieldsOf(table)) {
        auto* box = new QComboBox;
        box->setObjectName(QStringLiteral("column_") + QString::fromStdString(f.field));
        box->setAccessibleName(tr("Column of %1").arg(fieldText(f.field)));
        connect(box, &QComboBox::currentIndexChanged, this, &TablePage::checkCoordinates);
        connect(box, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
        m_columns.emplace_back(f.field, box);
        m_mapping->addRow(
            fieldText(f.field) + (f.required ? QStringLiteral(" *:") : QStringLiteral(":")), box);
    }
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    top->addRow(tr("&Encoding:"), m_encoding);
    layout->addLayout(top);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_status);
    layout->addLayout(m_mapping);
    if (plots) {
        m_crs = new QComboBox;
        m_crs->setObjectName(QStringLiteral("crs"));
        m_crs->setAccessibleName(tr("Coordinate reference system of the plots"));
        m_crs->setEditable(true);
        m_crs->setInsertPolicy(QComboBox::NoInsert);
        m_crs->completer()->setFilterMode(Qt::MatchContains);
        m_crs->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_crs->lineEdit()->setPlaceholderText(tr("type an EPSG code or a name: 4527, CGCS2000, "
                                                 "Xian 1980…"));
        connect(m_crs, &QComboBox::currentIndexChanged, this, &TablePage::checkCoordinates);
        m_mapping->addRow(tr("Coordinates' &CRS:"), m_crs);
        m_crsNote = new QLabel;
        m_crsNote->setObjectName(QStringLiteral("crsNote"));
        m_crsNote->setWordWrap(true);
        m_mapping->addRow(m_crsNote);
        m_warnings = new QLabel;
        m_warnings->setObjectName(QStringLiteral("coordinateWarnings"));
        m_warnings->setWordWrap(true);
        m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00"));
        layout->addWidget(m_warnings);
    }
}

QString TablePage::fieldText(const std::string& field) const
{
    static const std::pair<const char*, const char*> names[] = {
        {"plot_id", QT_TR_NOOP("Plot id (样地号)")},
        {"area_ha", QT_TR_NOOP("Plot area, ha")},
        {"area_m2", QT_TR_NOOP("Plot area, m²")},
        {"stratum", QT_TR_NOOP("Recorded stratum")},
        {"slope_deg", QT_TR_NOOP("Slope, degrees")},
        {"easting", QT_TR_NOOP("Easting (or longitude)")},
        {"northing", QT_TR_NOOP("Northing (or latitude)")},
        {"species", QT_TR_NOOP("Species (树种)")},
        {"dbh", QT_TR_NOOP("DBH, cm (胸径)")},
        {"height", QT_TR_NOOP("Height, m (树高)")},
        {"wd", QT_TR_NOOP("Wood density, t/m³")},
        {"status", QT_TR_NOOP("Alive or dead")}};
    for (const auto& [key, text] : names)
        if (field == key)
            return tr(text);
    return QString::fromStdString(field);
}

void TablePage::setCrsCatalogue(const std::vector<workflow::CrsInfo>& catalogue,
                                const QString& layerCrs)
{
    if (!m_crs)
        return;
    m_catalogue = catalogue;
    m_layerCrs = layerCrs;
    const QSignalBlocker quiet(m_crs);
    m_crs->clear();
    m_crs->addItem(tr("(none: the plots have no coordinates)"), QString());
    for (const workflow::CrsInfo& c : catalogue)
        m_crs->addItem(QString::fromStdString(c.code) + QStringLiteral(" — ") +
                           QString::fromStdString(c.name),
                       QString::fromStdString(c.code));
    offerLayerCrs();
    checkCoordinates();
}

// Plots are usually surveyed in the CRS of the stand map they are laid out on.
void TablePage::offerLayerCrs()
{
    if (!m_crs || m_layerCrs.isEmpty() || m_crs->currentIndex() > 0 || column("easting").empty())
        return;
    const QSignalBlocker quiet(m_crs);
    m_crs->setCurrentIndex(std::max(0, m_crs->findData(m_layerCrs)));
}

void TablePage::initializePage()
{
    loadPreview();
}

void TablePage::loadPreview()
{
    const QString path = field(m_pathField).toString();
    const auto encoding = core::TextEncoding(m_encoding->currentData().toInt());
    m_loaded = path + QLatin1Char('\n') + QString::number(int(encoding));
    if (m_runner->isRunning())
        return; // read again when the running preview ends
    m_status->setText(tr("Reading the first rows…"));
    m_runner->start<workflow::TablePreview>(
        [p = path.toStdString(), t = m_table, encoding](workflow::JobContext&) {
            return workflow::previewTable(p, t, encoding);
        },
        this,
        [this, requested = m_loaded](const core::Result<workflow::TablePreview>& preview) {
            if (requested != m_loaded)
                loadPreview(); // the encoding changed meanwhile
            else
                showPreview(preview);
        });
}

void TablePage::showPreview(const core::Result<workflow::TablePreview>& preview)
{
    m_preview.reset();
    m_rows->clear();
    if (!preview) {
        m_status->setText(tr("The file cannot be read: %1").arg(errorText(preview.error())));
        emit completeChanged();
        emit previewShown(false);
        return;
    }
    m_preview = *preview;
    QStringList header;
    for (const std::string& h : preview->header)
        header << QString::fromStdString(h);
    m_rows->setColumnCount(header.size());
    m_rows->setHorizontalHeaderLabels(header);
    m_rows->setRowCount(int(preview->rows.size()));
    QStringList rowNumbers;
    for (int r = 0; r < int(preview->rows.size()); ++r) {
        rowNumbers << QString::number(preview->rowNumbers[std::size_t(r)]);
        for (int c = 0; c < int(preview->rows[std::size_t(r)].size()); ++c)
            m_rows->setItem(r, c,
                            new QTableWidgetItem(QString::fromStdString(
                                preview->rows[std::size_t(r)][std::size_t(c)])));
    }
    m_rows->setVerticalHeaderLabels(rowNumbers);
    m_status->setText(
        tr("Read as %1; the first %n row(s) shown.", nullptr, int(preview->rows.size()))
            .arg(QString::fromStdString(preview->encoding)));
    for (auto& [fieldName, box] : m_columns) {
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const QString& h : header)
            box->addItem(h, h);
        for (const auto& [f, c] : preview->detected)
            if (f == fieldName)
                box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(c))));
    }
    offerLayerCrs();
    checkCoordinates();
    emit completeChanged();
    emit previewShown(true);
}

std::string TablePage::column(const std::string& fieldName) const
{
    for (const auto& [f, box] : m_columns)
        if (f == fieldName)
            return box->currentData().toString().toStdString();
    return {};
}

std::string TablePage::crs() const
{
    return m_crs ? m_crs->currentData().toString().toStdString() : std::string();
}

void TablePage::checkCoordinates()
{
    if (!m_warnings || !m_preview)
        return;
    const int index = m_crs->currentIndex() - 1; // the first item is "none"
    QStringList lines;
    if (index >= 0 && index < int(m_catalogue.size()))
        for (workflow::CoordinateWarning w :
             workflow::checkCoordinates(*m_preview, column("easting"), column("northing"),
                                        m_catalogue[std::size_t(index)]))
            lines << QStringLiteral("⚠ ") + coordinateWarningText(w);
    else if (!column("easting").empty())
        lines << QStringLiteral("⚠ ") + tr("Choose the CRS the coordinates were surveyed in.");
    m_crsNote->setText(index >= 0 && m_crs->currentData().toString() == m_layerCrs
                           ? tr("%1 is the CRS of the project's stand raster: check that the "
                                "plots were surveyed in it.")
                                 .arg(m_layerCrs)
                           : QString());
    m_crsNote->setVisible(!m_crsNote->text().isEmpty());
    m_warnings->setText(lines.join(QLatin1Char('\n')));
}

bool TablePage::isComplete() const
{
    if (!m_preview)
        return false;
    for (const workflow::FieldInfo& f : workflow::fieldsOf(m_table))
        if (f.required && column(f.field).empty())
            return false;
    if (m_table == workflow::FieldTable::Plots && column("area_ha").empty() &&
        column("area_m2").empty())
        return false;
    return true;
}

workflow::TableReading TablePage::reading() const
{
    workflow::TableReading r;
    r.encoding = core::TextEncoding(m_encoding->currentData().toInt());
    for (const auto& [f, box] : m_columns)
        r.columns.emplace_back(f, box->currentData().toString().toStdString());
    return r;
}

} // namespace tanhui::ui
