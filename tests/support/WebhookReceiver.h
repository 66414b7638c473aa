#pragma once

#include "tests/support/RecordedRequest.h"

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A webhook's receiving end on a loopback port chosen by the system: it records every request
// (method, path, headers, body) and answers with the next status of its script, the last one
// repeating (500 then 200 tests retries), or never answers at all (hang(): a deadline test).
// Each answer closes its connection.
class WebhookReceiver final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    explicit WebhookReceiver(QObject *parent = nullptr);

    // Listens on 127.0.0.1, port 0.
    bool start();
    // "http://127.0.0.1:<port><path>".
    [[nodiscard]] QUrl url(const QString &path) const;

    // The statuses to answer with, in order; the last one repeats. Default: 200.
    void setStatuses(const QList<int> &statuses);
    // Requests are read and recorded but never answered.
    void hang() { m_hang = true; }

    [[nodiscard]] const QList<RecordedRequest> &requests() const { return m_requests; }

signals:
    void received(const RecordedRequest &request);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void onReadyRead(QTcpSocket *socket);

    QList<int> m_statuses{200};
    int m_answered = 0;
    bool m_hang = false;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
