#pragma once

#include "core/model/Monitor.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

// Which monitors a maintenance window covers: all of them, those with one of the checked tags,
// or the monitors checked in a list (with a filter for long lists). Tags and monitor ids the
// window has that no monitor has (any more) stay listed and checked, marked as unknown, so
// editing never drops them silently.
class MaintenanceScopeEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceScopeEditor)

public:
    enum class Mode { All, Tags, Monitors };

    // `monitors`: what can be chosen; their tags are the tags offered.
    explicit MaintenanceScopeEditor(const QList<Monitor> &monitors, QWidget *parent = nullptr);

    // Shows a window's scope: monitor ids (with any tags it has too), else tags, else all
    // monitors.
    void setScope(const QList<qint64> &monitorIds, const QStringList &tags);
    [[nodiscard]] Mode mode() const;
    // The checked monitors (Mode::Monitors) and tags (Mode::Tags), in list order.
    [[nodiscard]] QList<qint64> monitorIds() const;
    [[nodiscard]] QStringList tags() const;
    // Why the scope cannot be saved ("Check at least one tag."), or empty.
    [[nodiscard]] QString problem() const;

signals:
    void changed();

private:
    void applyFilter();
    void updateEnabled();

    QList<Monitor> m_monitors;
    // Tags of a window that names monitors too (set on the command line): kept with the chosen
    // monitors, and said so.
    QStringList m_keptTags;
    QRadioButton *m_allRadio;
    QRadioButton *m_tagsRadio;
    QRadioButton *m_monitorsRadio;
    QListWidget *m_tagList;
    QLineEdit *m_filterEdit;
    QListWidget *m_monitorList;
    QLabel *m_keptNote;
};
