// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/jobcontext.h"

#include <algorithm>

namespace tanhui::workflow {

const char* noticeCodeName(NoticeCode code)
{
    switch (code) {
    case NoticeCode::ParameterNotConfirmed:
        return "parameter-not-confirmed";
    case NoticeCode::AgeGroupRowNotConfirmed:
        return "age-group-row-not-confirmed";
    case NoticeCode::TreesOutsideRange:
        return "trees-outside-range";
    case NoticeCode::BallparkTransformation:
        return "ballpark-transformation";
    case NoticeCode::CrsAssumed:
        return "crs-assumed";
    case NoticeCode::PointsOutsideRaster:
        return "points-outside-raster";
    case NoticeCode::PointsOnNoData:
        return "points-on-nodata";
    case NoticeCode::PointsOutsideStands:
        return "points-outside-stands";
    case NoticeCode::StratumDiffersFromMap:
        return "stratum-differs-from-map";
    case NoticeCode::PlotsOutsideStrata:
        return "plots-outside-strata";
    case NoticeCode::PlotsPlacedByLocation:
        return "plots-placed-by-location";
    case NoticeCode::UnclassifiedStands:
        return "unclassified-stands";
    case NoticeCode::AgesBeyondPlausible:
        return "ages-beyond-plausible";
    case NoticeCode::ConservativeBelowZero:
        return "conservative-below-zero";
    case NoticeCode::PlotsCrsUnknown:
        return "plots-crs-unknown";
    case NoticeCode::ZeroAreaStrata:
        return "zero-area-strata";
    }
    return "unknown";
}

const char* phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Starting:
        return "starting";
    case Phase::ReadingInput:
        return "reading-input";
    case Phase::Stratifying:
        return "stratifying";
    case Phase::LocatingPoints:
        return "locating-points";
    case Phase::Importing:
        return "importing";
    case Phase::Computing:
        return "computing";
    case Phase::Verifying:
        return "verifying";
    case Phase::Writing:
        return "writing";
    }
    return "unknown";
}

void JobContext::onProgress(ProgressHandler handler)
{
    const std::lock_guard lock(m_handlerMutex);
    m_progressHandler = std::move(handler);
}

void JobContext::onNotice(NoticeHandler handler)
{
    const std::lock_guard lock(m_handlerMutex);
    m_noticeHandler = std::move(handler);
}

void JobContext::detachHandlers()
{
    const std::lock_guard lock(m_handlerMutex);
    m_progressHandler = {};
    m_noticeHandler = {};
}

void JobContext::report(const Progress* progress, const Notice* notice)
{
    const std::lock_guard lock(m_handlerMutex);
    if (progress && m_progressHandler)
        m_progressHandler(*progress);
    if (notice && m_noticeHandler)
        m_noticeHandler(*notice);
}

void JobContext::beginPhase(Phase phase, std::int64_t total)
{
    Progress now{phase, 0, total};
    {
        const std::lock_guard lock(m_mutex);
        m_progress = now;
    }
    report(&now, nullptr);
}

void JobContext::setProgress(std::int64_t done, std::int64_t total)
{
    Progress now;
    {
        const std::lock_guard lock(m_mutex);
        // Workers may report out of order; progress never goes back within a phase.
        m_progress.done = std::max(m_progress.done, done);
        m_progress.total = total;
        now = m_progress;
    }
    report(&now, nullptr);
}

Progress JobContext::progress() const
{
    const std::lock_guard lock(m_mutex);
    return m_progress;
}

void JobContext::notify(Notice notice)
{
    {
        const std::lock_guard lock(m_mutex);
        m_notices.push_back(notice);
    }
    report(nullptr, &notice);
}

std::vector<Notice> JobContext::notices() const
{
    const std::lock_guard lock(m_mutex);
    return m_notices;
}

std::vector<Notice> JobContext::notices(NoticeCode code) const
{
    std::vector<Notice> found;
    for (const Notice& n : notices())
        if (n.code == code)
            found.push_back(n);
    return found;
}

std::function<bool(int, int)> JobContext::coreProgress()
{
    return [this](int done, int total) {
        setProgress(done, total);
        return !isCancelled();
    };
}

} // namespace tanhui::workflow
