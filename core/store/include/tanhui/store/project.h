// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tanhui/core/biomass.h"
#include "tanhui/core/result.h"
#include "tanhui/store/database.h"

namespace tanhui::store {

struct ProjectInfo
{
    std::string name;
    std::string methodology; ///< e.g. "CCER-14-001-V01" or "VM0047"
    std::string crsWkt;
};

struct Period
{
    std::int64_t id = 0;
    std::string label;
    std::string startDate; ///< YYYY-MM-DD
    std::string endDate;
    std::string status; ///< draft, submitted, verified
    int revision = 1;
    bool sealed = false;
};

/// What an import did, or why it did nothing: when `problems` is not empty no row was
/// written, and every bad row is listed (file, row, column, what).
struct ImportReport
{
    std::vector<core::Error> problems;
    std::int64_t plots = 0;
    std::int64_t trees = 0;
    bool imported() const { return problems.empty(); }
};

/// A monitoring project: one SQLite file (.tanhui) holding periods, plots, trees,
/// parameters, results and an append-only audit log. Every change is one transaction and
/// one audit entry naming the OS user. Not thread-safe; one Project per thread.
class Project
{
public:
    /// Creates a new project file; fails with InvalidArgument if `path` exists.
    static core::Result<Project> create(const std::string& path, const ProjectInfo& info);
    /// Opens an existing project, upgrading an older schema in one transaction. Fails with
    /// SchemaTooNew for a file written by a newer Tanhui, UnsupportedFormat for a SQLite
    /// file that is not a project, FileNotFound, CorruptData.
    static core::Result<Project> open(const std::string& path);

    core::Result<ProjectInfo> info();
    core::Result<std::int64_t> addPeriod(const std::string& label, const std::string& startDate,
                                         const std::string& endDate);
    core::Result<std::vector<Period>> periods();

    /// Imports the plots and trees of one period, all or nothing: the whole input is checked
    /// first (plot ids unique and new, areas and slopes valid, every tree in a plot of this
    /// import or period, DBH and height positive) and written in a single transaction only
    /// when no row has a problem. A sealed period accepts no import.
    core::Result<ImportReport> importPlotsAndTrees(std::int64_t periodId,
                                                   const std::vector<core::Plot>& plots,
                                                   const std::vector<core::Tree>& trees,
                                                   const std::string& plotsSource,
                                                   const std::string& treesSource);

    /// Number of rows of `table` in the project (for reports and tests); `table` must be
    /// one of the schema's table names.
    core::Result<std::int64_t> count(const std::string& table);

    Database& database() { return m_db; }

private:
    explicit Project(Database db);
    core::Result<void> audit(const std::string& action, const std::string& entity,
                             std::int64_t entityId, const std::string& beforeJson,
                             const std::string& afterJson);
    Database m_db;
};

/// The OS user running Tanhui (USER, LOGNAME or USERNAME), "unknown" otherwise.
std::string currentUser();

/// Now, UTC, as 2026-11-24T15:04:05Z.
std::string utcTimestamp();

} // namespace tanhui::store
