// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "ageclasses.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <map>

#include "tanhui/core/agegroups.h"

#include "clisupport.h"

namespace tanhui::ui {

namespace {
class AgeClassText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::AgeClasses)
public:
    static QString badYears()
    {
        return tr("--base-year needs --date (YYYY-MM-DD) on or after it.");
    }
    static QString badOriginCodes(const QString& codes)
    {
        return tr("--origin-codes \"%1\": expected code=natural or code=planted, separated by ;")
            .arg(codes);
    }
    static QString notConfirmed(const QString& status, const QString& source)
    {
        return tr("Note: the age-group row used is %1: %2").arg(status, source);
    }
};
} // namespace

AgeClassOptions::AgeClassOptions()
    : ageGroup(QStringLiteral("age-group"),
               AgeClassText::tr("The raster holds stand ages: classify them by the 龄组 table for "
                                "this species group (number or species, e.g. 杉木)."),
               QStringLiteral("GROUP"))
    , region(QStringLiteral("region"), AgeClassText::tr("north or south (with --age-group)."),
             QStringLiteral("R"), QStringLiteral("south"))
    , origin(QStringLiteral("origin"), AgeClassText::tr("natural or planted (with --age-group)."),
             QStringLiteral("O"), QStringLiteral("planted"))
    , baseYear(QStringLiteral("base-year"), AgeClassText::tr("Year the raster's ages refer to."),
               QStringLiteral("YEAR"))
    , date(QStringLiteral("date"),
           AgeClassText::tr("Monitoring date (YYYY-MM-DD): ages are rolled forward to it."),
           QStringLiteral("DATE"))
    , table(QStringLiteral("age-table"),
            AgeClassText::tr("Age-group table (CSV; default: the national table shipped)."),
            QStringLiteral("T.csv"))
    , mapping(QStringLiteral("mapping"),
              AgeClassText::tr("Age groups (1 = 幼 … 5 = 过熟) per carbon stratum (default "
                               "\"young=1;middle=2;mature=3,4,5\")."),
              QStringLiteral("MAP"))
{}

void AgeClassOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({ageGroup, region, origin, baseYear, date, table, mapping});
}

std::optional<AgeClassRequest> AgeClassOptions::request(const QCommandLineParser& parser) const
{
    if (!parser.isSet(ageGroup))
        return std::nullopt;
    return AgeClassRequest{parser.value(table),  parser.value(ageGroup), parser.value(region),
                           parser.value(origin), parser.value(baseYear), parser.value(date),
                           parser.value(mapping)};
}

namespace {

std::optional<core::AgeGroupTable> loadAgeTable(const QString& tablePath, QTextStream& err)
{
    QTemporaryDir shipped;
    const QString path =
        tablePath.isEmpty() ? shippedFile(shipped, QStringLiteral("cn_age_groups.csv")) : tablePath;
    const auto table = readTableOrReport(path, err);
    if (!table)
        return std::nullopt;
    auto ages = core::AgeGroupTable::fromTable(*table);
    if (!ages) {
        reportError(ages.error(), err);
        return std::nullopt;
    }
    return std::move(ages).value();
}

std::optional<core::CarbonClassMapping> loadMapping(const QString& text, QTextStream& err)
{
    auto mapping = text.isEmpty()
                       ? core::Result<core::CarbonClassMapping>(core::CarbonClassMapping{})
                       : core::CarbonClassMapping::parse(text.toStdString());
    if (!mapping) {
        reportError(mapping.error(), err);
        return std::nullopt;
    }
    return std::move(mapping).value();
}

// Whole years from the base year to the monitoring date (inventory ages are whole years as
// of the survey year), 0 without them.
std::optional<int> rollForwardYears(const AgeClassRequest& request, QTextStream& err)
{
    if (request.baseYear.isEmpty() && request.date.isEmpty())
        return 0;
    bool ok = false;
    const int base = request.baseYear.toInt(&ok);
    const QDate date = QDate::fromString(request.date, Qt::ISODate);
    if (!ok || !date.isValid() || date.year() < base) {
        err << AgeClassText::badYears() << '\n';
        return std::nullopt;
    }
    return date.year() - base;
}

} // namespace

std::optional<AgeStackSetup> ageStackSetup(const AgeClassRequest& request, bool withSpecies,
                                           bool withOrigin, const QString& originCodes,
                                           QTextStream& err)
{
    const auto ages = loadAgeTable(request.tablePath, err);
    const auto mapping = ages ? loadMapping(request.mapping, err) : std::nullopt;
    const auto years = mapping ? rollForwardYears(request, err) : std::nullopt;
    if (!years)
        return std::nullopt;
    // Origin codes of the origin raster: "1=natural;2=planted".
    std::map<double, std::string> origins;
    for (const QString& entry : originCodes.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.split(QLatin1Char('='));
        bool ok = false;
        const double code = parts.value(0).trimmed().toDouble(&ok);
        const QString origin = parts.value(1).trimmed();
        if (parts.size() != 2 || !ok ||
            (origin != QLatin1String("natural") && origin != QLatin1String("planted"))) {
            err << AgeClassText::badOriginCodes(originCodes) << '\n';
            return std::nullopt;
        }
        origins[code] = origin.toStdString();
    }
    // The classes: every row of the table for this region (and the fixed group or origin
    // when no raster gives it), times the carbon classes.
    std::vector<const core::AgeGroupRule*> rows;
    for (const core::AgeGroupRule& r : ages->rules)
        if ((r.region == request.region.toStdString() || r.region == "both") &&
            (withSpecies || r.speciesGroup == request.speciesGroup.toStdString() ||
             std::find(r.members.begin(), r.members.end(), request.speciesGroup.toStdString()) !=
                 r.members.end()) &&
            (withOrigin || r.origin == request.origin.toStdString()))
            rows.push_back(&r);
    const int classesPerRow = int(mapping->names.size());
    AgeStackSetup setup;
    QJsonArray used;
    for (const core::AgeGroupRule* r : rows) {
        for (const std::string& name : mapping->names)
            setup.names.push_back(
                QString::fromStdString(r->speciesGroup + "/" + r->origin + "/" + name));
        used.append(
            QJsonObject{{QStringLiteral("species_group"), QString::fromStdString(r->speciesGroup)},
                        {QStringLiteral("origin"), QString::fromStdString(r->origin)},
                        {QStringLiteral("status"), QString::fromStdString(r->status)},
                        {QStringLiteral("source"), QString::fromStdString(r->source)}});
        if (r->status != "CONFIRMED")
            err << AgeClassText::notConfirmed(QString::fromStdString(r->status),
                                              QString::fromStdString(r->source))
                << '\n';
    }
    const std::string fixedGroup = request.speciesGroup.toStdString();
    const std::string fixedOrigin = request.origin.toStdString();
    const core::CarbonClassMapping map = *mapping;
    const int added = *years;
    // The classifier outlives the table: it keeps its own copy of the rows.
    std::vector<core::AgeGroupRule> ownRows;
    for (const core::AgeGroupRule* r : rows)
        ownRows.push_back(*r);
    setup.classifier = {
        int(setup.names.size()), [ownRows, origins, map, added, classesPerRow, withSpecies,
                                  withOrigin, fixedGroup, fixedOrigin](const double* v) {
            const double age = v[0];
            if (!(age > 0.0))
                return core::ValueClassifier::kUnclassified;
            std::size_t band = 1;
            const std::string group =
                withSpecies ? QString::number(v[band++], 'g', 17).toStdString() : fixedGroup;
            std::string origin = fixedOrigin;
            if (withOrigin) {
                const auto it = origins.find(v[band]);
                if (it == origins.end())
                    return core::ValueClassifier::kUnclassified;
                origin = it->second;
            }
            for (std::size_t i = 0; i < ownRows.size(); ++i)
                if ((ownRows[i].speciesGroup == group || !withSpecies) &&
                    ownRows[i].origin == origin)
                    return int(i) * classesPerRow +
                           map.classOf[std::size_t(ownRows[i].groupOf(age + added))];
            return core::ValueClassifier::kUnclassified;
        }};
    setup.description =
        QJsonObject{{QStringLiteral("table"), QString::fromStdString(ages->name)},
                    {QStringLiteral("version"), QString::fromStdString(ages->version)},
                    {QStringLiteral("region"), request.region},
                    {QStringLiteral("rows"), used},
                    {QStringLiteral("years_added_to_ages"), added},
                    {QStringLiteral("origin_codes"), originCodes}};
    return setup;
}

std::optional<AgeClassSetup> ageClassSetup(const AgeClassRequest& request, QTextStream& err)
{
    const auto ages = loadAgeTable(request.tablePath, err);
    if (!ages)
        return std::nullopt;
    const auto rule = ages->find(request.speciesGroup.toStdString(), request.region.toStdString(),
                                 request.origin.toStdString());
    if (!rule) {
        reportError(rule.error(), err);
        return std::nullopt;
    }
    const auto mapping = loadMapping(request.mapping, err);
    const auto years = mapping ? rollForwardYears(request, err) : std::nullopt;
    if (!years)
        return std::nullopt;
    const core::AgeGroupRule& row = **rule;
    if (row.status != "CONFIRMED")
        err << AgeClassText::notConfirmed(QString::fromStdString(row.status),
                                          QString::fromStdString(row.source))
            << '\n';

    AgeClassSetup setup;
    setup.classifier = core::ageClassifier(row, *mapping, *years);
    for (const std::string& name : mapping->names)
        setup.names.push_back(QString::fromStdString(name));
    QJsonArray bounds;
    for (double b : row.upperBounds)
        bounds.append(b);
    QJsonArray classOf;
    for (int c : mapping->classOf)
        classOf.append(QString::fromStdString(mapping->names[std::size_t(c)]));
    setup.description =
        QJsonObject{{QStringLiteral("table"), QString::fromStdString(ages->name)},
                    {QStringLiteral("version"), QString::fromStdString(ages->version)},
                    {QStringLiteral("species_group"), QString::fromStdString(row.speciesGroup)},
                    {QStringLiteral("region"), QString::fromStdString(row.region)},
                    {QStringLiteral("origin"), QString::fromStdString(row.origin)},
                    {QStringLiteral("upper_bounds_years"), bounds},
                    {QStringLiteral("status"), QString::fromStdString(row.status)},
                    {QStringLiteral("source"), QString::fromStdString(row.source)},
                    {QStringLiteral("years_added_to_ages"), *years},
                    {QStringLiteral("age_group_to_stratum"), classOf}};
    return setup;
}

} // namespace tanhui::ui
