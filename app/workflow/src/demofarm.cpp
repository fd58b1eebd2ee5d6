// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/demofarm.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>

#include "tanhui/core/agegroups.h"
#include "tanhui/gis/rasterinfo.h"
#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/projectservice.h"

namespace tanhui::workflow {

namespace {

// The farm: 300 × 200 cells of 10 m (600 ha) in CGCS2000 / 3-degree Gauss-Kruger zone 39, in
// 1-ha stands (10 × 10 cells) with a stream (nodata) across.
constexpr int kWidth = 300;
constexpr int kHeight = 200;
constexpr int kStand = 10;
constexpr int kBaseYear = 2018;
const std::array<double, 6> kGeoTransform{39420000.0, 10.0, 0.0, 2910000.0, 0.0, -10.0};
constexpr const char* kCrs = "EPSG:4527";

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

std::string fixed1(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", v);
    return text;
}

// Trees of one plot at `year`: each tree keeps its own growth factor, so re-measurements
// grow consistently; a few die between measurements.
void writeTally(const PlotSite& site, int year, std::string& trees)
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
        trees += site.id + ',' + (pine ? "马尾松" : "杉木") + ',' + fixed1(dbh) + ',' +
                 fixed1(height) + ',' + (deathYear < year ? "dead" : "alive") + '\n';
    }
}

core::Result<void> writeFile(const QString& path, const std::string& content)
{
    QSaveFile file(path); // whole or not at all
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(content.data(), qint64(content.size())) != qint64(content.size()) ||
        !file.commit())
        return core::Error{core::ErrorCode::FileUnreadable,
                           file.errorString().toStdString(),
                           path.toStdString(),
                           0,
                           {}};
    return {};
}

core::Result<std::string> writeAgeRaster(const QDir& dir)
{
    std::vector<std::uint8_t> ages(std::size_t(kWidth) * kHeight);
    for (int row = 0; row < kHeight; ++row)
        for (int col = 0; col < kWidth; ++col)
            ages[std::size_t(row) * kWidth + std::size_t(col)] =
                inStream(col, row) ? 0 : std::uint8_t(standAge(col, row));
    const std::string raster = dir.filePath(QStringLiteral("stands_age.tif")).toStdString();
    if (auto ok = gis::writeByteRaster(raster, kWidth, kHeight, kGeoTransform, kCrs, 0, ages); !ok)
        return ok.error();
    return raster;
}

// Plots and tallies of both measurements; each plot's stratum is the map's at that date.
core::Result<void> writeFieldData(const QDir& dir)
{
    core::AgeGroupRule fir;
    fir.upperBounds = {10, 20, 25, 35}; // 杉木, southern plantations (cn_age_groups.csv)
    const core::CarbonClassMapping classes;
    const std::vector<PlotSite> sites = plotSites();
    for (int year : {2021, 2024}) {
        std::string plots = "plot_id,stratum,x,y,area_m2,slope_deg\n";
        std::string trees = "plot_id,species,dbh,height,status\n";
        for (const PlotSite& site : sites) {
            const int cls =
                classes.classOf[std::size_t(fir.groupOf(site.baseAge + (year - kBaseYear)))];
            char slope[16];
            std::snprintf(slope, sizeof slope, "%g", site.slope);
            plots += site.id + ',' + classes.names[std::size_t(cls)] + ',' +
                     fixed1(kGeoTransform[0] + (site.col + 0.5) * kGeoTransform[1]) + ',' +
                     fixed1(kGeoTransform[3] + (site.row + 0.5) * kGeoTransform[5]) + ",667," +
                     slope + '\n';
            writeTally(site, year, trees);
        }
        const QString y = QString::number(year);
        if (auto ok = writeFile(dir.filePath(QStringLiteral("plots_") + y + QStringLiteral(".csv")),
                                plots);
            !ok)
            return ok;
        if (auto ok = writeFile(dir.filePath(QStringLiteral("trees_") + y + QStringLiteral(".csv")),
                                trees);
            !ok)
            return ok;
    }
    return {};
}

// The workflow on the farm as a survey engineer runs it: strata of the age raster at each
// period's end, stocks with the shipped parameter set, 2021 sealed, the change 2021 → 2024
// on the re-measured plots; 2024 stays a draft to be sealed.
core::Result<void> runWorkflow(ProjectService& project, const QDir& dir, const std::string& raster,
                               JobContext& context)
{
    if (auto layer = project.addLayer(LayerKind::Raster, LayerRole::Age, raster); !layer)
        return layer.error();
    for (int year : {2021, 2024}) {
        const std::string y = std::to_string(year);
        if (auto period = project.addPeriod(y, std::to_string(year - 2) + "-01-01", y + "-12-31");
            !period)
            return period.error();
        const QString suffix = QString::fromStdString(y) + QStringLiteral(".csv");
        ImportRequest import;
        import.period = y;
        import.plots = dir.filePath(QStringLiteral("plots_") + suffix).toStdString();
        import.trees = dir.filePath(QStringLiteral("trees_") + suffix).toStdString();
        import.placeColumns.crs = kCrs; // the plots were surveyed on the raster's grid
        const auto imported = project.importFieldData(import, context);
        if (!imported)
            return imported.error();
        if (!imported->imported())
            return imported->problems.front();
    }
    for (int year : {2021, 2024}) {
        const std::string y = std::to_string(year);
        AgeGroupChoice ages;
        ages.speciesGroup = "杉木";
        ages.baseYear = kBaseYear;
        ages.date = y + "-12-31";
        StratifyRequest stratify{"age-groups-" + y, {}, {}};
        stratify.areas.raster = raster;
        stratify.areas.strata = {StrataMethod::AgeGroups, {}, ages};
        if (auto s = project.stratify(stratify, context); !s)
            return s.error();
        if (auto stock = project.compute({y, stratify.name, {}, {}, 0.90}, context); !stock)
            return stock.error();
        if (year == 2021)
            if (auto sealed = project.seal(y); !sealed)
                return sealed.error();
    }
    if (auto change = project.compare({"2024", {}, ChangeMethod::Automatic}, context); !change)
        return change.error();
    return {};
}

} // namespace

core::Result<DemoFarm> createDemoFarm(const std::string& directory, JobContext& context)
{
    const QDir dir(QDir(QString::fromStdString(directory)).absolutePath());
    const std::string projectPath = dir.filePath(QStringLiteral("demo.tanhui")).toStdString();
    // Never over files of the user's: the folder must be new or empty.
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return core::Error{core::ErrorCode::DuplicateId,
                           "exists already and is not empty: give an empty or new directory",
                           dir.path().toStdString(),
                           0,
                           {}};
    const bool existed = dir.exists();
    if (!QDir().mkpath(dir.path()))
        return core::Error{core::ErrorCode::FileUnreadable,
                           "cannot create the directory",
                           dir.path().toStdString(),
                           0,
                           {}};
    auto made = [&]() -> core::Result<DemoFarm> {
        context.beginPhase(Phase::Writing);
        const auto raster = writeAgeRaster(dir);
        if (!raster)
            return raster.error();
        if (auto written = writeFieldData(dir); !written)
            return written.error();
        auto project =
            ProjectService::create(projectPath, "示范林场 demo forest farm", "CCER-14-001-V01");
        if (!project)
            return project.error();
        if (auto done = runWorkflow(*project, dir, *raster, context); !done)
            return done.error();
        return DemoFarm{dir.path().toStdString(), projectPath, *raster};
    }();
    // All or nothing: a demo that failed half-way (a full disk, a cancel) leaves the folder
    // as it was, new or empty, never a project file that is not one.
    if (!made) {
        QDir(dir.path()).removeRecursively();
        if (existed)
            QDir().mkpath(dir.path());
    }
    return made;
}

} // namespace tanhui::workflow
