// SPDX-License-Identifier: MIT
#include "builtinrules.h"
#include "patchlines.h"
#include "pathclassifier.h"
#include "pullrequest.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

/// Evidence lines are cut to this many characters, keeping the subject in view.
constexpr qsizetype kMaxText = 160;
constexpr qsizetype kMaxSubject = 80;

QString clip(QStringView text, qsizetype max)
{
    QString t = text.trimmed().toString();
    if (t.size() > max)
        t = t.left(max - 1) + u'…';
    return t;
}

/// The trimmed line, cut to kMaxText characters around `subject` (where it is) with "…" where text was left out.
QString window(QStringView text, QStringView subject)
{
    const QString line = text.trimmed().toString();
    if (line.size() <= kMaxText)
        return line;
    const qsizetype at = subject.isEmpty() ? -1 : line.indexOf(subject);
    qsizetype start = 0;
    if (at >= 0 && at + subject.size() > kMaxText - 1)
        start = std::max<qsizetype>(0, std::min<qsizetype>(at - 20, line.size() - (kMaxText - 1)));
    const qsizetype length = kMaxText - 1 - (start > 0 ? 1 : 0);
    QString out = line.mid(start, length);
    if (start > 0)
        out.prepend(u'…');
    if (start + length < line.size())
        out.append(u'…');
    return out;
}

/// An added line as evidence: where it is (new-side line), its text and what on it made the rule fire.
Evidence lineEvidence(const FileChange &f, const PatchLine &l, QStringView subject)
{
    return {f.path, l.line, window(l.text, subject), clip(subject, kMaxSubject)};
}

/// Runs `scan` over the added lines of every relevant file's patch. Fired when scan produced evidence; else
/// NotEvaluated when a relevant file's patch is missing or cut; else Passed. The scan sees the parsed lines.
struct PatchScan {
    QList<Evidence> evidence;
    QStringList missing;
    QStringList truncated;

    void run(const PullRequest &pr, const std::function<bool(const FileChange &)> &relevant,
        const std::function<void(const FileChange &, const PatchLines &, QList<Evidence> *)> &scan)
    {
        for (const FileChange &f : pr.files) {
            if (f.binary || f.status == FileChange::Status::Removed || !relevant(f))
                continue;
            if (!f.hasPatch) {
                if (f.changes() > 0)
                    missing.append(f.path);
                continue;
            }
            if (f.patchTruncated)
                truncated.append(f.path);
            scan(f, PatchLines::parse(f.patch), &evidence);
        }
    }
};

bool isProductionSource(const FileChange &f, const RuleContext &ctx)
{
    return PathClassifier::isSource(f.path) && !PathClassifier::isAuxiliary(f.path)
        && !(ctx.paths && ctx.paths->isExcluded(f.path));
}

} // namespace

// ---- new-env-var --------------------------------------------------------------------------------------------------

NewEnvVarRule::NewEnvVarRule()
    : BuiltInRule({
          .id = u"new-env-var",
          .severity = Severity::Warning,
          .context = "PrLens::NewEnvVarRule",
          .title = QT_TRANSLATE_NOOP("PrLens::NewEnvVarRule", "New environment variable"),
          .shortTitle = QT_TRANSLATE_NOOP("PrLens::NewEnvVarRule", "New env var"),
          .explanation = QT_TRANSLATE_NOOP("PrLens::NewEnvVarRule",
              "Added lines read an environment variable (os.environ, os.getenv, getenv(, process.env, "
              "std::env::var, System.getenv, os.Getenv, qEnvironmentVariable) or register one in an envs.py "
              "table; names that were only moved (also on a removed line) are not counted."),
          .recommendation = QT_TRANSLATE_NOOP("PrLens::NewEnvVarRule",
              "Document the new environment variables and their defaults, and check that deployments set them."),
      })
{
}

QString NewEnvVarRule::describe(const RiskFinding &f) const
{
    return tr("Reads %n new environment variable(s): %1.", nullptr, f.fact(u"count"_s).toInt()).arg(f.fact(u"names"_s));
}

RuleResult NewEnvVarRule::evaluate(const PullRequest &pr, const RuleContext &ctx) const
{
    static const QRegularExpression read(
        uR"((?:os\.environ(?:\.get|\.setdefault)?\s*[\[(]|os\.getenv\(|\bgetenv\(|process\.env\.|process\.env\[|std::env::var(?:_os)?\(|System\.getenv\(|os\.Getenv\(|os\.LookupEnv\(|qEnvironmentVariable\w*\(|qgetenv\()\s*["']?([A-Za-z_][A-Za-z0-9_]*)?)"_s);
    static const QRegularExpression table(uR"(^\s*["']([A-Z][A-Z0-9_]{2,})["']\s*:)"_s);
    PatchScan scan;
    QSet<QString> removedNames;
    QStringList hitNames; // the name of each evidence line, in order ("?" when the read names none)
    const auto nameOf = [](QStringView line, bool envTable) -> QString {
        if (envTable) {
            const QRegularExpressionMatch m = table.matchView(line);
            if (m.hasMatch())
                return m.captured(1);
        }
        const QRegularExpressionMatch m = read.matchView(line);
        if (!m.hasMatch())
            return {};
        return m.captured(1).isEmpty() ? u"?"_s : m.captured(1);
    };
    scan.run(
        pr, [&](const FileChange &f) { return isProductionSource(f, ctx); },
        [&](const FileChange &f, const PatchLines &lines, QList<Evidence> *out) {
            const QStringView name = PathClassifier::fileName(f.path);
            const bool envTable = name == u"envs.py" || name == u"env.py" || name == u"environment_variables.py";
            for (const PatchLine &l : lines.removed)
                if (const QString n = nameOf(l.text, envTable); !n.isEmpty() && !isCommentLine(l.text))
                    removedNames.insert(n);
            for (const PatchLine &l : lines.added) {
                if (isCommentLine(l.text))
                    continue;
                const QString n = nameOf(l.text, envTable);
                if (n.isEmpty())
                    continue;
                const QRegularExpressionMatch m = read.matchView(l.text);
                out->append(lineEvidence(f, l, n != u"?"_s || !m.hasMatch() ? QStringView(n) : m.capturedView(0)));
                hitNames.append(n);
            }
        });
    // moved or edited reads are not new
    QList<Evidence> kept;
    QStringList keptNames;
    for (qsizetype i = 0; i < scan.evidence.size(); ++i) {
        const QString &n = hitNames.at(i);
        if (n != u"?"_s && removedNames.contains(n))
            continue;
        kept.append(scan.evidence.at(i));
        if (!keptNames.contains(n))
            keptNames.append(n);
    }
    scan.evidence = kept;
    const int count = int(keptNames.size());
    return scanResult(pr, ctx, scan.evidence, scan.missing, scan.truncated,
        (QList<std::pair<QString, QString>> {
            {u"count"_s, QString::number(count)}, {u"names"_s, keptNames.join(u", "_s)}}));
}

// ---- dependency-manifest ------------------------------------------------------------------------------------------

namespace {

enum class Manifest { None, Requirements, SetupPy, PyProject, PackageJson, Cargo, GoMod, CMake, Gemfile };

Manifest manifestOf(QStringView path)
{
    const QStringView name = PathClassifier::fileName(path);
    if ((name.startsWith(u"requirements") && name.endsWith(u".txt"))
        || (path.contains(u"requirements/") && name.endsWith(u".txt")))
        return Manifest::Requirements;
    if (name == u"setup.py")
        return Manifest::SetupPy;
    if (name == u"pyproject.toml")
        return Manifest::PyProject;
    if (name == u"package.json")
        return Manifest::PackageJson;
    if (name == u"Cargo.toml")
        return Manifest::Cargo;
    if (name == u"go.mod")
        return Manifest::GoMod;
    if (name == u"CMakeLists.txt" || name.endsWith(u".cmake"))
        return Manifest::CMake;
    if (name == u"Gemfile")
        return Manifest::Gemfile;
    return Manifest::None;
}

/// Lock files that should change with the manifest (empty when it has none).
QStringList locksFor(Manifest m)
{
    switch (m) {
    case Manifest::PackageJson:
        return {u"package-lock.json"_s, u"yarn.lock"_s, u"pnpm-lock.yaml"_s};
    case Manifest::Cargo:
        return {u"Cargo.lock"_s};
    case Manifest::GoMod:
        return {u"go.sum"_s};
    case Manifest::Gemfile:
        return {u"Gemfile.lock"_s};
    default:
        return {};
    }
}

bool isDependencyLine(Manifest m, QStringView line)
{
    static const QRegularExpression pySpec(uR"(["'][A-Za-z0-9_.\-\[\]]+\s*(==|>=|<=|~=|!=|>|<)[^"']*["'])"_s);
    static const QRegularExpression npm(uR"("[@\w./-]+"\s*:\s*"[~^>=<]*\d)"_s);
    static const QRegularExpression cargo(uR"(^\s*[\w-]+\s*=\s*("[~^=<>]*\d|\{.*version))"_s);
    static const QRegularExpression gomod(uR"(^\s*(require\s+)?[\w.\-]+(/[\w.\-]+)+\s+v\d)"_s);
    static const QRegularExpression cmake(
        uR"(\b(find_package|FetchContent_Declare|ExternalProject_Add|pkg_check_modules)\s*\()"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression gem(uR"(^\s*gem\s+["'])"_s);
    const QStringView t = line.trimmed();
    if (t.isEmpty() || isCommentLine(t))
        return false;
    switch (m) {
    case Manifest::Requirements:
        return !t.startsWith(u'-') || t.startsWith(u"-r") || t.startsWith(u"-e");
    case Manifest::SetupPy:
    case Manifest::PyProject:
        return pySpec.matchView(t).hasMatch();
    case Manifest::PackageJson:
        return npm.matchView(t).hasMatch();
    case Manifest::Cargo:
        return cargo.matchView(t).hasMatch();
    case Manifest::GoMod:
        return gomod.matchView(t).hasMatch();
    case Manifest::CMake:
        return cmake.matchView(t).hasMatch();
    case Manifest::Gemfile:
        return gem.matchView(t).hasMatch();
    case Manifest::None:
        return false;
    }
    return false;
}

} // namespace

DependencyManifestRule::DependencyManifestRule()
    : BuiltInRule({
          .id = u"dependency-manifest",
          .severity = Severity::Warning,
          .context = "PrLens::DependencyManifestRule",
          .title = QT_TRANSLATE_NOOP("PrLens::DependencyManifestRule", "Dependency change"),
          .shortTitle = QT_TRANSLATE_NOOP("PrLens::DependencyManifestRule", "Dependencies"),
          .explanation = QT_TRANSLATE_NOOP("PrLens::DependencyManifestRule",
              "Added dependency lines in a manifest (requirements*.txt, setup.py, pyproject.toml, package.json, "
              "Cargo.toml, go.mod, Gemfile, CMake find_package/FetchContent); the finding says when the "
              "manifest's lock file did not change with it."),
          .recommendation = QT_TRANSLATE_NOOP("PrLens::DependencyManifestRule",
              "Check the new or changed dependencies: licence, maintenance, size, and that lock files are updated."),
      })
{
}

QString DependencyManifestRule::describe(const RiskFinding &f) const
{
    const int n = f.fact(u"lines"_s).toInt();
    if (!f.fact(u"missingLocks"_s).isEmpty())
        return tr("%n dependency line(s) added; lock file not updated (%1).", nullptr, n)
            .arg(f.fact(u"missingLocks"_s));
    return tr("%n dependency line(s) added.", nullptr, n);
}

RuleResult DependencyManifestRule::evaluate(const PullRequest &pr, const RuleContext &ctx) const
{
    QSet<QString> changedNames;
    for (const FileChange &f : pr.files)
        changedNames.insert(PathClassifier::fileName(f.path).toString());
    PatchScan scan;
    QStringList missingLocks;
    scan.run(
        pr,
        [&](const FileChange &f) {
            return manifestOf(f.path) != Manifest::None
                || std::any_of(ctx.globs.begin(), ctx.globs.end(),
                    [&](const QString &g) { return PathClassifier::matches(g, f.path); });
        },
        [&](const FileChange &f, const PatchLines &lines, QList<Evidence> *out) {
            const Manifest m = manifestOf(f.path);
            const qsizetype before = out->size();
            for (const PatchLine &l : lines.added)
                if (m == Manifest::None ? !l.text.trimmed().isEmpty() : isDependencyLine(m, l.text))
                    out->append(lineEvidence(f, l, l.text.trimmed()));
            const QStringList locks = locksFor(m);
            if (out->size() > before && !locks.isEmpty()
                && std::none_of(locks.begin(), locks.end(), [&](const QString &l) { return changedNames.contains(l); }))
                missingLocks.append(locks.constFirst());
        });
    const int n = int(scan.evidence.size());
    return scanResult(pr, ctx, scan.evidence, scan.missing, scan.truncated,
        (QList<std::pair<QString, QString>> {
            {u"lines"_s, QString::number(n)}, {u"missingLocks"_s, missingLocks.join(u", "_s)}}));
}

// ---- debug-leftovers ----------------------------------------------------------------------------------------------

DebugLeftoversRule::DebugLeftoversRule()
    : BuiltInRule({
          .id = u"debug-leftovers",
          .severity = Severity::Warning,
          .context = "PrLens::DebugLeftoversRule",
          .title = QT_TRANSLATE_NOOP("PrLens::DebugLeftoversRule", "Debug code left in"),
          .shortTitle = QT_TRANSLATE_NOOP("PrLens::DebugLeftoversRule", "Debug leftovers"),
          .explanation = QT_TRANSLATE_NOOP("PrLens::DebugLeftoversRule",
              "Added lines in production source (not tests, examples, scripts, tools or benchmarks) with debugging "
              "calls: print( at the start of a Python statement, breakpoint(), pdb.set_trace, import pdb, "
              "console.log, debugger;, dbg!, fmt.Println, qDebug(); or a module-level Python dict that the change "
              "writes (NAME[key] = value) but never reads."),
          .recommendation = QT_TRANSLATE_NOOP(
              "PrLens::DebugLeftoversRule", "Remove the debugging output or turn it into proper logging."),
      })
{
}

QString DebugLeftoversRule::describe(const RiskFinding &f) const
{
    return tr("%n debugging line(s) added.", nullptr, f.fact(u"lines"_s).toInt());
}

RuleResult DebugLeftoversRule::evaluate(const PullRequest &pr, const RuleContext &ctx) const
{
    static const QRegularExpression py(uR"(^\s*print\(|\bbreakpoint\(\)|\bi?pdb\.set_trace\(|^\s*import i?pdb\b)"_s);
    static const QRegularExpression js(uR"(\bconsole\.(log|debug)\(|^\s*debugger\s*;)"_s);
    static const QRegularExpression rs(uR"(\bdbg!\()"_s);
    static const QRegularExpression go(uR"(\bfmt\.Print(ln|f)?\()"_s);
    static const QRegularExpression cpp(uR"(\bqDebug\(\))"_s);
    static const QRegularExpression globalDict(
        uR"(^([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?:\{\s*\}|dict\(\s*\)|(?:collections\.)?defaultdict\())"_s);
    QList<std::pair<QString, Evidence>> dicts;
    QList<QStringView> pyLines;
    PatchScan scan;
    scan.run(
        pr, [&](const FileChange &f) { return isProductionSource(f, ctx); },
        [&](const FileChange &f, const PatchLines &lines, QList<Evidence> *out) {
            const QString ext = PathClassifier::extension(f.path).toString().toLower();
            const QRegularExpression *re = nullptr;
            if (ext == u"py"_s || ext == u"pyx"_s)
                re = &py;
            else if (ext == u"js"_s || ext == u"ts"_s || ext == u"jsx"_s || ext == u"tsx"_s)
                re = &js;
            else if (ext == u"rs"_s)
                re = &rs;
            else if (ext == u"go"_s)
                re = &go;
            else if (ext == u"cpp"_s || ext == u"cc"_s || ext == u"h"_s || ext == u"hpp"_s)
                re = &cpp;
            if (!re)
                return;
            for (const PatchLine &l : lines.added) {
                if (isCommentLine(l.text))
                    continue;
                if (const QRegularExpressionMatch m = re->matchView(l.text); m.hasMatch())
                    out->append(lineEvidence(f, l, m.capturedView(0).trimmed()));
                if (re == &py) {
                    if (const QRegularExpressionMatch m = globalDict.matchView(l.text); m.hasMatch())
                        dicts.append({m.captured(1), lineEvidence(f, l, m.capturedView(1))});
                    pyLines.append(l.text);
                }
            }
        });
    // a module-level dict added and written (NAME[k] = v) but never read in the change: debugging state
    for (const auto &[name, where] : std::as_const(dicts)) {
        const QRegularExpression any(u"\\b"_s + QRegularExpression::escape(name) + u"\\b"_s);
        const QRegularExpression write(u"\\b"_s + QRegularExpression::escape(name) + uR"(\[[^\]]*\]\s*(=(?!=)|\+=))"_s);
        int writes = 0, reads = 0;
        for (QStringView line : std::as_const(pyLines)) {
            if (globalDict.matchView(line).captured(1) == name)
                continue; // the definition
            const auto count = [line](const QRegularExpression &re) {
                int c = 0;
                for (QRegularExpressionMatchIterator it = re.globalMatchView(line); it.hasNext(); it.next())
                    ++c;
                return c;
            };
            const int uses = count(any);
            const int w = count(write);
            writes += w;
            reads += uses - w;
        }
        if (writes > 0 && reads == 0)
            scan.evidence.append(where);
    }
    const int n = int(scan.evidence.size());
    return scanResult(pr, ctx, scan.evidence, scan.missing, scan.truncated, {{u"lines"_s, QString::number(n)}});
}

// ---- hard-coded-literal -------------------------------------------------------------------------------------------

HardCodedLiteralRule::HardCodedLiteralRule()
    : BuiltInRule({
          .id = u"hard-coded-literal",
          .severity = Severity::Info,
          .context = "PrLens::HardCodedLiteralRule",
          .title = QT_TRANSLATE_NOOP("PrLens::HardCodedLiteralRule", "Hard-coded value in a core path"),
          .shortTitle = QT_TRANSLATE_NOOP("PrLens::HardCodedLiteralRule", "Hard-coded value"),
          .explanation = QT_TRANSLATE_NOOP("PrLens::HardCodedLiteralRule",
              "Added code lines in core files with an IPv4 address or an http(s) URL. Magic numbers are not "
              "flagged: without types they cannot be told apart from ordinary constants precisely enough."),
          .recommendation
          = QT_TRANSLATE_NOOP("PrLens::HardCodedLiteralRule", "Move hard-coded addresses and URLs into configuration."),
      })
{
}

QString HardCodedLiteralRule::describe(const RiskFinding &f) const
{
    return tr("%n hard-coded address(es) or URL(s) added in core files.", nullptr, f.fact(u"lines"_s).toInt());
}

RuleResult HardCodedLiteralRule::evaluate(const PullRequest &pr, const RuleContext &ctx) const
{
    static const QRegularExpression literal(uR"((?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])|https?://[^\s"'<>)]+)"_s);
    PatchScan scan;
    scan.run(
        pr,
        [&](const FileChange &f) {
            const bool core = ctx.coreFiles.contains(f.path)
                || std::any_of(ctx.globs.begin(), ctx.globs.end(),
                    [&](const QString &g) { return PathClassifier::matches(g, f.path); });
            return core && PathClassifier::isSource(f.path);
        },
        [&](const FileChange &f, const PatchLines &lines, QList<Evidence> *out) {
            for (const PatchLine &l : lines.added) {
                if (isCommentLine(l.text))
                    continue;
                if (const QRegularExpressionMatch m = literal.matchView(l.text); m.hasMatch())
                    out->append(lineEvidence(f, l, m.capturedView(0)));
            }
        });
    const int n = int(scan.evidence.size());
    return scanResult(pr, ctx, scan.evidence, scan.missing, scan.truncated, {{u"lines"_s, QString::number(n)}});
}

} // namespace PrLens
