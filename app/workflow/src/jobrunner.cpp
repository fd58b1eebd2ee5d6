// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/jobrunner.h"

namespace tanhui::workflow {

JobRunner::JobRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<tanhui::workflow::Progress>();
    qRegisterMetaType<tanhui::workflow::Notice>();
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &JobRunner::finished);
}

JobRunner::~JobRunner()
{
    // The job keeps its own reference to the context and stops at its next check; once the
    // handlers are detached it posts nothing more, and what it posted before is discarded
    // with this object.
    if (m_context) {
        m_context->cancel();
        m_context->detachHandlers();
    }
}

std::shared_ptr<JobContext> JobRunner::prepare()
{
    Q_ASSERT(!isRunning());
    if (m_context)
        m_context->detachHandlers();
    m_context = std::make_shared<JobContext>();
    JobRunner* self = this;
    const std::weak_ptr<JobContext> weak = m_context;
    const auto pending = std::make_shared<std::atomic<bool>>(false);
    // Progress is coalesced: a burst of block reports becomes one queued call that reads
    // the latest state when it runs.
    m_context->onProgress([self, weak, pending](const Progress&) {
        if (pending->exchange(true))
            return;
        QMetaObject::invokeMethod(
            self,
            [self, weak, pending] {
                pending->store(false);
                if (const auto context = weak.lock())
                    emit self->progressChanged(context->progress());
            },
            Qt::QueuedConnection);
    });
    m_context->onNotice([self](const Notice& notice) {
        QMetaObject::invokeMethod(
            self, [self, notice] { emit self->noticeAdded(notice); }, Qt::QueuedConnection);
    });
    return m_context;
}

void JobRunner::watch(const QFuture<void>& future)
{
    m_watcher.setFuture(future);
}

bool JobRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void JobRunner::cancel()
{
    if (m_context)
        m_context->cancel();
}

std::vector<Notice> JobRunner::notices() const
{
    return m_context ? m_context->notices() : std::vector<Notice>{};
}

} // namespace tanhui::workflow
