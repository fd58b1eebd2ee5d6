// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// MapPanel: the plots of a period over the map: located as a job, described, identified.
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <QtConcurrent/QtConcurrentRun>

#include "tanhui/workflow/mapplots.h"
#include "tanhui/workflow/projectservice.h"

#include "errortext.h"
#include "mapcanvas.h"
#include "mappanel.h"

namespace tanhui::ui {

void MapPanel::loadPlots(const QString& period, const QString& centreOn)
{
    const auto layer = m_canvas->layer();
    if (!layer)
        return;
    m_period = period;
    if (period.isEmpty()) { // a project without periods: no plots to draw
        ++m_locating;
        m_canvas->setPlots(nullptr, {});
        m_plotsLine->clear();
        return;
    }
    const std::uint64_t generation = ++m_locating;
    m_canvas->setPlots(nullptr, {});
    m_showInTable->hide();
    m_plotsLine->setText(tr("Locating the plots of %1…").arg(period));
    using Located = core::Result<workflow::MapPlots>;
    auto* watcher = new QFutureWatcher<Located>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, layer, generation, centreOn] {
                watcher->deleteLater();
                // Not overtaken by another map or a later reading of the plots.
                if (layer == m_canvas->layer() && generation == m_locating)
                    plotsLocated(watcher->result(), centreOn);
            });
    watcher->setFuture(QtConcurrent::run(
        [path = m_projectPath.toStdString(), label = period.toStdString(), layer]() -> Located {
            auto project = workflow::ProjectService::open(path);
            if (!project)
                return project.error();
            return workflow::locatePlots(*project, label, *layer);
        }));
}

void MapPanel::plotsLocated(const core::Result<workflow::MapPlots>& plots, const QString& centreOn)
{
    if (!plots) {
        m_plotsLine->setText(
            tr("The plots of %1 are not drawn: %2").arg(m_period, errorText(plots.error())));
        emit plotsShown(0);
        return;
    }
    m_canvas->setPlots(std::make_shared<const workflow::MapPlots>(*plots), {});
    describePlots();
    if (!centreOn.isEmpty() && m_canvas->centreOnPlot(centreOn))
        for (const workflow::MapPlot& p : plots->plots)
            if (QString::fromStdString(p.id) == centreOn)
                showPlotInfo(p);
    emit plotsShown(int(plots->plots.size()));
}

void MapPanel::describePlots()
{
    const auto& located = m_canvas->plots();
    if (!located)
        return;
    const int drawn = int(located->plots.size());
    const int differing = located->differing();
    const int outside = located->outside();
    const QColor plain(235, 235, 235);
    std::vector<LegendEntry> legend{
        {tr("Plot of %1, in its stratum's colour (%2)").arg(m_period).arg(drawn), plain, 0.0,
         LegendSymbol::Plot}};
    if (differing > 0)
        legend.push_back({tr("Recorded stratum differs from the map (%1)").arg(differing), plain,
                          0.0, LegendSymbol::PlotDiffers});
    if (outside > 0)
        legend.push_back({tr("In no stratum of the map (%1)").arg(outside), plain, 0.0,
                          LegendSymbol::PlotOutside});
    m_canvas->setPlots(located, std::move(legend));
    QString line =
        tr("%1: %2, %3.", "plots drawn: differing, outside")
            .arg(tr("%n plot(s) of %1 drawn", nullptr, drawn).arg(m_period),
                 tr("%n with a recorded stratum that differs from the map's", nullptr, differing),
                 tr("%n in no stratum of the map", nullptr, outside));
    if (located->withoutCoordinates > 0)
        line += QLatin1Char(' ') +
                tr("%n plot(s) have no coordinates.", nullptr, located->withoutCoordinates);
    if (located->withoutCrs > 0)
        line += QLatin1Char(' ') + tr("%n plot(s) are not drawn: the CRS of their coordinates "
                                      "was not recorded at import.",
                                      nullptr, located->withoutCrs);
    if (located->withoutTransform > 0)
        line += QLatin1Char(' ') +
                tr("%n plot(s) are not drawn: their CRS has no transformation into the map's "
                   "(%1).",
                   nullptr, located->withoutTransform)
                    .arg(errorText(*located->transformError));
    if (located->unrepresentable > 0)
        line += QLatin1Char(' ') + tr("%n plot(s) cannot be transformed into the map's CRS.",
                                      nullptr, located->unrepresentable);
    m_plotsLine->setText(line);
}

void MapPanel::showPlot(const QString& period, const QString& plot)
{
    if (!m_canvas->layer()) { // still opening: its plots are located once it is shown
        m_period = period;
        m_pendingPlot = plot;
        return;
    }
    if (period == m_period && m_canvas->plots() && m_canvas->centreOnPlot(plot)) {
        for (const workflow::MapPlot& p : m_canvas->plots()->plots)
            if (QString::fromStdString(p.id) == plot)
                showPlotInfo(p);
        return;
    }
    loadPlots(period, plot);
}

void MapPanel::showPlotInfo(const workflow::MapPlot& plot)
{
    const QLocale locale;
    m_identifiedPlot = QString::fromStdString(plot.id);
    const QString recorded = plot.recordedStratum.empty()
                                 ? tr("none recorded")
                                 : QString::fromStdString(plot.recordedStratum);
    const QString mapped =
        plot.mapStratum ? QString::fromStdString(*plot.mapStratum) : tr("no stratum");
    QString verdict;
    switch (plot.agreement) {
    case workflow::PlotAgreement::Agrees:
        verdict = tr("they agree");
        break;
    case workflow::PlotAgreement::Differs:
        verdict = tr("they differ: the recorded stratum is the one counted");
        break;
    case workflow::PlotAgreement::OutsideStrata:
        verdict = tr("the map puts it in no stratum");
        break;
    }
    const QString carbon =
        plot.co2eTHa
            ? tr("%1 t CO2e/ha in %2").arg(locale.toString(*plot.co2eTHa, 'f', 2), m_period)
            : tr("no stock computed for %1 yet").arg(m_period);
    // Where it lies in the map's CRS: degrees to 6 decimals (~0.1 m), metres to 2.
    const bool degrees = m_canvas->layer()->geographic();
    const QString where =
        degrees ? tr("longitude %1°, latitude %2°")
                      .arg(locale.toString(plot.x, 'f', 6), locale.toString(plot.y, 'f', 6))
                : tr("E %1, N %2")
                      .arg(locale.toString(plot.x, 'f', 2), locale.toString(plot.y, 'f', 2));
    m_cell->setText(tr("Plot %1 (%2): recorded stratum %3, the map's %4 (%5); %6; %7.")
                        .arg(m_identifiedPlot, where, recorded, mapped, verdict,
                             tr("%n tree(s)", nullptr, int(plot.trees)), carbon));
    m_showInTable->show();
    emit plotShown(m_period, m_identifiedPlot);
}

} // namespace tanhui::ui
