#include "ui/report/ReportDocument.h"

#include "core/format/DisplayFormat.h"
#include "ui/window/StatusStyle.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTime>

namespace {

// Printable on white paper and readable in any browser; QTextDocument understands all of it.
constexpr QLatin1StringView kStyle(R"(
body { font-family: sans-serif; color: #1f2328; }
h1 { font-size: 20pt; margin-bottom: 2px; }
h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }
p.meta { color: #59636e; margin-top: 0; }
table { border-collapse: collapse; margin-bottom: 6px; font-size: 8pt; }
th { background-color: #eef1f4; text-align: left; font-weight: bold; }
th, td { border: 1px solid #d0d7de; padding: 3px 6px; }
td.number, th.number { text-align: right; }
p.none { color: #59636e; }
)");

QString cell(const QString &text, bool number = false)
{
    if (!number)
        return u"<td>" + text + u"</td>";
    // A figure stays on one line ("99.95 %", "1 day 7 h"): its spaces do not break. (CSS
    // nowrap would do it in a browser, but QTextDocument then lays the table out too narrow.)
    return u"<td class=\"number\" align=\"right\">" + QString(text).replace(u' ', QChar(0xa0)) +
           u"</td>";
}

QString headerCell(const QString &text, bool number = false)
{
    const QString align = number ? QStringLiteral(" class=\"number\" align=\"right\"")
                                 : QStringLiteral(" align=\"left\"");
    return u"<th" + align + u">" + text.toHtmlEscaped() + u"</th>";
}

QString row(const QString &cells)
{
    return u"<tr>" + cells + u"</tr>\n";
}

QString tableStart()
{
    return QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString coloured(MonitorState state, const QString &text)
{
    return u"<span style=\"color: " + StatusStyle::color(state).name() + u"\">" +
           text.toHtmlEscaped() + u"</span>";
}

} // namespace

ReportDocument::ReportDocument(UptimeReport report)
    : m_report(std::move(report))
{
}

std::optional<ReportDocument::Format> ReportDocument::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    return std::nullopt;
}

QString ReportDocument::unknownFormatError(const QString &path)
{
    return tr("cannot tell the format of %1: the file name must end in .pdf or .html").arg(path);
}

QString ReportDocument::title() const
{
    return tr("Uptime report: %1").arg(periodText());
}

QString ReportDocument::periodText() const
{
    const ReportPeriod &period = m_report.period;
    if (!period.monthName().isEmpty())
        return QLocale().toString(period.from.toLocalTime().date(), QStringLiteral("MMMM yyyy"));
    return rangeText();
}

QString ReportDocument::rangeText() const
{
    const QDateTime from = m_report.period.from.toLocalTime();
    const QDateTime to = m_report.period.to.toLocalTime();
    // Whole local days read as their first and last day.
    if (from.time() == QTime(0, 0) && to.time() == QTime(0, 0)) {
        return tr("%1 to %2")
            .arg(QLocale().toString(from.date(), QLocale::ShortFormat),
                 QLocale().toString(to.date().addDays(-1), QLocale::ShortFormat));
    }
    return tr("%1 to %2").arg(DisplayFormat::dateTime(from), DisplayFormat::dateTime(to));
}

QString ReportDocument::summaryTable() const
{
    QString html = tableStart();
    html += row(headerCell(tr("Monitors"), true) + headerCell(tr("Checks"), true) +
                headerCell(tr("Uptime"), true) + headerCell(tr("Downtime (min)"), true) +
                headerCell(tr("Maintenance (min)"), true) + headerCell(tr("Incidents"), true));
    html += row(cell(number(m_report.monitors.size()), true) +
                cell(number(m_report.checkCount()), true) +
                cell(DisplayFormat::percent(m_report.uptimePercent()), true) +
                cell(number(UptimeReport::minutes(m_report.downtimeMs())), true) +
                cell(number(UptimeReport::minutes(m_report.maintenanceMs())), true) +
                cell(number(m_report.incidentCount()), true));
    return html + u"</table>\n";
}

QString ReportDocument::monitorsTable() const
{
    QString html = tableStart();
    html += row(headerCell(tr("Monitor")) + headerCell(tr("Checks"), true) +
                headerCell(tr("Uptime"), true) + headerCell(tr("Downtime (min)"), true) +
                headerCell(tr("Maintenance (min)"), true) + headerCell(tr("Degraded (min)"), true) +
                headerCell(tr("Incidents"), true) + headerCell(tr("p50"), true) +
                headerCell(tr("p95"), true));
    for (const MonitorReport &monitor : m_report.monitors) {
        const QString uptime = DisplayFormat::percent(monitor.uptimePercent());
        html +=
            row(cell(u"<b>" + monitor.name.toHtmlEscaped() + u"</b>") +
                cell(number(monitor.checkCount()), true) +
                cell(monitor.downtimeMs > 0 ? coloured(MonitorState::Down, uptime)
                                            : uptime.toHtmlEscaped(),
                     true) +
                cell(number(UptimeReport::minutes(monitor.downtimeMs)), true) +
                cell(number(UptimeReport::minutes(monitor.maintenanceMs)), true) +
                cell(number(UptimeReport::minutes(monitor.degradedMs)), true) +
                cell(number(monitor.incidents.size()), true) +
                cell(DisplayFormat::milliseconds(monitor.checks.p50Ms()).toHtmlEscaped(), true) +
                cell(DisplayFormat::milliseconds(monitor.checks.p95Ms()).toHtmlEscaped(), true));
    }
    return html + u"</table>\n";
}

QString ReportDocument::incidentsSection() const
{
    QString html = u"<h2>" + tr("Incidents").toHtmlEscaped() + u"</h2>\n";
    for (const MonitorReport &monitor : m_report.monitors) {
        html += u"<h3>" + monitor.name.toHtmlEscaped() +
                u" <span style=\"font-weight: normal; color: #59636e\">" +
                monitor.url.toHtmlEscaped() + u"</span></h3>\n";
        if (monitor.incidents.isEmpty()) {
            html += u"<p class=\"none\">" + tr("No incidents in this period.").toHtmlEscaped() +
                    u"</p>\n";
            continue;
        }
        html += tableStart();
        html += row(headerCell(tr("State")) + headerCell(tr("Started")) + headerCell(tr("Ended")) +
                    headerCell(tr("Duration"), true) + headerCell(tr("Reason")) +
                    headerCell(tr("Error")));
        for (const ReportIncident &listed : monitor.incidents) {
            const Incident &incident = listed.incident;
            html += row(cell(coloured(incident.state, StatusStyle::label(incident.state))) +
                        cell(DisplayFormat::dateTime(incident.startedAt).toHtmlEscaped()) +
                        cell(incident.endedAt.isValid()
                                 ? DisplayFormat::dateTime(incident.endedAt).toHtmlEscaped()
                                 : u"<i>" + tr("ongoing").toHtmlEscaped() + u"</i>") +
                        cell(DisplayFormat::duration(listed.durationMs).toHtmlEscaped(), true) +
                        cell(reasonName(incident.reason).toHtmlEscaped()) +
                        cell(incident.error.toHtmlEscaped()));
        }
        html += u"</table>\n";
    }
    return html;
}

QString ReportDocument::summaryHtml() const
{
    return u"<h3>" + tr("Summary").toHtmlEscaped() + u"</h3>\n" + summaryTable() + u"<h3>" +
           tr("Monitors").toHtmlEscaped() + u"</h3>\n" + monitorsTable();
}

QString ReportDocument::html() const
{
    const QString heading = title().toHtmlEscaped();
    QString html = u"<!DOCTYPE html>\n<html lang=\"" + QLocale().bcp47Name() +
                   u"\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + heading +
                   u"</title>\n<style>" + kStyle + u"</style>\n</head>\n<body>\n";
    html += u"<h1>" + heading + u"</h1>\n";
    html += u"<p class=\"meta\">" + tr("Period: %1 (local time)").arg(rangeText()).toHtmlEscaped() +
            u"<br>" +
            tr("Generated %1 by Upwatch")
                .arg(DisplayFormat::dateTime(m_report.generatedAt))
                .toHtmlEscaped() +
            u"</p>\n";
    html += u"<h2>" + tr("Summary").toHtmlEscaped() + u"</h2>\n" + summaryTable();
    html += u"<p class=\"meta\">" +
            tr("Uptime counts the checks that were up or degraded; checks made during "
               "maintenance are left out. Response times (p50, p95) are of the answered "
               "checks.")
                .toHtmlEscaped() +
            u"</p>\n";
    html += u"<h2>" + tr("Monitors").toHtmlEscaped() + u"</h2>\n" + monitorsTable();
    html += incidentsSection();
    return html + u"</body>\n</html>\n";
}

QByteArray ReportDocument::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() adds 2 cm margins and the page numbers itself.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Upwatch"));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setHtml(html());
        document.print(&writer);
    }
    return bytes;
}

bool ReportDocument::write(const QString &path, QString *error) const
{
    const auto format = formatFor(path);
    if (!format) {
        *error = unknownFormatError(path);
        return false;
    }
    const QByteArray bytes = *format == Format::Pdf ? pdf() : html().toUtf8();
    if (bytes.isEmpty()) {
        *error = tr("cannot make the PDF of the report");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
