#include "app/bench/NginxTarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

#include <unistd.h>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(NginxTarget)
};

QString address(int host)
{
    return QStringLiteral("127.0.0.%1").arg(host + 1);
}

// A port free on 127.0.0.1 now: nginx binds it on every address it listens on.
int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// utime + stime of one process, in clock ticks; 0 when it is gone.
qint64 processTicks(const QString &pid, qint64 *parent)
{
    QFile stat(u"/proc/" + pid + u"/stat");
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.read(4096);
    // The command name may hold spaces; the fields after its closing parenthesis do not.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // After the name: state(0) ppid(1) ... utime(11) stime(12).
    if (fields.size() < 13)
        return 0;
    if (parent)
        *parent = fields.at(1).toLongLong();
    return fields.at(11).toLongLong() + fields.at(12).toLongLong();
}

} // namespace

NginxTarget::NginxTarget(int hosts, bool freshConnections, QObject *parent)
    : QObject(parent)
    , m_hosts(std::clamp(hosts, 1, kMaxHosts))
    , m_freshConnections(freshConnections)
    , m_process(this)
    , m_probeTimer(this)
{
    m_probeTimer.setSingleShot(true);
    m_probeTimer.setInterval(50);
    connect(&m_probeTimer, &QTimer::timeout, this, &NginxTarget::probe);
    connect(&m_process, &QProcess::finished, this, [this] {
        if (m_nextProbe < m_hosts) // it ended before it was ready; fail() adds its last words
            fail(Text::tr("nginx exited at start"));
    });
}

NginxTarget::~NginxTarget()
{
    stop();
}

QString NginxTarget::program()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

QUrl NginxTarget::url(int host, const QString &path) const
{
    return QUrl(
        QStringLiteral("http://%1:%2%3").arg(address(host % m_hosts)).arg(m_port).arg(path));
}

void NginxTarget::start()
{
    const QString nginx = program();
    if (nginx.isEmpty()) {
        fail(Text::tr("nginx is not installed (apt-get install nginx-light)"));
        return;
    }
    if (!m_dir.isValid()) {
        fail(Text::tr("cannot create a temporary folder for nginx: %1").arg(m_dir.errorString()));
        return;
    }
    m_port = freePort();
    QString why;
    if (m_port == 0 || !writeConfig(&why)) {
        fail(why.isEmpty() ? Text::tr("no free port on 127.0.0.1") : why);
        return;
    }
    m_process.setProgram(nginx);
    m_process.setArguments({QStringLiteral("-p"), m_dir.path() + u'/', QStringLiteral("-c"),
                            m_dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                            m_dir.filePath(QStringLiteral("error.log"))});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start();
    m_probeStartMs = 0;
    m_nextProbe = 0;
    probe();
}

bool NginxTarget::writeConfig(QString *why)
{
    const QString dir = m_dir.path();
    QString listen;
    for (int host = 0; host < m_hosts; ++host)
        listen +=
            QStringLiteral("        listen %1:%2 backlog=4096;\n").arg(address(host)).arg(m_port);
    // One worker: on a small machine the rest of the cores are the benchmark's.
    const QString config =
        QStringLiteral("worker_processes 1;\n"
                       "worker_rlimit_nofile 16384;\n"
                       "daemon off;\n"
                       "pid %1/nginx.pid;\n"
                       "error_log %1/error.log warn;\n"
                       "events { worker_connections 8192; multi_accept on; }\n"
                       "http {\n"
                       "    access_log off;\n"
                       "    client_body_temp_path %1/body;\n"
                       "    keepalive_requests 10000000;\n"
                       "    keepalive_timeout %3;\n"
                       "    server {\n"
                       "%2"
                       "        location / { default_type text/plain; return 200 \"OK\\n\"; }\n"
                       "    }\n"
                       "}\n")
            .arg(dir, listen, m_freshConnections ? QStringLiteral("0") : QStringLiteral("120s"));
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        *why = Text::tr("cannot write the nginx configuration: %1").arg(file.errorString());
        return false;
    }
    return true;
}

void NginxTarget::probe()
{
    if (m_failed)
        return;
    if (m_probeStartMs == 0)
        m_probeStartMs = QDateTime::currentMSecsSinceEpoch();
    // Every address in turn; each one that does not accept yet is tried again shortly.
    auto *socket = new QTcpSocket(this);
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        socket->abort();
        socket->deleteLater();
        if (++m_nextProbe >= m_hosts)
            emit ready();
        else
            probe();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        const QString error = socket->errorString();
        socket->deleteLater();
        if (QDateTime::currentMSecsSinceEpoch() - m_probeStartMs > kStartWaitMs) {
            fail(Text::tr("nginx did not accept connections on %1:%2 within %3 s: %4")
                     .arg(address(m_nextProbe))
                     .arg(m_port)
                     .arg(kStartWaitMs / 1000)
                     .arg(error));
            return;
        }
        m_probeTimer.start();
    });
    socket->connectToHost(QHostAddress(address(m_nextProbe)), quint16(m_port));
}

void NginxTarget::fail(const QString &why)
{
    if (m_failed)
        return;
    m_failed = true;
    m_probeTimer.stop();
    QString detail = why;
    QFile log(m_dir.filePath(QStringLiteral("error.log")));
    if (log.open(QIODevice::ReadOnly)) {
        const QByteArray tail = log.readAll().trimmed().split('\n').constLast();
        if (!tail.isEmpty())
            detail += u" (" + QString::fromUtf8(tail) + u')';
    }
    stop();
    emit failed(detail);
}

void NginxTarget::stop()
{
    m_probeTimer.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(1000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

double NginxTarget::cpuSeconds() const
{
    const qint64 master = m_process.processId();
    if (master <= 0)
        return 0;
    qint64 ticks = processTicks(QString::number(master), nullptr);
    const QStringList pids =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool number = false;
        (void)pid.toLongLong(&number);
        if (!number)
            continue;
        qint64 parent = 0;
        const qint64 own = processTicks(pid, &parent);
        if (parent == master)
            ticks += own;
    }
    return double(ticks) / double(sysconf(_SC_CLK_TCK));
}
