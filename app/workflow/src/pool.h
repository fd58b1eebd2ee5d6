// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// What one map view leaves for the next (not installed).

#include <cstddef>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace tanhui::workflow {

/// Objects kept between map views for the next to reuse: an opened dataset (opening costs a
/// view more than reading), a buffer whose pages are touched already (fresh memory costs a
/// page fault every 4 KiB). Thread-safe; a few are kept, as many as views render at once.
template <class T>
class Pool
{
public:
    /// One kept, or none: the caller makes a new one.
    std::optional<T> take() const
    {
        const std::lock_guard lock(m_mutex);
        if (m_kept.empty())
            return std::nullopt;
        std::optional<T> out(std::move(m_kept.back()));
        m_kept.pop_back();
        return out;
    }
    /// Back for a later view (dropped when enough are kept).
    void give(T&& object) const
    {
        const std::lock_guard lock(m_mutex);
        if (m_kept.size() < kKept)
            m_kept.push_back(std::move(object));
    }

private:
    static constexpr std::size_t kKept = 4;
    mutable std::mutex m_mutex;
    mutable std::vector<T> m_kept;
};

} // namespace tanhui::workflow
