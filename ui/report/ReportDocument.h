#pragma once

#include "core/report/UptimeReport.h"

#include <QCoreApplication>
#include <QString>

// An uptime report as a document to hand to someone: HTML (a clean, printable page that a browser
// shows as it is) and PDF (the same HTML laid out by QTextDocument on A4 pages with page numbers,
// through QPdfWriter; needs a QGuiApplication). Title, period, when it was made, a summary, a
// table of the monitors, then each monitor's incidents. Numbers read as in the window
// (DisplayFormat, the current QLocale); headings are translated in the "ReportDocument" context.
class ReportDocument final {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    enum class Format { Html, Pdf };

    explicit ReportDocument(UptimeReport report);

    // The format a file name asks for by its extension (.html, .htm, .pdf; any case); nullopt
    // for any other.
    [[nodiscard]] static std::optional<Format> formatFor(const QString &path);
    // The error for a file name with no known extension.
    [[nodiscard]] static QString unknownFormatError(const QString &path);

    [[nodiscard]] QString title() const;
    // The period as people read it: "November 2026" for a calendar month, else its two ends.
    [[nodiscard]] QString periodText() const;
    [[nodiscard]] QString html() const;
    // Only the summary table and the monitors' table (for a preview).
    [[nodiscard]] QString summaryHtml() const;

    // Writes the report to `path` in the format its extension asks for; the file appears whole
    // or not at all. False with a sentence in `error` when it cannot.
    bool write(const QString &path, QString *error) const;

private:
    // The period's two ends: its first and last day when it is whole local days.
    [[nodiscard]] QString rangeText() const;
    [[nodiscard]] QString summaryTable() const;
    [[nodiscard]] QString monitorsTable() const;
    [[nodiscard]] QString incidentsSection() const;
    [[nodiscard]] QByteArray pdf() const;

    UptimeReport m_report;
};
