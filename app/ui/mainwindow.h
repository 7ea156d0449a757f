#pragma once

#include <QMainWindow>
#include <QSet>

class QLabel;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QTextBrowser;
class QTimer;
class QTreeView;
class QAction;

namespace gl {
class Session;
struct Gate;
} // namespace gl

namespace gl::ui {

// The first dashboard: every waiting gate in a tree (server → project → pipeline → workflow → gate),
// details of the selected gate, and each server's health in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // session may be null: the window then explains how to configure servers.
    explicit MainWindow(Session *session, const QString &configPath, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }
    static constexpr int KeyRole = Qt::UserRole + 1;
    enum Column
    {
        NameColumn,
        StatusColumn,
        WaitingColumn,
        TriggeredColumn,
        BranchColumn,
        CommitColumn,
        ColumnCount
    };

private:
    void scheduleRebuild();
    void rebuild();
    void updateHealth();
    void updateDetails();
    void openSelectedInBrowser();
    QString selectedKey() const;
    QStandardItem *child(QStandardItem *parent, const QString &key, const QString &text, const QIcon &icon);

    Session *m_session;
    QString m_configPath;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_healthLabel;
    QAction *m_refresh;
    QAction *m_open;
    QTimer *m_rebuildTimer;
    QSet<QString> m_collapsed; // everything is expanded unless the user folded it
};

QString waitingText(const QDateTime &since);

} // namespace gl::ui
