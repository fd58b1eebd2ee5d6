// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The audit log's hash chain: link i = SHA-256(link i − 1, "\n", row i), written by Tanhui
// for every row in the transaction that made it (rows written by another program are linked
// by Tanhui's next transaction). A row changed or removed after it was linked breaks every
// link from there on; each seal covers the link of the last row before it.
#include "tanhui/store/project.h"
#include "tanhui/store/sha256.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Result;

namespace {

constexpr const char* kAuditRows =
    "SELECT a.id, a.at, a.user, a.action, a.entity, a.entity_id, a.before_json, a.after_json";

std::string field(const Statement& q, int column)
{
    return q.columnIsNull(column) ? "-" : detail::jsonString(q.columnText(column));
}

std::string nextLink(const std::string& previous, const Statement& q)
{
    std::string text = previous + "\n" + std::to_string(q.columnInt(0));
    for (int c = 1; c <= 4; ++c)
        text += "|" + field(q, c);
    text += "|" + (q.columnIsNull(5) ? std::string("-") : std::to_string(q.columnInt(5)));
    text += "|" + field(q, 6) + "|" + field(q, 7);
    Sha256 hash;
    hash.add(text);
    return hash.hex();
}

} // namespace

namespace detail {

Result<void> linkAuditChain(Database& db)
{
    std::int64_t lastId = 0;
    std::string link;
    {
        auto last = db.prepare("SELECT audit_id, sha256 FROM audit_chain "
                               "ORDER BY audit_id DESC LIMIT 1");
        if (!last)
            return last.error();
        auto row = last->step();
        if (!row)
            return row.error();
        if (*row) {
            lastId = last->columnInt(0);
            link = last->columnText(1);
        }
    }
    auto rows =
        db.prepare(std::string(kAuditRows) + " FROM audit_log a WHERE a.id > ? ORDER BY a.id");
    auto insert = db.prepare("INSERT INTO audit_chain (audit_id, sha256) VALUES (?, ?)");
    if (!rows)
        return rows.error();
    if (!insert)
        return insert.error();
    rows->bind(1, lastId);
    Result<bool> row = rows->step();
    for (; row && *row; row = rows->step()) {
        link = nextLink(link, *rows);
        insert->bind(1, rows->columnInt(0)).bind(2, link);
        if (auto r = insert->run(); !r)
            return r;
    }
    if (!row)
        return row.error();
    return {};
}

} // namespace detail

Result<AuditChainCheck> Project::checkAuditChain()
{
    AuditChainCheck check;
    auto orphans = m_db.prepare("SELECT min(audit_id), count(*) FROM audit_chain "
                                "WHERE audit_id NOT IN (SELECT id FROM audit_log)");
    if (!orphans)
        return orphans.error();
    if (auto r = orphans->step(); !r)
        return r.error();
    if (orphans->columnInt(1) > 0) {
        check.brokenAt = orphans->columnInt(0);
        check.breach = AuditChainCheck::Breach::RowRemoved;
    }
    auto q = m_db.prepare(std::string(kAuditRows) +
                          ", c.sha256 FROM audit_log a LEFT JOIN audit_chain c "
                          "ON c.audit_id = a.id ORDER BY a.id");
    if (!q)
        return q.error();
    std::string link;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step()) {
        ++check.rows;
        link = nextLink(link, *q);
        if (q->columnIsNull(8)) {
            ++check.unlinked;
            continue;
        }
        ++check.linked;
        // A row without a link before a linked one: a link was removed.
        const bool gap = check.unlinked > 0;
        if ((gap || q->columnText(8) != link) && !check.brokenAt) {
            check.brokenAt = q->columnInt(0);
            check.breach =
                gap ? AuditChainCheck::Breach::LinkMissing : AuditChainCheck::Breach::RowChanged;
        }
        check.unlinked = 0;
    }
    if (!row)
        return row.error();
    return check;
}

Result<std::vector<AuditEntry>> Project::auditLog()
{
    auto q = m_db.prepare(std::string(kAuditRows) +
                          ", c.audit_id IS NOT NULL FROM audit_log a LEFT JOIN audit_chain c "
                          "ON c.audit_id = a.id ORDER BY a.id");
    if (!q)
        return q.error();
    std::vector<AuditEntry> entries;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step())
        entries.push_back({q->columnInt(0), q->columnText(1), q->columnText(2), q->columnText(3),
                           q->columnText(4), q->columnInt(5), q->columnText(6), q->columnText(7),
                           q->columnInt(8) != 0});
    if (!row)
        return row.error();
    return entries;
}

} // namespace tanhui::store
