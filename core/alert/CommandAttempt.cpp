#include "core/alert/CommandAttempt.h"

#include "core/base/JsonText.h"

#include <QProcessEnvironment>

CommandAttempt::CommandAttempt(QString program, QStringList arguments,
                               AlertPayload::CommandInput input, int timeoutMs, QObject *parent)
    : DeliveryAttempt(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_input(std::move(input))
    , m_timeoutMs(timeoutMs)
    , m_process(new QProcess(this))
    , m_deadline(this)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &CommandAttempt::onTimeout);
    connect(m_process, &QProcess::finished, this, &CommandAttempt::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &CommandAttempt::onError);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_process->skip(m_process->bytesAvailable()); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray chunk = m_process->readAllStandardError();
        if (m_stderr.size() < kKeptErrorBytes)
            m_stderr += chunk.left(kKeptErrorBytes - m_stderr.size());
    });
}

CommandAttempt::~CommandAttempt()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // reaped, not left a zombie
    }
}

void CommandAttempt::start()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Upwatch's own variables are not passed on: some carry secrets (UPWATCH_PASSWORD,
    // UPWATCH_TOKEN, UPWATCH_METRICS_TOKEN, ...), and the event's are set below.
    const QStringList inherited = environment.keys();
    for (const QString &name : inherited) {
        if (name.startsWith(QLatin1String("UPWATCH_")))
            environment.remove(name);
    }
    for (const auto &[name, value] : m_input.environment)
        environment.insert(name, value);
    m_process->setProcessEnvironment(environment);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_deadline.start(m_timeoutMs);
    m_process->start(QIODevice::ReadWrite);
    // Written once started; QProcess buffers what the program has not read yet.
    m_process->write(m_input.input);
    m_process->closeWriteChannel();
}

QString CommandAttempt::errorOutput() const
{
    const QString text = QString::fromUtf8(m_stderr).trimmed();
    if (text.isEmpty())
        return {};
    const QString firstLine = text.section(u'\n', 0, 0).trimmed();
    return JsonText::oneLine(firstLine.left(200));
}

void CommandAttempt::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (status == QProcess::CrashExit) {
        finish(false, QStringLiteral("the command %1 crashed").arg(m_program), true);
        return;
    }
    if (exitCode == 0) {
        finish(true, {}, false);
        return;
    }
    const QString said = errorOutput();
    QString error =
        QStringLiteral("the command %1 exited with code %2").arg(m_program).arg(exitCode);
    if (!said.isEmpty())
        error += QStringLiteral(": %1").arg(said);
    finish(false, error, true);
}

void CommandAttempt::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        // Not found or not executable: another try will not change that.
        finish(false, QStringLiteral("cannot run %1: %2").arg(m_program, m_process->errorString()),
               false);
    }
    // Crashes and write errors (a program that does not read its input) end in finished().
}

void CommandAttempt::onTimeout()
{
    m_process->disconnect(this);
    m_process->kill();
    finish(false,
           QStringLiteral("the command %1 did not end within %2 and was killed")
               .arg(m_program, deadlineText(m_timeoutMs)),
           true);
}

void CommandAttempt::finish(bool ok, const QString &error, bool retryable)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    emit ended(ok, error, retryable);
}
