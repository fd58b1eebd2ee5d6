// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// What a report's title block and a registry need of a project, and the net removals of a
// period: its stock change less project emissions, the baseline's removals and leakage.

#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/result.h"

namespace tanhui::workflow {

struct ProjectProperties
{
    std::string name;
    std::string methodology; ///< e.g. CCER-14-001
    std::string registrationId, methodologyVersion, proponent;
    std::string creditingStart, creditingEnd; ///< YYYY-MM-DD, or empty
    std::string location, boundary;
    /// A period is sealed: its seal covers the name and methodology, which stay as they are.
    bool nameLocked = false;
};

/// The terms entered for a period besides its stock change, as ProjectService stores them.
enum class NetTerm
{
    ProjectEmissions,
    Baseline, ///< the baseline's removals (signed)
    Leakage
};
const char* netTermName(NetTerm term); ///< project-emissions, baseline, leakage
std::optional<NetTerm> netTermFromName(const std::string& name);

/// One term, t CO2e over the period's monitoring interval (that of its change).
struct NetTermInput
{
    NetTerm term = NetTerm::Baseline;
    double tco2e = 0.0;
    double uncertainty = 0.0; ///< fraction, 90 % CI half-width / |value|
    std::string source;       ///< the value's source, or why the term is zero
    bool statedZero = false;
};

/// A term with what AR-TOOL14 Appendix 2 makes of its uncertainty: its discount and its
/// conservative value (raised, as it is subtracted; the project change is lowered).
struct NetTermValue
{
    NetTermInput input;
    double discountFraction = 0.0;
    double conservativeTco2e = 0.0;
};

/// What ProjectService::setProperties and setNetTerms would refuse, checked without a project,
/// so that a dialog can say so and keep what was typed.
core::Result<void> checkProperties(const ProjectProperties& properties);
core::Result<void> checkNetTerm(const NetTermInput& term);

} // namespace tanhui::workflow
