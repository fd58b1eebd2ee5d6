// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "treeprefetch.h"

namespace tanhui::workflow {

TreePrefetch::TreePrefetch(core::TreeRows& rows)
    : m_rows(rows)
    , m_thread([this] { read(); })
{}

TreePrefetch::~TreePrefetch()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void TreePrefetch::read()
{
    while (true) {
        Batch batch;
        batch.trees.reserve(kBatchSize);
        core::Problems problems;
        while (batch.trees.size() < kBatchSize) {
            core::Tree tree;
            const auto more = m_rows.next(tree, problems);
            if (!more)
                batch.error = more.error();
            if (!more || !*more) {
                batch.end = true;
                break;
            }
            batch.trees.push_back(std::move(tree));
        }
        // Each row has one problem at most, and a batch fewer rows than Problems lists.
        batch.problems = std::move(problems.listed);
        batch.done = m_rows.rows().done();
        const bool end = batch.end;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBatchesAhead; });
        if (m_stop)
            return;
        m_ready.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
        if (end)
            return;
    }
}

core::Result<bool> TreePrefetch::next(core::Tree& tree, core::Problems& problems)
{
    while (m_next == m_current.trees.size()) {
        if (m_current.end) {
            if (m_current.error)
                return *m_current.error;
            return false;
        }
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty(); });
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
        }
        m_changed.notify_all();
        m_next = 0;
        m_done = m_current.done;
        // The batch's problems come before its trees are written; rows with problems stop
        // every later tree from being written, so their order against trees does not matter.
        for (core::Error& e : m_current.problems)
            problems.add(std::move(e));
    }
    tree = std::move(m_current.trees[m_next++]);
    return true;
}

} // namespace tanhui::workflow
