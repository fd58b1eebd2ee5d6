// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// ProjectService: stock, change and verification, from what the project stores.
#include <QString>
#include <algorithm>
#include <limits>
#include <sstream>

#include "tanhui/core/studentt.h"
#include "tanhui/equation/muparsercompiler.h"
#include "tanhui/store/computation.h"
#include "tanhui/store/resultkeys.h"
#include "tanhui/workflow/inputs.h"
#include "tanhui/workflow/jobcontext.h"

#include "projectimpl.h"

namespace tanhui::workflow {

namespace {

double number(const store::PeriodResult& r, const std::string& key)
{
    const store::ResultValue* v = r.find(key);
    return v ? v->number : NAN;
}

std::string text(const store::PeriodResult& r, const std::string& key)
{
    const store::ResultValue* v = r.find(key);
    return v ? v->text : std::string();
}

// "杉木 UNCONFIRMED; 马尾松 SECONDARY" → its entries.
std::vector<std::string> splitList(const std::string& list)
{
    std::vector<std::string> items;
    std::string item;
    std::istringstream in(list);
    while (std::getline(in, item, ';')) {
        const auto first = item.find_first_not_of(' ');
        if (first != std::string::npos)
            items.push_back(item.substr(first));
    }
    return items;
}

// Strata of a stock result, in stored order (keys stratum:<name>:<field>), each with its
// own interval at the result's confidence.
std::vector<StratumStock> strataOf(const store::PeriodResult& stock, double confidence)
{
    namespace k = store::keys;
    const std::string prefix = k::kStratumPrefix;
    const std::string field = std::string(":") + k::kStratumPlots;
    std::vector<StratumStock> strata;
    for (const store::ResultValue& v : stock.values) {
        if (v.key.compare(0, prefix.size(), prefix) != 0 || v.key.size() <= field.size() ||
            v.key.compare(v.key.size() - field.size(), field.size(), field) != 0)
            continue;
        const std::string name =
            v.key.substr(prefix.size(), v.key.size() - prefix.size() - field.size());
        auto value = [&](const char* f) {
            return number(stock, k::stratumKey(name, f));
        };
        StratumStock s{name,
                       int(v.number),
                       core::Hectares(value(k::kStratumArea)),
                       value(k::kStratumMean),
                       value(k::kStratumSd),
                       value(k::kStratumSe),
                       value(k::kStratumTotal)};
        s.ciHalfWidthTco2eHa = s.plots > 1
                                   ? core::studentTTwoSided(confidence, s.plots - 1.0) * s.seTco2eHa
                                   : std::numeric_limits<double>::quiet_NaN();
        s.uncertainty = s.ciHalfWidthTco2eHa / s.meanTco2eHa;
        strata.push_back(s);
    }
    return strata;
}

void noticeSpecies(const ParameterTables& tables, const StockSummary& stock, JobContext& context)
{
    if (stock.speciesNotConfirmed.empty())
        return;
    const auto parameters = core::ParameterSet::fromTables(tables.species, &tables.rootShootClasses,
                                                           equation::MuParserCompiler());
    if (!parameters)
        return; // stored and computed with already: cannot fail here
    std::vector<const core::SpeciesParameters*> used;
    for (const std::string& entry : stock.speciesNotConfirmed)
        for (const core::SpeciesParameters& s : parameters->species)
            if (entry.compare(0, s.key.size() + 1, s.key + " ") == 0)
                used.push_back(&s);
    noticeNotConfirmed(used, context);
}

// Each receipt against the seals held now: the same project, a seal of that period and
// revision, with that digest, at that place of the chain.
core::Result<std::vector<ReceiptCheck>>
checkReceipts(store::Project& project, const std::vector<store::SealCheck>& seals,
              const std::vector<std::pair<std::string, SealReceipt>>& receipts)
{
    const auto id = project.identity();
    if (!id)
        return id.error();
    std::vector<ReceiptCheck> checks;
    for (const auto& entry : receipts) {
        const SealReceipt& receipt = entry.second; // (clang 14 captures no structured binding)
        ReceiptCheck check{entry.first, receipt, ReceiptVerdict::SealMissing, {}};
        const auto held = std::find_if(seals.begin(), seals.end(), [&](const auto& s) {
            return s.label == receipt.period && s.revision == receipt.revision;
        });
        if (receipt.projectId != *id)
            check.verdict = ReceiptVerdict::OtherProject;
        else if (held != seals.end()) {
            check.found = held->storedHash;
            check.verdict = held->storedHash != receipt.digest   ? ReceiptVerdict::DigestDiffers
                            : held->position != receipt.position ? ReceiptVerdict::PositionDiffers
                                                                 : ReceiptVerdict::Holds;
        }
        checks.push_back(std::move(check));
    }
    return checks;
}

store::ChangeMethod storeMethod(ChangeMethod method)
{
    switch (method) {
    case ChangeMethod::TwoInventories:
        return store::ChangeMethod::TwoInventories;
    case ChangeMethod::PairedPlots:
        return store::ChangeMethod::PairedPlots;
    case ChangeMethod::Automatic:
        break;
    }
    return store::ChangeMethod::Automatic;
}

} // namespace

StockSummary stockSummary(const std::string& period, const store::PeriodResult& stock)
{
    namespace k = store::keys;
    StockSummary s;
    s.period = period;
    s.parameterSet = text(stock, k::kParameterSet);
    s.stratification = text(stock, k::kStratification);
    s.plots = int(number(stock, k::kPlots));
    s.trees = int(number(stock, k::kTrees));
    s.outsideRangeTrees = int(number(stock, k::kOutsideRangeTrees));
    s.area = core::Hectares(number(stock, k::kAreaHa));
    s.totalTco2e = number(stock, k::kTotal);
    s.uncertainty = number(stock, k::kUncertainty);
    s.confidence = number(stock, k::kConfidence);
    s.discountFraction = number(stock, k::kDiscountFraction);
    s.conservativeTotalTco2e = number(stock, k::kConservativeTotal);
    s.speciesNotConfirmed = splitList(text(stock, k::kSpeciesNotConfirmed));
    s.strata = strataOf(stock, s.confidence);
    return s;
}

ChangeSummary changeSummary(const std::string& later, const store::PeriodResult& change)
{
    namespace k = store::keys;
    return {text(change, k::kMethod),
            text(change, k::kEarlierPeriod),
            later,
            number(change, k::kYears),
            number(change, k::kChangeTotal),
            number(change, k::kAnnualChange),
            number(change, k::kUncertainty),
            number(change, k::kDiscountFraction),
            number(change, k::kConservativeChange)};
}

core::Result<StockSummary> ProjectService::compute(const ComputeRequest& request,
                                                   JobContext& context)
{
    store::Project& project = m_impl->project;
    const auto period = project.findPeriod(request.period);
    if (!period)
        return period.error();
    const auto stratification = project.findStratification(request.stratification);
    if (!stratification)
        return stratification.error();
    context.beginPhase(Phase::ReadingInput);
    const auto tables = readParameterTables(request.speciesTable, request.rootShootClasses);
    if (!tables)
        return tables.error();
    const equation::MuParserCompiler compiler;
    // One transaction: the parameter set, the results and their audit entries are stored
    // together or not at all, and no import or seal comes between the inputs read and the
    // results written.
    std::vector<store::PeriodResult> results;
    auto done = project.transaction([&]() -> core::Result<void> {
        const auto parameters =
            project.addParameterSet(tables->species, &tables->rootShootClasses, compiler);
        if (!parameters)
            return parameters.error();
        context.beginPhase(Phase::Computing);
        auto computed = store::computeStock(project, *period, stratification->id, *parameters,
                                            compiler, {request.confidence});
        if (!computed)
            return computed.error();
        if (context.isCancelled())
            return core::Error{core::ErrorCode::Cancelled, {}, m_impl->path, 0, {}};
        results = std::move(computed).value();
        return project.replaceResults(*period, results);
    });
    if (!done)
        return done.error();
    StockSummary summary = stockSummary(request.period, results.back());
    noticeSpecies(*tables, summary, context);
    if (summary.conservativeTotalTco2e < 0.0)
        context.notify({NoticeCode::ConservativeBelowZero, request.period,
                        QString::number(summary.conservativeTotalTco2e, 'f', 3).toStdString(), 0});
    if (summary.outsideRangeTrees > 0)
        context.notify(
            {NoticeCode::TreesOutsideRange, request.period, {}, summary.outsideRangeTrees});
    return summary;
}

core::Result<ChangeSummary> ProjectService::compare(const CompareRequest& request,
                                                    JobContext& context)
{
    store::Project& project = m_impl->project;
    const auto later = project.findPeriod(request.period);
    if (!later)
        return later.error();
    const auto earlier = request.earlier.empty() ? store::previousPeriod(project, *later)
                                                 : project.findPeriod(request.earlier);
    if (!earlier)
        return earlier.error();
    context.beginPhase(Phase::Computing);
    store::PeriodResult change;
    auto done = project.transaction([&]() -> core::Result<void> {
        auto computed =
            store::computeChange(project, *later, *earlier, storeMethod(request.method));
        if (!computed)
            return computed.error();
        change = std::move(computed).value();
        return project.replaceResults(*later, {change});
    });
    if (!done)
        return done.error();
    return changeSummary(request.period, change);
}

core::Result<VerifyReport>
ProjectService::verify(JobContext& context,
                       const std::vector<std::pair<std::string, SealReceipt>>& receipts,
                       const std::vector<std::string>& trustedKeys)
{
    store::Project& project = m_impl->project;
    VerifyReport report;
    context.beginPhase(Phase::Verifying, 3);
    const auto seals = project.verifySeals();
    if (!seals)
        return seals.error();
    for (const store::SealCheck& c : *seals) {
        const bool trusted = c.signatureValid && std::find(trustedKeys.begin(), trustedKeys.end(),
                                                           c.publicKey) != trustedKeys.end();
        report.seals.push_back({c.label, c.revision, c.storedHash, c.recomputedHash, c.chainIntact,
                                c.status, c.statusValid(), c.publicKey, c.signatureValid,
                                !trustedKeys.empty(), trusted, c.differingParts});
    }
    const auto chain = project.checkAuditChain();
    if (!chain)
        return chain.error();
    report.audit = {chain->rows, chain->unlinked, chain->brokenAt,
                    AuditChainStatus::Breach(int(chain->breach))};
    const auto lost = project.lostSeals();
    if (!lost)
        return lost.error();
    for (const store::Project::LostSeal& l : *lost)
        report.lostSeals.push_back({l.label, l.seal, l.now, l.periodExists});
    context.setProgress(1, 3);
    if (auto held = checkReceipts(project, *seals, receipts); !held)
        return held.error();
    else
        report.receipts = std::move(held).value();
    const auto recomputed = store::recomputeSealed(project, equation::MuParserCompiler());
    if (!recomputed)
        return recomputed.error();
    for (const store::RecomputeCheck& c : *recomputed) {
        RecomputeStatus status{c.label, c.revision, c.valuesCompared, {}, c.failure};
        for (const store::ValueDifference& d : c.differences)
            status.differences.push_back({d.kind, d.key, d.stored, d.recomputed});
        report.recomputed.push_back(std::move(status));
    }
    context.setProgress(2, 3);
    auto layers = this->layers();
    if (!layers)
        return layers.error();
    report.layers = std::move(layers).value();
    context.setProgress(3, 3);
    return report;
}

} // namespace tanhui::workflow
