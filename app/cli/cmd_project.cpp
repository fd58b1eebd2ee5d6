// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cmath>

#include "tanhui/workflow/projectservice.h"
#include "tanhui/workflow/receipt.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class ProjectText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::ProjectCommand)
public:
    static QString description()
    {
        return tr(
            "Work on a project file (.tanhui). Actions: create, add-layer, stratify, "
            "add-period, import, compute, compare, net-removals, seal, revise, limits, set-limit, "
            "properties, set-properties, export (see `project ACTION --help` for "
            "stratify, import, compute, compare, properties and net-removals). "
            "Every change is one transaction and audited.");
    }
    static QString limitSet(const QString& measure, double min, double max)
    {
        return tr("Plausibility limits of %1 set to [%2, %3] for this project (audited).")
            .arg(measure)
            .arg(min, 0, 'g', 15)
            .arg(max, 0, 'g', 15);
    }
    static QString receiptWritten(const QString& path)
    {
        return tr("Seal receipt written to %1: give it to the verifier, who checks it with "
                  "tanhui-cli verify --receipt.")
            .arg(path);
    }
    static QString revised(const QString& label)
    {
        return tr("Period %1: a new draft revision was opened; the sealed one is kept.").arg(label);
    }
    static QString sealed(const QString& label, const QString& hash)
    {
        return tr("Period %1 sealed: %2").arg(label, hash);
    }
    static QString exported(qsizetype files, const QString& dir)
    {
        return tr("%1 tables written to %2").arg(files).arg(dir);
    }
    static QString layerAdded(const QString& path)
    {
        return tr("Layer %1 recorded with its SHA-256.").arg(path);
    }
    static QString created(const QString& path) { return tr("Project %1 created.").arg(path); }
    static QString periodAdded(const QString& label) { return tr("Period %1 added.").arg(label); }
    static QString usage()
    {
        return tr("Usage: tanhui-cli project ACTION FILE [options]; ACTION is create, "
                  "add-layer, stratify, add-period, import, compute, compare, net-removals, "
                  "seal, revise, limits, set-limit, properties, set-properties or export.");
    }
};

struct ProjectOptions
{
    QCommandLineOption name{QStringLiteral("name"), ProjectText::tr("Project name."),
                            QStringLiteral("NAME")};
    QCommandLineOption methodology{QStringLiteral("methodology"),
                                   ProjectText::tr("Methodology, e.g. CCER-14-001-V01 or VM0047."),
                                   QStringLiteral("ID")};
    QCommandLineOption period{QStringLiteral("period"), ProjectText::tr("Monitoring period label."),
                              QStringLiteral("LABEL")};
    QCommandLineOption start{QStringLiteral("start"), ProjectText::tr("Start date, YYYY-MM-DD."),
                             QStringLiteral("DATE")};
    QCommandLineOption end{QStringLiteral("end"), ProjectText::tr("End date, YYYY-MM-DD."),
                           QStringLiteral("DATE")};
    QCommandLineOption layer{QStringLiteral("layer"),
                             ProjectText::tr("Layer file to record (with add-layer)."),
                             QStringLiteral("PATH")};
    QCommandLineOption kind{QStringLiteral("kind"),
                            ProjectText::tr("raster, polygons or boundary."),
                            QStringLiteral("KIND"), QStringLiteral("raster")};
    QCommandLineOption role{
        QStringLiteral("role"),
        ProjectText::tr("What the layer holds: stands, age, species-group, origin or boundary."),
        QStringLiteral("ROLE"), QStringLiteral("stands")};
    QCommandLineOption reason{
        QStringLiteral("reason"),
        ProjectText::tr("Why a sealed period is revised, or a limit changed."),
        QStringLiteral("TEXT")};
    QCommandLineOption dir{QStringLiteral("dir"), ProjectText::tr("Directory for export."),
                           QStringLiteral("DIR")};
    QCommandLineOption measure{
        QStringLiteral("measure"),
        ProjectText::tr("With set-limit: dbh_cm, height_m, plot_area_ha, slope_deg or "
                        "stand_age_years."),
        QStringLiteral("M")};
    QCommandLineOption receipt{
        QStringLiteral("receipt"),
        ProjectText::tr("With seal: also write the seal receipt a verifier keeps to this file."),
        QStringLiteral("FILE")};
    QCommandLineOption sign{
        QStringLiteral("sign"),
        ProjectText::tr("With seal: sign the seal with this Ed25519 private key (tanhui-cli "
                        "keygen makes one); verifiers check it with verify --trust."),
        QStringLiteral("KEY")};
    QCommandLineOption min{QStringLiteral("min"), ProjectText::tr("With set-limit: lowest value."),
                           QStringLiteral("V")};
    QCommandLineOption max{QStringLiteral("max"), ProjectText::tr("With set-limit: highest value."),
                           QStringLiteral("V")};
    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({name, methodology, period, start, end, layer, kind, role, reason, dir,
                           measure, min, max, receipt, sign});
    }
};

// One action on an open project; returns an exit code.
using Action = int (*)(workflow::ProjectService&, const CommandParser&, const ProjectOptions&,
                       QTextStream& out, QTextStream& err);

int addPeriod(workflow::ProjectService& project, const CommandParser& parser,
              const ProjectOptions& o, QTextStream& out, QTextStream& err)
{
    const auto id =
        project.addPeriod(parser.value(o.period).toStdString(), parser.value(o.start).toStdString(),
                          parser.value(o.end).toStdString());
    if (!id)
        return failWith(id.error(), err);
    out << ProjectText::periodAdded(parser.value(o.period)) << '\n';
    return ExitOk;
}

int addLayer(workflow::ProjectService& project, const CommandParser& parser,
             const ProjectOptions& o, QTextStream& out, QTextStream& err)
{
    const auto id =
        project.addLayer(*workflow::layerKindFromName(parser.value(o.kind).toStdString()),
                         *workflow::layerRoleFromName(parser.value(o.role).toStdString()),
                         parser.value(o.layer).toStdString());
    if (!id)
        return failWith(id.error(), err);
    out << ProjectText::layerAdded(parser.value(o.layer)) << '\n';
    return ExitOk;
}

int seal(workflow::ProjectService& project, const CommandParser& parser, const ProjectOptions& o,
         QTextStream& out, QTextStream& err)
{
    const auto sealed =
        project.seal(parser.value(o.period).toStdString(), parser.value(o.sign).toStdString());
    if (!sealed)
        return failWith(sealed.error(), err);
    out << ProjectText::sealed(parser.value(o.period), QString::fromStdString(sealed->digest))
        << '\n';
    if (!parser.isSet(o.receipt))
        return ExitOk;
    const auto receipt = project.receipt(parser.value(o.period).toStdString());
    const auto written =
        receipt ? workflow::writeReceipt(*receipt, parser.value(o.receipt).toStdString())
                : core::Result<void>(receipt.error());
    if (!written)
        return failWith(written.error(), err);
    out << ProjectText::receiptWritten(parser.value(o.receipt)) << '\n';
    return ExitOk;
}

int revise(workflow::ProjectService& project, const CommandParser& parser, const ProjectOptions& o,
           QTextStream& out, QTextStream& err)
{
    const auto id =
        project.revise(parser.value(o.period).toStdString(), parser.value(o.reason).toStdString());
    if (!id)
        return failWith(id.error(), err);
    out << ProjectText::revised(parser.value(o.period)) << '\n';
    return ExitOk;
}

int exportTables(workflow::ProjectService& project, const CommandParser& parser,
                 const ProjectOptions& o, QTextStream& out, QTextStream& err)
{
    const auto files = project.exportCsv(parser.value(o.dir).toStdString());
    if (!files)
        return failWith(files.error(), err);
    out << ProjectText::exported(qsizetype(files->size()), parser.value(o.dir)) << '\n';
    return ExitOk;
}

// The plausibility limits as CSV: what an import is screened against, with each source.
int limits(workflow::ProjectService& project, const CommandParser&, const ProjectOptions&,
           QTextStream& out, QTextStream& err)
{
    const auto limits = project.plausibilityLimits();
    if (!limits)
        return failWith(limits.error(), err);
    out << "measure,min,max,status,source\n";
    for (const core::PlausibilityLimit& l : *limits)
        out << core::measureName(l.measure) << ',' << csvNumber(l.min) << ',' << csvNumber(l.max)
            << ',' << csvField(l.status) << ',' << csvField(l.source) << '\n';
    return ExitOk;
}

int setLimit(workflow::ProjectService& project, const CommandParser& parser,
             const ProjectOptions& o, QTextStream& out, QTextStream& err)
{
    const auto min = parser.number(o.min.names().first(), NAN, err);
    const auto max = min ? parser.number(o.max.names().first(), NAN, err) : std::nullopt;
    if (!max)
        return ExitUsage;
    const auto measure = core::measureFromName(parser.value(o.measure).toStdString());
    if (auto set = project.setPlausibilityLimit(*measure, *min, *max,
                                                parser.value(o.reason).toStdString());
        !set)
        return failWith(set.error(), err);
    out << ProjectText::limitSet(parser.value(o.measure), *min, *max) << '\n';
    return ExitOk;
}

// The action named `name` with whether its options are complete; nullptr when unknown.
Action actionFor(const QString& name, const CommandParser& parser, const ProjectOptions& o,
                 bool& complete)
{
    const bool period = parser.isSet(o.period);
    if (name == QLatin1String("add-period")) {
        complete = period && parser.isSet(o.start) && parser.isSet(o.end);
        return &addPeriod;
    }
    if (name == QLatin1String("add-layer")) {
        complete = parser.isSet(o.layer) &&
                   workflow::layerKindFromName(parser.value(o.kind).toStdString()) &&
                   workflow::layerRoleFromName(parser.value(o.role).toStdString());
        return &addLayer;
    }
    complete = period;
    if (name == QLatin1String("seal"))
        return &seal;
    if (name == QLatin1String("revise")) {
        complete = period && !parser.value(o.reason).trimmed().isEmpty();
        return &revise;
    }
    complete = true;
    if (name == QLatin1String("limits"))
        return &limits;
    if (name == QLatin1String("set-limit")) {
        complete = core::measureFromName(parser.value(o.measure).toStdString()) &&
                   parser.isSet(o.min) && parser.isSet(o.max) && parser.isSet(o.reason);
        return &setLimit;
    }
    if (name == QLatin1String("export")) {
        complete = parser.isSet(o.dir);
        return &exportTables;
    }
    return nullptr;
}

int create(const std::string& file, const CommandParser& parser, const ProjectOptions& o,
           QTextStream& out, QTextStream& err)
{
    if (!parser.isSet(o.name) || !parser.isSet(o.methodology)) {
        err << parser.helpText();
        return ExitUsage;
    }
    const auto project = workflow::ProjectService::create(
        file, parser.value(o.name).toStdString(), parser.value(o.methodology).toStdString());
    if (!project)
        return failWith(project.error(), err);
    out << ProjectText::created(QString::fromStdString(file)) << '\n';
    return ExitOk;
}

} // namespace

int runProject(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    using Command = int (*)(const QStringList&, QTextStream&, QTextStream&);
    const std::pair<const char*, Command> ownParsers[] = {
        {"stratify", &runProjectStratify},       {"import", &runProjectImport},
        {"compute", &runProjectCompute},         {"compare", &runProjectCompare},
        {"properties", &runProjectProperties},   {"set-properties", &runProjectProperties},
        {"net-removals", &runProjectNetRemovals}};
    const QString first = arguments.value(1);
    for (const auto& [name, command] : ownParsers)
        if (first == QLatin1String(name))
            return command(QStringList{QStringLiteral("project ") + first} + arguments.mid(2), out,
                           err);
    CommandParser parser(ProjectText::description());
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        ProjectText::tr("create, add-layer, stratify, add-period, import, compute, compare, "
                        "net-removals, seal, revise, limits, set-limit, properties, "
                        "set-properties or export."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ProjectText::tr("Project file."));
    const ProjectOptions options;
    options.addTo(parser);
    if (auto stop = parser.parse(arguments, 2, out, err))
        return *stop;
    const QString action = parser.positionalArguments().at(0);
    const std::string file = parser.positionalArguments().at(1).toStdString();
    if (action == QLatin1String("create"))
        return create(file, parser, options, out, err);
    bool complete = false;
    const Action run = actionFor(action, parser, options, complete);
    if (!run) {
        err << ProjectText::usage() << '\n';
        return ExitUsage;
    }
    if (!complete) {
        err << parser.helpText();
        return ExitUsage;
    }
    auto project = workflow::ProjectService::open(file);
    if (!project)
        return failWith(project.error(), err);
    return run(*project, parser, options, out, err);
}

} // namespace tanhui::cli
