// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QAbstractItemModel>
#include <QStringList>

#include "tanhui/workflow/projecttypes.h"

namespace tanhui::ui {

/// A period's status (draft, submitted, verified) in the current language.
QString periodStatusText(const std::string& status);

/// The explorer's tree of an open project: stand layers (kind, role, hash state), carbon
/// strata (method, strata, area), monitoring periods (status, seal digest, stock) with the plots
/// of their latest revision, and parameter
/// sets with each species row's status; two columns, name and details. Without a project the
/// four groups are there, empty.
class ProjectModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group
    {
        Layers,
        Stratifications,
        Periods,
        ParameterSets,
        GroupCount
    };
    enum Role
    {
        GroupRole = Qt::UserRole + 1, ///< the Group an item belongs to
        RowRole,                      ///< its row in the overview's list (-1 for a group)
        NotConfirmedRole,             ///< a parameter row (or set holding one) not CONFIRMED
        PlotRole,                     ///< a plot's id (a period's child); none for others
    };

    explicit ProjectModel(QObject* parent = nullptr);

    void setOverview(const workflow::ProjectOverview& overview);
    void clear();
    const workflow::ProjectOverview& overview() const { return m_overview; }
    /// The latest revision of period `label` (revisions come after the first); null if none.
    const workflow::PeriodOverview* latestRevision(const QString& label) const;
    /// The periods whose latest revision is not sealed, in the project's order.
    QStringList draftPeriods() const;
    /// The index of group `group`'s item `row` (column 0).
    QModelIndex itemIndex(Group group, int row) const;
    /// Plot `plot` under the latest revision of period `period`; invalid when none.
    QModelIndex plotIndex(const QString& period, const QString& plot) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// Texts are made in the current language when asked for: a language change only needs
    /// the views told.
    void retranslate();

private:
    QString groupName(int group) const;
    QString name(int group, int row) const;
    QString details(int group, int row) const;
    /// A layer kind or role, or a stratification method, as the project stores it
    /// ("raster", "species-group", "age-group"…), in the window's language.
    static QString storedName(const std::string& name);
    QString parameterRowText(int set, int row, int column) const;
    int childCount(int group) const;
    /// Whether period row `periodRow` is its label's latest revision (the one its plots are
    /// listed under, as the map draws them).
    bool isLatest(int periodRow) const;
    QVariant plotData(int periodRow, int row, int column, int role) const;
    workflow::ProjectOverview m_overview;
};

} // namespace tanhui::ui
