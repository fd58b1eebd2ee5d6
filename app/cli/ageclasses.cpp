// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "ageclasses.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>

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

std::optional<AgeClassSetup> ageClassSetup(const AgeClassRequest& request, QTextStream& err)
{
    QTemporaryDir shipped;
    const QString path = request.tablePath.isEmpty()
                             ? shippedFile(shipped, QStringLiteral("cn_age_groups.csv"))
                             : request.tablePath;
    const auto table = readTableOrReport(path, err);
    if (!table)
        return std::nullopt;
    auto ages = core::AgeGroupTable::fromTable(*table);
    if (!ages) {
        reportError(ages.error(), err);
        return std::nullopt;
    }
    const auto rule = ages->find(request.speciesGroup.toStdString(), request.region.toStdString(),
                                 request.origin.toStdString());
    if (!rule) {
        reportError(rule.error(), err);
        return std::nullopt;
    }
    auto mapping = request.mapping.isEmpty()
                       ? core::Result<core::CarbonClassMapping>(core::CarbonClassMapping{})
                       : core::CarbonClassMapping::parse(request.mapping.toStdString());
    if (!mapping) {
        reportError(mapping.error(), err);
        return std::nullopt;
    }
    // Inventory ages are whole years as of the survey (base) year: the stand is as many
    // years older as calendar years have passed by the monitoring date.
    int years = 0;
    if (!request.baseYear.isEmpty() || !request.date.isEmpty()) {
        bool ok = false;
        const int base = request.baseYear.toInt(&ok);
        const QDate date = QDate::fromString(request.date, Qt::ISODate);
        if (!ok || !date.isValid() || date.year() < base) {
            err << AgeClassText::badYears() << '\n';
            return std::nullopt;
        }
        years = date.year() - base;
    }
    const core::AgeGroupRule& row = **rule;
    if (row.status != "CONFIRMED")
        err << AgeClassText::notConfirmed(QString::fromStdString(row.status),
                                          QString::fromStdString(row.source))
            << '\n';

    AgeClassSetup setup;
    setup.classifier = core::ageClassifier(row, *mapping, years);
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
                    {QStringLiteral("years_added_to_ages"), years},
                    {QStringLiteral("age_group_to_stratum"), classOf}};
    return setup;
}

} // namespace tanhui::ui
