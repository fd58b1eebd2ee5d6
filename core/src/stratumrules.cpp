// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/stratumrules.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <set>
#include <thread>

namespace tanhui::core {

bool StratumRule::matches(double v) const
{
    if (std::find(values.begin(), values.end(), v) != values.end())
        return true;
    if (!min && !max)
        return false;
    return (!min || v >= *min) && (!max || v <= *max);
}

ValueClassifier classifierFor(const std::vector<StratumRule>& rules)
{
    return {int(rules.size()), [rules](double v) {
                for (std::size_t i = 0; i < rules.size(); ++i)
                    if (rules[i].matches(v))
                        return int(i);
                return ValueClassifier::kUnclassified;
            }};
}

ValueClassifier classifierForValues(const std::vector<double>& values)
{
    return {int(values.size()), [values](double v) {
                const auto it = std::lower_bound(values.begin(), values.end(), v);
                return it != values.end() && *it == v ? int(it - values.begin())
                                                      : ValueClassifier::kUnclassified;
            }};
}

Result<std::vector<double>> distinctValues(const RasterSource& source, int threads,
                                           std::size_t limit)
{
    if (source.pixelType() == PixelType::Byte) {
        std::vector<double> all(256);
        for (int v = 0; v < 256; ++v)
            all[std::size_t(v)] = v;
        auto tally = tallyRaster(source, classifierForValues(all), {threads, false});
        if (!tally)
            return tally.error();
        std::vector<double> present;
        for (int v = 0; v < 256; ++v)
            if (tally->classTotal(v) > 0)
                present.push_back(v);
        if (present.size() > limit)
            return Error{ErrorCode::OutOfRange,
                         std::to_string(present.size()) + " distinct values",
                         {},
                         0,
                         {}};
        return present;
    }
    // Other types: a classifier that records what it sees. It runs on worker threads, so
    // each value it has not seen yet goes through a mutex; categorical rasters have few.
    struct Seen
    {
        std::mutex mutex;
        std::set<double> values;
        std::atomic<bool> overflow{false};
    };
    auto seen = std::make_shared<Seen>();
    ValueClassifier collector{0,
                              [seen, limit](double v) {
                                  std::lock_guard lock(seen->mutex);
                                  if (seen->values.insert(v).second && seen->values.size() > limit)
                                      seen->overflow = true;
                                  return ValueClassifier::kUnclassified;
                              },
                              false};
    auto tally = tallyRaster(source, collector, {threads, false},
                             [seen](int, int) { return !seen->overflow.load(); });
    if (seen->overflow)
        return Error{ErrorCode::OutOfRange,
                     "more than " + std::to_string(limit) + " distinct values",
                     {},
                     0,
                     {}};
    if (!tally)
        return tally.error();
    return std::vector<double>(seen->values.begin(), seen->values.end());
}

} // namespace tanhui::core
