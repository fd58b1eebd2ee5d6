// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tanhui/core/equation.h"
#include "tanhui/core/result.h"
#include "tanhui/core/table.h"

namespace tanhui::core {

/// How below-ground biomass is obtained from above-ground biomass.
struct RootShootRule
{
    enum class Kind
    {
        Constant, ///< R fixed for the species
        ArTool14, ///< R = exp(−1.085 + 0.9256·ln b)/b, b = plot AGB t d.m./ha (AR-TOOL14 App. 1)
        IpccClass ///< IPCC 2006 Vol. 4 Table 4.4 class looked up with plot AGB t d.m./ha
    };
    Kind kind = Kind::Constant;
    double constant = 0.0;
    std::string ipccClass; ///< e.g. "temperate-conifer"
};

/// One row of IPCC 2006 Vol. 4 Table 4.4: R for plots whose AGB per ha lies in
/// [agbMin, agbMax) (agbMax = +∞ for the open class).
struct RootShootClass
{
    std::string name;
    double agbMin = 0.0;
    double agbMax = INFINITY;
    double ratio = 0.0;
    std::string source;
    std::string status;
};

/// Uncertainty of one species' parameters, as relative standard deviations (0.1 = 10 %) of
/// multiplicative, mean-one lognormal errors, and the residual SD of its allometric
/// equation on the natural-log scale. Zero means "treated as exact" (AR-TOOL14's own
/// assumption); Monte Carlo propagation uses them.
struct SpeciesUncertainty
{
    double woodDensityRsd = 0.0; ///< volume route only: AGB = V·WD·BEF is linear in WD
    double befRsd = 0.0;         ///< volume route only
    double rootShootRsd = 0.0;
    double carbonFractionRsd = 0.0;
    double residualSdLog = 0.0; ///< per tree: AGB·exp(σz − σ²/2), z ~ N(0, 1)
};

/// Everything needed to turn one tree of a species into biomass and carbon, with the
/// source and status (CONFIRMED / SECONDARY / UNCONFIRMED) of the values.
struct SpeciesParameters
{
    std::string key; ///< how tallies name it (unique in a set)
    std::string latinName;
    std::string chineseName;
    std::vector<std::string> aliases;
    std::string group;

    /// Allometric route: AGB = f(D, H, WD) in `agbUnit` ("kg" or "t") per tree.
    std::string agbEquation;
    double agbUnitToTonnes = 1.0;
    /// Volume route: V(D, H) in m³ over bark; AGB = V · WD · BEF.
    std::string volumeEquation;
    std::map<std::string, double> coefficients;

    double dbhMinCm = NAN, dbhMaxCm = NAN; ///< validity range of the equation
    double heightMinM = NAN, heightMaxM = NAN;
    double woodDensity = NAN; ///< t d.m./m³
    double bef = NAN;         ///< BEF_2, AGB / stem biomass
    RootShootRule rootShoot;
    double carbonFraction = 0.47; ///< t C / t d.m.
    SpeciesUncertainty uncertainty;
    std::string status; ///< CONFIRMED, SECONDARY or UNCONFIRMED
    std::string source;
    std::int64_t sourceRow = 0;

    bool usesAllometry() const { return !agbEquation.empty(); }
};

/// A versioned, named set of species parameters and the root-shoot classes they refer to.
/// Results record name, version and the content hash the caller supplies.
class ParameterSet
{
public:
    std::string name;
    std::string version;
    std::string source; ///< file it came from
    std::string sha256; ///< of that file, filled in by the reader
    std::vector<SpeciesParameters> species;
    std::vector<RootShootClass> rootShootClasses;

    /// Finds a species by key, Latin or Chinese name, or alias; Latin names and aliases
    /// ignore ASCII case and surrounding blanks. nullptr when unknown.
    const SpeciesParameters* find(const std::string& speciesName) const;

    /// The R of `className` for a plot of `agbPerHa` t d.m./ha; NaN when no class matches.
    double ipccRootShoot(const std::string& className, double agbPerHa) const;

    /// Reads a species table (see resources/parameters/README.md for the columns). Every
    /// row must name its status and source; equations are compiled to check them, and a
    /// species must have either an allometric equation or a volume equation with wood
    /// density and BEF. Errors name file, row and column.
    static Result<ParameterSet> fromTables(const Table& species, const Table* rootShootClasses,
                                           const EquationCompiler& compiler);
};

/// R from AR-TOOL14 Appendix 1's default function for plot AGB `b` t d.m./ha (b > 0).
double arTool14RootShoot(double agbPerHa);

} // namespace tanhui::core
