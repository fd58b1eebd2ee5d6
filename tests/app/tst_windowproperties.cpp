// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The window's project properties and net removals, driven as a person would: the Project
// menu's actions, the dialogs' fields and buttons, the period view's table.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "tanhui/store/project.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "netremovalsdialog.h"
#include "plotsview.h"
#include "projectmodel.h"
#include "propertiesdialog.h"
#include "texttablemodel.h"
#include "windowtest.h"

using namespace tanhui::ui;

class TestWindowProperties : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void propertiesAreEditedAndAudited();
    void netRemovalsAreEnteredTermByTerm();
    void plotsShowTheirTrees();
    void computesWithTheProjectsOwnSpeciesTable();

private:
    // The demo farm copied to a file of this test's, opened in `window`.
    void openDemoCopy(MainWindow& window, const QString& name)
    {
        tanhui::test::openDemoCopy(window, m_dir.filePath(name));
    }
    static void typeInto(QWidget* dialog, const char* field, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
        QVERIFY2(edit && !edit->accessibleName().isEmpty(), field);
        edit->clear();
        // Typed where QTest can type it (ASCII); Chinese as an input method would commit it.
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii)
            QTest::keyClicks(edit, text);
        else
            edit->insert(text);
    }
    // With TANHUI_SCREENSHOTS=DIR, `widget` saved as DIR/NAME.png to be looked at.
    static void shoot(QWidget* widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("TANHUI_SCREENSHOTS");
        QTest::qWait(50);
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) +
                                        QStringLiteral(".png")));
    }
    static void save(QWidget* dialog)
    {
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        buttons->button(QDialogButtonBox::Save)->click();
    }
    QTemporaryDir m_dir;
};

void TestWindowProperties::initTestCase()
{
    tanhui::test::startWindowTests();
}

void TestWindowProperties::propertiesAreEditedAndAudited()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    openDemoCopy(window, QStringLiteral("properties.tanhui"));
    window.findChild<QAction*>(QStringLiteral("propertiesAction"))->trigger();
    auto* dialog = window.findChild<PropertiesDialog*>(QStringLiteral("propertiesDialog"));
    QVERIFY(dialog && dialog->isVisible());
    // 2021 is sealed: the name and methodology are shown, read-only, with the reason.
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("propertyName"))->isReadOnly());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("propertiesLockedNote")));
    typeInto(dialog, "propertyRegistration", QStringLiteral("CCER-2026-0101"));
    typeInto(dialog, "propertyProponent", QStringLiteral("示范国有林场"));
    typeInto(dialog, "propertyCreditingStart", QStringLiteral("2019-01-01"));
    typeInto(dialog, "propertyCreditingEnd", QStringLiteral("2038-12-31"));
    typeInto(dialog, "propertyMethodologyVersion", QStringLiteral("V01"));
    QSignalSpy done(&window, &MainWindow::periodJobDone);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    save(dialog);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, 30000); // the explorer is read again
    QCOMPARE(window.projectModel()->overview().properties.registrationId,
             std::string("CCER-2026-0101"));
    auto project = tanhui::store::Project::open(window.projectPath().toStdString());
    QCOMPARE(project->details()->proponent, std::string("示范国有林场"));
    QCOMPARE(project->details()->creditingEnd, std::string("2038-12-31"));
    // A crediting period that ends before it starts, or a date not YYYY-MM-DD: the dialog says
    // so and stays open with what was typed; nothing is saved.
    window.findChild<QAction*>(QStringLiteral("propertiesAction"))->trigger();
    QTRY_VERIFY(
        (dialog = window.findChild<PropertiesDialog*>(QStringLiteral("propertiesDialog"))) &&
        dialog->isVisible());
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("propertiesProblem"));
    QVERIFY(problem && problem->isHidden());
    for (const QString& bad : {QStringLiteral("2018-12-31"), QStringLiteral("31.12.2038")}) {
        typeInto(dialog, "propertyCreditingEnd", bad);
        save(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(QStringLiteral("crediting")),
                 qPrintable(problem->text()));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("propertyCreditingEnd"))->text(),
                 bad);
        QCOMPARE(dialog->properties().registrationId, std::string("CCER-2026-0101"));
    }
    QVERIFY(problem->text().contains(QStringLiteral("YYYY-MM-DD")));
    dialog->reject();
    QCOMPARE(done.count(), 1); // no job was started
    QCOMPARE(project->details()->creditingEnd, std::string("2038-12-31"));
}

void TestWindowProperties::netRemovalsAreEnteredTermByTerm()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    MainWindow window(languages);
    window.show();
    openDemoCopy(window, QStringLiteral("net.tanhui"));
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    // A sealed period takes no terms.
    tree->setCurrentIndex(window.projectModel()->itemIndex(ProjectModel::Periods, 0));
    auto* action = window.findChild<QAction*>(QStringLiteral("netRemovalsAction"));
    QVERIFY(!action->isEnabled());
    tree->setCurrentIndex(window.projectModel()->itemIndex(ProjectModel::Periods, 1));
    QVERIFY(action->isEnabled());
    auto* heading = window.findChild<QLabel*>(QStringLiteral("netHeading"));
    QVERIFY(heading->text().contains(QStringLiteral("not complete")));
    QVERIFY(heading->text().contains(QStringLiteral("UNCONFIRMED")));
    action->trigger();
    auto* dialog = window.findChild<NetRemovalsDialog*>(QStringLiteral("netRemovalsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    typeInto(dialog, "project-emissionsValue", QStringLiteral("120"));
    typeInto(dialog, "project-emissionsUncertainty", QStringLiteral("8"));
    typeInto(dialog, "project-emissionsSource", QStringLiteral("fuel log 2022-2024"));
    typeInto(dialog, "baselineValue", QStringLiteral("1,500"));
    typeInto(dialog, "baselineUncertainty", QStringLiteral("25"));
    dialog->findChild<QCheckBox*>(QStringLiteral("leakageZero"))->click();
    typeInto(dialog, "leakageSource", QStringLiteral("AR-CM-001: no displacement"));
    // The baseline has no source yet: the dialog stays open and says so.
    save(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("netRemovalsProblem"))
                ->text()
                .contains(QStringLiteral("Baseline removals")));
    typeInto(dialog, "baselineSource", QStringLiteral("baseline plots 2021"));
    // Emissions below zero would be refused by the project: said here, the entries kept.
    typeInto(dialog, "project-emissionsValue", QStringLiteral("-120"));
    save(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("netRemovalsProblem"))
                ->text()
                .contains(QStringLiteral("not below zero")));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("baselineSource"))->text(),
             QStringLiteral("baseline plots 2021"));
    typeInto(dialog, "project-emissionsValue", QStringLiteral("120"));
    shoot(dialog, "net-removals-dialog-en");
    QSignalSpy done(&window, &MainWindow::periodJobDone);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    save(dialog);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 30000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(window.selectedPeriod(), QStringLiteral("2024"));
    const auto& net = window.projectModel()->overview().periods[1].net;
    QVERIFY(net.complete());
    QCOMPARE(net.netTco2e, 15847.769901586624 - 120.0 - 1500.0);
    auto* table = window.findChild<QTableWidget*>(QStringLiteral("netRemovalsTable"));
    QCOMPARE(table->rowCount(), 5); // change, three terms, net
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Baseline removals"));
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("75.00"));
    QCOMPARE(table->item(2, 4)->text(), QStringLiteral("1,781.3"));
    QCOMPARE(table->item(4, 1)->text(), QLocale().toString(net.netTco2e, 'f', 1));
    QVERIFY(table->item(3, 5)->text().contains(QStringLiteral("no displacement")));
    QVERIFY(!table->accessibleName().isEmpty());
    window.resize(1280, 900);
    table->scrollTo(table->model()->index(0, 0));
    shoot(&window, "net-removals-en");
    languages.apply(QStringLiteral("zh_CN"));
    QTRY_COMPARE(table->item(2, 0)->text(), QStringLiteral("基线碳汇量"));
    shoot(&window, "net-removals-zh_CN");
    QLocale::setDefault(QLocale::c());
}

// Selecting a period lists its plots (read as a job); selecting a plot lists its trees, as
// the project stores them.
void TestWindowProperties::plotsShowTheirTrees()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    MainWindow window(languages);
    window.show();
    openDemoCopy(window, QStringLiteral("plots.tanhui"));
    auto* plots = window.findChild<PlotsView*>(QStringLiteral("plotsView"));
    QVERIFY(plots);
    QSignalSpy shown(plots, &PlotsView::plotsShown);
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    tree->setCurrentIndex(window.projectModel()->itemIndex(ProjectModel::Periods, 1));
    QVERIFY(shown.wait(30000));
    QCOMPARE(shown.last().at(0).toInt(), 30);
    QAbstractItemModelTester plotsTester(plots->plotsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester treesTester(plots->treesModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = plots->plotsModel()->index(6, 0).data().toString();
    auto project = tanhui::store::Project::open(window.projectPath().toStdString());
    const auto period = project->findPeriod("2024");
    const auto stored = project->trees(*period, id.toStdString());
    QVERIFY(stored && !stored->empty());
    QCOMPARE(plots->plotsModel()->index(6, 6).data().toString(), QString::number(stored->size()));
    QSignalSpy trees(plots, &PlotsView::treesShown);
    plots->selectPlot(id);
    QVERIFY(trees.wait(30000));
    QCOMPARE(trees.at(0).at(0).toString(), id);
    QCOMPARE(trees.at(0).at(1).toInt(), int(stored->size()));
    QCOMPARE(plots->treesModel()->index(0, 0).data().toString(),
             QString::fromStdString((*stored)[0].species));
    QCOMPARE(plots->treesModel()->index(0, 1).data().toString(),
             QLocale().toString((*stored)[0].dbhCm, 'f', 1));
    // A job on the project reads the period's plots again once, not once per refresh of the
    // window's state.
    const qsizetype before = shown.count();
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.saveProperties(window.projectModel()->overview().properties);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), before + 1, 30000);
    QTest::qWait(300); // and no other read queued behind it
    QCOMPARE(shown.count(), before + 1);
    QLocale::setDefault(QLocale::c());
}

// The compute dialog takes the project's own species table: a broken one is refused with its
// file, row and column and nothing computed; a good one is stored and used.
void TestWindowProperties::computesWithTheProjectsOwnSpeciesTable()
{
    QFile shipped(QStringLiteral(TANHUI_SOURCE_DIR "/resources/parameters/default_species.csv"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QByteArray own = shipped.readAll();
    own.replace("tanhui-default,2026.2,", "farm-local,2026.1,");
    const QString good = m_dir.filePath(QStringLiteral("farm_species.csv"));
    const QString bad = m_dir.filePath(QStringLiteral("broken_species.csv"));
    for (const auto& [path, bytes] :
         {std::pair{good, own},
          std::pair{bad, QByteArray(own).replace("a*(WD*H*D^2)^b", "a*(WD*H*D^2")}}) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    }
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    openDemoCopy(window, QStringLiteral("species.tanhui"));
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    QSignalSpy done(&window, &MainWindow::periodJobDone);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    for (const QString& table : {bad, good}) {
        tree->setCurrentIndex(window.projectModel()->itemIndex(ProjectModel::Periods, 1));
        window.findChild<QAction*>(QStringLiteral("computeAction"))->trigger();
        QDialog* dialog = nullptr; // the one open now (the last one may await its deletion)
        for (QDialog* d : window.findChildren<QDialog*>(QStringLiteral("computeDialog")))
            if (d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        auto* species = dialog->findChild<QLineEdit*>(QStringLiteral("computeSpeciesTable"));
        QVERIFY(species && !species->accessibleName().isEmpty());
        species->setText(table);
        dialog->findChild<QComboBox*>(QStringLiteral("computeStratification"))
            ->setCurrentText(QStringLiteral("age-groups-2024"));
        const qsizetype reads = opened.count();
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(done.wait(60000));
        if (table == bad) {
            QCOMPARE(done.last().at(0).toBool(), false);
            auto* error = window.findChild<QMessageBox*>(QStringLiteral("errorDialog"));
            QVERIFY(error);
            QVERIFY2(error->informativeText().contains(QStringLiteral("broken_species.csv")),
                     qPrintable(error->informativeText()));
            error->close();
            error->deleteLater();
            continue;
        }
        QCOMPARE(done.last().at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() > reads, 30000);
    }
    // The notices of the compute: double-clicked (activated), one is shown whole.
    auto* notices = window.findChild<QListWidget*>(QStringLiteral("noticesList"));
    QVERIFY(notices && notices->count() >= 1);
    emit notices->itemActivated(notices->item(0));
    auto* notice = window.findChild<QMessageBox*>(QStringLiteral("noticeDialog"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->detailedText().contains(QStringLiteral("UNCONFIRMED")),
             qPrintable(notice->detailedText()));
    notice->close();
    const auto& stock = window.projectModel()->overview().periods[1].stock;
    QVERIFY(stock);
    QVERIFY2(QString::fromStdString(stock->parameterSet).contains(QStringLiteral("farm-local")),
             stock->parameterSet.c_str());
}

QTEST_MAIN(TestWindowProperties)
#include "tst_windowproperties.moc"
