// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QTextStream>

#include "tanhui/workflow/receipt.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class KeygenText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::KeygenCommand)
public:
    static QString description()
    {
        return tr("Make the organisation's key pair for signing seals (Ed25519): the private key "
                  "stays with whoever seals (tanhui-cli project seal --sign PRIVATE), the public "
                  "key goes to the verifiers (tanhui-cli verify --trust PUBLIC), who then detect "
                  "a seal made again without the private key. Neither file may exist.");
    }
    static QString written(const QString& privatePath, const QString& publicPath,
                           const QString& key)
    {
        return tr("Private key written to %1 (keep it safe: readable by you only), public key "
                  "to %2 (give it to the verifiers): %3")
            .arg(privatePath, publicPath, key);
    }
};

} // namespace

int runKeygen(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(KeygenText::description());
    parser.addPositionalArgument(QStringLiteral("PRIVATE"),
                                 KeygenText::tr("The private key to write (PEM)."));
    parser.addPositionalArgument(QStringLiteral("PUBLIC"),
                                 KeygenText::tr("The public key to write (PEM)."));
    if (auto stop = parser.parse(arguments, 2, out, err))
        return *stop;
    const std::string privatePath = parser.positionalArguments().at(0).toStdString();
    const std::string publicPath = parser.positionalArguments().at(1).toStdString();
    if (auto made = workflow::generateSigningKey(privatePath, publicPath); !made)
        return failWith(made.error(), err);
    const auto key = workflow::signingPublicKey(publicPath);
    if (!key)
        return failWith(key.error(), err);
    out << KeygenText::written(parser.positionalArguments().at(0),
                               parser.positionalArguments().at(1), QString::fromStdString(*key))
        << '\n';
    return ExitOk;
}

} // namespace tanhui::cli
