// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Private to the store: the project file's schema as ordered migrations.

#include <array>

#include "tanhui/core/result.h"
#include "tanhui/store/database.h"

namespace tanhui::store::detail {

/// 'TANH': PRAGMA application_id of every Tanhui project file.
inline constexpr std::int64_t kApplicationId = 0x54414E48;

/// Migration N takes a file from user_version N − 1 to N (migrations.cpp).
extern const std::array<const char*, 7> kMigrations;

/// The schema version this build writes (PRAGMA user_version).
int currentSchemaVersion();

/// Brings `db` from its user_version to currentSchemaVersion(), all steps in one
/// transaction (nothing changes if one fails). A newer file is Error{SchemaTooNew}; a
/// SQLite file that is not a Tanhui project is Error{UnsupportedFormat}.
core::Result<void> migrate(Database& db);

} // namespace tanhui::store::detail
