// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/agegroups.h"

#include <algorithm>
#include <cstdio>

#include "tanhui/core/table.h"

namespace tanhui::core {

namespace {

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::string current;
    for (char c : text + separator) {
        if (c != separator) {
            current += c;
            continue;
        }
        const auto first = current.find_first_not_of(' ');
        const auto last = current.find_last_not_of(' ');
        if (first != std::string::npos)
            parts.push_back(current.substr(first, last - first + 1));
        current.clear();
    }
    return parts;
}

} // namespace

const char* ageGroupName(AgeGroup group)
{
    switch (group) {
    case AgeGroup::Young:
        return "young";
    case AgeGroup::Middle:
        return "middle";
    case AgeGroup::NearMature:
        return "near-mature";
    case AgeGroup::Mature:
        return "mature";
    case AgeGroup::OverMature:
        return "over-mature";
    }
    return "";
}

AgeGroup AgeGroupRule::groupOf(double age) const
{
    for (int g = 0; g < 4; ++g)
        if (age <= upperBounds[std::size_t(g)])
            return AgeGroup(g);
    return AgeGroup::OverMature;
}

Result<const AgeGroupRule*> AgeGroupTable::find(const std::string& speciesGroup,
                                                const std::string& region,
                                                const std::string& origin) const
{
    for (const AgeGroupRule& r : rules) {
        const bool group =
            r.speciesGroup == speciesGroup ||
            std::find(r.members.begin(), r.members.end(), speciesGroup) != r.members.end();
        if (group && (r.region == region || r.region == "both") && r.origin == origin)
            return &r;
    }
    std::string known;
    for (const AgeGroupRule& r : rules)
        known += (known.empty() ? "" : ", ") + r.speciesGroup + "/" + r.region + "/" + r.origin;
    return Error{ErrorCode::UnknownReference,
                 "no row for species group " + speciesGroup + ", region " + region + ", origin " +
                     origin + " in " + name + " (rows: " + known + ")",
                 {},
                 0,
                 "species_group"};
}

Result<AgeGroupTable> AgeGroupTable::fromTable(const Table& t)
{
    const char* required[] = {"species_group",   "region",     "origin", "young_max", "middle_max",
                              "near_mature_max", "mature_max", "status", "source"};
    for (const char* column : required)
        if (auto c = t.requireColumn({column}); !c)
            return c.error();
    const auto col = [&t](const char* column) {
        return *t.findColumn({column});
    };
    AgeGroupTable table;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        AgeGroupRule rule;
        rule.sourceRow = t.rowNumbers[r];
        rule.speciesGroup = t.text(r, col("species_group"));
        if (const auto members = t.findColumn({"members"}))
            rule.members = split(t.text(r, *members), ';');
        rule.region = t.text(r, col("region"));
        rule.origin = t.text(r, col("origin"));
        if (rule.region != "north" && rule.region != "south" && rule.region != "both")
            return t.errorAt(ErrorCode::InvalidArgument, r, col("region"),
                             "region must be north, south or both");
        if (rule.origin != "natural" && rule.origin != "planted")
            return t.errorAt(ErrorCode::InvalidArgument, r, col("origin"),
                             "origin must be natural or planted");
        const char* bounds[] = {"young_max", "middle_max", "near_mature_max", "mature_max"};
        for (int i = 0; i < 4; ++i) {
            const auto v = t.number(r, col(bounds[i]));
            if (!v)
                return v.error();
            if (i > 0 && !(*v > rule.upperBounds[std::size_t(i - 1)]))
                return t.errorAt(ErrorCode::OutOfRange, r, col(bounds[i]),
                                 "age bounds must increase");
            rule.upperBounds[std::size_t(i)] = *v;
        }
        if (const auto width = t.findColumn({"class_width"}); width && !t.text(r, *width).empty()) {
            const auto v = t.number(r, *width);
            if (!v)
                return v.error();
            rule.classWidth = *v;
        }
        rule.status = t.text(r, col("status"));
        rule.source = t.text(r, col("source"));
        if (rule.status != "CONFIRMED" && rule.status != "SECONDARY" &&
            rule.status != "UNCONFIRMED")
            return t.errorAt(ErrorCode::InvalidArgument, r, col("status"),
                             "status must be CONFIRMED, SECONDARY or UNCONFIRMED");
        if (r == 0) {
            if (const auto c = t.findColumn({"table"}))
                table.name = t.text(r, *c);
            if (const auto c = t.findColumn({"version"}))
                table.version = t.text(r, *c);
        }
        table.rules.push_back(std::move(rule));
    }
    if (table.name.empty())
        table.name = t.source;
    return table;
}

Result<CarbonClassMapping> CarbonClassMapping::parse(const std::string& text)
{
    CarbonClassMapping mapping;
    mapping.names.clear();
    mapping.classOf.fill(-1);
    for (const std::string& entry : split(text, ';')) {
        const auto eq = entry.find('=');
        if (eq == std::string::npos || eq == 0)
            return Error{ErrorCode::InvalidArgument,
                         "expected name=groups, got \"" + entry + "\"",
                         {},
                         0,
                         "mapping"};
        const int cls = int(mapping.names.size());
        mapping.names.push_back(split(entry.substr(0, eq), ';').front());
        for (const std::string& g : split(entry.substr(eq + 1), ',')) {
            const auto n = parseNumber(g);
            if (!n || *n < 1 || *n > kAgeGroupCount || *n != int(*n) ||
                mapping.classOf[std::size_t(*n - 1)] >= 0)
                return Error{ErrorCode::InvalidArgument,
                             "age group \"" + g + "\" is not 1–5 or is mapped twice",
                             {},
                             0,
                             "mapping"};
            mapping.classOf[std::size_t(*n - 1)] = cls;
        }
    }
    if (std::find(mapping.classOf.begin(), mapping.classOf.end(), -1) != mapping.classOf.end())
        return Error{
            ErrorCode::InvalidArgument, "every age group 1–5 must be mapped", {}, 0, "mapping"};
    return mapping;
}

ValueClassifier ageClassifier(const AgeGroupRule& rule, const CarbonClassMapping& mapping,
                              double yearsSinceBase)
{
    return {int(mapping.names.size()), [rule, mapping, yearsSinceBase](double age) {
                if (!(age > 0.0))
                    return ValueClassifier::kUnclassified;
                return mapping.classOf[std::size_t(rule.groupOf(age + yearsSinceBase))];
            }};
}

std::vector<AgeGroupRule> AgeGroupTable::rowsFor(const std::string& region,
                                                 const std::optional<std::string>& speciesGroup,
                                                 const std::optional<std::string>& origin) const
{
    std::vector<AgeGroupRule> rows;
    for (const AgeGroupRule& r : rules) {
        const bool groupMatches =
            !speciesGroup || r.speciesGroup == *speciesGroup ||
            std::find(r.members.begin(), r.members.end(), *speciesGroup) != r.members.end();
        if ((r.region == region || r.region == "both") && groupMatches &&
            (!origin || r.origin == *origin))
            rows.push_back(r);
    }
    return rows;
}

Result<std::map<double, std::string>> parseOriginCodes(const std::string& text)
{
    std::map<double, std::string> codes;
    const Error bad{ErrorCode::InvalidArgument,
                    "expected code=natural or code=planted, separated by ;, got \"" + text + "\"",
                    {},
                    0,
                    "origin_codes"};
    for (const std::string& entry : split(text, ';')) {
        const std::vector<std::string> parts = split(entry, '=');
        const std::optional<double> code =
            parts.size() == 2 ? parseNumber(parts[0]) : std::optional<double>();
        if (!code || (parts[1] != "natural" && parts[1] != "planted"))
            return bad;
        codes[*code] = parts[1];
    }
    return codes;
}

std::vector<std::string> AgeStack::classNames() const
{
    std::vector<std::string> names;
    for (const AgeGroupRule& r : rows)
        for (const std::string& name : mapping.names)
            names.push_back(r.speciesGroup + "/" + r.origin + "/" + name);
    return names;
}

StackClassifier ageStackClassifier(const AgeStack& stack)
{
    const int classesPerRow = int(stack.mapping.names.size());
    return {int(stack.rows.size()) * classesPerRow, [stack, classesPerRow](const double* v) {
                const double age = v[0];
                if (!(age > 0.0))
                    return ValueClassifier::kUnclassified;
                std::size_t band = 1;
                std::string group;
                if (stack.speciesBand) {
                    // Group numbers as the table writes them: 3, not 3.0.
                    char text[32];
                    std::snprintf(text, sizeof text, "%.17g", v[band++]);
                    group = text;
                }
                std::string origin = stack.fixedOrigin;
                if (stack.originBand) {
                    const auto it = stack.originCodes.find(v[band]);
                    if (it == stack.originCodes.end())
                        return ValueClassifier::kUnclassified;
                    origin = it->second;
                }
                for (std::size_t i = 0; i < stack.rows.size(); ++i) {
                    const AgeGroupRule& r = stack.rows[i];
                    if ((!stack.speciesBand || r.speciesGroup == group) && r.origin == origin)
                        return int(i) * classesPerRow +
                               stack.mapping
                                   .classOf[std::size_t(r.groupOf(age + stack.yearsSinceBase))];
                }
                return ValueClassifier::kUnclassified;
            }};
}

} // namespace tanhui::core
