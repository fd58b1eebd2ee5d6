// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "importwizard.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <functional>

#include "tanhui/core/csv.h"
#include "tanhui/workflow/jobrunner.h"
#include "tanhui/workflow/projectservice.h"

#include "errortext.h"
#include "filefield.h"
#include "noticetext.h"
#include "projectjob.h"
#include "tablepage.h"

namespace tanhui::ui {

namespace {

// A page whose completeness a function decides.
class CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete)
        : m_complete(std::move(complete))
    {}
    using QWizardPage::registerField;
    bool isComplete() const override { return m_complete(); }
    void initializePage() override
    {
        if (onShow)
            onShow();
    }
    std::function<void()> onShow;

private:
    std::function<bool()> m_complete;
};

QString csvCell(const std::string& text)
{
    return QString::fromStdString(core::spreadsheetTextField(text));
}

} // namespace

ImportWizard::ImportWizard(const QString& project, const QStringList& periods,
                           const QStringList& stratifications, const QString& layerCrs,
                           QWidget* parent)
    : QWizard(parent)
    , m_project(project)
    , m_runner(new workflow::JobRunner(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import field data"));
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(filesPage(periods, stratifications));
    m_plots = new TablePage(workflow::FieldTable::Plots, QStringLiteral("plotsFile"));
    m_trees = new TablePage(workflow::FieldTable::Trees, QStringLiteral("treesFile"));
    addPage(m_plots);
    addPage(m_trees);
    addPage(checkPage());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    connect(m_runner, &workflow::JobRunner::progressChanged, this,
            [this](const workflow::Progress& p) {
                if (p.total > 0) {
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(int(1000 * p.done / p.total));
                }
                m_progress->setFormat(phaseText(p.phase) + QStringLiteral(" %p%"));
            });
    // The CRS list comes from PROJ's database: read once, off the GUI thread.
    auto* catalogue = new workflow::JobRunner(this);
    catalogue->start<std::vector<workflow::CrsInfo>>(
        [](workflow::JobContext&) -> core::Result<std::vector<workflow::CrsInfo>> {
            return workflow::surveyCrs();
        },
        this,
        [this, layerCrs](const core::Result<std::vector<workflow::CrsInfo>>& crs) {
            if (crs)
                m_plots->setCrsCatalogue(*crs, layerCrs);
        });
    resize(900, 700);
}

QWizardPage* ImportWizard::filesPage(const QStringList& periods, const QStringList& stratifications)
{
    auto* page = new CheckedPage([this] {
        return m_period->count() > 0 &&
               !field(QStringLiteral("plotsFile")).toString().trimmed().isEmpty() &&
               !field(QStringLiteral("treesFile")).toString().trimmed().isEmpty();
    });
    page->setObjectName(QStringLiteral("filesPage"));
    page->setTitle(tr("Files"));
    page->setSubTitle(tr("The plot table and the tree tally of one monitoring period: CSV, XLSX, "
                         "Shapefile or GeoPackage. Nothing is written until the check has found "
                         "no problem."));
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("importPeriod"));
    m_period->setAccessibleName(tr("Monitoring period to import into"));
    m_period->addItems(periods);
    m_period->setCurrentIndex(int(periods.size()) - 1);
    m_placeOn = new QComboBox;
    m_placeOn->setObjectName(QStringLiteral("placeOn"));
    m_placeOn->setAccessibleName(tr("Place the plots in strata by their coordinates on"));
    m_placeOn->addItem(tr("No: keep the strata the plot table records"), QString());
    for (const QString& s : stratifications)
        m_placeOn->addItem(s, s);
    // The latest strata, by default: a verifier checks each plot's stratum against the map.
    m_placeOn->setCurrentIndex(m_placeOn->count() - 1);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Period:"), m_period);
    const std::pair<const char*, QString> files[] = {{"plotsFile", tr("Plot table")},
                                                     {"treesFile", tr("Tree tally")}};
    for (const auto& [name, label] : files) {
        const FileField field = fileField(
            this, name, label, tr("Tables (*.csv *.txt *.xlsx *.ods *.shp *.gpkg);;All files (*)"));
        QLineEdit* edit = field.edit;
        form->addRow(label + QLatin1Char(':'), field.row);
        page->registerField(QLatin1String(name), edit);
        connect(edit, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    }
    form->addRow(tr("Place plots by &location on:"), m_placeOn);
    return page;
}

QWizardPage* ImportWizard::checkPage()
{
    auto* page = new CheckedPage([this] { return m_clean && !m_runner->isRunning(); });
    page->setObjectName(QStringLiteral("checkPage"));
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every row is checked as the import checks it; nothing is written."));
    page->setFinalPage(true);
    page->onShow = [this] {
        check();
    };
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setAccessibleName(tr("Progress of the check"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("checkResult"));
    m_result->setWordWrap(true);
    m_problems = new QTableWidget(0, 4);
    m_problems->setObjectName(QStringLiteral("problemTable"));
    m_problems->setAccessibleName(tr("Problems found, by file, row and column"));
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_export = new QPushButton(tr("E&xport the problems as CSV…"));
    m_export->setObjectName(QStringLiteral("exportProblemsButton"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Export the problems"), {}, tr("CSV (*.csv)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString& path) { exportProblems(path); });
        dialog->open();
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_export, 0, Qt::AlignRight);
    m_checkPage = page;
    return page;
}

workflow::ImportRequest ImportWizard::request() const
{
    workflow::ImportRequest r;
    r.period = m_period->currentText().toStdString();
    r.plots = field(QStringLiteral("plotsFile")).toString().trimmed().toStdString();
    r.trees = field(QStringLiteral("treesFile")).toString().trimmed().toStdString();
    r.plotsReading = m_plots->reading();
    r.treesReading = m_trees->reading();
    r.placeOn = m_placeOn->currentData().toString().toStdString();
    // The map reads the file's own columns, decoded as the plots page says; the CRS is
    // recorded with the plots, placed or not.
    r.placeColumns.x = m_plots->column("easting");
    r.placeColumns.y = m_plots->column("northing");
    r.placeColumns.crs = m_plots->crs();
    r.placeColumns.encoding = r.plotsReading.encoding;
    return r;
}

void ImportWizard::check()
{
    if (m_runner->isRunning())
        return;
    m_clean = false;
    m_found.clear();
    m_problems->setRowCount(0);
    m_export->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_result->setText(tr("Checking…"));
    workflow::ImportRequest r = request();
    r.checkOnly = true;
    m_runner->start<workflow::ImportSummary>(
        onProject<workflow::ImportSummary>(
            m_project.toStdString(),
            [r](workflow::ProjectService& project, workflow::JobContext& context) {
                return project.importFieldData(r, context);
            }),
        this, [this](const core::Result<workflow::ImportSummary>& s) { showCheck(s); });
    emit m_checkPage->completeChanged();
}

void ImportWizard::showCheck(const core::Result<workflow::ImportSummary>& summary)
{
    m_progress->setVisible(false);
    const QLocale locale;
    if (!summary) {
        m_found = {summary.error()};
        m_result->setText(tr("The files cannot be imported: %1").arg(errorText(summary.error())));
    } else if (!summary->problems.empty()) {
        m_found = summary->problems;
        const qint64 all = qint64(summary->problems.size()) + summary->unlistedProblems;
        m_result->setText(
            tr("%n problem(s) found; nothing was written. Correct the files and check again.",
               nullptr, int(all)));
    } else {
        m_clean = true;
        QString text =
            tr("No problem found: %1 plots and %2 trees will be imported into "
               "period %3.")
                .arg(locale.toString(qlonglong(summary->plots)),
                     locale.toString(qlonglong(summary->trees)), m_period->currentText());
        if (!m_placeOn->currentData().toString().isEmpty())
            text += QLatin1Char('\n') +
                    tr("On the map of %1: %2 plots placed by location; %3 recorded strata "
                       "differ from the map's (kept, flagged); %4 plots in no stratum.")
                        .arg(m_placeOn->currentText())
                        .arg(summary->placedByLocation)
                        .arg(summary->disagreements)
                        .arg(summary->outsideStrata);
        m_result->setText(text);
    }
    m_problems->setRowCount(int(m_found.size()));
    for (int r = 0; r < int(m_found.size()); ++r) {
        const core::Error& e = m_found[std::size_t(r)];
        // What is wrong, without the location the other columns give.
        const core::Error what{e.code, e.detail, {}, 0, {}};
        const QStringList cells{QFileInfo(QString::fromStdString(e.file)).fileName(),
                                e.row > 0 ? locale.toString(qlonglong(e.row)) : QString(),
                                QString::fromStdString(e.column), errorText(what)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 0 ? QString::fromStdString(e.file) : cells[c]);
            m_problems->setItem(r, c, item);
        }
    }
    m_export->setEnabled(!m_found.empty());
    emit m_checkPage->completeChanged();
    emit checked(m_clean, int(m_found.size()));
}

void ImportWizard::exportProblems(const QString& path)
{
    QString text = QStringLiteral("file,row,column,problem\n");
    for (const core::Error& e : m_found)
        text += csvCell(e.file) + QLatin1Char(',') +
                (e.row > 0 ? QString::number(e.row) : QString()) + QLatin1Char(',') +
                csvCell(e.column) + QLatin1Char(',') +
                csvCell(errorText({e.code, e.detail, {}, 0, {}}).toStdString()) + QLatin1Char('\n');
    auto* writer = new workflow::JobRunner(this);
    writer->start<bool>(
        [path, bytes = text.toUtf8()](workflow::JobContext&) -> core::Result<bool> {
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
                !out.commit())
                return core::Error{core::ErrorCode::FileUnreadable,
                                   out.errorString().toStdString(),
                                   path.toStdString(),
                                   0,
                                   {}};
            return true;
        },
        this,
        [this, writer, path](const core::Result<bool>& written) {
            writer->deleteLater();
            if (!written) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Export the problems"),
                                            tr("The problems could not be written to %1.")
                                                .arg(QDir::toNativeSeparators(path)),
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("exportFailedDialog"));
                box->setInformativeText(errorText(written.error()));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            emit problemsExported(bool(written), path);
        });
}

void ImportWizard::accept()
{
    const workflow::ImportRequest r = request();
    QWizard::accept();
    emit importRequested(r);
}

} // namespace tanhui::ui
