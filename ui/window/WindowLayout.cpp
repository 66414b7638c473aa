#include "ui/window/WindowLayout.h"

#include "ui/window/DetailPane.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kHeaderKey = QStringLiteral("window/tableHeader");
const QString kRangeKey = QStringLiteral("window/chartRange");
const QString kTrayExplainedKey = QStringLiteral("window/closeToTrayExplained");

} // namespace

WindowLayout::WindowLayout(QSettings &settings, QMainWindow &window, QSplitter &splitter,
                           QTableView &table, DetailPane &detail)
    : QObject(&window)
    , m_settings(settings)
    , m_window(window)
    , m_splitter(splitter)
    , m_table(table)
    , m_detail(detail)
{
    connect(&m_detail, &DetailPane::rangeChanged, this,
            [this](DetailPane::Range range) { m_settings.setValue(kRangeKey, int(range)); });
}

void WindowLayout::restore()
{
    m_window.resize(1180, 760);
    m_window.restoreGeometry(m_settings.value(kGeometryKey).toByteArray());
    m_window.restoreState(m_settings.value(kStateKey).toByteArray());
    if (!m_splitter.restoreState(m_settings.value(kSplitterKey).toByteArray()))
        m_splitter.setSizes({420, 340});
    QHeaderView *header = m_table.horizontalHeader();
    if (header->restoreState(m_settings.value(kHeaderKey).toByteArray()))
        m_table.sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    bool ok = false;
    const int range = m_settings.value(kRangeKey).toInt(&ok);
    if (ok && range >= int(DetailPane::Range::Hour) && range <= int(DetailPane::Range::Year))
        m_detail.setRange(DetailPane::Range(range));
}

void WindowLayout::save()
{
    m_settings.setValue(kGeometryKey, m_window.saveGeometry());
    m_settings.setValue(kStateKey, m_window.saveState());
    m_settings.setValue(kSplitterKey, m_splitter.saveState());
    m_settings.setValue(kHeaderKey, m_table.horizontalHeader()->saveState());
}

bool WindowLayout::firstHideToTray()
{
    const bool firstTime = !m_settings.value(kTrayExplainedKey).toBool();
    m_settings.setValue(kTrayExplainedKey, true);
    return firstTime;
}
