#pragma once

#include <QObject>

class DetailPane;
class QHeaderView;
class QMainWindow;
class QSettings;
class QSplitter;
class QTableView;

// The main window's layout, kept between runs in QSettings: its geometry and toolbar state, the
// splitter between table and details, the table's column widths and sort order, and the chart
// range (saved as soon as it changes). Also remembers whether hiding into the tray was explained.
class WindowLayout final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowLayout)

public:
    // Every widget must outlive this object (they are the window's children, like it).
    WindowLayout(QSettings &settings, QMainWindow &window, QSplitter &splitter, QTableView &table,
                 DetailPane &detail);

    // Puts back the saved layout, or the default one where none was saved.
    void restore();
    void save();
    // True the first time the window hides into the tray; remembered from then on.
    [[nodiscard]] bool firstHideToTray();
    // The URL column takes the width the others leave (it gives way first in a narrow window);
    // the others keep the width they were given or dragged to.
    static void fitColumns(QHeaderView &header);

protected:
    // Gives the splitter its default shares once its height is known.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSettings &m_settings;
    QMainWindow &m_window;
    QSplitter &m_splitter;
    QTableView &m_table;
    DetailPane &m_detail;
};
