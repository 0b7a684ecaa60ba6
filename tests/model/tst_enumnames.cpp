// SPDX-License-Identifier: MIT
#include "enumnames.h"
#include "pullrequest.h"
#include "weekdata.h"

#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

enum class Colour { Red, Green, Blue };
constexpr EnumName<Colour> kColours[] = {
    {Colour::Red, u"red"},
    {Colour::Green, u"green"},
};

} // namespace

class TestEnumNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesBothWays()
    {
        QCOMPARE(enumName(kColours, Colour::Green), u"green"_s);
        QCOMPARE(enumFromName(kColours, u"red"), std::optional<Colour>(Colour::Red));
    }
    void unlistedIsEmpty()
    {
        QCOMPARE(enumName(kColours, Colour::Blue), QString());
        QVERIFY(!enumFromName(kColours, u"blue").has_value());
    }
    void caseOnlyWhenAsked()
    {
        QVERIFY(!enumFromName(kColours, u"RED").has_value());
        QCOMPARE(enumFromName(kColours, u"RED", Qt::CaseInsensitive), std::optional<Colour>(Colour::Red));
    }
    void modelNamesRoundTrip()
    {
        for (auto s : {Review::State::Approved, Review::State::ChangesRequested, Review::State::Commented,
                 Review::State::Dismissed, Review::State::Pending})
            QCOMPARE(Review::stateFromString(Review::stateToString(s)), s);
        QCOMPARE(Review::stateFromString(u"SOMETHING_NEW"), Review::State::Commented);
        for (auto k : {LedgerEntry::Kind::Truncated, LedgerEntry::Kind::Skipped, LedgerEntry::Kind::NotEvaluated,
                 LedgerEntry::Kind::RateLimited, LedgerEntry::Kind::Retried, LedgerEntry::Kind::Partial})
            QCOMPARE(LedgerEntry::kindFromString(LedgerEntry::kindToString(k)), k);
        QCOMPARE(FileChange::statusFromRest(u"removed"), FileChange::Status::Removed);
        QCOMPARE(FileChange::statusFromGraphQl(u"DELETED"), FileChange::Status::Removed);
        QCOMPARE(FileChange::statusToRest(FileChange::Status::Unchanged), u"unchanged"_s);
    }
};

QTEST_GUILESS_MAIN(TestEnumNames)
#include "tst_enumnames.moc"
