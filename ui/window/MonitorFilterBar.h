#pragma once

#include <QStringList>
#include <QWidget>

class MonitorFilterModel;
class QComboBox;
class QLineEdit;

// The search box and the state and tag filters above the monitor table; it drives a
// MonitorFilterModel.
class MonitorFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorFilterBar)

public:
    MonitorFilterBar(MonitorFilterModel &filter, QWidget *parent = nullptr);

    // The tags to offer (every tag in use); keeps the chosen one when it is still there.
    void setTags(const QStringList &tags);
    // Shows every monitor again.
    void clear();
    void focusSearch();

protected:
    // Esc in the search box clears it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MonitorFilterModel &m_filter;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_tag;
};
