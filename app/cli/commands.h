// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QStringList>
#include <optional>

#include "tanhui/workflow/areasjob.h"

class QTextStream;

// The entry points of tanhui-cli's commands, one file each (cmd_<name>.cpp).
namespace tanhui::cli {

int runAreas(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runBiomass(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runChange(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runDemo(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runKeygen(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runEstimate(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runPlan(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runProject(const QStringList& arguments, QTextStream& out, QTextStream& err);
// Actions of `project` with options of their own (cmd_projectworkflow.cpp); `arguments`
// start with the command's words ("project compute").
int runProjectStratify(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runProjectImport(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runProjectCompute(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runProjectCompare(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runProjectProperties(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runProjectNetRemovals(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runRasterInfo(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runSample(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runUncertainty(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runVerify(const QStringList& arguments, QTextStream& out, QTextStream& err);

/// The arguments of `areas` (without the command name) as a request, parsed as `areas`
/// parses them; nullopt with `exitCode` set after help or a usage error was written.
std::optional<workflow::AreasRequest> areasRequest(const QStringList& arguments, QTextStream& out,
                                                   QTextStream& err, int& exitCode);

} // namespace tanhui::cli
