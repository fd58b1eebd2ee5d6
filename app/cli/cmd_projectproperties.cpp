// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// `tanhui-cli project properties|set-properties|net-removals`: what a report's title block
// and a registry need, and a period's net removals with each term's source and uncertainty.
#include <QCoreApplication>
#include <QTextStream>
#include <cmath>

#include "tanhui/workflow/projectservice.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class PropertiesText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::ProjectProperties)
public:
    static QString propertiesDescription()
    {
        return tr("Show the project's properties (set-properties changes those given): what a "
                  "report's title block and a registry need. Changes are audited; the name and "
                  "methodology are kept once a period is sealed.");
    }
    static QString netDescription()
    {
        return tr("A period's net removals: its stock change less project emissions, baseline "
                  "removals and leakage (t CO2e over the period's monitoring interval), each "
                  "with its uncertainty (90 % CI, percent) and source, or stated zero with the "
                  "reason. Terms given are stored (audited) before the table is printed.");
    }
    static QString propertiesSet() { return tr("Project properties set (audited)."); }
    static QString missing(const QString& period, const QString& terms)
    {
        return tr("Note: period %1 has no %2 entered yet: its net removals are not complete.")
            .arg(period, terms);
    }
    static QString noChange(const QString& period)
    {
        return tr("Note: period %1 has no stock change yet (project compare): its net removals "
                  "are not complete.")
            .arg(period);
    }
    static QString valueNeedsSet(const QString& option)
    {
        return tr("--%1 sets a value: use project set-properties (project properties only "
                  "shows them).")
            .arg(option);
    }
    static QString termBoth(const QString& term)
    {
        return tr("--%1 and --%1-zero exclude each other.").arg(term);
    }
    static QString termIncomplete(const QString& term)
    {
        return tr("--%1 needs --%1-uncertainty and --%1-source.").arg(term);
    }
};

struct Field
{
    const char* option;
    std::string workflow::ProjectProperties::*member;
};
constexpr Field kFields[] = {
    {"name", &workflow::ProjectProperties::name},
    {"methodology", &workflow::ProjectProperties::methodology},
    {"methodology-version", &workflow::ProjectProperties::methodologyVersion},
    {"registration-id", &workflow::ProjectProperties::registrationId},
    {"proponent", &workflow::ProjectProperties::proponent},
    {"crediting-start", &workflow::ProjectProperties::creditingStart},
    {"crediting-end", &workflow::ProjectProperties::creditingEnd},
    {"location", &workflow::ProjectProperties::location},
    {"boundary", &workflow::ProjectProperties::boundary},
};

void printProperties(const workflow::ProjectProperties& p, QTextStream& out)
{
    out << "property,value\n";
    for (const Field& f : kFields)
        out << f.option << ',' << csvField(p.*f.member) << '\n';
    out << "name-locked," << (p.nameLocked ? "yes" : "no") << '\n';
}

QString percent(double fraction)
{
    return std::isnan(fraction) ? QStringLiteral("undefined") : csvNumber(100.0 * fraction);
}

void printRow(const char* name, double tco2e, double uncertainty, double discount,
              double conservative, bool statedZero, const std::string& source, QTextStream& out)
{
    out << name << ',' << csvNumber(tco2e) << ',' << percent(uncertainty) << ','
        << percent(discount) << ',' << csvNumber(conservative) << ',' << (statedZero ? "yes" : "no")
        << ',' << csvField(source) << '\n';
}

int printNet(const workflow::NetRemovalsSummary& net, QTextStream& out, QTextStream& err)
{
    out << "term,tco2e,uncertainty_pct,discount_pct,conservative_tco2e,stated_zero,source\n";
    if (const auto& c = net.change)
        printRow("project-change", c->changeTco2e, c->uncertainty, c->discountFraction,
                 c->conservativeChangeTco2e, false,
                 "change " + c->earlier + " -> " + c->later + " (AR-TOOL14 method " + c->method +
                     ")",
                 out);
    for (const workflow::NetTermValue& t : net.terms)
        printRow(workflow::netTermName(t.input.term), t.input.tco2e, t.input.uncertainty,
                 t.discountFraction, t.conservativeTco2e, t.input.statedZero, t.input.source, out);
    if (net.complete())
        out << "net," << csvNumber(net.netTco2e) << ",,," << csvNumber(net.conservativeNetTco2e)
            << ",,\n";
    const QString period = QString::fromStdString(net.period);
    if (!net.change)
        err << PropertiesText::noChange(period) << '\n';
    QStringList missing;
    for (workflow::NetTerm t : net.missing)
        missing << QString::fromLatin1(workflow::netTermName(t));
    if (!missing.isEmpty())
        err << PropertiesText::missing(period, missing.join(QStringLiteral(", "))) << '\n';
    return ExitOk;
}

// The options of one term: --T VALUE, --T-uncertainty PCT, --T-source TEXT, --T-zero REASON.
struct TermOptions
{
    workflow::NetTerm term;
    QCommandLineOption value, uncertainty, source, zero;
    explicit TermOptions(workflow::NetTerm t)
        : term(t)
        , value(name(), PropertiesText::tr("Value, t CO2e over the monitoring interval."),
                QStringLiteral("T"))
        , uncertainty(name() + QStringLiteral("-uncertainty"),
                      PropertiesText::tr("Its uncertainty, percent (90 % CI half-width)."),
                      QStringLiteral("PCT"))
        , source(name() + QStringLiteral("-source"),
                 PropertiesText::tr("Where the value comes from."), QStringLiteral("TEXT"))
        , zero(name() + QStringLiteral("-zero"), PropertiesText::tr("The term is zero: why."),
               QStringLiteral("REASON"))
    {}
    QString name() const
    {
        return term == workflow::NetTerm::ProjectEmissions ? QStringLiteral("emissions")
                                                           : QString::fromLatin1(netTermName(term));
    }
    // The term given, nullopt when none; `exitCode` set on a usage error.
    std::optional<workflow::NetTermInput> read(const CommandParser& parser, QTextStream& err,
                                               int& exitCode) const
    {
        if (parser.isSet(value) && parser.isSet(zero)) {
            err << PropertiesText::termBoth(name()) << '\n';
            exitCode = ExitUsage;
            return std::nullopt;
        }
        if (parser.isSet(zero))
            return workflow::NetTermInput{term, 0.0, 0.0, parser.value(zero).toStdString(), true};
        if (!parser.isSet(value))
            return std::nullopt;
        const auto v = parser.number(value.names().first(), NAN, err);
        const auto u = v ? parser.number(uncertainty.names().first(), NAN, err) : std::nullopt;
        if (!v || !u || !parser.isSet(uncertainty) || !parser.isSet(source)) {
            if (v && u)
                err << PropertiesText::termIncomplete(name()) << '\n';
            exitCode = ExitUsage;
            return std::nullopt;
        }
        return workflow::NetTermInput{term, *v, *u / 100.0, parser.value(source).toStdString(),
                                      false};
    }
};

} // namespace

int runProjectProperties(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const bool set = arguments.value(0).endsWith(QLatin1String("set-properties"));
    CommandParser parser(PropertiesText::propertiesDescription());
    parser.addPositionalArgument(QStringLiteral("FILE"), PropertiesText::tr("Project file."));
    std::vector<QCommandLineOption> options;
    for (const Field& f : kFields)
        options.emplace_back(QString::fromLatin1(f.option),
                             PropertiesText::tr("With set-properties: the new value."),
                             QStringLiteral("TEXT"));
    for (const QCommandLineOption& o : options)
        parser.addOption(o);
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    // A value given to `properties` would be dropped without a word: refused instead.
    for (const QCommandLineOption& o : options)
        if (!set && parser.isSet(o)) {
            err << PropertiesText::valueNeedsSet(o.names().first()) << '\n';
            return ExitUsage;
        }
    auto project = valueOrReport(
        workflow::ProjectService::open(parser.positionalArguments().first().toStdString()), err);
    if (!project)
        return ExitInputError;
    auto properties = project->properties();
    if (!properties)
        return failWith(properties.error(), err);
    if (!set) {
        printProperties(*properties, out);
        return ExitOk;
    }
    for (std::size_t i = 0; i < std::size(kFields); ++i)
        if (parser.isSet(options[i]))
            (*properties).*kFields[i].member = parser.value(options[i]).toStdString();
    if (auto ok = project->setProperties(*properties); !ok)
        return failWith(ok.error(), err);
    out << PropertiesText::propertiesSet() << '\n';
    return ExitOk;
}

int runProjectNetRemovals(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(PropertiesText::netDescription());
    parser.addPositionalArgument(QStringLiteral("FILE"), PropertiesText::tr("Project file."));
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          PropertiesText::tr("Monitoring period label."),
                                          QStringLiteral("LABEL"));
    parser.addOption(periodOption);
    const TermOptions terms[] = {TermOptions(workflow::NetTerm::ProjectEmissions),
                                 TermOptions(workflow::NetTerm::Baseline),
                                 TermOptions(workflow::NetTerm::Leakage)};
    for (const TermOptions& t : terms)
        parser.addOptions({t.value, t.uncertainty, t.source, t.zero});
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    if (!parser.isSet(periodOption)) {
        err << parser.helpText();
        return ExitUsage;
    }
    std::vector<workflow::NetTermInput> given;
    for (const TermOptions& t : terms) {
        int exitCode = ExitOk;
        if (auto input = t.read(parser, err, exitCode))
            given.push_back(*input);
        if (exitCode != ExitOk)
            return exitCode;
    }
    auto project = valueOrReport(
        workflow::ProjectService::open(parser.positionalArguments().first().toStdString()), err);
    if (!project)
        return ExitInputError;
    const std::string period = parser.value(periodOption).toStdString();
    const auto net =
        given.empty() ? project->netRemovals(period) : project->setNetTerms(period, given);
    if (!net)
        return failWith(net.error(), err);
    return printNet(*net, out, err);
}

} // namespace tanhui::cli
