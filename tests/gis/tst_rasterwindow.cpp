// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <cmath>
#include <limits>
#include <map>

#include "tanhui/gis/rasterwindow.h"

#include "testutil.h"

using namespace tanhui::gis;

// Windows of a stand raster read at an output size for the map, pixels for identify, and
// overviews built beside a layer without touching it.
class TestRasterWindow : public QObject
{
    Q_OBJECT
private slots:
    void readsWindowsAtOutputSize();
    void identifiesPixelsAsGdallocationinfo();
    void readsCodesAsTheValues();
    void buildsModeOverviewsBesideTheLayer();
    void cancelsAnOverviewBuild();
    void factorsStopAt256Pixels();

private:
    QTemporaryDir m_dir;
};

namespace {

// 8 × 4 cells: value = 10·row + column, nodata 255 at (column 7, row 0).
std::string writeGrid(const QTemporaryDir& dir)
{
    std::vector<std::uint8_t> cells;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 8; ++c)
            cells.push_back(std::uint8_t(r == 0 && c == 7 ? 255 : 10 * r + c));
    const std::string path = dir.filePath(QStringLiteral("grid.tif")).toStdString();
    const auto ok =
        writeByteRaster(path, 8, 4, {500000, 10, 0, 3000000, 0, -10}, "EPSG:4527", 255, cells);
    return ok ? path : std::string();
}

QByteArray bytes(const std::string& path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString augusta()
{
    return tanhui::test::realDataPath(
        QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
}

} // namespace

void TestRasterWindow::readsWindowsAtOutputSize()
{
    const std::string path = writeGrid(m_dir);
    auto reader = RasterWindowReader::open(path);
    QVERIFY(reader);
    // The whole raster at full size: every value, nodata as NaN.
    auto all = reader->read({0, 0, 8, 4}, 8, 4);
    QVERIFY(all);
    QCOMPARE((*all)[0], 0.0);
    QCOMPARE((*all)[8 * 3 + 5], 35.0);
    QVERIFY(std::isnan((*all)[7]));
    // Half size: nearest neighbour takes one cell of each 2 × 2, never an average (which would
    // invent 5.5 from 0, 1, 10, 11).
    auto half = reader->read({0, 0, 8, 4}, 4, 2);
    QVERIFY(half);
    for (double v : *half)
        QVERIFY(std::isnan(v) || (v == std::floor(v) && int(v) % 10 < 8));
    // A window half outside (to the left and above): what lies outside is NaN, the rest is
    // where it belongs.
    auto shifted = reader->read({-2, -1, 8, 4}, 8, 4);
    QVERIFY(shifted);
    QVERIFY(std::isnan((*shifted)[0]));
    QVERIFY(std::isnan((*shifted)[8 + 1]));
    QCOMPARE((*shifted)[8 + 2], 0.0);      // cell (0, 0)
    QCOMPARE((*shifted)[3 * 8 + 7], 25.0); // cell (5, 2)
    // Zoomed in: 4 output pixels per cell.
    auto zoomed = reader->read({2, 1, 2, 1}, 8, 4);
    QVERIFY(zoomed);
    QCOMPARE((*zoomed)[0], 12.0);
    QCOMPARE((*zoomed)[3], 12.0);
    QCOMPARE((*zoomed)[4], 13.0);
    QCOMPARE((*zoomed)[3 * 8 + 7], 13.0);
    // Wholly outside: all NaN, no read.
    auto outside = reader->read({100, 100, 8, 4}, 4, 2);
    QVERIFY(outside);
    QVERIFY(std::all_of(outside->begin(), outside->end(), [](double v) { return std::isnan(v); }));
    // An empty or non-finite window, or no output, is refused rather than read.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const PixelRect& bad :
         {PixelRect{0, 0, 0, 4}, PixelRect{nan, 0, 8, 4}, PixelRect{0, 0, 8, HUGE_VAL}})
        QCOMPARE(reader->read(bad, 4, 2).error().code, tanhui::core::ErrorCode::InvalidArgument);
    QCOMPARE(reader->read({0, 0, 8, 4}, 0, 2).error().code,
             tanhui::core::ErrorCode::InvalidArgument);
}

void TestRasterWindow::identifiesPixelsAsGdallocationinfo()
{
    const QString kAugusta = augusta();
    TANHUI_REQUIRE_REAL_DATA(kAugusta);
    auto reader = RasterWindowReader::open(kAugusta.toStdString());
    QVERIFY(reader);
    // gdallocationinfo -valonly augusta_nlcd.tif COLUMN ROW (GDAL 3.6.2)
    const std::array<std::array<int, 3>, 6> expected{{{0, 0, 42},
                                                      {100, 200, 42},
                                                      {321, 45, 71},
                                                      {677, 439, 23},
                                                      {300, 400, 42},
                                                      {500, 100, 71}}};
    for (const auto& [column, row, value] : expected) {
        const auto v = reader->pixel(column, row);
        QVERIFY(v && *v);
        QCOMPARE(**v, double(value));
        // The same cell through a window read at full resolution.
        const auto w = reader->read({double(column), double(row), 1, 1}, 1, 1);
        QVERIFY(w);
        QCOMPARE((*w)[0], double(value));
    }
    QCOMPARE(reader->pixel(678, 0).error().code, tanhui::core::ErrorCode::OutOfRange);
    // Nodata (255) identifies as no value.
    const std::string grid = writeGrid(m_dir);
    auto small = RasterWindowReader::open(grid);
    QVERIFY(small);
    const auto nodata = small->pixel(7, 0);
    QVERIFY(nodata && !*nodata);
}

// A Byte band read as codes holds the values a read as doubles gives, wherever the output
// pixel lies on the raster, at full resolution, zoomed out and partly outside.
void TestRasterWindow::readsCodesAsTheValues()
{
    const QString kAugusta = augusta();
    TANHUI_REQUIRE_REAL_DATA(kAugusta);
    auto reader = RasterWindowReader::open(kAugusta.toStdString());
    QVERIFY(reader && reader->hasCodes());
    const PixelRect windows[] = {
        {0, 0, 678, 440}, {-100.5, 20, 400, 300}, {321, 45, 7, 5}, {600, 400, 200, 100}};
    // One buffer for every window, as a map's views use it: each read gives its own window.
    CodeWindow codes;
    for (const PixelRect& w : windows) {
        const int width = 97, height = 61;
        const auto values = reader->read(w, width, height);
        QVERIFY(values && reader->readCodes(w, width, height, codes));
        QCOMPARE(codes.offset, 0);
        QCOMPARE(codes.bytes.size(),
                 std::size_t(codes.c1 - codes.c0) * std::size_t(codes.r1 - codes.r0));
        int inside = 0;
        for (int r = 0; r < height; ++r)
            for (int c = 0; c < width; ++c) {
                const double v = (*values)[std::size_t(r * width + c)];
                const bool on = c >= codes.c0 && c < codes.c1 && r >= codes.r0 && r < codes.r1;
                if (!on) {
                    QVERIFY(std::isnan(v)); // outside the raster
                    continue;
                }
                ++inside;
                const std::size_t i =
                    std::size_t((r - codes.r0) * (codes.c1 - codes.c0) + (c - codes.c0));
                if (!std::isnan(v))
                    QCOMPARE(double(codes.bytes[i]), v);
            }
        QVERIFY(inside > 0);
    }
    // The cell gdallocationinfo reads 71 at column 321, row 45.
    QVERIFY(reader->readCodes({321, 45, 1, 1}, 1, 1, codes));
    QCOMPARE(codes.bytes.size(), std::size_t(1));
    QCOMPARE(int(codes.bytes.at(0)), 71);
}

void TestRasterWindow::buildsModeOverviewsBesideTheLayer()
{
    const QString kAugusta = augusta();
    TANHUI_REQUIRE_REAL_DATA(kAugusta);
    const std::string copy = m_dir.filePath(QStringLiteral("augusta.tif")).toStdString();
    QVERIFY(QFile::copy(kAugusta, QString::fromStdString(copy)));
    const QByteArray before = bytes(copy);
    QCOMPARE(overviewFactors(copy).value(), std::vector<int>{});
    double last = 0.0;
    QVERIFY(buildOverviews(copy, OverviewResampling::Mode, [&](double done) {
        last = done;
        return true;
    }));
    QCOMPARE(last, 1.0);
    // The layer itself is byte for byte as it was (its SHA-256 is recorded); the overviews
    // are in the .ovr beside it.
    QCOMPARE(bytes(copy), before);
    QVERIFY(QFile::exists(QString::fromStdString(copy + ".ovr")));
    QCOMPARE(overviewFactors(copy).value(), (std::vector<int>{2, 4}));
    // The first overview holds each 2 × 2 block's most frequent class: checked on every block
    // whose mode is unique, from the full-resolution cells.
    auto reader = RasterWindowReader::open(copy);
    QVERIFY(reader);
    const auto full = reader->read({0, 0, 678, 440}, 678, 440);
    const auto level = reader->read({0, 0, 678, 440}, 339, 220);
    QVERIFY(full && level);
    int checked = 0;
    for (int r = 0; r < 220; ++r)
        for (int c = 0; c < 339; ++c) {
            std::map<double, int> counts;
            for (int dy = 0; dy < 2; ++dy)
                for (int dx = 0; dx < 2; ++dx) {
                    const double v = (*full)[std::size_t(2 * r + dy) * 678 + 2 * c + dx];
                    if (!std::isnan(v))
                        ++counts[v];
                }
            int best = 0, ties = 0;
            double mode = 0.0;
            for (const auto& [v, n] : counts) {
                if (n > best) {
                    best = n;
                    mode = v;
                    ties = 0;
                } else if (n == best) {
                    ++ties;
                }
            }
            if (best < 3 || ties > 0) // 3 of 4 cells, or all: the mode is unambiguous
                continue;
            QCOMPARE((*level)[std::size_t(r) * 339 + c], mode);
            ++checked;
        }
    QVERIFY(checked > 30000); // most blocks of a land-cover map are (nearly) uniform
}

void TestRasterWindow::cancelsAnOverviewBuild()
{
    const QString kAugusta = augusta();
    TANHUI_REQUIRE_REAL_DATA(kAugusta);
    const std::string copy = m_dir.filePath(QStringLiteral("cancelled.tif")).toStdString();
    QVERIFY(QFile::copy(kAugusta, QString::fromStdString(copy)));
    const QByteArray before = bytes(copy);
    const auto cancelled =
        buildOverviews(copy, OverviewResampling::Nearest, [](double done) { return done < 0.3; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, tanhui::core::ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(QString::fromStdString(copy + ".ovr"))); // nothing half-built left
    QCOMPARE(bytes(copy), before);
    QCOMPARE(overviewFactors(copy).value(), std::vector<int>{});
}

void TestRasterWindow::factorsStopAt256Pixels()
{
    QCOMPARE(overviewFactorsFor(32768, 32768), (std::vector<int>{2, 4, 8, 16, 32, 64, 128}));
    QCOMPARE(overviewFactorsFor(678, 440), (std::vector<int>{2, 4}));
    QCOMPARE(overviewFactorsFor(300, 10), (std::vector<int>{2}));
    QCOMPARE(overviewFactorsFor(256, 256), std::vector<int>{});
}

QTEST_GUILESS_MAIN(TestRasterWindow)
#include "tst_rasterwindow.moc"
