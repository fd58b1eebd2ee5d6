// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCryptographicHash>
#include <QTest>

#include "tanhui/store/sha256.h"

using tanhui::store::Sha256;
using tanhui::store::sha256Hex;

class TestSha256 : public QObject
{
    Q_OBJECT
private slots:
    void fipsVectors_data();
    void fipsVectors();
    void agreesWithQtOnEveryLength();
};

// FIPS 180-4 / NIST example messages.
void TestSha256::fipsVectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty")
        << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray(
                                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("million a")
        << QByteArray(1000000, 'a')
        << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestSha256::fipsVectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(QByteArray::fromStdString(sha256Hex(message.toStdString())), digest);
}

// Fed in pieces of every size across the 55/56/64-byte padding boundaries.
void TestSha256::agreesWithQtOnEveryLength()
{
    for (int length = 0; length < 200; ++length) {
        QByteArray message(length, '\0');
        for (int i = 0; i < length; ++i)
            message[i] = char(i * 37 + length);
        Sha256 hash;
        for (int i = 0; i < length; i += 7)
            hash.add(message.constData() + i, std::size_t(std::min(7, length - i)));
        QCOMPARE(QByteArray::fromStdString(hash.hex()),
                 QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex());
    }
}

QTEST_APPLESS_MAIN(TestSha256)
#include "tst_sha256.moc"
