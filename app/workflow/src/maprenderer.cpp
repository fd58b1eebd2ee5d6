// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/maprenderer.h"

#include <QFutureWatcher>

#include <QtConcurrent/QtConcurrentRun>

namespace tanhui::workflow {

// What the worker shares with the renderer: its flag and its result. The worker holds the
// layer and this, so that it runs to its end safely whatever the renderer does meanwhile.
struct MapRenderer::Running
{
    std::uint64_t generation = 0;
    std::atomic<bool> cancel{false};
    std::shared_ptr<ClassImage> image; ///< drawn into
    std::optional<core::Result<void>> result;
};

MapRenderer::MapRenderer(QObject* parent)
    : QObject(parent)
{}

MapRenderer::~MapRenderer()
{
    cancel();
}

void MapRenderer::setLayer(std::shared_ptr<const MapLayer> layer)
{
    cancel();
    m_layer = std::move(layer);
}

std::uint64_t MapRenderer::request(const MapWindow& window, int width, int height)
{
    m_waiting = Request{++m_generation, window, width, height};
    if (m_running)
        m_running->cancel.store(true);
    else
        startWaiting();
    return m_generation;
}

void MapRenderer::cancel()
{
    ++m_generation; // what runs now is no longer reported
    m_waiting.reset();
    if (m_running)
        m_running->cancel.store(true);
}

void MapRenderer::startWaiting()
{
    if (!m_waiting || !m_layer)
        return;
    const Request r = *m_waiting;
    m_waiting.reset();
    auto running = std::make_shared<Running>();
    running->generation = r.generation;
    // The last image reported, once the view has let it go, is drawn into again: a view's
    // pixels then touch no fresh memory (a page fault every 4 KiB costs a view milliseconds).
    running->image = m_recycled && m_recycled.use_count() == 1 ? std::move(m_recycled)
                                                               : std::make_shared<ClassImage>();
    m_recycled.reset();
    m_running = running;
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, running] {
        watcher->deleteLater();
        finish(running);
    });
    watcher->setFuture(QtConcurrent::run([layer = m_layer, running, r] {
        running->result =
            layer->render(r.window, r.width, r.height, running->cancel, *running->image);
    }));
}

void MapRenderer::finish(const std::shared_ptr<Running>& running)
{
    if (m_running == running)
        m_running.reset();
    // Reported only when no newer request has been made since.
    if (running->generation == m_generation && running->result) {
        if (*running->result)
            emit rendered(running->generation, running->image);
        else if (running->result->error().code != core::ErrorCode::Cancelled)
            emit failed(running->generation, running->result->error());
    }
    m_recycled = std::move(running->image);
    startWaiting();
}

} // namespace tanhui::workflow
