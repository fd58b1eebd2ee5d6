// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "rasterclasses.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include "tanhui/core/standrules.h"
#include "tanhui/core/stratumrules.h"

#include "clisupport.h"

namespace tanhui::ui {

namespace {

class RasterClassText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::RasterClasses)
public:
    static QString badStandRules(const QString& path)
    {
        return tr("%1: every stratum needs a name and conditions, each with a field and values "
                  "or a min/max range")
            .arg(path);
    }
    static QString badRules(const QString& path)
    {
        return tr("%1: every stratum needs a name, and values or a min/max range").arg(path);
    }
};

// The "strata" array of a rules file; reported to `err` when missing or empty.
std::optional<QJsonArray> readStrata(const QString& path, QTextStream& err)
{
    const auto doc = readJsonOrReport(path, err);
    if (!doc)
        return std::nullopt;
    QJsonArray strata = doc->object().value(QStringLiteral("strata")).toArray();
    if (strata.isEmpty()) {
        reportError({core::ErrorCode::CorruptData,
                     "expected {\"strata\": [...]}",
                     path.toStdString(),
                     0,
                     {}},
                    err);
        return std::nullopt;
    }
    return strata;
}

// {"strata": [{"name": "forest", "values": [41, 42]}, {"name": "young", "min": 1, "max": 10}]}
std::optional<std::vector<core::StratumRule>> readRules(const QString& path, QTextStream& err)
{
    const auto strata = readStrata(path, err);
    if (!strata)
        return std::nullopt;
    std::vector<core::StratumRule> rules;
    for (const QJsonValue& item : *strata) {
        const QJsonObject o = item.toObject();
        core::StratumRule rule;
        rule.name = o.value(QStringLiteral("name")).toString().toStdString();
        for (const QJsonValue& v : o.value(QStringLiteral("values")).toArray())
            rule.values.push_back(v.toDouble());
        if (o.contains(QStringLiteral("min")))
            rule.min = o.value(QStringLiteral("min")).toDouble();
        if (o.contains(QStringLiteral("max")))
            rule.max = o.value(QStringLiteral("max")).toDouble();
        if (rule.name.empty() || (rule.values.empty() && !rule.min && !rule.max)) {
            err << RasterClassText::badRules(path) << '\n';
            return std::nullopt;
        }
        rules.push_back(std::move(rule));
    }
    return rules;
}

} // namespace

// {"strata": [{"name": "杉木幼龄林", "conditions": [{"field": "树种", "values": ["杉木"]},
//                                               {"field": "林龄", "min": 0, "max": 10}]}]}
std::optional<std::vector<core::StandRule>> readStandRules(const QString& path, QTextStream& err)
{
    const auto strata = readStrata(path, err);
    if (!strata)
        return std::nullopt;
    std::vector<core::StandRule> rules;
    for (const QJsonValue& item : *strata) {
        const QJsonObject o = item.toObject();
        core::StandRule rule{o.value(QStringLiteral("name")).toString().toStdString(), {}};
        for (const QJsonValue& c : o.value(QStringLiteral("conditions")).toArray()) {
            const QJsonObject condition = c.toObject();
            core::FieldCondition fc;
            fc.field = condition.value(QStringLiteral("field")).toString().toStdString();
            for (const QJsonValue& v : condition.value(QStringLiteral("values")).toArray())
                fc.values.push_back(v.isString()
                                        ? v.toString().toStdString()
                                        : QString::number(v.toDouble(), 'g', 17).toStdString());
            if (condition.contains(QStringLiteral("min")))
                fc.min = condition.value(QStringLiteral("min")).toDouble();
            if (condition.contains(QStringLiteral("max")))
                fc.max = condition.value(QStringLiteral("max")).toDouble();
            if (fc.field.empty() || (fc.values.empty() && !fc.min && !fc.max)) {
                err << RasterClassText::badStandRules(path) << '\n';
                return std::nullopt;
            }
            rule.conditions.push_back(std::move(fc));
        }
        if (rule.name.empty() || rule.conditions.empty()) {
            err << RasterClassText::badStandRules(path) << '\n';
            return std::nullopt;
        }
        rules.push_back(std::move(rule));
    }
    return rules;
}

std::optional<RasterClasses> rasterClasses(const QString& rulesPath,
                                           const std::optional<AgeClassRequest>& age,
                                           const core::RasterSource& source,
                                           const QString& rasterPath, int threads, QTextStream& err)
{
    RasterClasses classes;
    if (age) {
        auto setup = ageClassSetup(*age, err);
        if (!setup)
            return std::nullopt;
        classes.classifier = setup->classifier;
        classes.names = setup->names;
        classes.ageGroups = setup->description;
    } else if (!rulesPath.isEmpty()) {
        auto rules = readRules(rulesPath, err);
        if (!rules)
            return std::nullopt;
        classes.classifier = core::classifierFor(*rules);
        for (const core::StratumRule& rule : *rules)
            classes.names.push_back(QString::fromStdString(rule.name));
    } else {
        auto distinct = core::distinctValues(source, threads, 10000);
        if (!distinct) {
            core::Error e = distinct.error();
            e.file = rasterPath.toStdString();
            if (e.code == core::ErrorCode::OutOfRange)
                e.detail += "; this raster is not categorical: give --rules";
            reportError(e, err);
            return std::nullopt;
        }
        classes.classifier = core::classifierForValues(*distinct);
        for (double v : *distinct) {
            classes.names.push_back(QString::number(v, 'g', 17));
            classes.values.push_back(v);
        }
    }
    classes.names.resize(std::size_t(classes.classifier.classCount));
    classes.values.resize(std::size_t(classes.classifier.classCount));
    return classes;
}

} // namespace tanhui::ui
