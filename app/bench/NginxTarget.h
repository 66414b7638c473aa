#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>

// A loopback nginx for the check benchmark: Debian's nginx-light, configured here to listen on
// 127.0.0.1 … 127.0.0.H at one free port and to answer every GET with "OK" (200), with
// keep-alive, or closing each connection after its answer (freshConnections: every check then
// connects anew, whatever the client would do).
// Its configuration, logs and temporary files live in a temporary folder removed with it.
// start() returns at once; ready() follows once every address accepts connections, or failed()
// with a sentence saying why.
class NginxTarget final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NginxTarget)

public:
    static constexpr int kMaxHosts = 254;
    static constexpr int kStartWaitMs = 10'000;

    NginxTarget(int hosts, bool freshConnections, QObject *parent = nullptr);
    ~NginxTarget() override;

    void start();
    // Ends nginx (SIGTERM, then SIGKILL after a second); safe to call more than once.
    void stop();

    [[nodiscard]] int hosts() const { return m_hosts; }
    [[nodiscard]] int port() const { return m_port; }
    // http://127.0.0.(1 + host % hosts):port/path
    [[nodiscard]] QUrl url(int host, const QString &path) const;
    // CPU seconds nginx (master and workers) has used so far.
    [[nodiscard]] double cpuSeconds() const;
    // Where Debian installs it; empty when it is not installed.
    [[nodiscard]] static QString program();

signals:
    void ready();
    void failed(const QString &why);

private:
    [[nodiscard]] bool writeConfig(QString *why);
    void probe();
    void fail(const QString &why);

    int m_hosts;
    bool m_freshConnections;
    int m_port = 0;
    QTemporaryDir m_dir;
    QProcess m_process;
    QTimer m_probeTimer;
    qint64 m_probeStartMs = 0;
    int m_nextProbe = 0; // the first address not known to accept yet
    bool m_failed = false;
};
