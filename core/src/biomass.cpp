// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/biomass.h"

#include <map>
#include <memory>

#include "tanhui/core/units.h"

namespace tanhui::core {

namespace {

struct CompiledSpecies
{
    std::unique_ptr<Equation> agb;
    std::unique_ptr<Equation> volume;
};

bool outside(double value, double min, double max)
{
    return (!std::isnan(min) && value < min) || (!std::isnan(max) && value > max);
}

} // namespace

Result<BiomassResult> computeBiomass(const std::vector<Tree>& trees, const std::vector<Plot>& plots,
                                     const ParameterSet& parameters,
                                     const EquationCompiler& compiler,
                                     const BiomassSources& sources)
{
    BiomassResult result;
    std::map<std::string, std::size_t> plotIndex;
    for (const Plot& p : plots) {
        if (!(p.horizontalAreaHa() > 0.0))
            return Error{ErrorCode::OutOfRange,
                         "plot " + p.plotId + ": area must be positive (slope below 90°)",
                         sources.plotsSource, p.sourceRow, "area_ha"};
        if (!plotIndex.emplace(p.plotId, result.plots.size()).second)
            return Error{ErrorCode::DuplicateId, "plot " + p.plotId + " appears twice",
                         sources.plotsSource, p.sourceRow, "plot_id"};
        PlotBiomass b;
        b.plotId = p.plotId;
        b.stratum = p.stratum;
        b.horizontalAreaHa = p.horizontalAreaHa();
        result.plots.push_back(std::move(b));
    }

    std::map<const SpeciesParameters*, CompiledSpecies> compiled;
    // Tallies name few species many times: resolve each name once.
    std::map<std::string, const SpeciesParameters*, std::less<>> speciesByName;
    std::vector<std::size_t> treePlot(trees.size());
    result.trees.resize(trees.size());
    for (std::size_t i = 0; i < trees.size(); ++i) {
        const Tree& t = trees[i];
        auto treeError = [&](ErrorCode code, const char* column, std::string detail) {
            return Error{code, std::move(detail), sources.treesSource, t.sourceRow, column};
        };
        const auto plot = plotIndex.find(t.plotId);
        if (plot == plotIndex.end())
            return treeError(ErrorCode::UnknownReference, "plot_id",
                             "plot " + t.plotId + " is not in the plot list");
        treePlot[i] = plot->second;
        TreeBiomass& tb = result.trees[i];
        tb.alive = t.alive;
        PlotBiomass& pb = result.plots[plot->second];
        if (!t.alive) {
            ++pb.deadTrees;
            ++result.deadTrees;
            continue;
        }
        auto known = speciesByName.find(t.species);
        if (known == speciesByName.end())
            known = speciesByName.emplace(t.species, parameters.find(t.species)).first;
        tb.species = known->second;
        if (!tb.species)
            return treeError(ErrorCode::UnknownReference, "species",
                             "species \"" + t.species + "\" is not in parameter set " +
                                 (parameters.name.empty() ? parameters.source : parameters.name));
        if (!(t.dbhCm > 0.0))
            return treeError(ErrorCode::OutOfRange, "dbh",
                             "DBH must be positive, got " + std::to_string(t.dbhCm));
        const SpeciesParameters& sp = *tb.species;
        CompiledSpecies& eq = compiled[tb.species];
        if (!eq.agb && !eq.volume) {
            const std::string& text = sp.usesAllometry() ? sp.agbEquation : sp.volumeEquation;
            auto c = compiler.compile(text, sp.coefficients);
            if (!c)
                return Error{ErrorCode::EquationError, c.error().detail, parameters.source,
                             sp.sourceRow, sp.usesAllometry() ? "agb_equation" : "volume_equation"};
            (sp.usesAllometry() ? eq.agb : eq.volume) = std::move(c).value();
        }
        const Equation& equation = sp.usesAllometry() ? *eq.agb : *eq.volume;
        const double wd = std::isnan(t.woodDensity) ? sp.woodDensity : t.woodDensity;
        if (equation.usesHeight() && !(t.heightM > 0.0))
            return treeError(ErrorCode::OutOfRange, "height",
                             "the equation of " + sp.key + " needs a positive height");
        if (equation.usesWoodDensity() && !(wd > 0.0))
            return treeError(ErrorCode::OutOfRange, "wd",
                             "the equation of " + sp.key + " needs a wood density");
        const double value = equation.evaluate({t.dbhCm, t.heightM, wd});
        tb.agb = sp.usesAllometry() ? value * sp.agbUnitToTonnes : value * wd * sp.bef;
        if (!std::isfinite(tb.agb))
            return treeError(ErrorCode::EquationError, "dbh",
                             "\"" + equation.text() + "\" gives no finite value for D = " +
                                 std::to_string(t.dbhCm) + ", H = " + std::to_string(t.heightM));
        tb.outsideRange =
            outside(t.dbhCm, sp.dbhMinCm, sp.dbhMaxCm) ||
            (!std::isnan(t.heightM) && outside(t.heightM, sp.heightMinM, sp.heightMaxM));
        if (tb.outsideRange) {
            ++pb.outsideRangeTrees;
            ++result.outsideRangeTrees;
        }
        ++pb.liveTrees;
        pb.agbPerHa += tb.agb; // a plot total until divided below
    }
    for (PlotBiomass& pb : result.plots)
        pb.agbPerHa /= pb.horizontalAreaHa;

    // R may depend on the plot's AGB per ha, so BGB and carbon need the first pass done.
    for (std::size_t i = 0; i < trees.size(); ++i) {
        TreeBiomass& tb = result.trees[i];
        if (!tb.alive)
            continue;
        PlotBiomass& pb = result.plots[treePlot[i]];
        const RootShootRule& rule = tb.species->rootShoot;
        switch (rule.kind) {
        case RootShootRule::Kind::Constant:
            tb.rootShoot = rule.constant;
            break;
        case RootShootRule::Kind::ArTool14:
            tb.rootShoot = arTool14RootShoot(pb.agbPerHa);
            break;
        case RootShootRule::Kind::IpccClass:
            tb.rootShoot = parameters.ipccRootShoot(rule.ipccClass, pb.agbPerHa);
            if (std::isnan(tb.rootShoot))
                return Error{ErrorCode::OutOfRange,
                             "no root-shoot class \"" + rule.ipccClass + "\" covers " +
                                 std::to_string(pb.agbPerHa) + " t/ha in plot " + pb.plotId,
                             sources.treesSource, trees[i].sourceRow, "species"};
            break;
        }
        tb.bgb = tb.agb * tb.rootShoot;
        tb.carbon =
            carbonInBiomass(TonnesDryMatter(tb.agb + tb.bgb), tb.species->carbonFraction).value();
        tb.co2e = toCO2e(TonnesCarbon(tb.carbon)).value();
        pb.bgbPerHa += tb.bgb / pb.horizontalAreaHa;
        pb.carbonPerHa += tb.carbon / pb.horizontalAreaHa;
        pb.co2ePerHa += tb.co2e / pb.horizontalAreaHa;
    }
    for (PlotBiomass& pb : result.plots)
        pb.biomassPerHa = pb.agbPerHa + pb.bgbPerHa;
    return result;
}

} // namespace tanhui::core
