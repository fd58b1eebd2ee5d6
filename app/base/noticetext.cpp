// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "noticetext.h"

#include <QCoreApplication>

namespace tanhui::ui {

namespace {

// A translation context for lupdate; not a QObject.
class NoticeText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::NoticeText)
public:
    static QString text(const workflow::Notice& notice);
    static QString phase(workflow::Phase phase);
};

QString NoticeText::phase(workflow::Phase phase)
{
    using workflow::Phase;
    switch (phase) {
    case Phase::Starting:
        return tr("Starting");
    case Phase::ReadingInput:
        return tr("Reading input");
    case Phase::Stratifying:
        return tr("Stratifying");
    case Phase::LocatingPoints:
        return tr("Locating plots");
    case Phase::Importing:
        return tr("Importing");
    case Phase::Computing:
        return tr("Computing");
    case Phase::Verifying:
        return tr("Verifying");
    case Phase::Writing:
        return tr("Writing");
    }
    return QString::fromLatin1(workflow::phaseName(phase));
}

QString NoticeText::text(const workflow::Notice& n)
{
    using workflow::NoticeCode;
    const QString subject = QString::fromStdString(n.subject);
    const QString detail = QString::fromStdString(n.detail);
    const int count = int(n.count);
    switch (n.code) {
    case NoticeCode::ParameterNotConfirmed:
        return tr("Note: the parameters of %1 are not CONFIRMED (%2); verify them before "
                  "submission.")
            .arg(subject, detail);
    case NoticeCode::AgeGroupRowNotConfirmed:
        return tr("Note: the age-group row %1 is not CONFIRMED (%2); verify it before "
                  "submission.")
            .arg(subject, detail);
    case NoticeCode::TreesOutsideRange:
        return tr("Note: %n tree(s) lie outside the DBH or height range of their equation; "
                  "they are computed as measured, not clamped.",
                  nullptr, count);
    case NoticeCode::BallparkTransformation:
        return tr("Note: %1 has only a ballpark transformation in PROJ (\"%2\", accuracy "
                  "unknown): the datums are treated as identical. For Beijing 1954 or Xian 1980 "
                  "coordinates give a CRS with published datum parameters.")
            .arg(subject, detail);
    case NoticeCode::CrsAssumed:
        return tr("Note: %1 are taken as WGS 84 longitude and latitude (EPSG:4326); give the "
                  "CRS if they are not.")
            .arg(subject);
    case NoticeCode::PointsOutsideRaster:
        return tr("Note: %n point(s) lie outside the raster.", nullptr, count);
    case NoticeCode::PointsOnNoData:
        return tr("Note: %n point(s) lie on nodata cells.", nullptr, count);
    case NoticeCode::PointsOutsideStands:
        return tr("Note: %n point(s) lie in no stand.", nullptr, count);
    case NoticeCode::StratumDiffersFromMap:
        return tr("Note: %n plot(s) have a recorded stratum that differs from the map's "
                  "(the first: %1); the recorded stratum is kept.",
                  nullptr, count)
            .arg(subject);
    case NoticeCode::PlotsOutsideStrata:
        return tr("Note: %n plot(s) lie in no stratum of the map.", nullptr, count);
    case NoticeCode::PlotsPlacedByLocation:
        return tr("Note: %n plot(s) without a recorded stratum were given the map's stratum "
                  "at their location.",
                  nullptr, count);
    case NoticeCode::AgesBeyondPlausible:
        return tr("Note: %n cell(s) of %1 hold an age above %2 years, beyond any plausible stand "
                  "age (a code such as 255, or a year?); they are not classified.",
                  nullptr, count)
            .arg(subject, detail);
    case NoticeCode::ConservativeBelowZero:
        return tr("Note: the conservative stock of period %1 is below zero (%2 t CO2e): its "
                  "uncertainty exceeds 100 %; measure more plots before claiming anything.")
            .arg(subject, detail);
    case NoticeCode::ZeroAreaStrata:
        return tr("Note: %n stratum/strata have no area (the first: %1); plots in them cannot be "
                  "expanded to the project.",
                  nullptr, count)
            .arg(subject);
    case NoticeCode::PlotsCrsUnknown:
        return tr("Note: the coordinates of %n plot(s) are kept as recorded, but their CRS was "
                  "not given: they cannot be drawn on the map. Give the CRS when importing.",
                  nullptr, count);
    case NoticeCode::UnclassifiedStands:
        return tr("Note: %n stand(s) match no rule; their area is reported as unclassified.",
                  nullptr, count);
    }
    return QString::fromLatin1(workflow::noticeCodeName(n.code));
}

} // namespace

QString noticeText(const workflow::Notice& notice)
{
    return NoticeText::text(notice);
}

QString phaseText(workflow::Phase phase)
{
    return NoticeText::phase(phase);
}

} // namespace tanhui::ui
