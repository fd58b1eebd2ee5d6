// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cmath>
#include <cstdint>
#include <memory>
#include <numbers>
#include <span>
#include <string>
#include <vector>

#include "tanhui/core/equation.h"
#include "tanhui/core/parameterset.h"
#include "tanhui/core/result.h"
#include "tanhui/core/table.h"

namespace tanhui::core {

/// One tallied tree (每木检尺).
struct Tree
{
    std::string plotId;
    std::string species;
    double dbhCm = NAN;
    double heightM = NAN;     ///< NaN when not measured
    double woodDensity = NAN; ///< tree-level WD (g/cm³) overriding the species value
    bool alive = true;
    std::int64_t sourceRow = 0;
};

/// A fixed-area sample plot. The horizontal area is areaHa · cos(slope) when a slope is
/// given (the plot was laid out with slope distances), else areaHa.
struct Plot
{
    std::string plotId;
    std::string stratum;
    double areaHa = NAN;
    double slopeDeg = NAN;
    std::int64_t sourceRow = 0;
    /// Coordinates as recorded, in the file's own CRS (columns x/easting/lon/经度 and
    /// y/northing/lat/纬度; decimal or degrees-minutes-seconds); NaN when absent.
    double x = NAN;
    double y = NAN;
    /// The CRS x and y are in ("EPSG:4527", or WKT); empty when not known.
    std::string crs = {};

    double horizontalAreaHa() const
    {
        return std::isnan(slopeDeg) ? areaHa
                                    : areaHa * std::cos(slopeDeg * std::numbers::pi / 180.0);
    }
};

struct TreeBiomass
{
    const SpeciesParameters* species = nullptr; ///< into the ParameterSet used: keep it alive
    bool alive = true;
    bool outsideRange = false; ///< D or H outside the equation's validity range (not clamped)
    double agb = 0.0;          ///< t d.m.
    double rootShoot = 0.0;    ///< R applied
    double bgb = 0.0;          ///< t d.m.
    double carbon = 0.0;       ///< t C = (AGB + BGB) · CF
    double co2e = 0.0;         ///< t CO2e
};

struct PlotBiomass
{
    std::string plotId;
    std::string stratum;
    double horizontalAreaHa = 0.0;
    int liveTrees = 0;
    int deadTrees = 0; ///< tallied dead: not in the live-tree pool
    int outsideRangeTrees = 0;
    double agbPerHa = 0.0; ///< t d.m./ha
    double bgbPerHa = 0.0;
    double biomassPerHa = 0.0;
    double carbonPerHa = 0.0; ///< t C/ha
    double co2ePerHa = 0.0;   ///< t CO2e/ha
};

struct BiomassResult
{
    std::vector<TreeBiomass> trees; ///< in the order of the input trees
    std::vector<PlotBiomass> plots; ///< in the order of the input plots, empty ones included
    int outsideRangeTrees = 0;
    int deadTrees = 0;
    /// The species whose parameters computed at least one tree, in the order of their rows.
    std::vector<const SpeciesParameters*> speciesUsed;
};

struct BiomassSources
{
    std::string treesSource;
    std::string plotsSource;
};

/// The biomass of plots computed one plot at a time, as computeBiomass computes it: a period of
/// a million trees is held a plot at a time. Equations are compiled once per species.
class BiomassCalculator
{
public:
    BiomassCalculator(const ParameterSet& parameters, const EquationCompiler& compiler,
                      BiomassSources sources = {});
    ~BiomassCalculator();
    BiomassCalculator(const BiomassCalculator&) = delete;
    BiomassCalculator& operator=(const BiomassCalculator&) = delete;

    /// The biomass of `plot` from every one of its trees (in any order); each tree's goes to
    /// `perTree`, in the order of `trees`. Errors as computeBiomass's.
    Result<PlotBiomass> plot(const Plot& plot, std::span<const Tree* const> trees,
                             std::vector<TreeBiomass>& perTree);
    /// Of every plot computed so far.
    int outsideRangeTrees() const;
    int deadTrees() const;
    std::vector<const SpeciesParameters*> speciesUsed() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

/// Tree → plot biomass and carbon, AR-TOOL14 Appendix 1 (A1.1–A1.5): AGB by the species'
/// allometric equation or by V·WD·BEF, BGB = AGB·R with R constant or a function of the
/// plot's AGB per ha, carbon = (AGB + BGB)·CF_j, CO2e = 44/12·C. Every tree must belong to
/// a listed plot and name a known species; a tree without the height its equation needs,
/// a non-positive DBH or an equation that gives no finite value is an error naming file,
/// row and column. Plots without trees are zero, not missing.
Result<BiomassResult> computeBiomass(const std::vector<Tree>& trees, const std::vector<Plot>& plots,
                                     const ParameterSet& parameters,
                                     const EquationCompiler& compiler,
                                     const BiomassSources& sources = {});

} // namespace tanhui::core
