// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "newperioddialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tanhui::ui {

namespace {

const QString kIsoDate = QStringLiteral("yyyy-MM-dd");

QDateEdit* dateEdit(const char* name, const QDate& date, const QString& accessible)
{
    auto* edit = new QDateEdit(date);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(kIsoDate);
    edit->setCalendarPopup(true);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

NewPeriodDialog::NewPeriodDialog(const QStringList& labels, const QDate& latestEnd, QWidget* parent)
    : QDialog(parent)
    , m_labels(labels)
{
    setObjectName(QStringLiteral("newPeriodDialog"));
    setWindowTitle(tr("New monitoring period"));
    const int year = QDate::currentDate().year();
    const QDate start = latestEnd.isValid() ? latestEnd.addDays(1) : QDate(year, 1, 1);
    // To the end of this year, or of the start's year when that is later.
    const QDate end(std::max(year, start.year()), 12, 31);
    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("newPeriodReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_label = new QLineEdit(QString::number(end.year()));
    m_label->setObjectName(QStringLiteral("periodLabel"));
    m_label->setAccessibleName(tr("Label of the period"));
    m_start = dateEdit("periodStart", start, tr("First day of the period"));
    m_end = dateEdit("periodEnd", end, tr("Last day of the period"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("newPeriodProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(this);
    form->addRow(m_reason);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("&To:"), m_end);
    auto* note = new QLabel(tr("The change between two periods is reported over the years "
                               "between their last days."));
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_label, &QLineEdit::textEdited, this, [this] { m_labelTyped = true; });
    connect(m_label, &QLineEdit::textChanged, this, &NewPeriodDialog::update);
    connect(m_start, &QDateEdit::dateChanged, this, &NewPeriodDialog::update);
    connect(m_end, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!m_labelTyped)
            m_label->setText(QString::number(date.year()));
        update();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString NewPeriodDialog::label() const
{
    return m_label->text().trimmed();
}

QString NewPeriodDialog::startDate() const
{
    return m_start->date().toString(kIsoDate);
}

QString NewPeriodDialog::endDate() const
{
    return m_end->date().toString(kIsoDate);
}

void NewPeriodDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

// What the project would refuse, said before it is asked.
void NewPeriodDialog::update()
{
    QString problem;
    if (label().isEmpty())
        problem = tr("The period needs a label, e.g. the year it ends.");
    else if (m_labels.contains(label()))
        problem = tr("The project has a period %1 already.").arg(label());
    else if (m_end->date() <= m_start->date())
        problem = tr("The period must end after it starts.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace tanhui::ui
