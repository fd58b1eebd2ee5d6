// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QDialog>

#include "tanhui/workflow/projecttypes.h"

class QLabel;
class QTreeWidget;

namespace tanhui::ui {

/// What a verification found, check by check: each seal re-hashed and its place in the chain,
/// each sealed period's results recomputed from its stored inputs (with every value that
/// differs, stored and recomputed), each layer's hash, and seals the audit log recorded that
/// the project no longer holds.
class VerifyDialog : public QDialog
{
    Q_OBJECT
public:
    VerifyDialog(const workflow::VerifyReport& report, QWidget* parent = nullptr);
    QTreeWidget* checks() const { return m_checks; }

private:
    void addSeals(const workflow::VerifyReport& report);
    void addAudit(const workflow::AuditChainStatus& audit);
    static QString sealDifference(const workflow::SealStatus& s);
    void addRecomputed(const workflow::VerifyReport& report);
    void addLayers(const workflow::VerifyReport& report);
    QLabel* m_verdict = nullptr;
    QTreeWidget* m_checks = nullptr;
};

} // namespace tanhui::ui
