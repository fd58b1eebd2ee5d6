// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// What ProjectService takes and gives: requests in, typed summaries out.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/error.h"
#include "tanhui/core/stratifiedestimate.h"
#include "tanhui/core/table.h"
#include "tanhui/core/units.h"
#include "tanhui/workflow/areasjob.h"
#include "tanhui/workflow/fieldimport.h"
#include "tanhui/workflow/projectproperties.h"
#include "tanhui/workflow/receipt.h"
#include "tanhui/workflow/samplejob.h"

namespace tanhui::workflow {

struct ProjectSummary
{
    std::string name;
    std::string methodology;
};

struct PeriodInfo
{
    std::int64_t id = 0;
    std::string label;
    std::string startDate, endDate; ///< YYYY-MM-DD
    std::string status;             ///< draft, submitted, verified
    int revision = 1;
    bool sealed = false;
    std::string sealDigest; ///< SHA-256 of the seal; empty when not sealed
};

enum class LayerKind
{
    Raster,
    Polygons,
    Boundary
};
enum class LayerRole
{
    Stands,       ///< a categorical stand raster or stand polygons
    Age,          ///< stand ages
    SpeciesGroup, ///< species groups on the age raster's grid
    Origin,       ///< origins on the age raster's grid
    Boundary,     ///< the project boundary
};
const char* layerKindName(LayerKind kind); ///< raster, polygons, boundary
const char* layerRoleName(LayerRole role); ///< stands, age, species-group, origin, boundary
std::optional<LayerKind> layerKindFromName(const std::string& name);
std::optional<LayerRole> layerRoleFromName(const std::string& name);

enum class LayerState
{
    Unchanged,
    Changed,
    Missing ///< or unreadable
};

struct LayerInfo
{
    std::int64_t id = 0;
    std::string kind, role;    ///< as stored (older projects may hold other roles)
    std::string path;          ///< as recorded (relative to the project's folder)
    std::string location;      ///< where it was found now; empty when missing
    std::string sha256;        ///< recorded
    std::string currentSha256; ///< of the file now; empty when missing or unreadable
    std::string crs;           ///< a raster's CRS as recorded, "EPSG:4527"; empty when unknown
    LayerState state() const;
};

struct StratifyRequest
{
    std::string name;
    std::string areasTable; ///< a table of stratum, area_ha, or else:
    AreasRequest areas;
};

struct StratifySummary
{
    std::int64_t id = 0;
    std::string name;
    StrataMethod method = StrataMethod::Table;
    int strata = 0;
    core::Hectares total;
    std::optional<AreasResult> areas; ///< when computed from layers
};

/// Plots placed in strata by their coordinates during import.
struct Placement
{
    std::string raster; ///< a stand raster with strata.method RasterRules or AgeGroups, or
    std::string stands; ///< stand polygons with strata.rulesPath
    int band = 1;
    std::string boundary; ///< the project boundary a raster's strata were clipped to
    bool reprojectBoundary = false;
    /// The project's boundary, drawn over a map whose strata were not clipped to one.
    std::string outlinedBoundary;
    StrataDefinition strata;
    PointColumns columns; ///< x/y/crs; id and stratum come from the plot table
};

struct ImportRequest
{
    std::string period;
    std::string plots;
    std::string trees;
    std::optional<Placement> placement;
    /// Instead of `placement`: place the plots on the map this stratification was drawn from
    /// (ProjectService::placementFor), their coordinates in `placeColumns`. Without either,
    /// `placeColumns` still names the coordinates' CRS, which is recorded with the plots.
    std::string placeOn;
    PointColumns placeColumns;
    TableReading plotsReading; ///< encoding and columns (default: detected)
    TableReading treesReading;
    /// Everything checked as the import checks it, nothing written (the problems listed, or
    /// the counts an import would give).
    bool checkOnly = false;
};

struct ImportSummary
{
    /// Every problem found (file, row, column, what) up to core::Problems::kListed, the rest
    /// counted; nothing was written when not empty.
    std::vector<core::Error> problems;
    std::int64_t unlistedProblems = 0;
    std::int64_t plots = 0;
    std::int64_t trees = 0;
    int placedByLocation = 0; ///< plots without a recorded stratum given the map's
    int disagreements = 0;    ///< recorded stratum kept, differs from the map's
    int outsideStrata = 0;    ///< plots the map puts in no stratum
    bool checkedOnly = false; ///< nothing was written (ImportRequest::checkOnly)
    /// The CRS recorded with the plots' coordinates ("EPSG:4527"); empty when they have none
    /// or it is not known (ImportRequest::placeColumns.crs names it).
    std::string plotsCrs;
    bool imported() const { return problems.empty() && !checkedOnly; }
};

struct ComputeRequest
{
    std::string period;
    std::string stratification;
    std::string speciesTable;     ///< empty: the shipped set
    std::string rootShootClasses; ///< empty: IPCC 2006 Table 4.4
    double confidence = 0.90;
};

struct StratumStock
{
    std::string stratum;
    int plots = 0;
    core::Hectares area;
    double meanTco2eHa = 0.0, sdTco2eHa = 0.0, seTco2eHa = 0.0;
    double totalTco2e = 0.0;
    /// t(confidence, n − 1) · SE, per hectare; NaN with fewer than two plots (no degrees
    /// of freedom). The stratum's own interval, as the stratum chart draws it.
    double ciHalfWidthTco2eHa = 0.0;
    double uncertainty = 0.0; ///< ciHalfWidth / mean, a fraction; NaN when undefined
};

struct StockSummary
{
    std::string period;
    std::string parameterSet;
    std::string stratification;
    int plots = 0;
    int trees = 0;
    int outsideRangeTrees = 0;
    core::Hectares area;
    double totalTco2e = 0.0;
    double uncertainty = 0.0; ///< fraction
    double confidence = 0.0;
    double discountFraction = 0.0;
    double conservativeTotalTco2e = 0.0;
    std::vector<std::string> speciesNotConfirmed; ///< "杉木 UNCONFIRMED"
    std::vector<StratumStock> strata;
};

enum class ChangeMethod
{
    Automatic,      ///< B when both periods measured the same plots, else A
    TwoInventories, ///< AR-TOOL14 §6.1 Method A
    PairedPlots     ///< AR-TOOL14 §6.2 Method B
};

struct CompareRequest
{
    std::string period;
    std::string earlier; ///< empty: the previous period
    ChangeMethod method = ChangeMethod::Automatic;
};

struct ChangeSummary
{
    std::string method; ///< "A" or "B"
    std::string earlier, later;
    double years = 0.0;
    double changeTco2e = 0.0;
    double annualChangeTco2e = 0.0;
    double uncertainty = 0.0;
    double discountFraction = 0.0;
    double conservativeChangeTco2e = 0.0;
};

/// A period's net removals (METHODOLOGY 3.6, UNCONFIRMED exact form):
/// net = ΔC_project − project emissions − baseline removals − leakage, each term kept with
/// its uncertainty and discount. Complete only with the change and all three terms.
struct NetRemovalsSummary
{
    std::string period;
    std::optional<ChangeSummary> change; ///< ΔC_project: the period's change result; none yet
    std::vector<NetTermValue> terms;     ///< entered, in NetTerm order
    std::vector<NetTerm> missing;        ///< not entered yet
    double netTco2e = 0.0;               ///< when complete
    double conservativeNetTco2e = 0.0;   ///< when complete; NaN when ΔC = 0
    bool complete() const { return change && missing.empty(); }
};

struct StratificationInfo
{
    std::string name;
    std::string method; ///< table, raster-rules, age-group, stands
    int strata = 0;
    core::Hectares total;
    std::vector<core::StratumArea> areas; ///< each stratum's, as recorded
};

/// A species row of a stored parameter set: its key and status (CONFIRMED, SECONDARY,
/// UNCONFIRMED…) and source.
struct ParameterRow
{
    std::string species, status, source;
};

struct ParameterSetInfo
{
    std::string name, version, sha256, source;
    std::vector<ParameterRow> rows;
    /// The species table as stored (its header and cells: equations, coefficients, validity
    /// ranges, factors, status and source of every row).
    core::Table table;
};

/// A period with the results stored for it (none until computed).
/// A plot as the explorer lists it under its period.
struct PlotBrief
{
    std::string id;
    std::string stratum; ///< recorded (empty: none)
};

struct PeriodOverview
{
    PeriodInfo period;
    std::vector<PlotBrief> plots; ///< in import order
    std::optional<StockSummary> stock;
    std::optional<ChangeSummary> change;
    NetRemovalsSummary net;
};

/// What the window's explorer shows of a project, read in one go (layer hashes included, so
/// run it as a job).
struct ProjectOverview
{
    std::string path;
    ProjectSummary project;
    ProjectProperties properties;
    std::vector<LayerInfo> layers;
    std::vector<StratificationInfo> stratifications;
    std::vector<PeriodOverview> periods;
    std::vector<ParameterSetInfo> parameterSets;
};

struct SealSummary
{
    std::string period;
    int revision = 1;
    std::string digest;
};

struct SealStatus
{
    std::string period;
    int revision = 1;
    std::string storedDigest, recomputedDigest;
    bool chainIntact = true;
    std::string status;      ///< the period's status now
    bool statusValid = true; ///< submitted or verified (a sealed draft was changed in SQL)
    std::string publicKey;   ///< of the seal's signature; empty when unsigned
    bool signatureValid = false;
    bool trustRequired = false; ///< verify was given trusted keys: each seal must be signed
    bool trusted = false;       ///< signed, validly, by one of them
    /// What differs from the sealed content: the manifest's parts (project, period, plot,
    /// tree, result, value, parameter_set, stratification, stratum, layer, audit); empty for
    /// seals older than format 3.
    std::vector<std::string> differingParts;
    bool signatureOk() const
    {
        return trustRequired ? trusted : publicKey.empty() || signatureValid;
    }
    bool ok() const
    {
        return storedDigest == recomputedDigest && chainIntact && statusValid && signatureOk();
    }
};

/// One row of the audit log: who did what, when, with the values before and after.
struct AuditEntry
{
    std::int64_t id = 0;
    std::string at, user, action, entity;
    std::int64_t entityId = 0;
    std::string beforeJson, afterJson;
    bool linked = false; ///< in the hash chain (false: written outside Tanhui since)
};

/// The audit log's hash chain recomputed from its first row.
struct AuditChainStatus
{
    enum class Breach
    {
        None,
        RowChanged,  ///< the row at brokenAt, or one before it, changed or was removed
        LinkMissing, ///< rows before brokenAt lost their links
        RowRemoved,  ///< the linked row brokenAt is gone
    };
    std::int64_t rows = 0;
    std::int64_t unlinked = 0; ///< the last rows, written outside Tanhui since its last change
    std::int64_t brokenAt = 0;
    Breach breach = Breach::None;
    bool ok() const { return breach == Breach::None; }
};

struct ValueDifference
{
    std::string kind, key, stored, recomputed;
};

struct RecomputeStatus
{
    std::string period;
    int revision = 1;
    std::size_t valuesCompared = 0;
    std::vector<ValueDifference> differences;
    std::optional<core::Error> failure;
    bool ok() const { return !failure && differences.empty(); }
};

/// A seal the audit log records that the project no longer holds.
struct LostSeal
{
    std::string period; ///< label (from the audit log when the period was deleted)
    std::string seal;   ///< as recorded when it was made
    std::string now;    ///< the period's seal now; empty when unsealed or deleted
    bool periodExists = false;
};

struct VerifyReport
{
    std::vector<SealStatus> seals;
    std::vector<RecomputeStatus> recomputed;
    std::vector<LayerInfo> layers;
    std::vector<ReceiptCheck> receipts; ///< of the receipts the verifier kept, when given
    std::vector<LostSeal> lostSeals;
    AuditChainStatus audit;
    bool ok() const;
};

} // namespace tanhui::workflow
