// SPDX-License-Identifier: MIT
#include "pathclassifier.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

bool hasDirectory(QStringView path, QStringView dir)
{
    // dir without trailing slash; matches a whole component anywhere but the file name
    qsizetype from = 0;
    while (from < path.size()) {
        const qsizetype slash = path.indexOf(u'/', from);
        if (slash < 0)
            return false;
        if (path.mid(from, slash - from).compare(dir, Qt::CaseInsensitive) == 0)
            return true;
        from = slash + 1;
    }
    return false;
}

bool wildcard(QStringView pattern, QStringView text, bool crossSlash)
{
    // Compiling a pattern costs far more than matching it; a week asks for the same few patterns thousands of times.
    thread_local QHash<QString, QRegularExpression> cache;
    const QString key = (crossSlash ? u"/"_s : u"-"_s) + pattern.toString();
    auto it = cache.constFind(key);
    if (it == cache.constEnd()) {
        const auto options = crossSlash ? QRegularExpression::NonPathWildcardConversion
                                        : QRegularExpression::DefaultWildcardConversion;
        QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern, options),
            QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        if (cache.size() > 512)
            cache.clear();
        it = cache.insert(key, re);
    }
    return it->matchView(text).hasMatch();
}

} // namespace

QStringView PathClassifier::fileName(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? path : path.mid(slash + 1);
}

QStringView PathClassifier::extension(QStringView path)
{
    const QStringView name = fileName(path);
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot <= 0 ? QStringView() : name.mid(dot + 1);
}

PathClassifier::PathClassifier()
    : m_exclusions(defaultExclusions())
{
    compile();
}

void PathClassifier::compile()
{
    m_memo = std::make_shared<Memo>();
    m_dirPatterns.clear();
    QStringList names, paths;
    for (const QString &p : std::as_const(m_exclusions)) {
        if (p.isEmpty())
            continue;
        if (p.endsWith(u'/')) {
            if (!p.chopped(1).contains(u'/'))
                m_dirPatterns.append(p.chopped(1).toLower());
            else
                paths.append(QRegularExpression::escape(p) + u".*"_s);
        } else if (p.contains(u'/')) {
            paths.append(
                QRegularExpression::wildcardToRegularExpression(p, QRegularExpression::NonPathWildcardConversion));
        } else {
            names.append(QRegularExpression::wildcardToRegularExpression(p));
        }
    }
    const auto combine = [](const QStringList &alternatives) {
        if (alternatives.isEmpty())
            return QRegularExpression(u"(?!)"_s); // matches nothing
        QRegularExpression re(
            u"(?:"_s + alternatives.join(u")|(?:"_s) + u')', QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        return re;
    };
    m_nameFilter = combine(names);
    m_pathFilter = combine(paths);
}

QStringList PathClassifier::defaultExclusions()
{
    return {
        // lock files
        u"*.lock"_s,
        u"package-lock.json"_s,
        u"pnpm-lock.yaml"_s,
        u"go.sum"_s,
        u"npm-shrinkwrap.json"_s,
        // vendored and third-party trees
        u"vendor/"_s,
        u"third_party/"_s,
        u"third-party/"_s,
        u"3rdparty/"_s,
        u"node_modules/"_s,
        // generated code and build output
        u"generated/"_s,
        u"dist/"_s,
        u"*.pb.go"_s,
        u"*.pb.cc"_s,
        u"*.pb.h"_s,
        u"*_pb2.py"_s,
        u"*_pb2_grpc.py"_s,
        u"*.min.js"_s,
        u"*.min.css"_s,
        u"*.map"_s,
        u"*.snap"_s,
    };
}

void PathClassifier::setExclusions(const QStringList &patterns)
{
    m_exclusions = patterns;
    compile();
}

void PathClassifier::addExclusions(const QStringList &patterns)
{
    for (const QString &p : patterns)
        if (!m_exclusions.contains(p))
            m_exclusions.append(p);
    compile();
}

QString PathClassifier::exclusionFor(const QString &path) const
{
    {
        const QMutexLocker lock(&m_memo->mutex);
        const auto it = m_memo->exclusion.constFind(path);
        if (it != m_memo->exclusion.constEnd())
            return *it;
    }
    QString found = matchExclusion(path);
    const QMutexLocker lock(&m_memo->mutex);
    if (m_memo->exclusion.size() > 100000) // bounded: a classifier may live as long as the application
        m_memo->exclusion.clear();
    m_memo->exclusion.insert(path, found);
    return found;
}

QString PathClassifier::matchExclusion(QStringView path) const
{
    bool candidate = m_nameFilter.matchView(fileName(path)).hasMatch() || m_pathFilter.matchView(path).hasMatch();
    if (!candidate && !m_dirPatterns.isEmpty()) {
        const qsizetype lastSlash = path.lastIndexOf(u'/');
        if (lastSlash > 0)
            for (QStringView dir : path.first(lastSlash).split(u'/'))
                if (m_dirPatterns.contains(dir.toString().toLower())) {
                    candidate = true;
                    break;
                }
    }
    if (!candidate)
        return {};
    for (const QString &p : m_exclusions) // which one, in the configured order
        if (matches(p, path))
            return p;
    return {};
}

bool PathClassifier::matches(QStringView pattern, QStringView path)
{
    if (pattern.isEmpty())
        return false;
    if (pattern.endsWith(u'/')) {
        const QStringView dir = pattern.chopped(1);
        if (dir.contains(u'/'))
            return path.startsWith(pattern, Qt::CaseInsensitive)
                || path.contains(QString(u'/' + dir.toString() + u'/'));
        return hasDirectory(path, dir);
    }
    if (pattern.contains(u'/'))
        return wildcard(pattern, path, true);
    return wildcard(pattern, fileName(path), false);
}

bool PathClassifier::isTest(QStringView path)
{
    static const QRegularExpression dirs(
        uR"((?:^|/)(?:test|tests|testing|__tests__|autotests|unittest|unittests|spec)/)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (dirs.matchView(path).hasMatch())
        return true;
    const QStringView name = fileName(path);
    static const QRegularExpression re(
        uR"(^(test_.*|tst_.*|conftest\.py|.*_test\.(py|go|cc|cpp|c|rs)|.*_unittest\.(cc|cpp)|.*\.(test|spec)\.[jt]sx?|.*Tests?\.(java|kt|cs|swift))$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(name).hasMatch();
}

bool PathClassifier::isDocumentation(QStringView path)
{
    static const QRegularExpression dirs(uR"((?:^|/)docs?/)"_s, QRegularExpression::CaseInsensitiveOption);
    if (dirs.matchView(path).hasMatch())
        return true;
    const QStringView ext = extension(path);
    static const QStringList docExt = {u"md"_s, u"rst"_s, u"txt"_s, u"adoc"_s};
    const QStringView name = fileName(path);
    if (name.startsWith(u"requirements", Qt::CaseInsensitive))
        return false;
    return docExt.contains(ext.toString().toLower());
}

bool PathClassifier::isSource(QStringView path)
{
    static const QStringList sourceExt = {u"py"_s, u"c"_s, u"cc"_s, u"cpp"_s, u"cxx"_s, u"h"_s, u"hh"_s, u"hpp"_s,
        u"cu"_s, u"cuh"_s, u"go"_s, u"rs"_s, u"java"_s, u"kt"_s, u"js"_s, u"jsx"_s, u"ts"_s, u"tsx"_s, u"rb"_s,
        u"swift"_s, u"m"_s, u"mm"_s, u"cs"_s, u"scala"_s, u"php"_s, u"pyx"_s, u"triton"_s, u"metal"_s, u"hip"_s};
    if (isTest(path) || isDocumentation(path))
        return false;
    return sourceExt.contains(extension(path).toString().toLower());
}

bool PathClassifier::isAuxiliary(QStringView path)
{
    static const QRegularExpression dirs(
        uR"((?:^|/)(?:examples?|benchmarks?|scripts|tools|bench|\.github|\.buildkite)/)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (dirs.matchView(path).hasMatch())
        return true;
    return fileName(path) == u"setup.py";
}

bool PathClassifier::isLockFile(QStringView path)
{
    static const QStringList names
        = {u"package-lock.json"_s, u"yarn.lock"_s, u"pnpm-lock.yaml"_s, u"Cargo.lock"_s, u"go.sum"_s, u"poetry.lock"_s,
            u"uv.lock"_s, u"Gemfile.lock"_s, u"Pipfile.lock"_s, u"composer.lock"_s, u"npm-shrinkwrap.json"_s};
    return names.contains(fileName(path).toString());
}

QString PathClassifier::moduleOf(QStringView path, int depth)
{
    const QList<QStringView> parts = path.split(u'/');
    if (parts.size() <= 1)
        return u"(root)"_s;
    const qsizetype dirs = std::min<qsizetype>(std::max(depth, 1), parts.size() - 1);
    QString out;
    for (qsizetype i = 0; i < dirs; ++i) {
        if (i)
            out += u'/';
        out += parts.at(i);
    }
    return out;
}

} // namespace PrLens
