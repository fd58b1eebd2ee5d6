// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The map in the window, used as a person would: the demo's strata drawn with their legend,
// the wheel zooming about the cursor, the keyboard panning, a click identifying the cell.
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>
#include <set>

#include "tanhui/gis/rasterinfo.h"
#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/projectservice.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview/mapcanvas.h"
#include "mapview/mapexportdialog.h"
#include "mapview/mappanel.h"
#include "projectmodel.h"
#include "testutil.h"
#include "windowtest.h"

using namespace tanhui;
using namespace tanhui::ui;

class TestMapView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheStrataWithTheirLegend();
    void zoomsAboutTheCursorAndPans();
    void identifiesTheCellClicked();
    void drawsThePlotsInTheirStrata();
    void plotTableAndMapShowEachOther();
    void explorerPlotsAndMapShowEachOther();
    void layersCanBeHidden();
    void showsTheStratificationSelected();
    void exportsTheViewAsPng();
    void screenshots();
    void buildsOverviewsBesideTheRaster();
    void drawsStandPolygonsWithTheirAttributes();

private:
    std::unique_ptr<MainWindow> m_window;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    MapCanvas* m_canvas = nullptr;
};

void TestMapView::initTestCase()
{
    tanhui::test::startWindowTests();
    m_languages.apply(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_languages);
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    tanhui::test::openDemoCopy(*m_window, m_dir.filePath(QStringLiteral("map.tanhui")));
    m_canvas = m_window->findChild<MapCanvas*>(QStringLiteral("mapCanvas"));
    QVERIFY(m_canvas);
    QTRY_VERIFY_WITH_TIMEOUT(m_canvas->layer() && m_canvas->hasImage(), 30000);
}

// The latest stratification, each stratum in its colour with the area the project records.
void TestMapView::showsTheStrataWithTheirLegend()
{
    QVERIFY(m_canvas->isVisible());
    QVERIFY(!m_canvas->accessibleName().isEmpty());
    const auto& stratification = m_window->projectModel()->overview().stratifications.back();
    QCOMPARE(m_canvas->layer()->stratification(), stratification.name);
    const auto& legend = m_canvas->legend();
    QCOMPARE(legend.size(), stratification.areas.size());
    std::set<QRgb> colours;
    for (std::size_t k = 0; k < legend.size(); ++k) {
        QCOMPARE(legend[k].name.toStdString(), stratification.areas[k].stratum);
        QCOMPARE(legend[k].areaHa, stratification.areas[k].areaHa);
        QCOMPARE(legend[k].colour, stratumColour(int(k), int(legend.size())));
        colours.insert(legend[k].colour.rgb());
    }
    QCOMPARE(colours.size(), legend.size());
    QVERIFY(!colours.contains(implausibleColour().rgb()));
    // The whole farm in view at first.
    const workflow::MapWindow view = m_canvas->viewWindow();
    QVERIFY(view.x <= 0 && view.y <= 0);
    QVERIFY(view.x + view.width >= 300 && view.y + view.height >= 200);
    // The screen shows each stratum's colour where its cells are: the centre cell's.
    const QImage shot = m_canvas->grab().toImage();
    const QPointF centre(m_canvas->width() / 2.0, m_canvas->height() / 2.0);
    const QPointF cell = m_canvas->cellAt(centre);
    const auto pixel = m_canvas->layer()->identify(int(cell.x()), int(cell.y()));
    QVERIFY(pixel && pixel->stratum >= 0);
    const qreal ratio = shot.devicePixelRatio();
    QCOMPARE(QColor(shot.pixel(int(centre.x() * ratio), int(centre.y() * ratio))).rgb(),
             legend[std::size_t(pixel->stratum)].colour.rgb());
}

void TestMapView::zoomsAboutTheCursorAndPans()
{
    m_canvas->setFocus();
    const QPointF at(m_canvas->width() * 0.3, m_canvas->height() * 0.6);
    const QPointF before = m_canvas->cellAt(at);
    const double width = m_canvas->viewWindow().width;
    QWheelEvent wheel(at, m_canvas->mapToGlobal(at), {}, QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_canvas, &wheel);
    // Two notches: twice as near, the cell under the cursor still under it.
    QVERIFY(std::abs(m_canvas->viewWindow().width - width / 2.0) < 1e-9 * width);
    const QPointF after = m_canvas->cellAt(at);
    QVERIFY(std::abs(after.x() - before.x()) < 1e-9 && std::abs(after.y() - before.y()) < 1e-9);
    // An arrow key pans by an eighth of the view; Home shows the whole layer again.
    const double x = m_canvas->viewWindow().x;
    QTest::keyClick(m_canvas, Qt::Key_Right);
    QVERIFY(std::abs(m_canvas->viewWindow().x - (x + m_canvas->viewWindow().width / 8.0)) < 1e-9);
    QTest::keyClick(m_canvas, Qt::Key_Home);
    QVERIFY(std::abs(m_canvas->viewWindow().width - width) < 1e-9 * width);
    // The new view is rendered and put on screen.
    QSignalSpy shown(m_canvas, &MapCanvas::imageShown);
    QTest::keyClick(m_canvas, Qt::Key_Plus);
    QVERIFY(shown.wait(10000));
}

// A click identifies the cell under it: its centre's coordinates, its value as the raster
// holds it, its stratum.
void TestMapView::identifiesTheCellClicked()
{
    QTest::keyClick(m_canvas, Qt::Key_Home);
    auto* cellLine = m_window->findChild<QLabel*>(QStringLiteral("mapCell"));
    QSignalSpy identified(m_canvas, &MapCanvas::identified);
    const QPoint at(m_canvas->width() / 2 + 7, m_canvas->height() / 2 - 5);
    const QPointF cell = m_canvas->cellAt(at + QPointF(0.5, 0.5)); // the pixel's centre
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, at);
    QVERIFY(identified.wait(10000));
    const auto pixel = identified.at(0).at(0).value<workflow::MapPixel>();
    QCOMPARE(pixel.column, int(cell.x()));
    QCOMPARE(pixel.row, int(cell.y()));
    const auto& gt = m_canvas->layer()->geoTransform();
    QCOMPARE(pixel.x, gt[0] + (pixel.column + 0.5) * gt[1]);
    QCOMPARE(pixel.y, gt[3] + (pixel.row + 0.5) * gt[5]);
    const QLocale locale;
    QVERIFY2(cellLine->text().contains(
                 QStringLiteral("centre E %1, N %2")
                     .arg(locale.toString(pixel.x, 'f', 2), locale.toString(pixel.y, 'f', 2))),
             qPrintable(cellLine->text()));
    QVERIFY(pixel.value.has_value());
    QVERIFY(cellLine->text().contains(
        QStringLiteral("value %1: stratum ").arg(locale.toString(*pixel.value))));
    // The cursor's coordinates, in the map's CRS and in longitude and latitude.
    QTest::mouseMove(m_canvas, at);
    auto* cursorLine = m_window->findChild<QLabel*>(QStringLiteral("mapCursor"));
    const QPointF map = m_canvas->mapAt(at + QPointF(0.5, 0.5));
    const auto lonLat = m_canvas->layer()->lonLat(map.x(), map.y());
    QVERIFY(lonLat);
    QTRY_COMPARE(cursorLine->text(),
                 QStringLiteral("Easting %1 m, northing %2 m · Longitude %3°, latitude %4° "
                                "(China Geodetic Coordinate System 2000)")
                     .arg(locale.toString(map.x(), 'f', 1), locale.toString(map.y(), 'f', 1),
                          locale.toString((*lonLat)[0], 'f', 6),
                          locale.toString((*lonLat)[1], 'f', 6)));
    // Outside the raster there is no cell, and the line says so.
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, QPoint(2, m_canvas->height() / 2));
    QTRY_VERIFY(cellLine->text().contains(QStringLiteral("outside the stand raster")));
}

// The latest period's plots over the map, each a disc in the colour of the stratum it is
// counted in, marked where the map disagrees, with its legend lines; a click on one tells its
// id, both strata, its trees and its carbon.
void TestMapView::drawsThePlotsInTheirStrata()
{
    QTest::keyClick(m_canvas, Qt::Key_Home);
    QTRY_VERIFY_WITH_TIMEOUT(m_canvas->plots(), 30000);
    const auto& located = *m_canvas->plots();
    QCOMPARE(located.period, std::string("2024"));
    QCOMPARE(int(located.plots.size()), 30);
    const auto& strata = m_canvas->legend();
    const std::size_t lines =
        strata.size() + 1 + (located.differing() > 0) + (located.outside() > 0);
    QCOMPARE(m_canvas->shownLegend().size(), lines);
    QCOMPARE(m_canvas->shownLegend()[strata.size()].symbol, LegendSymbol::Plot);
    auto* plotsLine = m_window->findChild<QLabel*>(QStringLiteral("mapPlots"));
    QVERIFY2(plotsLine->text().startsWith(QStringLiteral("30 plots of 2024 drawn")),
             qPrintable(plotsLine->text()));
    QVERIFY(!plotsLine->accessibleName().isEmpty());

    // A plot no other marker is near, away from the north arrow (top right) and the legend and
    // scale bar (bottom): the centre of its disc is its recorded stratum's colour.
    const workflow::MapPlot* alone = nullptr;
    for (const workflow::MapPlot& p : located.plots) {
        const QPointF on = m_canvas->screenAt({p.column, p.row});
        if (on.x() > m_canvas->width() - 60 || on.y() > m_canvas->height() / 2.0)
            continue;
        bool near = false;
        for (const workflow::MapPlot& q : located.plots)
            near |= &p != &q && QLineF(m_canvas->screenAt({p.column, p.row}),
                                       m_canvas->screenAt({q.column, q.row}))
                                        .length() < 16;
        if (!near && p.agreement != workflow::PlotAgreement::OutsideStrata) {
            alone = &p;
            break;
        }
    }
    QVERIFY(alone);
    QColor expected;
    for (const LegendEntry& e : strata)
        if (e.name.toStdString() == alone->recordedStratum)
            expected = e.colour;
    QVERIFY(expected.isValid());
    const QPointF at = m_canvas->screenAt({alone->column, alone->row});
    const QImage shot = m_canvas->grab().toImage();
    const qreal ratio = shot.devicePixelRatio();
    QCOMPARE(QColor(shot.pixel(int(at.x() * ratio), int(at.y() * ratio))).rgb(), expected.rgb());

    auto* cellLine = m_window->findChild<QLabel*>(QStringLiteral("mapCell"));
    QSignalSpy clicked(m_canvas, &MapCanvas::plotIdentified);
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, (at + QPointF(2, -1)).toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(m_canvas->selectedPlot(), QString::fromStdString(alone->id));
    const QLocale locale;
    const QString text = cellLine->text();
    QVERIFY2(text.startsWith(QStringLiteral("Plot %1 (E %2, N %3): recorded stratum %4")
                                 .arg(QString::fromStdString(alone->id),
                                      locale.toString(alone->x, 'f', 2),
                                      locale.toString(alone->y, 'f', 2),
                                      QString::fromStdString(alone->recordedStratum))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 trees").arg(alone->trees)), qPrintable(text));
    QVERIFY2(
        text.contains(
            QStringLiteral("%1 t CO2e/ha in 2024").arg(locale.toString(*alone->co2eTHa, 'f', 2))),
        qPrintable(text));
}

// "Show in the plot table" opens the period with the plot selected; "Show on the map" there
// centres the map on another.
void TestMapView::plotTableAndMapShowEachOther()
{
    QVERIFY(!m_canvas->selectedPlot().isEmpty());
    const QString first = m_canvas->selectedPlot();
    auto* toTable = m_window->findChild<QPushButton*>(QStringLiteral("showPlotInTable"));
    QVERIFY(toTable->isVisible() && !toTable->accessibleName().isEmpty());
    toTable->click();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("plotsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->currentIndex().isValid(), 10000);
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), first);

    const int other = table->currentIndex().row() == 0 ? 1 : 0;
    table->setCurrentIndex(table->model()->index(other, 0));
    const QString second = table->model()->index(other, 0).data().toString();
    auto* toMap = m_window->findChild<QPushButton*>(QStringLiteral("plotOnMapButton"));
    QVERIFY(toMap->isEnabled() && !toMap->accessibleName().isEmpty());
    toMap->click();
    QTRY_VERIFY(m_canvas->isVisible());
    QTRY_COMPARE(m_canvas->selectedPlot(), second);
    const workflow::MapPlot* plot = nullptr;
    for (const workflow::MapPlot& p : m_canvas->plots()->plots)
        if (QString::fromStdString(p.id) == second)
            plot = &p;
    QVERIFY(plot);
    const QPointF at = m_canvas->screenAt({plot->column, plot->row});
    QVERIFY(std::abs(at.x() - m_canvas->width() / 2.0) < 1.0);
    QVERIFY(std::abs(at.y() - m_canvas->height() / 2.0) < 1.0);
    auto* cellLine = m_window->findChild<QLabel*>(QStringLiteral("mapCell"));
    QVERIFY(cellLine->text().startsWith(QStringLiteral("Plot ") + second + QStringLiteral(" (")));
}

// The explorer lists the plots of each period's latest revision: one selected is centred on
// the map; one clicked on the map is selected in the explorer, the map left where it is.
void TestMapView::explorerPlotsAndMapShowEachOther()
{
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("projectTree"));
    const ProjectModel* model = m_window->projectModel();
    const QModelIndex period = model->itemIndex(ProjectModel::Periods, 1);
    QCOMPARE(period.data().toString(), QStringLiteral("2024"));
    QCOMPARE(model->rowCount(period), 30);
    const QModelIndex p19 = model->plotIndex(QStringLiteral("2024"), QStringLiteral("P19"));
    QVERIFY(p19.isValid());
    QCOMPARE(p19.parent(), period);
    QCOMPARE(p19.data().toString(), QStringLiteral("P19"));
    QVERIFY(p19.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("stratum ")));
    tree->setCurrentIndex(p19);
    QTRY_VERIFY(m_canvas->isVisible());
    QTRY_COMPARE(m_canvas->selectedPlot(), QStringLiteral("P19"));
    const workflow::MapPlot* p = nullptr;
    for (const workflow::MapPlot& m : m_canvas->plots()->plots)
        if (m.id == "P19")
            p = &m;
    QVERIFY(p);
    const QPointF centre = m_canvas->screenAt({p->column, p->row});
    QVERIFY(std::abs(centre.x() - m_canvas->width() / 2.0) < 1.0);
    // Another plot in view, clicked: the explorer follows, the view stays.
    const workflow::MapPlot* other = nullptr;
    for (const workflow::MapPlot& m : m_canvas->plots()->plots) {
        const QPointF at = m_canvas->screenAt({m.column, m.row});
        if (m.id != "P19" && QRectF(m_canvas->rect()).adjusted(20, 20, -200, -120).contains(at))
            other = &m;
    }
    QVERIFY(other);
    const workflow::MapWindow view = m_canvas->viewWindow();
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QTest::mouseClick(m_canvas, Qt::LeftButton, {},
                      m_canvas->screenAt({other->column, other->row}).toPoint());
    QTRY_COMPARE(tree->currentIndex().data(ProjectModel::PlotRole).toString(),
                 QString::fromStdString(other->id));
    QCOMPARE(m_canvas->viewWindow(), view);
    QCOMPARE(m_canvas->selectedPlot(), QString::fromStdString(other->id));
    QVERIFY(m_canvas->isVisible());
    // Back to the one centred, for what follows.
    tree->setCurrentIndex(p19);
    QTRY_COMPARE(m_canvas->selectedPlot(), QStringLiteral("P19"));
}

// The layer list, topmost first: a layer unchecked is not drawn nor in the legend; strata
// raised above the plots cover them; the order given is the order drawn, and exported.
void TestMapView::layersCanBeHidden()
{
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("mapLayers"));
    auto* raise = m_window->findChild<QToolButton*>(QStringLiteral("raiseMapLayer"));
    QVERIFY(list && raise);
    for (QWidget* w : {static_cast<QWidget*>(list), static_cast<QWidget*>(raise)})
        QVERIFY(!w->accessibleName().isEmpty());
    const auto item = [list](const QString& text) {
        return list->findItems(text, Qt::MatchExactly).value(0);
    };
    QListWidgetItem* plots = item(QStringLiteral("Plots"));
    QListWidgetItem* strata = item(QStringLiteral("Strata"));
    QVERIFY(plots && strata);
    QVERIFY(item(QStringLiteral("Stand edges, boundary"))->isHidden()); // the demo has none
    // The plot selected last, at the view's centre, away from legend, scale bar and arrow.
    const workflow::MapPlot* plot = m_canvas->plotAt(m_canvas->rect().center());
    QVERIFY(plot);
    const QPointF at = m_canvas->screenAt({plot->column, plot->row});
    const auto colourAt = [this](QPointF point) {
        const QImage shot = m_canvas->grab().toImage();
        const qreal ratio = shot.devicePixelRatio();
        return QColor(shot.pixel(int(point.x() * ratio), int(point.y() * ratio))).rgb();
    };
    const QRgb marker = colourAt(at);
    QVERIFY(m_canvas->plotAt(at));
    plots->setCheckState(Qt::Unchecked);
    QVERIFY(!m_canvas->plotAt(at));
    QCOMPARE(m_canvas->shownLegend().size(), m_canvas->legend().size());
    strata->setCheckState(Qt::Unchecked);
    QVERIFY(m_canvas->shownLegend().empty());
    QCOMPARE(colourAt(at), m_canvas->palette().base().color().rgb());
    strata->setCheckState(Qt::Checked);
    plots->setCheckState(Qt::Checked);
    QVERIFY(m_canvas->plotAt(at));
    QCOMPARE(m_canvas->content().plots.size(), m_canvas->plots()->plots.size());
    QCOMPARE(colourAt(at), marker);
    // Strata raised twice, to the top: they cover the plot's marker with the cell's colour.
    list->setCurrentItem(strata);
    raise->click();
    raise->click();
    QCOMPARE(list->row(strata), 0);
    QCOMPARE(m_canvas->layers().back().kind, MapLayerKind::Strata);
    QCOMPARE(m_canvas->content().layers, m_canvas->layers());
    const QPointF cell = m_canvas->cellAt(at + QPointF(0.5, 0.5));
    const auto pixel = m_canvas->layer()->identify(int(cell.x()), int(cell.y()));
    QVERIFY(pixel && pixel->stratum >= 0);
    QCOMPARE(colourAt(at), m_canvas->legend()[std::size_t(pixel->stratum)].colour.rgb());
    // And lowered back below the plots.
    m_window->findChild<QToolButton*>(QStringLiteral("lowerMapLayer"))->click();
    m_window->findChild<QToolButton*>(QStringLiteral("lowerMapLayer"))->click();
    QCOMPARE(m_canvas->layers(), defaultLayers());
    QCOMPARE(colourAt(at), marker);
}

void TestMapView::showsTheStratificationSelected()
{
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("projectTree"));
    auto* panel = m_window->findChild<MapPanel*>(QStringLiteral("mapPanel"));
    QSignalSpy shown(panel, &MapPanel::layerShown);
    tree->setCurrentIndex(m_window->projectModel()->itemIndex(ProjectModel::Stratifications, 0));
    QVERIFY(shown.wait(30000));
    QCOMPARE(shown.at(0).at(0).toBool(), true);
    QCOMPARE(m_canvas->layer()->stratification(), std::string("age-groups-2021"));
    QTRY_VERIFY_WITH_TIMEOUT(m_canvas->hasImage(), 10000);
}

// The view as a picture for a report: the size and resolution asked, the strata where the view
// has them, and a copy at TANHUI_SCREENSHOTS to be looked at.
void TestMapView::exportsTheViewAsPng()
{
    auto* panel = m_window->findChild<MapPanel*>(QStringLiteral("mapPanel"));
    auto* button = panel->findChild<QPushButton*>(QStringLiteral("exportMapButton"));
    QVERIFY(button->isEnabled() && !button->accessibleName().isEmpty());
    button->click();
    auto* dialog = panel->findChild<MapExportDialog*>(QStringLiteral("mapExportDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->dpi(), 300);
    QCOMPARE(dialog->pixels().width(), 1890); // 16 cm at 300 dpi
    QVERIFY(dialog->path().endsWith(QStringLiteral("age-groups-2021.png")));
    auto* printed = dialog->findChild<QLabel*>(QStringLiteral("exportPrintedSize"));
    QVERIFY(printed && !printed->accessibleName().isEmpty());
    QVERIFY2(printed->text().startsWith(QStringLiteral("16.0 × ")), qPrintable(printed->text()));
    // At 600 dpi the picture is printed as large: twice the pixels.
    const QSize at300 = dialog->pixels();
    dialog->findChild<QSpinBox*>(QStringLiteral("exportDpi"))->setValue(600);
    QCOMPARE(dialog->pixels(), at300 * 2);
    QVERIFY2(printed->text().startsWith(QStringLiteral("16.0 × ")), qPrintable(printed->text()));
    // However often it changes, the printed size is kept, not re-derived from rounded pixels.
    for (const int dpi : {97, 73, 1199, 72, 77, 300})
        dialog->findChild<QSpinBox*>(QStringLiteral("exportDpi"))->setValue(dpi);
    QCOMPARE(dialog->pixels(), at300);
    dialog->findChild<QSpinBox*>(QStringLiteral("exportWidth"))->setValue(945);
    QVERIFY2(printed->text().startsWith(QStringLiteral("8.0 × ")), qPrintable(printed->text()));
    dialog->reject();

    const QString shots = qEnvironmentVariable("TANHUI_SCREENSHOTS");
    const QString path =
        (shots.isEmpty() ? m_dir.path() : shots) + QStringLiteral("/map-export.png");
    QSignalSpy exported(panel, &MapPanel::pictureExported);
    panel->exportPicture(path, QSize(1200, 800), 300);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.at(0).at(0).toBool(), true);
    QImage picture(path);
    QCOMPARE(picture.size(), QSize(1200, 800));
    QCOMPARE(picture.dotsPerMeterX(), int(std::lround(300 / 0.0254)));
    // The picture's centre is the view's: the colour of the stratum of the cell there.
    const QPointF cell =
        m_canvas->cellAt(QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0));
    const auto pixel = m_canvas->layer()->identify(int(cell.x()), int(cell.y()));
    QVERIFY(pixel);
    const QColor expected = pixel->stratum < 0
                                ? QColor(Qt::white)
                                : m_canvas->legend()[std::size_t(pixel->stratum)].colour;
    QCOMPARE(QColor(picture.pixel(600, 400)).rgb(), expected.rgb());
}

// With TANHUI_SCREENSHOTS=DIR: the demo's map in English and Chinese.
void TestMapView::screenshots()
{
    const QString dir = qEnvironmentVariable("TANHUI_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("TANHUI_SCREENSHOTS is not set");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        m_languages.apply(language);
        QLocale::setDefault(QLocale(language));
        // The whole farm, its plots, and one whose recorded stratum differs identified.
        QSignalSpy shown(m_canvas, &MapCanvas::imageShown);
        QTest::keyClick(m_canvas, Qt::Key_Home);
        QVERIFY(shown.wait(10000));
        QTRY_VERIFY(m_canvas->plots());
        for (const workflow::MapPlot& p : m_canvas->plots()->plots)
            if (p.agreement == workflow::PlotAgreement::Differs) {
                QTest::mouseClick(m_canvas, Qt::LeftButton, {},
                                  m_canvas->screenAt({p.column, p.row}).toPoint());
                break;
            }
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/map-demo-") + language +
                                      QStringLiteral(".png")));
    }
    m_languages.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
}

namespace {

QByteArray sha256(const QString& path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result().toHex() : QByteArray();
}

} // namespace

// A raster too large to view whole without overviews: they are offered, built by mode as a job
// into a .ovr beside it, and the raster's SHA-256 stays what the project recorded.
void TestMapView::buildsOverviewsBesideTheRaster()
{
    const QString raster = m_dir.filePath(QStringLiteral("wide.tif"));
    const int width = 4200, height = 120;
    std::vector<std::uint8_t> ages(std::size_t(width) * height);
    for (int r = 0; r < height; ++r)
        for (int c = 0; c < width; ++c)
            ages[std::size_t(r * width + c)] = std::uint8_t(1 + (c / 40 + r / 30) % 30);
    QVERIFY(tanhui::gis::writeByteRaster(raster.toStdString(), width, height,
                                         {39420000, 10, 0, 2910000, 0, -10}, "EPSG:4527", 0, ages));
    const QString file = m_dir.filePath(QStringLiteral("wide.tanhui"));
    {
        auto project =
            workflow::ProjectService::create(file.toStdString(), "wide", "CCER-14-001-V01");
        QVERIFY(project);
        workflow::StratifyRequest request;
        request.name = "wide-ages";
        request.areas.raster = raster.toStdString();
        workflow::AgeGroupChoice fir;
        fir.speciesGroup = "杉木";
        request.areas.strata = {workflow::StrataMethod::AgeGroups, {}, fir};
        workflow::JobContext context;
        QVERIFY(project->stratify(request, context));
    }
    const QByteArray before = sha256(raster);
    auto* panel = m_window->findChild<MapPanel*>(QStringLiteral("mapPanel"));
    QSignalSpy shown(panel, &MapPanel::layerShown);
    m_window->openProject(file);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QCOMPARE(m_canvas->layer()->stratification(), std::string("wide-ages"));
    QVERIFY(m_canvas->layer()->overviews().empty());
    auto* offer = panel->findChild<QPushButton*>(QStringLiteral("buildOverviewsButton"));
    QVERIFY(offer->isVisible() && !offer->accessibleName().isEmpty());
    offer->click();
    auto* question = panel->findChild<QMessageBox*>(QStringLiteral("overviewsQuestion"));
    QVERIFY(question && question->isVisible());
    QVERIFY(question->informativeText().contains(QStringLiteral("never averaged")));
    QSignalSpy built(panel, &MapPanel::overviewsBuilt);
    shown.clear();
    question->findChild<QPushButton*>(QStringLiteral("overviewsByMode"))->click();
    QVERIFY(built.wait(60000));
    QCOMPARE(built.at(0).at(0).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QCOMPARE(m_canvas->layer()->overviews(),
             (std::vector<int>{2, 4, 8, 16, 32})); // to 4200 / 32 ≤ 256
    QVERIFY(QFileInfo::exists(raster + QStringLiteral(".ovr")));
    QCOMPARE(sha256(raster), before);
    QVERIFY(!offer->isVisible());
}

// A stratification of stand polygons (小班) exported as a shapefile with GBK attributes and
// no .cpg: drawn in its strata with the stands outlined, and a click names the stand by its
// decoded attributes.
void TestMapView::drawsStandPolygonsWithTheirAttributes()
{
    // Twelve 1-ha stands (100 m squares) in the farm's north-west, in its CRS (EPSG:4527).
    QByteArray csv =
        "WKT,\xd0\xa1\xb0\xe0\xba\xc5,\xca\xf7\xd6\xd6,\xc1\xd6\xc1\xe4\n"; // 小班号,树种,林龄
    const int ages[] = {5, 15, 25, 8, 12, 30, 3, 18, 22, 9, 14, 27};
    for (int i = 0; i < 12; ++i) {
        const double x0 = 39420000.0 + (i % 4) * 100.0;
        const double y0 = 2910000.0 - (i / 4) * 100.0;
        csv += QStringLiteral("\"POLYGON ((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))\",%5,")
                   .arg(x0, 0, 'f', 1)
                   .arg(y0, 0, 'f', 1)
                   .arg(x0 + 100.0, 0, 'f', 1)
                   .arg(y0 - 100.0, 0, 'f', 1)
                   .arg(QStringLiteral("01%1").arg(i + 1, 2, 10, QLatin1Char('0')))
                   .toLatin1() +
               "\xc9\xbc\xc4\xbe," + QByteArray::number(ages[i]) + "\n"; // 杉木
    }
    const QString csvPath = m_dir.filePath(QStringLiteral("xiaoban.csv"));
    const QString shp = m_dir.filePath(QStringLiteral("xiaoban.shp"));
    QVERIFY(tanhui::test::writeFile(QDir(m_dir.path()), QStringLiteral("xiaoban.csv"), csv) ==
            csvPath);
    QCOMPARE(
        QProcess::execute(QStringLiteral("ogr2ogr"),
                          {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"),
                           QStringLiteral("-lco"), QStringLiteral("ENCODING="),
                           QStringLiteral("-oo"), QStringLiteral("KEEP_GEOM_COLUMNS=NO"),
                           QStringLiteral("-a_srs"), QStringLiteral("EPSG:4527"), shp, csvPath}),
        0);
    const QString rules =
        tanhui::test::writeFile(QDir(m_dir.path()), QStringLiteral("xiaoban.json"), R"({"strata": [
            {"name": "young", "conditions": [{"field": "林龄", "max": 10}]},
            {"name": "middle", "conditions": [{"field": "林龄", "min": 11, "max": 20}]},
            {"name": "mature", "conditions": [{"field": "林龄", "min": 21}]}]})");
    {
        auto project = workflow::ProjectService::open(m_window->projectPath().toStdString());
        QVERIFY(project);
        workflow::StratifyRequest request{"xiaoban-2024", {}, {}};
        request.areas.stands = shp.toStdString();
        request.areas.strata = {workflow::StrataMethod::Stands, rules.toStdString(), {}};
        workflow::JobContext context;
        const auto stratified = project->stratify(request, context);
        QVERIFY2(stratified, stratified ? "" : stratified.error().detail.c_str());
    }
    // Opened again, the newest stratification is on the map.
    auto* panel = m_window->findChild<MapPanel*>(QStringLiteral("mapPanel"));
    QSignalSpy shown(panel, &MapPanel::layerShown);
    QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
    m_window->openProject(m_window->projectPath());
    QVERIFY(opened.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(m_canvas->layer() &&
                                 m_canvas->layer()->stratification() == "xiaoban-2024" &&
                                 m_canvas->hasImage(),
                             30000);
    const auto layer = m_canvas->layer();
    QVERIFY(layer->polygons());
    QCOMPARE(layer->stands(), 12);
    QCOMPARE(m_canvas->legend().size(), std::size_t(4)); // the strata, the stands' edges
    QCOMPARE(m_canvas->legend()[3].symbol, LegendSymbol::Line);
    // 5, 8, 3, 9 years: 4 ha young, on the ellipsoid (the grid's scale is 1.00008 there).
    QVERIFY(std::abs(m_canvas->legend()[0].areaHa - 4.0) < 0.001);
    auto* about = m_window->findChild<QLabel*>(QStringLiteral("mapAbout"));
    QVERIFY2(about->text().contains(QStringLiteral("12 stand polygons")),
             qPrintable(about->text()));
    // Stand 0106 (30 years, mature), 2nd row and column: its centre and its colour.
    const auto& gt = layer->geoTransform();
    const QPointF centre((39420150.0 - gt[0]) / gt[1], (2909850.0 - gt[3]) / gt[5]);
    QTest::keyClick(m_canvas, Qt::Key_Home);
    const QPointF at = m_canvas->screenAt(centre);
    const auto colourAt = [this](QPointF point) {
        const QImage shot = m_canvas->grab().toImage();
        const qreal ratio = shot.devicePixelRatio();
        return QColor(shot.pixel(int(point.x() * ratio), int(point.y() * ratio))).rgb();
    };
    QTRY_COMPARE_WITH_TIMEOUT(colourAt(at), m_canvas->legend()[2].colour.rgb(), 10000);
    // Its west edge, between it and 0105 (12 years, middle), is outlined.
    const QPointF edge = m_canvas->screenAt({(39420100.0 - gt[0]) / gt[1], centre.y()});
    const QRgb outlined = standEdgeColour().rgb();
    QVERIFY(colourAt(edge) == outlined || colourAt(edge - QPointF(1, 0)) == outlined);
    // The outlines are a layer of their own: hidden, the edge shows the strata's colours.
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("mapLayers"));
    QListWidgetItem* outlines =
        list->findItems(QStringLiteral("Stand edges, boundary"), Qt::MatchExactly).value(0);
    QVERIFY(outlines && !outlines->isHidden());
    outlines->setCheckState(Qt::Unchecked);
    QVERIFY(colourAt(edge) != outlined && colourAt(edge - QPointF(1, 0)) != outlined);
    const auto legend = m_canvas->shownLegend(); // nor its legend line
    QVERIFY(std::none_of(legend.begin(), legend.end(),
                         [](const LegendEntry& e) { return e.symbol == LegendSymbol::Line; }));
    outlines->setCheckState(Qt::Checked);
    QSignalSpy identified(m_canvas, &MapCanvas::identified);
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, at.toPoint());
    QVERIFY(identified.wait(10000));
    auto* cellLine = m_window->findChild<QLabel*>(QStringLiteral("mapCell"));
    QVERIFY2(cellLine->text().startsWith(QStringLiteral("Stand 6 of 12 at ")),
             qPrintable(cellLine->text()));
    QVERIFY2(cellLine->text().contains(
                 QStringLiteral("小班号 = 0106; 树种 = 杉木; 林龄 = 30): stratum mature.")),
             qPrintable(cellLine->text()));
    // Outside every stand (and away from any plot's marker).
    QPointF east = m_canvas->screenAt({(39420450.0 - gt[0]) / gt[1], centre.y()});
    while (m_canvas->plotAt(east))
        east += QPointF(0, 15);
    if (QRectF(m_canvas->rect()).contains(east)) {
        QTest::qWait(QApplication::doubleClickInterval() + 50); // two clicks, not a double one
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, east.toPoint());
        QVERIFY(identified.wait(10000));
        QVERIFY2(cellLine->text().endsWith(QStringLiteral("in no stand.")),
                 qPrintable(cellLine->text()));
    }
    const QString shots = qEnvironmentVariable("TANHUI_SCREENSHOTS");
    if (!shots.isEmpty()) {
        for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            m_languages.apply(language);
            QTest::mouseClick(m_canvas, Qt::LeftButton, {}, at.toPoint());
            QVERIFY(identified.wait(10000));
            QTest::qWait(300); // the window laid out again in the new language
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/map-stands-") + language +
                                          QStringLiteral(".png")));
        }
    }
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
