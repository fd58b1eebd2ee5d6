// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/discount.h"
#include "tanhui/core/result.h"
#include "tanhui/core/table.h"

namespace tanhui::core {

/// One plot's per-hectare value (biomass t d.m./ha, carbon t C/ha, t CO2e/ha or a change of
/// one of them: the estimator is unit-agnostic; totals come out in unit·ha).
struct PlotValue
{
    std::string stratum;
    std::string plotId;
    double value = 0.0;
    std::int64_t sourceRow = 0; ///< row in the file it came from, for messages
};

/// The area of one stratum, ha.
struct StratumArea
{
    std::string stratum;
    double areaHa = 0.0;
    std::int64_t sourceRow = 0;
};

struct EstimateOptions
{
    double confidence = 0.90; ///< two-sided confidence level of the CI (AR-TOOL14: 0.90)
    Scenario scenario = Scenario::Project;
    /// Plot area in ha. When set, each stratum's variance gets the finite-population
    /// correction (1 − n_i/N_i) with N_i = A_i / plot area, as in textbook inventories.
    /// AR-TOOL14 Eq. 15 has no such factor, so the default is none.
    std::optional<double> fpcPlotAreaHa;
    std::string plotsSource; ///< file the plots came from, named in errors
    std::string areasSource; ///< file the areas came from, named in errors
};

struct StratumEstimate
{
    std::string stratum;
    int n = 0;
    double mean = 0.0;   ///< b_i, Eq. 16
    double sd = 0.0;     ///< s_i, square root of Eq. 17
    double se = 0.0;     ///< s_i / √n_i (times √fpc when requested)
    double areaHa = 0.0; ///< A_i
    double weight = 0.0; ///< w_i = A_i / A
    double total = 0.0;  ///< A_i · b_i
};

/// AR-TOOL14 §8.1.1 (Eq. 13–17) stratified random sampling estimate.
struct StratifiedEstimate
{
    std::vector<StratumEstimate> strata; ///< in the order of the areas given
    double confidence = 0.90;
    double areaHa = 0.0;           ///< A = Σ A_i
    double mean = 0.0;             ///< b = Σ w_i b_i, Eq. 14
    double se = 0.0;               ///< √(Σ w_i² s_i²/n_i)
    double total = 0.0;            ///< A · b, Eq. 13
    double totalSe = 0.0;          ///< A · se
    int df = 0;                    ///< n − M
    double t = 0.0;                ///< two-sided Student t at `confidence`, df
    double ciHalfWidth = 0.0;      ///< t · se (per hectare)
    double totalCiHalfWidth = 0.0; ///< t · A · se
    double uncertainty = 0.0;      ///< t · se / |b|, Eq. 15 (fraction; NaN when b = 0)
    double discountFraction = 0.0; ///< Appendix 2 Table 1, from `uncertainty`
    double conservativeMean = 0.0;
    double conservativeTotal = 0.0;
};

/// Estimates the stratified mean and total of `plots` over `areas`. Every stratum with
/// plots must have an area and vice versa; each needs n ≥ 2 plots for a variance; areas
/// must be positive; plot ids must be unique. Errors name the file row that caused them.
/// A single stratum is simple random sampling (df = n − 1); a systematic sample is treated
/// as simple random, the usual (conservative) practice. Pure function, thread-safe.
Result<StratifiedEstimate> estimateStratified(const std::vector<PlotValue>& plots,
                                              const std::vector<StratumArea>& areas,
                                              const EstimateOptions& options = {});

/// Reads plot values from a table with columns stratum, plot_id and `valueColumn`.
Result<std::vector<PlotValue>> plotValuesFromTable(const Table& table,
                                                   const std::string& valueColumn);

/// Reads stratum areas from a table with columns stratum and area_ha.
Result<std::vector<StratumArea>> stratumAreasFromTable(const Table& table);

} // namespace tanhui::core
