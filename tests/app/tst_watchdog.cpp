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
//   TANHUI_WATCHDOG_RASTER=FILE    stratify FILE (tanhui-generate-raster's 32768² raster)
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "tanhui/workflow/projectservice.h"

#include "languagemanager.h"
#include "mainwindow.h"

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

QTEST_MAIN(TestWatchdog)
#include "tst_watchdog.moc"
