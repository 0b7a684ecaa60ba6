// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QMenu;
class QSettings;
class QToolButton;

namespace PrLens {

/// The main window's View menu: show or hide the charts row (remembered in the settings) and "Focus on
/// Details", which gives the detail pane the whole window (hiding the cards, charts and PR list) and back.
class LayoutActions : public QObject {
    Q_OBJECT
public:
    /// @p charts is the charts row; @p overview the parts hidden while the details have the focus (the charts
    /// row is hidden then too).
    LayoutActions(QWidget *charts, const QList<QWidget *> &overview, QObject *parent = nullptr);

    QAction *chartsAction() const { return m_charts; }
    QAction *focusAction() const { return m_focus; }
    /// Adds both actions to @p menu.
    void addTo(QMenu *menu) const;
    /// A small flat button for the charts action, e.g. next to the summary cards.
    QToolButton *createChartsButton(QWidget *parent) const;

    bool chartsShown() const;
    void setChartsShown(bool shown);
    bool detailFocused() const;
    void setDetailFocused(bool focused);

    /// The charts row's state; the focus is not remembered (a new window starts with the whole dashboard).
    void save(QSettings &settings) const;
    void restore(QSettings &settings);
    void retranslate();

private:
    void apply();
    void updateButton(QToolButton *button) const;

    QPointer<QWidget> m_chartsRow;
    QList<QPointer<QWidget>> m_overview;
    QAction *m_charts = nullptr;
    QAction *m_focus = nullptr;
};

} // namespace PrLens
