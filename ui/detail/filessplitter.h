// SPDX-License-Identifier: MIT
#pragma once

#include <QSplitter>

class QTreeView;

namespace PrLens {

/// The Files & diff tab's splitter: the file list above the diff. Until the user moves the handle or a saved
/// state is restored, the list gets a few rows (at most a quarter of the height) and the diff the rest.
class FilesSplitter : public QSplitter {
    Q_OBJECT
public:
    static constexpr int DefaultListRows = 6;

    explicit FilesSplitter(QWidget *parent = nullptr);

    /// Adds the file list (first) and the diff panel (second).
    void setParts(QTreeView *fileList, QWidget *diffPanel);
    /// Restores a state saved with saveState(); false (and the default layout) when it is not one.
    bool restoreLayout(const QByteArray &state);
    /// Whether the sizes are still the default ones (not moved by the user nor restored).
    bool isDefaultLayout() const { return !m_userSized; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyDefaultSizes();

    QTreeView *m_list = nullptr;
    bool m_userSized = false;
};

} // namespace PrLens
