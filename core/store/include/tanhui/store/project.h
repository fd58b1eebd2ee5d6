// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/biomass.h"
#include "tanhui/core/fielddata.h"
#include "tanhui/core/plausibility.h"
#include "tanhui/core/result.h"
#include "tanhui/core/stratifiedestimate.h"
#include "tanhui/core/table.h"
#include "tanhui/store/database.h"

namespace tanhui::store {

struct ProjectInfo
{
    std::string name;
    std::string methodology; ///< e.g. "CCER-14-001-V01" or "VM0047"
    std::string crsWkt;
};

/// What a report's title block and a registry need of a project besides its name and
/// methodology; every field may be empty until known (a registration number comes late).
struct ProjectDetails
{
    std::string registrationId;     ///< project ID / registration number
    std::string methodologyVersion; ///< e.g. "V01"
    std::string proponent;          ///< project owner / proponent
    std::string creditingStart;     ///< YYYY-MM-DD, or empty
    std::string creditingEnd;       ///< YYYY-MM-DD after the start, or empty
    std::string location;           ///< province, county, township; coordinates
    std::string boundary;           ///< how the boundary is defined (map, layer, area)
    bool operator==(const ProjectDetails&) const = default;
};

/// One of the other terms of a period's net removals (the project's stock change is its
/// change result): t CO2e over the period's monitoring interval, signed for the baseline,
/// at least zero for emissions and leakage.
struct NetRemovalTerm
{
    std::string term;         ///< baseline, project-emissions or leakage
    double tco2e = 0.0;       ///< 0 when stated zero
    double uncertainty = 0.0; ///< fraction: 90 % CI half-width / |value|
    std::string source;       ///< where the value comes from, or why the term is zero
    bool statedZero = false;
};
/// The terms in the order net removals subtract them.
inline constexpr const char* kNetRemovalTerms[] = {"project-emissions", "baseline", "leakage"};

/// What the project refuses to store, checked without a project (a front end asks before it
/// lets a dialog go): a name and methodology, crediting dates YYYY-MM-DD in order; a known term
/// with a source, finite, not below zero but for the baseline. `path` names the file in errors.
core::Result<void> checkProjectDetails(const ProjectInfo& info, const ProjectDetails& details,
                                       const std::string& path = {});
core::Result<void> checkNetRemovalTerm(const NetRemovalTerm& term, const std::string& path = {});

struct Period
{
    std::int64_t id = 0;
    std::string label;
    std::string startDate; ///< YYYY-MM-DD
    std::string endDate;
    std::string status; ///< draft, submitted, verified
    int revision = 1;
    bool sealed = false;
    std::string sealHash; ///< empty when not sealed
};

/// What an import did, or why it did nothing: when `problems` is not empty no row was
/// written, and every bad row is listed (file, row, column, what) up to
/// core::Problems::kListed, the rest counted in `unlistedProblems`.
struct ImportReport
{
    std::vector<core::Error> problems;
    std::int64_t unlistedProblems = 0;
    std::int64_t plots = 0;
    std::int64_t trees = 0;
    bool imported() const { return problems.empty(); }
};

/// The trees of an import handed over one at a time: the next tree into `tree` and true, or
/// false at the end; a row that is not a tree goes to `problems` (see core::TreeRows).
using TreeFeed = std::function<core::Result<bool>(core::Tree& tree, core::Problems& problems)>;

/// The check of one sealed period: its content hashed again and compared with the seal,
/// and the seal's link to the period sealed before it.
struct SealCheck
{
    std::int64_t periodId = 0;
    std::string label;
    int revision = 1;
    std::string storedHash;
    std::string recomputedHash;
    bool chainIntact = true;  ///< previous_seal_hash is the seal of the period sealed before
    std::string previousHash; ///< as recorded with the seal
    std::string sealedAt;     ///< UTC, 2026-11-24T15:04:05Z
    int position = 0;         ///< 1 for the first seal of the project's chain
    std::string status;       ///< submitted or verified: a sealed draft was changed in SQL
    /// The manifest's parts (project, plot, tree, value, layer …) whose content differs from
    /// the sealed, for seals that recorded their parts (format 3).
    std::vector<std::string> differingParts;
    std::string publicKey;       ///< of the signature; empty when the seal is not signed
    bool signatureValid = false; ///< the signature is publicKey's over sealSignatureMessage
    bool statusValid() const { return status == "submitted" || status == "verified"; }
    bool matches() const { return storedHash == recomputedHash && chainIntact && statusValid(); }
};

/// The audit log's hash chain recomputed from its rows and compared with the links stored.
struct AuditChainCheck
{
    enum class Breach
    {
        None,
        RowChanged,  ///< the row at brokenAt, or one before it, changed or was removed
        LinkMissing, ///< rows before brokenAt lost their links
        RowRemoved,  ///< the row brokenAt was linked and is gone
    };
    std::int64_t rows = 0;
    std::int64_t linked = 0;
    std::int64_t unlinked = 0; ///< rows after the last link: written outside Tanhui since
    std::int64_t brokenAt = 0; ///< audit row id of the first breach; 0 for none
    Breach breach = Breach::None;
    bool intact() const { return breach == Breach::None; }
};

/// What a seal's signature signs: the project's identity, the period and the seal.
std::string sealSignatureMessage(const std::string& projectIdentity, std::int64_t periodId,
                                 const std::string& seal);

/// One row of the audit log, with whether the hash chain links it yet.
struct AuditEntry
{
    std::int64_t id = 0;
    std::string at; ///< UTC
    std::string user;
    std::string action; ///< e.g. import, compute, seal, update, delete
    std::string entity; ///< the table
    std::int64_t entityId = 0;
    std::string beforeJson, afterJson; ///< empty when none
    bool linked = false;
};

/// A layer (raster or polygons) the project uses, recorded by path and content hash.
struct Layer
{
    std::int64_t id = 0;
    std::string kind; ///< raster, polygons, boundary
    std::string role; ///< e.g. "age", "species-group", "stands"
    std::string path; ///< as recorded: relative to the project file's folder (older: absolute)
    std::string sha256;
    std::string currentSha256; ///< of the file now; empty when it cannot be read
    std::string location;      ///< where the file was found now (empty when missing)
    std::string crsWkt;        ///< a raster's CRS as recorded; empty for other layers
    bool unchanged() const { return !currentSha256.empty() && currentSha256 == sha256; }
};

/// Strata and their areas, with how they were obtained (method: "table", "raster-rules",
/// "age-group", "stands"), the rules as JSON and the layer they were computed from.
struct Stratification
{
    std::int64_t id = 0;
    std::string name;
    std::string method = "table";
    std::string rulesJson = "{}";
    std::optional<std::int64_t> layerId;
    std::vector<core::StratumArea> strata;
};

/// A parameter set as the project keeps it: the species table and the root-shoot classes
/// whole (so that a verifier recomputes with exactly them), and the SHA-256 of their text.
struct StoredParameterSet
{
    std::int64_t id = 0;
    std::string name;
    std::string version;
    std::string sha256;
    std::string source; ///< file the species table was read from
    core::Table species;
    std::optional<core::Table> rootShootClasses;
};

/// One value of a result: a number (NaN when undefined, e.g. U of a zero mean) or a text.
struct ResultValue
{
    std::string key;
    double number = NAN;
    std::string text;
    bool isText = false;
};

/// A result of a period ("plot_carbon", "stock", "change") with what it was computed from.
struct PeriodResult
{
    std::int64_t id = 0;
    std::string kind;
    std::optional<std::int64_t> parameterSetId;
    std::optional<std::int64_t> stratificationId;
    std::optional<std::int64_t> earlierPeriodId;
    std::vector<ResultValue> values;
    /// SHA-256 of what it was computed from (Project::inputsSha256 for a stock, the two stocks'
    /// for a change); empty for a result stored before schema 5, which a seal refuses.
    std::string inputsSha256;
    const ResultValue* find(const std::string& key) const;
};

/// SHA-256 of a file's bytes, read in blocks; Error{FileNotFound|FileUnreadable}.
core::Result<std::string> fileSha256(const std::string& path);

/// A monitoring project: one SQLite file (.tanhui) holding periods, plots, trees,
/// parameters, results and an append-only audit log. Every change is one transaction and
/// one audit entry naming the OS user. Not thread-safe; one Project per thread.
class Project
{
public:
    /// Creates a new project file; fails with InvalidArgument if `path` exists.
    static core::Result<Project> create(const std::string& path, const ProjectInfo& info);
    /// Opens an existing project, upgrading an older schema in one transaction. Fails with
    /// SchemaTooNew for a file written by a newer Tanhui, UnsupportedFormat for a SQLite
    /// file that is not a project, FileNotFound, CorruptData.
    static core::Result<Project> open(const std::string& path);

    core::Result<ProjectInfo> info();
    /// A stable identifier of this project (SHA-256 of its name, creation time, creator and the
    /// random id given at creation, which SQLite guards once a period is sealed), for receipts.
    core::Result<std::string> identity();
    /// A new draft period; dates YYYY-MM-DD with the end after the start (InvalidArgument,
    /// OutOfRange otherwise).
    core::Result<std::int64_t> addPeriod(const std::string& label, const std::string& startDate,
                                         const std::string& endDate);
    core::Result<std::vector<Period>> periods();

    /// Imports the plots and trees of one period, all or nothing, in one transaction: every
    /// row is checked as it is written (plot ids unique and new, areas and slopes valid, every
    /// tree in a plot of this import or period, DBH and height positive, areas, slopes, DBH
    /// and heights within the project's plausibility limits), and the transaction is rolled
    /// back when any row has a problem. Trees are read from `trees` one at a time, so that a
    /// tally of any size is never held; the plots' ids are. `keepGoing`, called every few
    /// thousand trees, cancels the import (Error{Cancelled}, nothing written) by returning
    /// false. A sealed period accepts no import.
    core::Result<ImportReport> importPlotsAndTrees(std::int64_t periodId,
                                                   const std::vector<core::Plot>& plots,
                                                   const std::string& plotsSource,
                                                   const TreeFeed& trees,
                                                   const std::string& treesSource,
                                                   const std::function<bool()>& keepGoing = {});
    /// The same with the trees held in a vector.
    core::Result<ImportReport> importPlotsAndTrees(std::int64_t periodId,
                                                   const std::vector<core::Plot>& plots,
                                                   const std::vector<core::Tree>& trees,
                                                   const std::string& plotsSource,
                                                   const std::string& treesSource);

    /// The project's name and methodology (unchangeable once a period is sealed: its seal
    /// covers them) and its details, changed in one transaction, audited before and after.
    core::Result<ProjectDetails> details();
    core::Result<void> setProperties(const ProjectInfo& info, const ProjectDetails& details);

    /// The other terms of net removals stored for a period, in kNetRemovalTerms order.
    core::Result<std::vector<NetRemovalTerm>> netRemovalTerms(std::int64_t periodId);
    /// Stores (or replaces) terms of a draft period, all or none, audited; a value must be
    /// finite (and not negative for emissions and leakage), its uncertainty finite and not
    /// negative, its source (or the reason it is zero) given.
    core::Result<void> setNetRemovalTerms(std::int64_t periodId,
                                          const std::vector<NetRemovalTerm>& terms);

    /// The limits outside which a measurement is refused at import (Tanhui's defaults until
    /// the project changes one); a limit's source names the project's reason when changed.
    core::Result<std::vector<core::PlausibilityLimit>> plausibilityLimits();
    /// Changes the limits of one measure, with a reason (required), audited before and after.
    core::Result<void> setPlausibilityLimit(core::Measure measure, double min, double max,
                                            const std::string& reason);

    /// Seals a period: its period row, plots, trees, results, the parameter sets and
    /// stratifications those results used, the layers' hashes, the audit log's hash chain up
    /// to now, the software version and the previous seal are hashed (SHA-256) into the seal;
    /// the period becomes 'submitted' and read-only, which SQLite triggers enforce. Refused
    /// unless the period has plots and results computed from its inputs as they are now.
    /// With `signingKey` (an Ed25519 private key, PEM) the seal is signed
    /// (sealSignatureMessage). Returns the seal.
    core::Result<std::string> sealPeriod(std::int64_t periodId, const std::string& signingKey = {});

    /// Re-hashes every sealed period and checks the chain; a value edited behind Tanhui's
    /// back (e.g. with another SQLite client after dropping the triggers) shows as a
    /// mismatch.
    core::Result<std::vector<SealCheck>> verifySeals();
    /// The audit log's hash chain, recomputed from the first row.
    core::Result<AuditChainCheck> checkAuditChain();
    /// The audit log, oldest first.
    core::Result<std::vector<AuditEntry>> auditLog();

    /// A seal the audit log says was made that the project no longer holds: its period deleted,
    /// its seal nulled or replaced (the trial's "unseal in SQL").
    struct LostSeal
    {
        std::int64_t periodId = 0;
        std::string label; ///< from the audit log when the period is gone
        std::string seal;  ///< as the audit log recorded it
        std::string now;   ///< the period's seal now; empty when unsealed or deleted
        bool periodExists = false;
    };
    core::Result<std::vector<LostSeal>> lostSeals();

    /// A correction of a sealed period: a new draft revision with the same label and dates,
    /// a copy of its plots, trees and net-removal terms, and the reason recorded (audited).
    core::Result<std::int64_t> reviseSealedPeriod(std::int64_t periodId, const std::string& reason);

    /// Records a layer file with its SHA-256 (and CRS, as WKT, when the caller knows it), by
    /// its path relative to the project file's folder (so that a project copied with its
    /// layers still finds them) and its absolute path as a hint; the same file with the same
    /// content recorded already gives that row's id.
    core::Result<std::int64_t> addLayer(const std::string& kind, const std::string& role,
                                        const std::string& path, const std::string& crsWkt);
    /// Every layer with the hash recorded and (with `hashNow`) the hash of the file as it is
    /// now, looked for beside the project first (its relative path, then its file name), then
    /// at the absolute path it was recorded from.
    core::Result<std::vector<Layer>> layers(bool hashNow = true);
    /// Where the file a layer was recorded from as `path` (as it was given then) is now:
    /// beside the project first (the project and its layers may have moved together), then
    /// where it was. Without hashing it. `path` itself when no layer was recorded from it or
    /// it is not found (so that an error names it).
    core::Result<std::string> layerFileNow(const std::string& path);

    /// The id of the latest revision of the period labelled `label`.
    core::Result<std::int64_t> findPeriod(const std::string& label);
    core::Result<Period> period(std::int64_t periodId);
    /// The plots and trees of a period, in import order.
    core::Result<std::vector<core::Plot>> plots(std::int64_t periodId);
    /// With `plotCode`, the trees of that plot only.
    core::Result<std::vector<core::Tree>> trees(std::int64_t periodId,
                                                const std::string& plotCode = {});
    /// The number of trees of each plot of a period, in the order of plots().
    core::Result<std::vector<std::int64_t>> treeCounts(std::int64_t periodId);
    /// The number of plots of a period.
    core::Result<std::int64_t> plotCount(std::int64_t periodId);
    /// The plots of a period in import order, each with its trees (in import order; none for a
    /// plot without trees), handed to `visit` one plot at a time: a period of any size is held
    /// a plot at a time. An Error from `visit` stops the reading and is returned.
    using PlotVisitor =
        std::function<core::Result<void>(const core::Plot&, const std::vector<core::Tree>&)>;
    core::Result<void> forEachPlot(std::int64_t periodId, const PlotVisitor& visit);

    /// Records strata and their areas under a new, unique name; returns its id.
    core::Result<std::int64_t> addStratification(const Stratification& stratification);
    core::Result<Stratification> stratification(std::int64_t id);
    core::Result<Stratification> findStratification(const std::string& name);
    /// Every stratification with its strata, in the order recorded.
    core::Result<std::vector<Stratification>> stratifications();

    /// Stores a parameter set (name and version from its parameter_set and version
    /// columns) once it reads as one: every equation compiles with `compiler`, every row
    /// has its status and source; a bad table is refused with its file, row and column and
    /// nothing is stored. The same content stored twice is one row. Returns its id.
    core::Result<std::int64_t> addParameterSet(const core::Table& species,
                                               const core::Table* rootShootClasses,
                                               const core::EquationCompiler& compiler);
    core::Result<StoredParameterSet> parameterSet(std::int64_t id);
    /// The ids of the parameter sets stored, in the order stored.
    core::Result<std::vector<std::int64_t>> parameterSetIds();

    /// Replaces the period's results of the same kinds by `results`, in one transaction;
    /// a sealed period refuses (in SQLite).
    core::Result<void> replaceResults(std::int64_t periodId,
                                      const std::vector<PeriodResult>& results);
    core::Result<std::vector<PeriodResult>> results(std::int64_t periodId);
    /// SHA-256 of what a stock of the period is computed from: its plots and trees, the
    /// parameter set and the stratification with its strata, as they are stored now. Parts
    /// named in `knownParts` ("tag sha256" lines of a format-3 manifest, hashed just before in
    /// the same transaction) are taken from it instead of read again.
    core::Result<std::string> inputsSha256(std::int64_t periodId, std::int64_t stratificationId,
                                           std::int64_t parameterSetId,
                                           const std::string& knownParts = {});

    /// Writes every table as `<directory>/<table>.csv` (UTF-8, header row, numbers with
    /// round-trip precision, NULL as an empty cell); returns the files written.
    core::Result<std::vector<std::string>> exportCsv(const std::string& directory);

    /// Number of rows of `table` in the project (for reports and tests); `table` must be
    /// one of the schema's table names.
    core::Result<std::int64_t> count(const std::string& table);

    Database& database() { return m_db; }

    /// A transaction of the project: names the OS user to the audit triggers for its
    /// duration (the name is removed before commit). Nested, it is a savepoint of the outer
    /// one, so that several changes (a compute's parameter set and results) commit as one.
    core::Result<void> transaction(const std::function<core::Result<void>()>& work);

private:
    explicit Project(Database db);
    /// What a seal's manifest covers besides the period's rows.
    struct SealBasis
    {
        int format = 0;
        std::string sealedByVersion;
        std::string previousSeal;
        std::int64_t layerLimit = 0; ///< the layers up to this id (formats 2 and 3)
        std::int64_t auditId = 0;    ///< the audit chain up to this row (format 3)
    };
    /// The SHA-256 of the period's seal manifest, hashed as it is read.
    /// With `partDigests`, also each part's own SHA-256 ("tag sha256" lines: project, period,
    /// plot, tree, result …).
    core::Result<std::string> manifestSha256(std::int64_t periodId, const SealBasis& basis,
                                             std::string* partDigests = nullptr);
    core::Result<void> audit(const std::string& action, const std::string& entity,
                             std::int64_t entityId, const std::string& beforeJson,
                             const std::string& afterJson);
    /// Fails unless the period has plots and a stock whose inputs are those stored now, and
    /// every other result of it was computed from the stocks stored now.
    /// `manifestParts`: the seal manifest's part digests, whose plot and tree parts stand for
    /// reading them again.
    core::Result<void> requireCurrentResults(std::int64_t periodId,
                                             const std::string& manifestParts);
    Database m_db;
};

/// The OS user running Tanhui (USER, LOGNAME, USERNAME or the system's account name).
std::string currentUser();

/// Now, UTC, as 2026-11-24T15:04:05Z.
std::string utcTimestamp();

} // namespace tanhui::store
