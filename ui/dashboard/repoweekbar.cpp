// SPDX-License-Identifier: MIT
#include "repoweekbar.h"

#include "paintedwidgets.h"
#include "plaintooltip.h"
#include "repospec.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {
constexpr int kMaxRecent = 10;
}

RepoWeekBar::RepoWeekBar(QWidget *parent)
    : QWidget(parent)
{
    createRepositoryFields();
    createWeekFields();
    createZoneAndStatus();
    createActions();
    layOut();
    connectUi();
    setWeek(IsoWeek::containing(QDate::currentDate()));
    retranslate();
    setLoading(false);
}

void RepoWeekBar::createRepositoryFields()
{
    m_repoLabel = new QLabel(this);
    m_repo = new QComboBox(this);
    m_repo->setEditable(true);
    m_repo->setInsertPolicy(QComboBox::NoInsert);
    m_repo->setMinimumContentsLength(16);
    m_repo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_repoLabel->setBuddy(m_repo);
    m_browse = new QToolButton(this);
    m_browse->setObjectName(u"browseButton"_s);
    m_demoBadge = new BadgeLabel(this);
    m_demoBadge->setObjectName(u"demoBadge"_s);
    m_demoBadge->hide();
}

void RepoWeekBar::createWeekFields()
{
    m_weekLabel = new QLabel(this);
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::LeftArrow);
    m_weekButton = new PlainMenuButton(this);
    m_weekButton->setObjectName(u"weekButton"_s);
    m_weekLabel->setBuddy(m_weekButton);
    auto *menu = new QMenu(m_weekButton);
    connect(menu, &QMenu::aboutToShow, this, &RepoWeekBar::createCalendar);
    m_weekButton->setMenu(menu);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::RightArrow);
}

void RepoWeekBar::createZoneAndStatus()
{
    m_zoneLabel = new QLabel(this);
    m_zone = new QComboBox(this);
    m_zoneLabel->setBuddy(m_zone);
    fillZones();

    m_refresh = new QToolButton(this);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_progressText = new QLabel(this);
    m_progressText->setTextFormat(Qt::PlainText); // a source's text, which may quote the server
    m_progressText->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progressText->setVisible(false);
    // A long line while loading must not widen the window for good (a window never shrinks back): it gives way,
    // and its tooltip has it whole.
    m_progressText->setMinimumWidth(1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_cancel = new QToolButton(this);
}

void RepoWeekBar::createActions()
{
    m_previousAction = new QAction(this);
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previousAction->setShortcutContext(Qt::WindowShortcut);
    m_nextAction = new QAction(this);
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_nextAction->setShortcutContext(Qt::WindowShortcut);
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(QKeySequence::Refresh)});
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_previousAction);
    addAction(m_nextAction);
    addAction(m_refreshAction);
    m_previous->setDefaultAction(m_previousAction);
    m_next->setDefaultAction(m_nextAction);
    m_refresh->setDefaultAction(m_refreshAction);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
}

void RepoWeekBar::loadIcons()
{
    m_browse->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
}

void RepoWeekBar::createCalendar()
{
    if (m_calendar)
        return;
    QMenu *menu = m_weekButton->menu();
    m_calendar = new QCalendarWidget(menu);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setSelectedDate(m_week.monday());
    auto *calendarAction = new QWidgetAction(menu);
    calendarAction->setDefaultWidget(m_calendar);
    menu->addAction(calendarAction);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
        m_weekButton->menu()->close();
        setWeek(IsoWeek::containing(date));
        Q_EMIT loadRequested();
    });
}

void RepoWeekBar::layOut()
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_repoLabel);
    layout->addWidget(m_demoBadge);
    layout->addWidget(m_repo, 2);
    layout->addWidget(m_browse);
    layout->addSpacing(8);
    layout->addWidget(m_weekLabel);
    layout->addWidget(m_previous);
    layout->addWidget(m_weekButton);
    layout->addWidget(m_next);
    layout->addSpacing(8);
    layout->addWidget(m_zoneLabel);
    layout->addWidget(m_zone);
    layout->addWidget(m_refresh);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progressText, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
}

void RepoWeekBar::connectUi()
{
    connect(m_repo->lineEdit(), &QLineEdit::returnPressed, this, &RepoWeekBar::loadRequested);
    connect(m_repo, &QComboBox::activated, this, &RepoWeekBar::loadRequested);
    connect(m_browse, &QToolButton::clicked, this, &RepoWeekBar::browseForClone);
    connect(m_repo, &QComboBox::editTextChanged, this, &RepoWeekBar::updateDemoBadge);
    connect(m_previousAction, &QAction::triggered, this, [this] {
        setWeek(m_week.previous());
        Q_EMIT loadRequested();
    });
    connect(m_nextAction, &QAction::triggered, this, [this] {
        setWeek(m_week.next());
        Q_EMIT loadRequested();
    });
    connect(m_zone, &QComboBox::activated, this, &RepoWeekBar::loadRequested);
    connect(m_refreshAction, &QAction::triggered, this, &RepoWeekBar::refreshRequested);
    connect(m_cancel, &QToolButton::clicked, this, &RepoWeekBar::cancelRequested);
}

RepoRef RepoWeekBar::repoFromText(const QString &input, QString *why)
{
    QString text = input.trimmed();
    if (text.startsWith(u'~'))
        text = QDir::homePath() + text.mid(1);
    if (text.isEmpty())
        return {};
    if (text.startsWith(u"demo:"_s)) {
        const RepoRef github = RepoRef::parseGitHub(QStringView(text).mid(5));
        return github.isValid() ? RepoRef::demo(github.owner, github.name) : RepoRef();
    }
    if (text.startsWith(u'/') || text.startsWith(u'.') || QFileInfo(text).isDir())
        return RepoRef::localGit(text);
    return RepoSpec::parse(text, why);
}

QString RepoWeekBar::textForRepo(const RepoRef &repo)
{
    return repo.kind == RepoRef::Kind::LocalGit ? repo.gitPath : repo.key();
}

void RepoWeekBar::setRepository(const RepoRef &repo)
{
    m_repo->setEditText(textForRepo(repo));
}

RepoRef RepoWeekBar::repository() const
{
    return repoFromText(m_repo->currentText());
}

QString RepoWeekBar::repositoryProblem() const
{
    QString why;
    return repoFromText(m_repo->currentText(), &why).isValid() ? QString() : why;
}

QString RepoWeekBar::repositoryText() const
{
    return m_repo->currentText().trimmed();
}

void RepoWeekBar::focusRepository()
{
    m_repo->setFocus(Qt::OtherFocusReason);
    m_repo->lineEdit()->selectAll();
}

void RepoWeekBar::updateDemoBadge()
{
    m_demoBadge->setVisible(repository().kind == RepoRef::Kind::Demo);
}

void RepoWeekBar::setRecentRepositories(const QStringList &texts)
{
    const QString current = m_repo->currentText();
    m_repo->clear();
    m_repo->addItems(texts.mid(0, kMaxRecent));
    m_repo->setEditText(current);
}

QStringList RepoWeekBar::recentRepositories() const
{
    QStringList out;
    for (int i = 0; i < m_repo->count(); ++i)
        out.append(m_repo->itemText(i));
    return out;
}

void RepoWeekBar::addRecentRepository(const RepoRef &repo)
{
    QStringList recent = recentRepositories();
    const QString text = textForRepo(repo);
    recent.removeAll(text);
    recent.prepend(text);
    setRecentRepositories(recent);
    m_repo->setEditText(text);
}

void RepoWeekBar::setWeek(IsoWeek week)
{
    if (!week.isValid())
        return;
    m_week = week;
    if (m_calendar)
        m_calendar->setSelectedDate(week.monday());
    updateWeekButton();
}

void RepoWeekBar::updateWeekButton()
{
    if (!m_week.isValid())
        return;
    const QLocale locale;
    const QString format = u"MMM d"_s;
    m_weekButton->setText(tr("%1 (%2 – %3)")
            .arg(
                m_week.toString(), locale.toString(m_week.monday(), format), locale.toString(m_week.sunday(), format)));
}

void RepoWeekBar::fillZones()
{
    m_zone->clear();
    QList<int> offsets;
    for (int h = -12; h <= 14; ++h)
        offsets.append(h * 3600);
    // Zones off the whole hour that many teams use.
    for (int s : {-9000, 12600, 16200, 19800, 20700, 23400, 34200, 37800, 45900})
        offsets.append(s);
    const int system = QDateTime::currentDateTime().offsetFromUtc();
    if (!offsets.contains(system))
        offsets.append(system);
    std::sort(offsets.begin(), offsets.end());
    for (int s : std::as_const(offsets))
        m_zone->addItem(UtcOffset(s).displayName(), s);
    m_zone->setCurrentIndex(m_zone->findData(system));
}

void RepoWeekBar::setZone(UtcOffset zone)
{
    int i = m_zone->findData(zone.seconds());
    if (i < 0) {
        m_zone->addItem(zone.displayName(), zone.seconds());
        i = m_zone->count() - 1;
    }
    m_zone->setCurrentIndex(i);
}

UtcOffset RepoWeekBar::zone() const
{
    return UtcOffset(m_zone->currentData().toInt());
}

void RepoWeekBar::setLoading(bool loading)
{
    m_loading = loading;
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    m_status->setVisible(!loading);
    m_progressText->clear();
    m_progressText->setVisible(false);
    if (loading) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
    }
}

void RepoWeekBar::setProgress(int done, int total, const QString &text)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setToolTip(plainToolTip(text)); // a source's text, which may quote the server
    // Beside the bar, so a wait (a rate limit, GitHub's back-off) or the patch phase reads without hovering.
    const QString line = text.simplified();
    m_progressText->setText(m_progressText->fontMetrics().elidedText(line, Qt::ElideRight, 360));
    m_progressText->setToolTip(m_progress->toolTip());
    m_progressText->setVisible(m_loading && !line.isEmpty());
}

QString RepoWeekBar::progressText() const
{
    return m_progressText->isVisible() ? m_progressText->text() : QString();
}

void RepoWeekBar::setStatusText(const QString &text, const QString &toolTip)
{
    m_status->setText(text);
    m_status->setToolTip(toolTip.isEmpty() ? QString() : plainToolTip(toolTip));
}

QString RepoWeekBar::statusText() const
{
    return m_status->text();
}

void RepoWeekBar::browseForClone()
{
    const RepoRef current = repository();
    const QString start = current.kind == RepoRef::Kind::LocalGit ? current.gitPath : QDir::homePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a local git clone"), start);
    if (dir.isEmpty())
        return;
    m_repo->setEditText(QDir::toNativeSeparators(dir));
    Q_EMIT loadRequested();
}

void RepoWeekBar::retranslate()
{
    m_repoLabel->setText(tr("&Repository:"));
    m_repo->lineEdit()->setPlaceholderText(tr("owner/name, host/owner/name or a folder"));
    m_repo->setToolTip(tr("A GitHub repository (owner/name), a GitHub Enterprise repository (host/owner/name) or "
                          "the folder of a local git clone. Press Enter to load."));
    m_browse->setToolTip(tr("Open a local git clone…"));
    m_demoBadge->setText(tr("Demo"));
    m_demoBadge->setToolTip(tr("A week of a public repository bundled with PR Lens, read offline"));
    m_weekLabel->setText(tr("&Week:"));
    m_previousAction->setText(tr("Previous week"));
    m_previousAction->setToolTip(
        tr("Previous week (%1)").arg(m_previousAction->shortcut().toString(QKeySequence::NativeText)));
    m_nextAction->setText(tr("Next week"));
    m_nextAction->setToolTip(tr("Next week (%1)").arg(m_nextAction->shortcut().toString(QKeySequence::NativeText)));
    m_weekButton->setToolTip(tr("Pick the ISO week (Monday to Sunday in the chosen time zone)"));
    m_zoneLabel->setText(tr("&Time zone:"));
    m_zone->setToolTip(tr("The team's time zone: weeks start on Monday 00:00 there"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Read the week again from the source (%1)")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancel->setToolTip(tr("Cancel loading"));
    updateWeekButton();
}

void RepoWeekBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace PrLens
