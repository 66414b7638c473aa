#pragma once

#include "tests/support/RecordedRequest.h"
#include "tests/support/TestRoute.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;
class TestServer;

// One client connection of the TestServer: parses requests and plays their routes.
class TestConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestConnection)

public:
    TestConnection(QTcpSocket *socket, TestServer *server);

private:
    void onReadyRead();
    [[nodiscard]] bool takeRequest(RecordedRequest *request);
    // The route's answer to this request once authentication is judged: the route itself, a
    // 401, or a token endpoint's answer.
    [[nodiscard]] TestRoute answerFor(const RecordedRequest &request, const TestRoute &route);
    [[nodiscard]] TestRoute tokenAnswer(const RecordedRequest &request, const TestRoute &route);
    void play(const RecordedRequest &request, const TestRoute &route);
    void writeHead(const TestRoute &route, qint64 contentLength, bool closeAfter);
    void dripNext();
    void pumpEndless();
    void endResponse();
    void resetConnection();

    QTcpSocket *m_socket;
    TestServer *m_server;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closeAfter = false;
    QByteArray m_dripRemaining;
    int m_dripChunk = 1;
    QTimer m_dripTimer;
    bool m_endless = false;
    qint64 m_endlessSent = 0;
};
