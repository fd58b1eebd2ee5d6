#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Tanhui developers
"""make_stands.py OUT.csv [columns=200] [rows=200]: a county's stand polygons (小班) for
tanhui-bench-map --stands, as CSV with WKT (ogr2ogr makes it a GeoPackage): a jittered grid of
~5-ha stands in CGCS2000 / GK zone 39 (EPSG:4527), each a polygon of 16 vertices along wavy
edges shared with its neighbours, with 小班号, 树种 and 林龄 (1-60 years)."""
import math
import random
import sys

out = sys.argv[1]
columns = int(sys.argv[2]) if len(sys.argv) > 2 else 200
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 200
size = 225.0  # m: ~5 ha a stand
x0, y0 = 39420000.0, 2950000.0
random.seed(20261203)
# Grid corners jittered; each edge bent by a shared midpoint wave, so neighbours fit.
corner = [[(x0 + c * size + random.uniform(-40, 40), y0 - r * size + random.uniform(-40, 40))
           for c in range(columns + 1)] for r in range(rows + 1)]


def edge(a, b, key):
    """Points from corner a to corner b (both included) along a wave the edge's key fixes."""
    amp = random.Random(key).uniform(-25, 25)
    nx, ny = -(b[1] - a[1]), b[0] - a[0]
    n = math.hypot(nx, ny) or 1.0
    pts = []
    for i in range(5):
        t = i / 4.0
        w = amp * math.sin(math.pi * t)
        pts.append((a[0] + (b[0] - a[0]) * t + nx / n * w, a[1] + (b[1] - a[1]) * t + ny / n * w))
    return pts


def ring(r, c):
    top = edge(corner[r][c], corner[r][c + 1], 'h%d,%d' % (r, c))
    right = edge(corner[r][c + 1], corner[r + 1][c + 1], 'v%d,%d' % (r, c + 1))
    bottom = edge(corner[r + 1][c], corner[r + 1][c + 1], 'h%d,%d' % (r + 1, c))
    left = edge(corner[r][c], corner[r + 1][c], 'v%d,%d' % (r, c))
    pts = top[:-1] + right[:-1] + bottom[::-1][:-1] + left[::-1]
    return ', '.join('%.2f %.2f' % p for p in pts)


with open(out, 'w', encoding='utf-8') as f:
    f.write('WKT,小班号,树种,林龄\n')
    for r in range(rows):
        for c in range(columns):
            f.write('"POLYGON ((%s))",%04d%04d,杉木,%d\n' % (ring(r, c), r + 1, c + 1,
                                                         random.randint(1, 60)))
