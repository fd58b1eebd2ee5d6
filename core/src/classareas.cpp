// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/classareas.h"

#include <cassert>

namespace tanhui::core {

namespace {

// Counts per row (row r from `countInRow(r)`) times the area of a cell of that row.
template <typename CountInRow>
ClassArea sumRows(int rowCount, const std::vector<double>& rowAreaM2, CountInRow countInRow)
{
    ClassArea sum;
    double m2 = 0.0;
    for (int r = 0; r < rowCount; ++r) {
        const std::int64_t n = countInRow(r);
        sum.cells += n;
        m2 += double(n) * rowAreaM2[std::size_t(r)];
    }
    sum.area = toHectares(SquareMetres(m2));
    return sum;
}

} // namespace

Hectares ClassAreas::total() const
{
    Hectares sum;
    for (const ClassArea& c : classes)
        sum += c.area;
    return sum;
}

ClassAreas sumClassAreas(const RasterTally& tally, const std::vector<double>& rowAreaM2)
{
    assert(rowAreaM2.size() >= std::size_t(tally.rowCount));
    ClassAreas areas;
    for (int k = 0; k < tally.classCount; ++k)
        areas.classes.push_back(
            sumRows(tally.rowCount, rowAreaM2, [&](int r) { return tally.count(k, r); }));
    areas.noData = sumRows(tally.rowCount, rowAreaM2,
                           [&](int r) { return tally.noDataPerRow[std::size_t(r)]; });
    areas.unclassified = sumRows(tally.rowCount, rowAreaM2,
                                 [&](int r) { return tally.unclassifiedPerRow[std::size_t(r)]; });
    return areas;
}

} // namespace tanhui::core
