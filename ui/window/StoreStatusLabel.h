#pragma once

#include <QLabel>

// The status bar's word on the store: a problem (in the DOWN colour) or news such as "writing
// history again". A message either stays until replaced or cleared, or fades after 30 s.
class StoreStatusLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreStatusLabel)

public:
    explicit StoreStatusLabel(QWidget *parent = nullptr);

    // An empty message clears the label.
    void showMessage(const QString &message, bool problem, bool fades);
};
