#include "ui/window/MonitorListArea.h"

#include "ui/table/MonitorFilterModel.h"
#include "ui/window/MonitorFilterBar.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A centred column of widgets on the table's background; labels take the column's width (and
// wrap in it), buttons are centred in it.
QWidget *panel(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *page = new QWidget(parent);
    page->setAutoFillBackground(true);
    page->setBackgroundRole(QPalette::Base);
    auto *layout = new QGridLayout(page);
    layout->setRowStretch(0, 1);
    int row = 1;
    for (QWidget *widget : widgets) {
        widget->setParent(page);
        const bool isLabel = qobject_cast<QLabel *>(widget) != nullptr;
        layout->addWidget(widget, row++, 1, isLabel ? Qt::Alignment() : Qt::AlignHCenter);
    }
    layout->setRowStretch(row, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
    layout->setColumnMinimumWidth(1, page->fontMetrics().averageCharWidth() * 56);
    return page;
}

QLabel *centredLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

MonitorListArea::MonitorListArea(QTableView &table, MonitorFilterModel &filter, QAction &addAction,
                                 QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_filterBar(new MonitorFilterBar(filter, this))
    , m_stack(new QStackedWidget(this))
{
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_stack->setObjectName(QStringLiteral("monitorListStack"));
    m_stack->addWidget(&table);

    auto *title = centredLabel(tr("No monitors yet"));
    title->setObjectName(QStringLiteral("firstRunTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *text = centredLabel(tr("Add a website or an API to watch. Upwatch checks it at once, "
                                 "keeps its history and tells you when it goes down."));
    auto *add = new QPushButton(addAction.icon(), tr("Add monitor…"));
    add->setObjectName(QStringLiteral("firstRunAddButton"));
    add->setDefault(true);
    connect(add, &QPushButton::clicked, &addAction, &QAction::trigger);
    QWidget *firstRun = panel(m_stack, {title, text, add});
    firstRun->setObjectName(QStringLiteral("firstRunPanel"));
    m_stack->addWidget(firstRun);

    m_noMatch = centredLabel(QString());
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    auto *clear = new QPushButton(tr("Clear filters"));
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(clear, &QPushButton::clicked, m_filterBar, &MonitorFilterBar::clear);
    QWidget *noMatch = panel(m_stack, {m_noMatch, clear});
    noMatch->setObjectName(QStringLiteral("noMatchPanel"));
    m_stack->addWidget(noMatch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);

    connect(&m_filter, &QAbstractItemModel::rowsInserted, this, &MonitorListArea::updatePage);
    connect(&m_filter, &QAbstractItemModel::rowsRemoved, this, &MonitorListArea::updatePage);
    connect(&m_filter, &QAbstractItemModel::modelReset, this, &MonitorListArea::updatePage);
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, &MonitorListArea::updatePage);
    connect(&m_filter, &MonitorFilterModel::filtersChanged, this, &MonitorListArea::updatePage);
    // A monitor added while the filters hide it changes "no monitors" into "no match".
    if (const QAbstractItemModel *source = m_filter.sourceModel()) {
        connect(source, &QAbstractItemModel::rowsInserted, this, &MonitorListArea::updatePage);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &MonitorListArea::updatePage);
        connect(source, &QAbstractItemModel::modelReset, this, &MonitorListArea::updatePage);
    }
    updatePage();
}

MonitorListArea::Page MonitorListArea::page() const
{
    return Page(m_stack->currentIndex());
}

void MonitorListArea::updatePage()
{
    const QAbstractItemModel *source = m_filter.sourceModel();
    Page page = Page::Table;
    if (!source || source->rowCount() == 0)
        page = Page::FirstRun;
    else if (m_filter.rowCount() == 0)
        page = Page::NoMatch;
    if (page == Page::NoMatch) {
        const QString search = m_filter.searchText();
        m_noMatch->setText(search.isEmpty() ? tr("No monitor matches the state and tag filters.")
                                            : tr("No monitor matches “%1”.").arg(search));
    }
    m_stack->setCurrentIndex(int(page));
}
