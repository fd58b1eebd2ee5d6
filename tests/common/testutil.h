// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>
#include <cmath>

namespace tanhui::test {

/// True when |actual − expected| ≤ rel · |expected| (or ≤ rel when expected is 0).
inline bool closeRelative(double actual, double expected, double rel)
{
    const double scale = expected == 0.0 ? 1.0 : std::fabs(expected);
    return std::fabs(actual - expected) <= rel * scale;
}

inline QByteArray describeDifference(double actual, double expected)
{
    return QByteArray("expected ") + QByteArray::number(expected, 'g', 17) + ", actual " +
           QByteArray::number(actual, 'g', 17) + ", difference " +
           QByteArray::number(actual - expected, 'g', 3);
}

/// Writes `bytes` to `name` in `dir` and returns the path (empty when it cannot).
inline QString writeFile(const QDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

/// Path below shared/data/real, or an empty string when that directory is absent.
inline QString realDataPath(const QString& relative)
{
    const QDir dir(QStringLiteral(TANHUI_REAL_DATA_DIR));
    return dir.exists() ? dir.filePath(relative) : QString();
}

} // namespace tanhui::test

/// Fails the test, printing expected, actual and their difference, unless the two agree to
/// `rel` relative.
#define TANHUI_COMPARE_REL(actual, expected, rel)                                                  \
    do {                                                                                           \
        const double tanhuiActual_ = (actual);                                                     \
        const double tanhuiExpected_ = (expected);                                                 \
        if (!tanhui::test::closeRelative(tanhuiActual_, tanhuiExpected_, (rel)))                   \
            QFAIL(tanhui::test::describeDifference(tanhuiActual_, tanhuiExpected_).constData());   \
    } while (false)

/// Skips the test when shared/data/real is not beside the checkout.
#define TANHUI_REQUIRE_REAL_DATA(path)                                                             \
    do {                                                                                           \
        if ((path).isEmpty())                                                                      \
            QSKIP("shared/data/real is not available");                                            \
    } while (false)
