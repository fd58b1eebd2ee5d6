// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/crscatalogue.h"

#include <algorithm>
#include <array>
#include <string_view>

#include <proj.h>

#include "tanhui/gis/gisruntime.h"

namespace tanhui::gis {

namespace {

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// UTM zones 43N–53N cover China; the rest of the world's are left out of the list.
bool wanted(std::string_view name)
{
    constexpr std::array<std::string_view, 5> datums = {"CGCS2000", "Beijing 1954", "New Beijing",
                                                        "Xian 1980", "WGS 84"};
    if (startsWith(name, "WGS 84 / UTM zone ")) {
        const std::string_view zone = name.substr(18);
        return zone.size() == 3 && zone[2] == 'N' && zone.substr(0, 2) >= "43" &&
               zone.substr(0, 2) <= "53";
    }
    if (name == "China Geodetic Coordinate System 2000") // CGCS2000, EPSG:4490
        return true;
    for (std::string_view datum : datums)
        if (name == datum || (datum != "WGS 84" && startsWith(name, std::string(datum) + " / ")))
            return true;
    return false;
}

} // namespace

std::vector<CrsEntry> surveyCrsCatalogue()
{
    ensureGisRuntime();
    PJ_CONTEXT* ctx = proj_context_create();
    proj_context_set_enable_network(ctx, 0);
    std::vector<CrsEntry> entries;
    int count = 0;
    PROJ_CRS_INFO** list = proj_get_crs_info_list_from_database(ctx, "EPSG", nullptr, &count);
    for (int i = 0; i < count && list; ++i) {
        const PROJ_CRS_INFO* info = list[i];
        const bool geographic = info->type == PJ_TYPE_GEOGRAPHIC_2D_CRS;
        if (info->deprecated || !(geographic || info->type == PJ_TYPE_PROJECTED_CRS) ||
            !wanted(info->name))
            continue;
        const std::string_view name = info->name;
        entries.push_back({std::string("EPSG:") + info->code, info->name, geographic,
                           name.find("Gauss-Kruger zone") != std::string_view::npos});
    }
    proj_crs_info_list_destroy(list);
    proj_context_destroy(ctx);
    std::sort(entries.begin(), entries.end(), [](const CrsEntry& a, const CrsEntry& b) {
        return std::stoi(a.code.substr(5)) < std::stoi(b.code.substr(5));
    });
    return entries;
}

std::string crsCode(const std::string& wkt)
{
    if (wkt.empty())
        return {};
    ensureGisRuntime();
    PJ_CONTEXT* ctx = proj_context_create();
    proj_context_set_enable_network(ctx, 0);
    std::string code;
    if (PJ* crs = proj_create(ctx, wkt.c_str())) {
        const char* authority = proj_get_id_auth_name(crs, 0);
        const char* id = proj_get_id_code(crs, 0);
        if (authority && id) {
            code = std::string(authority) + ":" + id;
        } else {
            int* confidence = nullptr;
            PJ_OBJ_LIST* matches = proj_identify(ctx, crs, "EPSG", nullptr, &confidence);
            if (matches && proj_list_get_count(matches) > 0 && confidence[0] == 100) {
                PJ* best = proj_list_get(ctx, matches, 0);
                code = std::string("EPSG:") + proj_get_id_code(best, 0);
                proj_destroy(best);
            }
            proj_int_list_destroy(confidence);
            proj_list_destroy(matches);
        }
        proj_destroy(crs);
    }
    proj_context_destroy(ctx);
    return code;
}

} // namespace tanhui::gis
