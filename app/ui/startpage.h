// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace tanhui::ui {

/// What the window shows with no project open: new, open, the demo forest farm and the
/// projects opened recently (a double-click or Enter opens one).
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);
    void setRecentProjects(const QStringList& paths);
    void retranslate();

signals:
    void newProjectRequested();
    void openRequested();
    void demoRequested();
    void recentChosen(const QString& path);

private:
    void chooseRecent(QListWidgetItem* item);
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_demo = nullptr;
    QLabel* m_recentLabel = nullptr;
    QListWidget* m_recent = nullptr;
};

} // namespace tanhui::ui
