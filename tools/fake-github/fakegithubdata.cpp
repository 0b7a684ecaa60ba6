// SPDX-License-Identifier: MIT
#include "fakegithubdata.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace PrLens {

const FakePull *FakeRepo::pull(int number) const
{
    const auto it = indexByNumber.constFind(number);
    return it == indexByNumber.cend() ? nullptr : &pulls.at(*it);
}

static QString tr(const char *text)
{
    return QCoreApplication::translate("FakeGitHubData", text);
}

static bool gunzip(const QByteArray &in, QByteArray *out)
{
    z_stream zs {};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return false;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    out->clear();
    char buffer[1 << 16];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        out->append(buffer, qsizetype(sizeof buffer - zs.avail_out));
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END;
}

bool readMaybeGzip(const QString &path, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray raw = f.readAll();
    if (!raw.startsWith("\x1f\x8b")) {
        *out = raw;
        return true;
    }
    if (!gunzip(raw, out)) {
        if (error)
            *error = tr("%1 is not a valid gzip file.").arg(path);
        return false;
    }
    return true;
}

static bool readPullArray(const QString &path, QJsonArray *out, QString *error)
{
    QByteArray bytes;
    if (!readMaybeGzip(path, &bytes, error))
        return false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        if (error)
            *error = tr("%1 is not a JSON array of pull requests (%2 at byte %3).")
                         .arg(path, pe.errorString())
                         .arg(pe.offset);
        return false;
    }
    *out = doc.array();
    return true;
}

bool FakeGitHubData::addDataset(const QString &dir, QString *error)
{
    const QDir d(dir);
    const QString repoFolder = QFileInfo(d.absolutePath()).dir().dirName();
    const qsizetype sep = repoFolder.indexOf("__"_L1);
    if (sep <= 0 || sep + 2 >= repoFolder.size()) {
        if (error)
            *error = tr("Cannot tell the repository of %1: its parent folder must be named owner__repo.").arg(dir);
        return false;
    }
    QString pullsPath = d.filePath(u"pulls.json"_s);
    if (!QFileInfo::exists(pullsPath) && QFileInfo::exists(pullsPath + ".gz"_L1))
        pullsPath += ".gz"_L1;
    QJsonArray pulls;
    if (!readPullArray(pullsPath, &pulls, error))
        return false;
    // PRs merged near the week's edges that only another time zone's week holds: serving them lets a query in
    // that zone find them, as GitHub would.
    const QStringList extras = d.entryList({u"boundary_extra_pulls_*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : extras) {
        QJsonArray more;
        if (!readPullArray(d.filePath(name), &more, error))
            return false;
        for (const QJsonValue &v : std::as_const(more))
            pulls.append(v);
    }
    addPulls(repoFolder.left(sep), repoFolder.mid(sep + 2), pulls);
    return true;
}

void FakeGitHubData::addPulls(const QString &owner, const QString &repo, const QJsonArray &pulls)
{
    const QString key = (owner + u'/' + repo).toLower();
    FakeRepo &r = m_repos[key];
    if (r.id == 0) {
        r.owner = owner;
        r.name = repo;
        const QByteArray h = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
        r.id = 100000 + qint64(qFromBigEndian<quint32>(h.constData()) % 900000000u);
    }
    for (const QJsonValue &v : pulls) {
        QJsonObject o = v.toObject();
        FakePull p;
        p.number = o.value("number"_L1).toInt();
        p.mergedAt = QDateTime::fromString(o.value("merged_at"_L1).toString(), Qt::ISODate).toUTC();
        p.files = o.take("files"_L1).toArray();
        p.reviews = o.take("reviews"_L1).toArray();
        p.threads = o.take("review_threads"_L1).toArray();
        if (!o.value("html_url"_L1).isString()) // GitHub always sends it; tests often leave it out
            o.insert("html_url"_L1, u"https://github.com/%1/%2/pull/%3"_s.arg(owner, repo).arg(p.number));
        p.pull = o;
        const auto existing = r.indexByNumber.constFind(p.number);
        if (existing != r.indexByNumber.cend()) {
            r.pulls[*existing] = p; // a later dataset wins for a PR present twice
        } else {
            r.pulls.append(p);
            r.indexByNumber.insert(p.number, r.pulls.size() - 1);
        }
    }
    // Newest merge first (unmerged last), then by number for a stable order.
    std::stable_sort(r.pulls.begin(), r.pulls.end(), [](const FakePull &a, const FakePull &b) {
        if (a.mergedAt != b.mergedAt) {
            if (!a.mergedAt.isValid() || !b.mergedAt.isValid())
                return a.mergedAt.isValid();
            return a.mergedAt > b.mergedAt;
        }
        return a.number > b.number;
    });
    r.indexByNumber.clear();
    for (qsizetype i = 0; i < r.pulls.size(); ++i)
        r.indexByNumber.insert(r.pulls.at(i).number, i);
}

const FakeRepo *FakeGitHubData::repo(QStringView owner, QStringView name) const
{
    const auto it = m_repos.constFind((owner.toString() + u'/' + name.toString()).toLower());
    return it == m_repos.cend() ? nullptr : &*it;
}

const FakeRepo *FakeGitHubData::repoById(qint64 id) const
{
    for (const FakeRepo &r : m_repos) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace PrLens
