#include "ui/window/MonitorFilterBar.h"

#include "ui/table/MonitorFilterModel.h"
#include "ui/window/StatusStyle.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

MonitorFilterBar::MonitorFilterBar(MonitorFilterModel &filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_tag(new QComboBox(this))
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, URL or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(480);
    m_search->setToolTip(tr("Esc clears the search"));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, &m_filter, &MonitorFilterModel::setSearchText);

    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), -1);
    for (const MonitorState state :
         {MonitorState::Down, MonitorState::Degraded, MonitorState::Up, MonitorState::Pending,
          MonitorState::Maintenance, MonitorState::Paused})
        m_state->addItem(StatusStyle::icon(state), StatusStyle::label(state), int(state));
    m_state->setToolTip(tr("Show only monitors in this state (Down includes unreachable)"));
    // Wide enough for its longest state, in the box and in its popup.
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_state->view()->setTextElideMode(Qt::ElideNone);
    m_state->view()->setMinimumWidth(m_state->view()->sizeHintForColumn(0) +
                                     m_state->iconSize().width());
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_state->currentData().toInt();
        m_filter.setStateFilter(state < 0 ? std::nullopt
                                          : std::optional<MonitorState>(MonitorState(state)));
    });

    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag->addItem(tr("All tags"), QString());
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_filter.setTagFilter(m_tag->currentData().toString()); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_tag);
    layout->addStretch(1);
}

void MonitorFilterBar::setTags(const QStringList &tags)
{
    QStringList shown;
    for (int i = 1; i < m_tag->count(); ++i)
        shown.append(m_tag->itemData(i).toString());
    if (shown == tags)
        return;
    const QString current = m_tag->currentData().toString();
    {
        const QSignalBlocker block(m_tag);
        while (m_tag->count() > 1)
            m_tag->removeItem(1);
        for (const QString &tag : tags)
            m_tag->addItem(tag, tag);
        m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
    }
    m_filter.setTagFilter(m_tag->currentData().toString());
}

void MonitorFilterBar::clear()
{
    m_search->clear();
    m_state->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
}

bool MonitorFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MonitorFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}
