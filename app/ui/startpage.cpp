// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "startpage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tanhui::ui {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("startTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_new = new QPushButton;
    m_new->setObjectName(QStringLiteral("newProjectButton"));
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("openProjectButton"));
    m_demo = new QPushButton;
    m_demo->setObjectName(QStringLiteral("openDemoButton"));
    m_recentLabel = new QLabel;
    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recentLabel->setBuddy(m_recent);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_new, m_open, m_demo}) {
        b->setMinimumHeight(36);
        buttons->addWidget(b);
    }
    auto* column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent, 1);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &StartPage::newProjectRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::chooseRecent);
    retranslate();
}

void StartPage::setRecentProjects(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ") +
                                         QFileInfo(path).absolutePath());
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        m_recent->addItem(item);
    }
    retranslate();
}

void StartPage::chooseRecent(QListWidgetItem* item)
{
    if (item)
        emit recentChosen(item->data(Qt::UserRole).toString());
}

void StartPage::retranslate()
{
    m_title->setText(tr("Tanhui — forest carbon monitoring"));
    m_intro->setText(tr("A project holds the stand layers, the carbon strata, the sample plots of "
                        "every monitoring period and the results a verifier checks."));
    m_new->setText(tr("&New project…"));
    m_new->setAccessibleName(tr("New project"));
    m_open->setText(tr("&Open project…"));
    m_open->setAccessibleName(tr("Open project"));
    m_demo->setText(tr("Open the &demo forest farm"));
    m_demo->setAccessibleName(tr("Open the demo forest farm"));
    m_recentLabel->setText(m_recent->count() > 0 ? tr("&Recent projects")
                                                 : tr("&Recent projects: none yet"));
    m_recent->setAccessibleName(tr("Recent projects"));
}

} // namespace tanhui::ui
