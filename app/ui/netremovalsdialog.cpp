// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "netremovalsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <cmath>

#include "errortext.h"

namespace tanhui::ui {

namespace {

// A number typed in the locale's format (or with a decimal point); nullopt when it is none.
std::optional<double> number(const QLineEdit* edit)
{
    bool ok = false;
    const QString text = edit->text().trimmed();
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

QString NetRemovalsDialog::termText(workflow::NetTerm term)
{
    switch (term) {
    case workflow::NetTerm::ProjectEmissions:
        return tr("Project emissions");
    case workflow::NetTerm::Baseline:
        return tr("Baseline removals");
    case workflow::NetTerm::Leakage:
        return tr("Leakage");
    }
    return {};
}

NetRemovalsDialog::NetRemovalsDialog(const QString& period,
                                     const workflow::NetRemovalsSummary& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("netRemovalsDialog"));
    setWindowTitle(tr("Net removals of %1").arg(period));
    auto* grid = new QGridLayout(this);
    auto* intro = new QLabel(
        tr("Net removals = the stock change − project emissions − baseline removals − leakage "
           "(METHODOLOGY 3.6; the exact form for CCER is UNCONFIRMED). Enter each term in t CO2e "
           "over the period's monitoring interval, with its uncertainty (half-width of the 90 % "
           "confidence interval, % of the value) and its source, or state that it is zero and "
           "why. The discount of AR-TOOL14 Appendix 2 is applied to each."));
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 5);
    const QStringList headers{tr("Term"), tr("Zero"), tr("t CO2e"), tr("Uncertainty (%)"),
                              tr("Source, or why it is zero")};
    for (int c = 0; c < headers.size(); ++c)
        grid->addWidget(new QLabel(headers[c]), 1, c);
    const QLocale locale;
    const workflow::NetTerm terms[] = {workflow::NetTerm::ProjectEmissions,
                                       workflow::NetTerm::Baseline, workflow::NetTerm::Leakage};
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& r = m_rows[i];
        r.term = terms[i];
        const QString name = QString::fromLatin1(workflow::netTermName(r.term));
        const QString text = termText(r.term);
        r.zero = new QCheckBox;
        r.value = new QLineEdit;
        r.uncertainty = new QLineEdit;
        r.source = new QLineEdit;
        r.source->setMinimumWidth(r.source->fontMetrics().averageCharWidth() * 36);
        r.zero->setObjectName(name + QStringLiteral("Zero"));
        r.value->setObjectName(name + QStringLiteral("Value"));
        r.uncertainty->setObjectName(name + QStringLiteral("Uncertainty"));
        r.source->setObjectName(name + QStringLiteral("Source"));
        r.zero->setAccessibleName(tr("%1 is zero").arg(text));
        r.value->setAccessibleName(tr("%1 in t CO2e").arg(text));
        r.uncertainty->setAccessibleName(tr("Uncertainty of %1 in percent").arg(text));
        r.source->setAccessibleName(tr("Source of %1, or why it is zero").arg(text));
        for (const workflow::NetTermValue& v : current.terms)
            if (v.input.term == r.term) {
                r.zero->setChecked(v.input.statedZero);
                if (!v.input.statedZero) {
                    r.value->setText(locale.toString(v.input.tco2e, 'g', 15));
                    r.uncertainty->setText(locale.toString(v.input.uncertainty * 100, 'g', 15));
                }
                r.source->setText(QString::fromStdString(v.input.source));
            }
        auto enable = [row = &r](bool zero) {
            row->value->setEnabled(!zero);
            row->uncertainty->setEnabled(!zero);
        };
        enable(r.zero->isChecked());
        connect(r.zero, &QCheckBox::toggled, this, enable);
        const int line = int(i) + 2;
        auto* label = new QLabel(text);
        label->setBuddy(r.value);
        grid->addWidget(label, line, 0);
        grid->addWidget(r.zero, line, 1);
        grid->addWidget(r.value, line, 2);
        grid->addWidget(r.uncertainty, line, 3);
        grid->addWidget(r.source, line, 4);
    }
    grid->setColumnStretch(4, 1);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("netRemovalsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    grid->addWidget(m_problem, 5, 0, 1, 5);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    grid->addWidget(buttons, 6, 0, 1, 5);
    connect(buttons, &QDialogButtonBox::accepted, this, &NetRemovalsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool NetRemovalsDialog::read(const Row& r, std::vector<workflow::NetTermInput>& out)
{
    const QString text = termText(r.term);
    const QString source = r.source->text().trimmed();
    if (r.zero->isChecked()) {
        if (source.isEmpty()) {
            m_problem->setText(tr("%1 is stated as zero: say why.").arg(text));
            return false;
        }
        out.push_back({r.term, 0.0, 0.0, source.toStdString(), true});
        return true;
    }
    if (r.value->text().trimmed().isEmpty() && r.uncertainty->text().trimmed().isEmpty() &&
        source.isEmpty())
        return true; // not entered
    const auto value = number(r.value);
    const auto uncertainty = number(r.uncertainty);
    if (!value || !std::isfinite(*value)) {
        m_problem->setText(tr("%1: the value in t CO2e is not a number.").arg(text));
        return false;
    }
    if (!uncertainty || !std::isfinite(*uncertainty)) {
        m_problem->setText(tr("%1: the uncertainty in percent is not a number.").arg(text));
        return false;
    }
    if (source.isEmpty()) {
        m_problem->setText(tr("%1: say where the value comes from.").arg(text));
        return false;
    }
    const workflow::NetTermInput input{r.term, *value, *uncertainty / 100.0, source.toStdString(),
                                       false};
    // What the project would refuse (emissions below zero, a negative uncertainty) is said
    // here, with what was typed kept.
    if (auto ok = workflow::checkNetTerm(input); !ok) {
        m_problem->setText(QStringLiteral("%1: %2").arg(text, errorText(ok.error())));
        return false;
    }
    out.push_back(input);
    return true;
}

void NetRemovalsDialog::accept()
{
    std::vector<workflow::NetTermInput> terms;
    for (const Row& r : m_rows)
        if (!read(r, terms))
            return;
    m_terms = std::move(terms);
    QDialog::accept();
}

} // namespace tanhui::ui
