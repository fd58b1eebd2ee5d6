// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStandardItemModel;
class QTreeView;

namespace tanhui::ui {

class LanguageManager;

/// Tanhui's main window: the project tree on the left, the current view on the right.
/// Does not own `languages`, which must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager& languages, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralView();
    void retranslateUi();
    void chooseLanguage(QAction* action);
    void showAbout();

    LanguageManager& m_languages;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QTreeView* m_projectTree = nullptr;
    QStandardItemModel* m_projectModel = nullptr;
    QLabel* m_placeholder = nullptr;
};

} // namespace tanhui::ui
