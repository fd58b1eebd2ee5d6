// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/biomass.h"

#include <map>
#include <memory>
#include <set>

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

struct BiomassCalculator::State
{
    const ParameterSet& parameters;
    const EquationCompiler& compiler;
    BiomassSources sources;
    std::map<const SpeciesParameters*, CompiledSpecies> compiled;
    // Tallies name few species many times: each name is resolved once.
    std::map<std::string, const SpeciesParameters*, std::less<>> speciesByName;
    std::set<const SpeciesParameters*> used; // pointers into parameters.species: row order
    int outsideRangeTrees = 0;
    int deadTrees = 0;

    Error treeError(const Tree& t, ErrorCode code, const char* column, std::string detail) const
    {
        return Error{code, std::move(detail), sources.treesSource, t.sourceRow, column};
    }
    Result<const Equation*> equationOf(const SpeciesParameters& sp);
    Result<void> aboveGround(const Tree& t, TreeBiomass& tb);
    Result<void> rootShoot(const Tree& t, const PlotBiomass& pb, TreeBiomass& tb) const;
};

Result<const Equation*> BiomassCalculator::State::equationOf(const SpeciesParameters& sp)
{
    CompiledSpecies& eq = compiled[&sp];
    if (!eq.agb && !eq.volume) {
        const std::string& text = sp.usesAllometry() ? sp.agbEquation : sp.volumeEquation;
        auto c = compiler.compile(text, sp.coefficients);
        if (!c)
            return Error{ErrorCode::EquationError, c.error().detail, parameters.source,
                         sp.sourceRow, sp.usesAllometry() ? "agb_equation" : "volume_equation"};
        (sp.usesAllometry() ? eq.agb : eq.volume) = std::move(c).value();
    }
    return sp.usesAllometry() ? eq.agb.get() : eq.volume.get();
}

// A1.1–A1.2: AGB of a live tree by its species' allometric equation or by V·WD·BEF.
Result<void> BiomassCalculator::State::aboveGround(const Tree& t, TreeBiomass& tb)
{
    auto known = speciesByName.find(t.species);
    if (known == speciesByName.end())
        known = speciesByName.emplace(t.species, parameters.find(t.species)).first;
    tb.species = known->second;
    if (!tb.species)
        return treeError(t, ErrorCode::UnknownReference, "species",
                         "species \"" + t.species + "\" is not in parameter set " +
                             (parameters.name.empty() ? parameters.source : parameters.name));
    if (!(t.dbhCm > 0.0))
        return treeError(t, ErrorCode::OutOfRange, "dbh",
                         "DBH must be positive, got " + std::to_string(t.dbhCm));
    const SpeciesParameters& sp = *tb.species;
    used.insert(&sp);
    const auto compiledEquation = equationOf(sp);
    if (!compiledEquation)
        return compiledEquation.error();
    const Equation& equation = **compiledEquation;
    const double wd = std::isnan(t.woodDensity) ? sp.woodDensity : t.woodDensity;
    if (equation.usesHeight() && !(t.heightM > 0.0))
        return treeError(t, ErrorCode::OutOfRange, "height",
                         "the equation of " + sp.key + " needs a positive height");
    if (equation.usesWoodDensity() && !(wd > 0.0))
        return treeError(t, ErrorCode::OutOfRange, "wd",
                         "the equation of " + sp.key + " needs a wood density");
    const double value = equation.evaluate({t.dbhCm, t.heightM, wd});
    tb.agb = sp.usesAllometry() ? value * sp.agbUnitToTonnes : value * wd * sp.bef;
    if (!std::isfinite(tb.agb))
        return treeError(t, ErrorCode::EquationError, "dbh",
                         "\"" + equation.text() + "\" gives no finite value for D = " +
                             std::to_string(t.dbhCm) + ", H = " + std::to_string(t.heightM));
    tb.outsideRange = outside(t.dbhCm, sp.dbhMinCm, sp.dbhMaxCm) ||
                      (!std::isnan(t.heightM) && outside(t.heightM, sp.heightMinM, sp.heightMaxM));
    return {};
}

// A1.3: R, which may depend on the plot's AGB per ha.
Result<void> BiomassCalculator::State::rootShoot(const Tree& t, const PlotBiomass& pb,
                                                 TreeBiomass& tb) const
{
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
                         sources.treesSource, t.sourceRow, "species"};
        break;
    }
    return {};
}

BiomassCalculator::BiomassCalculator(const ParameterSet& parameters,
                                     const EquationCompiler& compiler, BiomassSources sources)
    : d(new State{parameters, compiler, std::move(sources), {}, {}, {}, 0, 0})
{}

BiomassCalculator::~BiomassCalculator() = default;

int BiomassCalculator::outsideRangeTrees() const
{
    return d->outsideRangeTrees;
}

int BiomassCalculator::deadTrees() const
{
    return d->deadTrees;
}

std::vector<const SpeciesParameters*> BiomassCalculator::speciesUsed() const
{
    return {d->used.begin(), d->used.end()};
}

Result<PlotBiomass> BiomassCalculator::plot(const Plot& p, std::span<const Tree* const> trees,
                                            std::vector<TreeBiomass>& perTree)
{
    if (!(p.horizontalAreaHa() > 0.0))
        return Error{ErrorCode::OutOfRange,
                     "plot " + p.plotId + ": area must be positive (slope below 90°)",
                     d->sources.plotsSource, p.sourceRow, "area_ha"};
    PlotBiomass pb;
    pb.plotId = p.plotId;
    pb.stratum = p.stratum;
    pb.horizontalAreaHa = p.horizontalAreaHa();
    perTree.assign(trees.size(), TreeBiomass{});
    for (std::size_t i = 0; i < trees.size(); ++i) {
        TreeBiomass& tb = perTree[i];
        tb.alive = trees[i]->alive;
        if (!tb.alive) {
            ++pb.deadTrees;
            ++d->deadTrees;
            continue;
        }
        if (auto ok = d->aboveGround(*trees[i], tb); !ok)
            return ok.error();
        if (tb.outsideRange) {
            ++pb.outsideRangeTrees;
            ++d->outsideRangeTrees;
        }
        ++pb.liveTrees;
        pb.agbPerHa += tb.agb; // a plot total until divided below
    }
    pb.agbPerHa /= pb.horizontalAreaHa;
    // R may depend on the plot's AGB per ha: BGB and carbon need every tree's AGB first.
    for (std::size_t i = 0; i < trees.size(); ++i) {
        TreeBiomass& tb = perTree[i];
        if (!tb.alive)
            continue;
        if (auto ok = d->rootShoot(*trees[i], pb, tb); !ok)
            return ok.error();
        tb.bgb = tb.agb * tb.rootShoot;
        tb.carbon =
            carbonInBiomass(TonnesDryMatter(tb.agb + tb.bgb), tb.species->carbonFraction).value();
        tb.co2e = toCO2e(TonnesCarbon(tb.carbon)).value();
        pb.bgbPerHa += tb.bgb / pb.horizontalAreaHa;
        pb.carbonPerHa += tb.carbon / pb.horizontalAreaHa;
        pb.co2ePerHa += tb.co2e / pb.horizontalAreaHa;
    }
    pb.biomassPerHa = pb.agbPerHa + pb.bgbPerHa;
    return pb;
}

Result<BiomassResult> computeBiomass(const std::vector<Tree>& trees, const std::vector<Plot>& plots,
                                     const ParameterSet& parameters,
                                     const EquationCompiler& compiler,
                                     const BiomassSources& sources)
{
    std::map<std::string, std::size_t> plotIndex;
    for (const Plot& p : plots)
        if (!plotIndex.emplace(p.plotId, plotIndex.size()).second)
            return Error{ErrorCode::DuplicateId, "plot " + p.plotId + " appears twice",
                         sources.plotsSource, p.sourceRow, "plot_id"};
    // The trees of each plot, in the order of the tally.
    std::vector<std::vector<const Tree*>> byPlot(plots.size());
    std::vector<std::vector<std::size_t>> indices(plots.size());
    for (std::size_t i = 0; i < trees.size(); ++i) {
        const auto plot = plotIndex.find(trees[i].plotId);
        if (plot == plotIndex.end())
            return Error{ErrorCode::UnknownReference,
                         "plot " + trees[i].plotId + " is not in the plot list",
                         sources.treesSource, trees[i].sourceRow, "plot_id"};
        byPlot[plot->second].push_back(&trees[i]);
        indices[plot->second].push_back(i);
    }
    BiomassCalculator calculator(parameters, compiler, sources);
    BiomassResult result;
    result.trees.resize(trees.size());
    std::vector<TreeBiomass> perTree;
    for (std::size_t k = 0; k < plots.size(); ++k) {
        auto pb = calculator.plot(plots[k], byPlot[k], perTree);
        if (!pb)
            return pb.error();
        result.plots.push_back(std::move(pb).value());
        for (std::size_t j = 0; j < perTree.size(); ++j)
            result.trees[indices[k][j]] = perTree[j];
    }
    result.outsideRangeTrees = calculator.outsideRangeTrees();
    result.deadTrees = calculator.deadTrees();
    result.speciesUsed = calculator.speciesUsed();
    return result;
}

} // namespace tanhui::core
