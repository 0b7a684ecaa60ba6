// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace PrLens {

/// A time zone for week boundaries, as a fixed offset from UTC (e.g. UTC+8).
class UtcOffset {
public:
    constexpr UtcOffset() = default;
    constexpr explicit UtcOffset(int seconds)
        : m_seconds(seconds)
    {
    }

    /// Parses "+08:00", "-05:30", "+8", "UTC+8", "Z" or "UTC". Returns nullopt when malformed.
    static std::optional<UtcOffset> parse(QStringView text);

    constexpr int seconds() const { return m_seconds; }
    /// "+08:00" form.
    QString toString() const;
    /// "UTC+8" / "UTC+5:30" form for display.
    QString displayName() const;

    friend constexpr bool operator==(UtcOffset, UtcOffset) = default;

private:
    int m_seconds = 0;
};

/// An ISO 8601 week (year + week number 1..53).
class IsoWeek {
public:
    constexpr IsoWeek() = default;
    constexpr IsoWeek(int year, int week)
        : m_year(year)
        , m_week(week)
    {
    }

    /// Parses "2026-W14" (also "2026W14", "2026-w14"). Returns nullopt for malformed or non-existent weeks.
    static std::optional<IsoWeek> parse(QStringView text);
    /// The ISO week a calendar date belongs to.
    static IsoWeek containing(QDate date);
    /// The ISO week an instant belongs to in the given zone.
    static IsoWeek containing(const QDateTime &instant, UtcOffset zone);
    static int weeksInYear(int year);

    bool isValid() const;
    int year() const { return m_year; }
    int week() const { return m_week; }
    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    IsoWeek next() const;
    IsoWeek previous() const;
    IsoWeek addWeeks(int n) const;
    /// "2026-W14".
    QString toString() const;

    friend constexpr bool operator==(IsoWeek, IsoWeek) = default;
    friend constexpr auto operator<=>(IsoWeek, IsoWeek) = default;

private:
    int m_year = 0;
    int m_week = 0;
};

/// The half-open UTC interval [start, end) covered by an ISO week in a time zone.
struct WeekRange {
    QDateTime start; ///< UTC, inclusive
    QDateTime end; ///< UTC, exclusive

    static WeekRange of(IsoWeek week, UtcOffset zone);
    bool contains(const QDateTime &instant) const;
    /// ISO 8601 with offset, as GitHub search qualifiers take it: "2026-03-30T00:00:00+08:00".
    static QString isoWithOffset(const QDateTime &utc, UtcOffset zone);
};

} // namespace PrLens
