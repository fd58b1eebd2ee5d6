// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/parameterset.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace tanhui::core {

namespace {

std::string lowerAscii(std::string s)
{
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return s;
}

std::vector<std::string> splitList(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::string current;
    auto flush = [&] {
        const auto first = current.find_first_not_of(" \t");
        const auto last = current.find_last_not_of(" \t");
        if (first != std::string::npos)
            parts.push_back(current.substr(first, last - first + 1));
        current.clear();
    };
    for (char c : text) {
        if (c == separator)
            flush();
        else
            current += c;
    }
    flush();
    return parts;
}

// Reads an optional numeric cell: empty → NaN; text → error.
Result<double> optionalNumber(const Table& t, std::size_t row, std::optional<std::size_t> column)
{
    if (!column || t.text(row, *column).empty())
        return NAN;
    return t.number(row, *column);
}

class SpeciesRowReader
{
public:
    SpeciesRowReader(const Table& t, const EquationCompiler& compiler)
        : m_t(t)
        , m_compiler(compiler)
    {}

    Result<void> locateColumns();
    /// The species of data row `r`: names, status and source, coefficients, numbers and their
    /// uncertainties, the root-shoot rule, the AGB unit; its equations compiled.
    Result<SpeciesParameters> read(std::size_t r) const;

private:
    std::string text(std::size_t r, const char* column) const
    {
        const auto c = m_t.findColumn({column});
        return c ? m_t.text(r, *c) : std::string();
    }
    Result<void> readIdentity(std::size_t r, SpeciesParameters& s) const;
    Result<void> readCoefficients(std::size_t r, SpeciesParameters& s) const;
    Result<void> readNumbers(std::size_t r, SpeciesParameters& s) const;
    Result<void> readAgbUnit(std::size_t r, SpeciesParameters& s) const;
    Result<RootShootRule> rootShoot(std::size_t r) const;
    Result<void> checkEquations(std::size_t r, const SpeciesParameters& s) const;

    const Table& m_t;
    const EquationCompiler& m_compiler;
    std::size_t m_key = 0;
};

Result<void> SpeciesRowReader::locateColumns()
{
    auto key = m_t.requireColumn({"species"});
    if (!key)
        return key.error();
    m_key = *key;
    for (const char* required : {"carbon_fraction", "status", "source", "root_shoot"})
        if (auto c = m_t.requireColumn({required}); !c)
            return c.error();
    return {};
}

Result<SpeciesParameters> SpeciesRowReader::read(std::size_t r) const
{
    SpeciesParameters s;
    s.sourceRow = m_t.rowNumbers[r];
    for (auto step : {&SpeciesRowReader::readIdentity, &SpeciesRowReader::readCoefficients,
                      &SpeciesRowReader::readNumbers})
        if (auto ok = (this->*step)(r, s); !ok)
            return ok.error();
    auto rule = rootShoot(r);
    if (!rule)
        return rule.error();
    s.rootShoot = *rule;
    if (auto ok = readAgbUnit(r, s); !ok)
        return ok.error();
    if (auto ok = checkEquations(r, s); !ok)
        return ok.error();
    return s;
}

Result<void> SpeciesRowReader::readIdentity(std::size_t r, SpeciesParameters& s) const
{
    s.key = m_t.text(r, m_key);
    if (s.key.empty())
        return m_t.errorAt(ErrorCode::InvalidArgument, r, m_key, "empty species name");
    s.latinName = text(r, "latin_name");
    s.chineseName = text(r, "chinese_name");
    s.aliases = splitList(text(r, "aliases"), ';');
    s.group = text(r, "group");
    s.agbEquation = text(r, "agb_equation");
    s.volumeEquation = text(r, "volume_equation");
    s.status = text(r, "status");
    s.source = text(r, "source");
    if (s.status != "CONFIRMED" && s.status != "SECONDARY" && s.status != "UNCONFIRMED")
        return m_t.errorAt(ErrorCode::InvalidArgument, r, *m_t.findColumn({"status"}),
                           "status must be CONFIRMED, SECONDARY or UNCONFIRMED, got \"" + s.status +
                               "\"");
    if (s.source.empty())
        return m_t.errorAt(ErrorCode::InvalidArgument, r, *m_t.findColumn({"source"}),
                           "every parameter needs its source");
    return {};
}

Result<void> SpeciesRowReader::readCoefficients(std::size_t r, SpeciesParameters& s) const
{
    for (const std::string& item : splitList(text(r, "coefficients"), ';')) {
        const auto eq = item.find('=');
        const auto value =
            eq == std::string::npos ? std::nullopt : parseNumber(item.substr(eq + 1));
        if (!value)
            return m_t.errorAt(ErrorCode::NotANumber, r, *m_t.findColumn({"coefficients"}),
                               "expected name=number, got \"" + item + "\"");
        s.coefficients[splitList(item.substr(0, eq), ';').front()] = *value;
    }
    return {};
}

Result<void> SpeciesRowReader::readNumbers(std::size_t r, SpeciesParameters& s) const
{
    struct NumberField
    {
        const char* column;
        double* target;
    };
    for (NumberField f : {NumberField{"dbh_min_cm", &s.dbhMinCm},
                          {"dbh_max_cm", &s.dbhMaxCm},
                          {"height_min_m", &s.heightMinM},
                          {"height_max_m", &s.heightMaxM},
                          {"wood_density", &s.woodDensity},
                          {"bef", &s.bef},
                          {"carbon_fraction", &s.carbonFraction},
                          {"wood_density_rsd", &s.uncertainty.woodDensityRsd},
                          {"bef_rsd", &s.uncertainty.befRsd},
                          {"root_shoot_rsd", &s.uncertainty.rootShootRsd},
                          {"carbon_fraction_rsd", &s.uncertainty.carbonFractionRsd},
                          {"residual_sd_log", &s.uncertainty.residualSdLog}}) {
        const auto v = optionalNumber(m_t, r, m_t.findColumn({f.column}));
        if (!v)
            return v.error();
        *f.target = *v;
    }
    for (double* u :
         {&s.uncertainty.woodDensityRsd, &s.uncertainty.befRsd, &s.uncertainty.rootShootRsd,
          &s.uncertainty.carbonFractionRsd, &s.uncertainty.residualSdLog}) {
        if (std::isnan(*u))
            *u = 0.0; // not given: treated as exact, as AR-TOOL14 does
        else if (*u < 0.0)
            return m_t.errorAt(ErrorCode::OutOfRange, r, m_key,
                               "uncertainties must not be negative");
    }
    if (!(s.carbonFraction > 0.0 && s.carbonFraction <= 1.0))
        return m_t.errorAt(ErrorCode::OutOfRange, r, *m_t.findColumn({"carbon_fraction"}),
                           "carbon fraction must be in (0, 1]");
    return {};
}

Result<void> SpeciesRowReader::readAgbUnit(std::size_t r, SpeciesParameters& s) const
{
    if (s.agbEquation.empty())
        return {};
    const std::string unit = text(r, "agb_unit");
    if (unit == "kg")
        s.agbUnitToTonnes = 0.001;
    else if (unit == "t")
        s.agbUnitToTonnes = 1.0;
    else
        return m_t.errorAt(ErrorCode::InvalidArgument, r,
                           m_t.findColumn({"agb_unit"}).value_or(m_key),
                           "agb_unit must be kg or t for an allometric equation");
    return {};
}

Result<RootShootRule> SpeciesRowReader::rootShoot(std::size_t r) const
{
    const std::size_t column = *m_t.findColumn({"root_shoot"});
    const std::string value = m_t.text(r, column);
    RootShootRule rule;
    if (lowerAscii(value) == "artool14") {
        rule.kind = RootShootRule::Kind::ArTool14;
    } else if (lowerAscii(value).rfind("ipcc:", 0) == 0) {
        rule.kind = RootShootRule::Kind::IpccClass;
        rule.ipccClass = value.substr(5);
    } else if (const auto number = parseNumber(value); number && *number >= 0.0) {
        rule.constant = *number;
    } else {
        return m_t.errorAt(ErrorCode::InvalidArgument, r, column,
                           "root_shoot must be a ratio ≥ 0, \"artool14\" or \"ipcc:<class>\", "
                           "got \"" +
                               value + "\"");
    }
    return rule;
}

Result<void> SpeciesRowReader::checkEquations(std::size_t r, const SpeciesParameters& s) const
{
    const auto agbColumn = m_t.findColumn({"agb_equation"});
    const auto volumeColumn = m_t.findColumn({"volume_equation"});
    if (s.agbEquation.empty() && s.volumeEquation.empty())
        return m_t.errorAt(ErrorCode::InvalidArgument, r, agbColumn.value_or(m_key),
                           "species " + s.key +
                               " has neither agb_equation nor "
                               "volume_equation");
    if (s.agbEquation.empty() && (std::isnan(s.woodDensity) || std::isnan(s.bef)))
        return m_t.errorAt(ErrorCode::InvalidArgument, r,
                           m_t.findColumn({"wood_density"}).value_or(m_key),
                           "the volume route needs wood_density and bef");
    for (const auto& [text, column] :
         {std::pair{s.agbEquation, agbColumn}, std::pair{s.volumeEquation, volumeColumn}}) {
        if (text.empty())
            continue;
        auto compiled = m_compiler.compile(text, s.coefficients);
        if (!compiled)
            return m_t.errorAt(ErrorCode::EquationError, r, column.value_or(m_key),
                               compiled.error().detail);
    }
    return {};
}

Result<std::vector<RootShootClass>> readRootShootClasses(const Table& t)
{
    std::vector<RootShootClass> classes;
    const auto name = t.requireColumn({"class"});
    const auto min = t.requireColumn({"agb_min"});
    const auto max = t.requireColumn({"agb_max"});
    const auto ratio = t.requireColumn({"root_shoot"});
    for (const auto& c : {name, min, max, ratio})
        if (!c)
            return c.error();
    const auto source = t.findColumn({"source"});
    const auto status = t.findColumn({"status"});
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        RootShootClass c;
        c.name = t.text(r, *name);
        const auto lo = t.number(r, *min);
        if (!lo)
            return lo.error();
        c.agbMin = *lo;
        if (!t.text(r, *max).empty()) {
            const auto hi = t.number(r, *max);
            if (!hi)
                return hi.error();
            c.agbMax = *hi;
        }
        const auto v = t.number(r, *ratio);
        if (!v)
            return v.error();
        c.ratio = *v;
        c.source = source ? t.text(r, *source) : std::string();
        c.status = status ? t.text(r, *status) : std::string();
        classes.push_back(std::move(c));
    }
    return classes;
}

} // namespace

double arTool14RootShoot(double agbPerHa)
{
    return std::exp(-1.085 + 0.9256 * std::log(agbPerHa)) / agbPerHa;
}

const SpeciesParameters* ParameterSet::find(const std::string& speciesName) const
{
    const std::vector<std::string> trimmed = splitList(speciesName, '\n');
    if (trimmed.empty())
        return nullptr;
    const std::string wanted = lowerAscii(trimmed.front());
    if (wanted.empty())
        return nullptr;
    for (const SpeciesParameters& s : species) {
        if (lowerAscii(s.key) == wanted || lowerAscii(s.latinName) == wanted ||
            s.chineseName == trimmed.front())
            return &s;
        for (const std::string& alias : s.aliases)
            if (lowerAscii(alias) == wanted)
                return &s;
    }
    return nullptr;
}

double ParameterSet::ipccRootShoot(const std::string& className, double agbPerHa) const
{
    for (const RootShootClass& c : rootShootClasses)
        if (c.name == className && agbPerHa >= c.agbMin && agbPerHa < c.agbMax)
            return c.ratio;
    return NAN;
}

Result<ParameterSet> ParameterSet::fromTables(const Table& species, const Table* rootShootClasses,
                                              const EquationCompiler& compiler)
{
    ParameterSet set;
    set.source = species.source;
    SpeciesRowReader reader(species, compiler);
    if (auto ok = reader.locateColumns(); !ok)
        return ok.error();
    const auto setColumn = species.findColumn({"parameter_set"});
    const auto versionColumn = species.findColumn({"version"});
    for (std::size_t r = 0; r < species.rows.size(); ++r) {
        auto s = reader.read(r);
        if (!s)
            return s.error();
        if (set.find(s->key) || (!s->latinName.empty() && set.find(s->latinName)))
            return species.errorAt(ErrorCode::DuplicateId, r, *species.findColumn({"species"}),
                                   "species " + s->key + " is listed twice");
        for (const auto& [column, target] :
             {std::pair{setColumn, &set.name}, std::pair{versionColumn, &set.version}}) {
            if (!column)
                continue;
            const std::string value = species.text(r, *column);
            if (r == 0)
                *target = value;
            else if (value != *target)
                return species.errorAt(ErrorCode::InvalidArgument, r, *column,
                                       "every row must name the same set and version, \"" +
                                           *target + "\" above");
        }
        set.species.push_back(std::move(s).value());
    }
    if (rootShootClasses) {
        auto classes = readRootShootClasses(*rootShootClasses);
        if (!classes)
            return classes.error();
        set.rootShootClasses = std::move(classes).value();
    }
    for (const SpeciesParameters& s : set.species)
        if (s.rootShoot.kind == RootShootRule::Kind::IpccClass &&
            std::none_of(set.rootShootClasses.begin(), set.rootShootClasses.end(),
                         [&](const RootShootClass& c) { return c.name == s.rootShoot.ipccClass; }))
            return Error{ErrorCode::UnknownReference,
                         "species " + s.key + " refers to root-shoot class \"" +
                             s.rootShoot.ipccClass + "\", which is not in the class table",
                         species.source, s.sourceRow, "root_shoot"};
    return set;
}

} // namespace tanhui::core
