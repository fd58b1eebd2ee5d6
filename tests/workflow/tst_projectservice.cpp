// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// ProjectService end to end on the demo farm: typed summaries and notice codes.
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "tanhui/gis/rasterinfo.h"
#include "tanhui/workflow/demofarm.h"
#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/projectservice.h"

#include "demofarmtest.h"
#include "testutil.h"

using namespace tanhui;
using namespace tanhui::workflow;

namespace {

// An import into period 2024, tables read as detected.
ImportRequest importOf(const std::string& plots, const std::string& trees,
                       std::optional<Placement> placement = std::nullopt)
{
    ImportRequest request;
    request.period = "2024";
    request.plots = plots;
    request.trees = trees;
    request.placement = std::move(placement);
    return request;
}

} // namespace

class TestProjectService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoFarmVerifies();
    void computeNamesParametersNotConfirmed();
    void stratifyRecordsTheLayersItRead();
    void previewScreensAsStratifyRecords();
    void importPlacesPlotsByLocation();
    void placementFindsTheMapBesideAMovedProject();
    void importKeepsRecordedStrataAndFlagsThem();
    void cancelledStratifyLeavesTheFileUnchanged();
    void conservativeStockBelowZeroIsANotice();
    void importListsEveryProblemOfTheTally();
    void importStreamsWithProgressAndCancel();

private:
    std::string writeText(const char* name, const QByteArray& text);
    ProjectService freshProject(const QString& name);
    QString copyPlots(const QString& name, const std::function<QString(QString)>& edit);
    QTemporaryDir m_dir;
    DemoFarm m_farm;
};

void TestProjectService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    JobContext context;
    auto farm = createDemoFarm(m_dir.filePath(QStringLiteral("farm")).toStdString(), context);
    QVERIFY(farm);
    m_farm = *farm;
    // A second demo in the same place is refused, not overwritten.
    JobContext again;
    const auto twice = createDemoFarm(m_farm.directory, again);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, core::ErrorCode::DuplicateId);
    // Nor into a folder holding files of the user's.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("mine")));
    QFile mine(m_dir.filePath(QStringLiteral("mine/plots_2021.csv")));
    QVERIFY(mine.open(QIODevice::WriteOnly) && mine.write("my own survey\n") > 0);
    mine.close();
    JobContext third;
    QVERIFY(!createDemoFarm(m_dir.filePath(QStringLiteral("mine")).toStdString(), third));
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("my own survey\n"));
    // A demo that fails half-way (here: cancelled) leaves nothing behind, not a project file
    // that is not one.
    JobContext cancelled;
    cancelled.cancel();
    const QString stopped = m_dir.filePath(QStringLiteral("stopped"));
    QVERIFY(!createDemoFarm(stopped.toStdString(), cancelled));
    QVERIFY(!QFileInfo::exists(stopped));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty")));
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(!createDemoFarm(empty.toStdString(), cancelled));
    QVERIFY(QDir(empty).exists() && QDir(empty).isEmpty());
}

ProjectService TestProjectService::freshProject(const QString& name)
{
    auto project = ProjectService::create(m_dir.filePath(name).toStdString(), "test", "VM0047");
    if (!project)
        qFatal("cannot create a project");
    if (!project->addPeriod("2024", "2022-01-01", "2024-12-31"))
        qFatal("cannot add a period");
    return std::move(project).value();
}

// The preview a front end shows is what stratify records: both under the project's own
// plausible stand age (here 20 years), not the default one a bare runAreas uses.
void TestProjectService::previewScreensAsStratifyRecords()
{
    ProjectService project = freshProject(QStringLiteral("preview.tanhui"));
    QVERIFY(project.setPlausibilityLimit(tanhui::core::Measure::StandAgeYears, 0, 20,
                                         "young plantation only"));
    StratifyRequest request{"screened", {}, {}};
    request.areas.raster = m_farm.ageRaster;
    request.areas.strata = tanhui::test::firAgeGroups("2024-12-31");
    JobContext bare, preview, record;
    const auto unscreened = runAreas(request.areas, bare);
    const auto previewed = project.previewAreas(request.areas, preview);
    QVERIFY(unscreened && previewed);
    QVERIFY(previewed->unclassified > unscreened->unclassified); // ages above 20 set aside
    QCOMPARE(previewed->ageGroups.value(QStringLiteral("max_plausible_age_years")).toDouble(),
             20.0);
    const auto recorded = project.stratify(request, record);
    QVERIFY(recorded && recorded->areas);
    QCOMPARE(recorded->areas->unclassified, previewed->unclassified);
    QCOMPARE(recorded->areas->strata.size(), previewed->strata.size());
    for (std::size_t i = 0; i < previewed->strata.size(); ++i) {
        QCOMPARE(recorded->areas->strata[i].stratum, previewed->strata[i].stratum);
        QCOMPARE(recorded->areas->strata[i].units, previewed->strata[i].units);
    }
    QVERIFY(project.overview()->stratifications.size() == 1); // the preview recorded nothing
}

// A project moved with its layers to another folder places plots on the map beside it, not on
// the path typed when it was stratified.
void TestProjectService::placementFindsTheMapBesideAMovedProject()
{
    const QDir moved(m_dir.filePath(QStringLiteral("moved")));
    QVERIFY(moved.mkpath(QStringLiteral(".")));
    QVERIFY(QFile::copy(QString::fromStdString(m_farm.project),
                        moved.filePath(QStringLiteral("demo.tanhui"))));
    QVERIFY(QFile::copy(QString::fromStdString(m_farm.ageRaster),
                        moved.filePath(QStringLiteral("stands_age.tif"))));
    auto original = ProjectService::open(m_farm.project);
    auto copy = ProjectService::open(moved.filePath(QStringLiteral("demo.tanhui")).toStdString());
    QVERIFY(original && copy);
    const auto there = original->placementFor("age-groups-2024");
    const auto here = copy->placementFor("age-groups-2024");
    QVERIFY(there && here);
    QCOMPARE(QFileInfo(QString::fromStdString(there->raster)).canonicalFilePath(),
             QFileInfo(QString::fromStdString(m_farm.ageRaster)).canonicalFilePath());
    QCOMPARE(QFileInfo(QString::fromStdString(here->raster)).canonicalFilePath(),
             QFileInfo(moved.filePath(QStringLiteral("stands_age.tif"))).canonicalFilePath());
    QVERIFY(here->stands.empty());
}

std::string TestProjectService::writeText(const char* name, const QByteArray& text)
{
    QFile out(m_dir.filePath(QLatin1String(name)));
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        qFatal("cannot write %s", name);
    return out.fileName().toStdString();
}

// The demo's 2024 plot table with each line passed through `edit`.
QString TestProjectService::copyPlots(const QString& name,
                                      const std::function<QString(QString)>& edit)
{
    QFile in(m_dir.filePath(QStringLiteral("farm/plots_2024.csv")));
    QFile out(m_dir.filePath(name));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        qFatal("cannot copy plots");
    for (const QByteArray& line : in.readAll().split('\n'))
        if (!line.isEmpty())
            out.write(edit(QString::fromUtf8(line)).toUtf8() + '\n');
    return out.fileName();
}

void TestProjectService::demoFarmVerifies()
{
    auto project = ProjectService::open(m_farm.project);
    QVERIFY(project);
    const auto periods = project->periods();
    QVERIFY(periods);
    QCOMPARE(int(periods->size()), 2);
    QCOMPARE((*periods)[0].label, std::string("2021"));
    QVERIFY((*periods)[0].sealed);
    QCOMPARE((*periods)[0].status, std::string("submitted"));
    QVERIFY(!(*periods)[1].sealed);
    JobContext context;
    const auto report = project->verify(context);
    QVERIFY(report);
    QVERIFY(report->ok());
    QCOMPARE(int(report->seals.size()), 1);
    QCOMPARE(int(report->recomputed.size()), 1);
    QCOMPARE(int(report->recomputed[0].valuesCompared), 224);
    // One layer: the age raster, recorded by the demo and again (the same row) by stratify.
    QCOMPARE(int(report->layers.size()), 1);
    QCOMPARE(report->layers[0].state(), LayerState::Unchanged);
    QCOMPARE(report->layers[0].role, std::string("age"));
    QCOMPARE(context.progress().phase, Phase::Verifying);
    QCOMPARE(context.progress().done, context.progress().total);
}

void TestProjectService::computeNamesParametersNotConfirmed()
{
    auto project = ProjectService::open(m_farm.project);
    QVERIFY(project);
    JobContext context;
    const auto stock = project->compute({"2024", "age-groups-2024", {}, {}, 0.90}, context);
    QVERIFY(stock);
    QCOMPARE(stock->plots, 30);
    QCOMPARE(int(stock->strata.size()), 3);
    double sum = 0.0;
    for (const StratumStock& s : stock->strata)
        sum += s.totalTco2e;
    TANHUI_COMPARE_REL(sum, stock->totalTco2e, 1e-12);
    QVERIFY(stock->uncertainty > 0.0 && stock->uncertainty < 0.2);
    const auto notices = context.notices(NoticeCode::ParameterNotConfirmed);
    QCOMPARE(int(notices.size()), 2);
    QCOMPARE(notices[0].subject, std::string("杉木"));
    QCOMPARE(notices[1].subject, std::string("马尾松"));
    QVERIFY(notices[0].detail.rfind("UNCONFIRMED: ", 0) == 0);
    // The change the demo computed reads back the same.
    JobContext compare;
    const auto change = project->compare({"2024", {}, ChangeMethod::Automatic}, compare);
    QVERIFY(change);
    QCOMPARE(change->method, std::string("B"));
    QCOMPARE(change->earlier, std::string("2021"));
    TANHUI_COMPARE_REL(change->changeTco2e, 15847.769901586624, 1e-12);
}

void TestProjectService::stratifyRecordsTheLayersItRead()
{
    ProjectService project = freshProject(QStringLiteral("layers.tanhui"));
    StratifyRequest request{"ages", {}, {}};
    request.areas.raster = m_farm.ageRaster;
    request.areas.strata = tanhui::test::firAgeGroups("2024-12-31");
    JobContext context;
    const auto s = project.stratify(request, context);
    QVERIFY(s);
    QCOMPARE(s->method, StrataMethod::AgeGroups);
    QCOMPARE(s->strata, 3);
    QVERIFY(s->areas);
    TANHUI_COMPARE_REL(s->total.value(), s->areas->total.value(), 1e-15);
    const auto layers = project.layers();
    QVERIFY(layers);
    QCOMPARE(int(layers->size()), 1);
    QCOMPARE((*layers)[0].kind, std::string("raster"));
    QCOMPARE((*layers)[0].role, std::string("age"));
    QCOMPARE((*layers)[0].state(), LayerState::Unchanged);
    // A name in use is refused before anything is read.
    JobContext again;
    const auto twice = project.stratify(request, again);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, core::ErrorCode::DuplicateId);
    QCOMPARE(again.progress().phase, Phase::Starting);
}

void TestProjectService::importPlacesPlotsByLocation()
{
    // The plots without their stratum column: only coordinates, x/y and (last, in another
    // CRS) lon/lat. The points placed are the x/y stored, whichever the sampler would prefer.
    const QString plots = copyPlots(QStringLiteral("plots_xy.csv"), [](QString line) {
        QStringList cells = line.split(QLatin1Char(','));
        cells.removeAt(1);
        cells << (line.startsWith(QStringLiteral("plot_id,")) ? QStringLiteral("lon,lat")
                                                              : QStringLiteral("117.0,28.0"));
        return cells.join(QLatin1Char(','));
    });
    ProjectService project = freshProject(QStringLiteral("placed.tanhui"));
    // The placement the demo's age-groups-2024 was drawn from, as the import wizard asks for it.
    auto demoProject = ProjectService::open(m_farm.project);
    QVERIFY(demoProject);
    auto drawn = demoProject->placementFor("age-groups-2024");
    QVERIFY2(drawn, drawn ? "" : drawn.error().detail.c_str());
    QCOMPARE(drawn->raster, m_farm.ageRaster);
    QCOMPARE(drawn->strata.method, StrataMethod::AgeGroups);
    QCOMPARE(drawn->strata.ageGroups->speciesGroup, std::string("杉木"));
    QCOMPARE(drawn->strata.ageGroups->date, std::string("2024-12-31"));
    QCOMPARE(*drawn->strata.ageGroups->baseYear, 2018);
    Placement placement = *drawn;
    placement.columns.crs = "EPSG:4527";
    ImportRequest request =
        importOf(plots.toStdString(),
                 m_dir.filePath(QStringLiteral("farm/trees_2024.csv")).toStdString(), placement);
    JobContext context;
    const auto imported = project.importFieldData(request, context);
    QVERIFY(imported);
    QVERIFY(imported->imported());
    QCOMPARE(imported->plots, std::int64_t(30));
    QCOMPARE(imported->placedByLocation, 30);
    QCOMPARE(imported->disagreements, 0);
    QCOMPARE(imported->outsideStrata, 0);
    QCOMPARE(int(context.notices(NoticeCode::PlotsPlacedByLocation).size()), 1);
    QCOMPARE(imported->plotsCrs, std::string("EPSG:4527"));
    // The stock from placed plots equals the demo's, whose strata were recorded.
    StratifyRequest strata{"ages", {}, {}};
    strata.areas.raster = m_farm.ageRaster;
    strata.areas.strata = placement.strata;
    QVERIFY(project.stratify(strata, context));
    const auto placed = project.compute({"2024", "ages", {}, {}, 0.90}, context);
    auto demo = ProjectService::open(m_farm.project);
    JobContext demoContext;
    const auto recorded = demo->compute({"2024", "age-groups-2024", {}, {}, 0.90}, demoContext);
    QVERIFY(placed && recorded);
    QCOMPARE(placed->totalTco2e, recorded->totalTco2e);
    QCOMPARE(placed->uncertainty, recorded->uncertainty);
}

void TestProjectService::importKeepsRecordedStrataAndFlagsThem()
{
    // P01 recorded as mature although the map says young.
    const QString plots = copyPlots(QStringLiteral("plots_wrong.csv"), [](QString line) {
        if (line.startsWith(QStringLiteral("P01,")))
            line.replace(QStringLiteral(",young,"), QStringLiteral(",mature,"));
        return line;
    });
    ProjectService project = freshProject(QStringLiteral("flagged.tanhui"));
    Placement placement;
    placement.raster = m_farm.ageRaster;
    placement.strata = tanhui::test::firAgeGroups("2024-12-31");
    placement.columns.crs = "EPSG:4527";
    JobContext context;
    const auto imported = project.importFieldData(
        importOf(plots.toStdString(),
                 m_dir.filePath(QStringLiteral("farm/trees_2024.csv")).toStdString(), placement),
        context);
    QVERIFY(imported);
    QVERIFY(imported->imported());
    QCOMPARE(imported->placedByLocation, 0);
    QCOMPARE(imported->disagreements, 1);
    const auto notices = context.notices(NoticeCode::StratumDiffersFromMap);
    QCOMPARE(int(notices.size()), 1);
    QCOMPARE(notices[0].subject, std::string("P01"));
    QCOMPARE(notices[0].count, std::int64_t(1));
}

static QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

void TestProjectService::cancelledStratifyLeavesTheFileUnchanged()
{
    const std::string raster = m_dir.filePath(QStringLiteral("big.tif")).toStdString();
    const int size = 8192;
    std::vector<std::uint8_t> cells(std::size_t(size) * size);
    for (std::size_t i = 0; i < cells.size(); ++i)
        cells[i] = std::uint8_t(1 + (i / 97) % 5);
    QVERIFY(gis::writeByteRaster(raster, size, size, {500000, 1, 0, 3000000, 0, -1}, "EPSG:32650",
                                 0, cells));
    const QString path = m_dir.filePath(QStringLiteral("cancel.tanhui"));
    {
        ProjectService project = freshProject(QStringLiteral("cancel.tanhui"));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    {
        auto project = ProjectService::open(path.toStdString());
        QVERIFY(project);
        StratifyRequest request{"big", {}, {}};
        request.areas.raster = raster;
        JobContext context;
        context.onProgress([&context](const Progress& p) {
            if (p.phase == Phase::Stratifying && p.done >= 1)
                context.cancel();
        });
        const auto s = project->stratify(request, context);
        QVERIFY(!s);
        QCOMPARE(s.error().code, core::ErrorCode::Cancelled);
        QVERIFY(context.progress().done < context.progress().total);
        const auto layers = project->layers();
        QVERIFY(layers && layers->empty());
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
            QFile(path + QStringLiteral("-wal")).size() == 0);
}

// Four plots, two per stratum, one of 5 cm and one of 60 cm each: U is above 100 %, and the
// conservative stock (stock − U·stock with the full discount) is negative.
void TestProjectService::conservativeStockBelowZeroIsANotice()
{
    ProjectService project = freshProject(QStringLiteral("negative.tanhui"));
    auto file = [this](const char* name, const char* text) {
        return writeText(name, text);
    };
    const std::string plots = file("neg_plots.csv", "plot_id,stratum,area_m2\nP1,young,667\n"
                                                    "P2,young,667\nP3,mature,667\nP4,mature,667\n");
    const std::string trees = file("neg_trees.csv", "plot_id,species,dbh,height\nP1,杉木,5,4\n"
                                                    "P2,杉木,60,25\nP3,杉木,5,4\nP4,杉木,60,25\n");
    JobContext context;
    QVERIFY(project.importFieldData(importOf(plots, trees), context));
    QVERIFY(project.stratify(
        {"table", file("neg_areas.csv", "stratum,area_ha\nyoung,50\nmature,50\n"), {}}, context));
    const auto stock = project.compute({"2024", "table", {}, {}, 0.90}, context);
    QVERIFY(stock);
    QVERIFY(stock->uncertainty > 1.0);
    QVERIFY(stock->conservativeTotalTco2e < 0.0);
    const auto notices = context.notices(NoticeCode::ConservativeBelowZero);
    QCOMPARE(int(notices.size()), 1);
    QCOMPARE(notices[0].subject, std::string("2024"));
    QCOMPARE(std::stod(notices[0].detail), std::round(stock->conservativeTotalTco2e * 1000) / 1000);
}

// Every bad row of a tally is listed at once, each with its row and column (the tally is read
// a row at a time, so a bad cell no longer stops the reading), and nothing is written.
void TestProjectService::importListsEveryProblemOfTheTally()
{
    ProjectService project = freshProject(QStringLiteral("problems.tanhui"));
    const std::string plots =
        writeText("pr_plots.csv", "plot_id,stratum,area_m2\nP1,young,667\nP2,mature,667\n");
    const std::string trees = writeText("pr_trees.csv", "plot_id,species,dbh,height,status\n"
                                                        "P1,杉木,12.5,9,alive\n"
                                                        "P1,杉木,12;5,9,alive\n"
                                                        "P2,杉木,14,10,alive,extra\n"
                                                        "P9,杉木,14,10,alive\n"
                                                        "P2,杉木,14,10,maybe\n"
                                                        "P2,马尾松,9999,10,dead\n"
                                                        "P2,马尾松,20,11,dead\n");
    JobContext context;
    const auto report = project.importFieldData(importOf(plots, trees), context);
    QVERIFY(report);
    QVERIFY(!report->imported());
    std::vector<std::pair<std::int64_t, std::string>> where;
    for (const core::Error& e : report->problems) {
        QCOMPARE(e.file, trees);
        where.emplace_back(e.row, e.column);
    }
    const std::vector<std::pair<std::int64_t, std::string>> expected{
        {3, "dbh"}, {4, ""}, {5, "plot_id"}, {6, "status"}, {7, "dbh"}};
    QCOMPARE(where, expected);
    QCOMPARE(report->problems[0].code, core::ErrorCode::NotANumber);
    QCOMPARE(report->problems[1].code, core::ErrorCode::CellCount);
    QCOMPARE(report->problems[2].code, core::ErrorCode::UnknownReference);
    QCOMPARE(report->unlistedProblems, std::int64_t(0));
    // Nothing was written: the same plots import again, with the good rows.
    const std::string good = writeText("pr_good.csv", "plot_id,species,dbh\nP1,杉木,12.5\n");
    const auto again = project.importFieldData(importOf(plots, good), context);
    QVERIFY(again && again->imported());
    QCOMPARE(again->plots, std::int64_t(2));
    QCOMPARE(again->trees, std::int64_t(1));
}

// 60,000 trees: progress runs in bytes of the tally up to its size; a cancel midway leaves the
// project file as it was.
void TestProjectService::importStreamsWithProgressAndCancel()
{
    QByteArray plotText = "plot_id,stratum,area_ha\n";
    for (int p = 0; p < 300; ++p)
        plotText += "P" + QByteArray::number(p) + (p % 2 ? ",young" : ",mature") + ",0.0667\n";
    QByteArray treeText = "plot_id,species,dbh,height\n";
    for (int t = 0; t < 60000; ++t)
        treeText += "P" + QByteArray::number(t / 200) + ",杉木," + QByteArray::number(8 + t % 30) +
                    "," + QByteArray::number(6 + t % 12) + "\n";
    const std::string plots = writeText("many_plots.csv", plotText);
    const std::string trees = writeText("many_trees.csv", treeText);

    const QString path = m_dir.filePath(QStringLiteral("streamed.tanhui"));
    {
        ProjectService project = freshProject(QStringLiteral("streamed.tanhui"));
    }
    const QByteArray before = fileHash(path);
    {
        auto project = ProjectService::open(path.toStdString());
        QVERIFY(project);
        JobContext context;
        context.onProgress([&context](const Progress& p) {
            if (p.phase == Phase::Importing && p.done > 0)
                context.cancel();
        });
        const auto cancelled = project->importFieldData(importOf(plots, trees), context);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, core::ErrorCode::Cancelled);
    }
    QCOMPARE(fileHash(path), before);

    auto project = ProjectService::open(path.toStdString());
    QVERIFY(project);
    JobContext context;
    std::vector<Progress> seen;
    context.onProgress([&seen](const Progress& p) {
        if (p.phase == Phase::Importing)
            seen.push_back(p);
    });
    const auto report = project->importFieldData(importOf(plots, trees), context);
    QVERIFY(report && report->imported());
    QCOMPARE(report->trees, std::int64_t(60000));
    QVERIFY(seen.size() > 3);
    for (std::size_t i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i].done >= seen[i - 1].done);
    QCOMPARE(seen.back().done, std::int64_t(treeText.size()));
    QCOMPARE(seen.back().total, std::int64_t(treeText.size()));
}

QTEST_GUILESS_MAIN(TestProjectService)
#include "tst_projectservice.moc"
