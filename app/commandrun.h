// SPDX-License-Identifier: MIT
#pragma once

#include "analysissettings.h"
#include "cliexitcode.h"
#include "clioptions.h"
#include "clioutput.h"
#include "runtrace.h"
#include "safetext.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>
#include <functional>
#include <unistd.h>

namespace PrLens::Cli {

/// How a command's run shows itself on standard error and ends: a progress line on a terminal while it works,
/// then the closing message, the exit code and the end of the event loop the command waited in. A command ends
/// once; what comes after its finish() is not told.
class CommandRun {
public:
    /// Waits until finish() unless the run has already ended; returns the exit code.
    int exec()
    {
        if (!m_done)
            m_loop.exec();
        return m_exitCode;
    }

    bool isDone() const { return m_done; }
    /// Standard error is a terminal (progress is shown only there).
    bool isInteractive() const { return m_interactive; }

    /// The rules, severities, highlighted count and the repository's bots saved in the app, then the per-repository
    /// JSON (--config, else the saved override file). A --config that cannot be used ends the run (ExitCode::Usage)
    /// and gives false; a saved file that cannot be used is only warned about.
    bool loadConfig(const CliOptions &options, QSettings &settings, AnalysisConfig *config)
    {
        QString error;
        *config = AnalysisSettings::load(settings, options.repo.key(), options.configFile, &error);
        if (error.isEmpty())
            return true;
        if (!options.configFile.isEmpty()) {
            finish(ExitCode::Usage, error);
            return false;
        }
        printLine(error);
        return true;
    }

    /// Shows "[done/total] text" (or the text alone when total is 0) over the previous progress line.
    void progress(int done, int total, const QString &text)
    {
        if (!m_interactive || m_done)
            return;
        QString line = SafeText::stripControls(text, SafeText::Lines::Join);
        if (total > 0)
            line = QCoreApplication::translate("Cli", "[%1/%2] %3").arg(done).arg(total).arg(line);
        std::fputs("\r\033[K", stderr);
        std::fputs(line.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        m_progressShown = true;
    }

    /// Runs @p beforeEnd once as the run ends, before its message: what the command must complete first (e.g. a
    /// cache write still under way). What it returns, if anything, is printed before the message.
    void setBeforeEnd(std::function<QString()> beforeEnd) { m_beforeEnd = std::move(beforeEnd); }

    /// Ends the run with @p code: clears the progress line and prints @p message, if any.
    void finish(ExitCode code, const QString &message = {})
    {
        if (m_done)
            return;
        m_done = true;
        if (m_progressShown) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
        if (m_beforeEnd) {
            const QString said = m_beforeEnd();
            RunTrace::mark("cache written");
            if (!said.isEmpty())
                printLine(said);
        }
        if (!message.isEmpty())
            printLine(message);
        m_exitCode = toInt(code);
        m_loop.quit();
    }

    /// Ends the run with the exit code of a failed load and its message.
    void fail(const LoadError &error)
    {
        finish(exitCodeFor(error.kind),
            error.message.isEmpty() ? QCoreApplication::translate("Cli", "Loading the week failed.") : error.message);
    }

    /// Says on the progress line which week of which repository is being loaded, and has @p source load it.
    void loadWeek(WeekSource *source, const RepoRef &repo, IsoWeek week, UtcOffset zone)
    {
        progress(
            0, 0, QCoreApplication::translate("Cli", "Loading %1 of %2…").arg(week.toString(), repo.displayName()));
        source->load(repo, week, zone);
    }

    /// Shows @p source's progress and ends the run when it fails, for as long as @p context lives.
    void watch(const WeekSource *source, const QObject *context)
    {
        QObject::connect(source, &WeekSource::failed, context, [this](const LoadError &error) { fail(error); });
        QObject::connect(source, &WeekSource::progress, context,
            [this](int done, int total, const QString &text) { progress(done, total, text); });
    }

    /// Writes the command's output (writeOutput) and ends the run: ExitCode::Ok, or ExitCode::Output and why.
    void finishWriting(const QString &outputFile, const QByteArrayList &pieces)
    {
        QString failure;
        const ExitCode code = writeOutput(outputFile, pieces, &failure);
        RunTrace::mark("report written");
        finish(code, failure);
    }
    void finishWriting(const QString &outputFile, const QByteArray &bytes)
    {
        finishWriting(outputFile, QByteArrayList {bytes});
    }

private:
    QEventLoop m_loop;
    std::function<QString()> m_beforeEnd;
    int m_exitCode = 0;
    bool m_done = false;
    bool m_progressShown = false;
    bool m_interactive = isatty(fileno(stderr)) != 0;
};

} // namespace PrLens::Cli
