// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "stratifydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "tanhui/workflow/areasjob.h"
#include "tanhui/workflow/jobrunner.h"
#include "tanhui/workflow/projectservice.h"
#include "tanhui/workflow/strata.h"

#include "errortext.h"
#include "filefield.h"
#include "noticetext.h"
#include "projectjob.h"
#include "tablecell.h"

namespace tanhui::ui {

namespace {

std::string text(const QLineEdit* edit)
{
    return edit->text().trimmed().toStdString();
}

} // namespace

StratifyDialog::StratifyDialog(const QString& project, const QString& date, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_runner(new workflow::JobRunner(this))
{
    m_runner->setObjectName(QStringLiteral("previewRunner"));
    setObjectName(QStringLiteral("stratifyDialog"));
    setWindowTitle(tr("Stratify the project"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("stratificationName"));
    m_name->setAccessibleName(tr("Name of the stratification"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("stratifySource"));
    m_kind->setAccessibleName(tr("What the strata are made from"));
    m_kind->addItems({tr("Stand-age raster, by the age-group (龄组) table"),
                      tr("Stand polygons (小班), by stratum rules")});
    m_pages = new QStackedWidget;
    m_pages->addWidget(rasterPage());
    m_pages->addWidget(standsPage());
    const QDate monitoring = QDate::fromString(date, Qt::ISODate);
    m_date->setDate(monitoring.isValid() ? monitoring : QDate::currentDate());
    m_name->setText(QStringLiteral("age-groups-%1").arg(m_date->date().year()));
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_preview = new QPushButton(tr("&Preview the areas"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setAccessibleName(tr("Preview the area of each stratum"));
    m_cancel = new QPushButton(tr("Cancel the preview"));
    m_cancel->setObjectName(QStringLiteral("cancelPreviewButton"));
    m_cancel->setAccessibleName(tr("Cancel the preview"));
    m_cancel->setVisible(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("previewProgress"));
    m_progress->setAccessibleName(tr("Progress of the preview"));
    m_progress->setVisible(false);
    m_areas = new QTableWidget(0, 4);
    m_areas->setObjectName(QStringLiteral("previewTable"));
    m_areas->setAccessibleName(tr("Area of each stratum"));
    m_areas->setHorizontalHeaderLabels(
        {tr("Stratum"), tr("Area (ha)"), tr("Area (mu)"), tr("Pixels or stands")});
    m_areas->verticalHeader()->setVisible(false);
    m_areas->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary = new QLabel(tr("Preview the areas to see them before anything is recorded."));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_apply = buttons->addButton(tr("&Record these strata"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyStrataButton"));
    m_apply->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const workflow::StratifyRequest r = request();
        accept();
        emit applyRequested(r);
    });
    connect(m_preview, &QPushButton::clicked, this, &StratifyDialog::preview);
    connect(m_cancel, &QPushButton::clicked, m_runner, &workflow::JobRunner::cancel);
    connect(m_runner, &workflow::JobRunner::progressChanged, this, &StratifyDialog::showProgress);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&From:"), m_kind);
    auto* run = new QHBoxLayout;
    run->addWidget(m_preview);
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addLayout(run);
    layout->addWidget(m_areas, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &StratifyDialog::invalidate);
    for (QComboBox* box : findChildren<QComboBox*>())
        connect(box, &QComboBox::currentTextChanged, this, &StratifyDialog::invalidate);
    connect(m_rollForward, &QCheckBox::toggled, this, &StratifyDialog::invalidate);
    connect(m_baseYear, &QSpinBox::valueChanged, this, &StratifyDialog::invalidate);
    connect(m_date, &QDateEdit::dateChanged, this, &StratifyDialog::invalidate);
    resize(720, 680);
}

StratifyDialog::~StratifyDialog() = default;

// A path with its Browse… button; `row` receives the row's widget.
// A file's field and its Browse… button, the row given back for the form.
QLineEdit* StratifyDialog::pathField(const char* name, const QString& accessible, QWidget** row)
{
    const FileField field = fileField(this, name, accessible);
    *row = field.row;
    return field.edit;
}

QWidget* StratifyDialog::rasterPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    QWidget* row = nullptr;
    m_raster = pathField("ageRaster", tr("Stand-age raster"), &row);
    form->addRow(tr("Stand-&age raster:"), row);
    m_speciesRaster =
        pathField("speciesRaster", tr("Species-group raster (optional, same grid)"), &row);
    form->addRow(tr("Species-group raster:"), row);
    m_originRaster = pathField("originRaster", tr("Origin raster (optional, same grid)"), &row);
    form->addRow(tr("Origin raster:"), row);
    m_species = new QComboBox;
    m_species->setObjectName(QStringLiteral("ageGroupSpecies"));
    m_species->setAccessibleName(tr("Species group of the age-group table"));
    m_species->setEditable(true);
    m_species->setCurrentText(QStringLiteral("杉木"));
    // The shipped table is read (GDAL, from a resource) as a job: not on the GUI thread.
    auto* species = new workflow::JobRunner(this);
    species->start<std::vector<std::string>>(
        [](workflow::JobContext&) { return workflow::shippedAgeGroupSpecies(); }, this,
        [this](const core::Result<std::vector<std::string>>& names) {
            if (!names)
                return;
            const QString typed = m_species->currentText();
            for (const std::string& name : *names)
                m_species->addItem(QString::fromStdString(name));
            m_species->setCurrentText(typed);
        });
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("ageGroupRegion"));
    m_region->setAccessibleName(tr("Region of the age-group table"));
    m_region->addItem(tr("South"), QStringLiteral("south"));
    m_region->addItem(tr("North"), QStringLiteral("north"));
    m_origin = new QComboBox;
    m_origin->setObjectName(QStringLiteral("ageGroupOrigin"));
    m_origin->setAccessibleName(tr("Origin of the stands"));
    m_origin->addItem(tr("Planted"), QStringLiteral("planted"));
    m_origin->addItem(tr("Natural"), QStringLiteral("natural"));
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_species, 1);
    tableRow->addWidget(m_region);
    tableRow->addWidget(m_origin);
    form->addRow(tr("Age-group table row:"), tableRow);
    m_rollForward = new QCheckBox(tr("Ages refer to the year"));
    m_rollForward->setObjectName(QStringLiteral("rollForward"));
    m_rollForward->setAccessibleName(tr("Roll the ages forward from their base year"));
    m_baseYear = new QSpinBox;
    m_baseYear->setObjectName(QStringLiteral("baseYear"));
    m_baseYear->setAccessibleName(tr("Base year of the ages"));
    m_baseYear->setRange(1900, 2100);
    m_baseYear->setValue(QDate::currentDate().year() - 5);
    m_baseYear->setEnabled(false);
    connect(m_rollForward, &QCheckBox::toggled, m_baseYear, &QWidget::setEnabled);
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("monitoringDate"));
    m_date->setAccessibleName(tr("Monitoring date"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    auto* ages = new QHBoxLayout;
    ages->addWidget(m_rollForward);
    ages->addWidget(m_baseYear);
    ages->addWidget(new QLabel(tr("rolled forward to")));
    ages->addWidget(m_date, 1);
    form->addRow(tr("Ages:"), ages);
    auto* mapping = new QHBoxLayout;
    const std::pair<QLineEdit**, std::pair<const char*, QString>> strata[] = {
        {&m_young, {"1", tr("young")}},
        {&m_middle, {"2", tr("middle")}},
        {&m_mature, {"3,4,5", tr("mature")}}};
    for (const auto& [edit, spec] : strata) {
        *edit = new QLineEdit(QLatin1String(spec.first));
        (*edit)->setAccessibleName(tr("Age groups of the %1 stratum").arg(spec.second));
        mapping->addWidget(new QLabel(spec.second));
        mapping->addWidget(*edit, 1);
    }
    m_young->setObjectName(QStringLiteral("mappingYoung"));
    m_middle->setObjectName(QStringLiteral("mappingMiddle"));
    m_mature->setObjectName(QStringLiteral("mappingMature"));
    form->addRow(tr("Age groups (1 幼 … 5 过熟):"), mapping);
    return page;
}

QWidget* StratifyDialog::standsPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    QWidget* row = nullptr;
    m_stands = pathField("standPolygons", tr("Stand polygons (Shapefile, GeoPackage)"), &row);
    form->addRow(tr("Stand &polygons:"), row);
    m_rules = pathField("standRules", tr("Stratum rules (JSON)"), &row);
    form->addRow(tr("Stratum &rules:"), row);
    return page;
}

workflow::StratifyRequest StratifyDialog::request() const
{
    workflow::StratifyRequest r;
    r.name = text(m_name);
    if (m_kind->currentIndex() == 1) {
        r.areas.stands = text(m_stands);
        r.areas.strata = {workflow::StrataMethod::Stands, text(m_rules), std::nullopt};
        return r;
    }
    workflow::AgeGroupChoice ages;
    ages.speciesGroup = m_species->currentText().trimmed().toStdString();
    ages.region = m_region->currentData().toString().toStdString();
    ages.origin = m_origin->currentData().toString().toStdString();
    if (m_rollForward->isChecked()) {
        ages.baseYear = m_baseYear->value();
        ages.date = m_date->date().toString(Qt::ISODate).toStdString();
    }
    ages.mapping =
        "young=" + text(m_young) + ";middle=" + text(m_middle) + ";mature=" + text(m_mature);
    ages.speciesRaster = text(m_speciesRaster);
    ages.originRaster = text(m_originRaster);
    r.areas.raster = text(m_raster);
    r.areas.strata = {workflow::StrataMethod::AgeGroups, {}, ages};
    return r;
}

bool StratifyDialog::previewRunning() const
{
    return m_runner->isRunning();
}

void StratifyDialog::invalidate()
{
    m_apply->setEnabled(false);
    m_areas->setRowCount(0);
    if (!previewRunning())
        m_summary->setText(tr("Preview the areas to see them before anything is recorded."));
}

void StratifyDialog::preview()
{
    if (previewRunning())
        return;
    invalidate();
    m_preview->setEnabled(false);
    m_cancel->setVisible(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Reading the layers…"));
    const workflow::AreasRequest areas = request().areas;
    // Through the project: the areas are those recording them will give (its age screening).
    m_runner->start<workflow::AreasResult>(
        onProject<workflow::AreasResult>(
            m_project.toStdString(),
            [areas](workflow::ProjectService& project, workflow::JobContext& context) {
                return project.previewAreas(areas, context);
            }),
        this, [this](const core::Result<workflow::AreasResult>& result) { showAreas(result); });
}

void StratifyDialog::showProgress(const workflow::Progress& progress)
{
    if (progress.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * progress.done / progress.total));
    }
    m_progress->setFormat(phaseText(progress.phase) + QStringLiteral(" %p%"));
}

void StratifyDialog::showAreas(const core::Result<workflow::AreasResult>& result)
{
    m_preview->setEnabled(true);
    m_cancel->setVisible(false);
    m_progress->setVisible(false);
    if (!result) {
        m_summary->setText(
            result.error().code == core::ErrorCode::Cancelled
                ? tr("The preview was cancelled; nothing was recorded.")
                : tr("The areas could not be computed: %1").arg(errorText(result.error())));
        emit previewFinished(false);
        return;
    }
    const QLocale locale;
    const workflow::AreasResult& a = *result;
    m_areas->setRowCount(int(a.strata.size()));
    for (int r = 0; r < int(a.strata.size()); ++r) {
        const workflow::StratumAreaRow& s = a.strata[std::size_t(r)];
        const QStringList values{QString::fromStdString(s.stratum),
                                 locale.toString(s.area.value(), 'f', 2),
                                 locale.toString(core::toMu(s.area).value(), 'f', 1),
                                 locale.toString(qlonglong(s.units))};
        for (int c = 0; c < values.size(); ++c)
            m_areas->setItem(r, c, readOnlyCell(values[c], c > 0));
    }
    QString summary =
        tr("%1 ha (%2 mu) in %n stratum(s); CRS %3; area by %4.", nullptr, int(a.strata.size()))
            .arg(locale.toString(a.total.value(), 'f', 2),
                 locale.toString(core::toMu(a.total).value(), 'f', 1),
                 QString::fromStdString(a.crsName), QString::fromStdString(a.areaMethod));
    if (a.unclassified > 0)
        summary += QLatin1Char(' ') + tr("⚠ %1 ha not in any stratum (%2 pixels or stands).")
                                          .arg(locale.toString(a.unclassifiedArea.value(), 'f', 2),
                                               locale.toString(qlonglong(a.unclassified)));
    if (a.noDataPixels > 0)
        summary += QLatin1Char(' ') +
                   tr("%1 ha of nodata.").arg(locale.toString(a.noDataArea.value(), 'f', 2));
    for (const workflow::Notice& n : m_runner->notices())
        summary += QLatin1Char('\n') + QStringLiteral("⚠ ") + noticeText(n);
    m_summary->setText(summary);
    m_apply->setEnabled(!a.strata.empty());
    emit previewFinished(true);
}

} // namespace tanhui::ui
