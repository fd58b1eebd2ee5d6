// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "projectmodel.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace tanhui::ui {

namespace {

// internalId: 0 for a group, g + 1 for an item of group g, kRowBase + s for a species row of
// parameter set s.
constexpr quintptr kRowBase = 1000;
constexpr quintptr kPlotBase = 1000000; ///< + p: a plot of period row p

bool confirmed(const std::string& status)
{
    return status == "CONFIRMED";
}

} // namespace

QString periodStatusText(const std::string& status)
{
    if (status == "draft")
        return ProjectModel::tr("draft");
    if (status == "submitted")
        return ProjectModel::tr("submitted");
    if (status == "verified")
        return ProjectModel::tr("verified");
    return QString::fromStdString(status);
}

ProjectModel::ProjectModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ProjectModel::setOverview(const workflow::ProjectOverview& overview)
{
    beginResetModel();
    m_overview = overview;
    endResetModel();
}

void ProjectModel::clear()
{
    setOverview({});
}

const workflow::PeriodOverview* ProjectModel::latestRevision(const QString& label) const
{
    const workflow::PeriodOverview* latest = nullptr;
    for (const workflow::PeriodOverview& p : m_overview.periods)
        if (QString::fromStdString(p.period.label) == label)
            latest = &p;
    return latest;
}

QStringList ProjectModel::draftPeriods() const
{
    QStringList drafts;
    for (const workflow::PeriodOverview& p : m_overview.periods) {
        const QString label = QString::fromStdString(p.period.label);
        if (!drafts.contains(label) && !latestRevision(label)->period.sealed)
            drafts << label;
    }
    return drafts;
}

void ProjectModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(GroupCount - 1, 1));
    emit headerDataChanged(Qt::Horizontal, 0, 1);
    for (int g = 0; g < GroupCount; ++g) {
        const QModelIndex group = index(g, 0);
        if (const int n = rowCount(group); n > 0)
            emit dataChanged(index(0, 0, group), index(n - 1, 1, group));
    }
}

int ProjectModel::childCount(int group) const
{
    switch (group) {
    case Layers:
        return int(m_overview.layers.size());
    case Stratifications:
        return int(m_overview.stratifications.size());
    case Periods:
        return int(m_overview.periods.size());
    case ParameterSets:
        return int(m_overview.parameterSets.size());
    default:
        return 0;
    }
}

QModelIndex ProjectModel::itemIndex(Group group, int row) const
{
    return index(row, 0, index(group, 0));
}

QModelIndex ProjectModel::plotIndex(const QString& period, const QString& plot) const
{
    const workflow::PeriodOverview* latest = latestRevision(period);
    if (!latest)
        return {};
    const int periodRow = int(latest - m_overview.periods.data());
    const auto& plots = latest->plots;
    for (std::size_t i = 0; i < plots.size(); ++i)
        if (QString::fromStdString(plots[i].id) == plot)
            return index(int(i), 0, itemIndex(Periods, periodRow));
    return {};
}

QModelIndex ProjectModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, quintptr(parent.row()) + 1);
    if (parent.internalId() == ParameterSets + 1)
        return createIndex(row, column, kRowBase + quintptr(parent.row()));
    if (parent.internalId() == Periods + 1)
        return createIndex(row, column, kPlotBase + quintptr(parent.row()));
    return {};
}

QModelIndex ProjectModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    if (child.internalId() >= kPlotBase)
        return createIndex(int(child.internalId() - kPlotBase), 0, quintptr(Periods) + 1);
    if (child.internalId() >= kRowBase)
        return createIndex(int(child.internalId() - kRowBase), 0, quintptr(ParameterSets) + 1);
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ProjectModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == 0)
        return childCount(parent.row());
    if (parent.internalId() == ParameterSets + 1)
        return int(m_overview.parameterSets[std::size_t(parent.row())].rows.size());
    if (parent.internalId() == Periods + 1) // the plots of a period's latest revision
        return isLatest(parent.row())
                   ? int(m_overview.periods[std::size_t(parent.row())].plots.size())
                   : 0;
    return 0;
}

int ProjectModel::columnCount(const QModelIndex&) const
{
    return 2;
}

Qt::ItemFlags ProjectModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Project") : tr("Details");
}

QVariant ProjectModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id >= kPlotBase)
        return plotData(int(id - kPlotBase), index.row(), index.column(), role);
    if (id >= kRowBase) {
        const int set = int(id - kRowBase);
        const auto& row = m_overview.parameterSets[std::size_t(set)].rows[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return parameterRowText(set, index.row(), index.column());
        case Qt::ToolTipRole:
            return QString::fromStdString(row.source);
        case Qt::ForegroundRole:
            return confirmed(row.status) ? QVariant() : QBrush(QColor(0xB0, 0x4A, 0x00));
        case GroupRole:
            return int(ParameterSets);
        case RowRole:
            return set;
        case NotConfirmedRole:
            return !confirmed(row.status);
        default:
            return {};
        }
    }
    const int group = id == 0 ? index.row() : int(id) - 1;
    const int row = id == 0 ? -1 : index.row();
    switch (role) {
    case Qt::DisplayRole:
        if (row < 0)
            return index.column() == 0 ? groupName(group) : QString();
        return index.column() == 0 ? name(group, row) : details(group, row);
    case Qt::ToolTipRole:
        if (group == Layers && row >= 0)
            return QString::fromStdString(m_overview.layers[std::size_t(row)].path);
        if (group == Periods && row >= 0)
            return QString::fromStdString(m_overview.periods[std::size_t(row)].period.sealDigest);
        return {};
    case GroupRole:
        return group;
    case RowRole:
        return row;
    case NotConfirmedRole:
        if (group == ParameterSets && row >= 0)
            for (const auto& r : m_overview.parameterSets[std::size_t(row)].rows)
                if (!confirmed(r.status))
                    return true;
        return false;
    default:
        return {};
    }
}

bool ProjectModel::isLatest(int periodRow) const
{
    const auto& p = m_overview.periods[std::size_t(periodRow)].period;
    return latestRevision(QString::fromStdString(p.label)) ==
           &m_overview.periods[std::size_t(periodRow)];
}

QVariant ProjectModel::plotData(int periodRow, int row, int column, int role) const
{
    const workflow::PlotBrief& plot =
        m_overview.periods[std::size_t(periodRow)].plots[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return QString::fromStdString(plot.id);
        return plot.stratum.empty() ? tr("no stratum recorded")
                                    : tr("stratum %1").arg(QString::fromStdString(plot.stratum));
    case Qt::ToolTipRole:
        return tr("Select to see plot %1 on the map").arg(QString::fromStdString(plot.id));
    case GroupRole:
        return int(Periods);
    case RowRole:
        return periodRow;
    case PlotRole:
        return QString::fromStdString(plot.id);
    default:
        return {};
    }
}

QString ProjectModel::groupName(int group) const
{
    switch (group) {
    case Layers:
        return tr("Stand layers");
    case Stratifications:
        return tr("Carbon strata");
    case Periods:
        return tr("Monitoring periods");
    default:
        return tr("Parameter sets");
    }
}

QString ProjectModel::name(int group, int row) const
{
    const auto r = std::size_t(row);
    switch (group) {
    case Layers: // the file's name; its path, as recorded, in the tool tip
        return QFileInfo(QString::fromStdString(m_overview.layers[r].path)).fileName();
    case Stratifications:
        return QString::fromStdString(m_overview.stratifications[r].name);
    case Periods: {
        const auto& p = m_overview.periods[r].period;
        return p.revision > 1
                   ? tr("%1 (revision %2)").arg(QString::fromStdString(p.label)).arg(p.revision)
                   : QString::fromStdString(p.label);
    }
    default: {
        const auto& s = m_overview.parameterSets[r];
        return QString::fromStdString(s.name + " " + s.version);
    }
    }
}

QString ProjectModel::storedName(const std::string& name)
{
    static const std::pair<const char*, const char*> names[] = {
        {"raster", QT_TR_NOOP("raster")},
        {"polygons", QT_TR_NOOP("polygons")},
        {"boundary", QT_TR_NOOP("boundary")},
        {"stands", QT_TR_NOOP("stands")},
        {"age", QT_TR_NOOP("age")},
        {"species-group", QT_TR_NOOP("species group")},
        {"origin", QT_TR_NOOP("origin")},
        {"table", QT_TR_NOOP("by table")},
        {"raster-values", QT_TR_NOOP("by raster value")},
        {"raster-rules", QT_TR_NOOP("by raster rules")},
        {"age-group", QT_TR_NOOP("by age group")},
    };
    for (const auto& [stored, shown] : names)
        if (name == stored)
            return tr(shown);
    return QString::fromStdString(name); // a name a later version stores: as it is
}

QString ProjectModel::details(int group, int row) const
{
    const QLocale locale;
    const auto r = std::size_t(row);
    switch (group) {
    case Layers: {
        const auto& l = m_overview.layers[r];
        const QString state = l.state() == workflow::LayerState::Unchanged ? tr("unchanged")
                              : l.state() == workflow::LayerState::Changed
                                  ? tr("CHANGED since recorded")
                                  : tr("MISSING");
        QStringList what{storedName(l.kind), storedName(l.role)};
        if (!l.crs.empty())
            what << QString::fromStdString(l.crs);
        return tr("%1 — %2").arg(what.join(QStringLiteral(", ")), state);
    }
    case Stratifications: {
        const auto& s = m_overview.stratifications[r];
        return tr("%1: %n strata, %2 ha", nullptr, s.strata)
            .arg(storedName(s.method), locale.toString(s.total.value(), 'f', 2));
    }
    case Periods: {
        const auto& o = m_overview.periods[r];
        QString text =
            tr("%1 – %2, %3")
                .arg(QString::fromStdString(o.period.startDate),
                     QString::fromStdString(o.period.endDate), periodStatusText(o.period.status));
        if (o.period.sealed)
            text +=
                tr(", sealed %1…").arg(QString::fromStdString(o.period.sealDigest.substr(0, 12)));
        if (o.stock)
            text += tr(", %1 t CO2e").arg(locale.toString(o.stock->totalTco2e, 'f', 1));
        return text;
    }
    default: {
        const auto& s = m_overview.parameterSets[r];
        int notConfirmed = 0;
        for (const auto& speciesRow : s.rows)
            notConfirmed += confirmed(speciesRow.status) ? 0 : 1;
        return tr("%n species, %1 not CONFIRMED", nullptr, int(s.rows.size())).arg(notConfirmed);
    }
    }
}

QString ProjectModel::parameterRowText(int set, int row, int column) const
{
    const auto& r = m_overview.parameterSets[std::size_t(set)].rows[std::size_t(row)];
    if (column == 0)
        return QString::fromStdString(r.species);
    return confirmed(r.status) ? QString::fromStdString(r.status)
                               : tr("⚠ %1").arg(QString::fromStdString(r.status));
}

} // namespace tanhui::ui
