// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/strata.h"

#include <QJsonArray>
#include <algorithm>

#include "tanhui/core/agegroups.h"
#include "tanhui/core/date.h"
#include "tanhui/core/plausibility.h"
#include "tanhui/core/stratumrules.h"
#include "tanhui/workflow/inputs.h"
#include "tanhui/workflow/jobcontext.h"

namespace tanhui::workflow {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

core::Result<core::AgeGroupTable> readAgeTable(const std::string& path)
{
    const auto table = path.empty() ? readShippedTable(kShippedAgeGroups) : readTable(path);
    if (!table)
        return table.error();
    return core::AgeGroupTable::fromTable(*table);
}

// What the age-group classification was built from: table, the rows with their status and
// source, the roll-forward and the mapping.
struct AgeSetup
{
    core::AgeGroupTable table;
    core::CarbonClassMapping mapping;
    int years = 0;
};

core::Result<AgeSetup> ageSetup(const AgeGroupChoice& choice)
{
    auto table = readAgeTable(choice.tablePath);
    if (!table)
        return table.error();
    auto mapping = choice.mapping.empty()
                       ? core::Result<core::CarbonClassMapping>(core::CarbonClassMapping{})
                       : core::CarbonClassMapping::parse(choice.mapping);
    if (!mapping)
        return mapping.error();
    int years = 0;
    if (choice.baseYear.has_value() != !choice.date.empty())
        return core::Error{core::ErrorCode::InvalidArgument,
                           "ages are rolled forward with both the base year of the ages and the "
                           "monitoring date, or neither",
                           {},
                           0,
                           choice.baseYear ? "date" : "base_year"};
    if (choice.baseYear) {
        const auto rolled = core::rollForwardYears(*choice.baseYear, choice.date);
        if (!rolled)
            return rolled.error();
        years = *rolled;
    }
    return AgeSetup{std::move(table).value(), std::move(mapping).value(), years};
}

void noticeRow(const core::AgeGroupRule& row, JobContext& context)
{
    if (row.status != "CONFIRMED")
        context.notify({NoticeCode::AgeGroupRowNotConfirmed, row.speciesGroup + "/" + row.origin,
                        row.status + ": " + row.source, 1});
}

core::Result<CellClasses> singleAgeClasses(const AgeGroupChoice& choice, JobContext& context)
{
    const auto setup = ageSetup(choice);
    if (!setup)
        return setup.error();
    const auto rule = setup->table.find(choice.speciesGroup, choice.region, choice.origin);
    if (!rule)
        return rule.error();
    const core::AgeGroupRule& row = **rule;
    noticeRow(row, context);
    CellClasses classes;
    classes.single = core::ageClassifier(row, setup->mapping, setup->years);
    classes.names = setup->mapping.names;
    QJsonArray bounds;
    for (double b : row.upperBounds)
        bounds.append(b);
    QJsonArray classOf;
    for (int c : setup->mapping.classOf)
        classOf.append(qs(setup->mapping.names[std::size_t(c)]));
    classes.ageGroups = QJsonObject{{QStringLiteral("table"), qs(setup->table.name)},
                                    {QStringLiteral("version"), qs(setup->table.version)},
                                    {QStringLiteral("species_group"), qs(row.speciesGroup)},
                                    {QStringLiteral("region"), qs(row.region)},
                                    {QStringLiteral("origin"), qs(row.origin)},
                                    {QStringLiteral("upper_bounds_years"), bounds},
                                    {QStringLiteral("status"), qs(row.status)},
                                    {QStringLiteral("source"), qs(row.source)},
                                    {QStringLiteral("years_added_to_ages"), setup->years},
                                    {QStringLiteral("age_group_to_stratum"), classOf}};
    return classes;
}

core::Result<CellClasses> stackedAgeClasses(const AgeGroupChoice& choice, JobContext& context)
{
    const auto setup = ageSetup(choice);
    if (!setup)
        return setup.error();
    core::AgeStack stack;
    stack.speciesBand = !choice.speciesRaster.empty();
    stack.originBand = !choice.originRaster.empty();
    if (stack.originBand) {
        auto codes = core::parseOriginCodes(choice.originCodes);
        if (!codes)
            return codes.error();
        stack.originCodes = std::move(codes).value();
    }
    stack.fixedOrigin = choice.origin;
    stack.rows = setup->table.rowsFor(
        choice.region,
        stack.speciesBand ? std::nullopt : std::optional<std::string>(choice.speciesGroup),
        stack.originBand ? std::nullopt : std::optional<std::string>(choice.origin));
    stack.mapping = setup->mapping;
    stack.yearsSinceBase = setup->years;
    QJsonArray used;
    for (const core::AgeGroupRule& r : stack.rows) {
        used.append(QJsonObject{{QStringLiteral("species_group"), qs(r.speciesGroup)},
                                {QStringLiteral("origin"), qs(r.origin)},
                                {QStringLiteral("status"), qs(r.status)},
                                {QStringLiteral("source"), qs(r.source)}});
        noticeRow(r, context);
    }
    CellClasses classes;
    classes.stacked = true;
    classes.stack = core::ageStackClassifier(stack);
    classes.names = stack.classNames();
    classes.ageGroups = QJsonObject{{QStringLiteral("table"), qs(setup->table.name)},
                                    {QStringLiteral("version"), qs(setup->table.version)},
                                    {QStringLiteral("region"), qs(choice.region)},
                                    {QStringLiteral("rows"), used},
                                    {QStringLiteral("years_added_to_ages"), setup->years},
                                    {QStringLiteral("origin_codes"), qs(choice.originCodes)}};
    return classes;
}

// One more class for ages beyond `maxAge` (the raster's value), so that they are counted
// apart instead of falling into the oldest age group.
void screenAges(CellClasses& classes, double maxAge)
{
    if (classes.stacked) {
        const core::StackClassifier inner = classes.stack;
        classes.implausibleAgeClass = inner.classCount;
        classes.stack = {inner.classCount + 1, [inner, maxAge](const double* v) {
                             return v[0] > maxAge ? inner.classCount : inner.classify(v);
                         }};
    } else {
        const core::ValueClassifier inner = classes.single;
        classes.implausibleAgeClass = inner.classCount;
        classes.single = {inner.classCount + 1,
                          [inner, maxAge](double age) {
                              return age > maxAge ? inner.classCount : inner.classify(age);
                          },
                          inner.tabulate};
    }
    classes.names.push_back("(age beyond plausibility)");
    classes.ageGroups.insert(QStringLiteral("max_plausible_age_years"), maxAge);
}

} // namespace

core::Result<std::vector<std::string>> shippedAgeGroupSpecies()
{
    const auto table = readAgeTable({}); // the shipped table, checked as a stratification reads it
    if (!table)
        return table.error();
    std::vector<std::string> species;
    for (const core::AgeGroupRule& rule : table->rules)
        for (const std::string& name : rule.members)
            if (std::find(species.begin(), species.end(), name) == species.end())
                species.push_back(name);
    return species;
}

double AgeGroupChoice::defaultMaxPlausibleAge()
{
    return core::limitOf({}, core::Measure::StandAgeYears).max;
}

const char* strataMethodName(StrataMethod method)
{
    switch (method) {
    case StrataMethod::Table:
        return "table";
    case StrataMethod::RasterValues:
        return "raster-values";
    case StrataMethod::RasterRules:
        return "raster-rules";
    case StrataMethod::AgeGroups:
        return "age-group";
    case StrataMethod::Stands:
        return "stands";
    }
    return "";
}

std::optional<StrataMethod> strataMethodFromName(const std::string& name)
{
    for (StrataMethod m :
         {StrataMethod::Table, StrataMethod::RasterValues, StrataMethod::RasterRules,
          StrataMethod::AgeGroups, StrataMethod::Stands})
        if (name == strataMethodName(m))
            return m;
    if (name == "raster")
        return StrataMethod::RasterRules;
    return std::nullopt;
}

core::Result<CellClasses> buildCellClasses(const StrataDefinition& definition,
                                           const core::RasterSource& source,
                                           const std::string& rasterPath, int threads,
                                           JobContext& context)
{
    CellClasses classes;
    switch (definition.method) {
    case StrataMethod::AgeGroups: {
        if (!definition.ageGroups)
            return core::Error{core::ErrorCode::InvalidArgument, "no age-group row chosen",
                               rasterPath, 0, "age_group"};
        auto built = definition.ageGroups->stacked()
                         ? stackedAgeClasses(*definition.ageGroups, context)
                         : singleAgeClasses(*definition.ageGroups, context);
        if (!built)
            return built.error();
        classes = std::move(built).value();
        screenAges(classes, definition.ageGroups->maxPlausibleAge);
        break;
    }
    case StrataMethod::RasterRules: {
        const auto rules = readRasterRules(definition.rulesPath);
        if (!rules)
            return rules.error();
        classes.single = core::classifierFor(*rules);
        for (const core::StratumRule& rule : *rules)
            classes.names.push_back(rule.name);
        break;
    }
    case StrataMethod::RasterValues: {
        context.beginPhase(Phase::ReadingInput);
        auto distinct = core::distinctValues(source, threads, 10000);
        if (!distinct) {
            core::Error e = distinct.error();
            e.file = rasterPath;
            if (e.code == core::ErrorCode::OutOfRange)
                e.detail += "; this raster is not categorical: give --rules";
            return e;
        }
        classes.single = core::classifierForValues(*distinct);
        for (double v : *distinct) {
            classes.names.push_back(QString::number(v, 'g', 17).toStdString());
            classes.values.push_back(v);
        }
        break;
    }
    case StrataMethod::Table:
    case StrataMethod::Stands:
        return core::Error{core::ErrorCode::InvalidArgument,
                           std::string("strata by ") + strataMethodName(definition.method) +
                               " are not read from a raster",
                           rasterPath,
                           0,
                           {}};
    }
    const int count = classes.stacked ? classes.stack.classCount : classes.single.classCount;
    classes.names.resize(std::size_t(count));
    classes.values.resize(std::size_t(count));
    return classes;
}

} // namespace tanhui::workflow
