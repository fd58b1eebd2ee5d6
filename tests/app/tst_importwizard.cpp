// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The import wizard, driven as a person would: a GB18030 plot table whose X is the northing,
// a tally with a column no reader knows and a bad row; every problem listed before anything
// is written, exported as CSV; then the corrected tally imported.
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "tanhui/workflow/projectservice.h"

#include "importwizard.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "projectmodel.h"
#include "tablepage.h"
#include "testutil.h"
#include "windowtest.h"

using namespace tanhui::ui;

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsEveryProblemThenImports();
    void placesPlotsByLocation();
    void screenshotsInChinese();

private:
    ImportWizard* openWizard();
    /// Through the files, plots and trees pages to the check's result.
    void runToCheck(ImportWizard* wizard, bool shots, const QString& language);
    static void choose(QWidget* page, const char* combo, const QString& data)
    {
        auto* box = page->findChild<QComboBox*>(QLatin1String(combo));
        QVERIFY2(box && !box->accessibleName().isEmpty(), combo);
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        box->setCurrentIndex(index);
    }
    static void shoot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("TANHUI_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        return tanhui::test::writeFile(QDir(m_dir.path()), name, bytes);
    }
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    QString m_plots, m_trees;
};

void TestImportWizard::initTestCase()
{
    tanhui::test::startWindowTests();
    m_languages.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages);
    m_window->show();
    const QString copy = m_dir.filePath(QStringLiteral("import.tanhui"));
    tanhui::test::openDemoCopy(*m_window, copy);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(tanhui::workflow::ProjectService::open(copy.toStdString())
                ->addPeriod("2027", "2025-01-01", "2027-12-31"));
    QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
    m_window->openProject(copy);
    QVERIFY(opened.wait(60000));
    // 样地号,area_m2,X,Y in GB18030; X holds the northings, Y the eastings of zone 39.
    m_plots = write(QStringLiteral("plots_2027.csv"), "\xd1\xf9\xb5\xd8\xba\xc5,area_m2,X,Y\n"
                                                      "P1,667,3020100.5,39512000.2\n"
                                                      "P2,667,3020300.0,39512400.0\n"
                                                      "P3,667,3020500.0,39512800.0\n");
    m_trees = write(QStringLiteral("trees_2027.csv"), "样地号,树种,DBH(cm),树高\n"
                                                      "P1,杉木,12.5,9\nP2,杉木,abc,10\n"
                                                      "P3,杉木,15,11\n");
}

ImportWizard* TestImportWizard::openWizard()
{
    m_window->findChild<QAction*>(QStringLiteral("importAction"))->trigger();
    return m_window->findChild<ImportWizard*>(QStringLiteral("importWizard"));
}

void TestImportWizard::runToCheck(ImportWizard* wizard, bool shots, const QString& language)
{
    QVERIFY(wizard && wizard->isVisible());
    // The last draft period is offered (the screenshots' run imports into 2030).
    auto* period = wizard->findChild<QComboBox*>(QStringLiteral("importPeriod"));
    if (language == QLatin1String("en"))
        QCOMPARE(period->currentText(), QStringLiteral("2027"));
    else
        period->setCurrentText(QStringLiteral("2030"));
    wizard->findChild<QLineEdit*>(QStringLiteral("plotsFile"))->setText(m_plots);
    wizard->findChild<QLineEdit*>(QStringLiteral("treesFile"))->setText(m_trees);
    // Plots are placed on the latest strata unless told otherwise; these three lie off the
    // demo's map, so their recorded strata are kept.
    auto* placeOn = wizard->findChild<QComboBox*>(QStringLiteral("placeOn"));
    QCOMPARE(placeOn->currentData().toString(), QStringLiteral("age-groups-2024"));
    choose(wizard, "placeOn", QString());
    auto* plots = wizard->findChild<TablePage*>(QStringLiteral("plotsPage"));
    QSignalSpy plotsShown(plots, &TablePage::previewShown);
    wizard->next();
    QVERIFY(plotsShown.wait(30000));
    QCOMPARE(plotsShown.at(0).at(0).toBool(), true);
    QVERIFY(plots->findChild<QLabel*>(QStringLiteral("previewStatus"))
                ->text()
                .contains(QStringLiteral("GB18030")));
    QCOMPARE(plots->column("plot_id"), std::string("样地号"));
    QCOMPARE(plots->column("easting"), std::string("X")); // the header's guess
    QTRY_VERIFY_WITH_TIMEOUT(plots->findChild<QComboBox*>(QStringLiteral("crs"))
                                     ->findData(QStringLiteral("EPSG:4527")) >= 0,
                             30000); // the CRS list, read as a job
    // The stand raster's CRS is offered, and said to be the raster's.
    QTRY_COMPARE(plots->crs(), std::string("EPSG:4527"));
    auto* note = plots->findChild<QLabel*>(QStringLiteral("crsNote"));
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(QStringLiteral("EPSG:4527")));
    choose(plots, "crs", QStringLiteral("EPSG:4490")); // another: no longer the raster's
    QVERIFY(note->isHidden());
    choose(plots, "crs", QStringLiteral("EPSG:4527"));
    auto* warnings = plots->findChild<QLabel*>(QStringLiteral("coordinateWarnings"));
    QVERIFY(!warnings->text().isEmpty()); // X holds northings: swap them
    if (shots)
        shoot(wizard, QStringLiteral("import-plots-") + language);
    choose(plots, "column_easting", QStringLiteral("Y"));
    choose(plots, "column_northing", QStringLiteral("X"));
    QCOMPARE(warnings->text(), QString());
    // Read as UTF-8, the Chinese header is no longer 样地号: the page cannot go on.
    choose(plots, "encoding", QString::number(int(tanhui::core::TextEncoding::Utf8)));
    QVERIFY(plotsShown.wait(30000));
    QVERIFY(plots->column("plot_id").empty());
    QVERIFY(!plots->isComplete());
    choose(plots, "encoding", QString::number(int(tanhui::core::TextEncoding::Detect)));
    QVERIFY(plotsShown.wait(30000));
    choose(plots, "column_easting", QStringLiteral("Y"));
    choose(plots, "column_northing", QStringLiteral("X"));
    QVERIFY(plots->isComplete());
    auto* trees = wizard->findChild<TablePage*>(QStringLiteral("treesPage"));
    QSignalSpy treesShown(trees, &TablePage::previewShown);
    wizard->next();
    QVERIFY(treesShown.wait(30000));
    QVERIFY(!trees->isComplete()); // DBH(cm) is no name a reader knows
    choose(trees, "column_dbh", QStringLiteral("DBH(cm)"));
    QVERIFY(trees->isComplete());
    QSignalSpy checked(wizard, &ImportWizard::checked);
    wizard->next();
    QVERIFY(checked.wait(60000));
}

void TestImportWizard::listsEveryProblemThenImports()
{
    ImportWizard* wizard = openWizard();
    runToCheck(wizard, true, QStringLiteral("en"));
    auto* problems = wizard->findChild<QTableWidget*>(QStringLiteral("problemTable"));
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("trees_2027.csv"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("3"));
    QCOMPARE(problems->item(0, 2)->text(), QStringLiteral("DBH(cm)")); // the file's name
    QVERIFY(problems->item(0, 3)->text().contains(QStringLiteral("abc")));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    shoot(wizard, QStringLiteral("import-problems-en"));
    const QString csv = m_dir.filePath(QStringLiteral("problems.csv"));
    QSignalSpy exportedSpy(wizard, &ImportWizard::problemsExported);
    // Into a folder that does not exist: a dialog says so, nothing is left behind.
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/problems.csv"));
    wizard->exportProblems(nowhere);
    QVERIFY(exportedSpy.wait(30000));
    QCOMPARE(exportedSpy.at(0).at(0).toBool(), false);
    auto* failed = wizard->findChild<QMessageBox*>(QStringLiteral("exportFailedDialog"));
    QVERIFY(failed && failed->text().contains(QStringLiteral("no-such-folder")));
    failed->close();
    QVERIFY(!QFile::exists(nowhere));
    wizard->exportProblems(csv);
    QVERIFY(exportedSpy.wait(30000));
    QCOMPARE(exportedSpy.at(1).at(0).toBool(), true);
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    QVERIFY(text.startsWith(QStringLiteral("file,row,column,problem\n")));
    QVERIFY(text.contains(QStringLiteral(",3,DBH(cm),")));
    // Nothing was written by the check.
    QCOMPARE(m_window->projectModel()->overview().periods.back().plots.size(), std::size_t(0));
    // The tally corrected, checked again, imported.
    write(QStringLiteral("trees_2027.csv"), "样地号,树种,DBH(cm),树高\n"
                                            "P1,杉木,12.5,9\nP2,杉木,13,10\nP3,杉木,15,11\n");
    QSignalSpy checked(wizard, &ImportWizard::checked);
    wizard->check();
    QVERIFY(checked.wait(60000));
    QCOMPARE(checked.at(0).at(0).toBool(), true);
    QCOMPARE(problems->rowCount(), 0);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QSignalSpy done(m_window.get(), &MainWindow::periodJobDone);
    QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, 30000);
    const auto& period = m_window->projectModel()->overview().periods.back();
    QCOMPARE(period.period.label, std::string("2027"));
    QCOMPARE(period.plots.size(), std::size_t(3));
}

// The demo's 2024 plots without their stratum column, placed on the map age-groups-2024 was
// drawn from: all 30 placed, none outside, as the demo recorded them.
void TestImportWizard::placesPlotsByLocation()
{
    QFile demoPlots(tanhui::test::demoFarmFile(QStringLiteral("plots_2024.csv")));
    QVERIFY(demoPlots.open(QIODevice::ReadOnly));
    QByteArray plots;
    for (const QByteArray& line : demoPlots.readAll().split('\n'))
        if (!line.isEmpty()) {
            QList<QByteArray> cells = line.split(',');
            cells.removeAt(1); // stratum
            plots += cells.join(',') + '\n';
        }
    const QString plotsFile = write(QStringLiteral("plots_xy.csv"), plots);
    QVERIFY(tanhui::workflow::ProjectService::open(m_window->projectPath().toStdString())
                ->addPeriod("2033", "2031-01-01", "2033-12-31"));
    QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
    m_window->openProject(m_window->projectPath());
    QVERIFY(opened.wait(60000));
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    wizard->findChild<QComboBox*>(QStringLiteral("importPeriod"))
        ->setCurrentText(QStringLiteral("2033"));
    wizard->findChild<QLineEdit*>(QStringLiteral("plotsFile"))->setText(plotsFile);
    wizard->findChild<QLineEdit*>(QStringLiteral("treesFile"))
        ->setText(tanhui::test::demoFarmFile(QStringLiteral("trees_2024.csv")));
    choose(wizard, "placeOn", QStringLiteral("age-groups-2024"));
    auto* plotsPage = wizard->findChild<TablePage*>(QStringLiteral("plotsPage"));
    QSignalSpy plotsShown(plotsPage, &TablePage::previewShown);
    wizard->next();
    QVERIFY(plotsShown.wait(30000));
    QCOMPARE(plotsPage->column("easting"), std::string("x"));
    QTRY_VERIFY_WITH_TIMEOUT(plotsPage->findChild<QComboBox*>(QStringLiteral("crs"))
                                     ->findData(QStringLiteral("EPSG:4527")) >= 0,
                             30000);
    choose(plotsPage, "crs", QStringLiteral("EPSG:4527"));
    QCOMPARE(plotsPage->findChild<QLabel*>(QStringLiteral("coordinateWarnings"))->text(),
             QString());
    auto* treesPage = wizard->findChild<TablePage*>(QStringLiteral("treesPage"));
    QSignalSpy treesShown(treesPage, &TablePage::previewShown);
    wizard->next();
    QVERIFY(treesShown.wait(30000));
    QSignalSpy checked(wizard, &ImportWizard::checked);
    wizard->next();
    QVERIFY(checked.wait(60000));
    const QString result = wizard->findChild<QLabel*>(QStringLiteral("checkResult"))->text();
    QVERIFY2(checked.at(0).at(0).toBool(), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("30 plots placed by location")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("0 plots in no stratum")));
    wizard->reject();
}

// With TANHUI_SCREENSHOTS=DIR: the plots page and the problems in Chinese.
void TestImportWizard::screenshotsInChinese()
{
    if (qEnvironmentVariableIsEmpty("TANHUI_SCREENSHOTS"))
        QSKIP("TANHUI_SCREENSHOTS is not set");
    m_languages.apply(QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    QVERIFY(tanhui::workflow::ProjectService::open(m_window->projectPath().toStdString())
                ->addPeriod("2030", "2028-01-01", "2030-12-31"));
    QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
    m_window->openProject(m_window->projectPath());
    QVERIFY(opened.wait(60000));
    write(QStringLiteral("trees_2027.csv"), "样地号,树种,DBH(cm),树高\n"
                                            "P1,杉木,12.5,9\nP2,杉木,abc,10\nP3,杉木,-15,11\n");
    ImportWizard* wizard = openWizard();
    runToCheck(wizard, true, QStringLiteral("zh_CN"));
    shoot(wizard, QStringLiteral("import-problems-zh_CN"));
    wizard->reject();
    m_languages.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
