// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstring>

#include "tanhui/core/cellmask.h"
#include "tanhui/core/rasterstack.h"
#include "tanhui/core/stratumrules.h"

using namespace tanhui::core;

namespace {

// An in-memory raster of doubles served in blocks of any PixelType (exactextract-style fake).
class MemoryRaster : public RasterSource
{
public:
    MemoryRaster(int width, int height, int blockWidth, int blockHeight, PixelType type,
                 std::optional<double> noData, std::vector<double> cells)
        : m_grid{width, height, blockWidth, blockHeight}
        , m_type(type)
        , m_noData(noData)
        , m_cells(std::move(cells))
    {}
    RasterGrid grid() const override { return m_grid; }
    PixelType pixelType() const override { return m_type; }
    std::optional<double> noData() const override { return m_noData; }
    Result<std::unique_ptr<RasterBlockReader>> openReader() const override
    {
        return std::unique_ptr<RasterBlockReader>(new Reader(*this));
    }
    int failAtBlock = -1;

private:
    class Reader : public RasterBlockReader
    {
    public:
        explicit Reader(const MemoryRaster& r)
            : m_r(r)
        {}
        Result<void> readBlock(int bx, int by, void* buffer) override
        {
            const RasterGrid& g = m_r.m_grid;
            if (by * g.blocksAcross() + bx == m_r.failAtBlock)
                return Error{ErrorCode::CorruptData, "bad block", "mem", 0, {}};
            for (int r = 0; r < g.blockHeight; ++r)
                for (int c = 0; c < g.blockWidth; ++c) {
                    const int x = bx * g.blockWidth + c;
                    const int y = by * g.blockHeight + r;
                    // Beyond the edge: garbage that must not be counted.
                    const double v =
                        x < g.width && y < g.height
                            ? m_r.m_cells[std::size_t(y) * std::size_t(g.width) + std::size_t(x)]
                            : 7.0;
                    put(buffer, std::size_t(r) * std::size_t(g.blockWidth) + std::size_t(c), v);
                }
            return {};
        }

    private:
        void put(void* buffer, std::size_t i, double v) const
        {
            switch (m_r.m_type) {
            case PixelType::Byte:
                static_cast<std::uint8_t*>(buffer)[i] = std::uint8_t(v);
                break;
            case PixelType::UInt16:
                static_cast<std::uint16_t*>(buffer)[i] = std::uint16_t(v);
                break;
            case PixelType::Int32:
                static_cast<std::int32_t*>(buffer)[i] = std::int32_t(v);
                break;
            case PixelType::Float64:
                static_cast<double*>(buffer)[i] = v;
                break;
            }
        }
        const MemoryRaster& m_r;
    };
    RasterGrid m_grid;
    PixelType m_type;
    std::optional<double> m_noData;
    std::vector<double> m_cells;
};

// 5 × 4 cells, values by row; 0 is nodata for integer types.
std::vector<double> cells()
{
    return {1, 1, 2, 2, 0, //
            1, 3, 3, 2, 0, //
            4, 4, 1, 1, 1, //
            2, 2, 2, 9, 9};
}

} // namespace

Q_DECLARE_METATYPE(PixelType)

class TestRasterTally : public QObject
{
    Q_OBJECT
private slots:
    void countsPerClassAndRow_data();
    void countsPerClassAndRow();
    void byteKernelsAgreeWithBruteForce_data();
    void byteKernelsAgreeWithBruteForce();
    void maskAgreesWithBruteForce_data();
    void maskAgreesWithBruteForce();
    void stackAgreesWithBruteForce();
    void stackRefusesOtherGrids();
    void floatNaNIsNoData();
    void readErrorStops();
    void cancel();
};

void TestRasterTally::countsPerClassAndRow_data()
{
    QTest::addColumn<PixelType>("type");
    QTest::addColumn<int>("threads");
    for (PixelType t : {PixelType::Byte, PixelType::UInt16, PixelType::Int32, PixelType::Float64})
        for (int threads : {1, 2, 3})
            QTest::addRow("type%d threads%d", int(t), threads) << t << threads;
}

void TestRasterTally::countsPerClassAndRow()
{
    QFETCH(PixelType, type);
    QFETCH(int, threads);
    // 2 × 3 blocks leave partial blocks at the right and bottom edges.
    const MemoryRaster raster(5, 4, 2, 3, type, 0.0, cells());
    const auto values = distinctValues(raster, threads, 100);
    QVERIFY(values);
    QCOMPARE(*values, (std::vector<double>{1, 2, 3, 4, 9}));
    const std::vector<StratumRule> rules{{"low", {}, 1, 2}, {"high", {9}, {}, {}}};
    const auto tally = tallyRaster(raster, classifierFor(rules), {threads, true});
    QVERIFY(tally);
    QCOMPARE(tally->classTotal(0), std::int64_t(12)); // 1s and 2s
    QCOMPARE(tally->classTotal(1), std::int64_t(2));
    QCOMPARE(tally->count(0, 0), std::int64_t(4));
    QCOMPARE(tally->count(0, 3), std::int64_t(3));
    QCOMPARE(tally->noDataPerRow, (std::vector<std::int64_t>{1, 1, 0, 0}));
    QCOMPARE(tally->unclassifiedPerRow, (std::vector<std::int64_t>{0, 2, 2, 0}));
    // Without rows (projected grids), the same totals in a single row.
    const auto whole = tallyRaster(raster, classifierFor(rules), {threads, false});
    QVERIFY(whole);
    QCOMPARE(whole->rowCount, 1);
    QCOMPARE(whole->count(0, 0), std::int64_t(12));
    QCOMPARE(whole->count(1, 0), std::int64_t(2));
    QCOMPARE(whole->noDataPerRow, (std::vector<std::int64_t>{2}));
    QCOMPARE(whole->unclassifiedPerRow, (std::vector<std::int64_t>{4}));
}

// The Byte kernels (repeated rows, vector range counts, histogram) against a plain count,
// on a raster with runs, repeated rows, speckle and partial edge blocks.
void TestRasterTally::byteKernelsAgreeWithBruteForce_data()
{
    QTest::addColumn<int>("ruleSet");
    QTest::addColumn<bool>("perRow");
    QTest::addColumn<int>("blockWidth");
    // 1024-cell rows are longer than one drain of the vector accumulators (31 × 16 cells).
    for (int ruleSet : {0, 1, 2})
        for (bool perRow : {false, true})
            for (int blockWidth : {64, 1024})
                QTest::addRow("rules%d perRow%d block%d", ruleSet, int(perRow), blockWidth)
                    << ruleSet << perRow << blockWidth;
}

void TestRasterTally::byteKernelsAgreeWithBruteForce()
{
    QFETCH(int, ruleSet);
    QFETCH(bool, perRow);
    QFETCH(int, blockWidth);
    const int width = blockWidth == 64 ? 203 : 2100;
    const int height = 77;
    std::vector<double> values(std::size_t(width) * height);
    std::uint32_t state = 12345;
    auto next = [&state] {
        return state = state * 1664525u + 1013904223u;
    };
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            double v = double(((x / 37) * 7 + (y / 11) * 3) % 14); // stands, rows repeat
            if (next() % 17 == 0)
                v = double(next() % 256); // speckle across the whole byte range
            values[std::size_t(y) * width + std::size_t(x)] = v;
        }
    const MemoryRaster raster(width, height, blockWidth, 16, PixelType::Byte, 0.0, values);
    std::vector<StratumRule> rules;
    if (ruleSet == 0) // few ranges: vector path
        rules = {{"a", {}, 1, 4}, {"b", {}, 5, 8}, {"c", {}, 9, 12}};
    else if (ruleSet == 1) // many single values: histogram path
        for (int v = 1; v < 60; v += 2)
            rules.push_back({"v" + std::to_string(v), {double(v)}, {}, {}});
    else // one catch-all range
        rules = {{"all", {}, 1, 255}};
    const ValueClassifier classifier = classifierFor(rules);
    const auto tally = tallyRaster(raster, classifier, {2, perRow});
    QVERIFY(tally);
    for (int k = 0; k < classifier.classCount; ++k) {
        std::int64_t expected = 0;
        for (double v : values)
            expected += v != 0.0 && classifier.classify(v) == k;
        QCOMPARE(tally->classTotal(k), expected);
    }
    std::int64_t noData = 0;
    for (std::int64_t n : tally->noDataPerRow)
        noData += n;
    QCOMPARE(noData, std::int64_t(std::count(values.begin(), values.end(), 0.0)));
}

namespace {
// Even-odd point in polygon, the textbook crossing test.
bool inside(const std::vector<CellMask::Ring>& rings, double x, double y)
{
    bool in = false;
    for (const CellMask::Ring& ring : rings)
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const auto [xi, yi] = ring[i];
            const auto [xj, yj] = ring[j];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
                in = !in;
        }
    return in;
}
} // namespace

void TestRasterTally::maskAgreesWithBruteForce_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("type");
    for (int shape : {0, 1, 2})
        for (PixelType t : {PixelType::Byte, PixelType::Float64})
            QTest::addRow("shape%d type%d", shape, int(t)) << shape << int(t);
}

// A triangle, a square with a hole, and a polygon wider than the raster, over a 203 × 77
// raster in 64 × 16 blocks: counts inside the mask equal a cell-by-cell count.
void TestRasterTally::maskAgreesWithBruteForce()
{
    QFETCH(int, shape);
    QFETCH(int, type);
    const int width = 203;
    const int height = 77;
    std::vector<CellMask::Ring> rings;
    if (shape == 0)
        rings = {{{10.2, 3.7}, {190.5, 20.1}, {60.3, 74.9}}};
    else if (shape == 1)
        rings = {{{20, 10}, {150, 10}, {150, 70}, {20, 70}},
                 {{60.5, 30.5}, {100.5, 30.5}, {100.5, 50.5}, {60.5, 50.5}}};
    else
        rings = {{{-50, -10}, {300, -10}, {300, 40.3}, {-50, 60.8}}};
    const CellMask mask(rings, width, height);
    std::vector<double> values(std::size_t(width) * height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            values[std::size_t(y) * width + std::size_t(x)] = double((x / 9 + y / 5) % 6);
    std::int64_t expectedCells = 0;
    std::vector<std::int64_t> expected(6, 0);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            if (inside(rings, x + 0.5, y + 0.5)) {
                ++expectedCells;
                ++expected[std::size_t(values[std::size_t(y) * width + std::size_t(x)])];
            }
    QCOMPARE(mask.cellCount(), expectedCells);
    const MemoryRaster raster(width, height, 64, 16, PixelType(type), std::nullopt, values);
    for (bool perRow : {false, true}) {
        TallyOptions options{2, perRow, &mask};
        const auto tally = tallyRaster(raster, classifierForValues({0, 1, 2, 3, 4, 5}), options);
        QVERIFY(tally);
        for (int k = 0; k < 6; ++k)
            QCOMPARE(tally->classTotal(k), expected[std::size_t(k)]);
    }
}

// Age (Float64, NaN nodata) and species group (Byte, 0 nodata) on one grid: classes are
// group × (age ≤ 20 ? young : old); a cell nodata in either band is nodata.
void TestRasterTally::stackAgreesWithBruteForce()
{
    const int width = 97;
    const int height = 41;
    std::vector<double> ages(std::size_t(width) * height);
    std::vector<double> groups(ages.size());
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const std::size_t i = std::size_t(y) * width + std::size_t(x);
            ages[i] = (x * 7 + y * 3) % 13 == 0 ? std::nan("") : double((x / 6 + y) % 40);
            groups[i] = double((x / 20 + y / 9) % 4); // 0 = nodata
        }
    const MemoryRaster age(width, height, 32, 8, PixelType::Float64, std::nullopt, ages);
    const MemoryRaster group(width, height, 32, 8, PixelType::Byte, 0.0, groups);
    const StackClassifier classifier{6, [](const double* v) {
                                         return (int(v[1]) - 1) * 2 + (v[0] <= 20.0 ? 0 : 1);
                                     }};
    std::vector<std::int64_t> expected(6, 0);
    std::int64_t noData = 0;
    for (std::size_t i = 0; i < ages.size(); ++i) {
        if (std::isnan(ages[i]) || groups[i] == 0.0) {
            ++noData;
            continue;
        }
        ++expected[std::size_t((int(groups[i]) - 1) * 2 + (ages[i] <= 20.0 ? 0 : 1))];
    }
    for (bool perRow : {false, true}) {
        const auto tally = tallyStack({&age, &group}, classifier, {2, perRow, nullptr});
        QVERIFY(tally);
        for (int k = 0; k < 6; ++k)
            QCOMPARE(tally->classTotal(k), expected[std::size_t(k)]);
        std::int64_t counted = 0;
        for (std::int64_t c : tally->noDataPerRow)
            counted += c;
        QCOMPARE(counted, noData);
    }
}

void TestRasterTally::stackRefusesOtherGrids()
{
    const MemoryRaster a(10, 10, 5, 5, PixelType::Byte, 0.0, std::vector<double>(100, 1.0));
    const MemoryRaster b(10, 9, 5, 5, PixelType::Byte, 0.0, std::vector<double>(90, 1.0));
    const auto tally = tallyStack({&a, &b},
                                  {1,
                                   [](const double*) {
                                       return 0;
                                   }},
                                  {});
    QVERIFY(!tally);
    QCOMPARE(tally.error().code, ErrorCode::GridMismatch);
}

void TestRasterTally::floatNaNIsNoData()
{
    std::vector<double> c = cells();
    c[0] = std::nan("");
    const MemoryRaster raster(5, 4, 5, 1, PixelType::Float64, std::nullopt, c);
    const auto tally = tallyRaster(raster, classifierForValues({0, 1, 2, 3, 4, 9}), {2, true});
    QVERIFY(tally);
    QCOMPARE(tally->noDataPerRow[0], std::int64_t(1));
    QCOMPARE(tally->classTotal(0), std::int64_t(2)); // zeros are data here: no nodata value
}

void TestRasterTally::readErrorStops()
{
    MemoryRaster raster(5, 4, 2, 3, PixelType::Byte, 0.0, cells());
    raster.failAtBlock = 4;
    const auto tally = tallyRaster(raster, classifierForValues({1}), {2, true});
    QVERIFY(!tally);
    QCOMPARE(tally.error().code, ErrorCode::CorruptData);
}

void TestRasterTally::cancel()
{
    const MemoryRaster raster(5, 4, 1, 1, PixelType::Byte, 0.0, cells());
    const auto tally = tallyRaster(raster, classifierForValues({1}), {2, true},
                                   [](int done, int) { return done < 3; });
    QVERIFY(!tally);
    QCOMPARE(tally.error().code, ErrorCode::Cancelled);
}

QTEST_APPLESS_MAIN(TestRasterTally)
#include "tst_rastertally.moc"
