// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "mainwindow.h"

#include "auditwindow.h"
#include "clock.h"
#include "decisiondialog.h"
#include "decisions.h"
#include "gatefilterproxy.h"
#include "gateicons.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "i18n.h"
#include "poller.h"
#include "providers/provider.h"
#include "serversdialog.h"
#include "serversetup.h"
#include "session.h"
#include "setuppage.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace gl::ui {

MainWindow::MainWindow(Session *session, const QString &configPath, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_configPath(configPath), m_model(new GateTreeModel(this)),
      m_proxy(new GateFilterProxy(this)), m_tree(new QTreeView), m_details(new QTextBrowser),
      m_stack(new QStackedWidget), m_treePage(nullptr), m_emptyLabel(new QLabel), m_healthLabel(new QLabel),
      m_stateLabel(new QLabel), m_filter(new QLineEdit)
{
    setWindowIcon(badgeIcon(Badge::Ok));
    sizeFromScreen();

    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAnimated(false);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder); // the model's own order until a header is clicked
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(GateTreeModel::NameColumn, QHeaderView::Stretch);
    const QList<QPair<int, int>> widths = {
        {GateTreeModel::StatusColumn, 150},   {GateTreeModel::WaitingColumn, 62},
        {GateTreeModel::TriggeredColumn, 95}, {GateTreeModel::BranchColumn, 110},
        {GateTreeModel::CommitColumn, 72},    {GateTreeModel::ApprovalsColumn, 72},
        {GateTreeModel::ExpiresColumn, 82}};
    for (const auto &[column, width] : widths) {
        m_tree->header()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_tree->setColumnWidth(column, width);
    }
    m_tree->viewport()->installEventFilter(this); // a narrow tree drops its least useful columns
    connect(m_tree, &QTreeView::collapsed, this,
            [this](const QModelIndex &i) { m_collapsed.insert(i.data(GateTreeModel::KeyRole).toString()); });
    connect(m_tree, &QTreeView::expanded, this,
            [this](const QModelIndex &i) { m_collapsed.remove(i.data(GateTreeModel::KeyRole).toString()); });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.data(GateTreeModel::GateIdRole).toString().isEmpty()) {
            return;
        }
        openSelectedInBrowser();
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &where, int first, int last) {
                // New rows, groups with what is below them: open them and the groups above them, as the user
                // left them.
                for (QModelIndex i = where; i.isValid(); i = i.parent()) {
                    if (!m_collapsed.contains(i.data(GateTreeModel::KeyRole).toString())) {
                        m_tree->setExpanded(i, true);
                    }
                }
                applyExpansion(where, first, last);
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { applyExpansion({}); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { applyExpansion({}); });
    // What the filter shows ("3 of 12", nothing matches, the details of a gate it hid), once per change.
    auto *filterState = new QTimer(this);
    filterState->setSingleShot(true);
    filterState->setInterval(0);
    connect(filterState, &QTimer::timeout, this, &MainWindow::updateFilterState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, filterState, qOverload<>(&QTimer::start));
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, filterState, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, filterState, qOverload<>(&QTimer::start));

    m_details->setOpenExternalLinks(true);
    m_details->setMinimumWidth(260);
    m_details->setFrameShape(QFrame::NoFrame);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setMargin(40);

    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setContentsMargins(10, 6, 10, 6);
    m_stateLabel->setAutoFillBackground(true);
    auto *treeColumn = new QWidget;
    auto *treeLayout = new QVBoxLayout(treeColumn);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(0);
    treeLayout->addWidget(m_stateLabel);
    treeLayout->addWidget(m_tree, 1);
    // When the filter hides every gate: say so where the gates would be, with a way out.
    m_noMatch = new QWidget;
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
    auto *noMatchLayout = new QVBoxLayout(m_noMatch);
    noMatchLayout->addStretch(1);
    m_noMatchLabel = new QLabel;
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setTextFormat(Qt::PlainText);
    noMatchLayout->addWidget(m_noMatchLabel);
    m_clearFilter = new QPushButton(tr("Clear Filter"));
    connect(m_clearFilter, &QPushButton::clicked, this, [this] {
        m_filter->clear();
        m_onlyMineAction->setChecked(false);
        m_tree->setFocus(Qt::OtherFocusReason);
    });
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_clearFilter);
    buttonRow->addStretch(1);
    noMatchLayout->addLayout(buttonRow);
    noMatchLayout->addStretch(2);
    m_noMatch->hide();
    treeLayout->addWidget(m_noMatch, 1);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(treeColumn);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({width() * 3 / 4, width() / 4});
    m_treePage = m_splitter;
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_emptyLabel);
    setCentralWidget(m_stack);

    buildActions();
    statusBar()->addPermanentWidget(m_healthLabel, 0);
    statusBar()->setSizeGripEnabled(true);
    statusBar()->installEventFilter(this);

    // "Waiting", "expires" and "seen … ago" move with time: the rows on screen are repainted when one of
    // their texts changes, and at no other time. What is on screen is looked at again once whatever may have
    // changed it (scrolling, folding, a poll) has settled.
    m_times = new gl::Timer(this);
    m_times->setSingleShot(true);
    connect(m_times, &gl::Timer::timeout, this, &MainWindow::refreshTimes);
    m_timesLater = new QTimer(this);
    m_timesLater->setSingleShot(true);
    m_timesLater->setInterval(0);
    connect(m_timesLater, &QTimer::timeout, this, &MainWindow::scheduleTimes);
    const auto later = [this] { m_timesLater->start(); };
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    connect(m_tree, &QTreeView::expanded, this, later);
    connect(m_tree, &QTreeView::collapsed, this, later);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, later);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, later);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, later);
    connect(m_model, &GateTreeModel::updatesApplied, this, later);

    if (m_session) {
        m_model->setStore(m_session->store());
        GateStore *store = m_session->store();
        connect(store, &GateStore::healthChanged, this, [this] {
            updateHealth();
            updateEmptyState();
            if (!currentGate()) {
                updateDetails(); // with no gate chosen, the pane tells the servers' state
            }
        });
        // Once for each batch of gates the tree took in, not for every gate.
        connect(m_model, &GateTreeModel::updatesApplied, this, [this] {
            updateEmptyState();
            updateDetails();
        });
        connect(store, &GateStore::serverRemoved, this, [this] {
            updateHealth();
            updateEmptyState();
            updateDetails();
        });
        connect(m_refresh, &QAction::triggered, m_session->poller(), &Poller::refreshAll);
        connect(m_session->decisions(), &DecisionService::decisionFinished, this,
                &MainWindow::onDecisionFinished);
    }
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    applyExpansion({});
    updateEmptyState();
    updateHealth();
    updateActions();
    updateDetails();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::buildActions()
{
    const auto withShortcut = [](QAction *action, const QString &tip) {
        action->setToolTip(tr("%1 (%2)", "tooltip (shortcut)")
                               .arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    };
    m_approve = new QAction(badgeIcon(Badge::Ok), tr("&Approve…", "approve a held job or deployment"), this);
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    withShortcut(m_approve, tr("Approve the selected gates"));
    connect(m_approve, &QAction::triggered, this, [this] { requestDecision(Decision::Approve); });
    m_reject = new QAction(badgeIcon(Badge::Error), tr("&Reject…", "reject a held job or deployment"), this);
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    withShortcut(m_reject, tr("Reject the selected gates"));
    connect(m_reject, &QAction::triggered, this, [this] { requestDecision(Decision::Reject); });
    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    withShortcut(m_refresh, tr("Poll every server now"));
    m_refresh->setEnabled(m_session != nullptr);
    m_open = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open in Browser"), this);
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    withShortcut(m_open, tr("Open the selected gate's pipeline in the browser"));
    connect(m_open, &QAction::triggered, this, &MainWindow::openSelectedInBrowser);
    m_copyLink = new QAction(tr("&Copy Link"), this);
    m_copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyLink, &QAction::triggered, this, &MainWindow::copyLink);
    auto *copyId = new QAction(tr("Copy Gate &ID"), this);
    connect(copyId, &QAction::triggered, this, [this] {
        if (const Gate *g = currentGate()) {
            QGuiApplication::clipboard()->setText(g->id);
        }
    });
    auto *focusFilter = new QAction(tr("&Filter"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_onlyMineAction = new QAction(tr("Only What I Can &Approve"), this);
    m_onlyMineAction->setCheckable(true);
    m_onlyMineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    auto *expandAll = new QAction(tr("&Expand All"), this);
    expandAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(expandAll, &QAction::triggered, this, [this] {
        // Every row that holds others, as a poll expands them; not QTreeView::expandAll, which also marks
        // each gate row expanded, and the view then pays for every one on each row removed (about 4 ms
        // a removal with 10,000 gates, against 0.6 ms).
        m_collapsed.clear();
        applyExpansion({});
    });
    auto *collapseAll = new QAction(tr("&Collapse All"), this);
    collapseAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(collapseAll, &QAction::triggered, this, [this] {
        // Every project folds; the servers stay open, so that what is folded is still seen.
        for (int s = 0; s < m_proxy->rowCount(); ++s) {
            const QModelIndex server = m_proxy->index(s, 0);
            for (int p = 0; p < m_proxy->rowCount(server); ++p) {
                m_tree->collapse(m_proxy->index(p, 0, server));
            }
        }
    });
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some desktops
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    m_shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_about = new QAction(tr("&About Greenlight"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_servers = new QAction(tr("&Servers…"), this);
    m_servers->setMenuRole(QAction::PreferencesRole);
    m_servers->setEnabled(false); // until the window is given a way to change them
    connect(m_servers, &QAction::triggered, this, &MainWindow::showServersDialog);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_servers);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    view->addAction(focusFilter);
    view->addAction(m_onlyMineAction);
    view->addSeparator();
    view->addAction(expandAll);
    view->addAction(collapseAll);
    view->addSeparator();
    m_auditAction = new QAction(tr("Audit &Log…"), this);
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_auditAction->setStatusTip(
        tr("Every decision made here, what became of it, and whether the record is intact"));
    connect(m_auditAction, &QAction::triggered, this, [this] { showAuditWindow(); });
    view->addAction(m_auditAction);
    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *themes = new QActionGroup(this);
    for (const auto &choice : {std::pair{Theme::System, tr("&System Colours")},
                               std::pair{Theme::Light, tr("&Light")}, std::pair{Theme::Dark, tr("&Dark")}}) {
        const Theme theme = choice.first; // not a structured binding: clang 14 cannot capture one
        const QString &label = choice.second;
        QAction *a = appearance->addAction(label);
        a->setCheckable(true);
        a->setChecked(currentTheme() == theme);
        a->setData(themeName(theme));
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, theme] {
            applyTheme(theme);
            if (!m_settingsFile.isEmpty()) {
                QSettings(m_settingsFile, QSettings::IniFormat)
                    .setValue(QStringLiteral("window/theme"), themeName(theme));
            }
            updateEmptyState(); // colours computed from the palette
            updateHealth();
            updateDetails();
        });
    }
    m_themeActions = themes;
    // The language: the system's or one chosen here, from the next start (every window and message would
    // otherwise be half in one language, half in another).
    QMenu *languages = view->addMenu(tr("Lan&guage"));
    auto *languageGroup = new QActionGroup(this);
    QStringList codes{QString()};
    codes += availableLanguages();
    for (const QString &code : std::as_const(codes)) {
        QAction *a = languages->addAction(code.isEmpty() ? tr("&System Language") : languageName(code));
        a->setCheckable(true);
        a->setChecked(code.isEmpty()); // until setLayoutSettings names the settings file
        a->setData(code);
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (m_settingsFile.isEmpty()) { // the demo leaves the user's settings alone
                statusBar()->showMessage(
                    tr("The demo does not keep settings; start Greenlight without --demo to "
                       "choose its language."));
                return;
            }
            setLanguageSetting(m_settingsFile, code);
            statusBar()->showMessage(
                code.isEmpty() ? tr("Greenlight will follow the system's language from its next start.")
                               : tr("Greenlight will speak %1 from its next start.").arg(languageName(code)));
        });
    }
    m_languageActions = languageGroup;
    QMenu *gate = menuBar()->addMenu(tr("&Gate"));
    gate->addAction(m_approve);
    gate->addAction(m_reject);
    gate->addSeparator();
    gate->addAction(m_open);
    gate->addAction(m_copyLink);
    gate->addAction(copyId);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
    help->addAction(aboutQt);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_approve);
    toolbar->addAction(m_reject);
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_open);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_onlyMine = new QCheckBox(tr("Only what I can approve"));
    m_onlyMine->setToolTip(tr("Hide the gates that wait for someone else (%1)")
                               .arg(m_onlyMineAction->shortcut().toString(QKeySequence::NativeText)));
    toolbar->addWidget(m_onlyMine);
    connect(m_onlyMine, &QCheckBox::toggled, m_onlyMineAction, &QAction::setChecked);
    connect(m_onlyMineAction, &QAction::toggled, m_onlyMine, &QCheckBox::setChecked);
    connect(m_onlyMineAction, &QAction::toggled, m_proxy, &GateFilterProxy::setOnlyMine);
    auto *gap = new QWidget;
    gap->setFixedWidth(8);
    toolbar->addWidget(gap);
    m_filterCount = new QLabel;
    m_filterCount->setObjectName(QStringLiteral("filterCount"));
    m_filterCount->setContentsMargins(0, 0, 6, 0);
    m_filterCountAction = toolbar->addWidget(m_filterCount); // a toolbar shows its widgets through actions
    m_filterCountAction->setVisible(false);
    m_filter->setPlaceholderText(tr("Filter: project, branch, environment, person, #pipeline…"));
    m_filter->setToolTip(tr("Every word must match (%1); Escape clears")
                             .arg(focusFilter->shortcut().toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(360);
    m_filter->setMinimumWidth(220);
    m_filter->installEventFilter(this);
    toolbar->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &GateFilterProxy::setText);
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::updateFilterState);
    connect(m_onlyMineAction, &QAction::toggled, this, &MainWindow::updateFilterState);
}

QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QList<QPair<QString, QString>> out;
    for (QAction *menu : menuBar()->actions()) {
        if (!menu->menu()) {
            continue;
        }
        for (QAction *a : menu->menu()->actions()) {
            if (!a->shortcut().isEmpty()) {
                out.append({a->text().remove(u'&'), a->shortcut().toString(QKeySequence::NativeText)});
            }
        }
    }
    out.append({tr("Open the gate in the browser"), tr("Double-click")});
    out.append({tr("Clear the filter"), tr("Escape (in the filter)")});
    return out;
}

void MainWindow::applyExpansion(const QModelIndex &proxyParent, int first, int last)
{
    std::vector<QModelIndex> stack{proxyParent};
    bool top = true; // rows first..last of proxyParent (all of them when first < 0), then all below them
    while (!stack.empty()) {
        const QModelIndex parent = stack.back();
        stack.pop_back();
        const int from = top && first >= 0 ? first : 0;
        const int to =
            top && first >= 0 ? std::min(last + 1, m_proxy->rowCount(parent)) : m_proxy->rowCount(parent);
        top = false;
        for (int r = from; r < to; ++r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            if (m_proxy->hasChildren(i)) {
                m_tree->setExpanded(i, !m_collapsed.contains(i.data(GateTreeModel::KeyRole).toString()));
                stack.push_back(i);
            }
        }
    }
    // Start on the gate that has waited longest, once the rows of this change are all in.
    // (A server row that the view made current by itself does not count as the user's choice.)
    const auto nothingChosen = [this] {
        const QModelIndex current = m_tree->currentIndex();
        return !current.isValid() || (current.data(GateTreeModel::LevelRole).value<GateTreeModel::Level>() ==
                                          GateTreeModel::Level::Server &&
                                      !m_tree->selectionModel()->isSelected(current));
    };
    if (nothingChosen() && m_model->gateCount() > 0) {
        QTimer::singleShot(0, this, [this, nothingChosen] {
            if (nothingChosen()) {
                selectGate(m_model->longestWaitingGateId());
            }
        });
    }
}

namespace {
// Times on screen that change within this many seconds of each other are repainted together: a "12 min" may
// read so for 15 s more, and rows started seconds apart do not wake the window one by one.
constexpr int kGatherTimesSecs = 15;
} // namespace

QModelIndexList MainWindow::rowsOnScreen() const
{
    QModelIndexList out;
    if (!m_tree->isVisible() || !m_tree->window()->isVisible()) {
        return out; // hidden (in the tray): nothing to keep current
    }
    const int height = m_tree->viewport()->height();
    for (QModelIndex i = m_tree->indexAt(QPoint(1, 1)); i.isValid(); i = m_tree->indexBelow(i)) {
        if (m_tree->visualRect(i).top() >= height) {
            break;
        }
        out.append(m_proxy->mapToSource(i));
    }
    return out;
}

void MainWindow::armTimes(const QDateTime &next)
{
    if (!next.isValid()) {
        m_times->stop();
        return;
    }
    // A little after the change (6% of the wait, at least 50 ms): a coarse system timer may fire 5% early,
    // and gl::Timer then waits out the rest with a second wake-up. The text is late by that much at most.
    const qint64 wait = std::max<qint64>(0, gl::Clock::utcNow().msecsTo(next));
    const QDateTime at = next.addMSecs(std::max<qint64>(50, wait * 6 / 100));
    if (m_times->isActive() && m_times->deadline() >= next && m_times->deadline() <= at) {
        return; // already due in time
    }
    m_times->start(std::chrono::milliseconds(gl::Clock::utcNow().msecsTo(at)));
}

void MainWindow::refreshTimes()
{
    armTimes(m_model->refreshTimes(rowsOnScreen(), kGatherTimesSecs));
}

void MainWindow::scheduleTimes()
{
    armTimes(m_model->nextTimeChange(rowsOnScreen(), kGatherTimesSecs));
}

Gates MainWindow::decidableSelection() const
{
    Gates out;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedRows(0)) {
        const QModelIndex source = m_proxy->mapToSource(i);
        const Gate *g = m_model->gate(source);
        if (g && g->canApprove && !source.data(GateTreeModel::InFlightRole).toBool() &&
            !(m_session && m_session->decisions()->inFlight(g->id))) {
            out.push_back(*g);
        }
    }
    return out;
}

const Gate *MainWindow::currentGate() const
{
    return m_model->gate(m_proxy->mapToSource(m_tree->currentIndex().siblingAtColumn(0)));
}

void MainWindow::selectGate(const QString &id)
{
    const QModelIndex i = m_proxy->mapFromSource(m_model->indexOfGate(id));
    if (i.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
        m_tree->scrollTo(i);
    }
}

QStringList MainWindow::selectedGateIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedRows(0)) {
        const QString id = i.data(GateTreeModel::GateIdRole).toString();
        if (!id.isEmpty()) {
            ids.append(id);
        }
    }
    return ids;
}

DecisionDialog *MainWindow::requestDecision(Decision decision)
{
    return requestDecision(decision, selectedGateIds());
}

DecisionDialog *MainWindow::requestDecision(Decision decision, const QStringList &gateIds)
{
    if (!m_session || gateIds.isEmpty()) {
        return nullptr;
    }
    std::vector<DecisionItem> items;
    QStringList refused;
    for (const QString &id : gateIds) {
        const Gate *g = m_session->store()->gate(id);
        Provider *provider = m_session->decisions()->providerFor(id);
        if (!g || !provider) {
            refused.append(tr("%1 is no longer waiting").arg(id));
        } else if (m_inDialog.contains(id)) {
            refused.append(tr("%1 already has a confirmation open").arg(gateSummary(*g)));
        } else if (m_sending.contains(id) || m_session->decisions()->inFlight(id)) {
            refused.append(tr("a decision on %1 is already on its way").arg(gateSummary(*g)));
        } else if (!g->canApprove) {
            refused.append(tr("%1: %2").arg(gateSummary(*g), g->cannotApproveReason.isEmpty()
                                                                 ? tr("you cannot decide it")
                                                                 : g->cannotApproveReason));
        } else {
            DecisionItem item;
            item.gate = *g;
            item.consequence = provider->consequence(*g, decision);
            item.noteGoesToServer = provider->noteGoesToServer();
            item.noteLimit = provider->noteLimit();
            item.noteRequired = provider->noteRequired();
            if (decision != Decision::Reject) {
                item.protectedName = protectedName(*g, m_session->config().protectedEnvironments);
            }
            items.push_back(std::move(item));
        }
    }
    if (!refused.isEmpty()) {
        statusBar()->showMessage(tr("Not opened: %1").arg(refused.join(QStringLiteral("; "))));
    }
    if (items.empty()) {
        return nullptr;
    }
    auto *dialog = new DecisionDialog(decision, std::move(items), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList ids = dialog->gateIds();
    for (const QString &id : ids) {
        m_inDialog.insert(id);
    }
    connect(dialog, &QDialog::finished, this, [this, ids] {
        for (const QString &id : ids) {
            m_inDialog.remove(id);
        }
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        send(dialog->decision(), dialog->shownGates(), dialog->note(), dialog->representedAs(),
             dialog->parameters());
    });
    dialog->open();
    return dialog;
}

void MainWindow::send(Decision decision, const Gates &shown, const QString &note,
                      const QString &representedAs, const QList<QPair<QString, QString>> &parameters)
{
    const int n = static_cast<int>(shown.size());
    std::shared_ptr<Batch> batch;
    if (n > 1) {
        batch = std::make_shared<Batch>();
        batch->total = n;
    }
    for (const Gate &g : shown) {
        m_sending.insert(g.id);
        if (batch) {
            batch->pending.insert(g.id);
            m_batchOf.insert(g.id, batch);
        }
    }
    for (const Gate &g : shown) {
        m_model->setInFlight(g.id, true);
        DecisionRequest request;
        request.gateId = g.id;
        request.decision = decision;
        request.note = note;
        request.representedAs = representedAs;
        request.parameters = parameters;
        request.shown = g; // nothing is sent if the gate changed since the dialog showed it
        m_session->decisions()->decide(request);
    }
    // (A decision refused at once has already put its reason there.)
    if (std::any_of(shown.begin(), shown.end(), [this](const Gate &g) { return m_sending.contains(g.id); })) {
        statusBar()->showMessage(decision != Decision::Reject ? tr("Approving %n gate(s)…", nullptr, n)
                                                              : tr("Rejecting %n gate(s)…", nullptr, n));
    }
    updateActions();
}

void MainWindow::batchResult(const QString &gateId, const DecisionResult &result, const QString &outcome)
{
    const std::shared_ptr<Batch> batch = m_batchOf.take(gateId);
    if (!batch) {
        statusBar()->showMessage(result.message);
        return;
    }
    batch->pending.remove(gateId);
    const Gate &g = result.gate;
    const QString name = g.id.isEmpty() ? gateId : gateSummary(g);
    batch->lines.append(tr("%1 — %2: %3", "outcome — gate: message").arg(outcome, name, result.message));
    batch->done += result.kind == DecisionOutcome::Kind::Done ? 1 : 0;
    if (!batch->pending.isEmpty()) {
        return;
    }
    const int failed = batch->total - batch->done;
    const QString summary = failed == 0 ? tr("All %n decision(s) done.", nullptr, batch->total)
                                        : tr("%1 of %2 decisions done; %3 not: see each gate's result.")
                                              .arg(batch->done)
                                              .arg(batch->total)
                                              .arg(failed);
    statusBar()->showMessage(summary);
    // One gate's result per line, in a box that stays until read: a status bar keeps only the last.
    auto *box = new QMessageBox(failed == 0 ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Decisions"), summary, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("batchResults"));
    box->setInformativeText(batch->lines.join(QStringLiteral("\n\n")));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showEarlierDecisions(const RecoveryReport &report)
{
    if (m_auditWindow) {
        m_auditWindow->reload(); // the verifications just written
    }
    if (report.empty()) {
        return;
    }
    const bool unknown = !report.stillUnknown.empty() || !report.problem.isEmpty();
    // A log that cannot be read (or does not verify) hides whether any decision is left unknown: that is
    // said, not "0 decisions".
    const QString summary =
        !report.stillUnknown.empty() ? tr("The outcome of %n decision(s) of an earlier run is still unknown.",
                                          nullptr, static_cast<int>(report.stillUnknown.size()))
        : !report.problem.isEmpty()
            ? tr("Greenlight could not look for decisions of an earlier run whose outcome is unknown.")
            : tr("%n decision(s) of an earlier run had no answer; their gates were read again.", nullptr,
                 static_cast<int>(report.verified.size()));
    statusBar()->showMessage(summary);
    auto *box = new QMessageBox(unknown ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Earlier decisions"), summary, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("earlierDecisions"));
    box->setInformativeText(report.lines().join(QStringLiteral("\n\n")));
    QPushButton *open = box->addButton(tr("Audit &Log…"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openAuditLog"));
    connect(open, &QPushButton::clicked, this, [this] { showAuditWindow(); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onDecisionFinished(const QString &gateId, const DecisionResult &result)
{
    if (!m_sending.remove(gateId)) {
        return; // not this window's decision (the command line's, or a refused duplicate)
    }
    m_model->setInFlight(gateId, false);
    QString outcome;
    switch (result.kind) {
    case DecisionOutcome::Kind::Done:
        outcome = tr("done");
        break;
    case DecisionOutcome::Kind::Refused:
        outcome = tr("refused");
        break;
    case DecisionOutcome::Kind::Failed:
        outcome = tr("failed");
        break;
    case DecisionOutcome::Kind::Unknown:
        outcome = tr("unknown: check");
        break;
    }
    m_model->setOutcome(gateId, outcome, result.kind != DecisionOutcome::Kind::Done);
    batchResult(gateId, result, outcome);
    if (m_session) {
        m_session->poller()->refresh(gateId.section(u'/', 0, 0)); // read it again from the server
    }
    updateActions();
    updateDetails();
    if (m_auditWindow) {
        m_auditWindow->reload();
    }
    Q_EMIT decisionFinished(gateId, result.kind == DecisionOutcome::Kind::Done);
}

void MainWindow::updateActions()
{
    const bool any = !decidableSelection().empty();
    m_approve->setEnabled(any);
    m_reject->setEnabled(any);
    const Gate *g = currentGate();
    m_open->setEnabled(g && g->url.isValid());
    m_copyLink->setEnabled(g && g->url.isValid());
}

namespace {
// Clock times in the status bar and the state line: to the second, so that a poll that happened is seen.
QString clockTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}
} // namespace

QString MainWindow::stateSummary(bool *problem) const
{
    *problem = false;
    const GateStore *store = m_session->store();
    QStringList checking;
    bool restored = false; // a server being checked shows the last run's gates
    QStringList lines;
    QDateTime oldestSuccess;
    for (const QString &server : store->servers()) {
        const ServerHealth h = store->health(server);
        switch (h.state) {
        case ServerState::Checking:
            checking.append(server);
            restored = restored || store->staleCount(server) > 0;
            break;
        case ServerState::NotSetUp:
            *problem = true;
            lines.append(tr("%1 is not set up: %2").arg(server, shortError(h.error)));
            break;
        case ServerState::Failing:
            *problem = true;
            lines.append(h.lastSuccess.isValid()
                             ? tr("Cannot poll %1: %2 — what it showed at %3 is kept, marked stale.")
                                   .arg(server, shortError(h.error), clockTime(h.lastSuccess))
                         : store->staleCount(server) > 0
                             ? tr("Cannot poll %1: %2 — what the last run showed is kept, marked stale.")
                                   .arg(server, shortError(h.error))
                             : tr("Cannot poll %1: %2 — it has not been read yet, so gates waiting there are "
                                  "not shown.")
                                   .arg(server, shortError(h.error)));
            break;
        case ServerState::Polled:
            if (!oldestSuccess.isValid() || h.lastSuccess < oldestSuccess) {
                oldestSuccess = h.lastSuccess;
            }
            break;
        }
    }
    if (!checking.isEmpty()) {
        lines.append(restored
                         ? tr("Checking %1… Until then, what the last run showed is drawn, marked stale.")
                               .arg(checking.join(QStringLiteral(", ")))
                         : tr("Checking %1…").arg(checking.join(QStringLiteral(", "))));
    }
    if (lines.isEmpty() && store->size() == 0) { // the store's: the tree may still be taking a poll in
        lines.append(tr("Nothing waits for approval: every server was polled (all since %1).")
                         .arg(clockTime(oldestSuccess)));
    }
    return lines.join(u'\n');
}

void MainWindow::setServerSetup(ServerSetup *setup)
{
    m_setup = setup;
    m_servers->setEnabled(setup != nullptr);
    if (setup && !m_setupPage) {
        m_setupPage = new SetupPage(setup);
        m_stack->addWidget(m_setupPage);
    }
    updateEmptyState();
    updateHealth();
}

void MainWindow::showServersDialog()
{
    if (!m_setup) {
        return;
    }
    if (auto *open = findChild<ServersDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ServersDialog(m_setup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(
            tr("Servers saved to %1; the changed ones are being polled.").arg(m_configPath), 10000);
    });
    dialog->open();
}

void MainWindow::updateEmptyState()
{
    const bool noServer = !m_session || m_session->store()->servers().isEmpty();
    // Nothing to refresh or filter before a server is set up.
    m_refresh->setEnabled(!noServer);
    m_filter->setEnabled(!noServer);
    m_onlyMineAction->setEnabled(!noServer);
    m_onlyMine->setEnabled(!noServer);
    if (m_setupPage && noServer) {
        m_stack->setCurrentWidget(m_setupPage);
        m_stateLabel->hide();
        return;
    }
    if (!m_session || m_session->store()->servers().isEmpty()) {
        m_emptyLabel->setText(
            tr("<h2>No servers configured</h2><p>Greenlight reads its servers from<br><tt>%1</tt></p>"
               "<p>See the README for the format, or start <tt>greenlight --demo</tt> to try it on "
               "simulated servers.</p>")
                .arg(m_configPath.toHtmlEscaped()));
        m_stack->setCurrentWidget(m_emptyLabel);
        m_stateLabel->hide();
        return;
    }
    m_stack->setCurrentWidget(m_treePage);
    bool problem = false;
    const QString summary = stateSummary(&problem);
    m_stateLabel->setText(summary);
    m_stateLabel->setVisible(!summary.isEmpty());
    QPalette palette = this->palette();
    if (problem) {
        palette.setColor(QPalette::WindowText, errorColor());
    }
    m_stateLabel->setPalette(palette);
    QFont font = m_stateLabel->font();
    font.setBold(problem);
    m_stateLabel->setFont(font);
}

void MainWindow::updateHealth()
{
    if (!m_session || m_session->store()->servers().isEmpty()) {
        m_healthLabel->setText(m_setupPage ? tr("No server is set up yet") : tr("No servers configured"));
        return;
    }
    // Each server three ways, longest first: with when its last complete poll was, without it, and its state
    // alone (the servers that are fine then share one part).
    QStringList full;
    QStringList shorter;
    QStringList shortest;
    QStringList fine;
    QDateTime oldestFine;
    QStringList tips;
    bool anyError = false;
    const auto time = [](const QDateTime &t) { return clockTime(t); };
    for (const QString &server : m_session->store()->servers()) {
        const ServerHealth h = m_session->store()->health(server);
        QString text;
        QString state;
        QString since;
        switch (h.state) {
        case ServerState::Checking:
            text = state = tr("%1: checking…").arg(server);
            break;
        case ServerState::NotSetUp:
            anyError = true;
            text = state = tr("%1: not set up").arg(server);
            break;
        case ServerState::Failing:
            anyError = true;
            // Short: the whole message is in the tooltip, on the server's row and in the line above the tree.
            text =
                tr("%1: %2").arg(server, fontMetrics().elidedText(shortError(h.error), Qt::ElideRight, 200));
            if (h.retryNotBefore.isValid()) {
                text += tr(" (retrying at %1)").arg(time(h.retryNotBefore));
            }
            since = h.lastSuccess.isValid() ? tr("; last complete poll %1").arg(time(h.lastSuccess))
                                            : tr("; no complete poll yet");
            state = tr("%1: poll failed").arg(server);
            break;
        case ServerState::Polled:
            text = tr("%1: updated %2").arg(server, time(h.lastSuccess));
            fine.append(server);
            oldestFine = !oldestFine.isValid() || h.lastSuccess < oldestFine ? h.lastSuccess : oldestFine;
            break;
        }
        full.append(text + since);
        shorter.append(text);
        if (!state.isEmpty()) {
            shortest.append(state);
        }
        tips.append(h.error.isEmpty() ? QString(text + since)
                                      : QString(server + QStringLiteral(":\n") + h.error));
    }
    if (!fine.isEmpty()) {
        shortest.append(tr("%1: updated %2").arg(fine.join(QStringLiteral(", ")), time(oldestFine)));
    }
    QFont font = statusBar()->font();
    font.setBold(anyError);
    // The longest that fits; the shortest cut with an ellipsis at worst. A label wider than the window would
    // push the last servers out of sight.
    // (Before the window is laid out there is no width to fit: the resize that lays it out comes back here.)
    const QFontMetrics metrics(font);
    const int room = std::max(80, statusBar()->contentsRect().width() - 32); // less the size grip, margins
    const QString separator = QStringLiteral("   ·   ");
    QString text = full.join(separator);
    if (statusBar()->isVisible()) {
        for (const QStringList *parts : {&shorter, &shortest}) {
            if (metrics.horizontalAdvance(text) <= room) {
                break;
            }
            text = parts->join(separator);
        }
        text = metrics.elidedText(text, Qt::ElideRight, room);
    }
    m_healthLabel->setText(text);
    m_healthLabel->setToolTip(tips.join(QStringLiteral("\n\n")));
    QPalette palette = statusBar()->palette();
    if (anyError) {
        palette.setColor(QPalette::WindowText, errorColor());
    }
    m_healthLabel->setPalette(palette);
    m_healthLabel->setFont(font);
}

void MainWindow::updateDetails()
{
    const Gate *g = currentGate();
    if (!g) {
        if (!m_session) {
            m_details->clear();
            return;
        }
        bool problem = false;
        const QString summary = stateSummary(&problem);
        QString html; // a paragraph per server that the summary speaks of
        for (const QString &line : summary.split(u'\n', Qt::SkipEmptyParts)) {
            html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
        }
        if (m_model->gateCount() > 0 && m_proxy->filtering()) {
            html += tr("<p style='color:gray'>The filter shows %1 of the %n waiting gate(s).</p>", nullptr,
                       m_model->gateCount())
                        .arg(m_shownCount);
        } else if (m_model->gateCount() > 0) {
            html +=
                tr("<p style='color:gray'>%n gate(s) waiting. Select one to see what it would release.</p>",
                   nullptr, m_model->gateCount());
        }
        m_details->setHtml(html);
        return;
    }
    auto row = [](const QString &label, const QString &value) {
        return value.isEmpty()
                   ? QString()
                   : QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2</td></tr>")
                         .arg(label.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(g->name.toHtmlEscaped());
    // The commit's subject; where the vendor gives none (Jenkins), the commit and branch it would release.
    QString release = g->commitSubject;
    if (release.isEmpty()) {
        release = g->commitSha.isEmpty() ? tr("(the server does not say which commit)")
                  : g->branch.isEmpty()  ? tr("Commit %1").arg(g->commitSha.left(12))
                                         : tr("Commit %1 on %2").arg(g->commitSha.left(12), g->branch);
    }
    html += tr("<p><b>What will be released</b><br>%1</p>").arg(release.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Project"), g->project.toHtmlEscaped());
    html += row(tr("Pipeline"), QStringLiteral("#%1").arg(g->pipelineNumber));
    html += row(tr("Workflow"), g->workflow.toHtmlEscaped());
    html += row(tr("Environment"), g->environment.toHtmlEscaped());
    html += row(tr("Branch"), g->branch.toHtmlEscaped());
    html += row(tr("Commit"), QStringLiteral("<tt>%1</tt>").arg(g->commitSha.left(12).toHtmlEscaped()));
    html += row(tr("Triggered by"), g->triggeredBy.toHtmlEscaped());
    html += row(tr("Asked by"), g->requestedBy.toHtmlEscaped());
    html += row(tr("Waiting since"),
                QLocale().toString(g->createdAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
    if (g->expiresAt.isValid()) {
        html += row(tr("Expires"),
                    QStringLiteral("%1 (%2)").arg(
                        QLocale().toString(g->expiresAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                        expiresText(g->expiresAt)));
    }
    html += row(tr("Approvals"), tr("%1 of %2").arg(g->approvals.given).arg(g->approvals.required));
    html += row(tr("Who may decide"), g->reviewers.join(QStringLiteral(", ")).toHtmlEscaped());
    for (const auto &[label, value] : g->details) {
        html += row(label, value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    // What the vendor asks for with an approval (Jenkins's input parameters): the name, what it is for, and
    // what is sent unless changed in the confirmation.
    if (!g->parameters.empty()) {
        html += tr("<p><b>%1 asks for</b></p>").arg(providerDisplayName(g->provider).toHtmlEscaped());
        html += QStringLiteral("<table>");
        for (const GateParameter &p : g->parameters) {
            QString value;
            if (!p.choices.isEmpty()) {
                value = tr("one of %1; default %2")
                            .arg(p.choices.join(QStringLiteral(", ")),
                                 p.defaultValue.isEmpty() ? p.choices.first() : p.defaultValue);
            } else if (p.type.startsWith(QLatin1String("Boolean"))) {
                value = p.defaultValue.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                            ? tr("yes or no; default yes")
                            : tr("yes or no; default no");
            } else {
                value = p.defaultValue.isEmpty() ? tr("no default") : tr("default %1").arg(p.defaultValue);
            }
            const QString text =
                p.description.isEmpty()
                    ? value.toHtmlEscaped()
                    : p.description.toHtmlEscaped() +
                          QStringLiteral("<br><span style='color:gray'>%1</span>").arg(value.toHtmlEscaped());
            html += row(p.name, text);
        }
        html += QStringLiteral("</table>");
    }
    if (!g->approvalHistory.isEmpty()) {
        html += tr("<p><b>Approval history</b>");
        for (const QString &line : g->approvalHistory) {
            html += QStringLiteral("<br>") + line.toHtmlEscaped();
        }
        html += QStringLiteral("</p>");
    }
    if (g->url.isValid()) {
        html += QStringLiteral("<p><a href='%1'>%2</a></p>")
                    .arg(QString::fromUtf8(g->url.toEncoded()).toHtmlEscaped(),
                         tr("Open the pipeline in the browser"));
    }
    if (!g->supersededBy.isEmpty()) {
        html += tr("<p style='color:%1'><b>Superseded:</b> %2. Approving this one deploys older code.</p>")
                    .arg(errorColor().name(), g->supersededBy.toHtmlEscaped());
    }
    if (m_session && m_session->store()->isStale(g->id) &&
        m_session->store()->health(g->server).state == ServerState::Checking) {
        html += tr("<p style='color:%1'><b>As the last run left it:</b> this gate was last seen %2; %3 is "
                   "being polled now, and it may have been decided since.</p>")
                    .arg(errorColor().name(), agoText(m_session->store()->seenAt(g->id)),
                         g->server.toHtmlEscaped());
    } else if (m_session && m_session->store()->isStale(g->id)) {
        html +=
            tr("<p style='color:%1'><b>Not confirmed by the last poll:</b> %2 could not be read; this gate "
               "was last seen %3 and may have been decided since.</p>")
                .arg(errorColor().name(), g->server.toHtmlEscaped(),
                     agoText(m_session->store()->seenAt(g->id)));
    }
    if (m_session && m_session->decisions()->inFlight(g->id)) {
        html += tr("<p><b>A decision is on its way to the server.</b></p>");
    }
    if (!g->canApprove) {
        html += tr("<p style='color:%1'><b>You cannot decide this gate:</b> %2</p>")
                    .arg(errorColor().name(),
                         (g->cannotApproveReason.isEmpty() ? tr("the server does not allow it")
                                                           : g->cannotApproveReason)
                             .toHtmlEscaped());
    }
    if (Provider *provider = m_session ? m_session->decisions()->providerFor(g->id) : nullptr) {
        html += tr("<p><b>Approve:</b> %1<br><b>Reject:</b> %2</p>")
                    .arg(provider->consequence(*g, Decision::Approve).toHtmlEscaped(),
                         provider->consequence(*g, Decision::Reject).toHtmlEscaped());
        if (!provider->noteGoesToServer()) {
            html += tr("<p style='color:gray'>%1 keeps no comment with a decision; your note stays in "
                       "Greenlight's audit log.</p>")
                        .arg(providerDisplayName(g->provider));
        }
    }
    m_details->setHtml(html);
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    QMenu menu(this);
    menu.addAction(m_approve);
    menu.addAction(m_reject);
    menu.addSeparator();
    menu.addAction(m_open);
    menu.addAction(m_copyLink);
    const QString id = index.data(GateTreeModel::GateIdRole).toString();
    if (!id.isEmpty()) {
        menu.addAction(tr("Copy Gate ID"), this, [id] { QGuiApplication::clipboard()->setText(id); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_session) {
        m_session->poller()->catchUp();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_keepInTray) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::openSelectedInBrowser()
{
    const Gate *g = currentGate();
    if (!g || !g->url.isValid()) {
        return;
    }
    const QUrl url = g->url;
    const bool opened = m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url);
    if (opened) {
        statusBar()->showMessage(tr("Opened %1 in the browser").arg(url.toDisplayString()), 5000);
        return;
    }
    // No browser answered: say so, and offer the link to paste elsewhere.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open in Browser"),
                                tr("No browser opened the pipeline."), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("openFailed"));
    box->setInformativeText(tr("The desktop has no web browser set up for %1 links. Copy the link and open "
                               "it where you can:\n%2")
                                .arg(url.scheme(), url.toDisplayString()));
    QPushButton *copy = box->addButton(tr("Copy Link"), QMessageBox::AcceptRole);
    box->setDefaultButton(copy);
    connect(copy, &QPushButton::clicked, this, [this, url] {
        QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        statusBar()->showMessage(tr("Link copied: %1").arg(url.toDisplayString()), 5000);
    });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::copyLink()
{
    const Gate *g = currentGate();
    if (!g || !g->url.isValid()) {
        return;
    }
    QGuiApplication::clipboard()->setText(g->url.toString(QUrl::FullyEncoded));
    statusBar()->showMessage(tr("Link copied: %1").arg(g->url.toDisplayString()), 5000);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(0, 2, dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    for (const auto &[action, keys] : shortcutList()) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action));
        table->setItem(row, 1, new QTableWidgetItem(keys));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->resizeRowsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    // Tall enough for every row, no taller: the table's rows, its header, the buttons and the margins.
    const int rows =
        table->verticalHeader()->length() + table->horizontalHeader()->height() + 2 * table->frameWidth();
    table->setMinimumHeight(std::min(rows, screen()->availableGeometry().height() * 2 / 3));
    dialog->resize(fontMetrics().averageCharWidth() * 60, dialog->sizeHint().height());
    dialog->open();
}

AuditWindow *MainWindow::auditWindow() const
{
    return m_auditWindow;
}

AuditWindow *MainWindow::showAuditWindow()
{
    if (!m_auditWindow) {
        QHash<QString, QString> vendors;
        if (m_session) {
            for (const ServerConfig &server : m_session->config().servers) {
                vendors.insert(server.name, server.provider);
            }
        }
        // The session's log (with its signing key) when there is one, else the file About names.
        const AuditLog log = m_session ? m_session->audit() : AuditLog(m_auditPath);
        m_auditWindow = new AuditWindow(log, vendors, this);
        m_auditWindow->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_auditWindow->reload();
    }
    m_auditWindow->show();
    m_auditWindow->raise();
    m_auditWindow->activateWindow();
    return m_auditWindow;
}

void MainWindow::showAbout()
{
    const QString config = m_configPath.isEmpty() ? tr("(none)") : m_configPath;
    const QString audit = m_auditPath.isEmpty() ? tr("(none)") : m_auditPath;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About Greenlight"));
    box->setIconPixmap(badgeIcon(Badge::Ok).pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>Greenlight %1</h3><p>Every pipeline that waits for your approval, in one window.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    box->setInformativeText(tr("<p>Licence: %1<br>Built with Qt %2, running on Qt %3</p>"
                               "<p>Servers: <tt>%4</tt><br>Audit log: <tt>%5</tt></p>")
                                .arg(QStringLiteral("MIT"), QStringLiteral(QT_VERSION_STR),
                                     QString::fromLatin1(qVersion()), config.toHtmlEscaped(),
                                     audit.toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateFilterState()
{
    const bool filtering = m_proxy->filtering();
    const int total = m_model->gateCount();
    int shown = total;
    if (filtering) {
        shown = 0;
        std::vector<QModelIndex> stack{QModelIndex()};
        while (!stack.empty()) {
            const QModelIndex parent = stack.back();
            stack.pop_back();
            for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
                const QModelIndex i = m_proxy->index(r, 0, parent);
                if (m_proxy->hasChildren(i)) {
                    stack.push_back(i);
                } else if (!i.data(GateTreeModel::GateIdRole).toString().isEmpty()) {
                    ++shown;
                }
            }
        }
    }
    m_shownCount = shown;
    m_filterCountAction->setVisible(filtering);
    m_filterCount->setText(tr("%1 of %n", "gates shown of all", total).arg(shown));
    m_filterCount->setToolTip(tr("%1 of %n gate(s) match the filter", nullptr, total).arg(shown));
    const bool noMatch = filtering && shown == 0 && total > 0;
    if (noMatch) {
        const QString words = m_filter->text().simplified();
        QString text;
        if (!words.isEmpty() && m_proxy->onlyMine()) {
            text = tr("No gate that you can approve matches “%1”.").arg(words);
        } else if (!words.isEmpty()) {
            text = tr("No gate matches “%1”.").arg(words);
        } else {
            text = tr("None of the %n waiting gate(s) is yours to approve.", nullptr, total);
        }
        m_noMatchLabel->setText(text + u'\n' + tr("%n gate(s) wait in all.", nullptr, total));
    }
    m_tree->setVisible(!noMatch);
    m_noMatch->setVisible(noMatch);
    updateActions();
    updateDetails();
}

void MainWindow::sizeFromScreen()
{
    // Three quarters of the screen, never less than a usable minimum nor more than the screen has: at 2×
    // scaling a 1280-pixel window would be 2560 device pixels.
    QSize size(1280, 720);
    if (const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableGeometry().size();
        size = QSize(available.width() * 3 / 4, available.height() * 3 / 4)
                   .expandedTo(QSize(760, 460))
                   .boundedTo(available * 0.95);
    }
    resize(size);
}

void MainWindow::setLayoutSettings(const QString &settingsFile)
{
    m_settingsFile = settingsFile;
    const QSettings settings(settingsFile, QSettings::IniFormat);
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
        !geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    if (const QByteArray sizes = settings.value(QStringLiteral("window/splitter")).toByteArray();
        !sizes.isEmpty()) {
        m_splitter->restoreState(sizes);
    }
    if (const QByteArray header = settings.value(QStringLiteral("window/columns")).toByteArray();
        !header.isEmpty()) {
        m_tree->header()->restoreState(header);
    }
    const QString language = languageSetting(settingsFile);
    for (QAction *a : m_languageActions->actions()) {
        a->setChecked(a->data().toString() == language);
    }
}

void MainWindow::saveLayout() const
{
    if (m_settingsFile.isEmpty()) {
        return;
    }
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/columns"), m_tree->header()->saveState());
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_timesLater->start(); // nothing on screen to keep current
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_timesLater->start();
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_tree->setFocus(Qt::ActiveWindowFocusReason); // the keyboard starts on the gates
    }
}

void MainWindow::fitColumns()
{
    // The gate's name comes first: while it would get less than a third of the tree (and 200 pixels), the
    // least useful columns step aside, last first; they come back as the tree widens.
    static const int order[] = {GateTreeModel::StatusColumn,    GateTreeModel::WaitingColumn,
                                GateTreeModel::ApprovalsColumn, GateTreeModel::TriggeredColumn,
                                GateTreeModel::BranchColumn,    GateTreeModel::ExpiresColumn,
                                GateTreeModel::CommitColumn};
    QHeaderView *header = m_tree->header();
    const int width = m_tree->viewport()->width();
    const int nameWanted = std::max(200, width / 3);
    int used = 0;
    for (int column : order) {
        if (!header->isSectionHidden(column)) {
            m_columnWidths[column] = header->sectionSize(column); // what it had when last shown
        }
        const int w = m_columnWidths.value(column, 80);
        const bool fits = width - (used + w) >= nameWanted;
        header->setSectionHidden(column, !fits && column != GateTreeModel::StatusColumn);
        if (fits || column == GateTreeModel::StatusColumn) {
            used += w;
        }
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
        m_timesLater->start(); // more rows, or fewer
    }
    if (watched == statusBar() && event->type() == QEvent::Resize) {
        updateHealth(); // what fits of the servers' state
    }
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (!m_filter->text().isEmpty()) {
            m_filter->clear();
        } else {
            m_tree->setFocus(Qt::ShortcutFocusReason);
        }
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace gl::ui
