// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QAbstractItemModelTester>
#include <QAction>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "tanhui/core/sampleplan.h"
#include "tanhui/store/project.h"
#include "tanhui/workflow/receipt.h"

#include "auditlogdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "projectmodel.h"
#include "testutil.h"
#include "verifydialog.h"
#include "windowtest.h"

using namespace tanhui::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithMenusAndEmptyProject();
    void switchesLanguageLive();
    void opensTheDemoFarm();
    void explainsFilesThatCannotBeOpened();
    void createsAProject();
    void verifiesAndShowsWhatDiffers();
    void computesSealsAndRevisesAPeriod();
    void showsTheAuditLog();
    void sealsWithTheOrganisationsKey();
    void screenshots();

private:
    void showsThePeriodsResults(MainWindow& window);
    void showsTheParameterSet(MainWindow& window);
};

namespace {

// The explorer read again after a job (counted from `reads`), or the dialog that says why not.
#define WAIT_FOR_REREAD(window, opened, reads)                                                     \
    do {                                                                                           \
        QMessageBox* error = nullptr;                                                              \
        QTRY_VERIFY_WITH_TIMEOUT(                                                                  \
            (opened).count() > (reads) ||                                                          \
                (error = (window).findChild<QMessageBox*>(QStringLiteral("errorDialog"))),         \
            60000);                                                                                \
        if (error)                                                                                 \
            QFAIL(qPrintable(error->text() + QLatin1Char(' ') + error->informativeText()));        \
    } while (false)

} // namespace

void TestMainWindow::initTestCase()
{
    tanhui::test::startWindowTests();
}

void TestMainWindow::opensWithMenusAndEmptyProject()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Tanhui — forest carbon monitoring"));
    auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QVERIFY(window.findChild<QMenu*>(QStringLiteral("settingsMenu")));
    QVERIFY(window.findChild<QMenu*>(QStringLiteral("helpMenu")));
    // The start page: new, open, the demo, recent projects (none yet).
    auto* start = window.findChild<QWidget*>(QStringLiteral("startPage"));
    QVERIFY(start && start->isVisible());
    for (const char* name : {"newProjectButton", "openProjectButton", "openDemoButton"}) {
        auto* button = window.findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button && button->isVisible() && !button->accessibleName().isEmpty(), name);
    }
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 4);
    QCOMPARE(tree->model()->index(2, 0).data().toString(), QStringLiteral("Monitoring periods"));
    QAbstractItemModelTester tester(tree->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
}

// The demo forest farm, made through the workflow in the user's data folder and opened: the
// title names it, the explorer lists its layers, strata, periods (2021 sealed) and parameters,
// and selecting 2021 shows its stock per stratum.
void TestMainWindow::opensTheDemoFarm()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.findChild<QPushButton*>(QStringLiteral("openDemoButton"))->click();
    QVERIFY(window.isBusy());
    QVERIFY(opened.wait(60000));
    QVERIFY(!window.isBusy());
    ProjectModel* model = window.projectModel();
    QCOMPARE(window.windowTitle(),
             QString::fromStdString(model->overview().project.name) + QStringLiteral(" — Tanhui"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("示范林场")));
    // What making it noticed (its parameters not CONFIRMED) stays once it is open.
    auto* notices = window.findChild<QListWidget*>(QStringLiteral("noticesList"));
    QVERIFY(notices->count() >= 1);
    QVERIFY(notices->item(0)->text().contains(QStringLiteral("not CONFIRMED")));
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex periods = model->index(ProjectModel::Periods, 0);
    QCOMPARE(model->rowCount(periods), 2);
    const QModelIndex first = model->itemIndex(ProjectModel::Periods, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("2021"));
    QVERIFY(model->index(0, 1, periods).data().toString().contains(QStringLiteral("sealed")));
    QCOMPARE(model->index(0, 0, periods).data(Qt::ToolTipRole).toString().size(), 64);
    QVERIFY(model->rowCount(model->index(ProjectModel::Layers, 0)) >= 1);
    // A layer by its file's name; the path as recorded in its tool tip.
    const QModelIndex layer = model->itemIndex(ProjectModel::Layers, 0);
    QCOMPARE(layer.data().toString(), QStringLiteral("stands_age.tif"));
    QCOMPARE(layer.data(Qt::ToolTipRole).toString(),
             QString::fromStdString(model->overview().layers[0].path));
    // 2021 is sealed, 2024 computed: what is left is checking and sealing 2024.
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("projectInfo"))
                ->text()
                .contains(QStringLiteral("Next: select 2024 and check its results; Project ▸ Net "
                                         "removals… for its other terms, then Project ▸ Seal the "
                                         "period…")));
    QVERIFY(model->index(0, 1, model->index(ProjectModel::Layers, 0))
                .data()
                .toString()
                .endsWith(QStringLiteral("raster, age, EPSG:4527 — unchanged")));
    QVERIFY(model->rowCount(model->index(ProjectModel::Stratifications, 0)) >= 2);
    const QModelIndex strata = model->index(0, 1, model->index(ProjectModel::Stratifications, 0));
    QVERIFY(strata.data().toString().startsWith(QStringLiteral("by age group: 3 strata")));
    // The names the project stores are shown in the window's language.
    const QModelIndex layer0 = model->index(0, 1, model->index(ProjectModel::Layers, 0));
    languages.apply(QStringLiteral("zh_CN"));
    QTRY_VERIFY(layer0.data().toString().startsWith(QStringLiteral("栅格, 林龄, EPSG:4527")));
    QVERIFY(strata.data().toString().startsWith(QStringLiteral("按龄组")));
    languages.apply(QStringLiteral("en"));
    QTRY_VERIFY(layer0.data().toString().startsWith(QStringLiteral("raster, age")));
    const QModelIndex sets = model->index(ProjectModel::ParameterSets, 0);
    QVERIFY(model->rowCount(sets) >= 1);
    QVERIFY(model->index(0, 0, sets).data(ProjectModel::NotConfirmedRole).toBool());
    showsThePeriodsResults(window);
    if (QTest::currentTestFailed())
        return;
    showsTheParameterSet(window);
    if (QTest::currentTestFailed())
        return;
    // It is a recent project now, and opens again from the list.
    QCOMPARE(QSettings().value(QStringLiteral("recentProjects")).toStringList().value(0),
             window.projectPath());
}

// 2021 selected: its stock per stratum (table and chart with the same intervals), the stock
// over the periods with its band, and the plots still needed.
void TestMainWindow::showsThePeriodsResults(MainWindow& window)
{
    ProjectModel* model = window.projectModel();
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    tree->setCurrentIndex(model->itemIndex(ProjectModel::Periods, 0));
    auto* view = window.findChild<QWidget*>(QStringLiteral("periodView"));
    QVERIFY(view && view->isVisible());
    auto* table = window.findChild<QTableWidget*>(QStringLiteral("strataTable"));
    QVERIFY(table && table->rowCount() == 3);
    const auto& stock = *model->overview().periods[0].stock;
    QCOMPARE(table->item(0, 0)->text(), QString::fromStdString(stock.strata[0].stratum));
    QCOMPARE(table->item(0, 9)->text(), QLocale().toString(stock.strata[0].totalTco2e, 'f', 1));
    // 1 ha is 15 mu.
    QCOMPARE(table->item(0, 2)->text(),
             QLocale().toString(stock.strata[0].area.value() * 15.0, 'f', 1));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("periodStatus"))
                ->text()
                .contains(QString::fromStdString(model->overview().periods[0].period.sealDigest)));
    // The chart of the strata: bars of the means, whiskers mean ± t·SE; the mature stratum
    // has 13 plots, so t is t(0.95, 12) = 1.782287555649159 (R: qt(0.95, 12)).
    QChart* strata = window.findChild<QChartView*>(QStringLiteral("strataChart"))->chart();
    const auto* bars = qobject_cast<QBarSeries*>(strata->series().value(0));
    const auto* whiskers = qobject_cast<QBoxPlotSeries*>(strata->series().value(1));
    QVERIFY(bars && whiskers && whiskers->count() == 3);
    QCOMPARE(bars->barSets()[0]->at(2), stock.strata[2].meanTco2eHa);
    QCOMPARE(stock.strata[2].plots, 13);
    TANHUI_COMPARE_REL(whiskers->boxSets()[2]->at(QBoxSet::UpperExtreme),
                       stock.strata[2].meanTco2eHa + 1.782287555649159 * stock.strata[2].seTco2eHa,
                       1e-12);
    TANHUI_COMPARE_REL(whiskers->boxSets()[2]->at(QBoxSet::LowerExtreme),
                       stock.strata[2].meanTco2eHa - 1.782287555649159 * stock.strata[2].seTco2eHa,
                       1e-12);
    // The table gives the same interval and its half-width over the mean (U %).
    const auto& mature = stock.strata[2];
    QCOMPARE(table->horizontalHeaderItem(7)->text(), QStringLiteral("90 % CI (t CO2e/ha)"));
    TANHUI_COMPARE_REL(mature.ciHalfWidthTco2eHa, 1.782287555649159 * mature.seTco2eHa, 1e-12);
    QCOMPARE(table->item(2, 7)->text(),
             QStringLiteral("%1 – %2").arg(
                 QLocale().toString(mature.meanTco2eHa - mature.ciHalfWidthTco2eHa, 'f', 2),
                 QLocale().toString(mature.meanTco2eHa + mature.ciHalfWidthTco2eHa, 'f', 2)));
    QCOMPARE(table->item(2, 8)->text(),
             QLocale().toString(100 * 1.782287555649159 * mature.seTco2eHa / mature.meanTco2eHa,
                                'f', 2));
    // The chart of the periods: both computed periods, each total with its band total·(1 ± U).
    QChart* periodsChart = window.findChild<QChartView*>(QStringLiteral("periodsChart"))->chart();
    const auto* band = qobject_cast<QAreaSeries*>(periodsChart->series().value(0));
    const auto* line = qobject_cast<QLineSeries*>(periodsChart->series().value(1));
    QVERIFY(band && line && line->count() == 2);
    QCOMPARE(line->at(0).y(), stock.totalTco2e);
    TANHUI_COMPARE_REL(band->upperSeries()->at(0).y(), stock.totalTco2e * (1.0 + stock.uncertainty),
                       1e-12);
    QCOMPARE(line->at(1).y(), model->overview().periods[1].stock->totalTco2e);
    // The plots still needed (AR-TOOL03), one row per stratum, from the stock's strata.
    std::vector<tanhui::core::PlanStratum> planned;
    for (const auto& st : stock.strata)
        planned.push_back({st.stratum, st.area.value(), st.sdTco2eHa, st.meanTco2eHa, st.plots});
    const auto plan = tanhui::core::planSampleSize(planned, {});
    QVERIFY(plan);
    auto* planTable = window.findChild<QTableWidget*>(QStringLiteral("plotPlanTable"));
    QCOMPARE(planTable->rowCount(), 3);
    QCOMPARE(planTable->item(2, 1)->text(), QLocale().toString(plan->strata[2].required));
    QCOMPARE(planTable->item(2, 2)->text(), QStringLiteral("13"));
}

// A parameter set selected: its species table as stored, rows not CONFIRMED marked.
void TestMainWindow::showsTheParameterSet(MainWindow& window)
{
    ProjectModel* model = window.projectModel();
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    tree->setCurrentIndex(model->itemIndex(ProjectModel::ParameterSets, 0));
    auto* parameters = window.findChild<QTableWidget*>(QStringLiteral("parameterTable"));
    QVERIFY(parameters && parameters->isVisible());
    const auto& set = model->overview().parameterSets[0];
    QCOMPARE(parameters->rowCount(), int(set.table.rows.size()));
    QCOMPARE(parameters->columnCount(), int(set.table.columns.size()));
    const int statusColumn = int(*set.table.findColumn({"status"}));
    const int equationColumn = int(*set.table.findColumn({"volume_equation"}));
    QCOMPARE(parameters->horizontalHeaderItem(equationColumn)->text(),
             QStringLiteral("volume_equation"));
    QCOMPARE(parameters->item(1, 2)->text(), QStringLiteral("杉木"));
    QCOMPARE(parameters->item(1, equationColumn)->text(), QStringLiteral("a*D^b*H^c"));
    QCOMPARE(parameters->item(1, statusColumn)->text(), QStringLiteral("⚠ UNCONFIRMED"));
    QVERIFY(parameters->item(1, int(*set.table.findColumn({"source"})))
                ->text()
                .contains(QStringLiteral("validity range: none given by the source")));
    if (const QString shots = qEnvironmentVariable("TANHUI_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(window.grab().save(shots + QStringLiteral("/parameters-en.png")));
}

// Files that are not projects, from a newer Tanhui or gone: a dialog says why and what to do,
// and the window goes on.
void TestMainWindow::explainsFilesThatCannotBeOpened()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    QTemporaryDir dir;
    QFile text(dir.filePath(QStringLiteral("notes.tanhui")));
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("plot_id,dbh\nP1,12\n") > 0);
    text.close();
    const QString newer = dir.filePath(QStringLiteral("newer.tanhui"));
    {
        auto project = tanhui::store::Project::create(newer.toStdString(), {"n", "VM0047", ""});
        QVERIFY(project && project->database().execute("PRAGMA user_version = 99"));
    }
    const QString foreign = dir.filePath(QStringLiteral("other.tanhui"));
    {
        auto db = tanhui::store::Database::open(foreign.toStdString(),
                                                tanhui::store::Database::Mode::CreateIfMissing);
        QVERIFY(db && db->execute("CREATE TABLE t (x)"));
    }
    const std::pair<QString, QString> cases[] = {
        {text.fileName(), QStringLiteral("not a readable Tanhui project")},
        {foreign, QStringLiteral("not a Tanhui project")},
        {newer, QStringLiteral("newer Tanhui")},
        {dir.filePath(QStringLiteral("gone.tanhui")), QStringLiteral("not there")}};
    for (const auto& [path, why] : cases) {
        QSignalSpy failed(&window, &MainWindow::openFailed);
        window.openProject(path);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(0).at(0).toString().contains(why),
                 qPrintable(failed.at(0).at(0).toString()));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorDialog"));
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(QFileInfo(path).fileName()));
        box->close();
        QTRY_VERIFY(!window.findChild<QMessageBox*>(QStringLiteral("errorDialog")));
        QCOMPARE(window.projectPath(), QString());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("startPage"))->isVisible());
    }
}

// A new project from the dialog: name, methodology, file; opened at once, empty.
void TestMainWindow::createsAProject()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    QTemporaryDir dir;
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.findChild<QPushButton*>(QStringLiteral("newProjectButton"))->click();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("newProjectDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("projectPath"));
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("projectPathNote"));
    // Until a file is chosen, it follows the name, in the documents folder.
    dialog->findChild<QLineEdit*>(QStringLiteral("projectName"))
        ->setText(QStringLiteral("东山林场"));
    QCOMPARE(path->text(), QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .filePath(QStringLiteral("东山林场.tanhui")));
    // A file that exists is refused, and the dialog says so.
    QFile taken(dir.filePath(QStringLiteral("taken.tanhui")));
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    path->setText(dir.filePath(QStringLiteral("taken")));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(QStringLiteral("taken.tanhui")));
    path->setText(dir.filePath(QStringLiteral("dongshan")));
    QVERIFY(ok->isEnabled());
    QVERIFY(note->isHidden());
    // A folder that does not exist yet (a new user's Documents, say) is made, and the dialog
    // says so before anything is written.
    path->setText(dir.filePath(QStringLiteral("projects/2026/dongshan")));
    QVERIFY(ok->isEnabled());
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("will be created")), qPrintable(note->text()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("projects"))));
    // What the project open before noticed is not shown with this one.
    auto* notices = window.findChild<QListWidget*>(QStringLiteral("noticesList"));
    notices->addItem(QStringLiteral("a notice of the project open before"));
    ok->click();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.at(0).at(0).toString(),
             dir.filePath(QStringLiteral("projects/2026/dongshan.tanhui")));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("projects/2026/dongshan.tanhui"))).isFile());
    QCOMPARE(window.windowTitle(), QStringLiteral("东山林场 — Tanhui"));
    QCOMPARE(notices->count(), 0);
    QCOMPARE(
        window.projectModel()->rowCount(window.projectModel()->index(ProjectModel::Periods, 0)), 0);
    // An empty project says what comes first.
    auto* info = window.findChild<QLabel*>(QStringLiteral("projectInfo"));
    QVERIFY(info->text().contains(QStringLiteral("Next: Project ▸ Stratify…")));

    // Importing without a period asks for one first, then opens the wizard on it.
    window.findChild<QAction*>(QStringLiteral("importAction"))->trigger();
    auto* periodDialog = window.findChild<QDialog*>(QStringLiteral("newPeriodDialog"));
    QVERIFY(periodDialog && periodDialog->isVisible());
    QVERIFY(!periodDialog->findChild<QLabel*>(QStringLiteral("newPeriodReason"))->isHidden());
    auto* label = periodDialog->findChild<QLineEdit*>(QStringLiteral("periodLabel"));
    auto* start = periodDialog->findChild<QDateEdit*>(QStringLiteral("periodStart"));
    auto* end = periodDialog->findChild<QDateEdit*>(QStringLiteral("periodEnd"));
    auto* problem = periodDialog->findChild<QLabel*>(QStringLiteral("newPeriodProblem"));
    auto* periodOk = periodDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    const int year = QDate::currentDate().year();
    QCOMPARE(start->date(), QDate(year, 1, 1));
    QCOMPARE(end->date(), QDate(year, 12, 31));
    QCOMPARE(label->text(), QString::number(year));
    // The label follows the end's year; an end before the start is refused before asking.
    end->setDate(QDate(2025, 12, 31));
    QCOMPARE(label->text(), QStringLiteral("2025"));
    start->setDate(QDate(2026, 1, 1));
    QVERIFY(!periodOk->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("must end after it starts")));
    start->setDate(QDate(2023, 1, 1));
    QVERIFY(periodOk->isEnabled());
    QVERIFY(problem->isHidden());
    const int before = opened.count();
    periodOk->click();
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > before, 10000);
    const auto& periods = window.projectModel()->overview().periods;
    QCOMPARE(periods.size(), std::size_t(1));
    QCOMPARE(periods[0].period.label, std::string("2025"));
    QCOMPARE(periods[0].period.startDate, std::string("2023-01-01"));
    QCOMPARE(periods[0].period.endDate, std::string("2025-12-31"));
    QDialog* wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<QDialog*>(QStringLiteral("importWizard"))) &&
                wizard->isVisible());
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("importPeriod"))->currentText(),
             QStringLiteral("2025"));
    wizard->reject();
    // A period with field data only can be sealed, but not without being told so.
    window.findChild<QTreeView*>(QStringLiteral("projectTree"))
        ->setCurrentIndex(window.projectModel()->itemIndex(ProjectModel::Periods, 0));
    // Its page says what comes next.
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("periodStock"))
                ->text()
                .contains(QStringLiteral("yet. Next: Project ▸ Import field data… — its plots")));
    window.findChild<QAction*>(QStringLiteral("sealAction"))->trigger();
    auto* confirm = window.findChild<QMessageBox*>(QStringLiteral("sealConfirmation"));
    QVERIFY(confirm && confirm->isVisible());
    QVERIFY2(confirm->informativeText().contains(QStringLiteral("No stock has been computed")),
             qPrintable(confirm->informativeText()));
    confirm->reject();
    // The next period starts the day after, and may not repeat a label.
    window.findChild<QAction*>(QStringLiteral("newPeriodAction"))->trigger();
    QDialog* next = nullptr;
    QTRY_VERIFY((next = window.findChild<QDialog*>(QStringLiteral("newPeriodDialog"))) &&
                next->isVisible());
    QVERIFY(next->findChild<QLabel*>(QStringLiteral("newPeriodReason"))->isHidden());
    QCOMPARE(next->findChild<QDateEdit*>(QStringLiteral("periodStart"))->date(), QDate(2026, 1, 1));
    next->findChild<QLineEdit*>(QStringLiteral("periodLabel"))->setText(QStringLiteral("2025"));
    QVERIFY(!next->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(next->findChild<QLabel*>(QStringLiteral("newPeriodProblem"))
                ->text()
                .contains(QStringLiteral("has a period 2025 already")));
    next->reject();
    // Strata come first still: a period's plots are placed in them.
    QVERIFY(info->text().contains(QStringLiteral("Next: Project ▸ Stratify…")));
}

void TestMainWindow::switchesLanguageLive()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    auto* chinese = window.findChild<QAction*>(QStringLiteral("language_zh_CN"));
    QVERIFY(chinese);
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
    chinese->trigger();
    QCOMPARE(languages.currentLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(),
                 QStringLiteral("文件(&F)"));
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    QCOMPARE(tree->model()->index(2, 0).data().toString(), QStringLiteral("监测期"));

    window.findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(),
                 QStringLiteral("&File"));
    // A language Tanhui has no catalog for (French, or a C locale) gets the English one, with
    // its plural forms.
    QCOMPARE(languages.apply(QStringLiteral("fr"), false), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("tanhui::ui::MapPanel", "%n tree(s)", nullptr, 1),
             QStringLiteral("1 tree"));
    QCOMPARE(QCoreApplication::translate("tanhui::ui::MapPanel", "%n tree(s)", nullptr, 2),
             QStringLiteral("2 trees"));
    languages.apply(QStringLiteral("en"));
}

// Project ▸ Verify on the demo: every check holds. A tree of the sealed 2021 edited behind
// Tanhui's back (triggers dropped, as a hostile trial did): the seal and the recomputed values
// are shown as differing.
void TestMainWindow::verifiesAndShowsWhatDiffers()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openDemo();
    QVERIFY(opened.wait(60000));
    // A copy, so that the demo stays as made for the other tests.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("tampered.tanhui"));
    QVERIFY(QFile::copy(window.projectPath(), copy));
    QSignalSpy shown(&window, &MainWindow::verificationShown);
    auto* verify = window.findChild<QAction*>(QStringLiteral("verifyAction"));
    QVERIFY(verify && verify->isEnabled());
    verify->trigger();
    QVERIFY(shown.wait(60000));
    QCOMPARE(shown.at(0).at(0).toBool(), true);
    auto* dialog = window.findChild<VerifyDialog*>(QStringLiteral("verifyDialog"));
    QVERIFY(dialog && dialog->isVisible());
    const auto seals = dialog->checks()->findItems(QStringLiteral("Seal of 2021"),
                                                   Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(seals.size(), 1);
    QCOMPARE(seals[0]->text(1), QStringLiteral("✔ holds"));
    dialog->close();
    QTRY_VERIFY(!window.findChild<VerifyDialog*>(QStringLiteral("verifyDialog")));

    {
        auto db = tanhui::store::Database::open(copy.toStdString(),
                                                tanhui::store::Database::Mode::OpenExisting);
        QVERIFY(db);
        QVERIFY(
            db->execute("DROP TRIGGER tree_sealed_update; UPDATE tree SET dbh_cm = dbh_cm + 5 "
                        "WHERE id = (SELECT min(t.id) FROM tree t JOIN plot p ON p.id = "
                        "t.plot_id JOIN period d ON d.id = p.period_id WHERE d.label = '2021')"));
    }
    window.openProject(copy);
    QVERIFY(opened.wait(60000));
    verify->trigger();
    QVERIFY(shown.wait(60000));
    QCOMPARE(shown.at(1).at(0).toBool(), false);
    dialog = window.findChild<VerifyDialog*>(QStringLiteral("verifyDialog"));
    QVERIFY(dialog);
    const auto tampered = dialog->checks()->findItems(QStringLiteral("Seal of 2021"),
                                                      Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(tampered.size(), 1);
    QCOMPARE(tampered[0]->text(1), QStringLiteral("✘ DIFFERS"));
    const auto recomputed =
        dialog->checks()->findItems(QStringLiteral("2021"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(recomputed.size(), 1);
    QCOMPARE(recomputed[0]->text(1), QStringLiteral("✘ DIFFERS"));
    QVERIFY(recomputed[0]->childCount() > 0);
    if (const QString shots = qEnvironmentVariable("TANHUI_SCREENSHOTS"); !shots.isEmpty()) {
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/verify-en.png")));
        // The same verification in Chinese.
        dialog->close();
        languages.apply(QStringLiteral("zh_CN"));
        verify->trigger();
        QVERIFY(shown.wait(60000));
        for (VerifyDialog* d : window.findChildren<VerifyDialog*>(QStringLiteral("verifyDialog")))
            if (d->isVisible())
                QVERIFY(d->grab().save(shots + QStringLiteral("/verify-zh_CN.png")));
        languages.apply(QStringLiteral("en"));
    }
}

// The demo's draft 2024 taken to a seal in the window alone: compute (the notices name the
// parameters not CONFIRMED), seal after the confirmation, then a revision with a reason.
void TestMainWindow::computesSealsAndRevisesAPeriod()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openDemo();
    QVERIFY(opened.wait(60000));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("flow.tanhui"));
    QVERIFY(QFile::copy(window.projectPath(), copy));
    window.openProject(copy);
    QVERIFY(opened.wait(60000));
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    ProjectModel* model = window.projectModel();
    tree->setCurrentIndex(model->itemIndex(ProjectModel::Periods, 1));
    QCOMPARE(window.selectedPeriod(), QStringLiteral("2024"));
    auto* compute = window.findChild<QAction*>(QStringLiteral("computeAction"));
    auto* seal = window.findChild<QAction*>(QStringLiteral("sealAction"));
    auto* revise = window.findChild<QAction*>(QStringLiteral("reviseAction"));
    QVERIFY(compute->isEnabled() && seal->isEnabled() && !revise->isEnabled());

    QSignalSpy done(&window, &MainWindow::periodJobDone);
    // The explorer is read again after each job: counted, not waited for, since it may
    // already have been read by the time the job's end has been seen.
    qsizetype reads = 0;
    compute->trigger();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("computeDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* strata = dialog->findChild<QComboBox*>(QStringLiteral("computeStratification"));
    strata->setCurrentText(QStringLiteral("age-groups-2024"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    reads = opened.count();
    // While the job runs, nothing else on the project can be started.
    QVERIFY(window.isBusy());
    for (const char* name : {"stratifyAction", "importAction", "newPeriodAction", "computeAction",
                             "sealAction", "propertiesAction", "verifyAction", "closeAction"})
        QVERIFY2(!window.findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(done.wait(60000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    WAIT_FOR_REREAD(window, opened, reads);
    auto* notices = window.findChild<QListWidget*>(QStringLiteral("noticesList"));
    QVERIFY(notices->count() >= 1);
    QVERIFY(notices->item(0)->text().contains(QStringLiteral("CONFIRMED")));
    QCOMPARE(window.selectedPeriod(), QStringLiteral("2024"));
    QVERIFY(model->overview().periods[1].stock.has_value());
    QCOMPARE(model->overview().periods[1].stock->stratification, std::string("age-groups-2024"));

    seal->trigger();
    auto* confirm = window.findChild<QMessageBox*>(QStringLiteral("sealConfirmation"));
    QVERIFY(confirm && confirm->isVisible());
    QVERIFY(confirm->informativeText().contains(QStringLiteral("read-only")));
    // What a verifier will question is named before the seal makes it final.
    QVERIFY2(confirm->informativeText().contains(QStringLiteral("parameters not CONFIRMED (")) &&
                 confirm->informativeText().contains(QStringLiteral("杉木")),
             qPrintable(confirm->informativeText()));
    for (QAbstractButton* b : confirm->buttons())
        if (b->text() == QStringLiteral("&Seal"))
            b->click();
    reads = opened.count();
    QVERIFY(done.wait(60000));
    if (auto* error = window.findChild<QMessageBox*>(QStringLiteral("errorDialog")))
        QFAIL(qPrintable(error->informativeText()));
    QCOMPARE(done.at(1).at(0).toBool(), true);
    WAIT_FOR_REREAD(window, opened, reads);
    QVERIFY(model->overview().periods[1].period.sealed);
    QCOMPARE(model->overview().periods[1].period.sealDigest.size(), std::size_t(64));
    QVERIFY(!seal->isEnabled() && !compute->isEnabled() && revise->isEnabled());

    revise->trigger();
    auto* reason = window.findChild<QInputDialog*>(QStringLiteral("reviseDialog"));
    QVERIFY(reason && reason->isVisible());
    reason->setTextValue(QStringLiteral("DBH of P07 mistyped"));
    reason->accept();
    reads = opened.count();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.at(2).at(0).toBool(), true);
    WAIT_FOR_REREAD(window, opened, reads);
    QCOMPARE(model->rowCount(model->index(ProjectModel::Periods, 0)), 3);
    const auto& revised = model->overview().periods.back().period;
    QCOMPARE(revised.label, std::string("2024"));
    QCOMPARE(revised.revision, 2);
    QVERIFY(!revised.sealed);
    QVERIFY(compute->isEnabled());

    // The tables as CSV, into an empty folder; a folder holding a file is refused, untouched.
    const QString out = dir.filePath(QStringLiteral("tables"));
    QVERIFY(QDir().mkpath(out));
    window.exportTables(out);
    reads = opened.count();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.at(3).at(0).toBool(), true);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/tree.csv")));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/audit_log.csv")));
    WAIT_FOR_REREAD(window, opened, reads);
    window.exportTables(out);
    reads = opened.count();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.at(4).at(0).toBool(), false);
    QVERIFY(window.findChild<QMessageBox*>(QStringLiteral("errorDialog")));
}

// Who did what, when: every row of the audit log, filtered as the user types.
void TestMainWindow::showsTheAuditLog()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openDemo();
    QVERIFY(opened.wait(60000));
    auto project = tanhui::store::Project::open(window.projectPath().toStdString());
    QVERIFY(project);
    const std::int64_t rows = *project->count("audit_log");
    auto q = project->database().prepare(
        "SELECT count(*) FROM audit_log WHERE instr(at || user || action || entity || ' ' || "
        "entity_id || coalesce(before_json, '') || coalesce(after_json, ''), 'compute') > 0");
    QVERIFY(q && *q->step());
    const std::int64_t computes = q->columnInt(0);
    QVERIFY(computes > 0 && computes < rows);
    QSignalSpy shown(&window, &MainWindow::auditLogShown);
    auto* audit = window.findChild<QAction*>(QStringLiteral("auditAction"));
    QVERIFY(audit->isEnabled());
    audit->trigger();
    QVERIFY(shown.wait(60000));
    QCOMPARE(shown.at(0).at(0).toInt(), int(rows));
    auto* dialog = window.findChild<AuditLogDialog*>(QStringLiteral("auditLogDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QAbstractItemModelTester tester(dialog->filtered(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->filtered()->rowCount(), int(rows));
    // Oldest first, the project's creation its first row.
    QCOMPARE(dialog->filtered()->index(0, 3).data().toString(), QStringLiteral("create"));
    QCOMPARE(dialog->filtered()->index(0, 7).data().toString(), QStringLiteral("linked"));
    QTest::keyClicks(dialog->filter(), QStringLiteral("compute"));
    QCOMPARE(dialog->filtered()->rowCount(), int(computes));
    if (const QString shots = qEnvironmentVariable("TANHUI_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/audit-en.png")));
    dialog->filter()->clear();
    QCOMPARE(dialog->filtered()->rowCount(), int(rows));
}

// The seal signed with the organisation's key, chosen in the window.
void TestMainWindow::sealsWithTheOrganisationsKey()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openDemo();
    QVERIFY(opened.wait(60000));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("signed.tanhui"));
    QVERIFY(QFile::copy(window.projectPath(), copy));
    const std::string key = dir.filePath(QStringLiteral("org.key")).toStdString();
    const std::string pub = dir.filePath(QStringLiteral("org.pub")).toStdString();
    QVERIFY(tanhui::workflow::generateSigningKey(key, pub));
    window.openProject(copy);
    QVERIFY(opened.wait(60000));
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    tree->setCurrentIndex(window.projectModel()->itemIndex(ProjectModel::Periods, 1));
    QCOMPARE(window.selectedPeriod(), QStringLiteral("2024"));
    QSignalSpy done(&window, &MainWindow::periodJobDone);
    window.findChild<QAction*>(QStringLiteral("sealAction"))->trigger();
    auto* confirm = window.findChild<QMessageBox*>(QStringLiteral("sealConfirmation"));
    QVERIFY(confirm && confirm->isVisible());
    confirm->findChild<QPushButton*>(QStringLiteral("sealAndSignButton"))->click();
    auto* keys = window.findChild<QFileDialog*>(QStringLiteral("signingKeyDialog"));
    QVERIFY(keys && keys->isVisible());
    emit keys->fileSelected(QString::fromStdString(key));
    QVERIFY(done.wait(60000));
    if (auto* error = window.findChild<QMessageBox*>(QStringLiteral("errorDialog")))
        QFAIL(qPrintable(error->informativeText()));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    auto project = tanhui::store::Project::open(copy.toStdString());
    QVERIFY2(project, project ? "" : project.error().detail.c_str());
    const auto seals = project->verifySeals();
    QVERIFY(seals && seals->size() == 2);
    QCOMPARE((*seals)[1].label, std::string("2024"));
    QCOMPARE((*seals)[1].publicKey, *tanhui::workflow::signingPublicKey(pub));
    QVERIFY((*seals)[1].signatureValid && (*seals)[1].matches());
}

// With TANHUI_SCREENSHOTS=DIR: the start page and the demo's sealed period, in English and
// Chinese, saved as PNG to be looked at (run under Xvfb for a real display).
void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("TANHUI_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("TANHUI_SCREENSHOTS is not set");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        LanguageManager languages;
        languages.apply(language);
        QLocale::setDefault(QLocale(language));
        MainWindow window(languages);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(dir + QStringLiteral("/start-") + language +
                                   QStringLiteral(".png")));
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openDemo();
        QVERIFY(opened.wait(60000));
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
        tree->setCurrentIndex(window.projectModel()->itemIndex(ProjectModel::Periods, 0));
        QTest::qWait(100);
        QVERIFY(window.grab().save(dir + QStringLiteral("/explorer-") + language +
                                   QStringLiteral(".png")));
    }
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
