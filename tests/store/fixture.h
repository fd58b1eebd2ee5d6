// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// The project files older code wrote (tests/data/schema_vN.tanhui), for migration tests.

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include "tanhui/store/project.h"

namespace tanhui::testing {

/// A writable copy in `dir` of the fixture `name`, opened: its upgrade runs.
inline core::Result<store::Project> openFixtureCopy(const QTemporaryDir& dir, const QString& name)
{
    const QString copy = dir.filePath(name);
    QFile::remove(copy);
    if (!QFile::copy(QStringLiteral(TANHUI_SOURCE_DIR "/tests/data/") + name, copy))
        return core::Error{core::ErrorCode::FileUnreadable,
                           "the fixture cannot be copied",
                           name.toStdString(),
                           0,
                           {}};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return store::Project::open(copy.toStdString());
}

} // namespace tanhui::testing
