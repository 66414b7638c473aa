#pragma once

#include "core/model/JsonAssertion.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// The list of a monitor's JSON assertions in the monitor dialog: one `POINTER OP VALUE` per row,
// with Add and Remove. Every row is checked as it is typed; a bad one is marked, and the first
// problem is shown under the list ("Assertion 2: unknown operator '=' at column 9: ...").
class JsonAssertionEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonAssertionEditor)

public:
    explicit JsonAssertionEditor(QWidget *parent = nullptr);

    void setAssertions(const QList<JsonAssertion> &assertions);
    // The rows that parse, in their order.
    [[nodiscard]] QList<JsonAssertion> assertions() const;
    // Every row parses (an empty row does not: write one or remove it).
    [[nodiscard]] bool isValid() const { return m_problem.isEmpty(); }
    // The sentence shown under the list; empty when every row parses.
    [[nodiscard]] const QString &problem() const { return m_problem; }

signals:
    void changed();

private:
    void addRow();
    void removeSelected();
    void revalidate();

    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_error = nullptr;
    QString m_problem;
};
