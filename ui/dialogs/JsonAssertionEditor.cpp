#include "ui/dialogs/JsonAssertionEditor.h"

#include "core/model/MonitorState.h"
#include "ui/dialogs/MonitorInput.h"
#include "ui/window/StatusStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

JsonAssertionEditor::JsonAssertionEditor(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 1, this);
    m_table->setObjectName(QStringLiteral("jsonAssertionTable"));
    m_table->setHorizontalHeaderLabels({tr("Pointer, operator and JSON value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setToolTip(tr("All must hold for the JSON body, e.g.\n/status == \"ok\"\n"
                           "/queue/depth < 100\n/tags contains \"eu\"\n/id exists\n"
                           "Operators: ==, !=, <, <=, >, >=, contains, matches, exists, !exists."));
    m_table->setMinimumHeight(90);

    m_addButton = new QPushButton(tr("A&dd"), this);
    m_addButton->setObjectName(QStringLiteral("jsonAssertionAdd"));
    m_addButton->setAutoDefault(false);
    m_removeButton = new QPushButton(tr("Re&move"), this);
    m_removeButton->setObjectName(QStringLiteral("jsonAssertionRemove"));
    m_removeButton->setAutoDefault(false);
    m_removeButton->setEnabled(false);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("jsonAssertionError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, StatusStyle::color(MonitorState::Down));
    m_error->setPalette(palette);
    m_error->hide();

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_addButton, &QPushButton::clicked, this, &JsonAssertionEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &JsonAssertionEditor::removeSelected);
    // Queued: a cell still being typed commits when the dialog closes, and its window may be
    // half destroyed by then; a queued call to a deleted editor is dropped.
    connect(m_table, &QTableWidget::itemChanged, this, &JsonAssertionEditor::revalidate,
            Qt::QueuedConnection);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectedItems().isEmpty()); });
}

void JsonAssertionEditor::setAssertions(const QList<JsonAssertion> &assertions)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const JsonAssertion &assertion : assertions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(assertion.text()));
    }
    revalidate();
}

QList<JsonAssertion> JsonAssertionEditor::assertions() const
{
    QList<JsonAssertion> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (const auto assertion = JsonAssertion::parse(item ? item->text() : QString()))
            list.append(*assertion);
    }
    return list;
}

void JsonAssertionEditor::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
    }
    revalidate();
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void JsonAssertionEditor::removeSelected()
{
    std::set<int, std::greater<>> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems())
        rows.insert(item->row());
    {
        const QSignalBlocker blocker(m_table);
        for (const int row : rows)
            m_table->removeRow(row);
    }
    revalidate();
}

void JsonAssertionEditor::revalidate()
{
    const QSignalBlocker blocker(m_table); // marking a row changes its item
    QString first;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, 0);
        QString problem;
        const bool ok = item && JsonAssertion::parse(item->text(), &problem).has_value();
        if (!item)
            continue;
        item->setToolTip(ok ? QString() : MonitorInput::sentence(problem));
        item->setForeground(ok ? QBrush() : QBrush(StatusStyle::color(MonitorState::Down)));
        if (!ok && first.isEmpty())
            first = tr("Assertion %1: %2").arg(row + 1).arg(MonitorInput::sentence(problem));
    }
    m_problem = first;
    m_error->setText(first);
    m_error->setVisible(!first.isEmpty());
    m_addButton->setEnabled(m_table->rowCount() < JsonAssertion::kMaxPerMonitor);
    emit changed();
}
