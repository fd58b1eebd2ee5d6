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
    void transactionRollsBack();

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

void TestDatabase::transactionRollsBack()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("t.tanhui")).toStdString(),
                             Database::Mode::CreateIfMissing);
    QVERIFY(db && db->execute("CREATE TABLE t (x INTEGER NOT NULL) STRICT"));
    auto insert = db->prepare("INSERT INTO t (x) VALUES (?)");
    QVERIFY(insert);
    // The second statement fails: the first is undone with it.
    const auto failed = db->transaction([&]() -> tanhui::core::Result<void> {
        if (auto r = insert->bind(1, std::int64_t(1)).run(); !r)
            return r;
        return insert->bindNull(1).run();
    });
    QVERIFY(!failed);
    auto count = db->prepare("SELECT count(*) FROM t");
    QVERIFY(count && *count->step());
    QCOMPARE(count->columnInt(0), std::int64_t(0));
    // A value bound as text is a parameter, never SQL.
    QVERIFY(db->execute("CREATE TABLE s (name TEXT) STRICT"));
    auto named = db->prepare("INSERT INTO s (name) VALUES (?)");
    QVERIFY(named && named->bind(1, std::string("x'); DROP TABLE s; --")).run());
    auto names = db->prepare("SELECT name FROM s");
    QVERIFY(names && *names->step());
    QCOMPARE(names->columnText(0), std::string("x'); DROP TABLE s; --"));
}

QTEST_APPLESS_MAIN(TestDatabase)
#include "tst_database.moc"
