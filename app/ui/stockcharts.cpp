// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "stockcharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

namespace tanhui::ui {

namespace {

class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::StockCharts)
public:
    static QString strataTitle(double confidence)
    {
        return tr("Mean stock per stratum (%1 % confidence interval)")
            .arg(confidence * 100, 0, 'f', 0);
    }
    static QString periodsTitle() { return tr("Carbon stock over the monitoring periods"); }
    static QString perHectare() { return tr("t CO2e/ha"); }
    static QString total() { return tr("t CO2e"); }
    static QString mean() { return tr("Mean"); }
    static QString interval() { return tr("Confidence interval"); }
    static QString stock() { return tr("Stock"); }
    static QString band() { return tr("Confidence band"); }
};

QChart* resetChart(QWidget* view, const QString& title)
{
    auto* chartView = qobject_cast<QChartView*>(view);
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chartView->setChart(chart); // deletes the chart shown before
    return chart;
}

QValueAxis* valueAxis(const QString& title, double low, double high)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(std::min(0.0, low), high > low ? high * 1.05 : 1.0);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

} // namespace

QWidget* newChartView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

void showStrata(QWidget* chartView, const workflow::StockSummary& stock)
{
    QChart* chart = resetChart(chartView, ChartText::strataTitle(stock.confidence));
    auto* bars = new QBarSeries;
    auto* means = new QBarSet(ChartText::mean());
    auto* whiskers = new QBoxPlotSeries;
    whiskers->setName(ChartText::interval());
    whiskers->setBoxWidth(0.15);
    QStringList categories;
    double low = 0.0;
    double high = 0.0;
    for (const workflow::StratumStock& s : stock.strata) {
        categories << QString::fromStdString(s.stratum);
        *means << s.meanTco2eHa;
        // No interval with one plot: a bar without whiskers.
        const double halfWidth = std::isnan(s.ciHalfWidthTco2eHa) ? 0.0 : s.ciHalfWidthTco2eHa;
        const double m = s.meanTco2eHa;
        whiskers->append(new QBoxSet(m - halfWidth, m, m, m, m + halfWidth));
        low = std::min(low, m - halfWidth);
        high = std::max(high, m + halfWidth);
    }
    bars->append(means);
    chart->addSeries(bars);
    chart->addSeries(whiskers);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis* y = valueAxis(ChartText::perHectare(), low, high);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void showPeriods(QWidget* chartView, const std::vector<workflow::PeriodOverview>& periods)
{
    QChart* chart = resetChart(chartView, ChartText::periodsTitle());
    auto* line = new QLineSeries;
    line->setName(ChartText::stock());
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    QStringList categories;
    double high = 0.0;
    for (const workflow::PeriodOverview& p : periods) {
        if (!p.stock)
            continue;
        const double x = categories.size();
        const double total = p.stock->totalTco2e;
        const double halfWidth = total * p.stock->uncertainty;
        categories << QString::fromStdString(p.period.label);
        line->append(x, total);
        upper->append(x, total + halfWidth);
        lower->append(x, total - halfWidth);
        high = std::max(high, total + halfWidth);
    }
    const QColor colour(0x20, 0x6f, 0xb4);
    line->setPen(QPen(colour, 2));
    line->setPointsVisible(true);
    auto* band = new QAreaSeries(upper, lower);
    band->setName(ChartText::band());
    QColor fill = colour;
    fill.setAlpha(60);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    chart->addSeries(band);
    chart->addSeries(line);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis* y = valueAxis(ChartText::total(), 0.0, high);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace tanhui::ui
