// SPDX-License-Identifier: MIT
// Helpers for tests that untrusted text is shown literally and never makes rich text load a file.
#pragma once

#include <QFile>
#include <QImage>
#include <QString>
#include <QTextDocument>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace UntrustedText {

/// What a tooltip or label with @p text shows, read the way Qt reads it (rich text when it looks like it).
inline QString shownText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text); // parsing loads nothing; only layout does
    return doc.toPlainText();
}

/// What rich text (a chart's label, a rich-text tooltip) shows for @p html.
inline QString htmlText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

/// True when @p image has a pixel of @p colour (a probe image drawn into it).
inline bool hasColour(const QImage &image, QRgb colour)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            if ((line[x] & 0xffffff) == (colour & 0xffffff))
                return true;
    }
    return false;
}

/// A PNG of one recognisable colour at @p path, watched with inotify: opens() says how often anything opened it.
/// A document that loads it would also draw its colour (hasColour), which works where inotify does not.
class FileProbe {
public:
    static constexpr QRgb Colour = 0xffff00ff;

    explicit FileProbe(const QString &path)
        : m_path(path)
    {
        QImage image(48, 48, QImage::Format_RGB32);
        image.fill(Colour);
        image.save(path, "PNG");
#ifdef Q_OS_LINUX
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0)
            m_wd = inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN);
#endif
    }
    ~FileProbe()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    FileProbe(const FileProbe &) = delete;
    FileProbe &operator=(const FileProbe &) = delete;

    QString path() const { return m_path; }
    /// The markup an attacker would put in a title, a path or a module name.
    QString imgTag() const { return QStringLiteral("<img src=") + m_path + QLatin1Char('>'); }
    /// False where opens are not observable (not Linux, no inotify): then only the colour checks apply.
    bool isWatching() const { return m_wd >= 0; }

    /// Opens of the file since the last call (inotify queues them synchronously, so nothing is missed).
    int opens()
    {
        int n = 0;
#ifdef Q_OS_LINUX
        if (m_fd < 0)
            return 0;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t len = ::read(m_fd, buffer, sizeof buffer);
            if (len <= 0)
                break;
            for (ssize_t i = 0; i < len;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + i);
                if (event->mask & IN_OPEN)
                    ++n;
                i += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
#endif
        return n;
    }

private:
    QString m_path;
    int m_fd = -1;
    int m_wd = -1;
};

} // namespace UntrustedText
