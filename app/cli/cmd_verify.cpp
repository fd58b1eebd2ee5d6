// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "tanhui/workflow/projectservice.h"
#include "tanhui/workflow/receipt.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"
#include "errortext.h"

namespace tanhui::cli {

namespace {
class VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::VerifyCommand)
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
};

// Receipts, seals the audit log knows of, layers (the same translation context).
class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::VerifyCommand)
public:
    static QString receiptHolds(const QString& file, const QString& label, int revision,
                                const QString& digest)
    {
        return tr("receipt %1: %2 (revision %3) still holds the seal it was given, %4")
            .arg(file, label)
            .arg(revision)
            .arg(digest);
    }
    static QString receiptOtherProject(const QString& file, const QString& name)
    {
        return tr("receipt %1: of ANOTHER project (%2)").arg(file, name);
    }
    static QString receiptSealMissing(const QString& file, const QString& label, int revision)
    {
        return tr("receipt %1: %2 (revision %3) is NO LONGER SEALED in this project (its seal or "
                  "the period was removed)")
            .arg(file, label)
            .arg(revision);
    }
    static QString receiptDigestDiffers(const QString& file, const QString& label, int revision,
                                        const QString& kept, const QString& now)
    {
        return tr("receipt %1: %2 (revision %3) was SEALED AGAIN with other content: the receipt "
                  "holds %4, the project now %5")
            .arg(file, label)
            .arg(revision)
            .arg(kept, now);
    }
    static QString receiptPositionDiffers(const QString& file, const QString& label, int position)
    {
        return tr("receipt %1: %2 is no longer seal %3 of the chain: seals before it were removed "
                  "or added")
            .arg(file, label)
            .arg(position);
    }
    static QString sealedPeriodDeleted(const QString& label, const QString& seal)
    {
        return tr("%1: a SEALED PERIOD WAS DELETED (the audit log records its seal %2)")
            .arg(label, seal);
    }
    static QString sealRemoved(const QString& label, const QString& seal)
    {
        return tr("%1: its SEAL WAS REMOVED (the audit log records the seal %2)").arg(label, seal);
    }
    static QString sealReplaced(const QString& label, const QString& seal, const QString& now)
    {
        return tr("%1: its SEAL WAS REPLACED: the audit log records %2, the period now holds %3")
            .arg(label, seal, now);
    }
    static QString statusInvalid(const QString& label, const QString& status)
    {
        return tr("%1: SEALED BUT MARKED %2: a sealed period is submitted or verified; its "
                  "status was changed outside Tanhui")
            .arg(label, status);
    }
    static QString auditIntact(qint64 rows)
    {
        return tr("audit log: %n row(s), each linked to the one before by its hash", nullptr,
                  int(rows));
    }
    static QString auditUnlinked(qint64 rows)
    {
        return tr("audit log: the last %n row(s) were written outside Tanhui since its last "
                  "change (not yet linked)",
                  nullptr, int(rows));
    }
    static QString auditBroken(workflow::AuditChainStatus::Breach breach, qint64 id)
    {
        using Breach = workflow::AuditChainStatus::Breach;
        switch (breach) {
        case Breach::RowChanged:
            return tr("audit log: BROKEN at row %1: it, or a row before it, was CHANGED or "
                      "DELETED after it was written")
                .arg(id);
        case Breach::LinkMissing:
            return tr("audit log: BROKEN before row %1: the links of rows before it were removed")
                .arg(id);
        case Breach::RowRemoved:
        case Breach::None:
            break;
        }
        return tr("audit log: BROKEN: row %1 was DELETED after it was written").arg(id);
    }
    static QString differingParts(const QString& label, const QString& parts)
    {
        return tr("%1: what differs from the sealed content: %2").arg(label, parts);
    }
    static QString signatureValid(const QString& label, const QString& key, bool trusted)
    {
        return trusted ? tr("%1: signed by the trusted key %2").arg(label, key)
                       : tr("%1: signed by key %2 (not among the keys given with --trust)")
                             .arg(label, key);
    }
    static QString signatureInvalid(const QString& label, const QString& key)
    {
        return tr("%1: its SIGNATURE IS INVALID (key %2): the seal or its signature was changed "
                  "after signing")
            .arg(label, key);
    }
    static QString unsignedSeal(const QString& label)
    {
        return tr("%1: NOT SIGNED by a trusted key: the seal may have been made again by someone "
                  "without the organisation's key")
            .arg(label);
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
QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

void printSignature(const workflow::SealStatus& c, QTextStream& out)
{
    const QString label = qs(c.period);
    const QString key = qs(c.publicKey);
    if (!c.publicKey.empty() && !c.signatureValid)
        out << EvidenceText::signatureInvalid(label, key) << '\n';
    else if (c.trustRequired && !c.trusted)
        out << EvidenceText::unsignedSeal(label) << '\n';
    else if (!c.publicKey.empty())
        out << EvidenceText::signatureValid(label, key, c.trusted) << '\n';
}

void printSeals(const std::vector<workflow::SealStatus>& seals, QTextStream& out)
{
    for (const workflow::SealStatus& c : seals) {
        const QString label = qs(c.period);
        if (c.storedDigest == c.recomputedDigest)
            out << VerifyText::matches(label, c.revision, qs(c.storedDigest)) << '\n';
        else
            out << VerifyText::differs(label, c.revision, qs(c.storedDigest),
                                       qs(c.recomputedDigest))
                << '\n';
        if (!c.differingParts.empty()) {
            QStringList parts;
            for (const std::string& part : c.differingParts)
                parts << qs(part);
            out << EvidenceText::differingParts(label, parts.join(QStringLiteral(", "))) << '\n';
        }
        if (!c.chainIntact)
            out << VerifyText::chainBroken(label) << '\n';
        if (!c.statusValid)
            out << EvidenceText::statusInvalid(label, qs(c.status)) << '\n';
        printSignature(c, out);
    }
    if (seals.empty())
        out << VerifyText::none() << '\n';
}

void printLostSeals(const std::vector<workflow::LostSeal>& lost, QTextStream& out)
{
    for (const workflow::LostSeal& l : lost)
        out << (!l.periodExists ? EvidenceText::sealedPeriodDeleted(qs(l.period), qs(l.seal))
                : l.now.empty() ? EvidenceText::sealRemoved(qs(l.period), qs(l.seal))
                                : EvidenceText::sealReplaced(qs(l.period), qs(l.seal), qs(l.now)))
            << '\n';
}

void printRecomputed(const std::vector<workflow::RecomputeStatus>& checks, QTextStream& out)
{
    for (const workflow::RecomputeStatus& c : checks) {
        const QString label = qs(c.period);
        if (c.failure) {
            out << VerifyText::notRecomputed(label, c.revision, ui::errorText(*c.failure)) << '\n';
        } else if (c.differences.empty() && c.valuesCompared == 0) {
            out << VerifyText::noResults(label, c.revision) << '\n';
        } else if (c.differences.empty()) {
            out << VerifyText::recomputed(label, c.revision, qsizetype(c.valuesCompared)) << '\n';
        } else {
            out << VerifyText::recomputeDiffers(label, c.revision, qsizetype(c.differences.size()))
                << '\n';
            for (const workflow::ValueDifference& d : c.differences)
                out << VerifyText::valueDiffers(qs(d.kind), qs(d.key), qs(d.stored),
                                                qs(d.recomputed))
                    << '\n';
        }
    }
}

void printAudit(const workflow::AuditChainStatus& audit, QTextStream& out)
{
    if (!audit.ok())
        out << EvidenceText::auditBroken(audit.breach, audit.brokenAt) << '\n';
    else
        out << EvidenceText::auditIntact(audit.rows - audit.unlinked) << '\n';
    if (audit.unlinked > 0)
        out << EvidenceText::auditUnlinked(audit.unlinked) << '\n';
}

void printLayers(const std::vector<workflow::LayerInfo>& layers, QTextStream& out)
{
    for (const workflow::LayerInfo& l : layers) {
        const QString path = qs(l.location.empty() ? l.path : l.location);
        switch (l.state()) {
        case workflow::LayerState::Unchanged:
            out << EvidenceText::layerUnchanged(path) << '\n';
            break;
        case workflow::LayerState::Missing:
            out << EvidenceText::layerMissing(path) << '\n';
            break;
        case workflow::LayerState::Changed:
            out << EvidenceText::layerChanged(path, qs(l.sha256), qs(l.currentSha256)) << '\n';
            break;
        }
    }
}

void printReceipts(const std::vector<workflow::ReceiptCheck>& checks, QTextStream& out)
{
    for (const workflow::ReceiptCheck& c : checks) {
        const QString file = qs(c.file);
        const QString label = qs(c.receipt.period);
        switch (c.verdict) {
        case workflow::ReceiptVerdict::Holds:
            out << EvidenceText::receiptHolds(file, label, c.receipt.revision, qs(c.receipt.digest))
                << '\n';
            break;
        case workflow::ReceiptVerdict::OtherProject:
            out << EvidenceText::receiptOtherProject(file, qs(c.receipt.projectName)) << '\n';
            break;
        case workflow::ReceiptVerdict::SealMissing:
            out << EvidenceText::receiptSealMissing(file, label, c.receipt.revision) << '\n';
            break;
        case workflow::ReceiptVerdict::DigestDiffers:
            out << EvidenceText::receiptDigestDiffers(file, label, c.receipt.revision,
                                                      qs(c.receipt.digest), qs(c.found))
                << '\n';
            break;
        case workflow::ReceiptVerdict::PositionDiffers:
            out << EvidenceText::receiptPositionDiffers(file, label, c.receipt.position) << '\n';
            break;
        }
    }
}

} // namespace

int runVerify(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(VerifyText::description());
    parser.addPositionalArgument(QStringLiteral("PROJECT"), VerifyText::tr("Project file."));
    const QCommandLineOption receiptOption(
        QStringLiteral("receipt"),
        VerifyText::tr("A seal receipt kept from the sealing (repeat for several): the project "
                       "must still hold that seal, with that digest, at that place of its chain."),
        QStringLiteral("FILE"));
    parser.addOption(receiptOption);
    const QCommandLineOption trustOption(
        QStringLiteral("trust"),
        VerifyText::tr("The public key of an organisation whose signature every seal must bear "
                       "(repeat for several; tanhui-cli keygen makes the pair)."),
        QStringLiteral("PUBLIC"));
    parser.addOption(trustOption);
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    std::vector<std::pair<std::string, workflow::SealReceipt>> receipts;
    for (const QString& file : parser.values(receiptOption)) {
        auto receipt = workflow::readReceipt(file.toStdString());
        if (!receipt)
            return failWith(receipt.error(), err);
        receipts.emplace_back(file.toStdString(), std::move(receipt).value());
    }
    std::vector<std::string> trusted;
    for (const QString& file : parser.values(trustOption)) {
        auto key = workflow::signingPublicKey(file.toStdString());
        if (!key)
            return failWith(key.error(), err);
        trusted.push_back(std::move(key).value());
    }
    auto project =
        workflow::ProjectService::open(parser.positionalArguments().first().toStdString());
    if (!project)
        return failWith(project.error(), err);
    CliJob job(err);
    const auto report = project->verify(job, receipts, trusted);
    if (!report)
        return failWith(report.error(), err);
    printSeals(report->seals, out);
    printLostSeals(report->lostSeals, out);
    printAudit(report->audit, out);
    printRecomputed(report->recomputed, out);
    printLayers(report->layers, out);
    printReceipts(report->receipts, out);
    return report->ok() ? ExitOk : ExitInputError;
}

} // namespace tanhui::cli
