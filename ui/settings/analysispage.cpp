// SPDX-License-Identifier: MIT
#include "analysispage.h"

#include "analysissettings.h"
#include "backteststore.h"
#include "backtesttext.h"
#include "plaintooltip.h"
#include "riskengine.h"
#include "settingskeys.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {
enum Column { NameColumn, SeverityColumn, LiftColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole;
} // namespace

AnalysisPage::AnalysisPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_overrideLabel(new QLabel(this))
    , m_override(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_overrideHint(new QLabel(this))
    , m_measured(new QLabel(this))
    , m_botsLabel(new QLabel(this))
    , m_bots(new QLineEdit(this))
    , m_botsHint(new QLabel(this))
{
    m_measured->setWordWrap(true);
    m_measured->setTextFormat(Qt::PlainText);
    m_botsHint->setWordWrap(true);
    m_botsHint->setForegroundRole(QPalette::PlaceholderText);
    m_bots->setClearButtonEnabled(true);
    m_botsLabel->setBuddy(m_bots);
    m_botsLabel->setTextFormat(Qt::PlainText); // it names the repository
    m_botsLabel->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_overrideHint->setWordWrap(true);
    m_overrideHint->setForegroundRole(QPalette::PlaceholderText);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(LiftColumn, QHeaderView::ResizeToContents);
    m_override->setClearButtonEnabled(true);
    m_overrideLabel->setBuddy(m_override);
    connect(m_browse, &QPushButton::clicked, this, &AnalysisPage::browse);

    auto *overrideRow = new QHBoxLayout;
    overrideRow->addWidget(m_override, 1);
    overrideRow->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_measured);
    layout->addWidget(m_overrideLabel);
    layout->addLayout(overrideRow);
    layout->addWidget(m_overrideHint);
    layout->addWidget(m_botsLabel);
    layout->addWidget(m_bots);
    layout->addWidget(m_botsHint);

    retranslateUi();
    setRules(builtInRules());
}

QList<AnalysisPage::Rule> AnalysisPage::builtInRules()
{
    QList<Rule> rules;
    const QStringList ids = RiskEngine::builtInIds();
    for (const QString &id : ids) {
        const RiskRule *rule = RiskEngine::builtIn(id);
        rules.append({id, severityId(rule ? rule->defaultSeverity() : Severity::Warning)});
    }
    return rules;
}

QStringList AnalysisPage::severities()
{
    return {severityId(Severity::Info), severityId(Severity::Warning), severityId(Severity::High)};
}

QString AnalysisPage::ruleName(const QString &id)
{
    const RiskRule *rule = RiskEngine::builtIn(id);
    return rule ? rule->title() : id;
}

static QString severityName(const QString &id)
{
    Severity severity = Severity::Warning;
    severityFromId(id, &severity);
    return severityDisplay(severity);
}

void AnalysisPage::setRules(const QList<Rule> &rules)
{
    m_rules = rules;
    m_tree->clear();
    for (const Rule &rule : rules) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(NameColumn, IdRole, rule.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        auto *severity = new QComboBox(m_tree);
        for (const QString &s : severities())
            severity->addItem(QString(), s);
        m_tree->setItemWidget(item, SeverityColumn, severity);
    }
    retranslateUi();
    load();
}

void AnalysisPage::load()
{
    QSettings settings;
    settings.beginGroup(SettingsKeys::riskRulesGroup());
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const Rule &rule = m_rules.at(i);
        const bool enabled = settings.value(rule.id + u"/enabled"_s, true).toBool();
        item->setCheckState(NameColumn, enabled ? Qt::Checked : Qt::Unchecked);
        auto *combo = qobject_cast<QComboBox *>(m_tree->itemWidget(item, SeverityColumn));
        const int index = combo->findData(settings.value(rule.id + u"/severity"_s, rule.defaultSeverity).toString());
        combo->setCurrentIndex(index >= 0 ? index : combo->findData(rule.defaultSeverity));
    }
    settings.endGroup();
    m_override->setText(settings.value(SettingsKeys::ruleOverrideFile()).toString());
    loadBots();
}

void AnalysisPage::loadBots()
{
    QSettings settings;
    m_loadedBots = AnalysisSettings::bots(settings, m_repoKey);
    m_bots->setText(m_loadedBots.join(u", "_s));
}

void AnalysisPage::saveBots()
{
    QSettings settings;
    const QStringList bots = parseLogins(m_bots->text());
    // A repository shown with the common list keeps following it until its own list is edited here.
    if (!m_repoKey.isEmpty() && bots == m_loadedBots && !AnalysisSettings::hasOwnBots(settings, m_repoKey))
        return;
    AnalysisSettings::setBots(settings, m_repoKey, bots);
    m_loadedBots = bots;
}

QStringList AnalysisPage::parseLogins(const QString &text)
{
    QStringList out;
    static const QRegularExpression separators(u"[,\\s]+"_s);
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &login : parts)
        if (!out.contains(login, Qt::CaseInsensitive))
            out.append(login);
    return out;
}

void AnalysisPage::save()
{
    QSettings settings;
    settings.beginGroup(SettingsKeys::riskRulesGroup());
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const QString id = m_rules.at(i).id;
        settings.setValue(id + u"/enabled"_s, item->checkState(NameColumn) == Qt::Checked);
        auto *combo = qobject_cast<QComboBox *>(m_tree->itemWidget(item, SeverityColumn));
        settings.setValue(id + u"/severity"_s, combo->currentData().toString());
    }
    settings.endGroup();
    const QString path = m_override->text().trimmed();
    if (path.isEmpty())
        settings.remove(SettingsKeys::ruleOverrideFile());
    else
        settings.setValue(SettingsKeys::ruleOverrideFile(), path);
    saveBots();
}

void AnalysisPage::setRepository(const QString &repoKey, const QString &displayName)
{
    const bool changed = repoKey != m_repoKey;
    m_repoKey = repoKey;
    m_repoName = displayName.isEmpty() ? repoKey : displayName;
    if (changed)
        loadBots();
    retranslateUi();
}

void AnalysisPage::showMeasurements()
{
    QSettings settings;
    const std::optional<BacktestSummary> summary
        = m_repoKey.isEmpty() ? std::nullopt : BacktestStore::load(settings, m_repoKey);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const RuleBacktest *rule = summary ? summary->rule(item->data(NameColumn, IdRole).toString()) : nullptr;
        if (!rule) {
            item->setText(LiftColumn, tr("not measured"));
            item->setToolTip(LiftColumn, {});
            continue;
        }
        QString text = BacktestText::liftShort(*rule);
        if (rule->hasLift() && rule->ratio.low <= 1.0)
            text = tr("%1, no better than chance").arg(text);
        item->setText(LiftColumn, text);
        item->setToolTip(LiftColumn, plainToolTip(BacktestText::liftSentence(*rule, summary->weeks())));
    }
    if (!summary) {
        m_measured->setText(m_repoKey.isEmpty()
                ? tr("Open a repository to see how often the PRs each rule flagged were later reverted or fixed.")
                : tr("Not measured for this repository yet. “prlens backtest” measures how often the PRs each rule "
                     "flagged were later reverted or fixed."));
        return;
    }
    m_measured->setText(tr("Lift: how many times as often the PRs a rule flagged were reverted or fixed within %n "
                           "week(s) as the PRs it did not flag, measured over %1 – %2 with a 95 % interval. A rule "
                           "whose interval reaches 1× measures no better than chance: you may switch it off.",
        nullptr, summary->horizonWeeks)
            .arg(summary->first.toString(), summary->last.toString()));
}

void AnalysisPage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Rule Override File"), m_override->text(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_override->setText(path);
}

void AnalysisPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AnalysisPage::retranslateUi()
{
    m_intro->setText(tr("Risk rules mark pull requests that deserve a closer look. Switch a rule off or change "
                        "how severe its findings are."));
    m_tree->setHeaderLabels({tr("Rule"), tr("Severity"), tr("Measured lift")});
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const QString id = item->data(NameColumn, IdRole).toString();
        item->setText(NameColumn, ruleName(id));
        if (const RiskRule *rule = RiskEngine::builtIn(id))
            item->setToolTip(NameColumn, rule->explanation());
        if (auto *combo = qobject_cast<QComboBox *>(m_tree->itemWidget(item, SeverityColumn))) {
            for (int s = 0; s < combo->count(); ++s)
                combo->setItemText(s, severityName(combo->itemData(s).toString()));
        }
    }
    m_overrideLabel->setText(tr("Per-repository &override file:"));
    m_browse->setText(tr("&Browse…"));
    m_override->setPlaceholderText(tr("No override file"));
    m_overrideHint->setText(tr("A JSON file with rule settings for particular repositories; its entries take "
                               "precedence over the choices above."));
    m_bots->setPlaceholderText(tr("e.g. fastdeploy-bot, ci-runner"));
    if (m_repoKey.isEmpty()) {
        m_botsLabel->setText(tr("&Bot accounts:"));
        m_botsHint->setText(tr("Logins whose reviews and pull requests the review flow counts apart from people's, "
                               "besides GitHub's bot accounts and logins ending in [bot], in every repository "
                               "without a list of its own. The override file can add more per repository with "
                               "\"bots\": [\"name\"]."));
    } else {
        m_botsLabel->setText(tr("&Bot accounts of %1:").arg(QString(m_repoName).replace(u'&', u"&&"_s)));
        m_botsHint->setText(tr("Logins whose reviews and pull requests the review flow of this repository counts "
                               "apart from people's, besides GitHub's bot accounts and logins ending in [bot]. "
                               "Until you change it, the list set with no repository open applies. The override "
                               "file can add more with \"bots\": [\"name\"]."));
    }
    showMeasurements();
}

} // namespace PrLens
