// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "appidentity.h"

#include <QCoreApplication>

#include "tanhui/core/version.h"
#include "tanhui/gis/rasterinfo.h"
#include "tanhui/store/database.h"

namespace tanhui::ui {

void initApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tanhui"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tanhui.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Tanhui"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(core::kVersionString));
}

QString versionDescription()
{
    return QStringLiteral("%1 (GDAL %2, PROJ %3, SQLite %4, Qt %5)")
        .arg(QString::fromLatin1(core::kVersionString), QString::fromStdString(gis::gdalVersion()),
             QString::fromStdString(gis::projVersion()),
             QString::fromStdString(store::Database::sqliteVersion()),
             QString::fromLatin1(qVersion()));
}

} // namespace tanhui::ui
