// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cmath>
#include <random>

#include "tanhui/core/agegroups.h"
#include "tanhui/core/biomass.h"
#include "tanhui/gis/rasterinfo.h"
#include "tanhui/store/project.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::ui {

namespace {

class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::DemoCommand)
public:
    static QString description()
    {
        return tr(
            "Create a deterministic demo forest farm in DIR: a stand-age raster (China fir "
            "plantations, ages as of 2018), 30 permanent plots measured in 2021 and "
            "re-measured in 2024 with their tree tallies, and a project file that went through "
            "the workflow: strata of both dates, both stocks, 2021 sealed, the change "
            "2021 → 2024 computed, 2024 a draft.");
    }
    static QString written(const QString& dir)
    {
        return tr("Demo forest farm written to %1").arg(dir);
    }
    static QString exists(const QString& path)
    {
        return tr("%1 exists already: give an empty or new directory.").arg(path);
    }
};

// The farm: 300 × 200 cells of 10 m (600 ha) in CGCS2000 / 3-degree Gauss-Kruger zone 39, in
// 1-ha stands (10 × 10 cells) with a stream (nodata) across.
constexpr int kWidth = 300;
constexpr int kHeight = 200;
constexpr int kStand = 10;
constexpr int kBaseYear = 2018;
const std::array<double, 6> kGeoTransform{39420000.0, 10.0, 0.0, 2910000.0, 0.0, -10.0};

std::uint32_t mix(std::uint32_t x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

int standAge(int col, int row)
{
    return 1 + int(mix(std::uint32_t((col / kStand) * 7919 + (row / kStand) * 104729)) % 30);
}

bool inStream(int col, int row)
{
    return std::abs(col - row * 3 / 2 - 40) < 2;
}

struct PlotSite
{
    std::string id;
    int col = 0;
    int row = 0;
    int baseAge = 0;
    double slope = 0.0;
};

// One plot per base age 1–30: every stratum has plots at both measurements.
std::vector<PlotSite> plotSites()
{
    std::vector<PlotSite> sites;
    for (int age = 1; age <= 30; ++age) {
        for (int s = 0; s < (kWidth / kStand) * (kHeight / kStand); ++s) {
            const int col = (s % (kWidth / kStand)) * kStand + kStand / 2;
            const int row = (s / (kWidth / kStand)) * kStand + kStand / 2;
            if (standAge(col, row) != age || inStream(col, row))
                continue;
            char id[8];
            std::snprintf(id, sizeof id, "P%02d", age);
            sites.push_back({id, col, row, age, double(mix(std::uint32_t(s)) % 25)});
            break;
        }
    }
    return sites;
}

// Trees of one plot at `year`: each tree keeps its own growth factor, so re-measurements
// grow consistently; a few die between measurements.
void writeTally(const PlotSite& site, int year, QTextStream& trees)
{
    const double age = site.baseAge + (year - kBaseYear);
    std::mt19937 rng(std::uint32_t(site.baseAge * 1000 + 7));
    std::lognormal_distribution<double> dbhFactor(0.0, 0.22);
    std::lognormal_distribution<double> heightFactor(0.0, 0.08);
    std::uniform_real_distribution<double> uniform;
    // Stems per plot thin out with age (≈1200/ha young, ≈800/ha at 35 years).
    const int count = int((70 + mix(std::uint32_t(site.baseAge)) % 20) * std::exp(-0.012 * age));
    for (int t = 0; t < count; ++t) {
        const double fd = dbhFactor(rng);
        const double fh = heightFactor(rng);
        const double deathYear = kBaseYear + 60 * uniform(rng);
        const bool pine = uniform(rng) < 0.15;
        const double dbh = (2.0 + 26.0 * (1.0 - std::exp(-0.06 * age))) * fd;
        const double height = 1.3 + 22.0 * (1.0 - std::exp(-0.06 * age)) * fh;
        trees << QString::fromStdString(site.id) << ',' << (pine ? "马尾松" : "杉木") << ','
              << QString::number(dbh, 'f', 1) << ',' << QString::number(height, 'f', 1) << ','
              << (deathYear < year ? "dead" : "alive") << '\n';
    }
}

} // namespace

int runDemo(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(DemoText::description());
    parser.addPositionalArgument(QStringLiteral("DIR"), DemoText::tr("Directory to create."));
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    const QDir dir(parser.positionalArguments().first());
    const QString projectPath = dir.filePath(QStringLiteral("demo.tanhui"));
    if (QFile::exists(projectPath)) {
        err << DemoText::exists(projectPath) << '\n';
        return ExitUsage;
    }
    QDir().mkpath(dir.path());

    // The stand-age raster.
    std::vector<std::uint8_t> ages(std::size_t(kWidth) * kHeight);
    for (int row = 0; row < kHeight; ++row)
        for (int col = 0; col < kWidth; ++col)
            ages[std::size_t(row) * kWidth + std::size_t(col)] =
                inStream(col, row) ? 0 : std::uint8_t(standAge(col, row));
    const QString raster = dir.filePath(QStringLiteral("stands_age.tif"));
    if (auto ok = gis::writeByteRaster(raster.toStdString(), kWidth, kHeight, kGeoTransform,
                                       "EPSG:4527", 0, ages);
        !ok) {
        reportError(ok.error(), err);
        return ExitInputError;
    }

    // Plots and tallies of both measurements; each plot's stratum is the map's at that date.
    core::AgeGroupRule fir;
    fir.upperBounds = {10, 20, 25, 35}; // 杉木, southern plantations (cn_age_groups.csv)
    const core::CarbonClassMapping classes;
    const std::vector<PlotSite> sites = plotSites();
    for (int year : {2021, 2024}) {
        QFile plots(dir.filePath(QStringLiteral("plots_%1.csv").arg(year)));
        QFile trees(dir.filePath(QStringLiteral("trees_%1.csv").arg(year)));
        if (!plots.open(QIODevice::WriteOnly) || !trees.open(QIODevice::WriteOnly)) {
            reportError({core::ErrorCode::FileUnreadable,
                         plots.errorString().toStdString(),
                         plots.fileName().toStdString(),
                         0,
                         {}},
                        err);
            return ExitInputError;
        }
        QTextStream p(&plots);
        QTextStream t(&trees);
        p << "plot_id,stratum,x,y,area_m2,slope_deg\n";
        t << "plot_id,species,dbh,height,status\n";
        for (const PlotSite& site : sites) {
            const int cls =
                classes.classOf[std::size_t(fir.groupOf(site.baseAge + (year - kBaseYear)))];
            p << QString::fromStdString(site.id) << ','
              << QString::fromStdString(classes.names[std::size_t(cls)]) << ','
              << QString::number(kGeoTransform[0] + (site.col + 0.5) * kGeoTransform[1], 'f', 1)
              << ','
              << QString::number(kGeoTransform[3] + (site.row + 0.5) * kGeoTransform[5], 'f', 1)
              << ",667," << site.slope << '\n';
            writeTally(site, year, t);
        }
    }

    // The project file: the age raster as a layer, both periods imported.
    auto project = store::Project::create(projectPath.toStdString(),
                                          {"示范林场 demo forest farm", "CCER-14-001-V01", ""});
    if (!project) {
        reportError(project.error(), err);
        return ExitInputError;
    }
    const auto info = gis::readRasterInfo(raster.toStdString());
    if (auto ok =
            project->addLayer("raster", "age", raster.toStdString(), info ? info->crsWkt : "");
        !ok) {
        reportError(ok.error(), err);
        return ExitInputError;
    }
    for (int year : {2021, 2024}) {
        const auto period =
            project->addPeriod(std::to_string(year), std::to_string(year - 2) + "-01-01",
                               std::to_string(year) + "-12-31");
        const QString plotsPath = dir.filePath(QStringLiteral("plots_%1.csv").arg(year));
        const QString treesPath = dir.filePath(QStringLiteral("trees_%1.csv").arg(year));
        const auto plotTable = readTableOrReport(plotsPath, err);
        const auto treeTable = plotTable ? readTableOrReport(treesPath, err) : std::nullopt;
        if (!period || !treeTable)
            return ExitInputError;
        const auto plots = core::plotsFromTable(*plotTable);
        const auto trees = core::treesFromTable(*treeTable);
        if (!plots || !trees) {
            reportError(!plots ? plots.error() : trees.error(), err);
            return ExitInputError;
        }
        const auto report = project->importPlotsAndTrees(
            *period, *plots, *trees, plotsPath.toStdString(), treesPath.toStdString());
        if (!report || !report->imported()) {
            reportError(!report ? report.error() : report->problems.front(), err);
            return ExitInputError;
        }
    }
    // The workflow on it, as a survey engineer runs it: strata of the age raster at each
    // period's end, stocks with the shipped parameter set, 2021 sealed, the change 2021 →
    // 2024 on the re-measured plots; 2024 stays a draft to be sealed.
    const QString file = projectPath;
    QString log;
    QTextStream quiet(&log);
    auto step = [&](int (*command)(const QStringList&, QTextStream&, QTextStream&),
                    const QStringList& commandArguments) {
        return command(commandArguments, quiet, err) == ExitOk;
    };
    for (int year : {2021, 2024}) {
        const QString y = QString::number(year);
        const QString strata = QStringLiteral("age-groups-") + y;
        if (!step(&runProjectStratify,
                  {QStringLiteral("project stratify"), file, QStringLiteral("--name"), strata,
                   QStringLiteral("--"), raster, QStringLiteral("--age-group"),
                   QStringLiteral("杉木"), QStringLiteral("--region"), QStringLiteral("south"),
                   QStringLiteral("--origin"), QStringLiteral("planted"),
                   QStringLiteral("--base-year"), QStringLiteral("2018"), QStringLiteral("--date"),
                   y + QStringLiteral("-12-31")}) ||
            !step(&runProjectCompute,
                  {QStringLiteral("project compute"), file, QStringLiteral("--period"), y,
                   QStringLiteral("--stratification"), strata}))
            return ExitInputError;
        if (year == 2021 && !step(&runProject, {QStringLiteral("project"), QStringLiteral("seal"),
                                                file, QStringLiteral("--period"), y}))
            return ExitInputError;
    }
    if (!step(&runProjectCompare, {QStringLiteral("project compare"), file,
                                   QStringLiteral("--period"), QStringLiteral("2024")}))
        return ExitInputError;
    out << DemoText::written(dir.path()) << '\n';
    return ExitOk;
}

} // namespace tanhui::ui
