// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "verifydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "errortext.h"

namespace tanhui::ui {

namespace {

QTreeWidgetItem* check(QTreeWidgetItem* parent, const QString& what, bool ok, const QString& detail)
{
    auto* item = new QTreeWidgetItem(
        parent, {what, ok ? VerifyDialog::tr("✔ holds") : VerifyDialog::tr("✘ DIFFERS"), detail});
    if (!ok)
        for (int c = 0; c < 3; ++c)
            item->setForeground(c, QColor(0xB0, 0x00, 0x20));
    return item;
}

QString periodName(const std::string& label, int revision)
{
    return revision > 1 ? VerifyDialog::tr("%1 (revision %2)")
                              .arg(QString::fromStdString(label))
                              .arg(revision)
                        : QString::fromStdString(label);
}

} // namespace

VerifyDialog::VerifyDialog(const workflow::VerifyReport& report, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("verifyDialog"));
    setWindowTitle(tr("Verification"));
    resize(900, 520);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("verifyVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setText(report.ok() ? tr("Every check holds: the seals, their chain, the results "
                                        "recomputed from the stored inputs and the layers.")
                                   : tr("Something differs: see the checks marked ✘ below."));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_checks = new QTreeWidget;
    m_checks->setObjectName(QStringLiteral("verifyChecks"));
    m_checks->setAccessibleName(tr("Verification checks"));
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Detail")});
    m_checks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addSeals(report);
    addRecomputed(report);
    addLayers(report);
    m_checks->expandAll();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_checks, 1);
    layout->addWidget(buttons);
}

// What differs, and where when the seal recorded its parts.
QString VerifyDialog::sealDifference(const workflow::SealStatus& s)
{
    QString text = tr("sealed %1, content now %2")
                       .arg(QString::fromStdString(s.storedDigest),
                            QString::fromStdString(s.recomputedDigest));
    if (!s.differingParts.empty()) {
        QStringList parts;
        for (const std::string& part : s.differingParts)
            parts << QString::fromStdString(part);
        text += QLatin1Char(' ') + tr("(differs in: %1)").arg(parts.join(QStringLiteral(", ")));
    }
    return text;
}

void VerifyDialog::addSeals(const workflow::VerifyReport& report)
{
    auto* group = new QTreeWidgetItem(m_checks, {tr("Seals")});
    for (const workflow::SealStatus& s : report.seals) {
        const bool same = s.storedDigest == s.recomputedDigest;
        check(group, tr("Seal of %1").arg(periodName(s.period, s.revision)), same,
              same ? QString::fromStdString(s.storedDigest) : sealDifference(s));
        check(group, tr("Chain at %1").arg(periodName(s.period, s.revision)), s.chainIntact,
              s.chainIntact ? tr("follows the seal before it")
                            : tr("does not follow the seal before it"));
        if (!s.publicKey.empty() || s.trustRequired)
            check(group, tr("Signature of %1").arg(periodName(s.period, s.revision)),
                  s.signatureOk(),
                  s.publicKey.empty() ? tr("not signed by a trusted key")
                  : !s.signatureValid
                      ? tr("invalid: the seal or its signature was changed")
                      : tr("signed by key %1").arg(QString::fromStdString(s.publicKey)));
        if (!s.statusValid)
            check(group, tr("Status of %1").arg(periodName(s.period, s.revision)), false,
                  tr("sealed but marked %1: changed outside Tanhui")
                      .arg(QString::fromStdString(s.status)));
    }
    for (const workflow::LostSeal& lost : report.lostSeals)
        check(group, tr("Seal of %1").arg(QString::fromStdString(lost.period)), false,
              lost.periodExists
                  ? tr("recorded %1, the period now holds %2")
                        .arg(QString::fromStdString(lost.seal),
                             lost.now.empty() ? tr("no seal") : QString::fromStdString(lost.now))
                  : tr("recorded %1, the period is gone").arg(QString::fromStdString(lost.seal)));
    if (report.seals.empty() && report.lostSeals.empty())
        new QTreeWidgetItem(group, {tr("No period is sealed yet.")});
    addAudit(report.audit);
}

void VerifyDialog::addAudit(const workflow::AuditChainStatus& audit)
{
    auto* group = new QTreeWidgetItem(m_checks, {tr("Audit log")});
    using Breach = workflow::AuditChainStatus::Breach;
    const QString detail =
        audit.breach == Breach::None ? tr("%n row(s), each linked to the one before by its hash",
                                          nullptr, int(audit.rows - audit.unlinked))
        : audit.breach == Breach::LinkMissing
            ? tr("broken before row %1: links removed").arg(audit.brokenAt)
        : audit.breach == Breach::RowRemoved
            ? tr("broken: row %1 was deleted").arg(audit.brokenAt)
            : tr("broken at row %1: it, or a row before it, was changed or deleted")
                  .arg(audit.brokenAt);
    check(group, tr("Hash chain"), audit.ok(), detail);
    if (audit.unlinked > 0)
        new QTreeWidgetItem(group, {tr("Written outside Tanhui"), QString(),
                                    tr("the last %n row(s), since Tanhui's last change", nullptr,
                                       int(audit.unlinked))});
}

void VerifyDialog::addRecomputed(const workflow::VerifyReport& report)
{
    auto* group = new QTreeWidgetItem(m_checks, {tr("Results recomputed")});
    for (const workflow::RecomputeStatus& r : report.recomputed) {
        const QString name = periodName(r.period, r.revision);
        if (r.failure) {
            check(group, name, false, errorText(*r.failure));
            continue;
        }
        auto* item = check(group, name, r.differences.empty(),
                           tr("%n value(s) compared", nullptr, int(r.valuesCompared)));
        for (const workflow::ValueDifference& d : r.differences)
            check(item, QString::fromStdString(d.kind + " " + d.key), false,
                  tr("stored %1, recomputed %2")
                      .arg(QString::fromStdString(d.stored), QString::fromStdString(d.recomputed)));
    }
}

void VerifyDialog::addLayers(const workflow::VerifyReport& report)
{
    auto* group = new QTreeWidgetItem(m_checks, {tr("Layers")});
    for (const workflow::LayerInfo& l : report.layers) {
        const auto state = l.state();
        check(group, QString::fromStdString(l.path), state == workflow::LayerState::Unchanged,
              state == workflow::LayerState::Unchanged
                  ? tr("unchanged, SHA-256 %1").arg(QString::fromStdString(l.sha256))
              : state == workflow::LayerState::Changed
                  ? tr("recorded %1, the file now %2")
                        .arg(QString::fromStdString(l.sha256),
                             QString::fromStdString(l.currentSha256))
                  : tr("missing (recorded %1)").arg(QString::fromStdString(l.sha256)));
    }
}

} // namespace tanhui::ui
