#include "ui/dialogs/MonitorDialog.h"

#include "core/model/MonitorValidator.h"
#include "ui/dialogs/FormWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

// The Request and Alerting tabs of the monitor dialog, as built; MonitorDialog.cpp has the
// rest (the dialog, the Checks tab, loading, reading and checking what is entered).

namespace {

using FormWidgets::makeSpin;
using FormWidgets::makeTextEdit;
using MonitorValidator::kMaxRetries;

} // namespace

QWidget *MonitorDialog::buildRequestTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_methodCombo = new QComboBox(page);
    m_methodCombo->setObjectName(QStringLiteral("methodCombo"));
    for (const HttpMethod method : kHttpMethods)
        m_methodCombo->addItem(QString::fromLatin1(httpMethodName(method)), int(method));
    form->addRow(tr("&Method:"), m_methodCombo);

    m_headersEdit = makeTextEdit(page, QStringLiteral("headersEdit"),
                                 tr("One per line, e.g.\nAccept: application/json"));
    form->addRow(tr("&Headers:"), m_headersEdit);
    m_headersError = addErrorRow(form, QStringLiteral("headersError"));

    m_bodyEdit = makeTextEdit(page, QStringLiteral("bodyEdit"),
                              tr("Sent with POST, PUT, PATCH and DELETE requests"));
    form->addRow(tr("&Body:"), m_bodyEdit);
    return page;
}

QWidget *MonitorDialog::buildAlertingTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_retriesSpin = makeSpin(page, QStringLiteral("retriesSpin"), 0, kMaxRetries, QString());
    m_retriesSpin->setToolTip(tr("Failed checks tolerated before the monitor is down."));
    form->addRow(tr("Retr&ies:"), m_retriesSpin);
    m_recoverySpin = makeSpin(page, QStringLiteral("recoverySpin"), 1, kMaxRetries, QString());
    m_recoverySpin->setToolTip(tr("Successful checks needed before the monitor is up again."));
    form->addRow(tr("Reco&very checks:"), m_recoverySpin);

    m_locationsSpin =
        makeSpin(page, QStringLiteral("locationsSpin"), 1, Monitor::kMaxLocations, QString());
    m_locationsSpin->setToolTip(
        tr("Where agents in several locations share the database, this many of them check the "
           "monitor at each interval. One computer alone checks from one location."));
    form->addRow(tr("Check from &locations:"), m_locationsSpin);
    m_quorumSpin =
        makeSpin(page, QStringLiteral("quorumSpin"), 1, Monitor::kMaxLocations, QString());
    m_quorumSpin->setToolTip(
        tr("The monitor is down only when at least this many locations see it down, so that "
           "one location's own network trouble raises no alarm. When fewer locations report, "
           "all of those that do must see it down."));
    form->addRow(tr("Do&wn from at least:"), m_quorumSpin);

    m_parentCombo = new QComboBox(page);
    m_parentCombo->setObjectName(QStringLiteral("parentCombo"));
    m_parentCombo->setToolTip(tr("While the parent is down, this monitor is shown as "
                                 "unreachable instead of raising its own alert."));
    form->addRow(tr("&Parent:"), m_parentCombo);

    m_tagsEdit = new QLineEdit(page);
    m_tagsEdit->setObjectName(QStringLiteral("tagsEdit"));
    m_tagsEdit->setPlaceholderText(tr("Comma-separated, e.g. production, web"));
    form->addRow(tr("Ta&gs:"), m_tagsEdit);

    m_pausedCheck = new QCheckBox(tr("Pa&used (not checked)"), page);
    m_pausedCheck->setObjectName(QStringLiteral("pausedCheck"));
    form->addRow(QString(), m_pausedCheck);
    return page;
}
