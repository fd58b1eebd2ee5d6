// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The stratify dialog, driven as a person would: pick the demo's age raster and the 龄组 row,
// preview the areas (a job with progress and Cancel), see a grid mismatch as the workflow
// reports it, record the strata.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "tanhui/gis/rasterinfo.h"
#include "tanhui/workflow/jobrunner.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "projectmodel.h"
#include "stratifydialog.h"
#include "testutil.h"
#include "windowtest.h"

using namespace tanhui::ui;

class TestStratifyDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void previewsTheAreasBeforeRecording();
    void showsWhatTheWorkflowReports();
    void cancelsABigPreview();
    void screenshotInChinese();

private:
    StratifyDialog* openDialog();
    static QString demoFile(const char* name)
    {
        return tanhui::test::demoFarmFile(QLatin1String(name));
    }
    static void setText(QWidget* dialog, const char* field, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
        QVERIFY2(edit, field);
        edit->setText(text);
    }
    static QString screenshots() { return qEnvironmentVariable("TANHUI_SCREENSHOTS"); }
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestStratifyDialog::initTestCase()
{
    tanhui::test::startWindowTests();
    m_languages.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages);
    m_window->show();
    tanhui::test::openDemoCopy(*m_window, m_dir.filePath(QStringLiteral("strata.tanhui")));
}

StratifyDialog* TestStratifyDialog::openDialog()
{
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("projectTree"));
    tree->setCurrentIndex(m_window->projectModel()->itemIndex(ProjectModel::Periods, 1));
    m_window->findChild<QAction*>(QStringLiteral("stratifyAction"))->trigger();
    auto* dialog = m_window->findChild<StratifyDialog*>(QStringLiteral("stratifyDialog"));
    if (dialog && dialog->isVisible())
        return dialog;
    qWarning("the stratify dialog did not open");
    return nullptr;
}

// The demo's ages (inventory of 2018) rolled forward to 2024-12-31 (the end of period 2024,
// offered as the monitoring date) by the 杉木 south/planted row: the areas the demo recorded
// as age-groups-2024, in ha and mu (15 mu = 1 ha).
void TestStratifyDialog::previewsTheAreasBeforeRecording()
{
    StratifyDialog* dialog = openDialog();
    QVERIFY(dialog);
    for (QWidget* w : dialog->findChildren<QWidget*>())
        if (qobject_cast<QAbstractSpinBox*>(w->parent()) || qobject_cast<QComboBox*>(w->parent()))
            continue; // the line edit inside a spin box or an editable combo box
        else if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                 qobject_cast<QSpinBox*>(w) || qobject_cast<QCheckBox*>(w) ||
                 qobject_cast<QTableWidget*>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    QCOMPARE(dialog->findChild<QDateEdit*>(QStringLiteral("monitoringDate"))->date(),
             QDate(2024, 12, 31));
    // The shipped table's species arrive from a job; the group offered stays 杉木.
    auto* species = dialog->findChild<QComboBox*>(QStringLiteral("ageGroupSpecies"));
    QTRY_COMPARE(species->count(), 45);
    QCOMPARE(species->currentText(), QStringLiteral("杉木"));
    setText(dialog, "ageRaster", demoFile("stands_age.tif"));
    dialog->findChild<QCheckBox*>(QStringLiteral("rollForward"))->click();
    dialog->findChild<QSpinBox*>(QStringLiteral("baseYear"))->setValue(2018);
    setText(dialog, "stratificationName", QStringLiteral("window-2024"));
    auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyStrataButton"));
    QVERIFY(!apply->isEnabled()); // nothing recorded before a preview
    QSignalSpy finished(dialog, &StratifyDialog::previewFinished);
    auto* runner = dialog->findChild<tanhui::workflow::JobRunner*>(QStringLiteral("previewRunner"));
    QVERIFY(runner);
    QSignalSpy progress(runner, &tanhui::workflow::JobRunner::progressChanged);
    dialog->findChild<QPushButton*>(QStringLiteral("previewButton"))->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(progress.count() > 0);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("previewTable"));
    QCOMPARE(table->rowCount(), 3);
    const tanhui::workflow::StratificationInfo* demo = nullptr;
    for (const auto& s : m_window->projectModel()->overview().stratifications)
        if (s.name == "age-groups-2024")
            demo = &s;
    QVERIFY(demo);
    const QStringList expected{QStringLiteral("young"), QStringLiteral("70.23"),
                               QStringLiteral("1,053.5")};
    for (int c = 0; c < 3; ++c)
        QCOMPARE(table->item(0, c)->text(), expected[c]);
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("334.46"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("previewSummary"))
                ->text()
                .contains(QLocale().toString(demo->total.value(), 'f', 2)));
    QVERIFY(apply->isEnabled());
    if (!screenshots().isEmpty())
        QVERIFY(dialog->grab().save(screenshots() + QStringLiteral("/stratify-preview-en.png")));
    // Changing the mapping makes the preview stale: it must be previewed again.
    setText(dialog, "mappingMature", QStringLiteral("3,4"));
    QVERIFY(!apply->isEnabled());
    QCOMPARE(table->rowCount(), 0);
    setText(dialog, "mappingMature", QStringLiteral("3,4,5"));
    dialog->preview();
    QVERIFY(finished.wait(60000));
    const double total = demo->total.value(); // the overview is read again below
    QSignalSpy done(m_window.get(), &MainWindow::periodJobDone);
    QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
    apply->click();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, 30000);
    bool recorded = false;
    for (const auto& s : m_window->projectModel()->overview().stratifications)
        recorded =
            recorded || (s.name == "window-2024" && s.strata == 3 && s.total.value() == total);
    QVERIFY(recorded);
}

// A species-group raster on another grid: the workflow's refusal is shown, nothing recorded.
void TestStratifyDialog::showsWhatTheWorkflowReports()
{
    const QString other =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    if (!QFile::exists(other))
        QSKIP("shared/data/real is not available");
    StratifyDialog* dialog = openDialog();
    QVERIFY(dialog);
    setText(dialog, "ageRaster", demoFile("stands_age.tif"));
    setText(dialog, "speciesRaster", other);
    QSignalSpy finished(dialog, &StratifyDialog::previewFinished);
    dialog->preview();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString summary = dialog->findChild<QLabel*>(QStringLiteral("previewSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("augusta_nlcd.tif")), qPrintable(summary));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("applyStrataButton"))->isEnabled());
    dialog->close();
}

void TestStratifyDialog::cancelsABigPreview()
{
    const std::string raster = m_dir.filePath(QStringLiteral("big.tif")).toStdString();
    const int size = 8192;
    std::vector<std::uint8_t> cells(std::size_t(size) * size);
    for (std::size_t i = 0; i < cells.size(); ++i)
        cells[i] = std::uint8_t(1 + (i / 97) % 40);
    QVERIFY(tanhui::gis::writeByteRaster(raster, size, size, {500000, 1, 0, 3000000, 0, -1},
                                         "EPSG:4527", 0, cells));
    StratifyDialog* dialog = openDialog();
    QVERIFY(dialog);
    setText(dialog, "ageRaster", QString::fromStdString(raster));
    QSignalSpy finished(dialog, &StratifyDialog::previewFinished);
    dialog->preview();
    QVERIFY(dialog->previewRunning());
    auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelPreviewButton"));
    QVERIFY(cancel->isVisible());
    cancel->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("previewSummary"))
                ->text()
                .contains(QStringLiteral("cancelled")));
    QVERIFY(!dialog->previewRunning());
    dialog->close();
}

// With TANHUI_SCREENSHOTS=DIR: the preview in Chinese, to be looked at.
void TestStratifyDialog::screenshotInChinese()
{
    if (screenshots().isEmpty())
        QSKIP("TANHUI_SCREENSHOTS is not set");
    m_languages.apply(QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    StratifyDialog* dialog = openDialog();
    QVERIFY(dialog);
    setText(dialog, "ageRaster", demoFile("stands_age.tif"));
    dialog->findChild<QCheckBox*>(QStringLiteral("rollForward"))->click();
    dialog->findChild<QSpinBox*>(QStringLiteral("baseYear"))->setValue(2018);
    QSignalSpy finished(dialog, &StratifyDialog::previewFinished);
    dialog->preview();
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog->grab().save(screenshots() + QStringLiteral("/stratify-preview-zh_CN.png")));
    dialog->close();
    m_languages.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
}

QTEST_MAIN(TestStratifyDialog)
#include "tst_stratifydialog.moc"
