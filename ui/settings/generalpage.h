// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace PrLens {

/// Settings page: language, time zone for week boundaries, number of highlighted PRs.
class GeneralPage : public QWidget {
    Q_OBJECT
public:
    explicit GeneralPage(QWidget *parent = nullptr);

    void load();
    /// Saves the choices; a changed language is switched at once (LanguageManager).
    void save();

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *timeZoneCombo() const { return m_zone; }
    QSpinBox *highlightedSpin() const { return m_highlighted; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_zoneLabel;
    QComboBox *m_zone;
    QLabel *m_zoneHint;
    QLabel *m_highlightedLabel;
    QSpinBox *m_highlighted;
    QLabel *m_highlightedHint;
};

} // namespace PrLens
