#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QRadioButton;

// Which monitors a channel alerts for: all of them, or only those checked in a list of monitor
// names plus those carrying a checked tag. Names and tags the channel has that no monitor has
// (any more) stay listed and checked, marked as unknown, so editing never drops them silently.
// A filter field narrows both lists for long monitor lists.
class ChannelScopeEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelScopeEditor)

public:
    // `monitorNames` and `tags`: what can be chosen (the monitors stored and their tags).
    ChannelScopeEditor(const QStringList &monitorNames, const QStringList &tags,
                       QWidget *parent = nullptr);

    // Shows a channel's scope; both empty means all monitors.
    void setScope(const QStringList &monitorNames, const QStringList &tags);
    [[nodiscard]] bool allMonitors() const;
    // The checked names and tags, in list order.
    [[nodiscard]] QStringList monitorNames() const;
    [[nodiscard]] QStringList tags() const;

signals:
    void changed();

private:
    void fillList(QListWidget *list, const QStringList &known, const QStringList &checked,
                  const QString &unknownText);
    void applyFilter();
    void updateEnabled();

    QStringList m_knownNames;
    QStringList m_knownTags;
    QRadioButton *m_allRadio;
    QRadioButton *m_chosenRadio;
    QLineEdit *m_filterEdit;
    QListWidget *m_monitorList;
    QListWidget *m_tagList;
};
