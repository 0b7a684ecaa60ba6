// SPDX-License-Identifier: MIT
#include "reporttext.h"

#include "reportdocument.h"
#include "riskengine.h"
#include "weekdata.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace PrLens {

QString ReportText::prRef(int number)
{
    return u"#%1"_s.arg(number);
}

QString ReportText::prList(const QList<int> &numbers)
{
    QStringList refs;
    for (int n : numbers)
        refs.append(prRef(n));
    return refs.join(u", "_s);
}

QString ReportText::signedNumber(int n)
{
    if (n > 0)
        return u"+%1"_s.arg(n);
    if (n < 0)
        return u"−%1"_s.arg(-n);
    return u"0"_s;
}

QString ReportText::decimal(double d)
{
    return QString::number(d, 'f', 1);
}

QString ReportText::signedDecimal(double d)
{
    if (d > 0.05)
        return u"+"_s + decimal(d);
    if (d < -0.05)
        return u"−"_s + decimal(-d);
    return u"0"_s;
}

QString ReportText::lines(int additions, int deletions)
{
    return u"+%1 −%2"_s.arg(additions).arg(deletions);
}

QString ReportText::joinList(const QStringList &parts)
{
    return QLocale().createSeparatedList(parts);
}

QString ReportText::prUrl(const PullRequest &pr, const RepoRef &repo)
{
    return pr.url.isEmpty() ? repo.pullUrl(pr.number) : pr.url;
}

QString ReportText::ruleTitle(const QString &ruleId)
{
    const RiskRule *r = RiskEngine::builtIn(ruleId);
    return r ? r->title() : ruleId;
}

QString ReportText::evidence(const Evidence &e)
{
    QString where = e.file;
    if (!where.isEmpty() && e.line > 0)
        where = tr("%1, line %2").arg(e.file).arg(e.line);
    if (where.isEmpty())
        return e.text;
    if (e.text.isEmpty())
        return where;
    return tr("%1: %2").arg(where, e.text);
}

QString ReportText::evidenceExample(const Evidence &e)
{
    const QString where = e.line > 0 ? u"%1:%2"_s.arg(e.file).arg(e.line) : e.file;
    return tr("%1 adds %2").arg(where, e.subject.isEmpty() ? e.text : e.subject);
}

ReportItem ReportText::prItem(const PullRequest *pr, int number, const RepoRef &repo, bool withAuthor)
{
    ReportItem i;
    i.lead = prRef(number);
    if (!pr)
        return i;
    i.url = prUrl(*pr, repo);
    i.text = withAuthor && !pr->author.isEmpty() ? tr("%1 (by %2)").arg(pr->title, pr->author) : pr->title;
    return i;
}

} // namespace PrLens
