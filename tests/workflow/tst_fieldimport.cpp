// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// What the import wizard stands on: preview as decoded, columns detected and chosen,
// coordinates checked against the CRS, a check that writes nothing, every plot problem listed.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "tanhui/core/fielddata.h"
#include "tanhui/workflow/fieldimport.h"
#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/projectservice.h"

#include "testutil.h"

using namespace tanhui;
using namespace tanhui::workflow;

class TestFieldImport : public QObject
{
    Q_OBJECT
private slots:
    void previewDecodesAndDetects();
    void choiceRenamesColumns();
    void coordinatesAreCheckedAgainstTheCrs();
    void checkWritesNothingAndChoiceIsUsed();
    void everyPlotProblemIsListed();
    void theCoordinatesCrsIsRecorded();

private:
    std::string write(const char* name, const QByteArray& bytes)
    {
        return tanhui::test::writeFile(QDir(m_dir.path()), QLatin1String(name), bytes)
            .toStdString();
    }
    static std::string column(const ColumnChoice& choice, const std::string& field)
    {
        for (const auto& [f, c] : choice)
            if (f == field)
                return c;
        return "?";
    }
    // A new project NAME.tanhui with the draft period 2024 (2022–2024).
    core::Result<ProjectService> projectWith2024(const char* name)
    {
        auto project = ProjectService::create(
            m_dir.filePath(QLatin1String(name) + QStringLiteral(".tanhui")).toStdString(), name,
            "CCER-14-001");
        if (!project)
            return project.error();
        if (auto period = project->addPeriod("2024", "2022-01-01", "2024-12-31"); !period)
            return period.error();
        return project;
    }
    static ImportRequest into2024(const std::string& plots, const std::string& trees)
    {
        ImportRequest request;
        request.period = "2024";
        request.plots = plots;
        request.trees = trees;
        return request;
    }
    QTemporaryDir m_dir;
};

// 样地号,面积,X,Y in GB18030 (a Chinese Excel export): detected, decoded, columns found.
void TestFieldImport::previewDecodesAndDetects()
{
    const std::string path = write("plots_gb.csv", "\xd1\xf9\xb5\xd8\xba\xc5,area_m2,X,Y\n"
                                                   "P1,667,3020100.5,39512000.2\n"
                                                   "P2,667,3020300.0,39512400.0\n");
    const auto p = previewTable(path, FieldTable::Plots, core::TextEncoding::Detect);
    QVERIFY(p);
    QCOMPARE(p->encoding, std::string("GB18030"));
    QCOMPARE(QString::fromStdString(p->header[0]), QStringLiteral("样地号"));
    QCOMPARE(int(p->rows.size()), 2);
    QCOMPARE(p->rowNumbers[1], std::int64_t(3));
    QCOMPARE(QString::fromStdString(column(p->detected, "plot_id")), QStringLiteral("样地号"));
    QCOMPARE(column(p->detected, "area_m2"), std::string("area_m2"));
    QCOMPARE(column(p->detected, "easting"), std::string("X")); // the header's guess
    QCOMPARE(column(p->detected, "stratum"), std::string());
    const auto forced = previewTable(path, FieldTable::Plots, core::TextEncoding::Utf8);
    QCOMPARE(forced->encoding, std::string("UTF-8"));
    QVERIFY(QString::fromStdString(forced->header[0]) != QStringLiteral("样地号"));
    QCOMPARE(column(forced->detected, "plot_id"), std::string());
    QCOMPARE(int(fieldsOf(FieldTable::Trees).size()), 6);
    QVERIFY(fieldsOf(FieldTable::Trees)[2].required); // dbh
}

// Northing in the column called X, easting in Y (a GK sheet): chosen so, read so.
void TestFieldImport::choiceRenamesColumns()
{
    core::Table t;
    t.source = "plots.csv";
    t.columns = {"样地号", "area_m2", "X", "Y", "lon"};
    t.rows = {{"P1", "667", "3020100.5", "39512000.2", "117.1"}};
    t.rowNumbers = {2};
    applyColumnChoice(t, FieldTable::Plots, {{"easting", "Y"}, {"northing", "X"}});
    QCOMPARE(t.columns[2], std::string("northing"));
    QCOMPARE(t.columns[3], std::string("easting"));
    QCOMPARE(t.columns[4], std::string("lon (not used)"));
    const auto plots = core::plotsFromTable(t);
    QVERIFY(plots);
    QCOMPARE((*plots)[0].x, 39512000.2);
    QCOMPARE((*plots)[0].y, 3020100.5);
    // A header cell with blanks around it, chosen as the preview shows it (blanks and all) or
    // as typed without them: found either way.
    for (const std::string& chosen : {std::string(" 样地编号 "), std::string("样地编号")}) {
        core::Table padded;
        padded.columns = {" 样地编号 ", "area_m2"};
        applyColumnChoice(padded, FieldTable::Plots, {{"plot_id", chosen}});
        QCOMPARE(padded.columns[0], std::string("plot_id"));
    }
}

void TestFieldImport::coordinatesAreCheckedAgainstTheCrs()
{
    TablePreview p;
    p.header = {"X", "Y", "E6"};
    p.rows = {{"3020100.5", "39512000.2", "512000.2"}, {"3020300", "39512400", "512400"}};
    const CrsInfo zone39{"EPSG:4527", "CGCS2000 / 3-degree Gauss-Kruger zone 39", false, true};
    const CrsInfo zone40{"EPSG:4528", "CGCS2000 / 3-degree Gauss-Kruger zone 40", false, true};
    const CrsInfo cm117{"EPSG:4548", "CGCS2000 / 3-degree Gauss-Kruger CM 117E", false, false};
    using W = CoordinateWarning;
    using Ws = std::vector<CoordinateWarning>;
    QCOMPARE(checkCoordinates(p, "Y", "X", zone39), Ws{});
    QCOMPARE(checkCoordinates(p, "X", "Y", zone39), Ws{W::LooksSwapped});
    QCOMPARE(checkCoordinates(p, "Y", "X", cm117), Ws{W::PrefixedEastingWithoutZoneCrs});
    QCOMPARE(checkCoordinates(p, "Y", "X", zone40), Ws{W::ZoneDiffers});
    QCOMPARE(checkCoordinates(p, "E6", "X", zone39), Ws{W::ZoneCrsWithoutPrefix});
    QCOMPARE(checkCoordinates(p, "E6", "X", cm117), Ws{});
    TablePreview g;
    g.header = {"经度", "纬度"};
    g.rows = {{"117.2", "26.5"}, {"117°12'00\"", "26°30'10\""}, {"117.3", "26.6"}};
    const CrsInfo cgcs{"EPSG:4490", "China Geodetic Coordinate System 2000", true, false};
    QCOMPARE(checkCoordinates(g, "纬度", "经度", cgcs), Ws{W::LooksSwapped});
    QCOMPARE(checkCoordinates(p, "Y", "X", cgcs), Ws{W::NotDegrees});
    QCOMPARE(checkCoordinates(p, "", "X", zone39), Ws{}); // no easting chosen: nothing to say
}

// Column names no reader knows (样地编号, DBH(cm)) chosen in the wizard; a check first, then
// the import.
void TestFieldImport::checkWritesNothingAndChoiceIsUsed()
{
    const std::string plots = write("wiz_plots.csv", "样地编号,面积(m2),stratum\n"
                                                     "A1,667,young\nA2,667,young\n");
    const std::string trees =
        write("wiz_trees.csv", "样地编号,树种,DBH(cm),树高\n"
                               "A1,杉木,12.5,9\nA2,杉木,14,10\nA2,杉木,9.5,8\n");
    auto project = projectWith2024("wiz");
    QVERIFY(project);
    ImportRequest request = into2024(plots, trees);
    JobContext unchosen;
    const auto missing = project->importFieldData(request, unchosen);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, core::ErrorCode::MissingColumn);
    request.plotsReading.columns = {{"plot_id", "样地编号"}, {"area_m2", "面积(m2)"}};
    request.treesReading.columns = {{"plot_id", "样地编号"}, {"dbh", "DBH(cm)"}};
    request.checkOnly = true;
    JobContext check;
    const auto checked = project->importFieldData(request, check);
    QVERIFY2(checked, checked ? "" : checked.error().detail.c_str());
    QVERIFY(checked->problems.empty());
    QVERIFY(checked->checkedOnly && !checked->imported());
    QCOMPARE(checked->trees, std::int64_t(3));
    QCOMPARE(project->overview()->periods[0].plots.size(), std::size_t(0));
    request.checkOnly = false;
    JobContext import;
    const auto imported = project->importFieldData(request, import);
    QVERIFY(imported && imported->imported());
    QCOMPARE(project->overview()->periods[0].plots.size(), std::size_t(2));
}

// Two plot rows that are not plots: both listed with row and column, nothing written.
void TestFieldImport::everyPlotProblemIsListed()
{
    const std::string plots =
        write("bad_plots.csv", "plot_id,area_ha\nA1,0.0667\nA2,abc\nA3,0.0667\nA4,-1\n");
    const std::string trees = write("bad_trees.csv", "plot_id,species,dbh\nA1,杉木,12\n");
    auto project = projectWith2024("bad");
    QVERIFY(project);
    ImportRequest request = into2024(plots, trees);
    JobContext context;
    const auto summary = project->importFieldData(request, context);
    QVERIFY(summary);
    QCOMPARE(int(summary->problems.size()), 2);
    QCOMPARE(summary->problems[0].row, std::int64_t(3));
    QCOMPARE(summary->problems[0].column, std::string("area_ha"));
    QCOMPARE(summary->problems[1].row, std::int64_t(5));
    QVERIFY(!summary->imported());
    QCOMPARE(project->overview()->periods[0].plots.size(), std::size_t(0));
}

// Each import records the CRS its plots' coordinates are in, so that the map draws them where
// they are: the CRS given (as its EPSG code), WGS 84 for lon/lat columns (said), none for x/y
// in no CRS given (said); a CRS that does not exist is refused before anything is written.
void TestFieldImport::theCoordinatesCrsIsRecorded()
{
    const std::string trees = write("crs_trees.csv", "plot_id,species,dbh\nG1,杉木,12\n");
    const std::string gk = write("crs_gk.csv", "plot_id,area_ha,x,y\nG1,0.0667,39512345.5,"
                                               "3123456.5\nG2,0.0667,,\n");
    const std::string lonLat =
        write("crs_lonlat.csv", "plot_id,area_ha,lon,lat\nG1,0.0667,117.12,28.21\n");
    struct Case
    {
        const char* name;
        std::string plots;
        std::string crs;
        std::string recorded;
        std::optional<NoticeCode> notice;
    };
    const std::vector<Case> cases = {
        {"given", gk, "EPSG:4527", "EPSG:4527", std::nullopt},
        // A CRS PROJ identifies at 100 % is recorded by its code, however it was given.
        {"proj", gk,
         "+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=39500000 +y_0=0 +ellps=GRS80 +units=m", "",
         std::nullopt},
        {"lonlat", lonLat, "", "EPSG:4326", NoticeCode::CrsAssumed},
        {"unknown", gk, "", "", NoticeCode::PlotsCrsUnknown},
    };
    for (const Case& c : cases) {
        auto project = projectWith2024(c.name);
        QVERIFY(project);
        ImportRequest request = into2024(c.plots, trees);
        request.placeColumns.crs = c.crs;
        JobContext context;
        const auto summary = project->importFieldData(request, context);
        QVERIFY2(summary && summary->imported(), c.name);
        // A CRS with no identifier is recorded as its WKT.
        const std::string recorded = c.crs.starts_with("+proj") ? summary->plotsCrs : c.recorded;
        if (c.crs.starts_with("+proj"))
            QVERIFY2(recorded.find("39500000") != std::string::npos, recorded.c_str());
        QVERIFY2(summary->plotsCrs == recorded,
                 (std::string(c.name) + ": " + summary->plotsCrs).c_str());
        if (c.notice)
            QCOMPARE(int(context.notices(*c.notice).size()), 1);
        const auto plots = *project->plots("2024");
        QCOMPARE(plots[0].first.crs, recorded);
        if (plots.size() > 1) // G2 has no coordinates, and so no CRS
            QCOMPARE(plots[1].first.crs, std::string());
    }
    auto project = projectWith2024("badcrs");
    QVERIFY(project);
    ImportRequest request = into2024(gk, trees);
    request.placeColumns.crs = "EPSG:99999";
    JobContext context;
    const auto refused = project->importFieldData(request, context);
    QVERIFY(!refused);
    QCOMPARE(refused.error().column, std::string("crs"));
    QVERIFY(QString::fromStdString(refused.error().detail).contains(QStringLiteral("EPSG:99999")));
    QCOMPARE(project->overview()->periods[0].plots.size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestFieldImport)
#include "tst_fieldimport.moc"
