// SPDX-License-Identifier: MIT
#include "isoweek.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PrLens {

std::optional<UtcOffset> UtcOffset::parse(QStringView text)
{
    QString t = text.trimmed().toString().toUpper();
    if (t == u"Z" || t == u"UTC" || t == u"GMT")
        return UtcOffset(0);
    if (t.startsWith(u"UTC"_s) || t.startsWith(u"GMT"_s))
        t = t.mid(3);
    static const QRegularExpression re(u"^([+-])(\\d{1,2})(?::?(\\d{2}))?$"_s);
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(2).toInt();
    const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int sign = m.captured(1) == u"-" ? -1 : 1;
    return UtcOffset(sign * (hours * 3600 + minutes * 60));
}

QString UtcOffset::toString() const
{
    const int a = std::abs(m_seconds);
    return u"%1%2:%3"_s.arg(QChar(m_seconds < 0 ? u'-' : u'+'))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString UtcOffset::displayName() const
{
    if (m_seconds == 0)
        return u"UTC"_s;
    const int a = std::abs(m_seconds);
    QString s = u"UTC%1%2"_s.arg(QChar(m_seconds < 0 ? u'-' : u'+')).arg(a / 3600);
    if (a % 3600)
        s += u":%1"_s.arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
    return s;
}

std::optional<IsoWeek> IsoWeek::parse(QStringView text)
{
    static const QRegularExpression re(u"^(\\d{4})-?[Ww](\\d{1,2})$"_s);
    const auto m = re.matchView(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const IsoWeek w(m.captured(1).toInt(), m.captured(2).toInt());
    if (!w.isValid())
        return std::nullopt;
    return w;
}

IsoWeek IsoWeek::containing(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return {year, week};
}

IsoWeek IsoWeek::containing(const QDateTime &instant, UtcOffset zone)
{
    return containing(instant.toUTC().addSecs(zone.seconds()).date());
}

int IsoWeek::weeksInYear(int year)
{
    // December 28th is always in the last ISO week of its year.
    return QDate(year, 12, 28).weekNumber();
}

bool IsoWeek::isValid() const
{
    return m_year >= 1970 && m_year <= 9999 && m_week >= 1 && m_week <= weeksInYear(m_year);
}

QDate IsoWeek::monday() const
{
    // January 4th is always in week 1.
    const QDate jan4(m_year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (m_week - 1));
}

IsoWeek IsoWeek::next() const
{
    return addWeeks(1);
}
IsoWeek IsoWeek::previous() const
{
    return addWeeks(-1);
}

IsoWeek IsoWeek::addWeeks(int n) const
{
    return containing(monday().addDays(7 * n));
}

QString IsoWeek::toString() const
{
    return u"%1-W%2"_s.arg(m_year, 4, 10, QLatin1Char('0')).arg(m_week, 2, 10, QLatin1Char('0'));
}

WeekRange WeekRange::of(IsoWeek week, UtcOffset zone)
{
    const QDateTime localMidnight(week.monday(), QTime(0, 0), QTimeZone::UTC);
    WeekRange r;
    r.start = localMidnight.addSecs(-zone.seconds());
    r.end = r.start.addDays(7);
    return r;
}

bool WeekRange::contains(const QDateTime &instant) const
{
    return instant >= start && instant < end;
}

QString WeekRange::isoWithOffset(const QDateTime &utc, UtcOffset zone)
{
    const QDateTime local = utc.toUTC().addSecs(zone.seconds());
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + zone.toString();
}

} // namespace PrLens
