#include "mainwindow.h"

#include "decisions.h"
#include "gate.h"
#include "gateicons.h"
#include "gatestore.h"
#include "poller.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <algorithm>
#include <map>

namespace gl::ui {

QString waitingText(const QDateTime &since)
{
    if (!since.isValid()) {
        return {};
    }
    const qint64 s = std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 60) {
        return MainWindow::tr("just now");
    }
    if (s < 3600) {
        return MainWindow::tr("%n min", nullptr, static_cast<int>(s / 60));
    }
    if (s < 86400 * 2) {
        return MainWindow::tr("%n h", nullptr, static_cast<int>(s / 3600));
    }
    return MainWindow::tr("%n days", nullptr, static_cast<int>(s / 86400));
}

MainWindow::MainWindow(Session *session, const QString &configPath, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_configPath(configPath),
      m_model(new QStandardItemModel(this)), m_tree(new QTreeView), m_details(new QTextBrowser),
      m_stack(new QStackedWidget), m_emptyLabel(new QLabel), m_healthLabel(new QLabel),
      m_rebuildTimer(new QTimer(this))
{
    setWindowTitle(tr("Greenlight"));
    setWindowIcon(badgeIcon(Badge::Ok));
    resize(1280, 720);

    m_model->setHorizontalHeaderLabels(
        {tr("What waits"), tr("Status"), tr("Waiting"), tr("Triggered by"), tr("Branch"), tr("Commit")});
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAnimated(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setColumnWidth(NameColumn, 380);
    m_tree->setColumnWidth(StatusColumn, 110);
    m_tree->setColumnWidth(WaitingColumn, 70);
    m_tree->setColumnWidth(TriggeredColumn, 110);
    m_tree->setColumnWidth(BranchColumn, 130);
    connect(m_tree, &QTreeView::collapsed, this,
            [this](const QModelIndex &i) { m_collapsed.insert(i.data(KeyRole).toString()); });
    connect(m_tree, &QTreeView::expanded, this,
            [this](const QModelIndex &i) { m_collapsed.remove(i.data(KeyRole).toString()); });
    connect(m_tree, &QTreeView::doubleClicked, this, &MainWindow::openSelectedInBrowser);

    m_details->setOpenExternalLinks(true);
    m_details->setMinimumWidth(280);
    m_details->setFrameShape(QFrame::NoFrame);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setMargin(40);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({920, 340});
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_emptyLabel);
    setCentralWidget(m_stack);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh = toolbar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Poll every server now (%1)").arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    m_open = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open in Browser"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_open->setEnabled(false);
    connect(m_open, &QAction::triggered, this, &MainWindow::openSelectedInBrowser);

    statusBar()->addWidget(m_healthLabel, 1);
    statusBar()->setSizeGripEnabled(true);

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &MainWindow::rebuild);
    auto *clock = new QTimer(this); // "waiting" texts and health ages stay live
    clock->start(30000);
    connect(clock, &QTimer::timeout, this, &MainWindow::scheduleRebuild);

    if (m_session) {
        GateStore *store = m_session->store();
        connect(store, &GateStore::gateAdded, this, &MainWindow::scheduleRebuild);
        connect(store, &GateStore::gateChanged, this, &MainWindow::scheduleRebuild);
        connect(store, &GateStore::gateRemoved, this, &MainWindow::scheduleRebuild);
        connect(store, &GateStore::healthChanged, this, &MainWindow::scheduleRebuild);
        connect(m_refresh, &QAction::triggered, m_session->poller(), &Poller::refreshAll);
    } else {
        m_refresh->setEnabled(false);
    }
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateDetails);
    rebuild();
}

void MainWindow::scheduleRebuild()
{
    m_rebuildTimer->start();
}

QStandardItem *MainWindow::child(QStandardItem *parent, const QString &key, const QString &text,
                                 const QIcon &icon)
{
    for (int r = 0; r < parent->rowCount(); ++r) {
        QStandardItem *c = parent->child(r, 0);
        if (c->data(KeyRole).toString() == key) {
            return c;
        }
    }
    auto *item = new QStandardItem(icon, text);
    item->setData(key, KeyRole);
    QList<QStandardItem *> row{item};
    for (int c = 1; c < ColumnCount; ++c) {
        row.append(new QStandardItem);
    }
    parent->appendRow(row);
    return item;
}

QString MainWindow::selectedKey() const
{
    return m_tree->currentIndex().siblingAtColumn(0).data(KeyRole).toString();
}

void MainWindow::rebuild()
{
    if (!m_session) {
        m_emptyLabel->setText(
            tr("<h2>No servers configured</h2><p>Greenlight reads its servers from<br><tt>%1</tt></p>"
               "<p>See the README for the format, or start <tt>greenlight --demo</tt> to try it on "
               "simulated servers.</p>")
                .arg(m_configPath.toHtmlEscaped()));
        m_stack->setCurrentWidget(m_emptyLabel);
        updateHealth();
        return;
    }
    const QString selected = selectedKey();
    const int scroll = m_tree->verticalScrollBar()->value();

    m_model->removeRows(0, m_model->rowCount());
    QStandardItem *root = m_model->invisibleRootItem();
    Gates gates = m_session->store()->gates();
    // Oldest wait first within each workflow; newest pipelines first within each project.
    std::sort(gates.begin(), gates.end(), [](const Gate &a, const Gate &b) {
        if (a.server != b.server) {
            return a.server < b.server;
        }
        if (a.project != b.project) {
            return a.project < b.project;
        }
        if (a.pipelineNumber != b.pipelineNumber) {
            return a.pipelineNumber > b.pipelineNumber;
        }
        return a.createdAt < b.createdAt;
    });
    std::map<QStandardItem *, int> counts;
    for (const Gate &g : gates) {
        QStandardItem *server =
            child(root, QStringLiteral("s:") + g.server, g.server, badgeIcon(Badge::Server));
        QStandardItem *project = child(server, QStringLiteral("p:") + g.server + u'/' + g.project, g.project,
                                       badgeIcon(Badge::Project));
        const QString pipelineKey =
            QStringLiteral("pl:") + g.server + u'/' + g.project + u'/' + QString::number(g.pipelineNumber);
        QStandardItem *pipeline =
            child(project, pipelineKey,
                  g.commitSubject.isEmpty() ? tr("Pipeline #%1").arg(g.pipelineNumber)
                                            : tr("#%1 · %2").arg(g.pipelineNumber).arg(g.commitSubject),
                  badgeIcon(Badge::Pipeline));
        QStandardItem *workflow =
            child(pipeline, QStringLiteral("w:") + g.workflowId,
                  g.workflow.isEmpty() ? g.environment : g.workflow, badgeIcon(Badge::Workflow));
        QStandardItem *gate = child(workflow, QStringLiteral("g:") + g.id, g.name, badgeIcon(Badge::Hold));
        project->setToolTip(g.project);
        pipeline->setToolTip(g.commitSubject);
        for (QStandardItem *level : {server, project}) {
            ++counts[level];
        }
        // Row texts: the pipeline row carries branch and commit, the gate row the rest.
        auto set = [](QStandardItem *first, int column, const QString &text, const QString &tip = {}) {
            QStandardItem *cell = first->parent() ? first->parent()->child(first->row(), column)
                                                  : first->model()->item(first->row(), column);
            cell->setText(text);
            cell->setToolTip(tip.isEmpty() ? text : tip);
        };
        set(pipeline, TriggeredColumn, g.triggeredBy);
        set(pipeline, BranchColumn, g.branch);
        set(pipeline, CommitColumn, g.commitSha.left(8), g.commitSha);
        set(gate, StatusColumn, g.status == QLatin1String("on_hold") ? tr("needs approval") : g.status);
        set(gate, WaitingColumn, waitingText(g.createdAt),
            QLocale().toString(g.createdAt.toLocalTime(), QLocale::LongFormat));
        set(gate, TriggeredColumn, g.requestedBy);
        set(gate, BranchColumn, g.branch);
        set(gate, CommitColumn, g.commitSha.left(8), g.commitSha);
        gate->setToolTip(gateSummary(g));
    }
    for (const auto &[item, n] : counts) {
        QStandardItem *status = item->parent() ? item->parent()->child(item->row(), StatusColumn)
                                               : m_model->item(item->row(), StatusColumn);
        status->setText(tr("%n waiting", nullptr, n));
    }
    // Restore what the user had: folds, selection, scroll position.
    std::function<void(const QModelIndex &)> restore = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex index = m_model->index(r, 0, parent);
            const QString key = index.data(KeyRole).toString();
            if (m_model->hasChildren(index)) {
                m_tree->setExpanded(index, !m_collapsed.contains(key));
                restore(index);
            }
            if (key == selected) {
                m_tree->setCurrentIndex(index);
            }
        }
    };
    restore({});
    m_tree->verticalScrollBar()->setValue(scroll);
    if (!m_tree->currentIndex().isValid() && !gates.empty()) {
        // Start on the gate that has waited longest.
        const auto oldest = std::min_element(gates.begin(), gates.end(), [](const Gate &a, const Gate &b) {
            return a.createdAt < b.createdAt;
        });
        const auto found = m_model->match(m_model->index(0, 0), KeyRole,
                                          QVariant(QString(QStringLiteral("g:") + oldest->id)), 1,
                                          Qt::MatchExactly | Qt::MatchRecursive);
        if (!found.isEmpty()) {
            m_tree->setCurrentIndex(found.first());
        }
    }

    if (gates.empty()) {
        m_emptyLabel->setText(
            tr("<h2>Nothing waits for approval</h2><p>Greenlight polls your servers and shows "
               "each held job here the moment it starts waiting.</p>"));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        m_stack->setCurrentIndex(0);
    }
    updateHealth();
    updateDetails();
}

void MainWindow::updateHealth()
{
    if (!m_session) {
        m_healthLabel->setText(tr("No servers configured"));
        return;
    }
    QStringList parts;
    bool anyError = false;
    for (const auto &server : m_session->config().servers) {
        const ServerHealth h = m_session->store()->health(server.name);
        QString text;
        if (!h.lastAttempt.isValid()) {
            text = tr("%1: connecting…").arg(server.name);
        } else if (!h.error.isEmpty()) {
            anyError = true;
            text = tr("%1: %2").arg(server.name, h.error.section(u'\n', 0, 0));
            if (h.retryNotBefore.isValid()) {
                text +=
                    tr(" — retrying at %1")
                        .arg(QLocale().toString(h.retryNotBefore.toLocalTime().time(), QLocale::ShortFormat));
            }
        } else {
            text = tr("%1: updated %2")
                       .arg(server.name,
                            QLocale().toString(h.lastSuccess.toLocalTime().time(), QLocale::ShortFormat));
        }
        parts.append(text);
    }
    m_healthLabel->setText(parts.join(QStringLiteral("   ·   ")));
    m_healthLabel->setToolTip(parts.join(u'\n'));
    statusBar()->setStyleSheet(
        anyError ? QStringLiteral("QStatusBar { color: palette(bright-text); background: #b03a3a; }")
                 : QString());
}

void MainWindow::updateDetails()
{
    const QString key = selectedKey();
    const Gate *g =
        (m_session && key.startsWith(QLatin1String("g:"))) ? m_session->store()->gate(key.mid(2)) : nullptr;
    m_open->setEnabled(g && g->url.isValid());
    if (!g) {
        const int total = m_session ? m_session->store()->size() : 0;
        m_details->setHtml(
            tr("<p style='color:gray'>%n gate(s) waiting. Select one to see what it would release.</p>",
               nullptr, total));
        return;
    }
    auto row = [](const QString &label, const QString &value) {
        return value.isEmpty()
                   ? QString()
                   : QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2</td></tr>")
                         .arg(label.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(g->name.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(g->commitSubject.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Project"), g->project.toHtmlEscaped());
    html += row(tr("Pipeline"), QStringLiteral("#%1").arg(g->pipelineNumber));
    html += row(tr("Workflow"), g->workflow.toHtmlEscaped());
    html += row(tr("Branch"), g->branch.toHtmlEscaped());
    html += row(tr("Commit"), QStringLiteral("<tt>%1</tt>").arg(g->commitSha.left(12).toHtmlEscaped()));
    html += row(tr("Triggered by"), g->triggeredBy.toHtmlEscaped());
    html += row(tr("Waiting since"),
                QLocale().toString(g->createdAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
    if (g->expiresAt.isValid()) {
        html += row(tr("Expires"),
                    QLocale().toString(g->expiresAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
    }
    html += row(tr("Approvals"), tr("%1 of %2").arg(g->approvals.given).arg(g->approvals.required));
    html += QStringLiteral("</table>");
    if (g->url.isValid()) {
        html += QStringLiteral("<p><a href='%1'>%2</a></p>")
                    .arg(QString::fromUtf8(g->url.toEncoded()).toHtmlEscaped(), tr("Open in browser"));
    }
    if (auto *provider = m_session->decisions()->providerFor(g->id)) {
        html += QStringLiteral("<p style='color:gray'>%1<br>%2</p>")
                    .arg(provider->consequence(*g, Decision::Approve).toHtmlEscaped(),
                         provider->consequence(*g, Decision::Reject).toHtmlEscaped());
    }
    m_details->setHtml(html);
}

void MainWindow::openSelectedInBrowser()
{
    const QString key = selectedKey();
    if (!m_session || !key.startsWith(QLatin1String("g:"))) {
        return;
    }
    if (const Gate *g = m_session->store()->gate(key.mid(2)); g && g->url.isValid()) {
        QDesktopServices::openUrl(g->url);
    }
}

} // namespace gl::ui
