// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/receipt.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "tanhui/store/signing.h"
#include "tanhui/workflow/inputs.h"

namespace tanhui::workflow {

namespace {

constexpr const char* kFormat = "tanhui-seal-receipt-1";

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

const char* receiptVerdictName(ReceiptVerdict verdict)
{
    switch (verdict) {
    case ReceiptVerdict::Holds:
        return "holds";
    case ReceiptVerdict::OtherProject:
        return "other-project";
    case ReceiptVerdict::SealMissing:
        return "seal-missing";
    case ReceiptVerdict::DigestDiffers:
        return "digest-differs";
    case ReceiptVerdict::PositionDiffers:
        return "position-differs";
    }
    return "";
}

core::Result<void> writeReceipt(const SealReceipt& r, const std::string& path)
{
    if (QFile::exists(qs(path)))
        return core::Error{
            core::ErrorCode::DuplicateId, "a file of that name exists already", path, 0, {}};
    const QJsonObject json{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                           {QStringLiteral("project_id"), qs(r.projectId)},
                           {QStringLiteral("project_name"), qs(r.projectName)},
                           {QStringLiteral("period"), qs(r.period)},
                           {QStringLiteral("revision"), r.revision},
                           {QStringLiteral("digest"), qs(r.digest)},
                           {QStringLiteral("previous"), qs(r.previous)},
                           {QStringLiteral("position"), r.position},
                           {QStringLiteral("sealed_at"), qs(r.sealedAt)},
                           {QStringLiteral("tanhui"), qs(r.tanhuiVersion)}};
    QSaveFile file(qs(path));
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::Error{
            core::ErrorCode::FileUnreadable, file.errorString().toStdString(), path, 0, {}};
    return {};
}

core::Result<SealReceipt> readReceipt(const std::string& path)
{
    const auto doc = readJson(path);
    if (!doc)
        return doc.error();
    const QJsonObject o = doc->object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return core::Error{core::ErrorCode::UnsupportedFormat,
                           "not a Tanhui seal receipt (format " + std::string(kFormat) + ")", path,
                           0, "format"};
    auto text = [&o](const char* key) {
        return o.value(QLatin1String(key)).toString().toStdString();
    };
    SealReceipt r{text("project_id"),
                  text("project_name"),
                  text("period"),
                  o.value(QStringLiteral("revision")).toInt(),
                  text("digest"),
                  text("previous"),
                  o.value(QStringLiteral("position")).toInt(),
                  text("sealed_at"),
                  text("tanhui")};
    if (r.projectId.empty() || r.period.empty() || r.digest.size() != 64 || r.revision < 1 ||
        r.position < 1)
        return core::Error{core::ErrorCode::CorruptData,
                           "the receipt lacks its project, period, revision, digest or position",
                           path,
                           0,
                           {}};
    return r;
}

core::Result<void> generateSigningKey(const std::string& privatePath, const std::string& publicPath)
{
    return store::generateSigningKey(privatePath, publicPath);
}

core::Result<std::string> signingPublicKey(const std::string& pemPath)
{
    return store::signingPublicKey(pemPath);
}

} // namespace tanhui::workflow
