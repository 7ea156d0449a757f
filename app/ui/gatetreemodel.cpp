#include "gatetreemodel.h"

#include "clock.h"
#include "gateicons.h"
#include "gatestore.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>

namespace gl::ui {

struct GateTreeModel::Node
{
    Level level = Level::Server;
    QString key;
    QString label;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    int count = 0; // gates below
    Gate gate;     // gate rows; for groups, the first gate that created them (branch, commit…)
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
        return a.gate.pipelineNumber > b.gate.pipelineNumber;
    case Level::Gate:
        if (a.gate.createdAt != b.gate.createdAt) {
            return a.gate.createdAt < b.gate.createdAt;
        }
        return a.key < b.key;
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

GateTreeModel::GateTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{}

GateTreeModel::~GateTreeModel() = default;

void GateTreeModel::setStore(GateStore *store)
{
    if (m_store) {
        m_store->disconnect(this);
    }
    m_store = store;
    resetFrom(store ? store->gates() : Gates{});
    if (store) {
        connect(store, &GateStore::gateAdded, this, &GateTreeModel::addGate);
        connect(store, &GateStore::gateChanged, this, &GateTreeModel::changeGate);
        connect(store, &GateStore::gateRemoved, this, &GateTreeModel::removeGate);
        connect(store, &GateStore::healthChanged, this, &GateTreeModel::updateServer);
        connect(store, &GateStore::serverRemoved, this, &GateTreeModel::removeServer);
        connect(store, &GateStore::serversReordered, this, &GateTreeModel::reorderServers);
    }
}

void GateTreeModel::resetFrom(const Gates &gates)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_gates.clear();
    m_keys.clear();
    m_gates.reserve(static_cast<qsizetype>(gates.size()));
    for (const Gate &g : gates) {
        Node *parent = m_root.get();
        for (int level = 0; level <= static_cast<int>(Level::Gate); ++level) {
            const QString key = keyFor(static_cast<Level>(level), g);
            Node *node = m_keys.value(key);
            if (!node || level == static_cast<int>(Level::Gate)) {
                auto created = std::make_unique<Node>();
                created->level = static_cast<Level>(level);
                if (created->level == Level::Server && m_store) { // as servers.json lists them
                    created->order = static_cast<int>(m_store->servers().indexOf(g.server));
                }
                created->key = key;
                created->label = labelFor(created->level, g);
                created->parent = parent;
                created->gate = g;
                node = created.get();
                parent->children.push_back(std::move(created));
                m_keys.insert(key, node);
            }
            ++node->count;
            parent = node;
        }
        m_gates.insert(g.id, parent);
    }
    if (m_store) {
        for (const QString &server : m_store->servers()) {
            const QString key = QStringLiteral("s:") + server;
            if (!m_keys.contains(key)) {
                auto created = std::make_unique<Node>();
                created->level = Level::Server;
                created->order = static_cast<int>(m_store->servers().indexOf(server));
                created->key = key;
                created->label = server;
                created->parent = m_root.get();
                created->gate.server = server;
                m_keys.insert(key, created.get());
                m_root->children.push_back(std::move(created));
            }
        }
    }
    // Sort every level once, then number the rows.
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        std::sort(n->children.begin(), n->children.end(),
                  [](const auto &a, const auto &b) { return before(*a, *b); });
        renumber(n, 0);
        for (auto &c : n->children) {
            stack.push_back(c.get());
        }
    }
    endResetModel();
}

GateTreeModel::Node *GateTreeModel::ensureChild(Node *parent, int level, const QString &key, const Gate &gate)
{
    if (Node *existing = m_keys.value(key); existing && level != static_cast<int>(Level::Gate)) {
        return existing;
    }
    auto created = std::make_unique<Node>();
    created->level = static_cast<Level>(level);
    if (created->level == Level::Server && m_store) {
        created->order = static_cast<int>(m_store->servers().indexOf(gate.server));
    }
    created->key = key;
    created->label = labelFor(created->level, gate);
    created->parent = parent;
    created->gate = gate;
    const auto pos = std::lower_bound(parent->children.begin(), parent->children.end(), created,
                                      [](const auto &a, const auto &b) { return before(*a, *b); });
    const int row = static_cast<int>(pos - parent->children.begin());
    Node *node = created.get();
    beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(pos, std::move(created));
    renumber(parent, static_cast<std::size_t>(row));
    m_keys.insert(key, node);
    endInsertRows();
    return node;
}

void GateTreeModel::insertGate(const Gate &gate)
{
    Node *parent = m_root.get();
    for (int level = 0; level <= static_cast<int>(Level::Gate); ++level) {
        parent = ensureChild(parent, level, keyFor(static_cast<Level>(level), gate), gate);
    }
    m_gates.insert(gate.id, parent);
    for (Node *n = parent; n && n != m_root.get(); n = n->parent) {
        ++n->count;
    }
    countChanged(parent->parent);
}

void GateTreeModel::countChanged(Node *from)
{
    for (Node *n = from; n && n != m_root.get(); n = n->parent) {
        const QModelIndex i = indexOf(n, StatusColumn);
        Q_EMIT dataChanged(i, i, {Qt::DisplayRole, SortRole});
    }
}

void GateTreeModel::eraseGate(Node *node)
{
    m_gates.remove(node->gate.id);
    Node *ancestor = node->parent;
    for (Node *n = node; n && n != m_root.get(); n = n->parent) {
        --n->count;
    }
    // Remove the gate and every ancestor it leaves empty, up to its server's row, which stays.
    Node *victim = node;
    const bool serverStays = m_store && m_store->servers().contains(node->gate.server);
    while (victim->parent != m_root.get() && victim->parent->count == 0 &&
           !(serverStays && victim->parent->level == Level::Server)) {
        victim = victim->parent;
    }
    Node *parent = victim->parent;
    const int row = victim->row;
    beginRemoveRows(indexOf(parent), row, row);
    std::vector<Node *> stack{victim};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        m_keys.remove(n->key);
        for (auto &c : n->children) {
            stack.push_back(c.get());
        }
    }
    parent->children.erase(parent->children.begin() + row);
    renumber(parent, static_cast<std::size_t>(row));
    endRemoveRows();
    if (ancestor != victim && parent != m_root.get()) {
        countChanged(parent);
    } else if (victim == node) {
        countChanged(ancestor);
    }
}

void GateTreeModel::addGate(const Gate &gate)
{
    if (Node *existing = m_gates.value(gate.id)) {
        Q_UNUSED(existing);
        changeGate(gate);
        return;
    }
    insertGate(gate);
}

void GateTreeModel::changeGate(const Gate &gate)
{
    Node *node = m_gates.value(gate.id);
    if (!node) {
        insertGate(gate);
        return;
    }
    // A gate that moved (another pipeline, project…) or whose place among its siblings changed is
    // removed and inserted again; otherwise only its row is repainted.
    bool samePlace = true;
    const Node *n = node->parent;
    for (int level = static_cast<int>(Level::Workflow); level >= 0 && n; --level, n = n->parent) {
        samePlace = samePlace && n->key == keyFor(static_cast<Level>(level), gate);
    }
    samePlace = samePlace && node->gate.createdAt == gate.createdAt;
    if (!samePlace) {
        const bool inFlight = node->inFlight;
        eraseGate(node);
        insertGate(gate);
        m_gates.value(gate.id)->inFlight = inFlight;
        return;
    }
    node->gate = gate;
    node->label = labelFor(Level::Gate, gate);
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    // Groups show what their gates share (commit subject, branch…): follow a change there too.
    for (Node *group = node->parent; group && group != m_root.get(); group = group->parent) {
        const QString label = labelFor(group->level, gate);
        const bool shown = group->level == Level::Pipeline &&
                           (group->gate.branch != gate.branch || group->gate.commitSha != gate.commitSha ||
                            group->gate.triggeredBy != gate.triggeredBy);
        if (label != group->label || shown) {
            group->label = label;
            group->gate = gate;
            Q_EMIT dataChanged(indexOf(group, 0), indexOf(group, ColumnCount - 1));
        }
    }
}

GateTreeModel::Node *GateTreeModel::ensureServer(const QString &server)
{
    Gate g;
    g.server = server;
    return ensureChild(m_root.get(), static_cast<int>(Level::Server), keyFor(Level::Server, g), g);
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
    std::vector<Node *> stack{node};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        m_keys.remove(n->key);
        if (n->level == Level::Gate) {
            m_gates.remove(n->gate.id);
        }
        for (auto &c : n->children) {
            stack.push_back(c.get());
        }
    }
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
        return static_cast<int>(order.indexOf(n->gate.server));
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
                                          [this](const Node *n) { return m_store->isStale(n->gate.id); }));
}

void GateTreeModel::removeGate(const QString &id)
{
    if (Node *node = m_gates.value(id)) {
        eraseGate(node);
    }
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

const Gate *GateTreeModel::gate(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n && n->level == Level::Gate ? &n->gate : nullptr;
}

QString GateTreeModel::longestWaitingGateId() const
{
    const Node *oldest = nullptr;
    for (const Node *n : m_gates) {
        if (!oldest || n->gate.createdAt < oldest->gate.createdAt) {
            oldest = n;
        }
    }
    return oldest ? oldest->gate.id : QString();
}

QModelIndex GateTreeModel::indexOfGate(const QString &id) const
{
    return indexOf(m_gates.value(id));
}

QModelIndex GateTreeModel::indexOfKey(const QString &key) const
{
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
        return n->key;
    case LevelRole:
        return QVariant::fromValue(n->level);
    case GateIdRole:
        return n->level == Level::Gate ? n->gate.id : QString();
    case InFlightRole:
        return n->inFlight;
    case StaleRole:
        return n->level == Level::Gate && m_store && m_store->isStale(n->gate.id);
    case ServerStateRole:
        return n->level == Level::Server && m_store
                   ? QVariant(static_cast<int>(m_store->health(n->gate.server).state))
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
    if (!m_store || m_store->staleCount(n.gate.server) == 0) {
        return 0;
    }
    int stale = 0;
    std::vector<const Node *> stack{&n};
    while (!stack.empty()) {
        const Node *x = stack.back();
        stack.pop_back();
        if (x->level == Level::Gate) {
            stale += m_store->isStale(x->gate.id) ? 1 : 0;
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
    const ServerHealth h = m_store->health(n.gate.server);
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
            return role == Qt::ToolTipRole && pipeline ? n.gate.commitSubject : n.label;
        case StatusColumn:
            return n.level <= Level::Project ? countText(n) : QVariant();
        case TriggeredColumn:
            return pipeline ? n.gate.triggeredBy : QString();
        case BranchColumn:
            return pipeline ? n.gate.branch : QString();
        case CommitColumn:
            return pipeline ? (role == Qt::ToolTipRole ? n.gate.commitSha : n.gate.commitSha.left(8))
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
                if (x->level == Level::Gate && (!oldest.isValid() || x->gate.createdAt < oldest)) {
                    oldest = x->gate.createdAt;
                }
                for (const auto &c : x->children) {
                    stack.push_back(c.get());
                }
            }
            return oldest.toMSecsSinceEpoch(); // the oldest gate below: longest wait first when ascending
        }
        case NameColumn:
            return pipeline ? QVariant(-n.gate.pipelineNumber) : QVariant(n.label);
        default:
            return groupData(n, column, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant GateTreeModel::gateData(const Node &n, int column, int role) const
{
    const Gate &g = n.gate;
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
