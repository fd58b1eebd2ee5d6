// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/projectservice.h"

#include "tanhui/core/version.h"
#include "tanhui/gis/crscatalogue.h"
#include "tanhui/gis/rasterinfo.h"
#include "tanhui/store/computation.h"
#include "tanhui/store/resultkeys.h"
#include "tanhui/workflow/jobcontext.h"

#include "projectimpl.h"

namespace tanhui::workflow {

namespace {

PeriodInfo periodInfo(const store::Period& p)
{
    return {p.id, p.label, p.startDate, p.endDate, p.status, p.revision, p.sealed, p.sealHash};
}

} // namespace

core::Error projectError(const std::string& path, core::ErrorCode code, const std::string& detail,
                         const std::string& column)
{
    return {code, detail, path, 0, column};
}

const char* layerKindName(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Raster:
        return "raster";
    case LayerKind::Polygons:
        return "polygons";
    case LayerKind::Boundary:
        return "boundary";
    }
    return "";
}

const char* layerRoleName(LayerRole role)
{
    switch (role) {
    case LayerRole::Stands:
        return "stands";
    case LayerRole::Age:
        return "age";
    case LayerRole::SpeciesGroup:
        return "species-group";
    case LayerRole::Origin:
        return "origin";
    case LayerRole::Boundary:
        return "boundary";
    }
    return "";
}

std::optional<LayerKind> layerKindFromName(const std::string& name)
{
    for (LayerKind k : {LayerKind::Raster, LayerKind::Polygons, LayerKind::Boundary})
        if (name == layerKindName(k))
            return k;
    return std::nullopt;
}

std::optional<LayerRole> layerRoleFromName(const std::string& name)
{
    for (LayerRole r : {LayerRole::Stands, LayerRole::Age, LayerRole::SpeciesGroup,
                        LayerRole::Origin, LayerRole::Boundary})
        if (name == layerRoleName(r))
            return r;
    return std::nullopt;
}

LayerState LayerInfo::state() const
{
    if (currentSha256.empty())
        return LayerState::Missing;
    return currentSha256 == sha256 ? LayerState::Unchanged : LayerState::Changed;
}

bool VerifyReport::ok() const
{
    for (const SealStatus& s : seals)
        if (!s.ok())
            return false;
    for (const RecomputeStatus& r : recomputed)
        if (!r.ok())
            return false;
    for (const LayerInfo& l : layers)
        if (l.state() != LayerState::Unchanged)
            return false;
    for (const ReceiptCheck& r : receipts)
        if (!r.ok())
            return false;
    return lostSeals.empty() && audit.ok();
}

ProjectService::ProjectService(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}
ProjectService::ProjectService(ProjectService&&) noexcept = default;
ProjectService& ProjectService::operator=(ProjectService&&) noexcept = default;
ProjectService::~ProjectService() = default;

core::Result<ProjectService> ProjectService::create(const std::string& path,
                                                    const std::string& name,
                                                    const std::string& methodology)
{
    auto project = store::Project::create(path, {name, methodology, ""});
    if (!project)
        return project.error();
    return ProjectService(std::make_unique<Impl>(Impl{path, std::move(project).value()}));
}

core::Result<ProjectService> ProjectService::open(const std::string& path)
{
    auto project = store::Project::open(path);
    if (!project)
        return project.error();
    return ProjectService(std::make_unique<Impl>(Impl{path, std::move(project).value()}));
}

const std::string& ProjectService::path() const
{
    return m_impl->path;
}

core::Result<ProjectSummary> ProjectService::summary()
{
    const auto info = m_impl->project.info();
    if (!info)
        return info.error();
    return ProjectSummary{info->name, info->methodology};
}

core::Result<std::int64_t> ProjectService::addPeriod(const std::string& label,
                                                     const std::string& startDate,
                                                     const std::string& endDate)
{
    return m_impl->project.addPeriod(label, startDate, endDate);
}

core::Result<std::vector<PeriodInfo>> ProjectService::periods()
{
    const auto periods = m_impl->project.periods();
    if (!periods)
        return periods.error();
    std::vector<PeriodInfo> infos;
    for (const store::Period& p : *periods)
        infos.push_back(periodInfo(p));
    return infos;
}

core::Result<std::int64_t> ProjectService::addLayer(LayerKind kind, LayerRole role,
                                                    const std::string& path)
{
    std::string crs;
    if (kind == LayerKind::Raster) {
        const auto info = gis::readRasterInfo(path);
        if (!info)
            return info.error();
        crs = info->crsWkt;
    }
    return m_impl->project.addLayer(layerKindName(kind), layerRoleName(role), path, crs);
}

core::Result<std::vector<LayerInfo>> ProjectService::layers()
{
    const auto layers = m_impl->project.layers();
    if (!layers)
        return layers.error();
    std::vector<LayerInfo> infos;
    for (const store::Layer& l : *layers)
        infos.push_back({l.id, l.kind, l.role, l.path, l.location, l.sha256, l.currentSha256,
                         gis::crsCode(l.crsWkt)});
    return infos;
}

core::Result<std::string> ProjectService::boundaryLayer()
{
    const auto layers = m_impl->project.layers(false);
    if (!layers)
        return layers.error();
    std::string found;
    for (const store::Layer& l : *layers)
        if (l.role == layerRoleName(LayerRole::Boundary) && !l.location.empty())
            found = l.location;
    return found;
}

core::Result<std::vector<core::PlausibilityLimit>> ProjectService::plausibilityLimits()
{
    return m_impl->project.plausibilityLimits();
}

core::Result<void> ProjectService::setPlausibilityLimit(core::Measure measure, double min,
                                                        double max, const std::string& reason)
{
    return m_impl->project.setPlausibilityLimit(measure, min, max, reason);
}

core::Result<SealSummary> ProjectService::seal(const std::string& period,
                                               const std::string& signingKey)
{
    const auto id = m_impl->project.findPeriod(period);
    if (!id)
        return id.error();
    const auto digest = m_impl->project.sealPeriod(*id, signingKey);
    if (!digest)
        return digest.error();
    const auto sealed = m_impl->project.period(*id);
    return SealSummary{period, sealed ? sealed->revision : 1, *digest};
}

core::Result<std::vector<AuditEntry>> ProjectService::auditLog()
{
    auto rows = m_impl->project.auditLog();
    if (!rows)
        return rows.error();
    std::vector<AuditEntry> entries;
    entries.reserve(rows->size());
    for (store::AuditEntry& r : *rows)
        entries.push_back({r.id, std::move(r.at), std::move(r.user), std::move(r.action),
                           std::move(r.entity), r.entityId, std::move(r.beforeJson),
                           std::move(r.afterJson), r.linked});
    return entries;
}

core::Result<SealReceipt> ProjectService::receipt(const std::string& period)
{
    const auto id = m_impl->project.identity();
    const auto info = m_impl->project.info();
    const auto seals = m_impl->project.verifySeals();
    if (!id || !info || !seals)
        return !id ? id.error() : !info ? info.error() : seals.error();
    for (auto it = seals->rbegin(); it != seals->rend(); ++it)
        if (it->label == period)
            return SealReceipt{*id,          info->name,     it->label,
                               it->revision, it->storedHash, it->previousHash,
                               it->position, it->sealedAt,   core::kVersionString};
    return projectError(m_impl->path, core::ErrorCode::UnknownReference,
                        "no sealed period labelled \"" + period + "\"", "period");
}

core::Result<std::int64_t> ProjectService::revise(const std::string& period,
                                                  const std::string& reason)
{
    const auto id = m_impl->project.findPeriod(period);
    if (!id)
        return id.error();
    return m_impl->project.reviseSealedPeriod(*id, reason);
}

core::Result<std::vector<std::string>> ProjectService::exportCsv(const std::string& directory)
{
    return m_impl->project.exportCsv(directory);
}

core::Result<std::vector<std::pair<core::Plot, std::int64_t>>>
ProjectService::plots(const std::string& period)
{
    store::Project& project = m_impl->project;
    const auto id = project.findPeriod(period);
    if (!id)
        return id.error();
    auto plots = project.plots(*id);
    if (!plots)
        return plots.error();
    const auto counts = project.treeCounts(*id);
    if (!counts)
        return counts.error();
    std::vector<std::pair<core::Plot, std::int64_t>> out;
    for (std::size_t i = 0; i < plots->size() && i < counts->size(); ++i)
        out.emplace_back(std::move((*plots)[i]), (*counts)[i]);
    return out;
}

core::Result<std::vector<core::PlotValue>> ProjectService::plotCarbon(const std::string& period)
{
    const auto id = m_impl->project.findPeriod(period);
    if (!id)
        return id.error();
    const auto results = m_impl->project.results(*id);
    if (!results)
        return results.error();
    for (const store::PeriodResult& r : *results)
        if (r.kind == store::keys::kPlotCarbon)
            return store::plotValues(r);
    return std::vector<core::PlotValue>();
}

core::Result<std::vector<core::Tree>> ProjectService::trees(const std::string& period,
                                                            const std::string& plot)
{
    const auto id = m_impl->project.findPeriod(period);
    if (!id)
        return id.error();
    return m_impl->project.trees(*id, plot);
}

} // namespace tanhui::workflow
