// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/biomass.h"
#include "tanhui/core/error.h"
#include "tanhui/core/plausibility.h"
#include "tanhui/core/result.h"
#include "tanhui/workflow/areasjob.h"
#include "tanhui/workflow/projecttypes.h"
#include "tanhui/workflow/samplejob.h"

namespace tanhui::workflow {

class JobContext;

/// One project file (.tanhui) and every step of the monitoring workflow on it, for both
/// front ends. Owns the store's Project; like it, not thread-safe: one ProjectService per
/// thread (a GUI job opens its own on the worker thread). Every change is one transaction.
class ProjectService
{
public:
    static core::Result<ProjectService> create(const std::string& path, const std::string& name,
                                               const std::string& methodology);
    static core::Result<ProjectService> open(const std::string& path);
    ProjectService(ProjectService&&) noexcept;
    ProjectService& operator=(ProjectService&&) noexcept;
    ~ProjectService();

    const std::string& path() const;
    core::Result<ProjectSummary> summary();
    /// Layers (with their hashes now), stratifications, periods with their stored results,
    /// parameter sets with each row's status.
    core::Result<ProjectOverview> overview();

    /// The name, methodology and what a report's title block and a registry need.
    core::Result<ProjectProperties> properties();
    /// Changes them in one transaction, audited; the name and methodology are refused once a
    /// period is sealed (its seal covers them).
    core::Result<void> setProperties(const ProjectProperties& properties);

    /// The period's net removals from its change and the terms entered for it.
    core::Result<NetRemovalsSummary> netRemovals(const std::string& period);
    /// Enters (or replaces) terms of a draft period, all or none, audited; returns the net
    /// removals.
    core::Result<NetRemovalsSummary> setNetTerms(const std::string& period,
                                                 const std::vector<NetTermInput>& terms);

    core::Result<std::int64_t> addPeriod(const std::string& label, const std::string& startDate,
                                         const std::string& endDate);
    core::Result<std::vector<PeriodInfo>> periods();

    /// Records a layer file with its SHA-256 (and a raster's CRS).
    core::Result<std::int64_t> addLayer(LayerKind kind, LayerRole role, const std::string& path);
    core::Result<std::vector<LayerInfo>> layers();
    /// Where the project boundary recorded last (a layer of role boundary) is now; empty when
    /// none is recorded or its file is not found. Hashes nothing.
    core::Result<std::string> boundaryLayer();

    /// Computes strata and their areas (or reads a table) and records them under a new name,
    /// with every layer read (and its hash) and the request and result as provenance. A name
    /// in use is refused before anything is read.
    core::Result<StratifySummary> stratify(const StratifyRequest& request, JobContext& context);
    /// The areas stratify would record for `request`, under the project's own screening (its
    /// plausible stand age), recording nothing: a front end's preview.
    core::Result<AreasResult> previewAreas(AreasRequest request, JobContext& context);

    /// Imports a period's plots and trees, all or nothing; with `placement`, plots are first
    /// placed in strata by their coordinates.
    core::Result<ImportSummary> importFieldData(const ImportRequest& request, JobContext& context);
    /// The placement by location on the map `stratification` was drawn from (its raster or
    /// stands and rules or age groups, as recorded); the columns and CRS are the caller's.
    core::Result<Placement> placementFor(const std::string& stratification);

    /// A period's stock from its stored inputs, stored as its results.
    core::Result<StockSummary> compute(const ComputeRequest& request, JobContext& context);

    /// The change of `request.period` against the earlier period, stored as its result.
    core::Result<ChangeSummary> compare(const CompareRequest& request, JobContext& context);

    /// The limits outside which a measurement is refused at import, with their sources.
    core::Result<std::vector<core::PlausibilityLimit>> plausibilityLimits();
    /// Changes one limit for this project; a reason is required and audited.
    core::Result<void> setPlausibilityLimit(core::Measure measure, double min, double max,
                                            const std::string& reason);

    /// Seals `period`; with `signingKey` (an Ed25519 private key, PEM) the seal is signed.
    core::Result<SealSummary> seal(const std::string& period, const std::string& signingKey = {});
    /// What a verifier keeps of the latest seal of `period` (see receipt.h).
    core::Result<SealReceipt> receipt(const std::string& period);
    /// A new draft revision of a sealed period, with the reason audited.
    core::Result<std::int64_t> revise(const std::string& period, const std::string& reason);

    /// Seals re-hashed and chained, their signatures checked, sealed results recomputed, the
    /// audit chain and layer hashes checked; each receipt given (file, receipt) held against
    /// the seals the project holds now; with `trustedKeys` (public keys, hex), every seal must
    /// be signed by one of them.
    core::Result<VerifyReport>
    verify(JobContext& context,
           const std::vector<std::pair<std::string, SealReceipt>>& receipts = {},
           const std::vector<std::string>& trustedKeys = {});

    /// The plots of the latest revision of `period`, in import order, with their tree counts.
    core::Result<std::vector<std::pair<core::Plot, std::int64_t>>> plots(const std::string& period);
    /// Each plot's t CO2e/ha in the stock computed for the latest revision of `period`, with
    /// the stratum it was counted in; empty when no stock is computed.
    core::Result<std::vector<core::PlotValue>> plotCarbon(const std::string& period);
    /// The trees of one plot of `period`, in import order.
    core::Result<std::vector<core::Tree>> trees(const std::string& period, const std::string& plot);

    /// The audit log, oldest first.
    core::Result<std::vector<AuditEntry>> auditLog();

    /// Every table as <dir>/<table>.csv; returns the files written.
    core::Result<std::vector<std::string>> exportCsv(const std::string& directory);

private:
    struct Impl;
    explicit ProjectService(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace tanhui::workflow
