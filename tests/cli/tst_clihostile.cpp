// SPDX-License-Identifier: MIT
// The command line against a hostile API server: what it sends back is shown, never obeyed by the terminal.
#include "clitestrun.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

namespace {

/// Answers every request with one GraphQL error whose message carries terminal commands: a title change (OSC),
/// a screen clear and colour (CSI), a hyperlink, a C1 control and a right-to-left override.
class HostileServer : public QObject {
public:
    HostileServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            buffer->clear();
            const QByteArray body = "{\"data\":null,\"errors\":[{\"message\":\"boom \\u001b]0;pwned\\u0007"
                                    "\\u001b[2J\\u001b[31mred\\u001b]8;;http://evil.example/\\u001b\\\\link"
                                    "\\u009b1m\\u202egnp.exe\\r\\nnext\"}]}";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
    QTcpServer m_server;
};

} // namespace

class TestCliHostile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serverErrorReachesStderrWithoutControls()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        HostileServer server;
        QVERIFY(server.listen());
        const CliTest::Result r
            = CliTest::run({u"report"_s, u"--repo"_s, u"a/b"_s, u"--week"_s, u"2026-W13"_s, u"--api-url"_s,
                               server.url(), u"--cache"_s, home.filePath(u"cache.sqlite"_s), u"--format"_s, u"json"_s},
                home.path());
        QVERIFY(r.finished);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(
            err.contains(u"boom"_s) && err.contains(u"red"_s) && err.contains(u"gnp.exe next"_s), r.err.constData());
        for (const QChar c : err.chopped(1)) // the closing line break is ours
            QVERIFY2(c.unicode() >= 0x20 && !(c.unicode() >= 0x7F && c.unicode() <= 0x9F)
                    && !(c.unicode() >= 0x202A && c.unicode() <= 0x202E),
                qPrintable(u"U+%1 in: %2"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')).arg(err)));
        QVERIFY2(!err.contains(u"pwned"_s) && !err.contains(u"[2J"_s) && !err.contains(u"evil.example"_s),
            r.err.constData());
        QVERIFY2(r.oneErrorLine(), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
