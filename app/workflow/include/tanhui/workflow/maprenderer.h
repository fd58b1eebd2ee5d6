// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QObject>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

#include "tanhui/core/error.h"
#include "tanhui/workflow/maplayer.h"

namespace tanhui::workflow {

/// Renders a map layer off the caller's thread, one view at a time (GUI-ANCHORS.md §1): each
/// request gets a generation; a render running for an older one is cancelled (a flag: never
/// waited for) and only the newest request waiting starts once it has stopped, so that a
/// view panned continuously renders at most one image behind. Only the newest generation's
/// image is reported; a renderer destroyed mid-render drops it.
class MapRenderer : public QObject
{
    Q_OBJECT
public:
    explicit MapRenderer(QObject* parent = nullptr);
    ~MapRenderer() override;

    void setLayer(std::shared_ptr<const MapLayer> layer);
    const std::shared_ptr<const MapLayer>& layer() const { return m_layer; }
    /// The generation of this request.
    std::uint64_t request(const MapWindow& window, int width, int height);
    /// Stops the running render (if any) and drops the waiting request.
    void cancel();
    bool isRendering() const { return m_running != nullptr; }
    std::uint64_t generation() const { return m_generation; }

signals:
    void rendered(std::uint64_t generation, std::shared_ptr<const tanhui::workflow::ClassImage>);
    void failed(std::uint64_t generation, const tanhui::core::Error& error);

private:
    struct Request
    {
        std::uint64_t generation = 0;
        MapWindow window;
        int width = 0, height = 0;
    };
    struct Running;
    void startWaiting();
    void finish(const std::shared_ptr<Running>& running);

    std::shared_ptr<const MapLayer> m_layer;
    std::uint64_t m_generation = 0;
    std::optional<Request> m_waiting;
    std::shared_ptr<Running> m_running;
    std::shared_ptr<ClassImage> m_recycled; ///< the last image drawn, to draw the next into
};

} // namespace tanhui::workflow
