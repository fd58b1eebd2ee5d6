// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <vector>

#include "tanhui/core/rastertally.h"
#include "tanhui/core/units.h"

namespace tanhui::core {

/// Cells of one class and their true area.
struct ClassArea
{
    std::int64_t cells = 0;
    Hectares area;
};

/// The area of every class of a tally, and of its nodata and unclassified cells.
struct ClassAreas
{
    std::vector<ClassArea> classes; ///< one per class of the tally
    ClassArea noData;
    ClassArea unclassified;
    Hectares total() const; ///< of the classes (not nodata, not unclassified)
};

/// Sums cell counts times the cell area of their row: `rowAreaM2[r]` is the area (m²) of a
/// cell of tally row r (one entry when the tally was not counted per row, as on a projected
/// grid; one per raster row on a geographic grid). Precondition: rowAreaM2.size() >=
/// tally.rowCount.
ClassAreas sumClassAreas(const RasterTally& tally, const std::vector<double>& rowAreaM2);

} // namespace tanhui::core
