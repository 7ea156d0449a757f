// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "gatetreemodel.h"

#include "clock.h"
#include "gateicons.h"
#include "gatestore.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace gl::ui {

struct GateTreeModel::Node
{
    Level level = Level::Server;
    QString key;   // groups; a gate's key is "g:" and its id, made when asked for
    QString label; // groups; a gate's is its name
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    int count = 0; // gates below
    // Gate rows: the gate, shared with the store; groups: the first gate that created them (branch, commit…).
    std::shared_ptr<const Gate> gate;
    bool inFlight = false;
    QString outcome;
    bool outcomeFailed = false;
    int order = 0; // servers: their place in servers.json
};

namespace {

using Level = GateTreeModel::Level;

QString keyFor(Level level, const Gate &g)
{
    switch (level) {
    case Level::Server:
        return QStringLiteral("s:") + g.server;
    case Level::Project:
        return QStringLiteral("p:") + g.server + u'/' + g.project;
    case Level::Pipeline:
        return QStringLiteral("pl:") + g.server + u'/' + g.project + u'/' + QString::number(g.pipelineNumber);
    case Level::Workflow:
        return QStringLiteral("w:") + g.server + u'/' + g.project + u'/' + QString::number(g.pipelineNumber) +
               u'/' + (g.workflowId.isEmpty() ? g.environment : g.workflowId);
    case Level::Gate:
        return QStringLiteral("g:") + g.id;
    }
    return {};
}

QString labelFor(Level level, const Gate &g)
{
    switch (level) {
    case Level::Server:
        return g.server;
    case Level::Project:
        return g.project;
    case Level::Pipeline:
        return g.commitSubject.isEmpty()
                   ? GateTreeModel::tr("Pipeline #%1").arg(g.pipelineNumber)
                   : GateTreeModel::tr("#%1 · %2").arg(g.pipelineNumber).arg(g.commitSubject);
    case Level::Workflow:
        return g.workflow.isEmpty() ? g.environment : g.workflow;
    case Level::Gate:
        return g.name;
    }
    return {};
}

// Sibling order: servers and projects by name, newest pipeline first, gates by waiting time.
bool before(const GateTreeModel::Node &a, const GateTreeModel::Node &b)
{
    switch (a.level) {
    case Level::Pipeline:
        return a.gate->pipelineNumber > b.gate->pipelineNumber;
    case Level::Gate:
        if (a.gate->createdAt != b.gate->createdAt) {
            return a.gate->createdAt < b.gate->createdAt;
        }
        return a.gate->id < b.gate->id; // as their keys would

    case Level::Server:
        if (a.order != b.order) {
            return a.order < b.order; // as servers.json lists them
        }
        [[fallthrough]];
    default:
        return a.label.localeAwareCompare(b.label) < 0 || (a.label == b.label && a.key < b.key);
    }
}

void renumber(GateTreeModel::Node *parent, std::size_t from)
{
    for (std::size_t i = from; i < parent->children.size(); ++i) {
        parent->children[i]->row = static_cast<int>(i);
    }
}

// Sorts every level below root (root's children too) once, then numbers the rows.
void sortBelow(GateTreeModel::Node *root)
{
    std::vector<GateTreeModel::Node *> stack{root};
    while (!stack.empty()) {
        GateTreeModel::Node *n = stack.back();
        stack.pop_back();
        std::sort(n->children.begin(), n->children.end(),
                  [](const auto &a, const auto &b) { return before(*a, *b); });
        renumber(n, 0);
        for (auto &c : n->children) {
            stack.push_back(c.get());
        }
    }
}

} // namespace

QString waitingText(const QDateTime &since)
{
    if (!since.isValid()) {
        return {};
    }
    const qint64 s = std::max<qint64>(0, since.secsTo(gl::Clock::utcNow()));
    if (s < 60) {
        return GateTreeModel::tr("just now");
    }
    if (s < 3600) {
        return GateTreeModel::tr("%n min", nullptr, static_cast<int>(s / 60));
    }
    if (s < 86400 * 2) {
        return GateTreeModel::tr("%n h", nullptr, static_cast<int>(s / 3600));
    }
    return GateTreeModel::tr("%n days", nullptr, static_cast<int>(s / 86400));
}

QString agoText(const QDateTime &when)
{
    if (!when.isValid()) {
        return {};
    }
    const qint64 s = std::max<qint64>(0, when.secsTo(gl::Clock::utcNow()));
    if (s < 60) {
        return GateTreeModel::tr("just now");
    }
    if (s < 3600) {
        return GateTreeModel::tr("%n min ago", nullptr, static_cast<int>(s / 60));
    }
    if (s < 86400 * 2) {
        return GateTreeModel::tr("%n h ago", nullptr, static_cast<int>(s / 3600));
    }
    return GateTreeModel::tr("%n days ago", nullptr, static_cast<int>(s / 86400));
}

QString expiresText(const QDateTime &when)
{
    if (!when.isValid()) {
        return {};
    }
    const qint64 s = gl::Clock::utcNow().secsTo(when);
    if (s <= 0) {
        return GateTreeModel::tr("expired");
    }
    if (s < 3600) {
        return GateTreeModel::tr("in %n min", nullptr, static_cast<int>(s / 60));
    }
    if (s < 86400 * 2) {
        return GateTreeModel::tr("in %n h", nullptr, static_cast<int>(s / 3600));
    }
    return GateTreeModel::tr("in %n days", nullptr, static_cast<int>(s / 86400));
}

QDateTime nextWaitingTextChange(const QDateTime &since)
{
    if (!since.isValid()) {
        return {};
    }
    // waitingText() and agoText() count whole minutes below an hour, hours below two days, then days.
    const QDateTime now = gl::Clock::utcNow();
    const qint64 s = since.secsTo(now);
    if (s < 0) {
        return since.addSecs(60); // "just now" until a minute after it started
    }
    const qint64 step = s < 3600 ? 60 : s < 86400 * 2 ? 3600 : 86400;
    return now.addSecs(step - s % step);
}

QDateTime nextExpiresTextChange(const QDateTime &when)
{
    if (!when.isValid()) {
        return {};
    }
    // expiresText(): whole minutes below an hour, hours below two days, then days; "expired" stays.
    const QDateTime now = gl::Clock::utcNow();
    const qint64 s = now.secsTo(when);
    if (s <= 0) {
        return {};
    }
    if (s < 60) {
        return when;
    }
    const qint64 step = s < 3600 ? 60 : s < 86400 * 2 ? 3600 : 86400;
    return now.addSecs(s % step + 1);
}

GateTreeModel::GateTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>()), m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { flush(true); });
}

GateTreeModel::~GateTreeModel() = default;

void GateTreeModel::setStore(GateStore *store)
{
    if (m_store) {
        m_store->disconnect(this);
    }
    m_store = store;
    resetFrom(store ? store->gates() : Gates{});
    if (store) {
        // The gates' signals are collected and applied together when the store has finished a change.
        const auto queue = [this](const Gate &gate) { enqueue(gate.id); };
        connect(store, &GateStore::gateAdded, this, queue);
        connect(store, &GateStore::gateChanged, this, queue);
        connect(store, &GateStore::gateRemoved, this, &GateTreeModel::enqueue);
        connect(store, &GateStore::updated, this, &GateTreeModel::storeUpdated);
        connect(store, &GateStore::healthChanged, this, &GateTreeModel::updateServer);
        connect(store, &GateStore::serverRemoved, this, &GateTreeModel::removeServer);
        connect(store, &GateStore::serversReordered, this, &GateTreeModel::reorderServers);
    }
}

void GateTreeModel::enqueue(const QString &id)
{
    if (!m_pendingIds.contains(id)) {
        m_pendingIds.insert(id);
        m_pending.push_back(id);
    }
}

void GateTreeModel::storeUpdated()
{
    // A small change goes in at once; a larger one on the next turns of the event loop, a budget's worth
    // each, so that neither the store's turn nor any other holds the window for long.
    if (m_pending.size() <= static_cast<std::size_t>(kAtOnce)) {
        flush(false);
    } else if (!m_flushTimer->isActive()) {
        m_flushTimer->start();
    }
}

void GateTreeModel::flush(bool budgeted)
{
    if (m_pending.empty() || !m_store) {
        return;
    }
    // Batches while this turn has time left (on gl::Clock: a test's ManualClock stands still, so there the
    // budget holds everything unless it is zero), at least one.
    const QDateTime started = Clock::utcNow();
    std::size_t done = 0;
    while (done < m_pending.size()) {
        const std::size_t n =
            std::min(m_pending.size() - done, static_cast<std::size_t>(std::max(1, m_chunkSize)));
        std::vector<std::shared_ptr<const Gate>> upserts;
        QStringList removals;
        for (std::size_t i = done; i < done + n; ++i) {
            const QString &id = m_pending[i];
            m_pendingIds.remove(id);
            if (auto fresh = m_store->sharedGate(id)) { // the store's gate now, whatever came between
                upserts.push_back(std::move(fresh));
            } else {
                removals.append(id);
            }
        }
        done += n;
        apply(upserts, removals);
        if (budgeted && started.msecsTo(Clock::utcNow()) >= m_turnBudget.count()) {
            break;
        }
    }
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(done));
    if (!m_pending.empty()) {
        m_flushTimer->start();
    }
    Q_EMIT updatesApplied();
}

bool GateTreeModel::samePlace(const Node &node, const Gate &gate) const
{
    // The same groups, and the same place among its siblings.
    const Node *n = node.parent;
    for (int level = static_cast<int>(Level::Workflow); level >= 0 && n; --level, n = n->parent) {
        if (n->key != keyFor(static_cast<Level>(level), gate)) {
            return false;
        }
    }
    return node.gate->createdAt == gate.createdAt;
}

void GateTreeModel::apply(const std::vector<std::shared_ptr<const Gate>> &upserts,
                          const QStringList &removals)
{
    std::vector<std::shared_ptr<const Gate>> inserts;
    std::vector<Node *> removes;
    std::vector<std::pair<Node *, std::shared_ptr<const Gate>>> changes;
    QSet<QString> inFlight; // moved gates keep their "sending…"
    std::vector<Node *> moved;
    for (const auto &fresh : upserts) {
        Node *node = m_gates.value(fresh->id);
        if (!node) {
            inserts.push_back(fresh);
        } else if (samePlace(*node, *fresh)) {
            changes.emplace_back(node, fresh);
        } else {
            // A gate that moved (another pipeline, project…) or whose place among its siblings changed is
            // removed and inserted again.
            if (node->inFlight) {
                inFlight.insert(fresh->id);
            }
            moved.push_back(node);
            inserts.push_back(fresh);
        }
    }
    for (const QString &id : removals) {
        if (Node *node = m_gates.value(id)) {
            removes.push_back(node);
        }
    }
    if (!moved.empty()) {
        removeNodes(moved);
    }
    if (!inserts.empty()) {
        insertGates(inserts);
        for (const QString &id : std::as_const(inFlight)) {
            m_gates.value(id)->inFlight = true;
        }
    }
    if (!removes.empty()) {
        removeNodes(removes);
    }
    for (auto &[node, fresh] : changes) {
        updateNode(node, fresh);
    }
}

void GateTreeModel::updateNode(Node *node, const std::shared_ptr<const Gate> &fresh)
{
    node->gate = fresh;
    const Gate &gate = *fresh;
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    // Groups show what their gates share (commit subject, branch…): follow a change there too.
    for (Node *group = node->parent; group && group != m_root.get(); group = group->parent) {
        const QString label = labelFor(group->level, gate);
        const bool shown = group->level == Level::Pipeline &&
                           (group->gate->branch != gate.branch || group->gate->commitSha != gate.commitSha ||
                            group->gate->triggeredBy != gate.triggeredBy);
        if (label != group->label || shown) {
            group->label = label;
            group->gate = fresh;
            Q_EMIT dataChanged(indexOf(group, 0), indexOf(group, ColumnCount - 1));
        }
    }
}

std::unique_ptr<GateTreeModel::Node> GateTreeModel::makeNode(Level level, Node *parent,
                                                             const std::shared_ptr<const Gate> &gate) const
{
    auto created = std::make_unique<Node>();
    created->level = level;
    if (level == Level::Server && m_store) { // as servers.json lists them
        created->order = static_cast<int>(m_store->servers().indexOf(gate->server));
    }
    if (level != Level::Gate) { // a gate's key and label come from the gate
        created->key = keyFor(level, *gate);
        created->label = labelFor(level, *gate);
    }
    created->parent = parent;
    created->gate = gate;
    return created;
}

void GateTreeModel::registerSubtree(Node *node)
{
    std::vector<Node *> stack{node};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        if (n->level == Level::Gate) {
            m_gates.insert(n->gate->id, n);
        } else {
            m_keys.insert(n->key, n);
        }
        for (auto &c : n->children) {
            stack.push_back(c.get());
        }
    }
}

void GateTreeModel::unregisterSubtree(Node *node)
{
    std::vector<Node *> stack{node};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        if (n->level == Level::Gate) {
            m_gates.remove(n->gate->id);
        } else {
            m_keys.remove(n->key);
        }
        for (auto &c : n->children) {
            stack.push_back(c.get());
        }
    }
}

void GateTreeModel::insertGates(const std::vector<std::shared_ptr<const Gate>> &gates)
{
    // New groups are built off the tree with everything below them, then each run of new rows that end
    // up next to each other under a row already shown goes in with one beginInsertRows.
    QHash<QString, Node *> built; // groups made here, not in the tree yet
    std::vector<std::pair<Node *, std::vector<std::unique_ptr<Node>>>> adopted; // rows shown → new children
    QHash<Node *, std::size_t> adoptedAt;
    std::vector<Node *> grown; // rows shown whose count grows
    const auto adopt = [&](Node *parent, std::unique_ptr<Node> child) {
        auto it = adoptedAt.find(parent);
        if (it == adoptedAt.end()) {
            it = adoptedAt.insert(parent, adopted.size());
            adopted.emplace_back(parent, std::vector<std::unique_ptr<Node>>{});
        }
        adopted[*it].second.push_back(std::move(child));
    };
    std::vector<Node *> newRoots;
    for (const auto &gate : gates) {
        Node *parent = m_root.get();
        bool shown = true; // parent is in the tree
        for (int level = 0; level <= static_cast<int>(Level::Gate); ++level) {
            const auto l = static_cast<Level>(level);
            Node *node = nullptr;
            if (l != Level::Gate) {
                const QString key = keyFor(l, *gate);
                node = shown ? m_keys.value(key) : nullptr;
                if (node) {
                    parent = node;
                    continue;
                }
                node = built.value(key);
                if (node) {
                    parent = node;
                    shown = false;
                    continue;
                }
            }
            auto created = makeNode(l, parent, gate);
            node = created.get();
            if (l != Level::Gate) {
                built.insert(node->key, node);
            }
            if (shown) {
                newRoots.push_back(node);
                adopt(parent, std::move(created));
            } else {
                parent->children.push_back(std::move(created));
            }
            parent = node;
            shown = false;
        }
        for (Node *n = parent; n && n != m_root.get(); n = n->parent) {
            ++n->count;
        }
    }
    // Order what was built.
    for (Node *root : newRoots) {
        sortBelow(root);
    }
    for (auto &[parent, children] : adopted) {
        std::sort(children.begin(), children.end(),
                  [](const auto &a, const auto &b) { return before(*a, *b); });
        auto &rows = parent->children;
        std::size_t i = 0;
        while (i < children.size()) {
            const auto pos = static_cast<std::size_t>(
                std::lower_bound(rows.begin(), rows.end(), children[i],
                                 [](const auto &a, const auto &b) { return before(*a, *b); }) -
                rows.begin());
            std::size_t j = i + 1;
            while (j < children.size() && (pos == rows.size() || before(*children[j], *rows[pos]))) {
                ++j;
            }
            const int first = static_cast<int>(pos);
            beginInsertRows(indexOf(parent), first, first + static_cast<int>(j - i) - 1);
            rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(pos),
                        std::make_move_iterator(children.begin() + static_cast<std::ptrdiff_t>(i)),
                        std::make_move_iterator(children.begin() + static_cast<std::ptrdiff_t>(j)));
            renumber(parent, pos);
            for (std::size_t k = pos; k < pos + (j - i); ++k) {
                registerSubtree(rows[k].get());
            }
            endInsertRows();
            i = j;
        }
        for (Node *n = parent; n && n != m_root.get(); n = n->parent) {
            grown.push_back(n);
        }
    }
    countsChanged(grown);
}

void GateTreeModel::countsChanged(std::vector<Node *> nodes)
{
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    for (Node *n : nodes) {
        const QModelIndex i = indexOf(n, StatusColumn);
        Q_EMIT dataChanged(i, i, {Qt::DisplayRole, SortRole});
    }
}

void GateTreeModel::removeNodes(const std::vector<Node *> &gates)
{
    // Each gate goes with every ancestor it leaves empty, up to its server's row, which stays; rows next to
    // each other under one parent go with one beginRemoveRows.
    std::vector<Node *> victims;
    for (Node *node : gates) {
        for (Node *n = node; n && n != m_root.get(); n = n->parent) {
            --n->count;
        }
    }
    for (Node *node : gates) {
        Node *victim = node;
        const bool serverStays = m_store && m_store->servers().contains(node->gate->server);
        while (victim->parent != m_root.get() && victim->parent->count == 0 &&
               !(serverStays && victim->parent->level == Level::Server)) {
            victim = victim->parent;
        }
        victims.push_back(victim);
    }
    std::sort(victims.begin(), victims.end(), [](const Node *a, const Node *b) {
        return a->parent != b->parent ? a->parent < b->parent : a->row > b->row;
    });
    victims.erase(std::unique(victims.begin(), victims.end()), victims.end());
    std::vector<Node *> shrunk;
    std::size_t i = 0;
    while (i < victims.size()) {
        Node *parent = victims[i]->parent;
        // victims[i..j) are adjacent rows, last row first
        std::size_t j = i + 1;
        while (j < victims.size() && victims[j]->parent == parent &&
               victims[j]->row == victims[j - 1]->row - 1) {
            ++j;
        }
        const int last = victims[i]->row;
        const int first = victims[j - 1]->row;
        beginRemoveRows(indexOf(parent), first, last);
        for (std::size_t k = i; k < j; ++k) {
            unregisterSubtree(victims[k]);
        }
        parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
        renumber(parent, static_cast<std::size_t>(first));
        endRemoveRows();
        if (j == victims.size() || victims[j]->parent != parent) {
            for (Node *n = parent; n && n != m_root.get(); n = n->parent) {
                shrunk.push_back(n);
            }
        }
        i = j;
    }
    countsChanged(shrunk);
}

void GateTreeModel::resetFrom(const Gates &gates)
{
    beginResetModel();
    m_pending.clear();
    m_pendingIds.clear();
    m_root = std::make_unique<Node>();
    m_gates.clear();
    m_keys.clear();
    m_gates.reserve(static_cast<qsizetype>(gates.size()));
    for (const Gate &g : gates) {
        // The store's own gate when it holds this one, so that the two share it.
        std::shared_ptr<const Gate> shared = m_store ? m_store->sharedGate(g.id) : nullptr;
        if (!shared || !(*shared == g)) {
            shared = std::make_shared<const Gate>(g);
        }
        Node *parent = m_root.get();
        for (int level = 0; level < static_cast<int>(Level::Gate); ++level) {
            const auto l = static_cast<Level>(level);
            Node *node = m_keys.value(keyFor(l, g));
            if (!node) {
                auto created = makeNode(l, parent, shared);
                node = created.get();
                parent->children.push_back(std::move(created));
                m_keys.insert(node->key, node);
            }
            ++node->count;
            parent = node;
        }
        auto created = makeNode(Level::Gate, parent, shared);
        created->count = 1;
        m_gates.insert(g.id, created.get());
        parent->children.push_back(std::move(created));
    }
    if (m_store) {
        for (const QString &server : m_store->servers()) {
            auto g = std::make_shared<Gate>();
            g->server = server;
            if (!m_keys.contains(keyFor(Level::Server, *g))) {
                auto created = makeNode(Level::Server, m_root.get(), g);
                m_keys.insert(created->key, created.get());
                m_root->children.push_back(std::move(created));
            }
        }
    }
    sortBelow(m_root.get());
    endResetModel();
}

void GateTreeModel::addGate(const Gate &gate)
{
    apply({std::make_shared<const Gate>(gate)}, {});
}

void GateTreeModel::changeGate(const Gate &gate)
{
    apply({std::make_shared<const Gate>(gate)}, {});
}

void GateTreeModel::removeGate(const QString &id)
{
    apply({}, {id});
}

GateTreeModel::Node *GateTreeModel::ensureServer(const QString &server)
{
    auto g = std::make_shared<Gate>();
    g->server = server;
    const QString key = keyFor(Level::Server, *g);
    if (Node *existing = m_keys.value(key)) {
        return existing;
    }
    auto created = makeNode(Level::Server, m_root.get(), g);
    auto &rows = m_root->children;
    const auto pos = std::lower_bound(rows.begin(), rows.end(), created,
                                      [](const auto &a, const auto &b) { return before(*a, *b); });
    const int row = static_cast<int>(pos - rows.begin());
    Node *node = created.get();
    beginInsertRows(QModelIndex(), row, row);
    rows.insert(pos, std::move(created));
    renumber(m_root.get(), static_cast<std::size_t>(row));
    m_keys.insert(key, node);
    endInsertRows();
    return node;
}

void GateTreeModel::updateServer(const QString &server)
{
    Node *node = ensureServer(server);
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

void GateTreeModel::removeServer(const QString &server)
{
    Gate g;
    g.server = server;
    Node *node = m_keys.value(keyFor(Level::Server, g));
    if (!node) {
        return;
    }
    const int row = node->row;
    beginRemoveRows(QModelIndex(), row, row);
    unregisterSubtree(node);
    m_root->children.erase(m_root->children.begin() + row);
    renumber(m_root.get(), static_cast<std::size_t>(row));
    endRemoveRows();
}

void GateTreeModel::reorderServers()
{
    if (!m_store) {
        return;
    }
    const QStringList order = m_store->servers();
    auto &rows = m_root->children;
    const auto rank = [&order](const std::unique_ptr<Node> &n) {
        return static_cast<int>(order.indexOf(n->gate->server));
    };
    if (std::is_sorted(rows.begin(), rows.end(),
                       [&](const auto &a, const auto &b) { return rank(a) < rank(b); })) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    for (auto &n : rows) {
        n->order = rank(n);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return before(*a, *b); });
    renumber(m_root.get(), 0);
    for (const QModelIndex &i : persistent) {
        if (!i.parent().isValid()) { // only the servers' own rows moved
            const Node *n = nodeOf(i);
            changePersistentIndex(i, createIndex(n->row, i.column(), const_cast<Node *>(n)));
        }
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int GateTreeModel::staleCount() const
{
    if (!m_store) {
        return 0;
    }
    return static_cast<int>(std::count_if(m_gates.cbegin(), m_gates.cend(),
                                          [this](const Node *n) { return m_store->isStale(n->gate->id); }));
}

void GateTreeModel::setInFlight(const QString &id, bool inFlight)
{
    if (Node *node = m_gates.value(id); node && node->inFlight != inFlight) {
        node->inFlight = inFlight;
        if (inFlight) {
            node->outcome.clear();
        }
        Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    }
}

void GateTreeModel::setOutcome(const QString &id, const QString &text, bool failed)
{
    if (Node *node = m_gates.value(id)) {
        node->outcome = text;
        node->outcomeFailed = failed;
        Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    }
}

void GateTreeModel::refreshTimes()
{
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        if (n->children.empty()) {
            continue;
        }
        if (n->children.front()->level == Level::Gate) {
            Q_EMIT dataChanged(indexOf(n->children.front().get(), StatusColumn), // "stale, seen … ago" too
                               indexOf(n->children.back().get(), ExpiresColumn), {Qt::DisplayRole});
        } else {
            for (auto &c : n->children) {
                stack.push_back(c.get());
            }
        }
    }
}

QDateTime GateTreeModel::refreshTimes(const QModelIndexList &rows, int gatherSecs)
{
    // Adjacent rows under one parent repaint as one range.
    std::vector<const Node *> gates;
    for (const QModelIndex &i : rows) {
        if (const Node *n = nodeOf(i); i.isValid() && n->level == Level::Gate) {
            gates.push_back(n);
        }
    }
    std::sort(gates.begin(), gates.end(), [](const Node *a, const Node *b) {
        return a->parent != b->parent ? a->parent < b->parent : a->row < b->row;
    });
    gates.erase(std::unique(gates.begin(), gates.end()), gates.end());
    for (std::size_t i = 0; i < gates.size();) {
        std::size_t j = i + 1;
        while (j < gates.size() && gates[j]->parent == gates[i]->parent &&
               gates[j]->row == gates[j - 1]->row + 1) {
            ++j;
        }
        Q_EMIT dataChanged(indexOf(gates[i], StatusColumn), // "stale, seen … ago" too
                           indexOf(gates[j - 1], ExpiresColumn), {Qt::DisplayRole});
        i = j;
    }
    return nextTimeChange(rows, gatherSecs);
}

QDateTime GateTreeModel::nextTimeChange(const QModelIndexList &rows, int gatherSecs) const
{
    std::vector<QDateTime> times;
    for (const QModelIndex &i : rows) {
        if (const Node *n = nodeOf(i); i.isValid() && n->level == Level::Gate) {
            if (const QDateTime at = nextTimeChange(*n); at.isValid()) {
                times.push_back(at);
            }
        }
    }
    if (times.empty()) {
        return {};
    }
    // The soonest, or the last of the changes that come within gatherSecs of it: one repaint for them all.
    const QDateTime soonest = *std::min_element(times.begin(), times.end());
    QDateTime next = soonest;
    for (const QDateTime &at : times) {
        if (at > next && soonest.secsTo(at) <= gatherSecs) {
            next = at;
        }
    }
    return next;
}

QDateTime GateTreeModel::nextTimeChange(const Node &n) const
{
    const Gate &g = *n.gate;
    QDateTime next = nextWaitingTextChange(g.createdAt);
    const auto earlier = [&next](const QDateTime &at) {
        if (at.isValid() && (!next.isValid() || at < next)) {
            next = at;
        }
    };
    earlier(nextExpiresTextChange(g.expiresAt));
    if (m_store && m_store->isStale(g.id)) {
        earlier(nextWaitingTextChange(m_store->seenAt(g.id))); // "stale, seen 5 min ago"
    }
    return next;
}

const Gate *GateTreeModel::gate(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n && n->level == Level::Gate ? n->gate.get() : nullptr;
}

QString GateTreeModel::longestWaitingGateId() const
{
    const Node *oldest = nullptr;
    for (const Node *n : m_gates) {
        if (!oldest || n->gate->createdAt < oldest->gate->createdAt) {
            oldest = n;
        }
    }
    return oldest ? oldest->gate->id : QString();
}

QModelIndex GateTreeModel::indexOfGate(const QString &id) const
{
    return indexOf(m_gates.value(id));
}

QModelIndex GateTreeModel::indexOfKey(const QString &key) const
{
    if (key.startsWith(QLatin1String("g:"))) {
        return indexOf(m_gates.value(key.mid(2)));
    }
    return indexOf(m_keys.value(key));
}

GateTreeModel::Node *GateTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex GateTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex GateTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= static_cast<int>(p->children.size()) ||
        (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    return createIndex(row, column, p->children[static_cast<std::size_t>(row)].get());
}

QModelIndex GateTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexOf(static_cast<Node *>(child.internalPointer())->parent);
}

int GateTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(nodeOf(parent)->children.size());
}

int GateTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags GateTreeModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant GateTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("What waits");
    case StatusColumn:
        return tr("Status");
    case WaitingColumn:
        return tr("Waiting");
    case TriggeredColumn:
        return tr("Triggered by");
    case BranchColumn:
        return tr("Branch");
    case CommitColumn:
        return tr("Commit");
    case ApprovalsColumn:
        return tr("Approvals");
    case ExpiresColumn:
        return tr("Expires");
    }
    return {};
}

QVariant GateTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!index.isValid() || !n) {
        return {};
    }
    switch (role) {
    case KeyRole:
        return n->level == Level::Gate ? QString(QStringLiteral("g:") + n->gate->id) : n->key;
    case LevelRole:
        return QVariant::fromValue(n->level);
    case GateIdRole:
        return n->level == Level::Gate ? n->gate->id : QString();
    case InFlightRole:
        return n->inFlight;
    case StaleRole:
        return n->level == Level::Gate && m_store && m_store->isStale(n->gate->id);
    case ServerStateRole:
        return n->level == Level::Server && m_store
                   ? QVariant(static_cast<int>(m_store->health(n->gate->server).state))
                   : QVariant();
    default:
        break;
    }
    if (n->level == Level::Server && m_store) {
        if (QVariant v = serverData(*n, index.column(), role); v.isValid()) {
            return v;
        }
    }
    return n->level == Level::Gate ? gateData(*n, index.column(), role) : groupData(*n, index.column(), role);
}

QString shortError(const QString &error)
{
    // Our own messages lead with where it happened: "server "x": ", "project p: " (GitHub's "repository",
    // Jenkins's "job"), the API path. The row has room for what happened; the tooltip keeps everything.
    static const QRegularExpression where(
        QStringLiteral("^(server \"[^\"]*\": |(project|repository|job) [^:]+: )?(/\\S+ )?"));
    const QStringList lines = error.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        return {};
    }
    QString text = lines.first();
    text.remove(where);
    if (lines.size() > 1) {
        text +=
            u' ' + GateTreeModel::tr("(+%n more)", "more error lines", static_cast<int>(lines.size() - 1));
    }
    return text;
}

int GateTreeModel::staleBelow(const Node &n) const
{
    if (!m_store || m_store->staleCount(n.gate->server) == 0) {
        return 0;
    }
    int stale = 0;
    std::vector<const Node *> stack{&n};
    while (!stack.empty()) {
        const Node *x = stack.back();
        stack.pop_back();
        if (x->level == Level::Gate) {
            stale += m_store->isStale(x->gate->id) ? 1 : 0;
        }
        for (const auto &c : x->children) {
            stack.push_back(c.get());
        }
    }
    return stale;
}

QString GateTreeModel::countText(const Node &n) const
{
    // When only some projects failed, only their gates are stale; the others are current.
    const int stale = staleBelow(n);
    if (stale == 0) {
        return tr("%n waiting", nullptr, n.count);
    }
    if (stale == n.count) {
        return tr("%n stale", "gates kept from an earlier poll", stale);
    }
    return QString(tr("%n waiting", nullptr, n.count - stale) + QStringLiteral(", ") +
                   tr("%n stale", "gates kept from an earlier poll", stale));
}

QVariant GateTreeModel::serverData(const Node &n, int column, int role) const
{
    const ServerHealth h = m_store->health(n.gate->server);
    const QString brief = shortError(h.error);
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            switch (h.state) {
            case ServerState::Checking:
                return tr("%1 — checking…").arg(n.label);
            case ServerState::NotSetUp:
            case ServerState::Failing:
                return tr("%1 — %2", "server name — its error").arg(n.label, brief);
            case ServerState::Polled:
                return n.label;
            }
        }
        if (column == StatusColumn) {
            switch (h.state) {
            case ServerState::Checking:
                return n.count > 0 ? countText(n) : tr("checking…"); // the last run's gates are stale
            case ServerState::NotSetUp:
                return tr("not set up");
            case ServerState::Failing:
                return n.count > 0 ? countText(n) : tr("poll failed");
            case ServerState::Polled:
                return n.count > 0 ? tr("%n waiting", nullptr, n.count) : tr("nothing waits");
            }
        }
        break;
    case Qt::ToolTipRole:
        if (!h.error.isEmpty()) {
            QString tip = h.error;
            if (h.lastSuccess.isValid()) {
                tip +=
                    u'\n' + tr("Last complete poll: %1")
                                .arg(QLocale().toString(h.lastSuccess.toLocalTime(), QLocale::ShortFormat));
            } else if (h.state == ServerState::Failing) {
                tip += u'\n' + tr("No poll of this server has succeeded yet.");
            }
            return tip;
        }
        break;
    case Qt::DecorationRole:
        if (column == NameColumn) {
            switch (h.state) {
            case ServerState::Checking:
                return badgeIcon(Badge::Checking);
            case ServerState::NotSetUp:
            case ServerState::Failing:
                return badgeIcon(Badge::Error);
            case ServerState::Polled:
                return badgeIcon(Badge::Server);
            }
        }
        break;
    case Qt::ForegroundRole:
        if (h.state == ServerState::Failing || h.state == ServerState::NotSetUp) {
            return QBrush(errorColor());
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant GateTreeModel::groupData(const Node &n, int column, int role) const
{
    if (role == Qt::DecorationRole && column == NameColumn) {
        switch (n.level) {
        case Level::Server:
            return badgeIcon(Badge::Server);
        case Level::Project:
            return badgeIcon(Badge::Project);
        case Level::Pipeline:
            return badgeIcon(Badge::Pipeline);
        default:
            return badgeIcon(Badge::Workflow);
        }
    }
    const bool pipeline = n.level == Level::Pipeline;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn:
            return role == Qt::ToolTipRole && pipeline ? n.gate->commitSubject : n.label;
        case StatusColumn:
            return n.level <= Level::Project ? countText(n) : QVariant();
        case TriggeredColumn:
            return pipeline ? n.gate->triggeredBy : QString();
        case BranchColumn:
            return pipeline ? n.gate->branch : QString();
        case CommitColumn:
            return pipeline ? (role == Qt::ToolTipRole ? n.gate->commitSha : n.gate->commitSha.left(8))
                            : QString();
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case StatusColumn:
            return n.count;
        case WaitingColumn: {
            // A group sorts by the longest wait below it.
            QDateTime oldest;
            std::vector<const Node *> stack{&n};
            while (!stack.empty()) {
                const Node *x = stack.back();
                stack.pop_back();
                if (x->level == Level::Gate && (!oldest.isValid() || x->gate->createdAt < oldest)) {
                    oldest = x->gate->createdAt;
                }
                for (const auto &c : x->children) {
                    stack.push_back(c.get());
                }
            }
            return oldest.toMSecsSinceEpoch(); // the oldest gate below: longest wait first when ascending
        }
        case NameColumn:
            return pipeline ? QVariant(-n.gate->pipelineNumber) : QVariant(n.label);
        default:
            return groupData(n, column, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant GateTreeModel::gateData(const Node &n, int column, int role) const
{
    const Gate &g = *n.gate;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return g.name;
        case StatusColumn:
            if (n.inFlight) {
                return tr("sending…");
            }
            if (!n.outcome.isEmpty()) {
                return n.outcome;
            }
            if (m_store && m_store->isStale(g.id)) {
                return tr("stale, seen %1", "a gate the last poll could not confirm")
                    .arg(agoText(m_store->seenAt(g.id)));
            }
            if (!g.canApprove) {
                return tr("not yours", "a gate the user cannot approve");
            }
            if (!g.supersededBy.isEmpty()) {
                return tr("superseded", "a newer deployment to the same environment waits too");
            }
            // The provider says what the vendor's state means; a state it has no words for is shown as is.
            return g.statusText.isEmpty() ? g.status : g.statusText;
        case WaitingColumn:
            return waitingText(g.createdAt);
        case TriggeredColumn:
            return g.requestedBy;
        case BranchColumn:
            return g.branch;
        case CommitColumn:
            return g.commitSha.left(8);
        case ApprovalsColumn:
            return tr("%1/%2", "approvals given/required").arg(g.approvals.given).arg(g.approvals.required);
        case ExpiresColumn:
            return expiresText(g.expiresAt);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case StatusColumn:
            if (m_store && m_store->isStale(g.id) && n.outcome.isEmpty() && !n.inFlight &&
                m_store->health(g.server).state == ServerState::Checking) {
                // Drawn from the last run's cache, before this run's first poll of the server has ended.
                return tr("Shown as the last run left it: this gate was last seen %1. %2 is being polled "
                          "now; it may have been decided since.")
                    .arg(QLocale().toString(m_store->seenAt(g.id).toLocalTime(), QLocale::ShortFormat),
                         g.server);
            }
            if (m_store && m_store->isStale(g.id) && n.outcome.isEmpty() && !n.inFlight) {
                return tr("The last poll of %1 could not read this project; this gate was last seen %2. "
                          "It may have been decided since.")
                    .arg(g.server,
                         QLocale().toString(m_store->seenAt(g.id).toLocalTime(), QLocale::ShortFormat));
            }
            if (!g.supersededBy.isEmpty() && n.outcome.isEmpty()) {
                return tr("Superseded: %1").arg(g.supersededBy);
            }
            return !g.canApprove && !g.cannotApproveReason.isEmpty() ? g.cannotApproveReason : n.outcome;
        case WaitingColumn:
            return QLocale().toString(g.createdAt.toLocalTime(), QLocale::LongFormat);
        case CommitColumn:
            return g.commitSha;
        case ExpiresColumn:
            return g.expiresAt.isValid() ? QLocale().toString(g.expiresAt.toLocalTime(), QLocale::LongFormat)
                                         : QString();
        default:
            return gateData(n, column, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (column == NameColumn) {
            if (n.inFlight) {
                return badgeIcon(Badge::Sending);
            }
            if (!n.outcome.isEmpty()) {
                return badgeIcon(n.outcomeFailed ? Badge::Error : Badge::Ok);
            }
            return badgeIcon(g.canApprove ? Badge::Hold : Badge::Blocked);
        }
        break;
    case SortRole:
        switch (column) {
        case WaitingColumn:
            return g.createdAt.toMSecsSinceEpoch(); // earliest start: longest wait first when ascending
        case ExpiresColumn:
            return g.expiresAt.isValid() ? g.expiresAt.toMSecsSinceEpoch()
                                         : std::numeric_limits<qint64>::max();
        case ApprovalsColumn:
            return g.approvals.required - g.approvals.given;
        default:
            return gateData(n, column, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (m_store && m_store->isStale(g.id) && !n.inFlight) {
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        }
        break;
    case SearchTextRole:
        return QStringList{g.server,
                           g.project,
                           g.branch,
                           g.environment,
                           g.workflow,
                           g.name,
                           g.triggeredBy,
                           g.requestedBy,
                           g.commitSubject,
                           g.commitSha,
                           u'#' + QString::number(g.pipelineNumber)}
            .join(u'\n');
    case CanApproveRole:
        return g.canApprove;
    default:
        break;
    }
    return {};
}

} // namespace gl::ui
