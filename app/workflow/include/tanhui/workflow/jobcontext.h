// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <vector>

#include "tanhui/workflow/notice.h"

namespace tanhui::workflow {

/// What a long step is doing, for a progress bar ("Reading blocks 12 of 400").
enum class Phase
{
    Starting,
    ReadingInput,   ///< tables, rule files, parameter sets
    Stratifying,    ///< raster blocks tallied
    LocatingPoints, ///< plots located in strata
    Importing,      ///< rows checked and written
    Computing,      ///< plot carbon and the stratified estimate
    Verifying,      ///< seals re-hashed, results recomputed, layers hashed
    Writing,        ///< output files
};

const char* phaseName(Phase phase);

struct Progress
{
    Phase phase = Phase::Starting;
    std::int64_t done = 0;
    std::int64_t total = 0; ///< 0: not known
};

/// The context of one job: progress, cancel and notices. Every member is thread-safe: a
/// worker reports, any thread (the GUI's) reads or cancels. Handlers, when set, are called
/// on the reporting (worker) thread, outside the lock.
class JobContext
{
public:
    using ProgressHandler = std::function<void(const Progress&)>;
    using NoticeHandler = std::function<void(const Notice&)>;

    /// Set before the job starts.
    void onProgress(ProgressHandler handler);
    void onNotice(NoticeHandler handler);
    /// Removes both handlers; waits only for a handler call in flight (a post, not the job).
    void detachHandlers();

    /// A new phase with `total` steps (0 when unknown); done starts at 0.
    void beginPhase(Phase phase, std::int64_t total = 0);
    void setProgress(std::int64_t done, std::int64_t total);
    Progress progress() const;

    /// Asks the job to stop; it returns Error{Cancelled} at its next check. Never blocks.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    void notify(Notice notice);
    std::vector<Notice> notices() const;
    /// The notices with `code` (for callers and tests that look for one kind).
    std::vector<Notice> notices(NoticeCode code) const;

    /// A callback for core's long loops (tallyRaster, tallyStack): records progress of the
    /// current phase and returns false once cancelled.
    std::function<bool(int, int)> coreProgress();

private:
    void report(const Progress* progress, const Notice* notice);
    mutable std::mutex m_mutex; ///< progress and notices
    Progress m_progress;
    std::vector<Notice> m_notices;
    std::mutex m_handlerMutex; ///< the handlers and their calls
    ProgressHandler m_progressHandler;
    NoticeHandler m_noticeHandler;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tanhui::workflow
