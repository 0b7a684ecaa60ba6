// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace PrLens {

/// Settings page: which risk rules run and with what severity, and a per-repository override file.
class AnalysisPage : public QWidget {
    Q_OBJECT
public:
    /// A rule as the page lists it, with its default severity id.
    struct Rule {
        QString id;
        QString defaultSeverity;
    };

    explicit AnalysisPage(QWidget *parent = nullptr);

    /// The rules shown; by default the built-in risk rules of core/analysis (RiskEngine).
    void setRules(const QList<Rule> &rules);
    static QList<Rule> builtInRules();
    /// The rule's title for people (translated by the rule).
    static QString ruleName(const QString &id);
    /// Severity ids as core/analysis names them ("info", "warning", "high").
    static QStringList severities();

    void load();
    void save();

    /// The repository open in the window (RepoRef::key(), and its name for people); empty: none. Shows each rule's
    /// lift measured by its last back-test (BacktestStore), or that it was not measured, and edits its own bot
    /// accounts; without a repository the bot accounts edited are those of repositories without a list of their own.
    void setRepository(const QString &repoKey, const QString &displayName = {});

    QTreeWidget *ruleTree() const { return m_tree; }
    QLineEdit *overrideEdit() const { return m_override; }
    QLineEdit *botsEdit() const { return m_bots; }
    /// The logins of a comma- or space-separated list, trimmed, without duplicates.
    static QStringList parseLogins(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showMeasurements();
    void loadBots();
    void saveBots();
    void browse();

    QList<Rule> m_rules;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QLabel *m_overrideLabel;
    QLineEdit *m_override;
    QPushButton *m_browse;
    QLabel *m_overrideHint;
    QLabel *m_measured;
    QString m_repoKey;
    QString m_repoName;
    QStringList m_loadedBots; ///< as loadBots() showed them: saved for the repository only once they are changed
    QLabel *m_botsLabel;
    QLineEdit *m_bots;
    QLabel *m_botsHint;
};

} // namespace PrLens
