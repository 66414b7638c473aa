#include "tests/support/Builders.h"
#include "ui/table/MonitorFilterModel.h"
#include "ui/table/MonitorTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
constexpr int kMonitors = 400;

// The order a full sort gives, worked out here from SortRole: rows that pass `wanted`, by
// their key, ties in the model's order (in both directions).
QList<qint64> fullSort(const MonitorTableModel &model, int column, Qt::SortOrder order,
                       const std::function<bool(int)> &wanted)
{
    std::vector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (wanted(row))
            rows.push_back(row);
    }
    const auto key = [&model, column](int row) {
        return model.index(row, column).data(MonitorTableModel::SortRole);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int left, int right) {
        const QPartialOrdering compared = QVariant::compare(key(left), key(right));
        return order == Qt::AscendingOrder ? compared == QPartialOrdering::Less
                                           : compared == QPartialOrdering::Greater;
    });
    QList<qint64> ids;
    for (const int row : rows)
        ids.append(model.idAt(row));
    return ids;
}

QList<qint64> shownIds(const MonitorFilterModel &filter)
{
    QList<qint64> ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids.append(filter.index(row, 0).data(MonitorTableModel::MonitorIdRole).toLongLong());
    return ids;
}

QList<qint64> selectedIds(const QItemSelectionModel &selection)
{
    QList<qint64> ids;
    for (const QModelIndex &index : selection.selectedRows())
        ids.append(index.data(MonitorTableModel::MonitorIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestMonitorFilterModel final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mergedResortEqualsFullSort_data();
    void mergedResortEqualsFullSort();
    void filteredRowsEnterAndLeaveInOrder();
    void search_data();
    void search();
    void typingAndDeletingEqualsAFreshSearch();
    void editedMonitorIsSearchedByItsNewName();
    void addedAndRemovedRowsKeepTheOrder();

private:
    void applyRandomResults(int count, bool withStates);

    std::unique_ptr<MonitorTableModel> m_model;
    std::unique_ptr<MonitorFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
    QRandomGenerator m_random{7};
    QDateTime m_at = kNow;
};

void TestMonitorFilterModel::init()
{
    m_model = std::make_unique<MonitorTableModel>();
    m_filter = std::make_unique<MonitorFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList tags = {u"Prod"_s, u"lab"_s, u"edge"_s};
    QList<Monitor> monitors;
    for (int i = 1; i <= kMonitors; ++i) {
        // Few distinct names: many ties when sorted by name.
        monitors << MonitorBuilder(u"Site-%1"_s.arg(i % 37))
                        .id(i)
                        .url(u"https://host-%1.example/path"_s.arg(i % 50))
                        .tags({tags.at(i % 3)})
                        .build();
    }
    m_model->setMonitors(monitors, {});
}

void TestMonitorFilterModel::cleanup()
{
    m_filterTester.reset();
    m_filter.reset();
    m_model.reset();
}

// Results for `count` random monitors, with few distinct response times (ties); some go down
// and come back when `withStates`.
void TestMonitorFilterModel::applyRandomResults(int count, bool withStates)
{
    ResultBatch batch;
    m_at = m_at.addSecs(1);
    for (int i = 0; i < count; ++i) {
        const qint64 id = 1 + m_random.bounded(kMonitors);
        const bool down = withStates && m_random.bounded(4) == 0;
        batch.results.append(
            makeResult(id, m_at, down ? Verdict::Down : Verdict::Up, 10 * m_random.bounded(8)));
        if (withStates) {
            const MonitorState from = m_model->state(id);
            const MonitorState to = down ? MonitorState::Down : MonitorState::Up;
            if (from != to)
                batch.changes.append(makeChange(id, m_at, from, to));
        }
    }
    m_model->applyBatch(batch);
    m_model->flushChanges();
}

void TestMonitorFilterModel::mergedResortEqualsFullSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("response, ascending")
        << int(MonitorTableModel::ResponseColumn) << Qt::AscendingOrder;
    QTest::newRow("response, descending")
        << int(MonitorTableModel::ResponseColumn) << Qt::DescendingOrder;
    QTest::newRow("last check") << int(MonitorTableModel::LastCheckColumn) << Qt::AscendingOrder;
    QTest::newRow("status") << int(MonitorTableModel::StatusColumn) << Qt::DescendingOrder;
    QTest::newRow("recent checks") << int(MonitorTableModel::HistoryColumn) << Qt::AscendingOrder;
    QTest::newRow("uptime") << int(MonitorTableModel::UptimeColumn) << Qt::DescendingOrder;
}

void TestMonitorFilterModel::mergedResortEqualsFullSort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    applyRandomResults(kMonitors, true);
    m_filter->sort(column, order);
    const auto all = [](int) { return true; };
    QCOMPARE(shownIds(*m_filter), fullSort(*m_model, column, order, all));

    QItemSelectionModel selection(m_filter.get());
    for (int round = 0; round < 25; ++round) {
        // A few rows selected and one current, by monitor.
        selection.clear();
        QList<qint64> selected;
        for (int i = 0; i < 3; ++i) {
            const int row = m_random.bounded(m_filter->rowCount());
            selection.select(m_filter->index(row, 0),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        selected = selectedIds(selection);
        const int currentRow = m_random.bounded(m_filter->rowCount());
        selection.setCurrentIndex(m_filter->index(currentRow, MonitorTableModel::NameColumn),
                                  QItemSelectionModel::NoUpdate);
        const qint64 current =
            m_filter->index(currentRow, 0).data(MonitorTableModel::MonitorIdRole).toLongLong();

        // From a handful of rows to more than half of them.
        applyRandomResults(1 + m_random.bounded(round % 5 == 0 ? kMonitors : 20), true);
        m_filter->refreshNow();
        QCOMPARE(shownIds(*m_filter), fullSort(*m_model, column, order, all));
        QCOMPARE(selectedIds(selection), selected);
        QCOMPARE(selection.currentIndex().data(MonitorTableModel::MonitorIdRole).toLongLong(),
                 current);
        QCOMPARE(selection.currentIndex().column(), int(MonitorTableModel::NameColumn));
    }
}

void TestMonitorFilterModel::filteredRowsEnterAndLeaveInOrder()
{
    m_filter->sort(MonitorTableModel::ResponseColumn, Qt::DescendingOrder);
    m_filter->setStateFilter(MonitorState::Down);
    m_filter->setSearchText(u"site-1"_s);
    const auto wanted = [this](int row) {
        return isDownState(m_model->stateAt(row)) &&
               m_model->index(row, MonitorTableModel::NameColumn)
                   .data()
                   .toString()
                   .contains(u"SITE-1"_s, Qt::CaseInsensitive);
    };
    for (int round = 0; round < 6; ++round) {
        applyRandomResults(1 + m_random.bounded(60), true);
        // Within a second without being asked.
        QTRY_COMPARE(shownIds(*m_filter), fullSort(*m_model, MonitorTableModel::ResponseColumn,
                                                   Qt::DescendingOrder, wanted));
    }
    QVERIFY(m_filter->rowCount() > 0);
    // Every state again: the rows let back in come sorted.
    m_filter->setStateFilter(std::nullopt);
    m_filter->setSearchText({});
    QCOMPARE(shownIds(*m_filter), fullSort(*m_model, MonitorTableModel::ResponseColumn,
                                           Qt::DescendingOrder, [](int) { return true; }));
}

void TestMonitorFilterModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    // Names are Site-0 … Site-36, URLs host-0 … host-49, tags Prod, lab, edge.
    QTest::newRow("name, other case") << u"sItE-36"_s << kMonitors / 37;
    QTest::newRow("url") << u"HOST-49.example"_s << kMonitors / 50;
    QTest::newRow("tag, other case") << u"pROD"_s << kMonitors / 3;
    QTest::newRow("path of the url") << u"/PATH"_s << kMonitors;
    QTest::newRow("across fields finds nothing") << u"example/pathprod"_s << 0;
    QTest::newRow("nothing") << u"zulu"_s << 0;
}

void TestMonitorFilterModel::search()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    m_filter->sort(MonitorTableModel::NameColumn, Qt::AscendingOrder);
    m_filter->setSearchText(text);
    // What the search did before it was precomputed: each field, without case.
    const auto wanted = [this, &text](int row) {
        const QModelIndex name = m_model->index(row, MonitorTableModel::NameColumn);
        const QStringList fields =
            QStringList{name.data().toString(),
                        m_model->index(row, MonitorTableModel::UrlColumn).data().toString()} +
            m_model->tagsAt(row);
        return std::any_of(fields.cbegin(), fields.cend(), [&text](const QString &field) {
            return field.contains(text, Qt::CaseInsensitive);
        });
    };
    const QList<qint64> ids =
        fullSort(*m_model, MonitorTableModel::NameColumn, Qt::AscendingOrder, wanted);
    QCOMPARE(shownIds(*m_filter), ids);
    QVERIFY(qAbs(ids.size() - expected) <= 1);
}

void TestMonitorFilterModel::typingAndDeletingEqualsAFreshSearch()
{
    m_filter->sort(MonitorTableModel::UrlColumn, Qt::DescendingOrder);
    applyRandomResults(50, true);
    m_filter->setStateFilter(MonitorState::Up);
    const QString typed = u"host-1"_s;
    QStringList steps;
    for (qsizetype i = 1; i <= typed.size(); ++i)
        steps << typed.left(i);
    for (qsizetype i = typed.size() - 1; i >= 0; --i)
        steps << typed.left(i);
    steps << u"site"_s << u"edge"_s << u"e"_s;
    for (const QString &text : std::as_const(steps)) {
        m_filter->setSearchText(text);
        MonitorFilterModel fresh;
        fresh.setSourceModel(m_model.get());
        fresh.setStateFilter(MonitorState::Up);
        fresh.setSearchText(text);
        fresh.sort(MonitorTableModel::UrlColumn, Qt::DescendingOrder);
        QCOMPARE(shownIds(*m_filter), shownIds(fresh));
    }
}

void TestMonitorFilterModel::editedMonitorIsSearchedByItsNewName()
{
    m_filter->setSearchText(u"renamed"_s);
    QCOMPARE(m_filter->rowCount(), 0);
    Monitor monitor = *m_model->monitor(7);
    monitor.name = u"ReNamed"_s;
    monitor.tags = {u"Fresh"_s};
    m_model->updateMonitor(monitor);
    QTRY_COMPARE(shownIds(*m_filter), QList<qint64>{7});
    m_filter->setSearchText(u"FRESH"_s);
    QCOMPARE(shownIds(*m_filter), QList<qint64>{7});
    m_filter->setSearchText(u"Site-7"_s);
    QVERIFY(!shownIds(*m_filter).contains(7));
}

void TestMonitorFilterModel::addedAndRemovedRowsKeepTheOrder()
{
    applyRandomResults(kMonitors, false);
    m_filter->sort(MonitorTableModel::NameColumn, Qt::DescendingOrder);
    const auto all = [](int) { return true; };
    QItemSelectionModel selection(m_filter.get());
    const QModelIndex current = m_filter->index(10, 0);
    const qint64 currentId = current.data(MonitorTableModel::MonitorIdRole).toLongLong();
    selection.setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    for (int i = 0; i < 5; ++i) {
        m_model->addMonitor(MonitorBuilder(u"Site-%1"_s.arg(i * 7)).id(1000 + i).build(),
                            MonitorState::Up);
        QCOMPARE(shownIds(*m_filter),
                 fullSort(*m_model, MonitorTableModel::NameColumn, Qt::DescendingOrder, all));
    }
    QList<qint64> removed;
    for (int i = 0; i < 40; ++i) {
        const qint64 id = 1 + m_random.bounded(kMonitors);
        if (id != currentId)
            removed.append(id);
    }
    m_model->removeMonitors(removed);
    QCOMPARE(shownIds(*m_filter),
             fullSort(*m_model, MonitorTableModel::NameColumn, Qt::DescendingOrder, all));
    QCOMPARE(selection.currentIndex().data(MonitorTableModel::MonitorIdRole).toLongLong(),
             currentId);
    // Removing most rows at once (scattered: a reset) leaves the rest in order.
    QList<qint64> most;
    for (qint64 id = 1; id <= kMonitors; id += 1 + (id % 3 == 0 ? 1 : 0))
        most.append(id);
    m_model->removeMonitors(most);
    QCOMPARE(shownIds(*m_filter),
             fullSort(*m_model, MonitorTableModel::NameColumn, Qt::DescendingOrder, all));
}

QTEST_MAIN(TestMonitorFilterModel)
#include "tst_monitorfiltermodel.moc"
