#pragma once

#include "core/model/Monitor.h"
#include "core/report/UptimeReport.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class Clock;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class StoreThread;

// File → Uptime report: a period (this month, last month, or whole days from one date to
// another, in local time) and a selection (all monitors, a tag, or monitors ticked in a list);
// a preview of the figures; Save writes the report as PDF or HTML by the file name's extension.
// The figures are read in the session's StoreThread (UptimeReport::load, the same as
// `upwatch report` and `stats` for a period) and the window never waits for them.
class ReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    // `monitors` are those the window lists (names, tags); the report reads them again from the
    // store. "This month" and "last month" are by `clock`.
    explicit ReportDialog(StoreThread &store, const QList<Monitor> &monitors,
                          std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    // Pre-fills the file field; a folder gets the default file name appended.
    void setFilePath(const QString &path);

signals:
    void saved(const QString &path);

private:
    void browse();
    void updateState();
    void refreshPreview();
    void save();
    void showStatus(const QString &text, bool isProblem = false);
    // Why the current input cannot make a report; empty when it can.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString fileProblem() const;
    [[nodiscard]] std::optional<ReportPeriod> period() const;
    [[nodiscard]] ReportSelection selection() const;
    [[nodiscard]] QString defaultFileName() const;

    StoreThread &m_store;
    std::shared_ptr<const Clock> m_clock;
    // Each read gets the next number; an answer that is not the newest read's is dropped.
    quint64 m_generation = 0;
    bool m_saving = false;

    QRadioButton *m_thisMonthRadio;
    QRadioButton *m_lastMonthRadio;
    QRadioButton *m_customRadio;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QRadioButton *m_allRadio;
    QRadioButton *m_tagRadio;
    QRadioButton *m_chosenRadio;
    QComboBox *m_tagCombo;
    QListWidget *m_monitorList;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QTextBrowser *m_preview;
    QLabel *m_statusLabel;
    QPushButton *m_saveButton;
    QDialogButtonBox *m_buttons;
};
