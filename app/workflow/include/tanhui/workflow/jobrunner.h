// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <functional>
#include <memory>

#include <QtConcurrent/QtConcurrentRun>

#include "tanhui/core/result.h"
#include "tanhui/workflow/jobcontext.h"

namespace tanhui::workflow {

/// Runs one job at a time on the thread pool (QtConcurrent::run with a QPromise) and
/// reports it on the thread the runner lives in (the GUI's): progressChanged (coalesced: at
/// most one pending at a time), noticeAdded, finished. cancel() only flags the job's
/// context and returns at once; the job stops at its next check. A runner destroyed while
/// its job runs cancels it and drops the job's later reports, without waiting for it.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    /// Starts `job`; its result is in the returned future once finished() is emitted.
    /// Precondition: no job of this runner is running.
    template <typename T>
    QFuture<core::Result<T>> start(std::function<core::Result<T>(JobContext&)> job)
    {
        auto context = prepare();
        QFuture<core::Result<T>> future =
            QtConcurrent::run([context, job = std::move(job)](QPromise<core::Result<T>>& promise) {
                promise.addResult(job(*context));
            });
        watch(QFuture<void>(future));
        return future;
    }

    /// Starts `job` and calls `done(result)` on the runner's thread once it has finished
    /// (before finished() is emitted for it or after: the two are independent); `context`
    /// bounds the call's lifetime, as a connection's receiver does.
    template <typename T, typename Done>
    void start(std::function<core::Result<T>(JobContext&)> job, QObject* context, Done done)
    {
        auto* watcher = new QFutureWatcher<core::Result<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, done = std::move(done)] {
                             watcher->deleteLater();
                             done(watcher->result());
                         });
        watcher->setFuture(start<T>(std::move(job)));
    }

    bool isRunning() const;
    void cancel();
    /// The notices of the current (or last) job.
    std::vector<Notice> notices() const;

signals:
    void progressChanged(const tanhui::workflow::Progress& progress);
    void noticeAdded(const tanhui::workflow::Notice& notice);
    void finished();

private:
    std::shared_ptr<JobContext> prepare();
    void watch(const QFuture<void>& future);
    std::shared_ptr<JobContext> m_context;
    QFutureWatcher<void> m_watcher;
};

} // namespace tanhui::workflow

Q_DECLARE_METATYPE(tanhui::workflow::Progress)
Q_DECLARE_METATYPE(tanhui::workflow::Notice)
