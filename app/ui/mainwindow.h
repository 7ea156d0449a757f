// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "gate.h"

#include <QHash>
#include <QMainWindow>
#include <QModelIndexList>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace gl {
class Session;
class Timer;
struct DecisionResult;
struct RecoveryReport;
} // namespace gl

namespace gl::ui {

class AuditWindow;
class DecisionDialog;
class GateFilterProxy;
class ServerSetup;
class SetupPage;
class GateTreeModel;

// The approver's dashboard: every waiting gate in a tree, a filter, the selected gate's details,
// Approve… and Reject… through a confirmation dialog, and each server's health in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // session may be null: the window then explains how to configure servers.
    explicit MainWindow(Session *session, const QString &configPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeView *tree() const { return m_tree; }
    GateTreeModel *model() const { return m_model; }
    GateFilterProxy *proxy() const { return m_proxy; }
    QTextBrowser *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *approveAction() const { return m_approve; }
    QAction *rejectAction() const { return m_reject; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *openAction() const { return m_open; }
    QAction *copyLinkAction() const { return m_copyLink; }
    QAction *onlyMineAction() const { return m_onlyMineAction; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }
    QAction *quitAction() const { return m_quit; }
    QAction *serversAction() const { return m_servers; }
    QAction *auditAction() const { return m_auditAction; }
    // View → Audit Log: opens the Audit window, or raises it when it is open; read again after each decision.
    AuditWindow *showAuditWindow();
    AuditWindow *auditWindow() const;
    // Lets the window change the servers: File → Servers…, and the setup page while none is configured.
    void setServerSetup(ServerSetup *setup);
    SetupPage *setupPage() const { return m_setupPage; }
    void showServersDialog();
    // View → Appearance: System Colours, Light, Dark.
    QActionGroup *themeActions() const { return m_themeActions; }
    QActionGroup *languageActions() const { return m_languageActions; } // data: "" (the system's), "de", …
    QCheckBox *onlyMineBox() const { return m_onlyMine; }
    // Beside the filter while it hides gates: "3 of 12".
    QLabel *filterCountLabel() const { return m_filterCount; }
    // Instead of the tree when the filter hides every gate: what matched nothing, and a way out.
    QWidget *noMatchPanel() const { return m_noMatch; }
    QLabel *noMatchLabel() const { return m_noMatchLabel; }
    QPushButton *clearFilterButton() const { return m_clearFilter; }
    QSplitter *splitter() const { return m_splitter; }
    QLabel *healthLabel() const { return m_healthLabel; }
    // Above the tree: what is known over every server (checking, not set up, failing, nothing waits).
    QLabel *stateLabel() const { return m_stateLabel; }
    QLabel *emptyLabel() const { return m_emptyLabel; }

    // The gates selected in the tree that can be decided now (not in flight, allowed for me).
    Gates decidableSelection() const;
    // Opens the confirmation dialog (window-modal, not blocking) for exactly these gates, whatever the
    // tree shows or has selected. A gate that is no longer known, already has a decision on its way or a
    // dialog open, or is not mine to decide is left out, with the reason in the status bar; null when
    // none is left.
    DecisionDialog *requestDecision(Decision decision, const QStringList &gateIds);
    // The same for the gates selected in the tree (toolbar, menu, shortcut, context menu).
    DecisionDialog *requestDecision(Decision decision);
    QStringList selectedGateIds() const;
    void selectGate(const QString &id);
    // What became of the decisions an earlier run left without an outcome: in a box that stays until read.
    void showEarlierDecisions(const RecoveryReport &report);
    // With a tray icon, closing the window hides it; without one, closing quits.
    void setKeepRunningInTray(bool keep) { m_keepInTray = keep; }
    // Where the window keeps its size, position, splitter and columns (greenlight.conf, [window]); they are
    // read back at once and written when the window closes or is destroyed. Without it the window sizes
    // itself from the screen.
    void setLayoutSettings(const QString &settingsFile);
    void saveLayout() const;
    // The paths About shows.
    void setAuditPath(const QString &auditPath) { m_auditPath = auditPath; }
    // What Open in Browser does with a URL; returns whether a browser took it. QDesktopServices by default.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    // The keyboard shortcuts of every menu action, as Help → Keyboard Shortcuts lists them.
    QList<QPair<QString, QString>> shortcutList() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    // Coming to the front polls each server whose last poll is older than its freshness (Poller::catchUp).
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
Q_SIGNALS:
    void decisionFinished(const QString &gateId, bool done);

private:
    void buildActions();
    void send(Decision decision, const Gates &shown, const QString &note, const QString &representedAs,
              const QList<QPair<QString, QString>> &parameters);
    void onDecisionFinished(const QString &gateId, const DecisionResult &result);
    void updateActions();
    void updateDetails();
    void updateHealth();
    void updateEmptyState();
    QString stateSummary(bool *problem) const;
    // Opens rows first..last of proxyParent (every row when first < 0) and the groups below them, except
    // those the user folded.
    void applyExpansion(const QModelIndex &proxyParent, int first = -1, int last = -1);
    // The source rows the tree shows on screen, top to bottom (none while the window is hidden).
    QModelIndexList rowsOnScreen() const;
    void refreshTimes();  // repaints the times on screen and waits for their next change
    void scheduleTimes(); // waits for the next change of a time on screen
    void armTimes(const QDateTime &next);
    void showContextMenu(const QPoint &pos);
    void openSelectedInBrowser();
    void copyLink();
    void showShortcuts();
    void showAbout();
    void updateFilterState();
    void sizeFromScreen();
    void fitColumns();
    const Gate *currentGate() const;

    Session *m_session;
    QString m_configPath;
    ServerSetup *m_setup = nullptr;
    SetupPage *m_setupPage = nullptr;
    QAction *m_servers = nullptr;
    GateTreeModel *m_model;
    GateFilterProxy *m_proxy;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    QStackedWidget *m_stack;
    QWidget *m_treePage;
    QLabel *m_emptyLabel;
    QLabel *m_healthLabel;
    QLabel *m_stateLabel;
    QLineEdit *m_filter;
    QAction *m_refresh = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_open = nullptr;
    QAction *m_copyLink = nullptr;
    QAction *m_onlyMineAction = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_auditAction = nullptr;
    QPointer<AuditWindow> m_auditWindow; // deleted when closed
    QActionGroup *m_themeActions = nullptr;
    QActionGroup *m_languageActions = nullptr;
    QCheckBox *m_onlyMine = nullptr;
    QLabel *m_filterCount = nullptr;
    QAction *m_filterCountAction = nullptr;
    QWidget *m_noMatch = nullptr;
    QLabel *m_noMatchLabel = nullptr;
    QPushButton *m_clearFilter = nullptr;
    QSplitter *m_splitter = nullptr;
    QString m_settingsFile;
    QString m_auditPath;
    std::function<bool(const QUrl &)> m_openUrl;
    bool m_shownOnce = false;
    int m_shownCount = 0;           // gates the filter shows
    QHash<int, int> m_columnWidths; // of the columns fitColumns() may hide
    QSet<QString> m_collapsed;      // everything is expanded unless the user folded it
    QSet<QString> m_inDialog;       // gates with a confirmation dialog open: one decision per gate at a time
    QSet<QString> m_sending;        // gates this window sent a decision for, until its result comes
    // Several gates decided with one confirmation: each one's result, shown together when all are in.
    struct Batch
    {
        QSet<QString> pending;
        QStringList lines;
        int done = 0;
        int total = 0;
    };
    QHash<QString, std::shared_ptr<Batch>> m_batchOf;
    void batchResult(const QString &gateId, const DecisionResult &result, const QString &outcome);
    bool m_keepInTray = false;
    gl::Timer *m_times = nullptr;   // when a time on screen changes next
    QTimer *m_timesLater = nullptr; // what is on screen may have changed
};

} // namespace gl::ui
