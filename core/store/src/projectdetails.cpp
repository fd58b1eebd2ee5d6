// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Project: what a report's title block and a registry need (its details), and the other
// terms of each period's net removals.
#include <cmath>

#include "tanhui/core/date.h"
#include "tanhui/store/project.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

bool blank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

Result<void> writeTerm(Database& db, std::int64_t periodId, const NetRemovalTerm& term)
{
    const double value = term.statedZero ? 0.0 : term.tco2e;
    const double uncertainty = term.statedZero ? 0.0 : term.uncertainty;
    auto update = db.prepare("UPDATE net_removal_term SET tco2e = ?, uncertainty = ?, "
                             "source = ?, stated_zero = ? WHERE period_id = ? AND term = ?");
    if (!update)
        return update.error();
    update->bind(1, value).bind(2, uncertainty).bind(3, term.source);
    update->bind(4, std::int64_t(term.statedZero)).bind(5, periodId).bind(6, term.term);
    if (auto r = update->run(); !r)
        return r;
    if (db.changes() > 0)
        return {};
    auto insert = db.prepare("INSERT INTO net_removal_term (period_id, term, tco2e, "
                             "uncertainty, source, stated_zero) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bind(1, periodId).bind(2, term.term).bind(3, value).bind(4, uncertainty);
    insert->bind(5, term.source).bind(6, std::int64_t(term.statedZero));
    return insert->run();
}

} // namespace

Result<void> checkProjectDetails(const ProjectInfo& info, const ProjectDetails& d,
                                 const std::string& path)
{
    if (blank(info.name))
        return Error{ErrorCode::InvalidArgument, "a project needs a name", path, 0, "name"};
    if (blank(info.methodology))
        return Error{ErrorCode::InvalidArgument, "a project needs its methodology", path, 0,
                     "methodology"};
    for (const auto& [date, column] : {std::pair{&d.creditingStart, "crediting_start"},
                                       std::pair{&d.creditingEnd, "crediting_end"}})
        if (!date->empty())
            if (auto parsed = core::parseDate(*date); !parsed)
                return Error{ErrorCode::InvalidArgument,
                             "the crediting period's dates are YYYY-MM-DD: " +
                                 parsed.error().detail,
                             path, 0, column};
    if (!d.creditingStart.empty() && !d.creditingEnd.empty() &&
        !(d.creditingEnd > d.creditingStart))
        return Error{ErrorCode::OutOfRange,
                     "the crediting period ends (" + d.creditingEnd + ") before it starts (" +
                         d.creditingStart + ")",
                     path, 0, "crediting_end"};
    return {};
}

Result<void> checkNetRemovalTerm(const NetRemovalTerm& t, const std::string& path)
{
    bool known = false;
    for (const char* name : kNetRemovalTerms)
        known = known || t.term == name;
    if (!known)
        return Error{ErrorCode::InvalidArgument,
                     "'" + t.term +
                         "' is not a term of net removals (baseline, "
                         "project-emissions or leakage)",
                     path, 0, "term"};
    if (blank(t.source))
        return Error{ErrorCode::InvalidArgument,
                     t.statedZero ? "a term stated as zero needs the reason it is zero"
                                  : "a term of net removals needs its source",
                     path, 0, t.term};
    if (t.statedZero)
        return {};
    if (!std::isfinite(t.tco2e))
        return Error{ErrorCode::OutOfRange, "the " + t.term + " term is not a finite number", path,
                     0, t.term};
    if (t.term != "baseline" && t.tco2e < 0.0)
        return Error{ErrorCode::OutOfRange,
                     "the " + t.term + " term is a quantity emitted, not below zero (" +
                         detail::shortestNumber(t.tco2e) +
                         " t CO2e); a removal belongs in the project's stock change",
                     path, 0, t.term};
    if (!std::isfinite(t.uncertainty) || t.uncertainty < 0.0)
        return Error{ErrorCode::OutOfRange,
                     "the uncertainty of the " + t.term +
                         " term must be a finite fraction, not below zero",
                     path, 0, t.term};
    return {};
}

Result<ProjectDetails> Project::details()
{
    auto q = m_db.prepare("SELECT registration_id, methodology_version, proponent, "
                          "crediting_start, crediting_end, location, boundary "
                          "FROM project_details WHERE id = 1");
    if (!q)
        return q.error();
    const auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::CorruptData, "the project details row is missing", m_db.path(), 0,
                     "project_details"};
    return ProjectDetails{q->columnText(0), q->columnText(1), q->columnText(2), q->columnText(3),
                          q->columnText(4), q->columnText(5), q->columnText(6)};
}

Result<void> Project::setProperties(const ProjectInfo& info, const ProjectDetails& d)
{
    if (auto ok = checkProjectDetails(info, d, m_db.path()); !ok)
        return ok;
    return transaction([&]() -> Result<void> {
        const auto now = this->info();
        if (!now)
            return now.error();
        // The project row is part of every seal: it is written only when it changes.
        if (now->name != info.name || now->methodology != info.methodology) {
            auto update = m_db.prepare("UPDATE project SET name = ?, methodology = ?");
            if (!update)
                return update.error();
            update->bind(1, info.name).bind(2, info.methodology);
            if (auto r = update->run(); !r)
                return r;
        }
        auto update = m_db.prepare(
            "UPDATE project_details SET registration_id = ?, methodology_version = ?, "
            "proponent = ?, crediting_start = ?, crediting_end = ?, location = ?, boundary = ? "
            "WHERE id = 1");
        if (!update)
            return update.error();
        update->bind(1, d.registrationId).bind(2, d.methodologyVersion).bind(3, d.proponent);
        update->bind(4, d.creditingStart).bind(5, d.creditingEnd).bind(6, d.location);
        update->bind(7, d.boundary);
        return update->run();
    });
}

Result<std::vector<NetRemovalTerm>> Project::netRemovalTerms(std::int64_t periodId)
{
    auto q = m_db.prepare("SELECT term, tco2e, uncertainty, source, stated_zero "
                          "FROM net_removal_term WHERE period_id = ?");
    if (!q)
        return q.error();
    q->bind(1, periodId);
    std::vector<NetRemovalTerm> stored;
    while (true) {
        const auto row = q->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        stored.push_back({q->columnText(0), q->columnDouble(1), q->columnDouble(2),
                          q->columnText(3), q->columnInt(4) != 0});
    }
    std::vector<NetRemovalTerm> ordered;
    for (const char* name : kNetRemovalTerms)
        for (const NetRemovalTerm& t : stored)
            if (t.term == name)
                ordered.push_back(t);
    return ordered;
}

Result<void> Project::setNetRemovalTerms(std::int64_t periodId,
                                         const std::vector<NetRemovalTerm>& terms)
{
    for (const NetRemovalTerm& t : terms)
        if (auto ok = checkNetRemovalTerm(t, m_db.path()); !ok)
            return ok;
    if (auto p = period(periodId); !p)
        return p.error();
    return transaction([&]() -> Result<void> {
        for (const NetRemovalTerm& t : terms)
            if (auto ok = writeTerm(m_db, periodId, t); !ok)
                return ok;
        return {};
    });
}

} // namespace tanhui::store
