// SPDX-License-Identifier: MIT
#include "repospec.h"

#include "weekdata.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens::RepoSpec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrLens::RepoSpec", text);
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isHostLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    return std::all_of(label.begin(), label.end(), [](QChar c) { return isAsciiAlnum(c) || c == u'-'; });
}

bool isPort(QStringView text)
{
    if (text.isEmpty() || text.size() > 5
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    const int port = text.toInt();
    return port >= 1 && port <= 65535;
}

/// Why @p text is not a repository, in one sentence; empty when it is one (then @p out is filled).
QString parseParts(QStringView text, RepoRef *out)
{
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return tr("The repository is empty; write it as OWNER/NAME, HOST/OWNER/NAME or a URL.");
    bool withScheme = false;
    for (const QStringView scheme : {u"https://", u"http://"}) {
        if (t.startsWith(scheme, Qt::CaseInsensitive)) {
            t = t.sliced(scheme.size());
            withScheme = true;
        }
    }
    while (t.endsWith(u'/'))
        t.chop(1);
    if (t.endsWith(u".git"))
        t.chop(4);
    const QList<QStringView> parts = t.split(u'/');
    if (parts.size() != 2 && parts.size() != 3)
        return tr("Write the repository as OWNER/NAME, HOST/OWNER/NAME or https://HOST/OWNER/NAME.");
    if (withScheme && parts.size() != 3)
        return tr("A repository URL needs a host, an owner and a name: https://HOST/OWNER/NAME.");
    if (parts.size() == 3) {
        const QStringView host = parts.at(0);
        out->host = parseHost(host);
        // Without a scheme, a host needs a dot or a port, so that "a/b/c" is not taken for HOST/OWNER/NAME.
        if (out->host.isEmpty() || (!withScheme && !host.contains(u'.') && !host.contains(u':')))
            return tr("“%1” is not a host name (letters, digits, dots and dashes, optionally :PORT; "
                      "no user name or “@”).")
                .arg(host.toString());
    }
    const QStringView owner = parts.at(parts.size() - 2);
    const QStringView name = parts.constLast();
    if (!isValidOwner(owner))
        return tr("“%1” is not a GitHub owner (letters, digits, dashes and underscores, at most 39).")
            .arg(owner.toString());
    if (!isValidName(name))
        return tr("“%1” is not a GitHub repository name (letters, digits, “.”, “_” and “-”, at most 100).")
            .arg(name.toString());
    out->owner = owner.toString();
    out->name = name.toString();
    return {};
}

} // namespace

QString parseHost(QStringView text)
{
    QStringView host = text.trimmed();
    QStringView port;
    if (const qsizetype colon = host.indexOf(u':'); colon >= 0) {
        port = host.sliced(colon + 1);
        host = host.first(colon);
        if (!isPort(port))
            return {};
    }
    if (host.isEmpty() || host.size() > 253)
        return {};
    const QList<QStringView> labels = host.split(u'.');
    if (!std::all_of(labels.cbegin(), labels.cend(), isHostLabel))
        return {};
    QString out = host.toString().toLower();
    if (!port.isEmpty())
        out += u':' + QString::number(port.toInt());
    return out;
}

bool isValidOwner(QStringView owner)
{
    return !owner.isEmpty()
        && owner.size() <= 39
        // "_": Enterprise Managed Users' logins (octocat_acme) own repositories too.
        && std::all_of(owner.begin(), owner.end(), [](QChar c) { return isAsciiAlnum(c) || c == u'-' || c == u'_'; });
}

bool isValidName(QStringView name)
{
    return !name.isEmpty() && name.size() <= 100 && name != u"." && name != u".."
        && std::all_of(
            name.begin(), name.end(), [](QChar c) { return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'-'; });
}

RepoRef parse(QStringView text, QString *why)
{
    RepoRef r;
    const QString problem = parseParts(text, &r);
    if (problem.isEmpty())
        return r;
    if (why)
        *why = problem;
    return RepoRef {};
}

} // namespace PrLens::RepoSpec
