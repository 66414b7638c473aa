#include "ui/window/WindowLayout.h"

#include "ui/table/MonitorTableModel.h"
#include "ui/window/DetailPane.h"

#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMargins>
#include <QScreen>
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
constexpr int kDefaultTableShare = 58; // percent of the splitter's height
// Room a window manager's frame takes around the window.
constexpr QMargins kFrameAllowance(8, 32, 8, 8);
constexpr int kStretchedColumn = MonitorTableModel::UrlColumn;

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
    // The default size; on a screen too small for it (frame included), the whole screen.
    const QSize size(1180, 760);
    const QScreen *screen = m_window.screen();
    const QSize available = screen ? screen->availableGeometry().size() : size;
    m_window.resize(size.boundedTo(available));
    const QSize framed = size.grownBy(kFrameAllowance);
    if (available.width() < framed.width() || available.height() < framed.height())
        m_window.setWindowState(m_window.windowState() | Qt::WindowMaximized);
    m_window.restoreGeometry(m_settings.value(kGeometryKey).toByteArray());
    m_window.restoreState(m_settings.value(kStateKey).toByteArray());
    // The table gets most of the height; the details scroll in the rest.
    // (Shares of a height known only when the splitter is first laid out: eventFilter().)
    if (!m_splitter.restoreState(m_settings.value(kSplitterKey).toByteArray()))
        m_splitter.installEventFilter(this);
    QHeaderView *header = m_table.horizontalHeader();
    if (header->restoreState(m_settings.value(kHeaderKey).toByteArray())) {
        m_table.sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        fitColumns(*header); // a layout saved by an older version stretched the last column
    }
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

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_splitter && event->type() == QEvent::Resize && m_splitter.height() > 0) {
        m_splitter.removeEventFilter(this);
        const int table = m_splitter.height() * kDefaultTableShare / 100;
        m_splitter.setSizes({table, m_splitter.height() - table});
    }
    return QObject::eventFilter(watched, event);
}

void WindowLayout::fitColumns(QHeaderView &header)
{
    header.setStretchLastSection(false);
    header.setSectionResizeMode(QHeaderView::Interactive);
    header.setSectionResizeMode(kStretchedColumn, QHeaderView::Stretch);
}

bool WindowLayout::firstHideToTray()
{
    const bool firstTime = !m_settings.value(kTrayExplainedKey).toBool();
    m_settings.setValue(kTrayExplainedKey, true);
    return firstTime;
}
