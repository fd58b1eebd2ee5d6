// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QStringList>

class QTextStream;

// The entry points of tanhui-cli's commands, one file each (cmd_<name>.cpp).
namespace tanhui::ui {

int runAreas(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runBenchAreas(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runBiomass(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runChange(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runDemo(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runEstimate(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runPlan(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runProject(const QStringList& arguments, QTextStream& out, QTextStream& err);
// Actions of `project` with options of their own (cmd_projectworkflow.cpp); `arguments`
// start with the command's words ("project compute").
int runProjectStratify(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runProjectCompute(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runProjectCompare(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runRasterInfo(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runSample(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runUncertainty(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runVerify(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace tanhui::ui
