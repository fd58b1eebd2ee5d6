// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tanhui/store/database.h"

using tanhui::core::ErrorCode;
using tanhui::store::Database;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsConfiguredFile();
    void missingFileIsReported();
    void notADatabaseIsReported();
    void badSqlIsAnError();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::createsConfiguredFile()
{
    const std::string path = m_dir.filePath(QStringLiteral("new.tanhui")).toStdString();
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(db);
        QCOMPARE(*db->journalMode(), std::string("wal"));
        QCOMPARE(*db->foreignKeysEnabled(), true);
        QCOMPARE(*db->userVersion(), 0);
        QVERIFY(db->setUserVersion(3));
        QVERIFY(db->execute("CREATE TABLE t(x INTEGER) STRICT"));
    }
    auto reopened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(reopened);
    QCOMPARE(*reopened->userVersion(), 3);
    QCOMPARE(*reopened->foreignKeysEnabled(), true);
}

void TestDatabase::missingFileIsReported()
{
    const std::string path = m_dir.filePath(QStringLiteral("absent.tanhui")).toStdString();
    auto db = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::FileNotFound);
    QCOMPARE(db.error().file, path);
    QVERIFY(!QFile::exists(QString::fromStdString(path))); // nothing created
}

void TestDatabase::notADatabaseIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("plots.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("stratum,plot_id,value\n").repeated(300));
    file.close();
    auto db = Database::open(path.toStdString(), Database::Mode::OpenExisting);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::CorruptData);
    QVERIFY(!db.error().detail.empty());
}

void TestDatabase::badSqlIsAnError()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("x.tanhui")).toStdString(),
                             Database::Mode::CreateIfMissing);
    QVERIFY(db);
    auto r = db->execute("SELECT * FROM no_such_table");
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::DatabaseError);
    QVERIFY(r.error().detail.find("no_such_table") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestDatabase)
#include "tst_database.moc"
