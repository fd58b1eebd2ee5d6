// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "ageoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace tanhui::cli {

namespace {
class AgeClassText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::AgeClasses)
public:
    static QString badYear(const QString& year)
    {
        return tr("--base-year \"%1\" is not a year.").arg(year);
    }
};
} // namespace

AgeGroupOptions::AgeGroupOptions()
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
    , speciesRaster(QStringLiteral("species-raster"),
                    AgeClassText::tr("Species-group raster on the age raster's grid (values: the "
                                     "age table's species_group numbers); strata become "
                                     "group/origin/class."),
                    QStringLiteral("S.tif"))
    , originRaster(QStringLiteral("origin-raster"),
                   AgeClassText::tr("Origin raster on the age raster's grid, coded by "
                                    "--origin-codes."),
                   QStringLiteral("O.tif"))
    , originCodes(QStringLiteral("origin-codes"),
                  AgeClassText::tr("Codes of the origin raster (default \"1=natural;2=planted\")."),
                  QStringLiteral("CODES"), QStringLiteral("1=natural;2=planted"))
{}

void AgeGroupOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({ageGroup, region, origin, baseYear, date, table, mapping, speciesRaster,
                       originRaster, originCodes});
}

std::optional<workflow::StrataDefinition> AgeGroupOptions::strata(const QCommandLineParser& parser,
                                                                  const QString& rulesPath,
                                                                  QTextStream& err) const
{
    workflow::StrataDefinition definition;
    definition.rulesPath = rulesPath.toStdString();
    const bool stacked = parser.isSet(speciesRaster) || parser.isSet(originRaster);
    if (!parser.isSet(ageGroup) && !stacked) {
        definition.method = rulesPath.isEmpty() ? workflow::StrataMethod::RasterValues
                                                : workflow::StrataMethod::RasterRules;
        return definition;
    }
    workflow::AgeGroupChoice choice;
    choice.tablePath = parser.value(table).toStdString();
    choice.speciesGroup = parser.value(ageGroup).toStdString();
    choice.region = parser.value(region).toStdString();
    choice.origin = parser.value(origin).toStdString();
    choice.date = parser.value(date).toStdString();
    choice.mapping = parser.value(mapping).toStdString();
    choice.speciesRaster = parser.value(speciesRaster).toStdString();
    choice.originRaster = parser.value(originRaster).toStdString();
    choice.originCodes = parser.value(originCodes).toStdString();
    if (parser.isSet(baseYear)) {
        bool ok = false;
        choice.baseYear = parser.value(baseYear).toInt(&ok);
        if (!ok) {
            err << AgeClassText::badYear(parser.value(baseYear)) << '\n';
            return std::nullopt;
        }
    }
    definition.method = workflow::StrataMethod::AgeGroups;
    definition.ageGroups = choice;
    return definition;
}

} // namespace tanhui::cli
