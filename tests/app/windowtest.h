// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// What the window tests share: a hermetic start, and the demo farm opened from a copy.

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "mainwindow.h"

namespace tanhui::test {

/// A file of the demo farm the window makes in the (test-mode) data folder.
inline QString demoFarmFile(const QString& name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-farm/") + name;
}

/// Test-mode folders and settings, emptied; a demo farm left by an earlier build (another
/// schema, other seals) is not this build's: the window makes it again.
inline void startWindowTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDir(demoFarmFile({})).removeRecursively();
}

/// The demo farm made through `window` (once), copied to `copy` and the copy opened, so that
/// each test changes a project of its own. Check QTest::currentTestFailed() after it.
inline void openDemoCopy(ui::MainWindow& window, const QString& copy)
{
    QSignalSpy opened(&window, &ui::MainWindow::projectOpened);
    if (!QFile::exists(demoFarmFile(QStringLiteral("demo.tanhui")))) {
        window.openDemo();
        QVERIFY(opened.wait(60000));
    }
    QVERIFY(QFile::copy(demoFarmFile(QStringLiteral("demo.tanhui")), copy));
    window.openProject(copy);
    QVERIFY(opened.wait(60000));
    QCOMPARE(window.projectPath(), copy);
}

} // namespace tanhui::test
