// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QTextStream>

#include "tanhui/workflow/demofarm.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::DemoCommand)
public:
    static QString description()
    {
        return tr(
            "Create a deterministic demo forest farm in DIR: a stand-age raster (China fir "
            "plantations, ages as of 2018), 30 permanent plots measured in 2021 and "
            "re-measured in 2024 with their tree tallies, and a project file that went through "
            "the workflow: strata of both dates, both stocks, 2021 sealed, the change "
            "2021 → 2024 computed, 2024 a draft.");
    }
    static QString written(const QString& dir)
    {
        return tr("Demo forest farm written to %1").arg(dir);
    }
    static QString exists(const QString& path)
    {
        return tr("%1 exists already: give an empty or new directory.").arg(path);
    }
};

} // namespace

int runDemo(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(DemoText::description());
    parser.addPositionalArgument(QStringLiteral("DIR"), DemoText::tr("Directory to create."));
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    CliJob job(err);
    const auto farm =
        workflow::createDemoFarm(parser.positionalArguments().first().toStdString(), job);
    if (!farm && farm.error().code == core::ErrorCode::DuplicateId) {
        err << DemoText::exists(QString::fromStdString(farm.error().file)) << '\n';
        return ExitUsage;
    }
    if (!farm)
        return failWith(farm.error(), err);
    out << DemoText::written(parser.positionalArguments().first()) << '\n';
    return ExitOk;
}

} // namespace tanhui::cli
