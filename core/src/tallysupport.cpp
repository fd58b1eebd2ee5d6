// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tallysupport.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <thread>

namespace tanhui::core::detail {

BlockCounts::BlockCounts(int slotCount, int rowCount)
    : slots(slotCount)
    , rows(rowCount)
    , counts(std::size_t(slotCount) * std::size_t(rowCount), 0)
    , seen(std::size_t(slotCount), 0)
    , scratch(4 * std::size_t(slotCount), 0)
{}

void BlockCounts::flush(int row)
{
    const std::size_t k = std::size_t(slots);
    for (std::size_t s = 0; s < k; ++s) {
        const std::uint32_t n =
            scratch[s] + scratch[k + s] + scratch[2 * k + s] + scratch[3 * k + s];
        if (n) {
            counts[s * std::size_t(rows) + std::size_t(row)] += n;
            seen[s] = 1;
            scratch[s] = scratch[k + s] = scratch[2 * k + s] = scratch[3 * k + s] = 0;
        }
    }
}

TallyTotals::TallyTotals(Slots slots, const RasterGrid& grid, bool perRow)
    : m_slots(slots)
    , m_grid(grid)
    , m_perRow(perRow)
    , m_rowCount(perRow ? grid.height : 1)
    , m_all(std::size_t(slots.count()) * std::size_t(m_rowCount), 0)
{}

void TallyTotals::merge(BlockCounts& local, const BlockTask& task)
{
    std::lock_guard lock(m_mutex);
    const std::size_t firstRow = m_perRow ? std::size_t(task.y0) : 0;
    const int rows = m_perRow ? task.height : 1;
    for (int s = 0; s < m_slots.count(); ++s) {
        if (!local.seen[std::size_t(s)])
            continue;
        std::int64_t* from = &local.counts[std::size_t(s) * std::size_t(local.rows)];
        std::int64_t* to = &m_all[std::size_t(s) * std::size_t(m_rowCount) + firstRow];
        for (int r = 0; r < rows; ++r)
            to[r] += from[r];
        std::memset(from, 0, sizeof(std::int64_t) * std::size_t(local.rows));
        local.seen[std::size_t(s)] = 0;
    }
}

RasterTally TallyTotals::finish() const
{
    RasterTally tally;
    tally.grid = m_grid;
    tally.classCount = m_slots.classes;
    tally.rowCount = m_rowCount;
    const auto slice = [&](int slot) {
        const auto first =
            m_all.begin() + std::ptrdiff_t(std::size_t(slot) * std::size_t(m_rowCount));
        return std::vector<std::int64_t>(first, first + m_rowCount);
    };
    tally.counts.assign(m_all.begin(), m_all.begin() + std::ptrdiff_t(std::size_t(m_slots.classes) *
                                                                      std::size_t(m_rowCount)));
    tally.unclassifiedPerRow = slice(m_slots.unclassified());
    tally.noDataPerRow = slice(m_slots.noData());
    return tally;
}

int workerCount(const TallyOptions& options, const RasterGrid& grid)
{
    const int wanted = options.threads > 0 ? options.threads
                                           : int(std::max(1u, std::thread::hardware_concurrency()));
    return std::max(1, std::min(wanted, grid.blocksAcross() * grid.blocksDown()));
}

Result<void> forEachBlock(const RasterGrid& grid, const TallyOptions& options,
                          const std::function<bool(int, int)>& progress,
                          std::vector<BlockWorker> workers)
{
    const int blocksAcross = grid.blocksAcross();
    const int blockTotal = blocksAcross * grid.blocksDown();
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    std::mutex errorMutex;
    std::optional<Error> failure;
    auto run = [&](const BlockWorker& worker) {
        for (int b = next++; b < blockTotal && !stop; b = next++) {
            BlockTask task;
            task.bx = b % blocksAcross;
            task.by = b / blocksAcross;
            task.x0 = task.bx * grid.blockWidth;
            task.y0 = task.by * grid.blockHeight;
            task.width = std::min(grid.blockWidth, grid.width - task.x0);
            task.height = std::min(grid.blockHeight, grid.height - task.y0);
            task.coverage = options.mask
                                ? options.mask->coverage(task.x0, task.y0, task.width, task.height)
                                : CellMask::Coverage::Full;
            if (task.coverage != CellMask::Coverage::None) {
                if (auto ok = worker(task); !ok) {
                    std::lock_guard lock(errorMutex);
                    if (!failure)
                        failure = ok.error();
                    stop = true;
                    break;
                }
            }
            const int finished = ++done;
            if (progress && !progress(finished, blockTotal))
                stop = true;
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < workers.size(); ++t)
        pool.emplace_back(run, std::cref(workers[t]));
    run(workers[0]);
    for (std::thread& t : pool)
        t.join();
    if (failure)
        return *failure;
    if (stop)
        return Error{ErrorCode::Cancelled, {}, {}, 0, {}};
    return {};
}

} // namespace tanhui::core::detail
