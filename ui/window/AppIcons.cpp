#include "ui/window/AppIcons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>

// The resources live in a static library: nothing refers to them, so they must be registered by
// hand before the first use. Q_INIT_RESOURCE may not be used inside a namespace.
static void registerResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(upwatch);
        return true;
    }();
    Q_UNUSED(registered)
}

namespace {

// Disabled icons: grey and faint, as the platform style draws them.
QPixmap disabledCopy(const QPixmap &pixmap)
{
    QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int gray = qGray(line[x]);
            line[x] = qRgba(gray, gray, gray, qAlpha(line[x]) * 2 / 5);
        }
    }
    QPixmap result = QPixmap::fromImage(image);
    result.setDevicePixelRatio(pixmap.devicePixelRatio());
    return result;
}

class SvgIconEngine final : public QIconEngine {
public:
    explicit SvgIconEngine(const QString &path)
        : m_path(path)
        , m_renderer(std::make_shared<QSvgRenderer>(path))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio =
            painter->device() != nullptr ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        if (size.isEmpty() || !m_renderer->isValid())
            return {};
        const quint64 key = (quint64(size.width()) << 32) | (quint64(size.height()) << 8) |
                            quint64(mode == QIcon::Disabled ? 1 : 0);
        if (const auto found = m_cache.constFind(key); found != m_cache.cend())
            return *found;
        QPixmap result(size);
        result.fill(Qt::transparent);
        {
            QPainter painter(&result);
            painter.setRenderHint(QPainter::Antialiasing);
            // Square icons fill the square; others keep their aspect ratio, centred.
            QSizeF drawn = m_renderer->defaultSize().toSizeF();
            drawn.scale(size.toSizeF(), Qt::KeepAspectRatio);
            const QPointF origin((size.width() - drawn.width()) / 2,
                                 (size.height() - drawn.height()) / 2);
            m_renderer->render(&painter, QRectF(origin, drawn));
        }
        if (mode == QIcon::Disabled)
            result = disabledCopy(result);
        m_cache.insert(key, result);
        return result;
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(mode)
        Q_UNUSED(state)
        return size;
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(mode)
        Q_UNUSED(state)
        return m_renderer->isValid() ? AppIcons::standardSizes() : QList<QSize>();
    }

    [[nodiscard]] QIconEngine *clone() const override { return new SvgIconEngine(*this); }
    [[nodiscard]] QString key() const override { return QStringLiteral("UpwatchSvgIconEngine"); }
    bool isNull() override { return !m_renderer->isValid(); }

private:
    SvgIconEngine(const SvgIconEngine &other) = default;

    QString m_path;
    std::shared_ptr<QSvgRenderer> m_renderer; // shared by clones; never changed after loading
    QHash<quint64, QPixmap> m_cache;
};

} // namespace

namespace AppIcons {

QIcon app()
{
    static const QIcon icon = fromSvg(QStringLiteral(":/icons/upwatch.svg"));
    return icon;
}

QIcon fromSvg(const QString &resourcePath)
{
    registerResources();
    auto engine = std::make_unique<SvgIconEngine>(resourcePath);
    if (engine->isNull())
        return {};
    return QIcon(engine.release());
}

QByteArray appPng(int size)
{
    registerResources();
    QFile file(QStringLiteral(":/icons/upwatch-%1.png").arg(size));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<QSize> standardSizes()
{
    QList<QSize> sizes;
    for (const int side : {16, 22, 24, 32, 48, 64, 128, 256})
        sizes.append(QSize(side, side));
    return sizes;
}

} // namespace AppIcons
