// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/biomass.h"

#include <map>
#include <memory>

#include "tanhui/core/coordinate.h"
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

Result<std::vector<Tree>> treesFromTable(const Table& t)
{
    const auto plot = t.requireColumn({"plot_id", "plot", "样地号"});
    const auto species = t.requireColumn({"species", "树种"});
    const auto dbh = t.requireColumn({"dbh", "dbh_cm", "d", "胸径"});
    for (const auto& c : {plot, species, dbh})
        if (!c)
            return c.error();
    const auto height = t.findColumn({"height", "height_m", "h", "树高"});
    const auto wd = t.findColumn({"wd", "wood_density"});
    const auto status = t.findColumn({"status", "状态"});
    std::vector<Tree> trees;
    trees.reserve(t.rows.size());
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        Tree tree;
        tree.sourceRow = t.rowNumbers[r];
        tree.plotId = t.text(r, *plot);
        tree.species = t.text(r, *species);
        const auto d = t.number(r, *dbh);
        if (!d)
            return d.error();
        tree.dbhCm = *d;
        for (const auto& [column, target] :
             {std::pair{height, &tree.heightM}, {wd, &tree.woodDensity}}) {
            if (!column || t.text(r, *column).empty())
                continue;
            const auto v = t.number(r, *column);
            if (!v)
                return v.error();
            *target = *v;
        }
        if (status) {
            const std::string s = t.text(r, *status);
            if (s == "dead" || s == "Dead" || s == "DEAD" || s == "0" || s == "死" || s == "枯" ||
                s == "枯死")
                tree.alive = false;
            else if (!(s.empty() || s == "alive" || s == "live" || s == "Alive" || s == "Live" ||
                       s == "1" || s == "活" || s == "生"))
                return t.errorAt(ErrorCode::InvalidArgument, r, *status,
                                 "status must be alive or dead, got \"" + s + "\"");
        }
        trees.push_back(std::move(tree));
    }
    return trees;
}

Result<std::vector<Plot>> plotsFromTable(const Table& t)
{
    const auto id = t.requireColumn({"plot_id", "plot", "样地号"});
    if (!id)
        return id.error();
    const auto areaHa = t.findColumn({"area_ha", "plot_area_ha"});
    const auto areaM2 = t.findColumn({"area_m2", "plot_area_m2"});
    if (!areaHa && !areaM2)
        return t.requireColumn({"area_ha"}).error();
    const auto stratum = t.findColumn({"stratum", "碳层"});
    const auto slope = t.findColumn({"slope_deg", "slope", "坡度"});
    const auto x = t.findColumn({"x", "easting", "lon", "longitude", "经度", "东坐标"});
    const auto y = t.findColumn({"y", "northing", "lat", "latitude", "纬度", "北坐标"});
    // A coordinate cell that is not a coordinate is a problem of its row, checked here so that
    // what the map shows later was read once.
    auto coordinate = [&t](std::size_t r, const std::optional<std::size_t>& column,
                           double& out) -> Result<void> {
        if (!column || t.text(r, *column).empty())
            return {};
        const auto value = parseCoordinate(t.text(r, *column));
        if (!value)
            return t.errorAt(ErrorCode::NotANumber, r, *column,
                             "a coordinate was expected (decimal, or degrees minutes seconds), "
                             "got \"" +
                                 t.text(r, *column) + "\"");
        out = *value;
        return {};
    };
    std::vector<Plot> plots;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        Plot p;
        p.sourceRow = t.rowNumbers[r];
        p.plotId = t.text(r, *id);
        p.stratum = stratum ? t.text(r, *stratum) : std::string();
        const auto area = t.number(r, areaHa ? *areaHa : *areaM2);
        if (!area)
            return area.error();
        p.areaHa = areaHa ? *area : *area / 10000.0;
        if (!(p.areaHa > 0.0))
            return t.errorAt(ErrorCode::OutOfRange, r, areaHa ? *areaHa : *areaM2,
                             "plot area must be positive");
        if (slope && !t.text(r, *slope).empty()) {
            const auto s = t.number(r, *slope);
            if (!s)
                return s.error();
            if (!(*s >= 0.0 && *s < 90.0))
                return t.errorAt(ErrorCode::OutOfRange, r, *slope,
                                 "slope must be in [0, 90) degrees");
            p.slopeDeg = *s;
        }
        if (x && y) {
            if (auto ok = coordinate(r, x, p.x); !ok)
                return ok.error();
            if (auto ok = coordinate(r, y, p.y); !ok)
                return ok.error();
        }
        plots.push_back(std::move(p));
    }
    return plots;
}

} // namespace tanhui::core
