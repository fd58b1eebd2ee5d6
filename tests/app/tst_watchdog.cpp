// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The GUI thread never waits: the longest time it is away from its event loop, measured by a
// 5 ms timer, while the window does its longest jobs on large inputs (at most 100 ms each).
// Skipped unless the inputs are named (they are the benchmarks'):
//   TANHUI_WATCHDOG_PROJECT=FILE   open and verify FILE (the 1M-tree project of
//   tanhui-bench-import) TANHUI_WATCHDOG_IMPORT=DIR     import DIR/bench-plots.csv and
//   bench-trees.csv (1M trees) into
//                                  a copy of DIR/bench-template.tanhui (tanhui-bench-import's)
//   TANHUI_WATCHDOG_RASTER=FILE    stratify FILE (tanhui-generate-raster's 32768² raster), then
//                                  pan and zoom its map continuously (at most 50 ms)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include "tanhui/workflow/projectservice.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview/mapcanvas.h"

using namespace tanhui::ui;

namespace {

// The longest gap between two ticks of a 5 ms timer since the last reset.
class Watchdog
{
public:
    Watchdog()
    {
        m_tick.setInterval(5);
        QObject::connect(&m_tick, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_tick.start();
    }
    void reset()
    {
        m_longest = 0;
        m_last = m_clock.elapsed();
        m_started = m_last;
    }
    qint64 longest() const { return m_longest; }
    qint64 elapsed() const { return m_clock.elapsed() - m_started; }

private:
    QElapsedTimer m_clock;
    QTimer m_tick;
    qint64 m_last = 0, m_longest = 0, m_started = 0;
};

} // namespace

class TestWatchdog : public QObject
{
    Q_OBJECT
private slots:
    void opensAndVerifies();
    void importsAMillionTrees();
    void stratifiesABigRaster();
    void pansTheMapOfABigRaster();

private:
    // `window` with the project at `file` open; the open measured.
    void open(MainWindow& window, const QString& file, Watchdog& dog)
    {
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        dog.reset();
        window.openProject(file);
        QVERIFY(opened.wait(300000));
        qInfo("open: %lld ms, longest GUI-thread gap %lld ms", dog.elapsed(), dog.longest());
        QVERIFY(dog.longest() <= 100);
    }
    // Runs `job` (a period job of the window) and checks the gap while it runs.
    void measure(MainWindow& window, const char* what, const std::function<void()>& job,
                 Watchdog& dog)
    {
        QSignalSpy done(&window, &MainWindow::periodJobDone);
        dog.reset();
        job();
        QVERIFY(done.wait(600000));
        qInfo("%s: %lld ms, longest GUI-thread gap %lld ms", what, dog.elapsed(), dog.longest());
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(dog.longest() <= 100);
    }
    QTemporaryDir m_dir;
};

void TestWatchdog::opensAndVerifies()
{
    const QString file = qEnvironmentVariable("TANHUI_WATCHDOG_PROJECT");
    if (file.isEmpty())
        QSKIP("TANHUI_WATCHDOG_PROJECT is not set");
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    Watchdog dog;
    open(window, file, dog);
    QSignalSpy shown(&window, &MainWindow::verificationShown);
    dog.reset();
    window.verifyProject();
    QVERIFY(shown.wait(600000));
    qInfo("verify: %lld ms, longest GUI-thread gap %lld ms", dog.elapsed(), dog.longest());
    QVERIFY(dog.longest() <= 100);
}

void TestWatchdog::importsAMillionTrees()
{
    const QString dir = qEnvironmentVariable("TANHUI_WATCHDOG_IMPORT");
    if (dir.isEmpty())
        QSKIP("TANHUI_WATCHDOG_IMPORT is not set");
    const QString copy = m_dir.filePath(QStringLiteral("import.tanhui"));
    QVERIFY(QFile::copy(dir + QStringLiteral("/bench-template.tanhui"), copy));
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    Watchdog dog;
    open(window, copy, dog);
    tanhui::workflow::ImportRequest request;
    request.period = "M1";
    request.plots = dir.toStdString() + "/bench-plots.csv";
    request.trees = dir.toStdString() + "/bench-trees.csv";
    measure(
        window, "import", [&] { window.importFieldData(request); }, dog);
}

void TestWatchdog::stratifiesABigRaster()
{
    const QString raster = qEnvironmentVariable("TANHUI_WATCHDOG_RASTER");
    if (raster.isEmpty())
        QSKIP("TANHUI_WATCHDOG_RASTER is not set");
    const QString file = m_dir.filePath(QStringLiteral("strata.tanhui"));
    QVERIFY(tanhui::workflow::ProjectService::create(file.toStdString(), "watchdog", "VM0047"));
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    Watchdog dog;
    open(window, file, dog);
    tanhui::workflow::StratifyRequest request;
    request.name = "stands";
    request.areas.raster = raster.toStdString();
    measure(
        window, "stratify", [&] { window.stratify(request); }, dog);
}

// The map of the big raster dragged and zoomed as a hand does, an event every 16 ms for
// 4 s: the GUI thread draws the last image moved at once and never waits for a render.
void TestWatchdog::pansTheMapOfABigRaster()
{
    const QString raster = qEnvironmentVariable("TANHUI_WATCHDOG_RASTER");
    if (raster.isEmpty())
        QSKIP("TANHUI_WATCHDOG_RASTER is not set");
    const QString file = m_dir.filePath(QStringLiteral("map.tanhui"));
    QVERIFY(tanhui::workflow::ProjectService::create(file.toStdString(), "watchdog", "VM0047"));
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.resize(1600, 1000);
    window.show();
    Watchdog dog;
    open(window, file, dog);
    tanhui::workflow::StratifyRequest request;
    request.name = "age-groups";
    request.areas.raster = raster.toStdString();
    tanhui::workflow::AgeGroupChoice ages;
    ages.speciesGroup = "杉木";
    request.areas.strata = {tanhui::workflow::StrataMethod::AgeGroups, {}, ages};
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    measure(
        window, "stratify", [&] { window.stratify(request); }, dog);
    QVERIFY(opened.wait(60000));
    auto* canvas = window.findChild<MapCanvas*>(QStringLiteral("mapCanvas"));
    QTRY_VERIFY_WITH_TIMEOUT(canvas->layer() && canvas->hasImage(), 60000);
    QSignalSpy shown(canvas, &MapCanvas::imageShown);
    int tick = 0;
    QPointF at(canvas->width() / 2.0, canvas->height() / 2.0);
    QTimer hand;
    connect(&hand, &QTimer::timeout, canvas, [&] {
        ++tick;
        if (tick % 25 == 0) { // a wheel notch now and then, in then out
            const int notch = (tick / 25) % 4 < 2 ? 120 : -120;
            QWheelEvent wheel(at, canvas->mapToGlobal(at), {}, QPoint(0, notch), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(canvas, &wheel);
            return;
        }
        const QPointF step((tick / 40) % 2 ? -7.0 : 7.0, (tick / 60) % 2 ? -4.0 : 4.0);
        if (tick == 1) {
            QMouseEvent press(QEvent::MouseButtonPress, at, canvas->mapToGlobal(at), Qt::LeftButton,
                              Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(canvas, &press);
        }
        at += step;
        QMouseEvent move(QEvent::MouseMove, at, canvas->mapToGlobal(at), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(canvas, &move);
    });
    dog.reset();
    hand.start(16);
    QTest::qWait(4000);
    hand.stop();
    QMouseEvent release(QEvent::MouseButtonRelease, at, canvas->mapToGlobal(at), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &release);
    qInfo("pan and zoom: %d events in %lld ms, %lld images shown, longest GUI-thread gap %lld ms",
          tick, dog.elapsed(), qlonglong(shown.count()), dog.longest());
    QVERIFY(shown.count() > 0);
    QVERIFY(dog.longest() <= 50);
    // With TANHUI_SCREENSHOTS=DIR: the whole raster, and zoomed to a few cells per pixel.
    const QString shots = qEnvironmentVariable("TANHUI_SCREENSHOTS");
    if (shots.isEmpty())
        return;
    for (const auto& [name, zoom] : {std::pair{"whole", 0}, std::pair{"cells", 12}}) {
        canvas->zoomToLayer();
        for (int i = 0; i < zoom; ++i)
            canvas->zoomAbout(QPointF(canvas->width() * 0.4, canvas->height() * 0.4), 2.0);
        QVERIFY(shown.wait(30000));
        QTest::qWait(200);
        QVERIFY(window.grab().save(shots + QStringLiteral("/map-32768-") + QLatin1String(name) +
                                   QStringLiteral(".png")));
    }
}

QTEST_MAIN(TestWatchdog)
#include "tst_watchdog.moc"
