// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QTextStream>

#include "tanhui/equation/muparsercompiler.h"
#include "tanhui/store/computation.h"
#include "tanhui/store/project.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"
#include "errortext.h"

namespace tanhui::ui {

namespace {
class VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::VerifyCommand)
public:
    static QString description()
    {
        return tr("Check every sealed period of a project: its content hashed again must equal "
                  "its seal, each seal must follow the one before, and its results recomputed "
                  "from the stored plots, trees, parameter set and stratification must be "
                  "identical; and every layer file must still have the SHA-256 it was recorded "
                  "with. Exit code 1 if any does not.");
    }
    static QString matches(const QString& label, int revision, const QString& hash)
    {
        return tr("%1 (revision %2): matches its seal %3").arg(label).arg(revision).arg(hash);
    }
    static QString differs(const QString& label, int revision, const QString& stored,
                           const QString& recomputed)
    {
        return tr("%1 (revision %2): DIFFERS from its seal: sealed %3, content now %4")
            .arg(label)
            .arg(revision)
            .arg(stored, recomputed);
    }
    static QString chainBroken(const QString& label)
    {
        return tr("%1: the link to the previously sealed period is broken").arg(label);
    }
    static QString none() { return tr("No sealed period."); }
    static QString recomputed(const QString& label, int revision, qsizetype values)
    {
        return tr("%1 (revision %2): %3 result values recomputed from the stored inputs, all "
                  "identical")
            .arg(label)
            .arg(revision)
            .arg(values);
    }
    static QString noResults(const QString& label, int revision)
    {
        return tr("%1 (revision %2): no results were stored with it, nothing to recompute")
            .arg(label)
            .arg(revision);
    }
    static QString notRecomputed(const QString& label, int revision, const QString& why)
    {
        return tr("%1 (revision %2): results could NOT be recomputed: %3")
            .arg(label)
            .arg(revision)
            .arg(why);
    }
    static QString valueDiffers(const QString& kind, const QString& key, const QString& stored,
                                const QString& recomputed)
    {
        return tr("    %1 %2: stored %3, recomputed %4").arg(kind, key, stored, recomputed);
    }
    static QString recomputeDiffers(const QString& label, int revision, qsizetype n)
    {
        return tr("%1 (revision %2): %n result value(s) DIFFER when recomputed:", nullptr, int(n))
            .arg(label)
            .arg(revision);
    }
    static QString layerUnchanged(const QString& path)
    {
        return tr("layer %1: unchanged since it was recorded").arg(path);
    }
    static QString layerMissing(const QString& path)
    {
        return tr("layer %1: MISSING or unreadable").arg(path);
    }
    static QString layerChanged(const QString& path, const QString& recorded, const QString& now)
    {
        return tr("layer %1: CHANGED since it was recorded: %2, now %3").arg(path, recorded, now);
    }
};
} // namespace

int runVerify(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(VerifyText::description());
    parser.addPositionalArgument(QStringLiteral("PROJECT"), VerifyText::tr("Project file."));
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    auto project = store::Project::open(parser.positionalArguments().first().toStdString());
    if (!project) {
        reportError(project.error(), err);
        return ExitInputError;
    }
    const auto checks = project->verifySeals();
    if (!checks) {
        reportError(checks.error(), err);
        return ExitInputError;
    }
    bool ok = true;
    for (const store::SealCheck& c : *checks) {
        const QString label = QString::fromStdString(c.label);
        if (c.storedHash == c.recomputedHash)
            out << VerifyText::matches(label, c.revision, QString::fromStdString(c.storedHash))
                << '\n';
        else
            out << VerifyText::differs(label, c.revision, QString::fromStdString(c.storedHash),
                                       QString::fromStdString(c.recomputedHash))
                << '\n';
        if (!c.chainIntact)
            out << VerifyText::chainBroken(label) << '\n';
        ok = ok && c.matches();
    }
    if (checks->empty())
        out << VerifyText::none() << '\n';
    const auto recomputed = store::recomputeSealed(*project, equation::MuParserCompiler());
    if (!recomputed) {
        reportError(recomputed.error(), err);
        return ExitInputError;
    }
    for (const store::RecomputeCheck& c : *recomputed) {
        const QString label = QString::fromStdString(c.label);
        if (c.failure) {
            out << VerifyText::notRecomputed(label, c.revision, errorText(*c.failure)) << '\n';
        } else if (c.differences.empty() && c.valuesCompared == 0) {
            out << VerifyText::noResults(label, c.revision) << '\n';
        } else if (c.differences.empty()) {
            out << VerifyText::recomputed(label, c.revision, qsizetype(c.valuesCompared)) << '\n';
        } else {
            out << VerifyText::recomputeDiffers(label, c.revision, qsizetype(c.differences.size()))
                << '\n';
            for (const store::ValueDifference& d : c.differences)
                out << VerifyText::valueDiffers(
                           QString::fromStdString(d.kind), QString::fromStdString(d.key),
                           QString::fromStdString(d.stored), QString::fromStdString(d.recomputed))
                    << '\n';
        }
        ok = ok && c.matches();
    }
    const auto layers = project->layers();
    if (!layers) {
        reportError(layers.error(), err);
        return ExitInputError;
    }
    for (const store::Layer& l : *layers) {
        const QString path = QString::fromStdString(l.path);
        if (l.unchanged())
            out << VerifyText::layerUnchanged(path) << '\n';
        else if (l.currentSha256.empty())
            out << VerifyText::layerMissing(path) << '\n';
        else
            out << VerifyText::layerChanged(path, QString::fromStdString(l.sha256),
                                            QString::fromStdString(l.currentSha256))
                << '\n';
        ok = ok && l.unchanged();
    }
    return ok ? ExitOk : ExitInputError;
}

} // namespace tanhui::ui
