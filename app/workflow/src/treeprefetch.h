// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "tanhui/core/fielddata.h"

namespace tanhui::workflow {

/// Reads a tally's trees on a thread of its own, a few batches ahead of the import that writes
/// them: reading and parsing overlap SQLite's writing, and at most kBatchesAhead batches of
/// kBatchSize trees are held, whatever the tally's size. Trees, the problems of rows that are
/// not trees and a read error come out in the order of the file.
class TreePrefetch
{
public:
    static constexpr std::size_t kBatchSize = 4096;
    static constexpr std::size_t kBatchesAhead = 4;

    explicit TreePrefetch(core::TreeRows& rows);
    /// Stops the reading thread (when the import ends early) and waits for it.
    ~TreePrefetch();
    TreePrefetch(const TreePrefetch&) = delete;
    TreePrefetch& operator=(const TreePrefetch&) = delete;

    /// As core::TreeRows::next.
    core::Result<bool> next(core::Tree& tree, core::Problems& problems);
    /// Units of the file read (see core::RowSource::done) up to the trees handed out so far.
    std::int64_t done() const { return m_done; }

private:
    struct Batch
    {
        std::vector<core::Tree> trees;
        std::vector<core::Error> problems; ///< of rows before the batch's last tree
        std::optional<core::Error> error;  ///< the file cannot be read on
        bool end = false;
        std::int64_t done = 0;
    };
    void read();

    core::TreeRows& m_rows;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_stop = false;
    Batch m_current;
    std::size_t m_next = 0;
    std::int64_t m_done = 0;
    std::thread m_thread; ///< last: started once everything it uses is
};

} // namespace tanhui::workflow
