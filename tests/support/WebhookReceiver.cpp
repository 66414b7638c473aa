#include "tests/support/WebhookReceiver.h"

#include <QTcpSocket>

namespace {

constexpr qsizetype kMaxRequestBytes = 4 * 1024 * 1024;

} // namespace

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QTcpServer(parent)
{
}

bool WebhookReceiver::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl WebhookReceiver::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

void WebhookReceiver::setStatuses(const QList<int> &statuses)
{
    m_statuses = statuses.isEmpty() ? QList<int>{200} : statuses;
    m_answered = 0;
}

void WebhookReceiver::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    m_buffers.insert(socket, {});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void WebhookReceiver::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    RecordedRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return; // the body is still coming
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.clear();
    m_requests.append(request);
    emit received(request);
    if (m_hang)
        return;
    const int status = m_statuses.value(qMin<qsizetype>(m_answered, m_statuses.size() - 1));
    ++m_answered;
    const QByteArray body = "{}";
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  " Scripted\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
